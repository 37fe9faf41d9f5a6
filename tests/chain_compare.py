# Every link of a chained comparison but the last (a <= x < b) runs as
# one superinstruction when both sides are floats or int64-sized ints:
# both outcomes of each link, NaN, big ints, mixed types and objects with
# their own comparisons (which fall back to the plain instructions), an
# error in a link, and the middle value kept alive for the next link.

import math


def inside(a, x, b):
    if a <= x < b:
        return True
    return False


def three(a, b, c, d):
    if a < b < c < d:
        return "up"
    if a >= b >= c >= d:
        return "down"
    return "mixed"


class Rev:
    def __init__(self, v):
        self.v = v

    def __le__(self, other):
        return self.v >= other.v

    def __lt__(self, other):
        return self.v > other.v


def checks():
    assert inside(0.0, 0.5, 1.0)
    assert not inside(0.0, 1.0, 1.0)
    assert not inside(0.0, -0.5, 1.0)
    assert not inside(0.0, math.nan, 1.0)
    assert not inside(math.nan, 0.5, 1.0)
    assert inside(0, 5, 10) and not inside(0, 10, 10) and not inside(1, 0, 10)
    assert inside(-(2**63), 0, 2**63 - 1)
    assert inside(0, 2**70, 2**71) and not inside(2**70, 1, 2**71)
    assert inside(0, 0.5, 1) and inside(0.0, 1, 2.0)
    assert inside("a", "b", "c") and not inside("b", "a", "c")
    assert inside(Rev(3), Rev(2), Rev(1)) and not inside(Rev(1), Rev(2), Rev(3))
    assert three(1, 2, 3, 4) == "up" and three(4, 3, 2, 1) == "down"
    assert three(1.0, 2.0, 2.0, 3.0) == "mixed" and three(1, 3, 2, 4) == "mixed"
    assert three(2**64, 2**65, 2**66, 2**67) == "up"
    # A link's value as an expression, not a jump.
    x = 5
    assert (1 < x < 10) is True and (1 < x < 3) is False


def errors():
    try:
        inside(0, "x", 1)
    except TypeError as e:
        assert "'<=' not supported" in str(e), e
    else:
        raise AssertionError("no TypeError")
    try:
        inside(0.0, 0.5, None)
    except TypeError as e:
        assert "'<' not supported" in str(e), e
    else:
        raise AssertionError("no TypeError")


def fresh_values():
    # The middle value is a new float each time, dropped after the chain.
    n = 0
    for i in range(1000):
        if 100.0 <= i * 0.5 + 0.25 < 300.0:
            n += 1
    assert n == sum(1 for i in range(1000) if 100.0 <= i * 0.5 + 0.25 < 300.0) == 400, n
    hits = [i for i in range(-5, 40) if -2 < i * 3 - 1 <= 50]
    assert hits == list(range(0, 18)), hits


checks()
errors()
fresh_values()
print("ok")
