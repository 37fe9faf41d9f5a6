# Sequences: list, tuple, range and slice objects; list methods, slice
# assignment, sorting with key and reverse, stability, comparisons.


def raises(exc, fn, *args):
    """Call fn(*args), check it raises exc, and return the exception."""
    try:
        fn(*args)
    except exc as e:
        return e
    raise AssertionError(f"{fn!r}{args!r} did not raise {exc.__name__}")


# List methods.
a = [3, 1, 2]
a.append(4)
assert a == [3, 1, 2, 4]
a.extend((5, 6))
assert a == [3, 1, 2, 4, 5, 6]
a.insert(0, 0)
a.insert(-1, 9)
a.insert(100, 7)
assert a == [0, 3, 1, 2, 4, 5, 9, 6, 7]
assert a.pop() == 7
assert a.pop(0) == 0
assert a.pop(-2) == 9
assert a == [3, 1, 2, 4, 5, 6]
a.remove(4)
assert a == [3, 1, 2, 5, 6]
assert a.index(5) == 3
assert [1, 2, 1, 2].index(2, 2) == 3
assert [1, 2, 1, 1].count(1) == 3
a.reverse()
assert a == [6, 5, 2, 1, 3]
b = a.copy()
b.clear()
assert b == [] and len(a) == 5
e = raises(ValueError, a.remove, 99)
assert str(e) == "list.remove(x): x not in list"
e = raises(ValueError, a.index, 99)
assert str(e) == "99 is not in list"
e = raises(IndexError, [].pop)
assert str(e) == "pop from empty list"
e = raises(IndexError, lambda: [1][5])
assert str(e) == "list index out of range"

def store_out_of_range():
    lst = [1]
    lst[3] = 0

e = raises(IndexError, store_out_of_range)
assert str(e) == "list assignment index out of range"

# Slicing and slice assignment.
a = list(range(10))
assert a[2:5] == [2, 3, 4]
assert a[-3:] == [7, 8, 9]
assert a[::3] == [0, 3, 6, 9]
assert a[8:2:-2] == [8, 6, 4]
assert a[-100:3] == [0, 1, 2]
a[2:5] = ["x"]
assert a == [0, 1, "x", 5, 6, 7, 8, 9]
a[1:1] = [10, 11]
assert a == [0, 10, 11, 1, "x", 5, 6, 7, 8, 9]
a[::2] = "abcde"
assert a == ["a", 10, "b", 1, "c", 5, "d", 7, "e", 9]
del a[::2]
assert a == [10, 1, 5, 7, 9]
del a[1]
assert a == [10, 5, 7, 9]
a[:] = []
assert a == []

def bad_extended_slice():
    lst = [1, 2, 3, 4]
    lst[::2] = [1, 2, 3]

e = raises(ValueError, bad_extended_slice)
assert str(e) == "attempt to assign sequence of size 3 to extended slice of size 2"
sl = slice(1, 10, 3)
assert (sl.start, sl.stop, sl.step) == (1, 10, 3)
assert sl.indices(5) == (1, 5, 3)
assert slice(None, None, -1).indices(4) == (3, -1, -1)
assert repr(slice(2)) == "slice(None, 2, None)"
assert "abcdef"[sl] == "be"

# Operators.
assert [1, 2] + [3] == [1, 2, 3]
assert [0] * 3 == [0, 0, 0]
assert [[]] * 2 == [[], []]
shared = [[]] * 2
shared[0].append(1)
assert shared == [[1], [1]]
a = [1, 2]
alias = a
a += [3]
assert alias == [1, 2, 3] and alias is a
a = a + [4]
assert alias == [1, 2, 3] and a == [1, 2, 3, 4]
a *= 2
assert a == [1, 2, 3, 4, 1, 2, 3, 4]
a += "xy"
assert a[-2:] == ["x", "y"]
e = raises(TypeError, lambda: [1] + (2,))
assert str(e) == 'can only concatenate list (not "tuple") to list'
assert [1, 2, 3] < [1, 2, 4]
assert [1, 2] < [1, 2, 0]
assert [2] > [1, 99]
assert (1, "a") < (1, "b")
assert [] == [] and [] != [0]
assert [1, [2, 3]] == [1, [2, 3]]
assert 3 in [1, 2, 3] and 4 not in [1, 2, 3]
e = raises(TypeError, lambda: [1, "a"] < [1, 2])
assert str(e) == "'<' not supported between instances of 'str' and 'int'"

# Tuples.
t = (1, 2, 3)
assert t[1] == 2
assert t[::-1] == (3, 2, 1)
assert t + (4,) == (1, 2, 3, 4)
assert t * 2 == (1, 2, 3, 1, 2, 3)
assert (1,) != 1
assert () == tuple()
assert tuple([1, 2]) == (1, 2)
assert t.index(3) == 2 and t.count(1) == 1
assert repr((1,)) == "(1,)"
assert repr(()) == "()"
assert hash((1, 2)) == hash((1, 2))
assert hash((1, 2)) != hash((2, 1))
e = raises(TypeError, hash, (1, [2]))
assert str(e) == "unhashable type: 'list'"
tl = ([1],)
tl[0].append(2)
assert tl == ([1, 2],)

def tuple_item_assign():
    t[0] = 5

