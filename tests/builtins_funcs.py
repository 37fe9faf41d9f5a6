# Builtin functions over iterables and numbers, and the type constructors:
# len, range, enumerate, zip, map, filter, sorted, reversed, min, max,
# sum, any, all, abs, round, divmod, pow, hash, id, isinstance,
# issubclass, iter, next, repr, ascii, chr, ord, hex, oct, bin, format,
# str, int, float, bool, list, tuple, dict, set, frozenset, type, object.

import sys


def raises(exc, fn, *args):
    """Call fn(*args), check it raises exc, and return the exception."""
    try:
        fn(*args)
    except exc as e:
        return e
    raise AssertionError(f"{fn!r}{args!r} did not raise {exc.__name__}")


# len on every sized type.
assert len("abc") == 3 and len(b"ab") == 2 and len([1]) == 1
assert len((1, 2)) == 2 and len({1: 2}) == 1 and len({1, 2, 3}) == 3
assert len(range(0, 10, 3)) == 4 and len(frozenset()) == 0
assert len(bytearray(5)) == 5 and len({}.keys()) == 0

# enumerate, zip, map, filter are lazy iterators.
en = enumerate(["a", "b"], start=10)
assert next(en) == (10, "a") and list(en) == [(11, "b")]
assert list(zip()) == []
assert list(zip("abc", range(10), [True, False])) == [("a", 0, True), ("b", 1, False)]
assert list(zip(*[(1, "a"), (2, "b")])) == [(1, 2), ("a", "b")]
e = raises(ValueError, list, zip([1, 2], [1], strict=True))
assert str(e) == "zip() argument 2 is shorter than argument 1"
assert list(map(pow, [2, 3], [3, 2])) == [8, 9]
assert list(map(str.upper, "ab")) == ["A", "B"]
assert list(filter(None, [0, 1, "", "x", None, [], [0]])) == [1, "x", [0]]
assert list(filter(lambda v: v % 3 == 0, range(10))) == [0, 3, 6, 9]
m = map(lambda v: 1 / v, [1, 0])
assert next(m) == 1.0
raises(ZeroDivisionError, next, m)

# reversed needs a sequence or __reversed__.
assert list(reversed("abc")) == ["c", "b", "a"]
assert list(reversed(range(1, 4))) == [3, 2, 1]
assert list(reversed({"a": 1, "b": 2})) == ["b", "a"]
e = raises(TypeError, reversed, {1, 2})
assert str(e) == "'set' object is not reversible"


class Backwards:
    def __reversed__(self):
        return iter("zyx")


assert "".join(reversed(Backwards())) == "zyx"

# min and max with key, default, several arguments.
assert min(3, 1, 2) == 1 and max([3, 1, 2]) == 3
assert max("apple", "fig", "banana", key=len) == "banana"
assert min(["bb", "a", "cc"], key=len) == "a"
assert max([1, 3, 3], key=lambda v: -v) == 1
assert max([("a", 2), ("b", 2)], key=lambda p: p[1]) == ("a", 2)  # first wins
assert min([], default="empty") == "empty"
assert max((), default=None) is None
e = raises(ValueError, min, [])
assert str(e) == "min() arg is an empty sequence"
e = raises(TypeError, max, 1)
assert str(e) == "'int' object is not iterable"

# sum, any, all.
assert sum([1, 2, 3]) == 6 and sum([1, 2], 10) == 13
assert sum([[1], [2]], []) == [1, 2]
assert sum([0.1, 0.2, 0.3]) == 0.6000000000000001
assert sum(range(10 ** 6)) == 499999500000
assert sum([1, 2.5, True]) == 4.5
assert any([0, "", None, 1]) and not any([0, "", None])
assert all([1, "a", [0]]) and not all([1, 0]) and all([])

