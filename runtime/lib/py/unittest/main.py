"""unittest.main: run the tests of a module (by default __main__) from
the command line, as `python -m unittest` and test scripts do."""

import argparse
import os
import sys

from . import loader, runner

__unittest = True

_MODULE_EXAMPLES = """\
Examples:
  %(prog)s                           - run default set of tests
  %(prog)s MyTestSuite               - run suite 'MyTestSuite'
  %(prog)s MyTestCase.testSomething  - run MyTestCase.testSomething
  %(prog)s MyTestCase                - run all 'test*' test methods
                                       in MyTestCase
"""


def _name_pattern(pattern):
    return pattern if '*' in pattern else '*%s*' % pattern


def _module_name(name):
    """A test named by its file (test_x.py, pkg/test_y.py), as python -m
    unittest takes it, turned into the module's dotted name."""
    if os.path.isfile(name) and name.lower().endswith('.py'):
        rel = os.path.relpath(os.path.normpath(name))
        if not rel.startswith('..'):
            return rel[:-3].replace('\\', '.').replace('/', '.')
    return name


class TestProgram:
    """Parses the command line, loads the tests and runs them; exits with
    status 0 when they all passed and 1 otherwise (when exit is true)."""

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None

    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=loader.defaultTestLoader, exit=True, verbosity=1,
                 failfast=None, catchbreak=None, buffer=None, warnings=None, *,
                 tb_locals=False):
        if isinstance(module, str):
            self.module = __import__(module)
            for part in module.split('.')[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        if warnings is None and not sys.warnoptions:
            self.warnings = 'default'
        else:
            self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = os.path.basename(argv[0])
        self.parseArgs(argv)
        self.runTests()

    def usageExit(self, msg=None):
        if msg:
            print(msg)
        self._print_help()
        sys.exit(2)

    def _print_help(self, *args, **kwargs):
        print(self._parser.format_help())
        print(_MODULE_EXAMPLES % {'prog': self.progName})

    def _build_parser(self, discovery=False):
        """The command line CPython's unittest.main accepts for a module, or
        for discovery (python -m unittest discover); options the caller
        fixed (failfast=..., buffer=...) are left out."""
        prog = self.progName + (' discover' if discovery else '')
        parser = argparse.ArgumentParser(prog=prog)
        parser.print_help = self._print_help
        parser.add_argument('-v', '--verbose', dest='verbosity', action='store_const',
                            const=2, help='Verbose output')
        parser.add_argument('-q', '--quiet', dest='verbosity', action='store_const',
                            const=0, help='Quiet output')
        parser.add_argument('--locals', dest='tb_locals', action='store_true',
                            help='Show local variables in tracebacks')
        if self.failfast is None:
            parser.add_argument('-f', '--failfast', dest='failfast', action='store_true',
                                help='Stop on first fail or error')
            self.failfast = False
        if self.catchbreak is None:
            parser.add_argument('-c', '--catch', dest='catchbreak', action='store_true',
                                help='Catch Ctrl-C and display results so far')
            self.catchbreak = False
        if self.buffer is None:
            parser.add_argument('-b', '--buffer', dest='buffer', action='store_true',
                                help='Buffer stdout and stderr during tests')
            self.buffer = False
        if self.testNamePatterns is None:
            parser.add_argument('-k', dest='testNamePatterns', action='append',
                                type=_name_pattern,
                                help='Only run tests which match the given substring')
            self.testNamePatterns = []
        if discovery:
            parser.add_argument('-s', '--start-directory', dest='start',
                                help="Directory to start discovery ('.' default)")
            parser.add_argument('-p', '--pattern', dest='pattern',
                                help="Pattern to match tests ('test*.py' default)")
            parser.add_argument('-t', '--top-level-directory', dest='top',
                                help='Top level directory of project (defaults to start directory)')
            for arg in ('start', 'pattern', 'top'):
                parser.add_argument(arg, nargs='?', default=argparse.SUPPRESS)
            self.start, self.pattern, self.top = '.', 'test*.py', None
            return parser
        parser.add_argument('tests', nargs='*', help='a list of any number of test modules, '
                            'classes and test methods.')
        return parser

    def parseArgs(self, argv):
        if self.module is None and (len(argv) == 1 or argv[1] == 'discover'):
            # python -m unittest [discover ...]: find the tests below a
            # directory.
            self._do_discovery(argv[2:])
            return
        self._parser = self._build_parser()
        self._parser.parse_args(argv[1:], self)
        if self.module is None:
            self.tests = [_module_name(t) for t in self.tests]
        if self.tests:
            self.testNames = list(self.tests)
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def _do_discovery(self, args):
        parser = self._build_parser(discovery=True)
        parser.parse_args(args, self)
        self.createTests(from_discovery=True)

    def createTests(self, from_discovery=False):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if from_discovery:
            self.test = self.testLoader.discover(self.start, self.pattern, self.top)
        elif self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        test_runner = self.testRunner
        if test_runner is None:
            test_runner = runner.TextTestRunner
        if isinstance(test_runner, type):
            try:
                test_runner = test_runner(verbosity=self.verbosity, failfast=self.failfast,
                                          buffer=self.buffer, warnings=self.warnings,
                                          tb_locals=self.tb_locals)
            except TypeError:
                test_runner = test_runner()
        self.result = test_runner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
