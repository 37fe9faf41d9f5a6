# itertools: every iterator, its edge cases and CPython's argument errors.
import itertools
from itertools import (accumulate, chain, combinations, combinations_with_replacement, compress, count,
                       cycle, dropwhile, filterfalse, groupby, islice, pairwise, permutations, product,
                       repeat, starmap, takewhile, tee, zip_longest)
import operator


def raises(exc, fn, *args, **kw):
    try:
        fn(*args, **kw)
    except exc as e:
        return str(e)
    raise AssertionError("%s not raised" % exc.__name__)


# count
assert list(islice(count(), 5)) == [0, 1, 2, 3, 4]
assert list(islice(count(10, -3), 4)) == [10, 7, 4, 1]
assert list(islice(count(1.5, 0.5), 3)) == [1.5, 2.0, 2.5]
assert list(islice(count(2 ** 63 - 2), 3)) == [2 ** 63 - 2, 2 ** 63 - 1, 2 ** 63]
assert list(islice(count(start=5, step=2), 2)) == [5, 7]
c = count(3)
next(c)
assert repr(c) == "count(4)"
assert repr(count(1, 2)) == "count(1, 2)" and repr(count(2, 1.0)) == "count(2, 1.0)"
assert repr(count(1.5)) == "count(1.5)"
assert raises(TypeError, count, "a") == "a number is required"

# cycle, repeat
assert list(islice(cycle("abc"), 7)) == list("abcabca")
assert list(cycle([])) == []
assert list(repeat("x", 3)) == ["x", "x", "x"]
assert list(repeat(1, -2)) == []
assert list(repeat(None, times=2)) == [None, None]
assert repr(repeat("a")) == "repeat('a')" and repr(repeat(1, 3)) == "repeat(1, 3)"
assert operator.length_hint(repeat(0, 5)) == 5
assert list(zip(range(3), repeat(7))) == [(0, 7), (1, 7), (2, 7)]
assert raises(TypeError, cycle) == "cycle expected 1 argument, got 0"
assert raises(TypeError, cycle, 1) == "'int' object is not iterable"

# accumulate
assert list(accumulate([1, 2, 3, 4])) == [1, 3, 6, 10]
assert list(accumulate([1, 2, 3], operator.mul)) == [1, 2, 6]
assert list(accumulate([1, 2, 3], initial=100)) == [100, 101, 103, 106]
assert list(accumulate([], initial=5)) == [5]
assert list(accumulate([])) == []
assert list(accumulate([3, 1, 4, 1, 5], max)) == [3, 3, 4, 4, 5]
assert list(accumulate(["a", "b", "c"])) == ["a", "ab", "abc"]
assert raises(TypeError, accumulate, [1], 2, 3) == "accumulate() takes at most 2 positional arguments (3 given)"

# chain
assert list(chain("ab", [1, 2], (), range(2))) == ["a", "b", 1, 2, 0, 1]
assert list(chain()) == []
assert list(chain.from_iterable(["ab", "", "cd"])) == list("abcd")
assert list(chain.from_iterable(iter([[1], [2, 3]]))) == [1, 2, 3]
assert raises(TypeError, chain, x=1) == "chain() takes no keyword arguments"
assert raises(TypeError, list, chain([1], 2)) == "'int' object is not iterable"

# compress, dropwhile, takewhile, filterfalse, starmap
assert list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])) == list("ACEF")
assert list(compress("ABC", [1])) == ["A"]
assert list(compress(data="AB", selectors=[0, 1])) == ["B"]
assert list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])) == [6, 4, 1]
assert list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])) == [1, 4]
assert list(filterfalse(lambda x: x % 2, range(10))) == [0, 2, 4, 6, 8]
assert list(filterfalse(None, [0, 1, "", "a", None])) == [0, "", None]
assert list(starmap(pow, [(2, 5), (3, 2), (10, 3)])) == [32, 9, 1000]
assert list(starmap(operator.add, [[1, 2], "ab"])) == [3, "ab"]
assert raises(TypeError, dropwhile, len) == "dropwhile expected 2 arguments, got 1"
tw = takewhile(lambda x: x < 2, iter([1, 2, 1]))
assert list(tw) == [1] and list(tw) == []

