# heapq, bisect and copy.
import bisect
import copy
import heapq
import random


def raises(exc, fn, *args, **kw):
    try:
        fn(*args, **kw)
    except exc as e:
        return str(e)
    raise AssertionError("%s not raised" % exc.__name__)


def has(obj, name):
    # hasattr, spelled out (an empty __slots__ slot is what it probes).
    try:
        getattr(obj, name)
    except AttributeError:
        return False
    return True


def is_heap(h):
    return all(not h[(i - 1) // 2] > h[i] for i in range(1, len(h)))


# heapq: the same operations leave the list in CPython's exact order.
h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, x)
assert h == [1, 3, 2, 5, 9, 8, 7] and is_heap(h)
assert [heapq.heappop(h) for _ in range(7)] == [1, 2, 3, 5, 7, 8, 9]
assert raises(IndexError, heapq.heappop, []) == "index out of range"
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
assert data == [0, 1, 2, 3, 4, 7, 6, 9, 5, 8] and is_heap(data)
assert heapq.heapreplace(data, 10) == 0 and is_heap(data) and data[0] == 1
assert heapq.heappushpop(data, -1) == -1
assert heapq.heappushpop(data, 4) == 1 and is_heap(data)
assert raises(IndexError, heapq.heapreplace, [], 1) == "index out of range"
assert raises(TypeError, heapq.heapify, (1, 2)) == "heapify() argument must be list, not tuple"
assert raises(TypeError, heapq.heappush, (), 1) == "heappush() argument 1 must be list, not tuple"
rng = random.Random(3)
nums = [rng.randrange(1000) for _ in range(200)]
hp = []
for v in nums:
    heapq.heappush(hp, v)
assert [heapq.heappop(hp) for _ in range(200)] == sorted(nums)
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
heapq.heapify(pairs)
assert heapq.heappop(pairs) == (1, "a")

assert heapq.nsmallest(3, [5, 1, 4, 2, 3]) == [1, 2, 3]
assert heapq.nlargest(2, [5, 1, 4, 2, 3]) == [5, 4]
assert heapq.nlargest(2, ["aa", "b", "cccc", "dd"], key=len) == ["cccc", "aa"]
assert heapq.nsmallest(2, ["aa", "b", "cccc", "dd"], key=len) == ["b", "aa"]
assert heapq.nsmallest(1, []) == [] and heapq.nlargest(0, [1]) == [] and heapq.nlargest(5, [2, 1]) == [2, 1]
assert heapq.nsmallest(2, iter([3, 1, 2])) == [1, 2]
assert heapq.nlargest(3, [(1, "a"), (2, "b"), (2, "c")], key=lambda p: p[0]) == [(2, "b"), (2, "c"), (1, "a")]

assert list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])) == list(range(1, 10))
assert list(heapq.merge([], [1], [])) == [1] and list(heapq.merge()) == []
assert list(heapq.merge([5, 3, 1], [4, 2], reverse=True)) == [5, 4, 3, 2, 1]
assert list(heapq.merge(["a", "ccc"], ["bb"], key=len)) == ["a", "bb", "ccc"]
assert list(heapq.merge([(1, "x")], [(1, "y")], key=lambda p: p[0])) == [(1, "x"), (1, "y")]
assert list(heapq.merge([3, 1], [2], key=lambda x: -x)) == [3, 2, 1]

# bisect
a = [1, 2, 4, 4, 4, 7]
assert bisect.bisect_left(a, 4) == 2 and bisect.bisect_right(a, 4) == 5 and bisect.bisect(a, 4) == 5
assert bisect.bisect_left(a, 0) == 0 and bisect.bisect_right(a, 100) == 6
assert bisect.bisect_left(a, 4, 3) == 3 and bisect.bisect_right(a, 4, 0, 3) == 3
assert bisect.bisect_left(a, 3, lo=1, hi=4) == 2
assert raises(ValueError, bisect.bisect_left, a, 1, -1) == "lo must be non-negative"
b = []
for v in [5, 1, 3, 3, 9]:
    bisect.insort(b, v)
