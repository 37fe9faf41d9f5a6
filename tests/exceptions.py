# Exceptions: the hierarchy, user exceptions, chaining (__cause__,
# __context__, __suppress_context__), finally ordering with return, break
# and continue, with statements and __exit__, sys.exc_info, tracebacks
# seen through their attributes, and the messages of common errors.

import sys


def raises(exc, fn, *args):
    """Call fn(*args), check it raises exc, and return the exception."""
    try:
        fn(*args)
    except exc as e:
        return e
    raise AssertionError(f"{fn!r}{args!r} did not raise {exc.__name__}")


# The hierarchy.
assert issubclass(ZeroDivisionError, ArithmeticError)
assert issubclass(OverflowError, ArithmeticError)
assert issubclass(KeyError, LookupError) and issubclass(IndexError, LookupError)
assert issubclass(LookupError, Exception) and issubclass(Exception, BaseException)
assert not issubclass(KeyboardInterrupt, Exception)
assert not issubclass(SystemExit, Exception)
assert not issubclass(GeneratorExit, Exception)
assert issubclass(UnicodeDecodeError, ValueError)
assert issubclass(RecursionError, RuntimeError)
assert issubclass(NotImplementedError, RuntimeError)
assert issubclass(ModuleNotFoundError, ImportError)
assert issubclass(FileNotFoundError, OSError)
assert IOError is OSError and EnvironmentError is OSError
assert issubclass(UnboundLocalError, NameError)
assert issubclass(StopIteration, Exception)
assert issubclass(bool, int) and not issubclass(Exception, ValueError)
assert BaseException.__mro__ == (BaseException, object)
assert [k.__name__ for k in KeyError.__mro__] == ["KeyError", "LookupError", "Exception", "BaseException", "object"]

# Exception objects: args, str, repr.
e = ValueError("bad", 42)
assert e.args == ("bad", 42)
assert str(e) == "('bad', 42)"
assert repr(e) == "ValueError('bad', 42)"
assert str(ValueError()) == "" and repr(ValueError()) == "ValueError()"
assert str(ValueError("one")) == "one"
assert str(KeyError("k")) == "'k'"
assert repr(KeyError("k")) == "KeyError('k')"
assert str(KeyError("a", "b")) == "('a', 'b')"
assert e.__traceback__ is None and e.__cause__ is None and e.__context__ is None
assert SystemExit(3).code == 3
assert StopIteration(7).value == 7
oe = OSError(2, "No such file or directory")
assert oe.errno == 2 and oe.strerror == "No such file or directory"
assert str(oe) == "[Errno 2] No such file or directory"
assert type(OSError(2, "x")) is FileNotFoundError


# User exceptions.
class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"no such key: {key}")
        self.key = key


try:
    raise NotFound("k1")
except AppError as exc:
    caught = exc
assert type(caught) is NotFound and caught.key == "k1"
assert str(caught) == "no such key: k1"
assert caught.args == ("no such key: k1",)
assert repr(caught) == "NotFound('no such key: k1')"


# except clauses: tuples, order, the bound name is deleted afterwards.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as err:
        return "lookup " + type(err).__name__
    except ArithmeticError:
        return "arith"
    except Exception:
        return "other"


assert classify(KeyError()) == "lookup KeyError"
assert classify(IndexError()) == "lookup IndexError"
assert classify(ZeroDivisionError()) == "arith"
assert classify(ValueError()) == "other"
try:
    raise ValueError
except ValueError as gone:
    pass
e = raises(NameError, lambda: gone)
assert str(e) == "name 'gone' is not defined"

# raise with a class instantiates it; raising a non-exception is an error.
e = raises(TypeError, lambda: exec("raise 5"))
assert str(e) == "exceptions must derive from BaseException"
try:
    raise KeyError
except KeyError as err:
    assert err.args == ()


# try/except/else/finally order.
def flow(fail):
    steps = []
    try:
        steps.append("try")
        if fail:
            raise ValueError
    except ValueError:
        steps.append("except")
    else:
        steps.append("else")
    finally:
        steps.append("finally")
    return steps


