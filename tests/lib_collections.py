# collections: deque, defaultdict, Counter, OrderedDict, namedtuple,
# ChainMap, UserDict/UserList/UserString, and collections.abc.
import collections
import collections.abc as cabc
from collections import (ChainMap, Counter, OrderedDict, UserDict, UserList, UserString, defaultdict,
                         deque, namedtuple)


def raises(exc, fn, *args, **kw):
    try:
        fn(*args, **kw)
    except exc as e:
        return str(e)
    raise AssertionError("%s not raised" % exc.__name__)


# deque: both ends, maxlen, rotate, indexing.
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
assert list(d) == [0, 1, 2, 3, 4] and len(d) == 5
assert d.pop() == 4 and d.popleft() == 0
assert d[0] == 1 and d[-1] == 3 and d[1] == 2
d.extend([4, 5])
d.extendleft([0, -1])
assert list(d) == [-1, 0, 1, 2, 3, 4, 5]
d.rotate(2)
assert list(d) == [4, 5, -1, 0, 1, 2, 3]
d.rotate(-3)
assert list(d) == [0, 1, 2, 3, 4, 5, -1]
d.rotate()
assert d[0] == -1
assert d.count(2) == 1 and d.index(3) == 4 and d.index(3, 2, 6) == 4
assert 5 in d and 9 not in d
d.remove(-1)
d.insert(2, "x")
assert list(d) == [0, 1, "x", 2, 3, 4, 5]
del d[2]
d[0] = "first"
assert list(d) == ["first", 1, 2, 3, 4, 5]
d.reverse()
assert list(d) == [5, 4, 3, 2, 1, "first"]
assert list(reversed(d)) == ["first", 1, 2, 3, 4, 5]
d.clear()
assert len(d) == 0 and not d
assert raises(IndexError, d.pop) == "pop from an empty deque"
assert raises(IndexError, d.popleft) == "pop from an empty deque"
assert raises(IndexError, lambda: d[0]) == "deque index out of range"
assert raises(ValueError, deque([1]).remove, 2) == "2 is not in deque"
assert raises(ValueError, deque([1]).index, 2) == "2 is not in deque"
assert raises(TypeError, lambda: deque([1])["a"]) == "sequence index must be integer, not 'str'"
assert raises(TypeError, hash, deque()) == "unhashable type: 'collections.deque'"

b = deque(range(10), maxlen=3)
assert list(b) == [7, 8, 9] and b.maxlen == 3
b.append(10)
assert list(b) == [8, 9, 10]
b.appendleft(7)
assert list(b) == [7, 8, 9]
b.extend(range(100))
assert list(b) == [97, 98, 99]
assert raises(IndexError, b.insert, 0, 1) == "deque already at its maximum size"
assert repr(b) == "deque([97, 98, 99], maxlen=3)"
assert repr(deque()) == "deque([])" and deque().maxlen is None
z = deque(maxlen=0)
z.append(1)
assert list(z) == []
assert raises(ValueError, deque, [], -1) == "maxlen must be non-negative"

big = deque()
for i in range(1000):
    big.append(i)
    big.appendleft(-i)
assert len(big) == 2000 and big[0] == -999 and big[-1] == 999 and big[1000] == 0
while len(big) > 1:
    big.pop()
    big.popleft()
assert len(big) == 0

d1, d2 = deque([1, 2]), deque([1, 2])
assert d1 == d2 and d1 != deque([2, 1]) and d1 < deque([1, 3]) and not (d1 == [1, 2])
assert list(d1 + deque([3])) == [1, 2, 3]
assert list(d1 * 2) == [1, 2, 1, 2]
d1 += [9]
assert list(d1) == [1, 2, 9]
d1 *= 2
assert list(d1) == [1, 2, 9, 1, 2, 9]
cp = d1.copy()
cp.append(0)
assert len(d1) == 6 and len(cp) == 7
rec = deque([1])
rec.append(rec)
assert repr(rec) == "deque([1, [...]])"

it = iter(deque([1, 2, 3]))
mut = deque([1, 2, 3])
it = iter(mut)
next(it)
mut.append(4)
assert raises(RuntimeError, next, it) == "deque mutated during iteration"
self_ext = deque([1, 2])
self_ext.extend(self_ext)
assert list(self_ext) == [1, 2, 1, 2]


class MyDeque(deque):
    pass


md = MyDeque([1, 2], maxlen=5)
assert repr(md) == "MyDeque([1, 2], maxlen=5)" and type(md.copy()) is MyDeque

# defaultdict
dd = defaultdict(list)
dd["a"].append(1)
dd["a"].append(2)
dd["b"]
assert dd == {"a": [1, 2], "b": []}
assert repr(dd) == "defaultdict(<class 'list'>, {'a': [1, 2], 'b': []})"
assert dd.default_factory is list
counts = defaultdict(int)
for ch in "hello":
    counts[ch] += 1
