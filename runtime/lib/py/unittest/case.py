"""TestCase and its assertions, the skip decorators and subTest.

A TestCase instance stands for one test method. Running it calls setUp,
the method, tearDown and the cleanups, each inside an _Attempt that turns
an escaping exception into the right report on the result (failure,
error, skip or expected failure). Assertion messages follow CPython's
wording, since test output is read by people who know it."""

import sys
import re as _re
import warnings as _warnings

from .util import (strclass, safe_repr, _short_reprs, _line_diff, _pformat, _sequence_difference,
                   _count_diff_hashable, _count_diff_any)

__unittest = True
_NOT_GIVEN = object()


class SkipTest(Exception):
    """Raise this (or call TestCase.skipTest) to skip the running test."""


class _StopTest(Exception):
    """Ends a test early without a report of its own (failfast subtests)."""


# skipping ----------------------------------------------------------------

def skip(reason):
    """Mark a test method or class as always skipped."""
    def mark(item):
        if not isinstance(item, type):
            inner = item

            def skipped(*args, **kwargs):
                raise SkipTest(reason)
            for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
                try:
                    setattr(skipped, attr, getattr(inner, attr))
                except AttributeError:
                    pass
            skipped.__wrapped__ = inner
            item = skipped
        item.__unittest_skip__ = True
        item.__unittest_skip_why__ = reason
        return item
    if callable(reason) and not isinstance(reason, str):
        target, reason = reason, ''
        return mark(target)
    return mark


def _keep(item):
    return item


def skipIf(condition, reason):
    """Skip the test when condition is true."""
    return skip(reason) if condition else _keep


def skipUnless(condition, reason):
    """Skip the test unless condition is true."""
    return skip(reason) if not condition else _keep


def expectedFailure(test_item):
    """Mark a test as one expected to fail."""
    test_item.__unittest_expecting_failure__ = True
    return test_item


# one part of a test run --------------------------------------------------

class _Attempt:
    """Runs one part of a test (setUp, the method, tearDown, a cleanup,
    a subtest body) and reports what escapes from it."""

    def __init__(self, result):
        self.result = result
        self.success = True
        self.expecting_failure = False
        self.expected_failure = None

    def run(self, case, fn, *args, subtest=None, **kwargs):
        try:
            fn(*args, **kwargs)
        except KeyboardInterrupt:
            raise
        except SkipTest as e:
            self.success = False
            _report_skip(self.result, subtest if subtest is not None else case, str(e))
        except _StopTest:
            pass
        except BaseException:
            info = sys.exc_info()
            if self.expecting_failure:
                self.expected_failure = info
            else:
                self.success = False
                self.report(case, info, subtest)
            info = None
        else:
            if subtest is not None and self.success:
                self.result.addSubTest(case, subtest, None)

    def report(self, case, info, subtest):
        if subtest is not None:
            self.result.addSubTest(case, subtest, info)
        elif issubclass(info[0], case.failureException):
            self.result.addFailure(case, info)
        else:
            self.result.addError(case, info)


def _report_skip(result, test, reason):
    add = getattr(result, 'addSkip', None)
    if add is not None:
        add(test, reason)
    else:
        _warnings.warn("TestResult has no addSkip method, skips not reported",
                       RuntimeWarning, 2)
        result.addSuccess(test)


class _SubTest:
    """The stand-in for one subTest block in reports."""

    def __init__(self, test_case, message, params):
        self.test_case = test_case
        self._message = message
        self.params = params
        self.failureException = test_case.failureException

    def _subDescription(self):
        parts = []
        if self._message is not _NOT_GIVEN:
            parts.append('[{}]'.format(self._message))
        if self.params:
            parts.append('({})'.format(', '.join(
                '{}={!r}'.format(k, v) for k, v in self.params.items())))
        return ' '.join(parts) or '(<subtest>)'

    def id(self):
        return '{} {}'.format(self.test_case.id(), self._subDescription())

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return '{} {}'.format(self.test_case, self._subDescription())

    def runTest(self):
        raise NotImplementedError("subtests cannot be run directly")


