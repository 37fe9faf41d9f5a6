"""The attributes of builtin functions and bound builtin methods:
__name__, __qualname__, __module__ and __self__."""

import math

lst = []
assert lst.append.__self__ is lst
assert lst.append.__name__ == "append"
assert lst.append.__qualname__ == "list.append"
assert lst.append.__module__ is None

assert len.__name__ == "len" and len.__qualname__ == "len"
assert len.__module__ == "builtins"
assert type(len.__self__).__name__ == "module" and len.__self__.__name__ == "builtins"

assert math.sqrt.__self__ is math
assert math.sqrt.__module__ == "math"
assert math.sqrt.__qualname__ == "sqrt"

s = "abc"
assert s.upper.__self__ is s
assert s.upper.__qualname__ == "str.upper"

d = {}
assert d.get.__self__ is d and d.get.__qualname__ == "dict.get"
assert dict.fromkeys.__self__ is dict
assert dict.fromkeys.__qualname__ == "dict.fromkeys"

# Bound methods compare by their self and function.
assert lst.append == lst.append
assert lst.append != [].append
assert hash(lst.append) == hash(lst.append)
assert len == len and len != abs
assert {lst.append: 1}[lst.append] == 1

# The math module's functions name themselves as CPython's do in their
# argument errors: "math.f()" for keywords and one-argument functions,
# plainly in "f expected n arguments".
import math


def type_error(call):
    try:
        call()
    except TypeError as exc:
        return str(exc)
    raise AssertionError("no TypeError")


assert type_error(lambda: math.sqrt()) == "math.sqrt() takes exactly one argument (0 given)"
assert type_error(lambda: math.floor(1, 2)) == "math.floor() takes exactly one argument (2 given)"
assert type_error(lambda: math.sqrt(x=1)) == "math.sqrt() takes no keyword arguments"
assert type_error(lambda: math.gcd(x=1)) == "math.gcd() takes no keyword arguments"
assert type_error(lambda: math.ldexp(1)) == "ldexp expected 2 arguments, got 1"
assert type_error(lambda: math.atan2(1)) == "atan2 expected 2 arguments, got 1"
assert math.sqrt(4.0) == 2.0 and math.floor(2.5) == 2
