# Objects whose memory a thread's free list hands to the next object of the
# same type (slices, sets) come back with nothing of the dead one: bounds,
# members, table size (which fixes a set's iteration order) or cached hash.

# Slices: many made and dropped (as l[a:b] = v and l[a:b:c] make them), while
# others stay alive with their own bounds.
kept = slice(1, 7, 2)
data = list(range(10))
for i in range(300):
    k = i % 5
    first = data[0]
    data[:k] = data[1 : k + 1]
    data[k] = first
    data = data[::-1]
    fresh = slice(None, i)
    assert (fresh.start, fresh.stop, fresh.step) == (None, i, None)
assert (kept.start, kept.stop, kept.step) == (1, 7, 2)
assert sorted(data) == list(range(10))
assert slice(3).indices(10) == (0, 3, 1)

# Ranges and their iterators, big ones among them, made and dropped in loops.
kept_range = range(3, 40, 4)
kept_iter = iter(range(5, 8))
next(kept_iter)
for i in range(200):
    total = 0
    for j in range(i % 7):
        total += j
    assert total == sum(range(i % 7))
    huge = range(2**70, 2**70 + 3)
    assert len(huge) == 3 and huge[1] == 2**70 + 1
    del huge
    small_range = range(i, i + 2)
    assert list(small_range) == [i, i + 1] and len(small_range) == 2
    assert list(reversed(range(i % 4))) == list(range(i % 4))[::-1]
assert list(kept_range) == [3, 7, 11, 15, 19, 23, 27, 31, 35, 39]
assert list(kept_iter) == [6, 7]

# Sets: a set that grew past its first table dies, and the next small set
# starts from an empty table of the first size, so it iterates as CPython's.
for n in range(1, 30):
    big = {i * 7 for i in range(n)}
    assert len(big) == n
    del big
    small = set()
    small.add(5)
    small.add(13)
    assert list(small) == [13, 5]
    assert list({5, 13}) == [13, 5]
    assert len(small) == 2 and 13 in small and 21 not in small
    empty = set()
    assert not empty and list(empty) == []

# Tables of the grown sizes are reused too (emptied), and a grown set
# iterates as CPython's.
for round_ in range(30):
    grown = [{i * 37 for i in range(n)} for n in (6, 20, 40)]
    assert list(grown[0]) == [0, 37, 74, 111, 148, 185]
    assert list(grown[1]) == [0, 259, 518, 148, 407, 666, 37, 296, 555, 185,
                              444, 703, 74, 333, 592, 222, 481, 111, 370, 629]
    assert list(grown[2])[:10] == [0, 259, 518, 777, 1036, 1295, 148, 407, 666, 925]
    assert sorted(grown[2]) == [i * 37 for i in range(40)]
    del grown

# Members passing through a set leave deleted entries: a new member takes
# the last deleted slot on its probe path (CPython's rule, which fixes the
# order below), and a small table full of them is purged in place.
churn = set()
for i in range(200):
    churn.add(i % 13)
    if i % 3:
        churn.discard((i * 7) % 13)
assert list(churn) == [5, 4, 3, 9, 0, 12, 10, 11, 8]
for i in range(1000):
    churn.add(100 + i % 5)
    churn.remove(100 + i % 5)
assert list(churn) == [5, 4, 3, 9, 0, 12, 10, 11, 8]

# Deleted members (dummies) of a dead set do not reach the next one.
s = {1, 2, 3, 4}
s.discard(2)
s.discard(3)
del s
t = set()
assert 2 not in t and 3 not in t and len(t) == 0
t.add(10)
assert list(t) == [10]

# A frozenset's cached hash is computed anew for the next one.
for i in range(50):
    f = frozenset({i, i + 1})
    assert hash(f) == hash(frozenset([i + 1, i]))
    g = frozenset({i + 100})
    assert hash(g) == hash(frozenset([i + 100]))
    assert f != g


# Subclass instances are not recycled as plain sets.
class Tagged(set):
    tag = "t"


for i in range(20):
    ts = Tagged({i, -i})
    assert type(ts) is Tagged and ts.tag == "t"
    del ts
    plain = {i}
    assert type(plain) is set and list(plain) == [i]

print("ok")
