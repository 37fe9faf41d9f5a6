# doctest: testmod over a module written to a temporary directory (quiet
# and verbose reports, printed after the temporary path and the runner's
# own traceback frame are normalized, so that standard output is compared
# with python3's line for line), testfile, run_docstring_examples, the
# option flags and directives, the diff reports, the parser's errors,
# DocTestSuite under unittest, and parsing and checking from many threads.
import doctest
import io
import os
import re
import sys
import tempfile
import threading
import unittest

tmp = tempfile.mkdtemp()
sys.path.insert(0, tmp)

MODULE = '''"""A sample module.

>>> 1 + 1
2
"""


def double(x):
    """Double x.

    >>> double(2)
    4
    >>> double('ab')
    'abab'
    >>> [double(i) for i in range(12)]  # doctest: +ELLIPSIS
    [0, 2, ..., 22]
    >>> print('a\\\\n\\\\nb')
    a
    <BLANKLINE>
    b
    >>> double(None)
    Traceback (most recent call last):
      ...
    TypeError: unsupported operand type(s) for *: 'int' and 'NoneType'
    >>> for i in range(2):
    ...     double(i)
    0
    2
    """
    return 2 * x


def broken():
    """
    >>> broken()
    3
    >>> 1/0
    1
    >>> x = 5
    >>> x
    6
    >>> print("no newline", end="")
    no newline
    >>> print("   spaced")
    spaced
    """
    return 2


class Thing:
    """A thing.

    >>> Thing().value()
    7
    """

    def value(self):
        """
        >>> Thing().value() + 1
        8
        """
        return 7

    @staticmethod
    def static():
        """
        >>> Thing.static()
        'static'
        """
        return 'static'

    @property
    def prop(self):
        """
        >>> Thing().prop
        'prop'
        """
        return 'prop'


def nodoc():
    pass


__test__ = {"extra": """
>>> double(5)
10
"""}
'''

with open(os.path.join(tmp, "dt_sample.py"), "w") as f:
    f.write(MODULE)
import dt_sample


def normalize(text):
    text = text.replace(tmp, "<TMP>")
    # The runner's own frame differs between implementations.
    return re.sub(r'      File "[^"]*doctest\.py", line \d+, in \w+\n        .*\n', '', text)


def captured(fn, *args, **kw):
    old = sys.stdout
    sys.stdout = buf = io.StringIO()
    try:
        result = fn(*args, **kw)
    finally:
        sys.stdout = old
    return result, normalize(buf.getvalue())


result, out = captured(doctest.testmod, dt_sample)
assert result == (4, 18) and result.failed == 4 and result.attempted == 18, result
assert "File \"<TMP>/dt_sample.py\", line 35, in dt_sample.broken" in out, out
assert out.endswith("1 items had failures:\n   4 of   6 in dt_sample.broken\n***Test Failed*** 4 failures.\n")
print(out)
result, out = captured(doctest.testmod, dt_sample, verbose=True)
assert "Trying:\n    1 + 1\nExpecting:\n    2\nok\n" in out
assert out.endswith("18 tests in 9 items.\n14 passed and 4 failed.\n***Test Failed*** 4 failures.\n"), out
print(out)
result, out = captured(doctest.testmod, dt_sample, exclude_empty=True, verbose=True)
assert "18 tests in 8 items." in out
result, out = captured(doctest.testmod, dt_sample, report=False)
assert result == (4, 18) and "items had failures" not in out

# A text file, relative to this script's directory or absolute.
text_path = os.path.join(tmp, "example.txt")
with open(text_path, "w") as f:
    f.write("Some prose.\n\n    >>> a = [1, 2]\n    >>> a\n    [1, 2]\n\nMore prose.\n\n"
            ">>> print(' x  y ')  # doctest: +NORMALIZE_WHITESPACE\nx y\n"
            ">>> raise ValueError('detail one')  # doctest: +IGNORE_EXCEPTION_DETAIL\n"
            "Traceback (most recent call last):\nValueError: detail two\n"
            ">>> 1 / 0  # doctest: +SKIP\n42\n"
            ">>> True\n1\n>>> len(a)\n3\n")
result, out = captured(doctest.testfile, text_path, module_relative=False)
assert result == (1, 6), result
print(out)
result, out = captured(doctest.testfile, text_path, module_relative=False, verbose=True,
                       optionflags=doctest.DONT_ACCEPT_TRUE_FOR_1)
assert result == (2, 6), result
assert "1 items passed all tests" not in out and "example.txt" in out

# run_docstring_examples.
def square(x):
    """
    >>> square(3)
    9
    >>> square(2)
    5
    """
    return x * x

_, out = captured(doctest.run_docstring_examples, square, {"square": square}, name="square")
assert ", in square\nFailed example:\n    square(2)\n" in out and "Expected:\n    5\nGot:\n    4\n" in out, out
print(out)

# Diffs and reporting flags.
def lines():
    """
    >>> print("a\\nb\\nc\\nd")
    a
    B
    c
    d
    >>> 1
    2
    """
