# unittest: assertion messages, results of suites run programmatically,
# the text runner's output (timing normalised), loaders, fixtures order.
import io
import re
import sys
import unittest
import warnings


def run_suite(suite, verbosity=1, **kw):
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kw)
    result = runner.run(suite)
    text = re.sub(r'Ran (\d+) tests? in \d+\.\d+s', r'Ran \1 tests', stream.getvalue())
    text = re.sub(r'File "[^"]*", line', 'File "F", line', text)
    return result, text


def failure_message(fn, *args, **kwargs):
    tc = unittest.TestCase()
    try:
        getattr(tc, fn)(*args, **kwargs)
    except AssertionError as e:
        return str(e)
    return None


# assertion messages ---------------------------------------------------------

assert failure_message('assertEqual', 1, 2) == '1 != 2'
assert failure_message('assertEqual', 1, 1) is None
assert failure_message('assertEqual', 1, 2, 'note') == '1 != 2 : note'
assert failure_message('assertEqual', 'a', 'b') == "'a' != 'b'\n- a\n+ b\n"
assert failure_message('assertEqual', 'hello', 'hallo') == "'hello' != 'hallo'\n- hello\n?  ^\n+ hallo\n?  ^\n"
assert failure_message('assertEqual', 'one\ntwo\nthree\n', 'one\nTWO\nthree\nfour\n') == (
    "'one\\ntwo\\nthree\\n' != 'one\\nTWO\\nthree\\nfour\\n'\n  one\n- two\n+ TWO\n  three\n+ four\n")
assert failure_message('assertEqual', [1, 2, 3], [1, 9, 3]) == (
    'Lists differ: [1, 2, 3] != [1, 9, 3]\n\nFirst differing element 1:\n2\n9\n\n'
    '- [1, 2, 3]\n?     ^\n\n+ [1, 9, 3]\n?     ^\n')
assert failure_message('assertEqual', {'k': 'value'}, {'k': 'valve'}) == (
    "{'k': 'value'} != {'k': 'valve'}\n- {'k': 'value'}\n?           ^\n\n+ {'k': 'valve'}\n?           ^\n")
tc = unittest.TestCase()
tc.maxDiff = 10
try:
    tc.assertEqual('abc\n' * 5, 'abd\n' * 5)
except AssertionError as e:
    assert str(e).endswith('\nDiff is 121 characters long. Set self.maxDiff to None to see it.'), str(e)
assert failure_message('assertNotEqual', 3, 3) == '3 == 3'
assert failure_message('assertTrue', 0) == '0 is not true'
assert failure_message('assertTrue', []) == '[] is not true'
assert failure_message('assertFalse', 'x') == "'x' is not false"
assert failure_message('assertIs', 1, None) == '1 is not None'
assert failure_message('assertIsNot', None, None) == 'unexpectedly identical: None'
assert failure_message('assertIsNone', 5) == '5 is not None'
assert failure_message('assertIsNotNone', None) == 'unexpectedly None'
assert failure_message('assertIn', 4, [1, 2]) == '4 not found in [1, 2]'
assert failure_message('assertNotIn', 1, [1, 2]) == '1 unexpectedly found in [1, 2]'
assert failure_message('assertIsInstance', 1, str) == "1 is not an instance of <class 'str'>"
assert failure_message('assertNotIsInstance', 1, int) == "1 is an instance of <class 'int'>"
assert failure_message('assertGreater', 1, 2) == '1 not greater than 2'
assert failure_message('assertGreaterEqual', 1, 2) == '1 not greater than or equal to 2'
assert failure_message('assertLess', 2, 1) == '2 not less than 1'
assert failure_message('assertLessEqual', 2, 1) == '2 not less than or equal to 1'
assert failure_message('assertAlmostEqual', 1.0, 1.00000001) is None
assert failure_message('assertAlmostEqual', 1.0, 1.1) == '1.0 != 1.1 within 7 places (0.10000000000000009 difference)'
assert failure_message('assertAlmostEqual', 1.0, 1.1, places=3) == '1.0 != 1.1 within 3 places (0.10000000000000009 difference)'
assert failure_message('assertAlmostEqual', 1.0, 1.5, delta=0.6) is None
assert failure_message('assertAlmostEqual', 10, 13, delta=2) == '10 != 13 within 2 delta (3 difference)'
assert failure_message('assertNotAlmostEqual', 1.0, 1.00000001) == '1.0 == 1.00000001 within 7 places'
assert failure_message('assertNotAlmostEqual', 10, 11, delta=2) == '10 == 11 within 2 delta (1 difference)'
assert failure_message('assertRegex', 'abc', 'x+') == "Regex didn't match: 'x+' not found in 'abc'"
assert failure_message('assertNotRegex', 'abc', 'b') == "Regex matched: 'b' matches 'b' in 'abc'"
assert failure_message('assertCountEqual', [1, 2, 2], [2, 1, 2]) is None
assert failure_message('assertCountEqual', [1, 1, 2], [1, 2, 3]) == (
    'Element counts were not equal:\nFirst has 2, Second has 1:  1\nFirst has 0, Second has 1:  3')
