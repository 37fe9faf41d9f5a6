"""for k, v in d.items() unpacks each item without building its tuple in
gilfree: the loop must still see exactly what CPython's does, including
the errors when the dict changes, reversed views, and threads."""

import threading

d = {i: str(i) for i in range(10)}
seen = []
for k, v in d.items():
    seen.append((k, v))
assert seen == list(d.items()) == [(i, str(i)) for i in range(10)]

# Deleted entries are skipped.
for i in range(0, 10, 3):
    del d[i]
assert [k for k, v in d.items()] == [1, 2, 4, 5, 7, 8]
assert [v for k, v in reversed(d.items())] == ["8", "7", "5", "4", "2", "1"]

# Growing during the loop: CPython's error, raised on the next step.
d = {1: 2, 3: 4}
try:
    for k, v in d.items():
        d[k + 10] = v
except RuntimeError as e:
    assert str(e) == "dictionary changed size during iteration", e
else:
    raise AssertionError("no error")

# The same size but other keys.
d = {1: 2, 3: 4}
try:
    for k, v in d.items():
        del d[k]
        d[k + 10] = 1
except RuntimeError as e:
    assert str(e) == "dictionary keys changed during iteration", e
else:
    raise AssertionError("no error")

# Values replaced during the loop are seen.
d = dict.fromkeys("abc", 0)
out = []
for k, v in d.items():
    out.append(v)
    if k == "a":
        d["c"] = 9
assert out == [0, 0, 9], out

# Break keeps the iterator usable.
d = {i: i * i for i in range(5)}
it = iter(d.items())
for k, v in it:
    if k == 2:
        break
assert next(it) == (3, 9)

# The loop variables hold their own references.
class Box:
    pass
d = {"x": Box(), "y": Box()}
kept = []
for k, v in d.items():
    kept.append(v)
d.clear()
assert all(isinstance(b, Box) for b in kept)

# Threads iterating one dict while another replaces values: every pair
# seen is a key with one of its values.
shared = {i: i for i in range(200)}
bad = []
stop = threading.Event()


def writer():
    n = 0
    while not stop.is_set():
        shared[n % 200] = (n % 200) + 1000 * (n // 200 % 2)
        n += 1


def reader():
    for _ in range(50):
        for k, v in shared.items():
            if v % 1000 != k:
                bad.append((k, v))


w = threading.Thread(target=writer)
w.start()
rs = [threading.Thread(target=reader) for _ in range(2)]
for r in rs:
    r.start()
for r in rs:
    r.join()
stop.set()
w.join()
assert bad == [], bad[:5]
print("ok")
