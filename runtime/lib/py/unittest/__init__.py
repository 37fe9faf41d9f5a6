"""unittest: test cases, suites, loaders and runners, with unittest.main
for test files written for CPython.

The package is split the way CPython's is: case (TestCase, the
assertions, skipping), suite (TestSuite and the class/module fixtures),
loader (TestLoader), result and runner (TestResult, TextTestRunner) and
main (TestProgram). Modules of the package set __unittest, so that the
frames of its own code are left out of the tracebacks it reports."""

from .case import (TestCase, SkipTest, skip, skipIf, skipUnless,
                   expectedFailure)
from .suite import BaseTestSuite, TestSuite
from .result import TestResult
from .runner import TextTestRunner, TextTestResult
from .loader import TestLoader, defaultTestLoader
from .main import TestProgram, main

__all__ = ['TestResult', 'TestCase', 'TestSuite', 'TextTestRunner',
           'TestLoader', 'FunctionTestCase', 'main', 'defaultTestLoader',
           'SkipTest', 'skip', 'skipIf', 'skipUnless', 'expectedFailure',
           'TextTestResult', 'BaseTestSuite', 'TestProgram',
           'addModuleCleanup', 'doModuleCleanups', 'enterModuleContext']

__unittest = True

_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    """Call function(*args, **kwargs) after the module's tests."""
    _module_cleanups.append((function, args, kwargs))


def enterModuleContext(cm):
    value = type(cm).__enter__(cm)
    addModuleCleanup(type(cm).__exit__, cm, None, None, None)
    return value


def doModuleCleanups():
    """Run the module cleanups, newest first; raise the first error."""
    errors = []
    while _module_cleanups:
        function, args, kwargs = _module_cleanups.pop()
        try:
            function(*args, **kwargs)
        except Exception as exc:
            errors.append(exc)
    if errors:
        raise errors[0]


class FunctionTestCase(TestCase):
    """A TestCase around a plain function, with optional set-up and
    tear-down functions."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._testFunc = testFunc
        self._description = description

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return (self._setUpFunc == other._setUpFunc and self._tearDownFunc == other._tearDownFunc
                and self._testFunc == other._testFunc and self._description == other._description)

    def __hash__(self):
        return hash((type(self), self._setUpFunc, self._tearDownFunc,
                     self._testFunc, self._description))

    def __str__(self):
        return '%s (%s)' % (self.__class__.__name__, self._testFunc.__name__)

    def __repr__(self):
        return '<%s tec=%s>' % (self.__class__.__qualname__, self._testFunc)

    def shortDescription(self):
        if self._description is not None:
            return self._description
        doc = self._testFunc.__doc__
        return doc and doc.split('\n')[0].strip() or None
