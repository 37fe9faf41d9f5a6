# `x in s` for sets and frozensets with int keys (the eval loop's direct
# lookup) agrees with equality and hashing everywhere: floats and bools
# equal to ints, big ints, -1 and -2 (which share a hash), int subclasses
# with their own __eq__ and __hash__, members added and removed many times.

s = {1, 2, -1, 10**30, 2**61 - 1}
assert 1 in s and 2 in s and -1 in s and -2 not in s
assert 10**30 in s and 10**30 + 1 not in s and (2**61 - 1) in s
assert 0 not in s and 3 not in s
assert 1.0 in s and True in s and False not in s
assert 1 in {1.0} and 1 in {True} and 0 in {False} and 1 not in {1.5}
assert -2 in {-2} and -1 not in {-2} and -2 not in {-1}
f = frozenset(range(-5, 5))
assert all(i in f for i in range(-5, 5)) and 5 not in f and -6 not in f
assert 3 not in set() and 3 not in frozenset()


class Odd(int):
    def __eq__(self, other):
        return int(self) % 2 == int(other) % 2

    def __hash__(self):
        return 7


assert Odd(3) not in {1, 3}  # hash 7 matches neither member
assert 7 in {Odd(1)}  # same hash, Odd.__eq__ says equal
assert 9 not in {Odd(1)}  # hash 9 is not 7

# Churn: members pass through, as a search's sets of used squares do.
used = set()
for step in range(20000):
    k = (step * 7) % 23 - 11
    if k in used:
        used.remove(k)
        assert k not in used
    else:
        used.add(k)
        assert k in used
assert used == {k for k in range(-11, 12) if sum(1 for s in range(20000) if (s * 7) % 23 - 11 == k) % 2}
assert (5 not in used) == (5 not in list(used))
print("set contains ints ok")
