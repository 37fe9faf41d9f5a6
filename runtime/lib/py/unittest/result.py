"""TestResult: the record of a run (counts, failures with their
tracebacks as text, skips), which runners print."""

import traceback

from .case import strclass

__unittest = True


def _failfast(method):
    def stop_first(self, *args, **kw):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kw)
    stop_first.__name__ = method.__name__
    stop_first.__doc__ = method.__doc__
    return stop_first


def _in_unittest(frame):
    return '__unittest' in frame.f_globals


class TestResult:
    """Collects the outcome of each test of a run."""

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False

    def printErrors(self):
        pass

    def startTest(self, test):
        self.testsRun += 1

    def startTestRun(self):
        pass

    def stopTest(self, test):
        pass

    def stopTestRun(self):
        pass

    @_failfast
    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))

    @_failfast
    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))

    def addSubTest(self, test, subtest, err):
        if err is None:
            return
        if getattr(self, 'failfast', False):
            self.stop()
        if issubclass(err[0], test.failureException):
            self.failures.append((subtest, self._exc_info_to_string(err, test)))
        else:
            self.errors.append((subtest, self._exc_info_to_string(err, test)))

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @_failfast
    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        return (len(self.failures) == len(self.errors) == 0
                and len(getattr(self, 'unexpectedSuccesses', ())) == 0)

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        """The report of an exception: its traceback without unittest's own
        frames at the start (and, for a failed assertion, at the end)."""
        exc_type, value, tb = err
        expected = getattr(test, 'failureException', None)
        failure = isinstance(expected, type) and issubclass(exc_type, expected)
        return ''.join(_format_chain(value, tb, failure, set()))

    def __repr__(self):
        return '<%s run=%i errors=%i failures=%i>' % (
            strclass(self.__class__), self.testsRun, len(self.errors), len(self.failures))


def _relevant_entries(tb, trim_tail):
    entries = []
    while tb is not None:
        entries.append((tb.tb_frame, tb.tb_lineno, tb.tb_lasti))
        tb = tb.tb_next
    start = 0
    while start < len(entries) and _in_unittest(entries[start][0]):
        start += 1
    end = len(entries)
    if trim_tail:
        while end > start and _in_unittest(entries[end - 1][0]):
            end -= 1
    return entries[start:end]


def _format_chain(exc, tb, failure, seen):
    seen.add(id(exc))
    lines = []
    cause = exc.__cause__
    context = exc.__context__
    if cause is not None and id(cause) not in seen:
        lines += _format_chain(cause, cause.__traceback__, False, seen)
        lines.append('\nThe above exception was the direct cause of the following exception:\n\n')
    elif context is not None and not exc.__suppress_context__ and id(context) not in seen:
        lines += _format_chain(context, context.__traceback__, False, seen)
        lines.append('\nDuring handling of the above exception, another exception occurred:\n\n')
    entries = _relevant_entries(tb, failure)
    if entries:
        lines.append('Traceback (most recent call last):\n')
        lines += _stack_lines(entries)
    lines += traceback.format_exception_only(type(exc), exc)
    return lines


def _stack_lines(entries):
    extract = getattr(traceback.StackSummary, '_extract', None)
    if extract is not None:
        return extract(iter(entries), None, True, False).format()
    return traceback.StackSummary.extract((f, n) for f, n, _ in entries).format()