e = raises(TypeError, tuple_item_assign)
assert str(e) == "'tuple' object does not support item assignment"

# Ranges.
r = range(2, 20, 3)
assert list(r) == [2, 5, 8, 11, 14, 17]
assert len(r) == 6
assert r[2] == 8 and r[-1] == 17
assert r[1:3] == range(5, 11, 3)
# A slice of a range is a range whose bounds are the slice's, clamped to
# the range (its repr shows them).
assert repr(range(7)[::-2]) == "range(6, -1, -2)"
assert repr(range(7)[::3]) == "range(0, 7, 3)"
assert repr(range(7)[100:-100:-5]) == "range(6, -1, -5)"
assert repr(range(0, 10, 3)[:2:-3]) == "range(9, 6, -9)"
assert repr(range(0, 10, 3)[-2:-8:-2]) == "range(6, -3, -6)"
assert repr(range(7)[5:2]) == "range(5, 2)"
for rr in (range(7), range(0, 10, 3), range(10, 0, -2)):
    for sl in (slice(None, None, -2), slice(1, None, -1), slice(-2, -8, -2), slice(None, None, 3)):
        assert list(rr[sl]) == list(rr)[sl], (rr, sl)
assert 11 in r and 12 not in r
assert r.index(14) == 4
assert r.count(5) == 1
assert list(range(5, 0, -2)) == [5, 3, 1]
assert len(range(0)) == 0 and len(range(5, 2)) == 0
assert range(0, 3) == range(3)
assert range(0) == range(4, 2)
assert repr(range(1, 5)) == "range(1, 5)"
assert repr(range(1, 5, 2)) == "range(1, 5, 2)"
e = raises(OverflowError, len, range(10 ** 20))
assert str(e) == "Python int too large to convert to C ssize_t"
assert range(10 ** 20)[-1] == 10 ** 20 - 1
assert 10 ** 19 in range(10 ** 20)
assert list(reversed(range(4))) == [3, 2, 1, 0]
e = raises(ValueError, range, 1, 2, 0)
assert str(e) == "range() arg 3 must not be zero"
e = raises(IndexError, lambda: range(3)[3])
assert str(e) == "range object index out of range"

# Sorting: key, reverse, stability, sorted() versus list.sort().
words = ["banana", "Apple", "cherry", "apple", "Banana"]
assert sorted(words) == ["Apple", "Banana", "apple", "banana", "cherry"]
assert sorted(words, key=str.lower) == ["Apple", "apple", "banana", "Banana", "cherry"]
assert sorted(words, key=str.lower, reverse=True) == ["cherry", "banana", "Banana", "Apple", "apple"]
assert sorted(words, key=len) == ["Apple", "apple", "banana", "cherry", "Banana"]
records = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
assert sorted(records, key=lambda r: r[1]) == [("c", 1), ("a", 1), ("b", 2), ("a", 2)]
assert sorted(records) == [("a", 1), ("a", 2), ("b", 2), ("c", 1)]
by_both = sorted(sorted(records, key=lambda r: r[0]), key=lambda r: r[1], reverse=True)
assert by_both == [("a", 2), ("b", 2), ("a", 1), ("c", 1)]
nums = [5, -3, 2, -8, 0]
nums.sort(key=abs)
assert nums == [0, 2, -3, 5, -8]
nums.sort(reverse=True)
assert nums == [5, 2, 0, -3, -8]
assert nums.sort() is None
assert sorted((3, 1, 2)) == [1, 2, 3]
assert sorted({"b": 1, "a": 2}) == ["a", "b"]
assert sorted([], key=len) == []
big = [(i * 7919) % 1000 for i in range(1000)]
assert sorted(big) == list(range(1000))
stable = sorted(range(100), key=lambda i: i % 3)
assert stable[:4] == [0, 3, 6, 9] and stable[34:37] == [1, 4, 7]
e = raises(TypeError, sorted, [1, "a"])
assert str(e) == "'<' not supported between instances of 'str' and 'int'"
e = raises(TypeError, sorted, [1], None, True)
assert str(e) == "sorted expected 1 argument, got 3"


class Ver:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return f"{self.major}.{self.minor}"


assert repr(sorted([Ver(2, 0), Ver(1, 10), Ver(1, 2)])) == "[1.2, 1.10, 2.0]"
assert repr(max([Ver(2, 0), Ver(3, 1), Ver(1, 2)])) == "3.1"

# Identity, copies and nesting.
a = [1, [2, 3]]
b = a[:]
b[1].append(4)
b[0] = 99
assert a == [1, [2, 3, 4]]
assert list(a) is not a
assert a[1] is b[1]
rec = [1]
rec.append(rec)
assert repr(rec) == "[1, [...]]"
assert len([None] * 1000) == 1000

# Conversions and iteration helpers over sequences.
assert list(enumerate("ab", 1)) == [(1, "a"), (2, "b")]
assert list(zip([1, 2, 3], "ab")) == [(1, "a"), (2, "b")]
assert list(reversed([1, 2, 3])) == [3, 2, 1]
assert list(map(len, ["a", "bb"])) == [1, 2]
assert [x for x in (1, 2, 3) if x != 2] == [1, 3]
assert list((1, 2)) == [1, 2]
assert tuple("ab") == ("a", "b")

print("ok")