assert failure_message('assertCountEqual', [[1], [1]], [[1]]) == (
    'Element counts were not equal:\nFirst has 2, Second has 1:  [1]')
assert failure_message('assertSetEqual', {1, 2}, {2, 3}) == (
    'Items in the first set but not the second:\n1\nItems in the second set but not the first:\n3')
assert failure_message('assertListEqual', [1, 2], [1, 3]).startswith(
    'Lists differ: [1, 2] != [1, 3]\n\nFirst differing element 1:\n2\n3\n')
assert failure_message('assertEqual', [1, 2, 3], [1, 2]).startswith(
    'Lists differ: [1, 2, 3] != [1, 2]\n\nFirst list contains 1 additional elements.\nFirst extra element 2:\n3\n')
assert failure_message('assertTupleEqual', (1,), (1, 5)).startswith(
    'Tuples differ: (1,) != (1, 5)\n\nSecond tuple contains 1 additional elements.\nFirst extra element 1:\n5\n')
assert failure_message('assertSequenceEqual', [1], (1,)) is None
assert failure_message('assertListEqual', (1,), [1]) == 'First sequence is not a list: (1,)'
assert failure_message('assertEqual', {'a': 1}, {'a': 2}).startswith("{'a': 1} != {'a': 2}\n")
assert failure_message('assertDictEqual', [], {}) == "[] is not an instance of <class 'dict'> : First argument is not a dictionary"
assert failure_message('fail') == 'None'
assert failure_message('fail', 'boom') == 'boom'
long_a, long_b = 'x' * 100 + 'a', 'x' * 100 + 'b'
assert failure_message('assertEqual', [long_a], [long_b]).startswith(
    "Lists differ: ['xxx[37 chars]" + 'x' * 60 + "a'] != ['xxx[37 chars]" + 'x' * 60 + "b']\n")
assert failure_message('assertEqual', long_a, long_b).startswith(
    "'xxxx[35 chars]" + 'x' * 61 + "a' != 'xxxx[35 chars]" + 'x' * 61 + "b'\n- " + 'x' * 100 + 'a\n')
assert failure_message('assertEqual', 'y' * 200, 'z' * 200).startswith(
    "'" + 'y' * 41 + "[155 chars]yyyy' != '" + 'z' * 41 + "[155 chars]zzzz'\n")
tc = unittest.TestCase()
tc.longMessage = False
try:
    tc.assertEqual(1, 2, 'only mine')
except AssertionError as e:
    assert str(e) == 'only mine'
print(failure_message('assertEqual', 10 ** 100, 10 ** 100 + 1))

# assertRaises and assertWarns -------------------------------------------------

tc = unittest.TestCase()
with tc.assertRaises(ValueError) as cm:
    int('x')
assert type(cm.exception) is ValueError
assert cm.exception.args == ("invalid literal for int() with base 10: 'x'",)
assert tc.assertRaises(KeyError, {}.__getitem__, 1) is None
with tc.assertRaisesRegex(ValueError, 'lit+eral'):
    int('y')
assert failure_message('assertRaises', ValueError, lambda: None) == 'ValueError not raised by <lambda>'
assert failure_message('assertRaisesRegex', ValueError, 'zzz', int, 'q') == (
    '"zzz" does not match "invalid literal for int() with base 10: \'q\'"')
try:
    with tc.assertRaises(TypeError, msg='mine'):
        pass
except AssertionError as e:
    assert str(e) == 'TypeError not raised : mine'
