"""A class that borrows another type's slot wrapper (__setitem__ =
dict.__setitem__ on a class that is no dict) gets a TypeError when the
wrapper is called on its instances, whether directly or through the
operator; it used to get the builtin slot itself, which took the
instance for a dict."""


class X:
    __setitem__ = dict.__setitem__
    __getitem__ = dict.__getitem__
    __len__ = list.__len__
    __contains__ = tuple.__contains__


def type_error(f):
    try:
        f()
    except TypeError as e:
        return str(e)
    raise AssertionError("no TypeError")


x = X()
for f, owner in (
    (lambda: x.__setitem__(1, 2), "dict"),
    (lambda: x.__getitem__(1), "dict"),
    (lambda: len(x), "list"),
    (lambda: 1 in x, "tuple"),
    (lambda: dict.__setitem__(x, 1, 2), "dict"),
    (lambda: list.__len__(x), "list"),
):
    msg = type_error(f)
    assert "'%s'" % owner in msg and "'X'" in msg, msg


def store():
    x[1] = 2


def load():
    return x[1]


assert "'dict'" in type_error(store)
assert "'dict'" in type_error(load)


# A subclass of the wrapper's type may borrow it: the slot is the builtin one.
class D(dict):
    __setitem__ = dict.__setitem__


d = D()
d["k"] = 1
assert d == {"k": 1} and d["k"] == 1


class L(list):
    __len__ = list.__len__


assert len(L([1, 2, 3])) == 3


# Every kind of slot: the generic one checks the instance's type.
class Y:
    __iter__ = list.__iter__
    __add__ = int.__add__
    __hash__ = str.__hash__
    __eq__ = dict.__eq__
    __repr__ = list.__repr__


y = Y()
for f, owner in (
    (lambda: iter(y), "list"),
    (lambda: y + 1, "int"),
    (lambda: hash(y), "str"),
    (lambda: y == {}, "dict"),
    (lambda: repr(y), "list"),
):
    msg = type_error(f)
    assert "'%s'" % owner in msg and "'Y'" in msg, msg


# object.__new__ of a class whose builtin base makes its own instances is
# refused, as in CPython; a plain class is fine.
def new_error(T):
    try:
        object.__new__(T)
    except TypeError as e:
        return str(e)
    return None


assert new_error(dict) == "object.__new__(dict) is not safe, use dict.__new__()"
assert new_error(int) == "object.__new__(int) is not safe, use int.__new__()"
assert new_error(ValueError) == "object.__new__(ValueError) is not safe, use ValueError.__new__()"


class Plain:
    pass


class FromDict(dict):
    pass


assert new_error(Plain) is None
assert new_error(FromDict) == "object.__new__(FromDict) is not safe, use FromDict.__new__()"


# dict.__getitem__, dict.__contains__, list.__getitem__, set.__contains__
# and frozenset.__contains__ are plain methods in CPython, not slot
# wrappers: their type, repr and wrong-instance wording differ from
# dict.__setitem__'s.
for descr, kind in (
    (dict.__getitem__, "method_descriptor"),
    (dict.__contains__, "method_descriptor"),
    (list.__getitem__, "method_descriptor"),
    (set.__contains__, "method_descriptor"),
    (frozenset.__contains__, "method_descriptor"),
    (dict.__setitem__, "wrapper_descriptor"),
    (list.__len__, "wrapper_descriptor"),
    (tuple.__getitem__, "wrapper_descriptor"),
):
    assert type(descr).__name__ == kind, (descr, type(descr).__name__)
assert repr(dict.__getitem__) == "<method '__getitem__' of 'dict' objects>"
assert repr(dict.__setitem__) == "<slot wrapper '__setitem__' of 'dict' objects>"
assert type_error(lambda: dict.__getitem__([], 1)) == "descriptor '__getitem__' for 'dict' objects doesn't apply to a 'list' object"
assert type_error(lambda: list.__getitem__({}, 0)) == "descriptor '__getitem__' for 'list' objects doesn't apply to a 'dict' object"
assert type_error(lambda: set.__contains__([], 1)) == "descriptor '__contains__' for 'set' objects doesn't apply to a 'list' object"
assert type_error(lambda: dict.__setitem__([], 1, 2)) == "descriptor '__setitem__' requires a 'dict' object but received a 'list'"
assert type_error(load) == "descriptor '__getitem__' for 'dict' objects doesn't apply to a 'X' object"
assert dict.__getitem__({1: 2}, 1) == 2 and dict.__contains__({1: 2}, 1)
assert list.__getitem__([5, 6], 1) == 6 and frozenset.__contains__(frozenset([1]), 1)


# Subclasses inherit them and keep working (and keep the builtin slots).
class Cnt(dict):
    def __missing__(self, k):
        return 0


c = Cnt(a=1)
assert c["a"] == 1 and c["zz"] == 0 and "a" in c and "zz" not in c


class S(set):
    pass


assert 1 in S([1]) and 2 not in S([1])
assert list.__getitem__(type("LL", (list,), {})([7]), 0) == 7