# groupby
assert [(k, "".join(g)) for k, g in groupby("AAAABBBCCDAABBB")] == [
    ("A", "AAAA"), ("B", "BBB"), ("C", "CC"), ("D", "D"), ("A", "AA"), ("B", "BBB")]
assert [k for k, g in groupby("AAAABBBCCD")] == list("ABCD")
assert [(k, list(g)) for k, g in groupby([1, 3, 5, 2, 4, 7], key=lambda x: x % 2)] == [
    (1, [1, 3, 5]), (0, [2, 4]), (1, [7])]
gb = groupby("aabbc")
k1, g1 = next(gb)
k2, g2 = next(gb)
assert (k1, list(g1), k2, list(g2)) == ("a", [], "b", ["b", "b"])
assert list(groupby([])) == []
assert type(next(groupby("a"))[1]).__name__ == "_grouper"

# islice
s = "ABCDEFG"
assert list(islice(s, 2)) == ["A", "B"]
assert list(islice(s, 2, 4)) == ["C", "D"]
assert list(islice(s, 2, None)) == list("CDEFG")
assert list(islice(s, 0, None, 2)) == list("ACEG")
assert list(islice(s, None)) == list(s)
assert list(islice(s, 1, 100, 3)) == ["B", "E"]
assert list(islice(s, 5, 2)) == []
it = iter(range(10))
assert list(islice(it, 3)) == [0, 1, 2] and next(it) == 3
assert list(islice(count(), 3, 10, 3)) == [3, 6, 9]
assert raises(TypeError, islice, [1]) == "islice expected at least 2 arguments, got 1"
assert raises(TypeError, islice, [1], 1, 2, 3, 4) == "islice expected at most 4 arguments, got 5"
assert raises(TypeError, islice, [1], stop=1) == "islice() takes no keyword arguments"
stop_msg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
idx_msg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
assert raises(ValueError, islice, [1], -1) == stop_msg
assert raises(ValueError, islice, [1], "a") == stop_msg
assert raises(ValueError, islice, [1], -5) == idx_msg
assert raises(ValueError, islice, [1], -1, 3) == idx_msg
assert raises(ValueError, islice, [1], 1, -1) == stop_msg
assert raises(ValueError, islice, [1], 0, 1, 0) == "Step for islice() must be a positive integer or None."

# pairwise, zip_longest
assert list(pairwise("ABCD")) == [("A", "B"), ("B", "C"), ("C", "D")]
assert list(pairwise("A")) == [] and list(pairwise([])) == []
assert list(zip_longest("ABCD", "xy", fillvalue="-")) == [("A", "x"), ("B", "y"), ("C", "-"), ("D", "-")]
assert list(zip_longest("ab", [1, 2, 3])) == [("a", 1), ("b", 2), (None, 3)]
assert list(zip_longest()) == []
assert raises(TypeError, zip_longest, [1], x=1) == "zip_longest() got an unexpected keyword argument"

# tee
a, b = tee(iter(range(300)))
assert next(a) == 0 and next(a) == 1
assert list(b)[:3] == [0, 1, 2]
assert len(list(a)) == 298
a, b, c = tee("xyz", 3)
assert list(a) == list(b) == list(c) == ["x", "y", "z"]
x, y = tee([1, 2, 3])
next(x)
z = x.__copy__()
assert list(x) == [2, 3] and list(y) == [1, 2, 3] and list(z) == [2, 3]
assert tee([1], 0) == ()
t1, t2 = tee(x for x in range(3))
t3, t4 = tee(t1)
assert t3 is t1 and list(t4) == [0, 1, 2] and list(t2) == [0, 1, 2]
assert type(t1).__name__ == "_tee"
assert raises(ValueError, tee, [1], -1) == "n must be >= 0"

