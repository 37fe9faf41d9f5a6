# itertools.accumulate over floats (random.choices' running weights): the
# same sums as a Python loop, in the same order, for exact floats, mixes
# with ints, float subclasses with their own __add__, and a given func.

from itertools import accumulate
import random

weights = [1.0 / (1 + i % 7) for i in range(96)]
expected = []
total = None
for w in weights:
    total = w if total is None else total + w
    expected.append(total)
assert list(accumulate(weights)) == expected
assert list(accumulate([0.1] * 10))[-1] == 0.9999999999999999
assert list(accumulate([1, 2.5, 3])) == [1, 3.5, 6.5]
assert list(accumulate([1.5, 2, 3])) == [1.5, 3.5, 6.5]
assert list(accumulate([float("inf"), -float("inf")]))[1] != 0.0
assert list(accumulate([], initial=0.5)) == [0.5]
assert list(accumulate([1.0, 2.0], initial=0.5)) == [0.5, 1.5, 3.5]
assert list(accumulate([2.0, 3.0, 4.0], lambda a, b: a * b)) == [2.0, 6.0, 24.0]


class Loud(float):
    def __add__(self, other):
        return Loud(float(self) + other + 100)


r = list(accumulate([Loud(1.0), 2.0, 3.0]))
assert r == [1.0, 103.0, 206.0] and type(r[2]) is Loud
r = list(accumulate([1.0, Loud(2.0)]))  # float + Loud: float.__add__ first
assert r == [1.0, 3.0] and type(r[1]) is float

rng = random.Random(12345)
picks = [rng.choices("abcdef", [5, 1.5, 0.25, 3, 2, 1])[0] for _ in range(2000)]
rng2 = random.Random(12345)
cum = list(accumulate([5, 1.5, 0.25, 3, 2, 1]))
assert picks == [rng2.choices("abcdef", cum_weights=cum)[0] for _ in range(2000)]
print("accumulate floats ok")
