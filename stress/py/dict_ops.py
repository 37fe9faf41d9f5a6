"""Many threads insert, update, delete and read keys of one shared dict.

Each thread owns the keys (k, i): it stores them one by one and with
update() and setdefault(), overwrites them, deletes some with del and
pop(), and reads other threads' keys meanwhile.
Every thread also adds to shared counter keys under a lock. At the end
the dict holds exactly the expected keys with their last values, and
the counters their exact sums."""

import threading
import stresslib

cfg = stresslib.setup("dict_ops", iters=20000)
shared = {}
counter_lock = threading.Lock()
COUNTERS = 4
for c in range(COUNTERS):
    shared[("count", c)] = 0


def worker(k):
    for i in range(cfg.iters):
        op = i % 6
        key = (k, i)
        if op == 0:
            shared[key] = i
        elif op == 1:
            shared.update({key: i, (k, i - 1): -i})
        elif op == 2:
            shared[(k, i - 2)] = i  # overwrite the key stored at op 0
            if shared.setdefault(key, i) != i:
                stresslib.fail("setdefault on a new key")
        elif op == 3:
            del shared[(k, i - 3)]  # the key stored at op 0
            v = shared.pop((k, i - 1))  # stored by setdefault at op 2
            if v != i - 1:
                stresslib.fail("pop returned %r, expected %r" % (v, i - 1))
            shared[(k, i - 1)] = v
        elif op == 4:
            other = ((k + 1) % cfg.threads, i)
            v = shared.get(other)
            if v is not None and not isinstance(v, int):
                stresslib.fail("read a non-int value %r" % (v,))
            if len(shared) < COUNTERS:
                stresslib.fail("len below the counters")
        else:
            with counter_lock:
                shared[("count", i % COUNTERS)] += 1


def expected_for(k):
    want = {}
    for i in range(cfg.iters):
        op = i % 6
        if op == 0:
            want[(k, i)] = i
        elif op == 1:
            want[(k, i)] = i
            want[(k, i - 1)] = -i
        elif op == 2:
            want[(k, i - 2)] = i
            want.setdefault((k, i), i)
        elif op == 3:
            del want[(k, i - 3)]
            want[(k, i - 1)] = i - 1
    return want


seconds = stresslib.run_threads(worker)
want = {}
for k in range(cfg.threads):
    want.update(expected_for(k))
for c in range(COUNTERS):
    want[("count", c)] = sum(1 for i in range(cfg.iters) if i % 6 == 5 and i % COUNTERS == c) * cfg.threads
stresslib.check(len(shared) == len(want), "len %d, expected %d" % (len(shared), len(want)))
bad = [key for key in want if shared.get(key) != want[key]]
stresslib.check(not bad, "%d keys wrong, e.g. %r: %r != %r" % (len(bad), bad[:1], [shared.get(b) for b in bad[:1]], [want[b] for b in bad[:1]]))
stresslib.report(cfg.threads * cfg.iters, seconds)
