"""TestSuite: an ordered collection of tests that runs them in turn,
calling setUpClass/tearDownClass and setUpModule/tearDownModule as the run
passes from one class or module to the next."""

import sys

from . import case

__unittest = True


class BaseTestSuite:
    """A plain collection of tests, with no class or module fixtures."""

    def __init__(self, tests=()):
        self._tests = []
        self.addTests(tests)

    def __repr__(self):
        return '<%s tests=%s>' % (case.strclass(self.__class__), list(self))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return list(self) == list(other)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        return sum(test.countTestCases() for test in self._tests)

    def addTest(self, test):
        if not callable(test):
            raise TypeError('{} is not callable'.format(repr(test)))
        if isinstance(test, type) and issubclass(test, (case.TestCase, TestSuite)):
            raise TypeError('TestCases and TestSuites must be instantiated '
                            'before passing them to addTest()')
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError('tests must be an iterable of tests, not a string')
        for test in tests:
            self.addTest(test)

    def run(self, result):
        for test in self._tests:
            if result.shouldStop:
                break
            test(result)
        return result

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        for test in self._tests:
            test.debug()


def _is_case(test):
    try:
        iter(test)
    except TypeError:
        return True
    return False


class _ErrorHolder:
    """Stands for a fixture (setUpClass, setUpModule...) that failed, in
    the result's error list."""

    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __repr__(self):
        return '<ErrorHolder description=%r>' % (self.description,)

    def __str__(self):
        return self.id()

    def run(self, result):
        pass

    def __call__(self, result):
        return self.run(result)

    def countTestCases(self):
        return 0


def _report_fixture_error(result, exc_info, description):
    holder = _ErrorHolder(description)
    if isinstance(exc_info[1], case.SkipTest):
        case._report_skip(result, holder, str(exc_info[1]))
    else:
        result.addError(holder, exc_info)


class TestSuite(BaseTestSuite):
    """A suite that also runs the class and module fixtures."""

    def run(self, result, debug=False):
        top = False
        if not getattr(result, '_testRunEntered', False):
            result._testRunEntered = top = True
        for test in self:
            if result.shouldStop:
                break
            if _is_case(test):
                self._leave_class(test, result)
                self._enter_module(test, result)
                self._enter_class(test, result)
                result._previousTestClass = test.__class__
                if (getattr(test.__class__, '_classSetupFailed', False)
                        or getattr(result, '_moduleSetUpFailed', False)):
                    continue
            if not debug:
                test(result)
            else:
                test.debug()
        if top:
            self._leave_class(None, result)
            self._leave_module(result)
            result._testRunEntered = False
        return result

    def debug(self):
        self.run(_DebugResult(), True)

    def _enter_class(self, test, result):
        previous = getattr(result, '_previousTestClass', None)
        cls = test.__class__
        if cls == previous or result._moduleSetUpFailed:
            return
        if getattr(cls, '__unittest_skip__', False):
            return
        cls._classSetupFailed = False
        setup = getattr(cls, 'setUpClass', None)
        if setup is None:
            return
        try:
            setup()
        except Exception:
            if isinstance(result, _DebugResult):
                raise
            cls._classSetupFailed = True
            _report_fixture_error(result, sys.exc_info(),
                                  'setUpClass (%s)' % case.strclass(cls))
            self._class_cleanups(cls, result)

    def _class_cleanups(self, cls, result):
        run = getattr(cls, 'doClassCleanups', None)
        if run is None:
            return
        run()
        for info in getattr(cls, 'tearDown_exceptions', ()):
            _report_fixture_error(result, info, 'tearDownClass (%s)' % case.strclass(cls))

    def _leave_class(self, test, result):
        previous = getattr(result, '_previousTestClass', None)
        cls = test.__class__ if test is not None else None
        if previous is None or cls == previous:
            return
        if getattr(previous, '_classSetupFailed', False) or result._moduleSetUpFailed:
            return
        if getattr(previous, '__unittest_skip__', False):
            return
        teardown = getattr(previous, 'tearDownClass', None)
        if teardown is not None:
            try:
                teardown()
            except Exception:
                if isinstance(result, _DebugResult):
                    raise
                _report_fixture_error(result, sys.exc_info(),
                                      'tearDownClass (%s)' % case.strclass(previous))
        self._class_cleanups(previous, result)

    def _module_of(self, cls):
        return getattr(cls, '__module__', None) if cls is not None else None

    def _enter_module(self, test, result):
        previous = self._module_of(getattr(result, '_previousTestClass', None))
        current = test.__class__.__module__
        if current == previous:
            return
        self._leave_module(result)
        result._moduleSetUpFailed = False
        module = sys.modules.get(current)
        setup = getattr(module, 'setUpModule', None)
        if setup is None:
            return
        try:
            setup()
        except Exception:
            if isinstance(result, _DebugResult):
                raise
            result._moduleSetUpFailed = True
            _report_fixture_error(result, sys.exc_info(), 'setUpModule (%s)' % current)

    def _leave_module(self, result):
        previous = self._module_of(getattr(result, '_previousTestClass', None))
        if previous is None or result._moduleSetUpFailed:
            return
        module = sys.modules.get(previous)
        teardown = getattr(module, 'tearDownModule', None)
        if teardown is None:
            return
        try:
            teardown()
        except Exception:
            if isinstance(result, _DebugResult):
                raise
            _report_fixture_error(result, sys.exc_info(), 'tearDownModule (%s)' % previous)


class _DebugResult:
    """The stand-in result of TestSuite.debug: fixture errors propagate."""

    _previousTestClass = None
    _moduleSetUpFailed = False
    shouldStop = False
