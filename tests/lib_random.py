# random: the Mersenne Twister seeded as CPython seeds it, so seeded
# sequences are CPython's own; the derived functions draw the same way.
import random


def raises(exc, fn, *args, **kw):
    try:
        fn(*args, **kw)
    except exc as e:
        return str(e)
    raise AssertionError("%s not raised" % exc.__name__)


# Values printed by CPython 3.11 for random.Random(2024).
r = random.Random(2024)
assert [r.random() for _ in range(5)] == [0.47009071843107064, 0.7282642914232076, 0.3037513583913575,
                                          0.8872982690000151, 0.41008858946872573]
assert [r.randint(0, 10) for _ in range(20)] == [4, 8, 3, 10, 7, 5, 6, 8, 9, 3, 4, 8, 5, 8, 1, 3, 7, 10, 2, 8]
assert [r.randrange(100, 1000, 7) for _ in range(8)] == [478, 835, 198, 723, 842, 933, 317, 345]
assert [r.getrandbits(k) for k in (1, 8, 31, 32, 33, 64, 65, 200)] == [
    1, 83, 838175829, 1420887823, 5778004050, 6004096820173498451, 7644033828608227093,
    327847393380046590193668355298648387059483447154767387952576]

# Module-level functions share one instance.
random.seed(42)
assert random.random() == 0.6394267984578837
assert random.random() == 0.025010755222666936
random.seed(42)
assert [random.randint(1, 100) for _ in range(5)] == [82, 15, 4, 95, 36]

# Seeds of every accepted type; negative ints seed as their absolute value.
for seed, first in [(0, 0.8444218515250481), (-7, 0.32383276483316237), (7, 0.32383276483316237),
                    (2 ** 100 + 12345, 0.44487310994347073), ("hello", 0.3537754404730722),
                    (b"abc", 0.7720246314157545), (bytearray(b"abc"), 0.7720246314157545),
                    (3.5, 0.3039190124834461), (True, 0.13436424411240122)]:
    random.seed(seed)
    assert random.random() == first, (seed, first)
random.seed("hello", version=1)
v1 = random.random()
random.seed("hello", version=1)
assert random.random() == v1
assert raises(TypeError, random.seed, [1]) == \
    "The only supported seed types are: None,\nint, float, str, bytes, and bytearray."
random.seed(None)
assert 0.0 <= random.random() < 1.0

# Sequences.
r = random.Random(123)
deck = list(range(20))
r.shuffle(deck)
assert deck == [7, 17, 3, 4, 14, 12, 11, 9, 5, 10, 15, 6, 0, 16, 19, 18, 13, 2, 8, 1]
assert sorted(deck) == list(range(20))
assert r.sample(range(1000), 10) == [718, 251, 167, 1, 927, 446, 792, 89, 899, 611]
assert r.sample(["a", "b", "c"], 2, counts=[2, 3, 1]) == ["b", "a"]
assert r.choices("abcde", k=5) == ["a", "d", "a", "a", "d"]
assert r.choices("abc", [1, 2, 3], k=4) == ["a", "c", "b", "b"]
assert r.choice("xyz") == "y"
r = random.Random(9)
assert r.sample(list(range(100)), 60)[:8] == [59, 78, 47, 34, 17, 23, 86, 0]
assert r.choices(range(10), cum_weights=[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], k=6) == [1, 8, 3, 8, 1, 9]
assert r.randbytes(6) == b'\xa7\xa64\x80\xb7\x15'
assert r.uniform(1, 5) == 3.2919125704986345
assert r.triangular(0, 10, 2) == 3.9178138277789154
assert r.randrange(10 ** 30) == 480821472450399399961708699748
assert r.randrange(-10, 10, 3) == -7
assert r.randint(-(2 ** 70), 2 ** 70) == -742206634772962017776

# Distributions built on transcendental functions (math.log, cos, pow)
# may differ from CPython's libm in the last bit: compare to 12 digits.
r = random.Random(77)
got = [r.gauss(), r.gauss(), r.normalvariate(1, 2), r.expovariate(2), r.lognormvariate(0, 1),
       r.betavariate(2, 3), r.gammavariate(0.5, 1), r.gammavariate(3, 2), r.gammavariate(1, 1),
       r.vonmisesvariate(1, 2), r.paretovariate(2), r.weibullvariate(1, 2)]
want = [0.26974764351823677, -0.8461725947346109, -4.017811293787997, 0.06111914986661863,
        0.911913740874339, 0.40534681129632233, 1.0426120369376342, 11.588815217301693,
        1.8060226685188305, 0.7934269451949237, 2.1258279259719064, 0.8737857564595488]
for g, w in zip(got, want):
    assert round(g, 12) == round(w, 12), (g, w)

# State round trip, getstate's shape.
r = random.Random(5)
state = r.getstate()
assert state[0] == 3 and len(state[1]) == 625 and state[2] is None
a = [r.random() for _ in range(3)]
r.setstate(state)
assert [r.random() for _ in range(3)] == a
r2 = random.Random()
r2.setstate(state)
assert r2.random() == a[0]
assert raises(ValueError, r.setstate, (4, (), None)) == \
    "state with version 4 passed to Random.setstate() of version 3"
assert raises(ValueError, r.setstate, (3, (1, 2), None)) == "state vector is the wrong size"
assert raises(TypeError, r.setstate, (3, [0] * 625, None)) == "state vector must be a tuple"
assert raises(ValueError, r.setstate, (3, (0,) * 624 + (625,), None)) == "invalid state"