assert flow(False) == ["try", "else", "finally"]
assert flow(True) == ["try", "except", "finally"]


# finally with return, break and continue.
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"  # noqa: B012


def finally_swallows():
    try:
        raise ValueError
    finally:
        return "swallowed"  # noqa: B012


order = []


def return_then_finally():
    try:
        order.append("body")
        return order.append("return expr") or "value"
    finally:
        order.append("finally")


assert finally_overrides() == "finally"
assert finally_swallows() == "swallowed"
assert return_then_finally() == "value"
assert order == ["body", "return expr", "finally"]

steps = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        steps.append(i)
    finally:
        steps.append(f"f{i}")
assert steps == [0, "f0", "f1", 2, "f2", "f3"]

steps = []
while True:
    try:
        try:
            raise KeyError("inner")
        finally:
            steps.append("inner finally")
    except KeyError:
        steps.append("outer except")
        break
    finally:
        steps.append("outer finally")
assert steps == ["inner finally", "outer except", "outer finally"]


def nested_returns():
    out = []
    for x in range(3):
        try:
            try:
                if x == 2:
                    return out
            finally:
                out.append(("inner", x))
        finally:
            out.append(("outer", x))
    return None


assert nested_returns() == [("inner", 0), ("outer", 0), ("inner", 1), ("outer", 1), ("inner", 2), ("outer", 2)]

# Chaining: implicit __context__, explicit __cause__, from None.
try:
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("while handling")
except ValueError as exc:
    chained = exc
assert type(chained.__context__) is KeyError
assert chained.__cause__ is None and chained.__suppress_context__ is False

try:
    try:
        1 / 0
    except ZeroDivisionError as zde:
        raise RuntimeError("wrapped") from zde
except RuntimeError as exc:
    caused = exc
assert type(caused.__cause__) is ZeroDivisionError
assert caused.__context__ is caused.__cause__
assert caused.__suppress_context__ is True

try:
    try:
        int("x")
    except ValueError:
        raise LookupError("clean") from None
except LookupError as exc:
    clean = exc
assert clean.__cause__ is None and clean.__suppress_context__ is True
assert type(clean.__context__) is ValueError

try:
    raise ValueError("a") from KeyError("b")
except ValueError as exc:
    assert exc.__cause__.args == ("b",) and exc.__context__ is None

# Re-raising keeps the exception object.
original = ValueError("orig")
try:
    try:
        raise original
    except ValueError:
        raise
except ValueError as exc:
    assert exc is original


# with statements: __enter__ value, __exit__ arguments, suppression.
class Ctx:
    def __init__(self, name, suppress=False):
        self.name, self.suppress, self.log = name, suppress, []

    def __enter__(self):
        self.log.append("enter")
        return self.name

    def __exit__(self, typ, val, tb):
        self.log.append(("exit", typ.__name__ if typ else None, str(val) if val else None, tb is not None))
        return self.suppress


c = Ctx("c1")
with c as value:
    assert value == "c1"
assert c.log == ["enter", ("exit", None, None, False)]
c = Ctx("c2", suppress=True)
with c:
    raise KeyError("x")
assert c.log == ["enter", ("exit", "KeyError", "'x'", True)]
c = Ctx("c3")
e = raises(ValueError, lambda: exec("with c:\n    raise ValueError('v')", {"c": c}))
assert str(e) == "v" and c.log[-1] == ("exit", "ValueError", "v", True)
order = []


class Tracker:
    def __init__(self, n):
        self.n = n

    def __enter__(self):
        order.append(f"enter {self.n}")
        return self

    def __exit__(self, *exc):
        order.append(f"exit {self.n}")
        return False


with Tracker(1) as t1, Tracker(2) as t2:
    order.append("body")
assert order == ["enter 1", "enter 2", "body", "exit 2", "exit 1"]
assert (t1.n, t2.n) == (1, 2)


