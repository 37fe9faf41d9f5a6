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

# Method descriptors: __name__, __qualname__, __objclass__; docstrings of
# builtins, bound or not, and the text signature split from them.
import gc

for descr, owner, name in ((list.append, list, "append"), (str.join, str, "join"),
                           (dict.get, dict, "get"), (dict.__dict__["fromkeys"], dict, "fromkeys")):
    assert descr.__name__ == name, descr.__name__
    assert descr.__qualname__ == owner.__name__ + "." + name, descr.__qualname__
    assert descr.__objclass__ is owner
    assert isinstance(descr.__doc__, str) and descr.__doc__, (name, descr.__doc__)
assert [].append.__doc__ == list.append.__doc__
assert "".join.__doc__ == str.join.__doc__
assert dict.fromkeys.__doc__ == dict.__dict__["fromkeys"].__doc__
assert dict.fromkeys.__qualname__ == "dict.fromkeys"
for f in (len, print, sorted, gc.enable, gc.collect):
    assert isinstance(f.__doc__, str) and f.__doc__, f
assert gc.collect.__text_signature__ == "($module, /, generation=2)"
assert gc.collect.__doc__.startswith("Run the garbage collector.")
assert not gc.collect.__doc__.startswith("collect(")
assert list.__doc__ is not None

# Slot wrappers' docstrings, as CPython words them.
assert int.__add__.__doc__ == "Return self+value."
assert int.__radd__.__doc__ == "Return value+self."
assert list.__iadd__.__doc__ == "Implement self+=value."
assert int.__lt__.__doc__ == "Return self<value."
assert list.__len__.__doc__ == "Return len(self)."
assert int.__neg__.__doc__ == "-self"
assert object.__repr__.__doc__ == "Return repr(self)."
assert (5).__add__.__doc__ == "Return self+value."