# Errors, worded as CPython words them.
assert raises(ValueError, random.randrange, 0) == "empty range for randrange()"
assert raises(ValueError, random.randrange, 5, 5) == "empty range for randrange() (5, 5, 0)"
assert raises(ValueError, random.randrange, 0, 10, 0) == "zero step for randrange()"
assert raises(TypeError, random.randrange, 5, step=2) == "Missing a non-None stop argument"
assert raises(IndexError, random.choice, []) == "Cannot choose from an empty sequence"
assert raises(ValueError, random.sample, [1, 2], 3) == "Sample larger than population or is negative"
assert raises(TypeError, random.sample, {1, 2}, 1) == \
    "Population must be a sequence.  For dicts or sets, use sorted(d)."
assert raises(ValueError, random.getrandbits, -1) == "number of bits must be non-negative"
assert random.getrandbits(0) == 0
assert raises(TypeError, random.choices, "ab", [1, 1], cum_weights=[1, 2]) == \
    "Cannot specify both weights and cumulative weights"
assert raises(ValueError, random.choices, "ab", [1]) == "The number of weights does not match the population"
assert raises(ValueError, random.choices, "ab", [0, 0]) == "Total of weights must be greater than zero"
assert raises(TypeError, random.choices, "ab", 3) == "The number of choices must be a keyword argument: k=3"
assert raises(ValueError, random.gammavariate, 0, 1) == "gammavariate: alpha and beta must be > 0.0"

# Subclasses: a random() of one's own drives _randbelow without getrandbits.
class Fixed(random.Random):
    def random(self):
        return 0.5


f = Fixed(1)
assert f.randrange(100) == 96
assert f.choice("abcd") == "a"
assert Fixed._randbelow is not random.Random._randbelow


class Bits(random.Random):
    def getrandbits(self, k):
        return 1


assert Bits().randrange(10) == 1
assert isinstance(f, random.Random)

# SystemRandom: no state.
sr = random.SystemRandom()
assert 0.0 <= sr.random() < 1.0
assert 0 <= sr.getrandbits(20) < 2 ** 20
assert 1 <= sr.randint(1, 6) <= 6
assert len(sr.randbytes(9)) == 9
assert raises(NotImplementedError, sr.getstate) == "System entropy source does not have state."

# Threads share the module's generator: every draw is a whole draw.
import threading

sums = []


def draw():
    total = 0
    for _ in range(3000):
        v = random.random()
        assert 0.0 <= v < 1.0
        total += random.randrange(10)
    sums.append(total)


random.seed(7)
workers = [threading.Thread(target=draw) for _ in range(4)]
for w in workers:
    w.start()
for w in workers:
    w.join()
assert len(sums) == 4 and all(0 <= s <= 27000 for s in sums)

# choices on lists and tuples (drawn in Go by _random's helpers) gives the
# draws of the plain Python loops, with any weights and any k.
from bisect import bisect as _bis
from itertools import accumulate as _acc
from math import floor as _fl


def choices_by_loop(rng, population, weights=None, cum_weights=None, k=1):
    n = len(population)
    if cum_weights is None and weights is None:
        return [population[_fl(rng.random() * (n + 0.0))] for _ in range(k)]
    cum = list(_acc(weights)) if cum_weights is None else cum_weights
    total = cum[-1] + 0.0
    return [population[_bis(cum, rng.random() * total, 0, n - 1)] for _ in range(k)]


pop = ["p%d" % i for i in range(42)]
fw = [1.0 / (1 + i % 7) for i in range(42)]
cases = [
    (pop, None, None, 40), (tuple(pop), None, None, 7), (pop, None, None, 0), (pop, None, None, -3),
    (pop, fw, None, 1), (pop, fw, None, 60), (tuple(pop), tuple(fw), None, 5),
    (pop, [i % 5 for i in range(42)], None, 9), (pop, [1, 2.5] * 21, None, 9),
    (pop, None, list(_acc(fw)), 12), (pop, None, [float(i) for i in range(1, 43)], 3),
    (list(range(3)), [2 ** 70, 1, 2 ** 60], None, 8), (pop, None, None, True),
]
for population, weights, cum, k in cases:
    a, b = random.Random(99), random.Random(99)
    got = a.choices(population, weights, cum_weights=cum, k=k)
    assert got == choices_by_loop(b, population, weights, cum, k), (weights, k)
    assert a.random() == b.random()
r = random.Random(5)
assert r.choices([10, 20, 30], k=4) == [20, 30, 30, 30]
assert r.choices((10, 20, 30), [0.5, 0.25, 0.25], k=4) == [20, 30, 10, 10]
assert r.choices([10, 20, 30], cum_weights=(1, 2, 3), k=3) == [30, 20, 30]
# An empty population raises IndexError after one draw, as the loop does.
r, r2 = random.Random(3), random.Random(3)
assert raises(IndexError, r.choices, [], k=2) == "list index out of range"
r2.random()
assert r.random() == r2.random()
assert r.choices([], k=0) == []


class Fixed(random.Random):
    def random(self):
        return 0.5


assert Fixed(1).choices(pop, k=3) == ["p21"] * 3
assert Fixed(1).choices(pop, fw, k=2) == [choices_by_loop(Fixed(1), pop, fw)[0]] * 2
r = random.Random(8)
r.random = lambda: 0.999
assert r.choices([1, 2, 3], k=2) == [3, 3]


# Printed sequences, compared with CPython's output by the harness.
random.seed(1)
print([random.randint(1, 6) for _ in range(12)])
print(random.sample("abcdefghij", 4), random.random())
r = random.Random("gilfree")
print([round(r.uniform(0, 100), 6) for _ in range(4)], r.getrandbits(48))
print("ok")