for flag in (doctest.REPORT_UDIFF, doctest.REPORT_CDIFF, doctest.REPORT_NDIFF,
             doctest.REPORT_ONLY_FIRST_FAILURE, doctest.FAIL_FAST):
    _, out = captured(doctest.run_docstring_examples, lines, {}, name="lines",
                      optionflags=flag)
    print(out)

# The pieces.
parser = doctest.DocTestParser()
examples = parser.get_examples(">>> x = 1\n>>> x\n1\n>>> print('a')\n...\n")
assert [e.source for e in examples] == ["x = 1\n", "x\n", "print('a')\n"]
assert [e.want for e in examples] == ["", "1\n", ""], [e.want for e in examples]
assert [e.lineno for e in examples] == [0, 1, 3]
ex = parser.get_examples(">>> int('x')\nTraceback (most recent call last):\n  ...\nValueError: bad\n")[0]
assert ex.exc_msg == "ValueError: bad\n"
ex = parser.get_examples("    >>> f(1,\n    ...   2)  # doctest: +ELLIPSIS, -NORMALIZE_WHITESPACE\n    3\n")[0]
assert ex.source == "f(1,\n  2)  # doctest: +ELLIPSIS, -NORMALIZE_WHITESPACE\n" and ex.want == "3\n"
assert ex.options == {doctest.ELLIPSIS: True, doctest.NORMALIZE_WHITESPACE: False}
assert ex.indent == 4 and ex.lineno == 0
for bad in (">>>x\n", ">>> f()  # doctest: +NOPE\n", "  >>> f()\n 1\n", ">>> # doctest: +ELLIPSIS\n"):
    try:
        parser.get_examples(bad, "bad")
        raise AssertionError("no ValueError for %r" % bad)
    except ValueError as e:
        print(e)
pieces = parser.parse("prose\n>>> 1\n1\nmore\n")
assert isinstance(pieces[1], doctest.Example) and pieces[0] == "prose\n"
checker = doctest.OutputChecker()
assert checker.check_output("a...z\n", "abcz\n", doctest.ELLIPSIS)
assert not checker.check_output("a...z\n", "abc\n", doctest.ELLIPSIS)
assert checker.check_output("...\n", "anything\n", doctest.ELLIPSIS)
assert not checker.check_output("ab...ba\n", "aba\n", doctest.ELLIPSIS)
assert checker.check_output("a...b...a\n", "aba\n", doctest.ELLIPSIS)
assert checker.check_output("1 2\n", "1   2\n", doctest.NORMALIZE_WHITESPACE)
assert checker.check_output("True\n", "True\n", 0) and checker.check_output("1\n", "True\n", 0)
assert not checker.check_output("1\n", "True\n", doctest.DONT_ACCEPT_TRUE_FOR_1)
assert checker.check_output("<BLANKLINE>\n", "\n", 0)
flag = doctest.register_optionflag("GILFREE_TEST_FLAG")
assert doctest.register_optionflag("GILFREE_TEST_FLAG") == flag
assert doctest.OPTIONFLAGS_BY_NAME["GILFREE_TEST_FLAG"] == flag
tests = doctest.DocTestFinder().find(dt_sample)
names = [t.name for t in tests]
assert names == sorted(names) and "dt_sample.Thing.static" in names
assert "dt_sample.Thing.prop" in names and "dt_sample.__test__.extra" in names
assert "dt_sample.nodoc" not in names
assert repr(tests[0]).startswith("<DocTest dt_sample from ")
print(doctest.script_from_examples("Prose here.\n>>> x = 1\n>>> x\n1\n"))

# unittest integration.
suite = doctest.DocTestSuite(dt_sample)
assert suite.countTestCases() == 8, suite.countTestCases()
res = unittest.TestResult()
suite.run(res)
assert res.testsRun == 8 and len(res.failures) == 1 and not res.errors, (res.failures, res.errors)
failed_case, message = res.failures[0]
assert failed_case.id() == "dt_sample.broken"
assert message.rstrip().endswith("AssertionError: Failed doctest test for dt_sample.broken\n"
                                 "  File \"%s\", line 28, in broken" % dt_sample.__file__) or \
    "Failed doctest test for dt_sample.broken" in message, message

# Parsing and checking from many threads, and flags registered at once.
errors = []
def worker(k):
    try:
        p = doctest.DocTestParser()
        for i in range(50):
            ex = p.get_examples(">>> %d + %d\n%d\n" % (k, i, k + i))[0]
            assert ex.want == "%d\n" % (k + i)
            assert checker.check_output(ex.want, "%d\n" % (k + i), 0)
            doctest.register_optionflag("THREAD_FLAG_%d" % (i % 5))
    except Exception as e:
        errors.append(e)
threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert not errors, errors
flags = [doctest.OPTIONFLAGS_BY_NAME["THREAD_FLAG_%d" % i] for i in range(5)]
assert len(set(flags)) == 5
print("doctest ok")
