# for a, b in enumerate(...) / zip(x, y): the eval loop unpacks the two
# items without making the step's tuple. The loops below check what each
# step gives and what the iterators have consumed, at the ends and on
# errors, against CPython.
import itertools

words = ["a", "b", "c"]
assert [(i, w) for i, w in enumerate(words)] == [(0, "a"), (1, "b"), (2, "c")]
assert [(i, w) for i, w in enumerate(words, 10)] == [(10, "a"), (11, "b"), (12, "c")]
big = 2 ** 63 - 2
assert [i for i, _ in enumerate(words, big)] == [big, big + 1, big + 2]
assert [i for i, _ in enumerate(words, -2)] == [-2, -1, 0]
assert [i for i, _ in enumerate(words, 2 ** 70)] == [2 ** 70, 2 ** 70 + 1, 2 ** 70 + 2]

out = []
for i, w in enumerate(x * 2 for x in words):
    out.append((i, w))
assert out == [(0, "aa"), (1, "bb"), (2, "cc")]

# Loop variables that are not plain locals: globals, attributes, items.


class Holder:
    pass


h = Holder()
d = {}
for h.i, d["w"] in enumerate(words):
    pass
assert (h.i, d["w"]) == (2, "c")
for G1, G2 in zip(words, range(3)):
    pass
assert (G1, G2) == ("c", 2)


def local_loop():
    total = 0
    for i, (a, b) in enumerate(zip(range(5), range(10, 15))):
        total += i * a + b
    return total


assert local_loop() == sum(i * i + 10 + i for i in range(5))

# zip of unequal inputs: the first input's extra item is consumed.
first = iter([1, 2, 3])
second = iter(["x"])
assert [(a, b) for a, b in zip(first, second)] == [(1, "x")]
assert list(first) == [3]
first = iter([1])
second = iter(["x", "y"])
assert [(a, b) for a, b in zip(first, second)] == [(1, "x")]
assert list(second) == ["y"]

# strict zip, three inputs and a zip subclass keep their own steps.
try:
    for a, b in zip([1, 2], [3], strict=True):
        pass
except ValueError as exc:
    assert "shorter" in str(exc), exc
else:
    raise AssertionError("strict zip accepted unequal inputs")
assert [(a, b, c) for a, b, c in zip("ab", "cd", "ef")] == [("a", "c", "e"), ("b", "d", "f")]


class Labelled(enumerate):
    def __next__(self):
        i, v = super().__next__()
        return i, v.upper()


assert [(i, v) for i, v in Labelled(words)] == [(0, "A"), (1, "B"), (2, "C")]

# Errors from the underlying iterator propagate; StopIteration from a
# __next__ ends the loop.


def failing():
    yield 1
    raise KeyError("boom")


got = []
try:
    for i, v in enumerate(failing()):
        got.append((i, v))
except KeyError as exc:
    assert exc.args == ("boom",)
else:
    raise AssertionError("error lost")
assert got == [(0, 1)]


class Stops:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n


assert [(a, b) for a, b in zip(Stops(), Stops())] == [(1, 1), (2, 2)]
assert [(i, v) for i, v in enumerate(Stops())] == [(0, 1), (1, 2)]

# The same iterator resumed after a break, and exhausted iterators.
e = enumerate("xyz")
for i, c in e:
    if c == "y":
        break
assert list(e) == [(2, "z")]
for i, c in e:
    raise AssertionError("exhausted enumerate gave an item")
z = zip([], [1])
for a, b in z:
    raise AssertionError("empty zip gave an item")

counts = list(itertools.islice(((i, v) for i, v in enumerate(itertools.count())), 3))
assert counts == [(0, 0), (1, 1), (2, 2)]
print("ok")
