"""A dict iterator notices a dict that changed under it: a change of size,
and keys deleted and added in equal numbers (the size is the same, but an
item turns up that was not there when iteration started)."""


def swap_keys(n):
    """Iterate over an n-item dict, replacing each key seen by a new one."""
    d = {i: i for i in range(n)}
    seen = []
    try:
        for k in d:
            seen.append(k)
            del d[k]
            d[k + 100] = 0
    except RuntimeError as e:
        return str(e), seen, len(d)
    return None, seen, len(d)


msg, seen, size = swap_keys(1)
assert msg == "dictionary keys changed during iteration", msg
assert seen == [0] and size == 1

msg, seen, size = swap_keys(8)
assert msg == "dictionary keys changed during iteration", msg
assert len(seen) == 8, seen  # which keys depends on when the table is rebuilt
assert size == 8

# The error ends the iteration: the iterator is exhausted after it.
d = {1: "a"}
it = iter(d.items())
assert next(it) == (1, "a")
del d[1]
d[2] = "b"
try:
    next(it)
    raise AssertionError("no error")
except RuntimeError as e:
    assert str(e) == "dictionary keys changed during iteration"
assert next(it, "end") == "end"

# A change of size is reported as such, and keeps being reported.
d = {1: 1, 2: 2}
it = iter(d.values())
next(it)
d[3] = 3
for _ in range(2):
    try:
        next(it)
        raise AssertionError("no error")
    except RuntimeError as e:
        assert str(e) == "dictionary changed size during iteration"

# Replacing values, or deleting and re-adding nothing, is fine.
d = {i: i for i in range(10)}
for k in d:
    d[k] = k * 2
assert d == {i: i * 2 for i in range(10)}
d = {i: i for i in range(10)}
keys = []
for k in d:
    keys.append(k)
assert keys == list(range(10))
