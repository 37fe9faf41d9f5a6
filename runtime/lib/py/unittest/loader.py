"""TestLoader: finds the test methods of TestCase classes, in modules and
by dotted name, and builds suites of them."""

import types
import functools
import fnmatch
import os
import re
import sys

from . import case, suite

__unittest = True


def _name_matches(patterns, full_name):
    return any(fnmatch.fnmatchcase(full_name, p) for p in patterns)


class TestLoader:
    """Builds TestSuites from classes, modules and names."""

    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(lambda a, b: (a > b) - (a < b))
    testNamePatterns = None
    suiteClass = suite.TestSuite

    def __init__(self):
        self.errors = []

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError('Test cases should not be derived from TestSuite.'
                            ' Maybe you meant to derive from TestCase?')
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, 'runTest'):
            names = ['runTest']
        return self.suiteClass([testCaseClass(n) for n in names])

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, case.TestCase):
                tests.append(self.loadTestsFromTestCase(obj))
        hook = getattr(module, 'load_tests', None)
        tests = self.suiteClass(tests)
        if hook is not None:
            return hook(self, tests, pattern)
        return tests

    def loadTestsFromName(self, name, module=None):
        parts = name.split('.')
        if module is None:
            head = parts[:]
            while head:
                try:
                    module = __import__('.'.join(head))
                    break
                except ImportError:
                    head.pop()
                    if not head:
                        raise
            parts = parts[1:]
        obj = module
        parent = None
        for part in parts:
            parent, obj = obj, getattr(obj, part)
        if isinstance(obj, types.ModuleType):
            return self.loadTestsFromModule(obj)
        if isinstance(obj, type) and issubclass(obj, case.TestCase):
            return self.loadTestsFromTestCase(obj)
        if (isinstance(obj, types.FunctionType) and isinstance(parent, type)
                and issubclass(parent, case.TestCase)):
            return self.suiteClass([parent(parts[-1])])
        if isinstance(obj, suite.TestSuite):
            return obj
        if callable(obj):
            test = obj()
            if isinstance(test, suite.TestSuite):
                return test
            if isinstance(test, case.TestCase):
                return self.suiteClass([test])
            raise TypeError('calling %s returned %s, not a test' % (obj, test))
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(n, module) for n in names])

    def getTestCaseNames(self, testCaseClass):
        prefix = self.testMethodPrefix

        def wanted(attr):
            if not attr.startswith(prefix):
                return False
            if not callable(getattr(testCaseClass, attr)):
                return False
            if self.testNamePatterns is None:
                return True
            full = '%s.%s.%s' % (testCaseClass.__module__, testCaseClass.__qualname__, attr)
            return _name_matches(self.testNamePatterns, full)
        names = [a for a in dir(testCaseClass) if wanted(a)]
        if self.sortTestMethodsUsing:
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names


    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        """The tests of the modules below start_dir whose file names match
        pattern, imported as modules of top_level_dir (start_dir itself by
        default, put first on sys.path); directories are searched when they
        are packages. A module that fails to import becomes a test that
        fails with its error, so the run reports it."""
        start = os.path.abspath(start_dir)
        top = start if top_level_dir is None else os.path.abspath(top_level_dir)
        if not os.path.isdir(start):
            raise ImportError('Start directory is not importable: %r' % start_dir)
        if start != top and not os.path.isfile(os.path.join(start, '__init__.py')):
            raise ImportError('Start directory is not importable: %r' % start_dir)
        if top not in sys.path:
            sys.path.insert(0, top)
        return self.suiteClass(list(self._find_tests(start, pattern, top)))

    def _find_tests(self, directory, pattern, top):
        for name in sorted(os.listdir(directory)):
            path = os.path.join(directory, name)
            if os.path.isdir(path):
                if _VALID_NAME.match(name) and os.path.isfile(os.path.join(path, '__init__.py')):
                    yield from self._find_tests(path, pattern, top)
                continue
            if not (name.endswith('.py') and _VALID_NAME.match(name[:-3])
                    and fnmatch.fnmatch(name, pattern)):
                continue
            modname = os.path.relpath(path, top)[:-3].replace(os.sep, '.')
            try:
                __import__(modname)
            except case.SkipTest as e:
                yield self.suiteClass([_failed_test(modname, e, skip=True)])
                continue
            except Exception:
                import traceback
                message = 'Failed to import test module: %s\n%s' % (modname, traceback.format_exc())
                self.errors.append(message)
                yield self.suiteClass([_failed_test(modname, ImportError(message))])
                continue
            yield self.loadTestsFromModule(sys.modules[modname], pattern=pattern)


# The names discovery imports: identifiers, as module names must be.
_VALID_NAME = re.compile(r'[_a-zA-Z]\w*$')


def _failed_test(modname, error, skip=False):
    """A test that reports, when run, why module modname could not be
    loaded: its import error, or the reason it raised SkipTest."""
    def run(self):
        if skip:
            raise case.SkipTest(str(error))
        raise error from None
    name = modname.rpartition('.')[2]
    cls = type('_FailedTest', (case.TestCase,), {name: run, '__module__': 'unittest.loader'})
    return cls(name)


defaultTestLoader = TestLoader()