assert counts == {"h": 1, "e": 1, "l": 2, "o": 1}
nf = defaultdict()
assert raises(KeyError, lambda: nf["x"]) == "'x'"
assert repr(nf) == "defaultdict(None, {})"
assert "z" not in counts and counts.get("z") is None
assert raises(TypeError, defaultdict, 1) == "first argument must be callable or None"
dcopy = dd.copy()
assert isinstance(dcopy, defaultdict) and dcopy.default_factory is list and dcopy == dd
assert isinstance(dd, dict)
dk = defaultdict(lambda: "dflt", a=1)
assert dk["q"] == "dflt" and dk["a"] == 1

# Counter
c = Counter("abracadabra")
assert c["a"] == 5 and c["z"] == 0
assert c.most_common(3) == [("a", 5), ("b", 2), ("r", 2)]
assert c.most_common()[-1] == ("d", 1)
assert repr(Counter("aab")) == "Counter({'a': 2, 'b': 1})"
assert repr(Counter()) == "Counter()"
assert sorted(Counter(a=2, b=1).elements()) == ["a", "a", "b"]
c2 = Counter(a=3, b=1)
c3 = Counter(a=1, b=2, c=1)
assert c2 + c3 == Counter(a=4, b=3, c=1)
assert c2 - c3 == Counter(a=2)
assert c2 | c3 == Counter(a=3, b=2, c=1)
assert c2 & c3 == Counter(a=1, b=1)
assert -Counter(a=-2, b=3) == Counter(a=2)
assert +Counter(a=-2, b=3) == Counter(b=3)
c2.update("aaz")
assert c2["a"] == 5 and c2["z"] == 1
c2.subtract({"a": 10})
assert c2["a"] == -5
del c2["missing"]
assert Counter(a=1) == Counter(a=1, b=0)
assert Counter(a=1) <= Counter(a=2) and not Counter(a=3) <= Counter(a=2)
assert Counter("abc").total() == 3
assert raises(NotImplementedError, Counter.fromkeys, "ab") == \
    "Counter.fromkeys() is undefined.  Use Counter(iterable) instead."
ci = Counter(a=1)
ci += Counter(a=2, b=-1)
assert ci == Counter(a=3)

words = ("the quick brown fox jumps over the lazy dog " * 50).split()
wc = Counter(words)
assert wc["the"] == 100 and wc.most_common(1) == [("the", 100)] and wc.total() == 450


class Tenfold(Counter):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)


class FiveBased(Counter):
    def get(self, k, d=None):
        return 5


assert Tenfold("aab") == Counter(a=110, b=10) and FiveBased("ab") == Counter(a=6, b=6)

# defaultdict details
dfx = defaultdict(list)
dfx.default_factory = set
dfx["s"].add(1)
assert dfx == {"s": {1}}
dfx.default_factory = None
assert raises(KeyError, lambda: dfx["nope"]) == "'nope'"
assert repr(defaultdict(int, a=1)) == "defaultdict(<class 'int'>, {'a': 1})"
assert defaultdict(int, a=1) | {"b": 2} == {"a": 1, "b": 2}
assert type(defaultdict(int, a=1) | {"b": 2}) is defaultdict and type({"z": 0} | defaultdict(int)) is defaultdict
assert defaultdict.fromkeys("ab") == {"a": None, "b": None}


class DDSub(defaultdict):
    def __repr__(self):
        return "DDSub!" + super().__repr__()


dsub = DDSub(int)
dsub["a"] += 1
assert repr(dsub) == "DDSub!DDSub(<class 'int'>, {'a': 1})" and type(dsub.copy()) is DDSub
sdd = defaultdict(lambda: "x")
assert sdd.get("k") is None and "k" not in sdd and sdd["k"] == "x" and len(sdd) == 1

# OrderedDict
od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
assert list(od) == ["b", "a", "c"]
od.move_to_end("b")
assert list(od) == ["a", "c", "b"]
od.move_to_end("b", last=False)
assert list(od) == ["b", "a", "c"]
assert od.popitem() == ("c", 3) and od.popitem(last=False) == ("b", 1)
assert repr(od) == "OrderedDict([('a', 2)])" and repr(OrderedDict()) == "OrderedDict()"
assert raises(KeyError, od.move_to_end, "zz") == "'zz'"
assert raises(KeyError, OrderedDict().popitem) == "'dictionary is empty'"
o1 = OrderedDict([("x", 1), ("y", 2)])
o2 = OrderedDict([("y", 2), ("x", 1)])
assert o1 != o2 and dict(o1) == dict(o2) and o1 == {"y": 2, "x": 1}
assert list(reversed(o1)) == ["y", "x"]
assert OrderedDict.fromkeys("ab", 0) == OrderedDict([("a", 0), ("b", 0)])
assert isinstance(o1, dict) and o1.copy() == o1 and type(o1.copy()) is OrderedDict