assert b == [1, 3, 3, 5, 9]
bisect.insort_left(b, 3)
bisect.insort_right(b, 4)
assert b == [1, 3, 3, 3, 4, 5, 9]
recs = [("a", 1), ("b", 3), ("c", 5)]
assert bisect.bisect_left(recs, 3, key=lambda r: r[1]) == 1
assert bisect.bisect_right(recs, 3, key=lambda r: r[1]) == 2
bisect.insort(recs, ("x", 4), key=lambda r: r[1])
assert recs == [("a", 1), ("b", 3), ("x", 4), ("c", 5)]
bisect.insort_left(recs, ("y", 3), key=lambda r: r[1])
assert recs[1] == ("y", 3)


def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


assert [grade(s) for s in [33, 99, 77, 70, 89, 90, 100]] == ["F", "A", "C", "C", "B", "A", "A"]

# copy: shallow
lst = [1, [2, 3]]
sh = copy.copy(lst)
assert sh == lst and sh is not lst and sh[1] is lst[1]
dct = {"a": [1]}
assert copy.copy(dct)["a"] is dct["a"] and copy.copy(dct) is not dct
tup = (1, [2])
assert copy.copy(tup) is tup and copy.copy("s") == "s" and copy.copy(5) == 5
assert copy.copy({1, 2}) == {1, 2} and copy.copy(bytearray(b"x")) == bytearray(b"x")
assert copy.copy(len) is len and copy.copy(int) is int


class Plain:
    def __init__(self, x):
        self.x = x
        self.items = [x]


pl = Plain(3)
pc = copy.copy(pl)
assert type(pc) is Plain and pc.x == 3 and pc.items is pl.items and pc is not pl

# copy: deep
deep = copy.deepcopy(lst)
assert deep == lst and deep[1] is not lst[1]
nested = {"k": [1, {"z": (1, [2])}]}
dn = copy.deepcopy(nested)
assert dn == nested and dn["k"][1]["z"][1] is not nested["k"][1]["z"][1]
assert copy.deepcopy((1, 2, "a")) == (1, 2, "a")
t = (1, 2)
assert copy.deepcopy(t) is t
pd = copy.deepcopy(pl)
assert pd.x == 3 and pd.items == [3] and pd.items is not pl.items

shared = [1]
pair = [shared, shared]
dp = copy.deepcopy(pair)
assert dp[0] is dp[1] and dp[0] is not shared

cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
assert dc[1] is dc and dc is not cyc

cd = {}
cd["self"] = cd
dcd = copy.deepcopy(cd)
assert dcd["self"] is dcd

memo = {}
x = [1]
y = copy.deepcopy([x, x], memo)
assert id(x) in memo and y[0] is memo[id(x)]


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        return Custom("shallow:" + self.v)

    def __deepcopy__(self, memo):
        return Custom("deep:" + self.v)


assert copy.copy(Custom("a")).v == "shallow:a" and copy.deepcopy(Custom("a")).v == "deep:a"
assert copy.deepcopy([Custom("b")])[0].v == "deep:b"


class WithState:
    def __init__(self):
        self.a = 1
        self.secret = "s"

    def __getstate__(self):
        return {"a": self.a}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.restored = True


ws = copy.deepcopy(WithState())
assert ws.a == 1 and ws.restored and not hasattr(ws, "secret")


class Slots:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = [1]


sl = copy.deepcopy(Slots())
assert sl.a == [1] and not has(sl, "b")
sl2 = copy.copy(Slots())
assert sl2.a == [1]


