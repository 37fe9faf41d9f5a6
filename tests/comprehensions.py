# Comprehensions of every kind, unpacking in assignments, calls and
# displays, star-assignment, and augmented assignment on subscripts.


def raises(exc, fn, *args):
    """Call fn(*args), check it raises exc, and return the exception."""
    try:
        fn(*args)
    except exc as e:
        return e
    raise AssertionError(f"{fn!r}{args!r} did not raise {exc.__name__}")


# List, set, dict comprehensions and generator expressions.
assert [x * x for x in range(5)] == [0, 1, 4, 9, 16]
assert [x for x in range(10) if x % 2 if x > 3] == [5, 7, 9]
assert [(x, y) for x in range(3) for y in range(x)] == [(1, 0), (2, 0), (2, 1)]
assert [[y for y in range(x)] for x in range(3)] == [[], [0], [0, 1]]
assert [c.upper() for c in "ab" for _ in range(2)] == ["A", "A", "B", "B"]
assert {x % 4 for x in range(10)} == {0, 1, 2, 3}
assert {k: v for k, v in zip("abc", range(3)) if v != 1} == {"a": 0, "c": 2}
assert {x: x ** 2 for x in (3, 1, 2)} == {3: 9, 1: 1, 2: 4}
assert list({x: x ** 2 for x in (3, 1, 2)}) == [3, 1, 2]
assert sum(x for x in range(101)) == 5050
assert tuple(x for x in "abc") == ("a", "b", "c")
assert max((len(w), w) for w in ["aa", "b", "ccc"]) == (3, "ccc")
assert [x if x > 0 else -x for x in (-1, 2, -3)] == [1, 2, 3]
assert [i for i, c in enumerate("banana") if c == "a"] == [1, 3, 5]
matrix = [[1, 2, 3], [4, 5, 6]]
assert [list(row) for row in zip(*matrix)] == [[1, 4], [2, 5], [3, 6]]
assert [n for row in matrix for n in row if n % 2 == 0] == [2, 4, 6]
gen = (x * 2 for x in range(3))
assert next(gen) == 0
assert list(gen) == [2, 4]
assert list(gen) == []
assert [w for w in "a bb ccc".split() if len(w) > 1] == ["bb", "ccc"]

# The first iterable is evaluated at once, the rest lazily.
calls = []

def source(n):
    calls.append(n)
    return range(n)

g = (x for x in source(3))
assert calls == [3]
assert list(g) == [0, 1, 2]
e = raises(TypeError, lambda: (x for x in 5))
assert str(e) == "'int' object is not iterable"

# Comprehension variables do not leak.
x = "outer"
squares = [x for x in range(3)]
assert x == "outer"
assert squares == [0, 1, 2]

# Tuple unpacking.
a, b = 1, 2
a, b = b, a
assert (a, b) == (2, 1)
(a, b), c = (1, 2), 3
assert (a, b, c) == (1, 2, 3)
[a, b] = "xy"
assert a == "x" and b == "y"
a, = [5]
assert a == 5
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    assert (i, k, v) in [(0, "p", 1), (1, "q", 2)]
e = raises(ValueError, lambda: [a for a, b in [(1, 2, 3)]])
assert str(e) == "too many values to unpack (expected 2)"

def unpack_short():
    a, b, c = [1, 2]

e = raises(ValueError, unpack_short)
assert str(e) == "not enough values to unpack (expected 3, got 2)"

def unpack_int():
    a, b = 5

e = raises(TypeError, unpack_int)
assert str(e) == "cannot unpack non-iterable int object"

# Star-assignment.
first, *rest = [1, 2, 3, 4]
assert first == 1 and rest == [2, 3, 4]
*init, last = "abc"
assert init == ["a", "b"] and last == "c"
a, *mid, z = range(2)
assert (a, mid, z) == (0, [], 1)
a, *mid, z = (1, 2, 3, 4, 5)
assert mid == [2, 3, 4] and type(mid) is list
(a, *b), c = [1, 2, 3], 4
assert (a, b, c) == (1, [2, 3], 4)
head, *_ = "hello"
assert head == "h"

def star_short():
    a, *b, c = [1]

e = raises(ValueError, star_short)
assert str(e) == "not enough values to unpack (expected at least 2, got 1)"

# Unpacking in displays and calls.
assert [*range(3), *"ab"] == [0, 1, 2, "a", "b"]
assert (*[1], *(2, 3)) == (1, 2, 3)
assert {*[1, 2], *{2, 3}} == {1, 2, 3}
assert {**{"a": 1}, **dict(b=2)} == {"a": 1, "b": 2}

def f(a, b, c=0, *args, key=None, **kw):
    return (a, b, c, args, key, kw)

assert f(*[1, 2]) == (1, 2, 0, (), None, {})
assert f(1, *[2, 3, 4], key=5) == (1, 2, 3, (4,), 5, {})
assert f(**{"a": 1, "b": 2, "z": 3}) == (1, 2, 0, (), None, {"z": 3})
assert f(1, *(2,), *(3, 4), **{"key": "k"}, extra=1) == (1, 2, 3, (4,), "k", {"extra": 1})
e = raises(TypeError, lambda: f(1, 2, **{"a": 3}))
assert str(e) == "f() got multiple values for argument 'a'"
e = raises(TypeError, lambda: f(1, 2, **{"key": 1}, **{"key": 2}))
assert str(e).endswith("f() got multiple values for keyword argument 'key'")
e = raises(TypeError, lambda: f(*5))
assert str(e).endswith("after * must be an iterable, not int")
e = raises(TypeError, lambda: f(1, 2, **[1]))
assert str(e).endswith("f() argument after ** must be a mapping, not list")

# Assignment targets: chained, subscripts, attributes, augmented.
a = b = []
a.append(1)
assert b == [1]
d = {}
d["k"] = d["j"] = 0
assert d == {"k": 0, "j": 0}
lst = [1, 2, 3]
i = 0
i, lst[i] = 1, 9  # targets are assigned left to right
assert lst == [1, 9, 3]
lst[0] += 10
d["k"] += 5
assert lst[0] == 11 and d["k"] == 5
counts = [0] * 3
for n in [0, 2, 2, 1, 2]:
    counts[n] += 1
assert counts == [1, 1, 3]


class Box:
    pass


box = Box()
box.items = []
box.items += [1]
box.n = 1
box.n *= 7
assert box.items == [1] and box.n == 7
nested = {"a": [[0, 0], [0, 0]]}
nested["a"][1][0] += 4
assert nested == {"a": [[0, 0], [4, 0]]}

# del of names, items, slices, attributes.
v = 1
del v
e = raises(NameError, lambda: v)
assert str(e) == "name 'v' is not defined"
lst = [0, 1, 2, 3]
del lst[0], lst[-1]
assert lst == [1, 2]
del box.n
assert not hasattr(box, "n")

# Conditional expressions and boolean operators return operands.
assert (0 or "default") == "default"
assert ("x" and 0) == 0
assert ([] or {} or "last") == "last"
assert (1 and 2 and 3) == 3
assert (None or 0) == 0
assert not [] and not "" and not 0.0 and not None
assert ("yes" if [0] else "no") == "yes"

# Walrus in comprehensions binds in the enclosing scope.
data = [3, 8, 1, 9]
assert [y for v in data if (y := v * 2) > 10] == [16, 18]
assert y == 18
if (n := len(data)) > 3:
    assert n == 4
total = 0
assert [total := total + v for v in data] == [3, 11, 12, 21]
assert total == 21

print("ok")
