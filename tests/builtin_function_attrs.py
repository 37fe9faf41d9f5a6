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