try:
    with tc.assertRaises(TypeError):
        raise KeyError(3)
except KeyError as e:
    assert e.args == (3,)
try:
    tc.assertRaises(5)
except TypeError as e:
    assert str(e) == 'assertRaises() arg 1 must be an exception type or tuple of exception types'
with tc.assertRaises((KeyError, IndexError)):
    [][0]
with tc.assertWarns(DeprecationWarning) as wcm:
    warnings.warn('old', DeprecationWarning)
assert str(wcm.warning) == 'old'
with tc.assertWarnsRegex(UserWarning, 'ne+w'):
    warnings.warn('neew')
assert failure_message('assertWarns', UserWarning, lambda: None) == 'UserWarning not triggered by <lambda>'


# running tests ---------------------------------------------------------------

log = []


class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass')

    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass')

    def setUp(self):
        log.append('setUp ' + self._testMethodName)
        self.addCleanup(log.append, 'cleanup ' + self._testMethodName)

    def tearDown(self):
        log.append('tearDown')

    def test_a(self):
        log.append('a')

    def test_b(self):
        log.append('b')
        self.fail('b fails')

    def test_c(self):
        log.append('c')
        self.skipTest('no c')


suite = unittest.TestLoader().loadTestsFromTestCase(Fixtures)
assert suite.countTestCases() == 3
assert [t.id() for t in suite] == ['__main__.Fixtures.test_a', '__main__.Fixtures.test_b', '__main__.Fixtures.test_c']
result, text = run_suite(suite)
assert log == ['setUpClass', 'setUp test_a', 'a', 'tearDown', 'cleanup test_a',
               'setUp test_b', 'b', 'tearDown', 'cleanup test_b',
               'setUp test_c', 'c', 'tearDown', 'cleanup test_c', 'tearDownClass'], log
assert (result.testsRun, len(result.failures), len(result.errors), len(result.skipped)) == (3, 1, 0, 1)
assert result.skipped[0][1] == 'no c'
assert not result.wasSuccessful()
assert text.startswith('.Fs\n' + '=' * 70 + '\nFAIL: test_b (__main__.Fixtures.test_b)\n' + '-' * 70 +
                       '\nTraceback (most recent call last):\n  File "F", line'), text
assert text.endswith("    self.fail('b fails')\nAssertionError: b fails\n\n" + '-' * 70 +
                     '\nRan 3 tests\n\nFAILED (failures=1, skipped=1)\n'), text
print(text.splitlines()[0], text.splitlines()[-1])


class Mixed(unittest.TestCase):
    def test_error(self):
        {}['missing']

    def test_ok(self):
        """Docstring first line.

        More."""

    @unittest.expectedFailure
    def test_xfail(self):
        self.assertEqual(1, 0)

    @unittest.expectedFailure
    def test_xpass(self):
        pass

    @unittest.skipUnless(False, 'needs False')
    def test_skip(self):
        pass

    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i, kind='n'):
                self.assertNotEqual(i, 1)
        with self.subTest('msg'):
            raise ValueError('v')


result, text = run_suite(unittest.TestLoader().loadTestsFromTestCase(Mixed), verbosity=2)
assert result.testsRun == 6
assert len(result.errors) == 2 and len(result.failures) == 1
assert len(result.expectedFailures) == 1 and len(result.unexpectedSuccesses) == 1
assert str(result.failures[0][0]) == "test_sub (__main__.Mixed.test_sub) (i=1, kind='n')"
assert str(result.errors[1][0]) == 'test_sub (__main__.Mixed.test_sub) [msg]'
lines = text.splitlines()
assert lines[:7] == [
    'test_error (__main__.Mixed.test_error) ... ERROR',
    'test_ok (__main__.Mixed.test_ok)',
    'Docstring first line. ... ok',
    "test_skip (__main__.Mixed.test_skip) ... skipped 'needs False'",
    'test_sub (__main__.Mixed.test_sub) ... ',
    "  test_sub (__main__.Mixed.test_sub) (i=1, kind='n') ... FAIL",
    '  test_sub (__main__.Mixed.test_sub) [msg] ... ERROR',
], lines
assert lines[7:9] == ['test_xfail (__main__.Mixed.test_xfail) ... expected failure',
                      'test_xpass (__main__.Mixed.test_xpass) ... unexpected success'], lines
