"""TextTestRunner and TextTestResult: a run printed as dots (or one line
per test), then the failures with their tracebacks and a summary."""

import sys
import time
import warnings

from . import result
from .case import _SubTest

__unittest = True


class _LineWriter:
    """A stream with writeln, wrapping the one the runner was given."""

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, attr):
        if attr in ('stream', '__getstate__'):
            raise AttributeError(attr)
        return getattr(self.stream, attr)

    def writeln(self, arg=None):
        if arg:
            self.write(arg)
        self.write('\n')


class TextTestResult(result.TestResult):
    """A TestResult that prints progress and the final report."""

    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity):
        super().__init__(stream, descriptions, verbosity)
        self.stream = stream
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        self.descriptions = descriptions
        self._newline = True

    def getDescription(self, test):
        first = test.shortDescription()
        if self.descriptions and first:
            return '%s\n%s' % (test, first)
        return str(test)

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self.stream.write(self.getDescription(test))
            self.stream.write(' ... ')
            self.stream.flush()
            self._newline = False

    def _status(self, test, word):
        sub = isinstance(test, _SubTest)
        if sub or self._newline:
            if not self._newline:
                self.stream.writeln()
            if sub:
                self.stream.write('  ')
            self.stream.write(self.getDescription(test))
            self.stream.write(' ... ')
        self.stream.writeln(word)
        self.stream.flush()
        self._newline = True

    def _mark(self, verbose, char, test):
        if self.showAll:
            self._status(test, verbose)
        elif self.dots:
            self.stream.write(char)
            self.stream.flush()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            failed = issubclass(err[0], subtest.failureException)
            self._mark('FAIL' if failed else 'ERROR', 'F' if failed else 'E', subtest)
        super().addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._mark('ok', '.', test)

    def addError(self, test, err):
        super().addError(test, err)
        self._mark('ERROR', 'E', test)

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._mark('FAIL', 'F', test)

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._mark('skipped {0!r}'.format(reason), 's', test)

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        if self.showAll:
            self.stream.writeln('expected failure')
        elif self.dots:
            self.stream.write('x')
        self.stream.flush()

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        if self.showAll:
            self.stream.writeln('unexpected success')
        elif self.dots:
            self.stream.write('u')
        self.stream.flush()

    def printErrors(self):
        if self.dots or self.showAll:
            self.stream.writeln()
            self.stream.flush()
        self.printErrorList('ERROR', self.errors)
        self.printErrorList('FAIL', self.failures)
        if self.unexpectedSuccesses:
            self.stream.writeln(self.separator1)
            for test in self.unexpectedSuccesses:
                self.stream.writeln('UNEXPECTED SUCCESS: %s' % self.getDescription(test))
            self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, err in errors:
            self.stream.writeln(self.separator1)
            self.stream.writeln('%s: %s' % (flavour, self.getDescription(test)))
            self.stream.writeln(self.separator2)
            self.stream.writeln('%s' % err)
            self.stream.flush()


class TextTestRunner:
    """Runs a test or suite and prints its results to a stream (standard
    error by default)."""

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False,
                 buffer=False, resultclass=None, warnings=None, *, tb_locals=False):
        if stream is None:
            stream = sys.stderr
        self.stream = _LineWriter(stream)
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.warnings = warnings
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        res = self._makeResult()
        res.failfast = self.failfast
        res.buffer = self.buffer
        res.tb_locals = self.tb_locals
        with warnings.catch_warnings():
            if self.warnings:
                warnings.simplefilter(self.warnings)
            began = time.perf_counter()
            start = getattr(res, 'startTestRun', None)
            if start is not None:
                start()
            try:
                test(res)
            finally:
                stop = getattr(res, 'stopTestRun', None)
                if stop is not None:
                    stop()
            taken = time.perf_counter() - began
        res.printErrors()
        if hasattr(res, 'separator2'):
            self.stream.writeln(res.separator2)
        n = res.testsRun
        self.stream.writeln('Ran %d test%s in %.3fs' % (n, '' if n == 1 else 's', taken))
        self.stream.writeln()
        infos = []
        if not res.wasSuccessful():
            self.stream.write('FAILED')
            if res.failures:
                infos.append('failures=%d' % len(res.failures))
            if res.errors:
                infos.append('errors=%d' % len(res.errors))
        else:
            self.stream.write('OK')
        for count, label in ((len(getattr(res, 'skipped', ())), 'skipped'),
                             (len(getattr(res, 'expectedFailures', ())), 'expected failures'),
                             (len(getattr(res, 'unexpectedSuccesses', ())), 'unexpected successes')):
            if count:
                infos.append('%s=%d' % (label, count))
        if infos:
            self.stream.writeln(' (%s)' % ', '.join(infos))
        else:
            self.stream.write('\n')
        self.stream.flush()
        return res
