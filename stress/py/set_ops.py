"""Many threads add to and discard from one shared set.

Each thread adds its own members (k, i) and discards every other one
again, adds and discards shared members that all threads fight over,
and tests membership and len meanwhile. At the end the set holds
exactly the members each thread kept, and the fought-over members are
present exactly when the last operation on each (decided under a lock)
was an add."""

import threading
import stresslib

cfg = stresslib.setup("set_ops", iters=20000)
shared = set()
HOT = 16
hot_lock = threading.Lock()
hot_state = [False] * HOT


def worker(k):
    for i in range(cfg.iters):
        op = i % 5
        if op == 0:
            shared.add((k, i))
        elif op == 1:
            shared.add((k, i))
            shared.discard((k, i - 1))
        elif op == 2:
            if (k, i - 1) not in shared:
                stresslib.fail("member (%d, %d) missing" % (k, i - 1))
            if (k, i - 2) in shared:
                stresslib.fail("member (%d, %d) still present" % (k, i - 2))
        elif op == 3:
            h = (i // 5 + k) % HOT
            with hot_lock:
                if hot_state[h]:
                    shared.discard(("hot", h))
                else:
                    shared.add(("hot", h))
                hot_state[h] = not hot_state[h]
        else:
            shared.discard(("absent", k))
            if len(shared) < 0:
                stresslib.fail("negative len")


seconds = stresslib.run_threads(worker)
want = set()
for k in range(cfg.threads):
    want.update((k, i) for i in range(cfg.iters) if i % 5 == 1)
want.update(("hot", h) for h in range(HOT) if hot_state[h])
stresslib.check(len(shared) == len(want), "len %d, expected %d" % (len(shared), len(want)))
stresslib.check(shared == want, "members differ: %d missing, %d extra" % (len(want - shared), len(shared - want)))
stresslib.report(cfg.threads * cfg.iters, seconds)
