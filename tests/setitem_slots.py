# Item assignment on classes that define only one of __setitem__ and
# __delitem__: the other still comes from the builtin base (a dict
# subclass with its own __delitem__, as collections.Counter has), called
# straight through the base's slot, with the descriptor's own checks.
from collections import Counter


def raises(exc, fn, *args):
    try:
        fn(*args)
    except exc as e:
        return str(e)
    raise AssertionError("%s not raised" % exc.__name__)


class LogDel(dict):
    def __init__(self):
        super().__init__()
        self.deleted = []

    def __delitem__(self, key):
        self.deleted.append(key)
        dict.__delitem__(self, key)


def setitem(c, k, v):
    c[k] = v


def delitem(c, k):
    del c[k]


for i in range(20):
    d = LogDel()
    setitem(d, "a", i)
    setitem(d, ("t", i), [i])
    assert d == {"a": i, ("t", i): [i]}
    delitem(d, "a")
    assert d.deleted == ["a"] and d == {("t", i): [i]}
    assert raises(TypeError, setitem, d, [], 1) == "unhashable type: 'list'"
    assert raises(KeyError, delitem, d, "missing") == "'missing'"

c = Counter()
for i in range(100):
    c[i % 7] += 1
assert c[0] == 15 and c[6] == 14 and sum(c.values()) == 100
del c[0]
assert 0 not in c and len(c) == 6


class LogSetList(list):
    def __delitem__(self, i):
        list.__delitem__(self, i)
        self.append("deleted")


lst = LogSetList([1, 2, 3])
setitem(lst, 0, "x")
setitem(lst, slice(1, 2), ["y", "z"])
assert lst == ["x", "y", "z", 3]
delitem(lst, 0)
assert lst == ["y", "z", 3, "deleted"]
assert raises(IndexError, setitem, lst, 10, 0) == "list assignment index out of range"


# Not a dict: the borrowed descriptor refuses the object.
class NotADict:
    __setitem__ = dict.__setitem__

    def __delitem__(self, key):
        pass


msg = raises(TypeError, setitem, NotADict(), 1, 2)
assert msg.startswith("descriptor '__setitem__'") and "'dict'" in msg and "'NotADict'" in msg, msg


# A Python __setitem__ further down the MRO wins over the builtin's.
class Over(LogDel):
    def __setitem__(self, k, v):
        dict.__setitem__(self, k, ("over", v))


o = Over()
setitem(o, 1, 2)
assert o[1] == ("over", 2)
Over.__setitem__ = dict.__setitem__
setitem(o, 1, 3)
assert o[1] == 3
print("setitem slots ok")