class _SubTestBlock:
    """The context manager TestCase.subTest returns."""

    def __init__(self, case, message, params):
        self.case = case
        self.message = message
        self.params = params

    def __enter__(self):
        case = self.case
        attempt = case._attempt
        self.active = attempt is not None and hasattr(attempt.result, 'addSubTest')
        if not self.active:
            return None
        parent = case._subtest
        # The inner block's parameters first, then the outer ones it does
        # not override, as CPython orders them.
        params = dict(self.params)
        if parent is not None:
            for key, value in parent.params.items():
                params.setdefault(key, value)
        self.parent = parent
        case._subtest = _SubTest(case, self.message, params)
        self.saved_success = attempt.success
        attempt.success = True
        return None

    def __exit__(self, exc_type, exc, tb):
        if not self.active:
            return False
        case = self.case
        attempt = case._attempt
        sub = case._subtest
        try:
            if exc_type is None:
                if attempt.success:
                    attempt.result.addSubTest(case, sub, None)
            elif issubclass(exc_type, KeyboardInterrupt):
                return False
            elif issubclass(exc_type, SkipTest):
                attempt.success = False
                _report_skip(attempt.result, sub, str(exc))
            elif issubclass(exc_type, _StopTest):
                return False
            elif attempt.expecting_failure:
                attempt.expected_failure = (exc_type, exc, tb)
            else:
                attempt.success = False
                attempt.result.addSubTest(case, sub, (exc_type, exc, tb))
        finally:
            case._subtest = self.parent
        ok = attempt.success
        attempt.success = ok and self.saved_success
        if not ok:
            if getattr(attempt.result, 'failfast', False):
                raise _StopTest
        elif attempt.expected_failure is not None:
            raise _StopTest
        return True


# assertRaises / assertWarns ----------------------------------------------

class _ExpectBase:
    def __init__(self, expected, test_case, expected_regex=None):
        self.expected = expected
        self.test_case = test_case
        if expected_regex is not None:
            expected_regex = _re.compile(expected_regex)
        self.expected_regex = expected_regex
        self.obj_name = None
        self.msg = None

    def handle(self, name, args, kwargs):
        try:
            if not self._valid_type(self.expected):
                raise TypeError('%s() arg 1 must be %s' % (name, self._type_words))
            if not args:
                self.msg = kwargs.pop('msg', None)
                if kwargs:
                    raise TypeError('%r is an invalid keyword argument for '
                                    'this function' % (next(iter(kwargs)),))
                return self
            fn, *args = args
            try:
                self.obj_name = fn.__name__
            except AttributeError:
                self.obj_name = str(fn)
            with self:
                fn(*args, **kwargs)
        finally:
            self = None

    def _valid_type(self, expected):
        if isinstance(expected, tuple):
            return all(self._valid_type(e) for e in expected) and len(expected) > 0
        return isinstance(expected, type) and issubclass(expected, self._base)

    def _name(self):
        try:
            return self.expected.__name__
        except AttributeError:
            return str(self.expected)

    def _fail(self, text):
        self.test_case.fail(self.test_case._formatMessage(self.msg, text))


class _AssertRaisesContext(_ExpectBase):
    _base = BaseException
    _type_words = 'an exception type or tuple of exception types'

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            if self.obj_name:
                self._fail('{} not raised by {}'.format(self._name(), self.obj_name))
            self._fail('{} not raised'.format(self._name()))
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value.with_traceback(None)
        if self.expected_regex is None:
            return True
        if not self.expected_regex.search(str(exc_value)):
            self._fail('"{}" does not match "{}"'.format(
                self.expected_regex.pattern, str(exc_value)))
        return True


class _AssertWarnsContext(_ExpectBase):
    _base = Warning
    _type_words = 'a warning type or tuple of warning types'

    def __enter__(self):
        for mod in list(sys.modules.values()):
            if getattr(mod, '__warningregistry__', None):
                mod.__warningregistry__ = {}
        self._catcher = _warnings.catch_warnings(record=True)
        self.warnings = self._catcher.__enter__()
        _warnings.simplefilter('always', self.expected)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self._catcher.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return False
        found = None
        for w in self.warnings:
            message = w.message
            if not isinstance(message, self.expected):
                continue
            if found is None:
                found = message
            if self.expected_regex is not None and not self.expected_regex.search(str(message)):
                continue
            self.warning = message
            self.filename = w.filename
            self.lineno = w.lineno
            return None
        if found is not None:
            self._fail('"{}" does not match "{}"'.format(
                self.expected_regex.pattern, str(found)))
        if self.obj_name:
            self._fail('{} not triggered by {}'.format(self._name(), self.obj_name))
        self._fail('{} not triggered'.format(self._name()))