# namedtuple
Point = namedtuple("Point", "x y")
p = Point(11, y=22)
assert p == (11, 22) and p.x == 11 and p.y == 22 and p[0] == 11
assert repr(p) == "Point(x=11, y=22)"
assert Point._fields == ("x", "y") and Point.__name__ == "Point"
assert p._asdict() == {"x": 11, "y": 22}
assert p._replace(x=5) == Point(5, 22)
assert Point._make([1, 2]) == Point(1, 2)
x, y = p
assert x + y == 33
assert isinstance(p, tuple) and hash(p) == hash((11, 22))
assert Point.x.__doc__ == "Alias for field number 0"
assert Point.__doc__ == "Point(x, y)"
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[2, 3])
assert P3(1) == (1, 2, 3) and P3._field_defaults == {"b": 2, "c": 3}
R = namedtuple("R", "abc def ghi abc", rename=True)
assert R._fields == ("abc", "_1", "ghi", "_3")
assert raises(TypeError, Point, 1) == "Point.__new__() missing 1 required positional argument: 'y'"
assert raises(ValueError, namedtuple, "Bad", "a a") == "Encountered duplicate field name: 'a'"
assert raises(ValueError, namedtuple, "Bad", "_a") == "Field names cannot start with an underscore: '_a'"
assert raises(ValueError, namedtuple, "Bad", "def") == "Type names and field names cannot be a keyword: 'def'"
assert raises(ValueError, namedtuple, "Bad", "1a") == \
    "Type names and field names must be valid identifiers: '1a'"
assert raises(TypeError, Point._make, [1]) == "Expected 2 arguments, got 1"
assert raises(ValueError, p._replace, z=1) == "Got unexpected field names: ['z']"
assert raises(AttributeError, setattr, p, "x", 5) == "can't set attribute"
assert Point.__module__ == __name__


class Point3(namedtuple("Point3", "x y z")):
    __slots__ = ()

    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)


assert Point3(1, -2, 3).norm1() == 6 and repr(Point3(1, 2, 3)) == "Point3(x=1, y=2, z=3)"

# ChainMap
base = {"a": 1, "b": 2}
over = {"b": 20, "c": 30}
cm = ChainMap(over, base)
assert cm["a"] == 1 and cm["b"] == 20 and cm["c"] == 30
assert len(cm) == 3 and sorted(cm) == ["a", "b", "c"] and list(cm) == ["a", "b", "c"]
cm["a"] = 100
assert over["a"] == 100 and base["a"] == 1
del cm["a"]
assert cm["a"] == 1
assert raises(KeyError, cm.__delitem__, "zz") == "\"Key not found in the first mapping: 'zz'\""
child = cm.new_child()
child["x"] = 1
assert "x" in child and "x" not in cm and child.parents.maps == cm.maps
assert repr(ChainMap({"a": 1}, {})) == "ChainMap({'a': 1}, {})"
assert cm.get("nope", 5) == 5 and dict(cm) == {"a": 1, "b": 20, "c": 30}

# UserDict, UserList, UserString
ud = UserDict(a=1)
ud["b"] = 2
assert ud.data == {"a": 1, "b": 2} and len(ud) == 2 and "a" in ud and repr(ud) == "{'a': 1, 'b': 2}"


class Dflt(UserDict):
    def __missing__(self, key):
        return key * 2


assert Dflt()["ab"] == "abab"
ul = UserList([3, 1, 2])
ul.append(0)
ul.sort()
assert ul == [0, 1, 2, 3] and ul[1:3] == UserList([1, 2]) and isinstance(ul[1:3], UserList)
assert ul + [4] == [0, 1, 2, 3, 4] and len(ul * 2) == 8
us = UserString("Hello")
assert us.upper() == "HELLO" and isinstance(us.upper(), UserString) and us[1:3] == "el"
assert us.join(["a", "b"]) == "aHellob" and type(us.join("ab")) is str and hasattr(UserString, "upper")
assert us.replace("l", "L", 1) == "HeLlo" and us.find(UserString("o")) == 4 and us.partition("l") == ("He", "l", "lo")
assert us + "!" == "Hello!" and "ell" in us and len(us) == 5 and us.split("l") == ["He", "", "o"]