# abs, round, divmod, pow.
assert abs(-5) == 5 and abs(-2.5) == 2.5 and abs(3 + 4j) == 5.0
assert abs(-(2 ** 70)) == 2 ** 70 and abs(True) == 1
assert round(3.14159, 3) == 3.142 and round(-2.5) == -2
assert round(7) == 7 and round(7, 1) == 7
assert divmod(17, 5) == (3, 2) and divmod(-17, 5) == (-4, 3)
assert divmod(5.5, 2) == (2.0, 1.5)
assert pow(2, 8) == 256 and pow(2, 0.5) == 2 ** 0.5
assert pow(7, 2, 13) == 10 and pow(2, 100, 1000) == 376
e = raises(TypeError, pow, 2.0, 2, 3)
assert str(e) == "pow() 3rd argument not allowed unless all arguments are integers"
e = raises(ValueError, pow, 2, 2, 0)
assert str(e) == "pow() 3rd argument cannot be 0"


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __abs__(self):
        return Money(abs(self.cents))

    def __round__(self, ndigits=None):
        return f"round({ndigits})"

    def __divmod__(self, n):
        return divmod(self.cents, n)

    def __pow__(self, e, mod=None):
        return ("pow", e, mod)


assert abs(Money(-5)).cents == 5
assert round(Money(1)) == "round(None)" and round(Money(1), 2) == "round(2)"
assert divmod(Money(250), 100) == (2, 50)
assert pow(Money(1), 2, 5) == ("pow", 2, 5)

# hash and id.
assert hash(1) == hash(1.0) and hash("a") == hash("a")
assert hash(None) == hash(None)
assert isinstance(hash(object()), int)
obj = object()
assert id(obj) == id(obj) and id(obj) != id(object.__new__(object))
lst = []
alias = lst
assert id(lst) == id(alias)
e = raises(TypeError, hash, {})
assert str(e) == "unhashable type: 'dict'"

# isinstance and issubclass with tuples and abstract relations.
assert isinstance(1, int) and isinstance(True, int) and not isinstance(1, bool)
assert isinstance(1.5, (int, float)) and not isinstance("1", (int, float))
assert isinstance(None, type(None)) and isinstance(int, type)
assert isinstance(object(), object) and isinstance(type, object)
assert issubclass(bool, (str, int)) and issubclass(int, object)
assert issubclass(type, type) and not issubclass(object, type)
e = raises(TypeError, issubclass, 1, int)
assert str(e) == "issubclass() arg 1 must be a class"

# iter and next.
it = iter([1, 2])
assert next(it) == 1 and next(it) == 2 and next(it, "end") == "end"
e = raises(StopIteration, next, it)
assert e.args == ()
calls = iter([1, 2, 3, 4])
assert list(iter(calls.__next__, 3)) == [1, 2]
assert list(iter({"a": 1})) == ["a"]

# repr, ascii, str on builtin values.
assert repr(None) == "None" and repr(True) == "True" and repr(...) == "Ellipsis"
assert repr(NotImplemented) == "NotImplemented"
assert repr([1, "a", (2,), {3: None}]) == "[1, 'a', (2,), {3: None}]"
assert repr(int) == "<class 'int'>" and repr(type) == "<class 'type'>"
assert repr(len) == "<built-in function len>"
assert repr(sys).startswith("<module 'sys'")
assert ascii("日本") == "'\\u65e5\\u672c'" and ascii(["é"]) == "['\\xe9']"
assert str(b"ab") == "b'ab'" and str(1.0) == "1.0" and str(None) == "None"


def named():
    pass


assert repr(named).startswith("<function named at 0x")


class K:
    def meth(self):
        pass


assert repr(K).startswith("<class '__main__.K'>")
assert repr(K().meth).startswith("<bound method K.meth of <__main__.K object at 0x")

# chr, ord, hex, oct, bin, format.
assert chr(97) == "a" and chr(0x1F600) == "😀" and ord("€") == 8364
assert [ord(c) for c in "AZ"] == [65, 90]
assert hex(0) == "0x0" and oct(-8) == "-0o10" and bin(0) == "0b0"


