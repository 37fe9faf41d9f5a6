# The _bisect functions (Go) against the stable-sort definition, on lists,
# tuples and other sequences, with keys, bounds and errors as CPython has
# them.
import bisect
import random

rng = random.Random(11)

for trial in range(200):
    a = sorted(rng.randrange(10) for _ in range(rng.randrange(0, 15)))
    x = rng.randrange(-1, 11)
    right = sum(1 for v in a if v <= x)
    left = sum(1 for v in a if v < x)
    assert bisect.bisect_right(a, x) == right and bisect.bisect(a, x) == right
    assert bisect.bisect_left(a, x) == left
    assert bisect.bisect_right(tuple(a), x) == right
    lo = rng.randrange(0, len(a) + 1)
    hi = rng.randrange(lo, len(a) + 1)
    sub_right = lo + sum(1 for v in a[lo:hi] if v <= x)
    assert bisect.bisect_right(a, x, lo, hi) == sub_right, (a, x, lo, hi)
    assert bisect.bisect_right(a, x, lo=lo, hi=hi) == sub_right
    assert bisect.bisect_left(a, x, lo, None) == lo + sum(1 for v in a[lo:] if v < x)
    keyed = [(v, str(v)) for v in a]
    assert bisect.bisect_left(keyed, x, key=lambda p: p[0]) == left
    assert bisect.bisect_right(keyed, x, key=lambda p: p[0]) == right
    b = list(a)
    bisect.insort(b, x)
    assert b == sorted(a + [x])
    c = list(keyed)
    bisect.insort_left(c, (x, "new"), key=lambda p: p[0])
    assert c[left] == (x, "new") and len(c) == len(a) + 1
    d = list(keyed)
    bisect.insort_right(d, (x, "new"), key=lambda p: p[0])
    assert d[right] == (x, "new")


class Seq:
    """A sequence by __getitem__ and __len__, with an insert method."""

    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def insert(self, i, v):
        self.items.insert(i, v)


s = Seq([1, 3, 5, 7])
assert bisect.bisect(s, 4) == 2 and bisect.bisect_left(s, 5) == 2
bisect.insort(s, 4)
assert s.items == [1, 3, 4, 5, 7]
assert bisect.bisect_right(range(0, 100, 3), 50) == 17
assert bisect.bisect_left("acegi", "f") == 3


def raises(exc, fn, *args, **kw):
    try:
        fn(*args, **kw)
    except exc as e:
        return str(e)
    raise AssertionError(f"{fn.__name__} did not raise {exc.__name__}")


assert raises(ValueError, bisect.bisect_right, [1, 2], 1, -1) == "lo must be non-negative"
raises(IndexError, bisect.bisect_right, [1, 2], 5, 0, 10)
raises(TypeError, bisect.bisect_left, [1, 2])
raises(TypeError, bisect.bisect_left, [1, 2], 1, 0, 2, 5)
raises(TypeError, bisect.bisect_left, [1, 2], 1, lo="0")
raises(TypeError, bisect.bisect_right, None, 1)
raises(TypeError, bisect.bisect_right, [1, "a"], 2, 1)
raises(AttributeError, bisect.insort, (1, 2), 3)


class Bad:
    def __lt__(self, other):
        raise RuntimeError("no order")


assert raises(RuntimeError, bisect.bisect, [Bad()], Bad()) == "no order"
assert raises(ZeroDivisionError, bisect.bisect, [1, 2], 1, key=lambda v: 1 / 0) == "division by zero"
assert bisect.bisect_right([1, 2, 3], 2, hi=-1) == 2
assert bisect.bisect_right([1, 2, 3], 2, 2, 1) == 2
print("ok")