# TestCase ------------------------------------------------------------------

class TestCase:
    """One test method of a class of tests, with the assertions."""

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _diffThreshold = 2 ** 16
    _class_cleanups = []

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._attempt = None
        self._subtest = None
        self._testMethodDoc = 'No test'
        try:
            method = getattr(self, methodName)
        except AttributeError:
            if methodName != 'runTest':
                raise ValueError('no such test method in %s: %s' % (self.__class__, methodName))
        else:
            # The function's own __doc__: a bound method's is not forwarded
            # by every runtime.
            self._testMethodDoc = getattr(method, '__func__', method).__doc__
        self._cleanups = []
        self._type_equality_funcs = {
            dict: 'assertDictEqual', list: 'assertListEqual', tuple: 'assertTupleEqual',
            set: 'assertSetEqual', frozenset: 'assertSetEqual', str: 'assertMultiLineEqual',
        }

    def __init_subclass__(cls, *args, **kwargs):
        cls._class_cleanups = []
        super().__init_subclass__(*args, **kwargs)

    def addTypeEqualityFunc(self, typeobj, function):
        self._type_equality_funcs[typeobj] = function

    # fixtures

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def addCleanup(self, function, /, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        value = type(cm).__enter__(cm)
        self.addCleanup(type(cm).__exit__, cm, None, None, None)
        return value

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        cls._class_cleanups.append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        value = type(cm).__enter__(cm)
        cls.addClassCleanup(type(cm).__exit__, cm, None, None, None)
        return value

    def doCleanups(self):
        attempt = self._attempt or _Attempt(None)
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            attempt.run(self, function, *args, **kwargs)
        return attempt.success

    @classmethod
    def doClassCleanups(cls):
        cls.tearDown_exceptions = []
        while cls._class_cleanups:
            function, args, kwargs = cls._class_cleanups.pop()
            try:
                function(*args, **kwargs)
            except Exception:
                cls.tearDown_exceptions.append(sys.exc_info())

    # identity

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        from .result import TestResult
        return TestResult()

    def shortDescription(self):
        doc = self._testMethodDoc
        if not doc:
            return None
        return doc.strip().split('\n')[0].strip()

    def id(self):
        return '%s.%s' % (strclass(self.__class__), self._testMethodName)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        return '%s (%s.%s)' % (self._testMethodName, strclass(self.__class__), self._testMethodName)

    def __repr__(self):
        return '<%s testMethod=%s>' % (strclass(self.__class__), self._testMethodName)

    # running

    def run(self, result=None):
        if result is None:
            result = self.defaultTestResult()
            start, stop = getattr(result, 'startTestRun', None), getattr(result, 'stopTestRun', None)
            if start is not None:
                start()
        else:
            stop = None
        result.startTest(self)
        try:
            method = getattr(self, self._testMethodName)
            if (getattr(self.__class__, '__unittest_skip__', False)
                    or getattr(method, '__unittest_skip__', False)):
                why = (getattr(self.__class__, '__unittest_skip_why__', '')
                       or getattr(method, '__unittest_skip_why__', ''))
                _report_skip(result, self, why)
                return result
            expecting = (getattr(self, '__unittest_expecting_failure__', False)
                         or getattr(method, '__unittest_expecting_failure__', False))
            attempt = _Attempt(result)
            self._attempt = attempt
            try:
                attempt.run(self, self.setUp)
                if attempt.success:
                    attempt.expecting_failure = expecting
                    attempt.run(self, method)
                    attempt.expecting_failure = False
                    attempt.run(self, self.tearDown)
                self.doCleanups()
                if attempt.success:
                    if expecting:
                        if attempt.expected_failure is not None:
                            add = getattr(result, 'addExpectedFailure', None)
                            if add is not None:
                                add(self, attempt.expected_failure)
                            else:
                                result.addSuccess(self)
                        else:
                            add = getattr(result, 'addUnexpectedSuccess', None)
                            if add is not None:
                                add(self)
                            else:
                                result.addFailure(self, sys.exc_info())
                    else:
                        result.addSuccess(self)
                return result
            finally:
                attempt.expected_failure = None
                self._attempt = None
        finally:
            result.stopTest(self)
            if stop is not None:
                stop()

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        self.setUp()
        getattr(self, self._testMethodName)()
        self.tearDown()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            function(*args, **kwargs)

    def skipTest(self, reason):
        raise SkipTest(reason)

    def subTest(self, msg=_NOT_GIVEN, **params):
        return _SubTestBlock(self, msg, params)

    # assertions

    def fail(self, msg=None):
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        try:
            return '%s : %s' % (standardMsg, msg)
        except UnicodeDecodeError:
            return '%s : %s' % (safe_repr(standardMsg), safe_repr(msg))

    def _truncateMessage(self, message, diff):
        if self.maxDiff is None or len(diff) <= self.maxDiff:
            return message + diff
        return message + ('\nDiff is %s characters long. '
                          'Set self.maxDiff to None to see it.' % len(diff))

    def assertTrue(self, expr, msg=None):
        if not expr:
            self.fail(self._formatMessage(msg, '%s is not true' % safe_repr(expr)))

    def assertFalse(self, expr, msg=None):
        if expr:
            self.fail(self._formatMessage(msg, '%s is not false' % safe_repr(expr)))

    def assertEqual(self, first, second, msg=None):
        check = self._baseAssertEqual
        if type(first) == type(second):
            found = self._type_equality_funcs.get(type(first))
            if found is not None:
                check = getattr(self, found) if isinstance(found, str) else found
        check(first, second, msg=msg)

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            self.fail(self._formatMessage(msg, '%s != %s' % _short_reprs(first, second)))

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self.fail(self._formatMessage(msg, '%s == %s' % (safe_repr(first), safe_repr(second))))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self.fail(self._formatMessage(msg, '%s is not %s' % (safe_repr(expr1), safe_repr(expr2))))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self.fail(self._formatMessage(msg, 'unexpectedly identical: %s' % safe_repr(expr1)))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self.fail(self._formatMessage(msg, '%s is not None' % safe_repr(obj)))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self.fail(self._formatMessage(msg, 'unexpectedly None'))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self.fail(self._formatMessage(msg, '%s not found in %s' % (
                safe_repr(member), safe_repr(container))))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self.fail(self._formatMessage(msg, '%s unexpectedly found in %s' % (
                safe_repr(member), safe_repr(container))))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self.fail(self._formatMessage(msg, '%s is not an instance of %r' % (safe_repr(obj), cls)))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self.fail(self._formatMessage(msg, '%s is an instance of %r' % (safe_repr(obj), cls)))

    def _compare(self, ok, a, b, words, msg):
        if not ok:
            self.fail(self._formatMessage(msg, '%s %s %s' % (safe_repr(a), words, safe_repr(b))))

    def assertGreater(self, a, b, msg=None):
        self._compare(a > b, a, b, 'not greater than', msg)

    def assertGreaterEqual(self, a, b, msg=None):
        self._compare(a >= b, a, b, 'not greater than or equal to', msg)

    def assertLess(self, a, b, msg=None):
        self._compare(a < b, a, b, 'not less than', msg)

    def assertLessEqual(self, a, b, msg=None):
        self._compare(a <= b, a, b, 'not less than or equal to', msg)

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError('specify delta or places not both')
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            text = '%s != %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(diff))
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            text = '%s != %s within %r places (%s difference)' % (
                safe_repr(first), safe_repr(second), places, safe_repr(diff))
        self.fail(self._formatMessage(msg, text))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if delta is not None and places is not None:
            raise TypeError('specify delta or places not both')
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            text = '%s == %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(diff))
        else:
            if places is None:
                places = 7
            if not (first == second) and round(diff, places) != 0:
                return
            text = '%s == %s within %r places' % (safe_repr(first), safe_repr(second), places)
        self.fail(self._formatMessage(msg, text))

    def assertRaises(self, expected_exception, *args, **kwargs):
        return _AssertRaisesContext(expected_exception, self).handle('assertRaises', args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        ctx = _AssertRaisesContext(expected_exception, self, expected_regex)
        return ctx.handle('assertRaisesRegex', args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        return _AssertWarnsContext(expected_warning, self).handle('assertWarns', args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        ctx = _AssertWarnsContext(expected_warning, self, expected_regex)
        return ctx.handle('assertWarnsRegex', args, kwargs)

    def assertRegex(self, text, expected_regex, msg=None):
        if isinstance(expected_regex, (str, bytes)):
            expected_regex = _re.compile(expected_regex)
        if not expected_regex.search(text):
            self.fail(self._formatMessage(msg, "Regex didn't match: %r not found in %r" % (
                expected_regex.pattern, text)))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        if isinstance(unexpected_regex, (str, bytes)):
            unexpected_regex = _re.compile(unexpected_regex)
        m = unexpected_regex.search(text)
        if m:
            self.fail(self._formatMessage(msg, 'Regex matched: %r matches %r in %r' % (
                text[m.start():m.end()], unexpected_regex.pattern, text)))

    def assertCountEqual(self, first, second, msg=None):
        a, b = list(first), list(second)
        try:
            diffs = _count_diff_hashable(a, b)
        except TypeError:
            diffs = _count_diff_any(a, b)
        if diffs:
            lines = ['First has %d, Second has %d:  %r' % d for d in diffs]
            text = self._truncateMessage('Element counts were not equal:\n', '\n'.join(lines))
            self.fail(self._formatMessage(msg, text))

    def assertMultiLineEqual(self, first, second, msg=None):
        self.assertIsInstance(first, str, 'First argument is not a string')
        self.assertIsInstance(second, str, 'Second argument is not a string')
        if first == second:
            return
        if len(first) > self._diffThreshold or len(second) > self._diffThreshold:
            self._baseAssertEqual(first, second, msg)
        a_lines = first.splitlines(keepends=True)
        b_lines = second.splitlines(keepends=True)
        if len(a_lines) == 1 and first.strip('\r\n') == first:
            a_lines = [first + '\n']
            b_lines = [second + '\n']
        text = '%s != %s' % _short_reprs(first, second)
        diff = '\n' + ''.join(_line_diff(a_lines, b_lines))
        self.fail(self._formatMessage(msg, self._truncateMessage(text, diff)))

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        if seq_type is not None:
            kind = seq_type.__name__
            if not isinstance(seq1, seq_type):
                raise self.failureException('First sequence is not a %s: %s' % (kind, safe_repr(seq1)))
            if not isinstance(seq2, seq_type):
                raise self.failureException('Second sequence is not a %s: %s' % (kind, safe_repr(seq2)))
        else:
            kind = 'sequence'
        text = _sequence_difference(seq1, seq2, kind, seq_type)
        if text is None:
            return
        diff = '\n' + '\n'.join(_line_diff(_pformat(seq1).splitlines(), _pformat(seq2).splitlines()))
        self.fail(self._formatMessage(msg, self._truncateMessage(text, diff)))

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        try:
            only1 = set1.difference(set2)
        except TypeError as e:
            self.fail('invalid type when attempting set difference: %s' % e)
        except AttributeError as e:
            self.fail('first argument does not support set difference: %s' % e)
        try:
            only2 = set2.difference(set1)
        except TypeError as e:
            self.fail('invalid type when attempting set difference: %s' % e)
        except AttributeError as e:
            self.fail('second argument does not support set difference: %s' % e)
        if not (only1 or only2):
            return
        lines = []
        if only1:
            lines.append('Items in the first set but not the second:')
            lines.extend(repr(item) for item in only1)
        if only2:
            lines.append('Items in the second set but not the first:')
            lines.extend(repr(item) for item in only2)
        self.fail(self._formatMessage(msg, '\n'.join(lines)))

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, 'First argument is not a dictionary')
        self.assertIsInstance(d2, dict, 'Second argument is not a dictionary')
        if d1 != d2:
            text = '%s != %s' % _short_reprs(d1, d2)
            diff = '\n' + '\n'.join(_line_diff(_pformat(d1).splitlines(), _pformat(d2).splitlines()))
            self.fail(self._formatMessage(msg, self._truncateMessage(text, diff)))

    # the old spellings
    failUnlessEqual = assertEquals = assertEqual
    failIfEqual = assertNotEquals = assertNotEqual
    failUnless = assert_ = assertTrue
    failIf = assertFalse
    assertRaisesRegexp = assertRaisesRegex
    assertRegexpMatches = assertRegex
    assertNotRegexpMatches = assertNotRegex
    failUnlessAlmostEqual = assertAlmostEquals = assertAlmostEqual
    failIfAlmostEqual = assertNotAlmostEquals = assertNotAlmostEqual