# product, permutations, combinations
assert list(product("ab", range(2))) == [("a", 0), ("a", 1), ("b", 0), ("b", 1)]
assert list(product(range(2), repeat=3)) == [(i, j, k) for i in range(2) for j in range(2) for k in range(2)]
assert list(product()) == [()]
assert list(product("ab", [])) == []
assert list(product("ab", repeat=0)) == [()]
assert raises(ValueError, product, [1], repeat=-1) == "repeat argument cannot be negative"
assert raises(TypeError, product, [1], x=1) == "'x' is an invalid keyword argument for product()"
assert list(permutations("ABC", 2)) == [("A", "B"), ("A", "C"), ("B", "A"), ("B", "C"), ("C", "A"), ("C", "B")]
assert list(permutations(range(3))) == [(0, 1, 2), (0, 2, 1), (1, 0, 2), (1, 2, 0), (2, 0, 1), (2, 1, 0)]
assert list(permutations("ab", 3)) == [] and list(permutations("ab", 0)) == [()]
assert len(list(permutations(range(5)))) == 120
assert raises(ValueError, permutations, [1], -1) == "r must be non-negative"
assert raises(TypeError, permutations, [1], 1.5) == "Expected int as r"
assert list(combinations("ABCD", 2)) == [("A", "B"), ("A", "C"), ("A", "D"), ("B", "C"), ("B", "D"), ("C", "D")]
assert list(combinations(range(4), 3)) == [(0, 1, 2), (0, 1, 3), (0, 2, 3), (1, 2, 3)]
assert list(combinations("ab", 3)) == [] and list(combinations("ab", 0)) == [()]
assert len(list(combinations(range(10), 4))) == 210
assert raises(ValueError, combinations, [1], -1) == "r must be non-negative"
assert raises(TypeError, combinations, [1]) == "combinations() missing required argument 'r' (pos 2)"
assert list(combinations_with_replacement("ABC", 2)) == [
    ("A", "A"), ("A", "B"), ("A", "C"), ("B", "B"), ("B", "C"), ("C", "C")]
assert list(combinations_with_replacement("", 2)) == [] and list(combinations_with_replacement("", 0)) == [()]
assert len(list(combinations_with_replacement(range(4), 3))) == 20

# batched arrived in 3.12.
if hasattr(itertools, "batched"):
    assert list(itertools.batched("ABCDEFG", 3)) == [("A", "B", "C"), ("D", "E", "F"), ("G",)]

# Subclassing and the iterator protocol.
class Counter2(count):
    pass


c2 = Counter2(5)
assert next(c2) == 5 and isinstance(c2, count)
assert iter(chain()) is not None
ch = chain([1])
assert iter(ch) is ch

# A generator feeding several iterators, and lazy evaluation.
seen = []


def gen():
    for i in range(5):
        seen.append(i)
        yield i


g = islice(gen(), 2)
assert seen == []
assert list(g) == [0, 1] and seen == [0, 1]

# Threads advancing the iterators of one tee take turns at the input:
# each sees the whole sequence.
import threading

shared_tees = tee(iter(range(20000)), 4)
sums = [None] * 4


def read_all(i):
    sums[i] = sum(shared_tees[i])


readers = [threading.Thread(target=read_all, args=(i,)) for i in range(4)]
for r in readers:
    r.start()
for r in readers:
    r.join()
assert sums == [199990000] * 4

# A shared count() hands out distinct numbers to threads.
ids = count()
taken = [[] for _ in range(4)]


def take(i):
    for _ in range(5000):
        taken[i].append(next(ids))


takers = [threading.Thread(target=take, args=(i,)) for i in range(4)]
for r in takers:
    r.start()
for r in takers:
    r.join()
assert sorted(sum(taken, [])) == list(range(20000))

print(list(product("xy", repeat=2)), list(accumulate(range(6), operator.mul, initial=1)))
print([list(g) for k, g in groupby(sorted("mississippi"))])
print(list(islice(zip_longest(count(), "ab"), 4)))
print("ok")
