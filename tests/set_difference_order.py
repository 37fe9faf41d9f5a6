# a - b for two sets builds the result from a's members that b lacks, as
# CPython's set_difference does when a is not much bigger than b: the
# members, their iteration order, the result's type, and errors from a
# member's __eq__; a much bigger a takes the copy-and-discard path.

a = set(range(0, 40))
b = set(range(20, 60))
assert list(a - b) == list(range(20))
assert list(b - a) == list(range(40, 60))
c = {100, 3, 77, 1000, -5, 64, 9}
d = {3, 64}
assert list(c - d) == [100, 1000, 9, 77, -5]
assert list(d - c) == []
assert list(c - set()) == [64, 3, 100, 1000, 9, -5, 77]
assert list(set() - c) == []
assert c - c == set()
f = frozenset(c) - d
assert type(f) is frozenset and sorted(f) == [-5, 9, 77, 100, 1000]
big = set(range(100))
small = {1, 2}
r = big - small
assert len(r) == 98 and list(r)[:5] == [0, 3, 4, 5, 6]
assert {"x", "y", "z"} - {"y"} == {"x", "z"}


class S(set):
    pass


assert type(S(c) - d) is set
assert type(frozenset(c) - S(d)) is frozenset
assert type(c - frozenset(d)) is set


class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 1

    def __eq__(self, other):
        if isinstance(other, K) and (self.v == "bad" or other.v == "bad"):
            raise RuntimeError("eq")
        return isinstance(other, K) and self.v == other.v


assert {K(1), K(2)} - {K(2)} == {K(1)}
try:
    {K("bad")} - {K(1)}
    raise AssertionError
except RuntimeError as e:
    assert str(e) == "eq"
print("set difference ok")