# collections.abc
assert isinstance([], cabc.MutableSequence) and isinstance((), cabc.Sequence)
assert not isinstance((), cabc.MutableSequence) and isinstance("", cabc.Sequence)
assert isinstance({}, cabc.MutableMapping) and isinstance({}.keys(), cabc.KeysView)
assert isinstance({}.items(), cabc.ItemsView) and isinstance({}.values(), cabc.ValuesView)
assert isinstance(set(), cabc.MutableSet) and isinstance(frozenset(), cabc.Set)
assert not isinstance(frozenset(), cabc.MutableSet)
assert isinstance(iter([]), cabc.Iterator) and isinstance([], cabc.Iterable) and not isinstance([], cabc.Iterator)
assert isinstance(range(3), cabc.Sequence) and isinstance(b"", cabc.ByteString)
assert isinstance(len, cabc.Callable) and isinstance(lambda: 0, cabc.Callable) and not isinstance(1, cabc.Callable)
assert isinstance(1, cabc.Hashable) and not isinstance([], cabc.Hashable)
assert isinstance(deque(), cabc.MutableSequence) and issubclass(deque, cabc.Reversible)
assert isinstance(defaultdict(), cabc.MutableMapping)
assert isinstance(OrderedDict(), cabc.MutableMapping) and isinstance(Counter(), cabc.Mapping)
assert issubclass(list, cabc.Reversible) and issubclass(dict, cabc.Collection)


def genfn():
    yield 1


assert isinstance(genfn(), cabc.Generator) and isinstance(genfn(), cabc.Iterator)


class Duck:
    def __len__(self):
        return 0

    def __iter__(self):
        return iter(())

    def __contains__(self, x):
        return False


assert isinstance(Duck(), cabc.Sized) and isinstance(Duck(), cabc.Collection)
assert not isinstance(Duck(), cabc.Sequence)


class NoHash:
    __hash__ = None


assert not isinstance(NoHash(), cabc.Hashable)


class MyMap(cabc.Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)

    def __getitem__(self, k):
        return self._d[k]

    def __len__(self):
        return len(self._d)

    def __iter__(self):
        return iter(self._d)


mm = MyMap(a=1, b=2)
assert mm.get("a") == 1 and mm.get("z") is None and "b" in mm and "z" not in mm
assert list(mm.keys()) == ["a", "b"] and list(mm.items()) == [("a", 1), ("b", 2)] and list(mm.values()) == [1, 2]
assert mm == {"a": 1, "b": 2} and dict(mm) == {"a": 1, "b": 2}
assert mm.keys() & {"a", "q"} == {"a"}
assert raises(TypeError, cabc.Mapping).startswith("Can't instantiate abstract class Mapping")


class Half(cabc.Sequence):
    pass


assert raises(TypeError, Half).startswith("Can't instantiate abstract class Half")


class MySeq(cabc.MutableSequence):
    def __init__(self):
        self._l = []

    def __getitem__(self, i):
        return self._l[i]

    def __setitem__(self, i, v):
        self._l[i] = v

    def __delitem__(self, i):
        del self._l[i]

    def __len__(self):
        return len(self._l)

    def insert(self, i, v):
        self._l.insert(i, v)


ms = MySeq()
ms.append(1)
ms.extend([2, 3, 2])
assert list(ms) == [1, 2, 3, 2] and ms.index(3) == 2 and ms.count(2) == 2 and 3 in ms
assert list(reversed(ms)) == [2, 3, 2, 1]
ms.remove(2)
assert ms.pop() == 2 and list(ms) == [1, 3]
ms.reverse()
assert list(ms) == [3, 1]
ms += [7]
assert list(ms) == [3, 1, 7]


class Registered:
    pass


cabc.Sequence.register(Registered)
assert isinstance(Registered(), cabc.Sequence) and issubclass(Registered, cabc.Iterable)
assert collections.abc.Mapping is cabc.Mapping

# Threads: appends and pops at both ends of one deque lose nothing.
import threading

shared = deque()
N = 5000


def produce():
    for i in range(N):
        shared.append(i)
        shared.appendleft(-i)


taken = []


def consume():
    got = 0
    while got < N:
        try:
            shared.pop()
        except IndexError:
            continue
        got += 1
    taken.append(got)


workers = [threading.Thread(target=produce) for _ in range(3)] + [threading.Thread(target=consume) for _ in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()
assert len(shared) == 3 * N and sum(taken) == 3 * N
bounded = deque(maxlen=100)
adders = [threading.Thread(target=lambda: [bounded.append(i) for i in range(2000)]) for _ in range(4)]
for w in adders:
    w.start()
for w in adders:
    w.join()
assert len(bounded) == 100

print(deque("abc", maxlen=5), Counter("mississippi").most_common(2))
print(namedtuple("Emp", "name age")("Ann", 30), OrderedDict(b=2, a=1))
print(sorted(defaultdict(int, {"x": 1}).items()), ChainMap({1: 2}))
print("ok")
