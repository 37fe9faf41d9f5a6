"""Module docstring: stored in __doc__."""
import os
import os.path
import xml.dom.minidom as md
import sys as system, json
from collections import OrderedDict, deque as dq
from . import sibling
from ..pkg.mod import name
from os.path import *

# Assignments of every kind of target.
a = 1
b = c = a
d, e = e, d
f, *g, h = range(5)
[i, (j, k)] = 1, (2, 3)
obj.attr = a
obj.x.y = a
seq[0] = a
seq[1:2] = a
seq[::2] = a
seq[a, b] = c

# Augmented assignment.
a += 1
a -= b
obj.attr *= 2
seq[0] //= 3
seq[i:j] @= k
a **= 2; a <<= 1; a >>= 1; a &= 1; a |= 1; a ^= 1; a %= 5; a /= 2

# Annotations at module level are stored in __annotations__.
count: int = 0
label: str
(paren): int = 1
obj.field: float = 1.5
seq[0]: list

# Deletion.
del a
del obj.attr, seq[0], seq[1:2]
del (d, e), [f]

# Conditionals and loops.
if a:
    pass
elif b:
    a = 2
else:
    a = 3

while a < 10:
    a += 1
    if a == 5:
        continue
    if a == 7:
        break
else:
    a = 0

for x in seq:
    if x:
        break
else:
    x = None

for (p, q) in pairs:
    pass

while True:
    if a:
        break

assert a, "message"
assert b

if a:
    raise
elif b:
    raise ValueError
else:
    raise ValueError("x") from None

# Expression statements.
a
"a lone constant string is dropped"
f()
x = __debug__