def return_inside_with():
    with Tracker(3):
        return "from with"


order.clear()
assert return_inside_with() == "from with"
assert order == ["enter 3", "exit 3"]
e = raises(TypeError, lambda: exec("with 5: pass"))
assert "context manager" in str(e)

# sys.exc_info inside and outside handlers; nested handlers restore it.
assert sys.exc_info() == (None, None, None)
try:
    raise ValueError("outer")
except ValueError:
    typ, val, tb = sys.exc_info()
    assert typ is ValueError and str(val) == "outer" and tb is val.__traceback__
    try:
        raise KeyError("inner")
    except KeyError:
        assert sys.exc_info()[0] is KeyError
    assert sys.exc_info()[1] is val
assert sys.exc_info() == (None, None, None)


# Tracebacks through their attributes.
def fails():
    raise ValueError("deep")


def calls_fails():
    fails()


try:
    calls_fails()
except ValueError as exc:
    tb = exc.__traceback__
names = []
while tb is not None:
    names.append(tb.tb_frame.f_code.co_name)
    assert tb.tb_lineno > 0
    tb = tb.tb_next
assert names == ["<module>", "calls_fails", "fails"]

# with_traceback and add_note.
err = ValueError("x")
assert err.with_traceback(None) is err
err.add_note("note 1")
assert err.__notes__ == ["note 1"]


# Messages of common errors, as CPython words them.
def message(fn):
    try:
        fn()
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"
    raise AssertionError("no exception")


def needs_a(a):
    return a


def needs_ab(a, b):
    return a + b


def no_args():
    return 0


def kw_only(*, k):
    return k


undefined_local_reader_src = """
def f():
    print(x)
    x = 1
f()
"""
assert message(lambda: [1, 2][5]) == "IndexError: list index out of range"
assert message(lambda: {}["k"]) == "KeyError: 'k'"
nothing = None
assert message(lambda: nothing.attr) == "AttributeError: 'NoneType' object has no attribute 'attr'"
assert message(lambda: nothing[0]) == "TypeError: 'NoneType' object is not subscriptable"
assert message(lambda: 1 + "a") == "TypeError: unsupported operand type(s) for +: 'int' and 'str'"
assert message(lambda: len(5)) == "TypeError: object of type 'int' has no len()"
assert message(lambda: int("4.5")) == "ValueError: invalid literal for int() with base 10: '4.5'"
assert message(lambda: undefined_name) == "NameError: name 'undefined_name' is not defined"
assert message(lambda: exec(undefined_local_reader_src, {})) == (
    "UnboundLocalError: cannot access local variable 'x' where it is not associated with a value")
assert message(lambda: [].pop()) == "IndexError: pop from empty list"
assert message(lambda: (1, 2).append) == "AttributeError: 'tuple' object has no attribute 'append'"
assert message(lambda: abs("x")) == "TypeError: bad operand type for abs(): 'str'"
assert message(lambda: -"x") == "TypeError: bad operand type for unary -: 'str'"
assert message(lambda: hash([])) == "TypeError: unhashable type: 'list'"
assert message(lambda: iter(None)) == "TypeError: 'NoneType' object is not iterable"
assert message(lambda: "abc".foo()) == "AttributeError: 'str' object has no attribute 'foo'"
assert message(lambda: needs_a()) == "TypeError: needs_a() missing 1 required positional argument: 'a'"
assert message(lambda: needs_ab()) == "TypeError: needs_ab() missing 2 required positional arguments: 'a' and 'b'"
assert message(lambda: no_args(1)) == "TypeError: no_args() takes 0 positional arguments but 1 was given"
assert message(lambda: needs_a(1, 2)) == "TypeError: needs_a() takes 1 positional argument but 2 were given"
assert message(lambda: kw_only()) == "TypeError: kw_only() missing 1 required keyword-only argument: 'k'"
assert message(lambda: needs_a(b=1)) == "TypeError: needs_a() got an unexpected keyword argument 'b'"
assert message(lambda: (lambda: 0)(1)) == "TypeError: <lambda>.<locals>.<lambda>() takes 0 positional arguments but 1 was given"
assert message(lambda: [1, 2, 3].index(4)) == "ValueError: 4 is not in list"
assert message(lambda: chr(-1)) == "ValueError: chr() arg not in range(0x110000)"
assert message(lambda: ord("ab")) == "TypeError: ord() expected a character, but string of length 2 found"
assert message(lambda: max([])) == "ValueError: max() arg is an empty sequence"
assert message(lambda: sum(["a"])) == "TypeError: unsupported operand type(s) for +: 'int' and 'str'"
assert message(lambda: sum([], "")) == "TypeError: sum() can't sum strings [use ''.join(seq) instead]"
assert message(lambda: __import__("no_such_module_xyz")) == "ModuleNotFoundError: No module named 'no_such_module_xyz'"
assert message(lambda: open("/no/such/file")) == "FileNotFoundError: [Errno 2] No such file or directory: '/no/such/file'"
assert message(lambda: isinstance(1, 2)) == "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union"
assert message(lambda: object().x) == "AttributeError: 'object' object has no attribute 'x'"
assert message(lambda: exec("assert 1 == 2, 'custom'")) == "AssertionError: custom"
assert message(lambda: exec("assert False")) == "AssertionError: "