class Idx:
    def __index__(self):
        return 10


assert hex(Idx()) == "0xa" and bin(Idx()) == "0b1010" and "abcdefghijkl"[Idx()] == "k"
assert format(10) == "10" and format(0.5, "%") == "50.000000%"
e = raises(TypeError, hex, 1.5)
assert str(e) == "'float' object cannot be interpreted as an integer"

# Type constructors.
assert str() == "" and int() == 0 and float() == 0.0 and bool() is False
assert list() == [] and tuple() == () and dict() == {} and set() == set()
assert frozenset() == frozenset() and complex() == 0j
assert bool(0) is False and bool(" ") is True and bool([]) is False
assert bool(0.0) is False and bool(0j) is False and bool(None) is False
assert int("  10  ") == 10 and float(" 2.5\n") == 2.5
assert str(123) == "123" and str(-1.5) == "-1.5"
assert list("ab") == ["a", "b"] and tuple({"k": 1}) == ("k",)
assert dict([("a", 1)], b=2) == {"a": 1, "b": 2}
assert set([1, 1, 2]) == {1, 2} and frozenset("aa") == frozenset({"a"})
assert type(bool(1)) is bool and type(int(True)) is int
assert type(type(1)) is type and type(None).__name__ == "NoneType"
assert object().__class__ is object
e = raises(TypeError, object, 1)
assert str(e) == "object() takes no arguments"


class WithBool:
    def __init__(self, b):
        self.b = b

    def __bool__(self):
        return self.b


class WithLen:
    def __len__(self):
        return 0


assert bool(WithBool(True)) and not WithBool(False) and not WithLen()
e = raises(TypeError, bool, WithBool(1))
assert str(e) == "__bool__ should return bool, returned int"


class MyInt(int):
    def double(self):
        return MyInt(self * 2)


class MyList(list):
    def total(self):
        return sum(self)


class MyDict(dict):
    def __missing__(self, key):
        return key.upper()


mi = MyInt(21)
assert mi.double() == 42 and isinstance(mi.double(), MyInt)
assert type(mi + 1) is int and mi == 21 and repr(mi) == "21"
ml = MyList([1, 2, 3])
ml.append(4)
assert ml.total() == 10 and type(ml[1:]) is list and len(ml) == 4
md = MyDict(a="x")
assert md["a"] == "x" and md["zz"] == "ZZ" and "zz" not in md
assert md.get("q") is None


class MyStr(str):
    pass


assert MyStr("ab") + "c" == "abc" and type(MyStr("ab").upper()) is str
assert isinstance(MyStr("x"), str) and MyStr("x") == "x"
assert {MyStr("k"): 1}["k"] == 1

# print: sep, end, file, flush, and printing objects with __str__.
print("x", "y", sep="", end="|\n")
print(1, 2, 3, sep=", ")
print("to stdout", file=sys.stdout, flush=True)
print("to stderr", file=sys.stderr)
print(*[1, 2], K.__name__, None)
sys.stdout.write("written directly\n")
print("ok")

# min and max of several arguments: the first of equal ones wins, NaN
# stays where it stands, mixed types compare as Python compares them.
nan = float("nan")
assert str(min(nan, 1.0)) == "nan" and min(1.0, nan) == 1.0 and str(max(nan, 2.0, 1.0)) == "nan"
assert min(1.0, max(0.0, 0.37)) == 0.37 and max(1, 2.5, 2) == 2.5 and min(3, 2 ** 70, -2 ** 70) == -2 ** 70
a, b = [1], [1]
assert min(a, b) is a and max(a, b) is a and min(0.0, -0.0) == 0.0 and str(min(0.0, -0.0)) == "0.0"
assert min(True, 1) is True and max(1, True) == 1 and min("b", "a", "c") == "a"
try:
    min(1, "a")
    raise AssertionError("no TypeError")
except TypeError as e:
    assert str(e) == "'<' not supported between instances of 'str' and 'int'"
print("min max args ok")
