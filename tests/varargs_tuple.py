# A function's *args tuple is filled in place from the call's extra
# positional arguments: none, one, many (past the small-tuple sizes),
# with defaults, keyword-only and **kwargs parameters, the errors that
# leave it half-bound, and the tuple kept after the call.

import sys


def star(*args):
    return args


def mixed(a, b=2, *rest, k=3, **kw):
    return a, b, rest, k, kw


assert star() == () and len(star()) == 0
assert star(1) == (1,)
assert star(1, "x", None) == (1, "x", None)
big = list(range(100))
assert star(*big) == tuple(big)
assert star(*big[:21]) == tuple(range(21))
assert mixed(1) == (1, 2, (), 3, {})
assert mixed(1, 5) == (1, 5, (), 3, {})
assert mixed(1, 5, 6, 7) == (1, 5, (6, 7), 3, {})
assert mixed(1, 5, 6, k=9, z=0) == (1, 5, (6,), 9, {"z": 0})
kept = [star(i, [i]) for i in range(50)]
assert kept[7] == (7, [7]) and kept[49][1] == [49]
o = object()
before = sys.getrefcount(o)
t = star(o, o, o)
assert sys.getrefcount(o) == before + 3
del t
assert sys.getrefcount(o) == before
try:
    mixed(1, 2, 3, a=4)
    raise AssertionError
except TypeError as e:
    assert "multiple values for argument 'a'" in str(e)
assert sys.getrefcount(o) == before
try:
    mixed(o, o, o, o, o, nope=1, a=o)
except TypeError:
    pass
assert sys.getrefcount(o) == before


def only(a, *args, b):
    return a, args, b


assert only(1, 2, 3, b=4) == (1, (2, 3), 4)
try:
    only(1, 2)
    raise AssertionError
except TypeError as e:
    assert "missing 1 required keyword-only argument: 'b'" in str(e)
print("varargs tuple ok")
