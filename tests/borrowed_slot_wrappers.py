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
