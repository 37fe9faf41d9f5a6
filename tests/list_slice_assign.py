# Slice assignment and slicing of lists: the same-length, growing and
# shrinking cases, the list itself as the right-hand side, tuples,
# iterators and strings as the right-hand side, extended slices, bounds of
# every kind, finalizers that look at the list while removed items die,
# and threads assigning slices of one list while others read it.

import threading


def raises(exc, fn, *args):
    try:
        fn(*args)
    except exc as e:
        return e
    raise AssertionError(f"{fn!r}{args!r} did not raise {exc.__name__}")


def assign(lst, s, v):
    lst[s] = v


# Same length, growing, shrinking, empty ranges.
a = list(range(10))
a[2:5] = [20, 30, 40]
assert a == [0, 1, 20, 30, 40, 5, 6, 7, 8, 9]
a[2:5] = [7, 7]
assert a == [0, 1, 7, 7, 5, 6, 7, 8, 9]
a[1:2] = (1, 2, 3, 4)
assert a == [0, 1, 2, 3, 4, 7, 7, 5, 6, 7, 8, 9]
a[5:5] = ["x"]
assert a == [0, 1, 2, 3, 4, "x", 7, 7, 5, 6, 7, 8, 9]
a[6:3] = ["y"]  # stop before start: an insertion at start
assert a == [0, 1, 2, 3, 4, "x", "y", 7, 7, 5, 6, 7, 8, 9]
a[:] = []
assert a == []
a[:] = range(3)
assert a == [0, 1, 2]

# Bounds: negative, past either end, None, bools, big ints, __index__.
a = list(range(6))
a[-2:] = ["e", "f", "g"]
assert a == [0, 1, 2, 3, "e", "f", "g"]
a[-100:2] = []
assert a == [2, 3, "e", "f", "g"]
a[100:200] = [9]
assert a == [2, 3, "e", "f", "g", 9]
a[None:None] = a[::-1]
assert a == [9, "g", "f", "e", 3, 2]
a[True:3] = "xy"
assert a == [9, "x", "y", "e", 3, 2]
a[-(10**30):10**30] = (1, 2)
assert a == [1, 2]


class Ix:
    def __init__(self, i):
        self.i = i

    def __index__(self):
        return self.i


a = list(range(5))
a[Ix(1):Ix(3)] = ["a"]
assert a == [0, "a", 3, 4]
raises(TypeError, assign, a, slice("1", 2), [])
e = raises(TypeError, assign, a, slice(0, 1), 5)
assert str(e) == "can only assign an iterable"

# The list itself, and aliases of it, on the right.
a = [1, 2, 3]
a[:] = a
assert a == [1, 2, 3]
a[1:2] = a
assert a == [1, 1, 2, 3, 3]
a[:0] = a
assert a == [1, 1, 2, 3, 3, 1, 1, 2, 3, 3]
a = [1, 2, 3, 4]
a[::-1] = a
assert a == [4, 3, 2, 1]
a = [1, 2, 3, 4]
a[1:3] = a[1:3]
assert a == [1, 2, 3, 4]

# Iterators and generators, including one that reads the list as it goes.
a = list(range(5))
a[1:3] = iter("abc")
assert a == [0, "a", "b", "c", 3, 4]
a[:2] = (x * 2 for x in a[:2])
assert a == [0, "aa", "b", "c", 3, 4]
a = [1, 2, 3]
a[1:] = (len(a) for _ in range(2))
assert a == [1, 3, 3]

# Extended slices: same length required, any step, deletion.
a = list(range(10))
a[::2] = "abcde"
assert a == ["a", 1, "b", 3, "c", 5, "d", 7, "e", 9]
a[8::-3] = [0, 0, 0]
assert a == ["a", 1, 0, 3, "c", 0, "d", 7, 0, 9]
e = raises(ValueError, assign, a, slice(None, None, 2), [1])
assert str(e) == "attempt to assign sequence of size 1 to extended slice of size 5"
assert a == ["a", 1, 0, 3, "c", 0, "d", 7, 0, 9]
a[::1] = [1]  # step 1 given explicitly is an ordinary slice
assert a == [1]
a = list(range(10))
del a[::3]
assert a == [1, 2, 4, 5, 7, 8]
del a[::-2]
assert a == [1, 4, 7]
raises(ValueError, assign, a, slice(None, None, 0), [])

# Reversed and stepped reads build the same lists as CPython.
a = list(range(8))
assert a[5::-1] == [5, 4, 3, 2, 1, 0]
assert a[::-3] == [7, 4, 1]
assert a[1:7:2] == [1, 3, 5]
assert a[6:2] == []
assert a[-3:] == [5, 6, 7]

# Bounds whose __index__ changes the list: the slice is taken of the list
# as it is once the bounds are known.
grown = [1, 2, 3]


class Grows:
    def __index__(self):
        grown.append(len(grown) + 1)
        return 1


assert grown[Grows():] == [2, 3, 4]
assert grown[:Grows():-1] == [5, 4, 3]
assert grown == [1, 2, 3, 4, 5]

# A fannkuch-style prefix flip, done many times, matches a plain reversal.
p = [3, 1, 4, 0, 2]
for _ in range(50):
    k = p[0]
    if not k:
        p = p[1:] + p[:1]
        continue
    q = p[: k + 1][::-1] + p[k + 1 :]
    p[: k + 1] = p[k::-1]
    assert p == q
assert sorted(p) == [0, 1, 2, 3, 4]

# Removed items die after the list is consistent again: a finalizer that
# reads the list sees the new contents.
seen = []


class Probe:
    def __init__(self, name, target):
        self.name, self.target = name, target

    def __del__(self):
        seen.append((self.name, list(self.target)))


a = [0, 0, 0]
a[1] = Probe("p", a)
a[0:2] = [5, 6]
assert seen == [("p", [5, 6, 0])], seen
seen.clear()
a.append(Probe("q", a))
a[1:] = (7,)
assert seen == [("q", [5, 7])], seen
seen.clear()
a.append(Probe("r", a))
del a[::2]
assert seen == [("r", [7])], seen

# Subclasses of list take the general path and keep their behaviour.


class Logged(list):
    def __setitem__(self, key, value):
        self.log = key
        super().__setitem__(key, value)


b = Logged([1, 2, 3])
b[0:2] = (9,)
assert b == [9, 3] and b.log == slice(0, 2, None)

# Threads: writers replace slices of one shared list (same length, so its
# length never changes) while readers index and slice it; every read sees
# only values some writer stored.
shared = [0] * 64
errors = []


def writer(tag):
    for i in range(2000):
        lo = i % 60
        shared[lo : lo + 4] = (tag, tag, tag, tag)
        shared[lo : lo + 4] = [tag] * 4


def reader():
    for i in range(4000):
        v = shared[i % 64]
        s = shared[i % 60 : i % 60 + 4]
        if v not in (0, 1, 2) or len(s) != 4 or any(x not in (0, 1, 2) for x in s):
            errors.append((v, s))
        if len(shared) != 64:
            errors.append(len(shared))


threads = [threading.Thread(target=writer, args=(t,)) for t in (1, 2)]
threads += [threading.Thread(target=reader) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert errors == [], errors[:3]
assert len(shared) == 64 and set(shared) <= {0, 1, 2}

# Growing and shrinking assignments from several threads keep every item.
grow = []


def grower(tag):
    for i in range(500):
        mid = len(grow) // 2
        grow[mid:mid] = [tag, tag]
        grow[0:1] = []


threads = [threading.Thread(target=grower, args=(t,)) for t in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert len(grow) == 3 * 500, len(grow)
print("list slice assignment ok")
