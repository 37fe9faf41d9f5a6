# Operators.
r = a + b - c * d / e // f % g ** h @ i
r = a << 1 >> 2 & 3 | 4 ^ 5
r = -a, +a, ~a, not a
r = a and b or c and not d
r = a < b, a <= b, a == b, a != b, a > b, a >= b
r = a is b, a is not b, a in b, a not in b
r = a < b < c <= d
r = a if b else c
r = (a := 10) + a

# Constants and folding.
r = 1 + 2 * 3, -5, 2 ** 10, 'ab' * 3, (1, 2) + (3,), 1 + 2j, not 1
r = 1.5, 1e300 * 1e300, b'bytes', ..., None, True, 10 ** 30
r = x in [1, 2, 3], x not in {4, 5}, x in [y, z]

# Displays.
r = [], [1, 2], [a, b], [a, *b, c], [1, 2, 3, 4]
r = (), (a,), (a, *b), (*a, *b)
r = {1, 2}, {a, *b}, {1, 2, 3}
r = {}, {'k': v}, {a: b, c: d}, {'x': 1, 'y': 2}, {**m, 'k': 1, **n}

# Comprehensions.
r = [x * 2 for x in xs if x if x > 1]
r = {x for x in xs for y in x}
r = {k: v for k, v in items}
r = (x for x in xs)
r = [[y for y in x] for x in xs]

# Calls.
f()
f(a, b)
f(a, key=b)
f(*args)
f(a, *args, b)
f(**kw)
f(a, *args, key=1, **kw)
obj.method(a, k=1)
obj.method(*args)
f(x for x in xs)
(lambda: 0)()

# Attributes, subscripts, slices.
r = obj.attr.sub
r = seq[0], seq[a:b], seq[a:], seq[:b], seq[::c], seq[a:b:c], seq[a, b:c]

# Strings.
r = f"plain {x} {y!r} {z!s:>10} {w!a:{width}.{prec}} {v=}"
r = f"{'nested'}" "joined" f"{x:{'spec'}}"
r = 'implicit' 'concatenation'

# Lambdas.
r = lambda: 0
r = lambda x, y=1, *a, z, w=2, **k: x + y