class MyList(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.tag = "t"


ml = MyList([1, [2]])
mc = copy.deepcopy(ml)
assert type(mc) is MyList and mc == [1, [2]] and mc[1] is not ml[1] and mc.tag == "t"
ms = copy.copy(ml)
assert type(ms) is MyList and ms[1] is ml[1]


class MyDict(dict):
    pass


md = MyDict(a=[1])
mdc = copy.deepcopy(md)
assert type(mdc) is MyDict and mdc == {"a": [1]} and mdc["a"] is not md["a"]


class Reducer:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (Reducer, (self.v * 2,))


assert copy.copy(Reducer(2)).v == 4 and copy.deepcopy(Reducer(3)).v == 6


class NewArgs:
    def __new__(cls, v):
        obj = super().__new__(cls)
        obj.v = v
        return obj

    def __getnewargs__(self):
        return (self.v,)


assert copy.deepcopy(NewArgs(5)).v == 5


class Meth:
    def f(self):
        return self


mm = Meth()
assert copy.deepcopy(mm.f)() is not mm
assert copy.Error is copy.error

# Library containers copy as CPython copies them.
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple
import functools

NT = namedtuple("NT", "x y")
nt = NT([1], 2)
nt2 = copy.deepcopy(nt)
assert nt2 == nt and nt2.x is not nt.x and type(nt2) is NT and copy.copy(nt) == nt
dq = deque([[1], 2], maxlen=4)
dq2 = copy.deepcopy(dq)
assert dq2 == dq and dq2[0] is not dq[0] and dq2.maxlen == 4 and copy.copy(dq) == dq
assert copy.deepcopy(OrderedDict(a=[1])) == OrderedDict(a=[1])
assert copy.deepcopy(Counter("aab")) == Counter(a=2, b=1)
ddf = defaultdict(list, a=[1])
ddc = copy.deepcopy(ddf)
assert ddc == ddf and ddc["a"] is not ddf["a"] and ddc.default_factory is list


class IntSub(int):
    pass


class TupleSub(tuple):
    pass


assert type(copy.deepcopy(IntSub(5))) is IntSub and copy.deepcopy(IntSub(5)) == 5
assert copy.deepcopy(TupleSub([1, 2])) == (1, 2) and type(copy.copy(TupleSub([1]))) is TupleSub
pm = functools.partial(max, 1, key=abs)
assert copy.deepcopy(pm)(-5) == -5 and copy.copy(pm).args == (1,)
assert copy.deepcopy(range(3)) == range(3) and copy.deepcopy(frozenset([1])) == frozenset([1])

print(heapq.nsmallest(4, [7, 3, 9, 1, 5]), list(heapq.merge([1, 3], [2])), bisect.bisect([1, 2, 3], 2))
print(copy.deepcopy({"a": [1, 2], "b": (3, [4])}))
print("ok")

# bisect over lists of floats or ints (searched in Go) agrees with the
# plain loop of comparisons, NaNs, mixed types and bools included.

def _loop_bisect(a, x, right):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if (x < a[mid]) if right else not (a[mid] < x):
            hi = mid
        else:
            lo = mid + 1
    return lo


_r = random.Random(4)
for _trial in range(300):
    _n = _r.randrange(0, 12)
    _pick = [[0.5, 1.0, 2.0, 2.0, 3.5, -1.0], list(range(-3, 4)), [1, 2.5, 3, 4.0]][_trial % 3]
    _a = sorted(_r.choice(_pick) for _ in range(_n))
    if _trial % 7 == 0 and _a:
        _a[len(_a) // 2] = float("nan")
    for _x in (0.5, 1.0, 2.0, 7.0, -3.0, float("nan"), 2, 0, 1, 2 ** 70, True, 2.5):
        assert bisect.bisect_left(_a, _x) == _loop_bisect(_a, _x, False), (_a, _x)
        assert bisect.bisect_right(_a, _x) == _loop_bisect(_a, _x, True), (_a, _x)
try:
    bisect.bisect_right([1.0, "a"], 2.0)
    raise AssertionError("no TypeError")
except TypeError as e:
    assert str(e) == "'<' not supported between instances of 'float' and 'str'"
print("bisect on numbers ok")