# Recursion limits raise RecursionError, which can be caught.
def forever(n):
    return forever(n + 1)


e = raises(RecursionError, forever, 0)
assert str(e) == "maximum recursion depth exceeded"
assert sys.getrecursionlimit() >= 1000

# sys.exit raises SystemExit, which can be caught.
e = raises(SystemExit, sys.exit, 4)
assert e.code == 4 and e.args == (4,)
e = raises(SystemExit, sys.exit)
assert e.code is None

print("ok")

# Unicode errors keep their parts as attributes, checked as CPython checks them,
# and str() is built from the attributes.
_e = UnicodeDecodeError('utf-8', b'ab', 0, 1, 'bad')
assert (_e.encoding, _e.object, _e.start, _e.end, _e.reason) == ('utf-8', b'ab', 0, 1, 'bad')
assert _e.args == ('utf-8', b'ab', 0, 1, 'bad')
assert str(_e) == "'utf-8' codec can't decode byte 0x61 in position 0: bad"
for _args, _msg in [(('utf-8', 'x', 0, 1, 'r'), "a bytes-like object is required, not 'str'"),
                    (('utf-8',), "function takes exactly 5 arguments (1 given)"),
                    ((1, b'x', 0, 1, 'r'), "argument 1 must be str, not int"),
                    (('u', b'x', 'a', 1, 'r'), "'str' object cannot be interpreted as an integer")]:
    try:
        UnicodeDecodeError(*_args)
    except TypeError as _x:
        assert str(_x) == _msg, (str(_x), _msg)
    else:
        raise AssertionError(_args)
_e = UnicodeEncodeError('ascii', '\xe9x', 0, 1, 'r')
assert str(_e) == "'ascii' codec can't encode character '\\xe9' in position 0: r"
_e.reason = 'zz'
_e.end = 2
assert str(_e) == "'ascii' codec can't encode characters in position 0-1: zz"
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as _e:
    assert (_e.encoding, _e.object, _e.start, _e.end, _e.reason) == ('utf-8', b'\xff', 0, 1, 'invalid start byte')
try:
    '\udc80'.encode('utf-8')
except UnicodeEncodeError as _e:
    assert (_e.encoding, _e.object, _e.start, _e.end, _e.reason) == ('utf-8', '\udc80', 0, 1, 'surrogates not allowed')
assert UnicodeDecodeError('utf-8', bytearray(b'ab'), 0, 2, 'r').object == b'ab'
_t = UnicodeTranslateError('abc', 1, 2, 'why')
assert (_t.object, _t.start, _t.end, _t.reason, _t.args) == ('abc', 1, 2, 'why', ('abc', 1, 2, 'why'))