assert lines[-1] == 'FAILED (failures=1, errors=2, skipped=1, expected failures=1, unexpected successes=1)'
assert "KeyError: 'missing'" in text
assert 'UNEXPECTED SUCCESS: test_xpass (__main__.Mixed.test_xpass)' in text
for line in lines:
    print(line.replace(' (i=1', ' (i=1'))


# results without a runner, suites, loaders, names ----------------------------

class Small(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        self.assertEqual(2, 3)

    def helper(self):
        pass


result = unittest.TestResult()
Small('test_two').run(result)
assert result.testsRun == 1 and len(result.failures) == 1
assert result.failures[0][1].endswith('AssertionError: 2 != 3\n')
assert repr(result) == '<unittest.result.TestResult run=1 errors=0 failures=1>'
assert repr(Small('test_one')) == '<__main__.Small testMethod=test_one>'
assert str(Small('test_one')) == 'test_one (__main__.Small.test_one)'
assert Small('test_one') == Small('test_one') and Small('test_one') != Small('test_two')
try:
    Small('nope')
except ValueError as e:
    assert str(e) == "no such test method in <class '__main__.Small'>: nope"
loader = unittest.TestLoader()
assert loader.getTestCaseNames(Small) == ['test_one', 'test_two']
names = loader.loadTestsFromName('Small.test_two', sys.modules['__main__'])
assert [t.id() for t in names] == ['__main__.Small.test_two']
module_suite = loader.loadTestsFromModule(sys.modules['__main__'])
assert [s.countTestCases() for s in module_suite] == [3, 6, 2]
s = unittest.TestSuite()
s.addTest(Small('test_one'))
s.addTests([Small('test_two'), unittest.TestSuite([Small('test_one')])])
assert s.countTestCases() == 3
try:
    s.addTest(Small)
except TypeError as e:
    assert str(e) == 'TestCases and TestSuites must be instantiated before passing them to addTest()'
try:
    s.addTests('abc')
except TypeError as e:
    assert str(e) == 'tests must be an iterable of tests, not a string'
result, text = run_suite(s, verbosity=0)
assert text == '=' * 70 + '\nFAIL: test_two (__main__.Small.test_two)\n' + '-' * 70 + (
    '\nTraceback (most recent call last):\n  File "F", line %d, in test_two\n'
    '    self.assertEqual(2, 3)\nAssertionError: 2 != 3\n\n' % (Small.test_two.__code__.co_firstlineno + 1)
) + '-' * 70 + '\nRan 3 tests\n\nFAILED (failures=1)\n', text
result, text = run_suite(unittest.TestSuite([Small('test_one'), Small('test_two'), Small('test_one')]),
                         failfast=True)
assert result.testsRun == 2
result, text = run_suite(unittest.TestSuite())
assert text == '\n' + '-' * 70 + '\nRan 0 tests\n\nOK\n'


@unittest.skip('all of it')
class SkipAll(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError('never called')

    def test_x(self):
        pass


class BadSetup(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError('no class')

    def test_x(self):
        pass


result, text = run_suite(unittest.TestSuite([SkipAll('test_x'), BadSetup('test_x')]))
assert result.testsRun == 1 and len(result.skipped) == 1 and len(result.errors) == 1
assert str(result.errors[0][0]) == 'setUpClass (__main__.BadSetup)'
assert text.startswith('sE\n' + '=' * 70 + '\nERROR: setUpClass (__main__.BadSetup)\n'), text

ft = unittest.FunctionTestCase(lambda: None, description='a function')
result = unittest.TestResult()
ft.run(result)
assert result.testsRun == 1 and result.wasSuccessful()
assert ft.shortDescription() == 'a function'

# unittest.main with exit=False
stream = io.StringIO()
saved = sys.stderr
sys.stderr = stream
try:
    prog = unittest.main(argv=['prog', 'Small'], exit=False)
finally:
    sys.stderr = saved
assert prog.result.testsRun == 2 and len(prog.result.failures) == 1
assert stream.getvalue().startswith('.F\n')
try:
    sys.stderr = io.StringIO()
    unittest.main(argv=['prog', 'Small.test_one'])
except SystemExit as e:
    assert e.code is False
finally:
    sys.stderr = saved
print('ok')
