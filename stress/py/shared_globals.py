"""Module globals rebound by some threads while others read them.

gilfree reads a global that another thread owns without counting it
(the value becomes shared-deferred) and frees such values only in a
sweep that finds no thread holding them. Half the threads keep replacing
CURRENT with a new Box, and every thread reads it and keeps what it read
in locals, in a list, and in generators suspended between reads, and
checks the Box's contents each time: a freed Box would have lost its
slots. At the end every Box's __del__ must have run exactly once."""

import gc
import threading
import stresslib

cfg = stresslib.setup("shared_globals", iters=3000)
n = cfg.threads
fin_lock = threading.Lock()
finalized = []
failures = []


class Plain:
    """A value freed as soon as nothing holds it: its slots are cleared
    then, so a reader that used it after the free would see it."""
    __slots__ = ("serial", "check")

    def __init__(self, serial):
        self.serial = serial
        self.check = [serial, -serial]


class Box(Plain):
    """Every fourth value: its finalizer records that it ran."""
    __slots__ = ()

    def __del__(self):
        with fin_lock:
            finalized.append(self.serial)


def make(serial):
    return Box(serial) if serial % 4 == 0 else Plain(serial)


def valid(b):
    try:
        return b.check[0] == b.serial and b.check[1] == -b.serial
    except AttributeError:
        return False


CURRENT = make(n * cfg.iters)


def watcher():
    b = CURRENT
    yield valid(b)
    c = CURRENT
    yield valid(b) and valid(c)
    yield valid(b) and valid(c) and valid(CURRENT)


def worker(k):
    global CURRENT
    writer = k % 2 == 0
    bad = 0
    keep = []
    g = watcher()
    for i in range(cfg.iters):
        if writer:
            CURRENT = make(k * cfg.iters + i)
            if i % 16 == 15:
                gc.collect()
        b = CURRENT
        spin = 0
        for j in range(8):
            spin += b.serial
        if not valid(b):
            bad += 1
        keep.append(CURRENT)
        if len(keep) > 8:
            if not all(valid(x) for x in keep):
                bad += 1
            keep.clear()
        ok = next(g, None)
        if ok is None:
            g = watcher()
        elif not ok:
            bad += 1
    if bad:
        with fin_lock:
            failures.append((k, bad))


seconds = stresslib.run_threads(worker)
del CURRENT
gc.collect()
gc.collect()
with fin_lock:
    seen = list(finalized)
expected = {k * cfg.iters + i for k in range(0, n, 2) for i in range(cfg.iters)} | {n * cfg.iters}
expected = {s for s in expected if s % 4 == 0}
total = len(expected)
stresslib.check(not failures, "readers saw broken Boxes: %r" % failures)
stresslib.check(len(seen) == total, "%d finalizers ran for %d objects" % (len(seen), total))
stresslib.check(len(set(seen)) == len(seen), "%d finalizers ran twice" % (len(seen) - len(set(seen))))
stresslib.check(set(seen) == expected, "%d objects never finalized" % len(expected - set(seen)))
stresslib.report(n * cfg.iters, seconds)
