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
