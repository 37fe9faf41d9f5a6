# Generators made and dropped in every state (never started, suspended
# with live locals, finished, raised, closed, with gi_frame looked at),
# many times over, so that each new generator may reuse a dead one's
# memory: each must start from its own arguments with an empty stack.

import sys


def counter(start, n, log):
    total = start
    try:
        for i in range(n):
            total += i
            yield total
    finally:
        log.append(("done", start, n))


def failing(x):
    yield x
    raise ValueError(x)


def delegating(k):
    got = yield from counter(k, 3, [])
    return got


log = []
results = []
for round_ in range(200):
    g0 = counter(round_, 5, log)  # never started: dropped with its args
    del g0
    g1 = counter(round_, 5, log)
    assert next(g1) == round_
    assert next(g1) == round_ + 1
    del g1  # suspended: closed, its finally runs
    assert log[-1] == ("done", round_, 5), log[-1]
    g2 = counter(round_, 3, log)
    results.append(list(g2))  # finished
    g3 = failing(round_)
    assert next(g3) == round_
    try:
        next(g3)
    except ValueError as e:
        assert e.args == (round_,)
    else:
        raise AssertionError("no ValueError")
    assert next(g3, "end") == "end"
    g4 = counter(round_, 4, log)
    next(g4)
    g4.close()
    assert g4.gi_frame is None
    g5 = counter(round_, 2, log)
    frame = g5.gi_frame
    assert frame.f_code.co_name == "counter"
    del g5
    assert frame.f_code.co_name == "counter"
    del frame
    g6 = delegating(round_)
    assert list(g6) == [round_, round_ + 1, round_ + 3]
    assert g6.gi_running is False and g6.gi_suspended is False

assert results[0] == [0, 1, 3]
assert results[199] == [199, 200, 202]
assert all(r == [k, k + 1, k + 3] for k, r in enumerate(results))
assert log.count(("done", 7, 5)) == 1  # g1 closed; g0 never ran its try
assert sum(1 for entry in log if entry[2] == 4) == 200

# Generator expressions over generators, nested and dropped half-way.
for k in range(100):
    gen = (x * 2 for x in counter(k, 10, []) if x % 2)
    first = next(gen)
    assert first % 2 == 0
    assert sum(x for x in (y for y in range(k))) == k * (k - 1) // 2
    del gen

# A generator that keeps a reference to itself in a local: freed by the
# collector, not reused while alive.
def selfish():
    me = yield
    yield me


s = selfish()
next(s)
assert s.send(s) is s
del s
import gc
gc.collect()
print("generator reuse ok")
