# `not a and b` / `not a or b` as values (UNARY_NOT + JUMP_IF_FALSE_OR_POP
# / JUMP_IF_TRUE_OR_POP) and comparisons with a module global that jump
# (LOAD_GLOBAL + COMPARE_OP + POP_JUMP_IF_*) and a global's attribute
# (LOAD_GLOBAL + LOAD_ATTR: Direction.FORWARD, math.pi) run as superinstructions:
# results, objects whose __bool__ or __eq__ raise or return odd values,
# a global rebound or deleted between calls, and the line of an error.

EMPTY = 0
LIMIT = 2.5


class Odd:
    def __init__(self, truth):
        self.truth = truth

    def __bool__(self):
        if self.truth is None:
            raise ValueError("no truth")
        return self.truth


class Weird:
    def __eq__(self, other):
        return "yes"  # truthy, not a bool

    def __lt__(self, other):
        raise TypeError("no order")


def not_and(a, b):
    return not a and b


def not_or(a, b):
    return not a or b


for a in (0, 1, "", "x", None, [], [0], Odd(True), Odd(False)):
    for b in (0, 7, "s", None):
        assert not_and(a, b) == ((not a) and b), (a, b)
        assert not_or(a, b) == ((not a) or b), (a, b)
        assert type(not_and(a, b)) is type((not a) and b)
        assert type(not_or(a, b)) is type((not a) or b)

try:
    not_and(Odd(None), 1)
except ValueError as e:
    assert str(e) == "no truth"
else:
    raise AssertionError("no ValueError")


def count_empty(cells):
    n = 0
    for c in cells:
        if c == EMPTY:
            n += 1
        if c != EMPTY:
            n += 100
    return n


def below(xs):
    return [x for x in xs if x < LIMIT]


assert count_empty([0, 1, 0, 2]) == 202
assert count_empty([Weird()]) == 1  # "yes" is truthy; != inverts it
assert below([1, 2.5, 3, 0.5, 2]) == [1, 0.5, 2]
EMPTY = 1  # rebound: the global's cache must not keep the old value
assert count_empty([0, 1, 0, 2]) == 301
del EMPTY
try:
    count_empty([0])
except NameError as e:
    assert "EMPTY" in str(e)
else:
    raise AssertionError("no NameError")
EMPTY = 0


def ordered(x):
    if x < LIMIT:  # the failing comparison's line
        return True
    return False


try:
    ordered(Weird())
except TypeError as e:
    assert str(e) == "no order"
    tb = e.__traceback__.tb_next
    with open(__file__) as fh:
        assert "if x < LIMIT:" in fh.read().splitlines()[tb.tb_lineno - 1]
else:
    raise AssertionError("no TypeError")


import math


class Direction:
    FORWARD = 1
    BACKWARD = -1


def attrs():
    return (Direction.FORWARD, Direction.BACKWARD, math.pi, Direction.__name__)


assert attrs() == (1, -1, math.pi, "Direction")
Direction.FORWARD = "f"  # a class attribute rebound
assert attrs()[0] == "f"


class Other:
    FORWARD = 2
    BACKWARD = 3


Direction = Other  # the global rebound to another class
assert attrs() == (2, 3, math.pi, "Other")
Direction = None
try:
    attrs()
except AttributeError as e:
    assert "FORWARD" in str(e)
    with open(__file__) as fh:
        line = fh.read().splitlines()[e.__traceback__.tb_next.tb_lineno - 1]
    assert "Direction.FORWARD" in line, line
else:
    raise AssertionError("no AttributeError")
del Direction
try:
    attrs()
except NameError as e:
    assert "Direction" in str(e)
else:
    raise AssertionError("no NameError")

print("ok")
