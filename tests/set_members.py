# Sets whose members come and go (a search's used columns and
# diagonals): membership, iteration order (CPython's table order, which
# dummies and their reuse decide), and keys that share low hash bits or
# a hash (-1 and -2), across removals, pops, clears and rebuilds.
import random

cols, sums, diffs = set(), set(), set()
log = []
n = 7


def place(row, placed):
    if row == n:
        log.append(tuple(placed))
        return
    for col in range(n):
        if col in cols or row + col in sums or row - col in diffs:
            continue
        placed.append(col)
        cols.add(col)
        sums.add(row + col)
        diffs.add(row - col)
        place(row + 1, placed)
        placed.pop()
        cols.remove(col)
        sums.remove(row + col)
        diffs.remove(row - col)


place(0, [])
assert len(log) == 40 and log[0] == (0, 2, 4, 6, 1, 3, 5)
assert not cols and not sums and not diffs
print("search ok", len(log))

s = set(range(-12, 12))
for k in range(-12, 12, 2):
    s.discard(k)
assert list(s) == [1, 3, 5, 7, 9, 11, -11, -9, -7, -5, -3, -1], list(s)
s.update([-1, -2, 32, 64, -32])
assert -2 in s and -1 in s and 32 in s and 64 in s and -32 in s and 0 not in s
assert hash(-1) == hash(-2)
s.remove(-1)
assert -1 not in s and -2 in s
s.remove(-2)
assert -2 not in s and -1 not in s
print(sorted(s))
print(list(s))

rng = random.Random(5)
t = set()
model = set()
for step in range(3000):
    k = rng.randrange(-40, 40) * rng.choice([1, 1, 32, 1024])
    op = rng.randrange(6)
    if op < 3:
        t.add(k)
        model.add(k)
    elif op < 5:
        t.discard(k)
        model.discard(k)
    elif t:
        model.discard(t.pop())
    if step % 500 == 0:
        t = set(t)  # a copy: the same table slot for slot
    assert len(t) == len(model)
for k in range(-50000, 50000, 97):
    assert (k in t) == (k in model)
assert all(k in t for k in model)
print(len(t), list(t)[:10])
t.clear()
assert 0 not in t and len(t) == 0
fs = frozenset(x * 33 for x in range(20))
assert 33 * 7 in fs and 34 not in fs and 0 in fs

# A set comprehension takes over each value's reference: duplicates (by
# __eq__) and unhashable values are dropped, and nothing is kept alive.


class Key:
    dels = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        return isinstance(other, Key) and other.v == self.v

    def __del__(self):
        Key.dels += 1


ks = {Key(i % 3) for i in range(9)}
assert len(ks) == 3 and Key.dels == 6
del ks
assert Key.dels == 9
try:
    {[i] for i in range(3)}
    raise AssertionError("no TypeError")
except TypeError as e:
    assert str(e) == "unhashable type: 'list'"
assert {i * i % 7 for i in range(-20, 20)} == {0, 1, 2, 4}
assert {2 ** 70 + i % 2 for i in range(4)} == {2 ** 70, 2 ** 70 + 1}
assert list({x for x in (1.0, 1, True)}) == [1.0]
print("set members ok")
