"""Attribute writes on shared instances.

All threads write to the same few instances: each thread its own
attribute names (so the instance dicts grow and are resized while other
threads read them), a shared attribute written under a lock
(read-modify-write counts must be exact), and class attributes replaced
on a shared class while other threads read them through instances.
Deleting and re-adding attributes with delattr/hasattr churns the dicts.
At the end each instance holds exactly every thread's last values."""

import threading
import stresslib

cfg = stresslib.setup("attr_writes", iters=10000)


class Shared:
    kind = 0

    def __init__(self):
        self.count = 0


objs = [Shared() for _ in range(4)]
lock = threading.Lock()


def worker(k):
    name = "t%d" % k
    tmp = "tmp%d" % k
    for i in range(cfg.iters):
        o = objs[i % len(objs)]
        setattr(o, name, i)
        if getattr(o, name) != i:
            stresslib.fail("%s.%s lost its value" % (i % len(objs), name))
        if i % 4 == 0:
            with lock:
                o.count = o.count + 1
        elif i % 4 == 1:
            setattr(o, tmp, i)
            delattr(o, tmp)
            if hasattr(o, tmp):
                stresslib.fail("deleted attribute still present")
        elif i % 4 == 2:
            Shared.kind = i
            if not isinstance(o.kind, int):
                stresslib.fail("class attribute torn")
        else:
            other = "t%d" % ((k + 1) % cfg.threads)
            v = getattr(o, other, None)
            if v is not None and not isinstance(v, int):
                stresslib.fail("read a torn attribute")


seconds = stresslib.run_threads(worker)
counts = sum(o.count for o in objs)
stresslib.check(counts == cfg.threads * sum(1 for i in range(cfg.iters) if i % 4 == 0),
                "locked counts %d" % counts)
for j, o in enumerate(objs):
    last = max(i for i in range(cfg.iters) if i % len(objs) == j) if cfg.iters > j else None
    for k in range(cfg.threads):
        v = getattr(o, "t%d" % k, None)
        stresslib.check(v == last, "obj %d t%d = %r, expected %r" % (j, k, v, last))
        stresslib.check(not hasattr(o, "tmp%d" % k), "tmp attribute left behind")
stresslib.report(cfg.threads * cfg.iters, seconds)
