"""Weak references read by other threads while the referent's owner drops
it: a read must return the object intact or None, never a freed or reused
one, and every referent's death must call its reference's callback
exactly once.

Each thread makes objects, each with one weak reference that has a
callback (kept alive in the thread's own list until the end), and
publishes the reference in a shared table; then it drops the object
(usually its only reference: the owner's fast free path) or parks it in a
shared slot that another thread later overwrites. Meanwhile every thread
reads random references from the table and checks what it gets. After
the threads end, gc.collect() waits for the callbacks that the finalizer
thread runs (deaths caused by other threads' releases)."""

import gc
import random
import threading
import weakref
import stresslib

cfg = stresslib.setup("weakref_race", iters=4000)
n = cfg.threads
table = [None] * 256
slots = [None] * 32
called = []
called_lock = threading.Lock()


class Item:
    __slots__ = ("serial", "payload", "__weakref__")

    def __init__(self, serial):
        self.serial = serial
        self.payload = (serial, -serial)


class Ref(weakref.ref):
    __slots__ = ("serial",)


def on_death(r):
    with called_lock:
        called.append(r.serial)


def worker(k):
    rng = random.Random(k)
    mine = []
    bad = 0
    for i in range(cfg.iters):
        serial = k * cfg.iters + i
        obj = Item(serial)
        r = Ref(obj, on_death)
        r.serial = serial
        mine.append(r)
        table[rng.randrange(len(table))] = r
        if i % 4 == 0:
            slots[rng.randrange(len(slots))] = obj  # another thread may drop it
        del obj
        for _ in range(3):
            other = table[rng.randrange(len(table))]
            if other is None:
                continue
            o = other()
            if o is not None and (o.serial != other.serial or o.payload != (o.serial, -o.serial)):
                bad += 1
            del o
    stresslib.check(bad == 0, "thread %d read %d wrong objects through weak references" % (k, bad))
    return mine


kept = [None] * n


def run(k):
    kept[k] = worker(k)


seconds = stresslib.run_threads(run)
for i in range(len(slots)):
    slots[i] = None
gc.collect()
gc.collect()
total = n * cfg.iters
refs = [r for mine in kept for r in mine]
stresslib.check(len(refs) == total, "%d references kept for %d objects" % (len(refs), total))
alive = sum(1 for r in refs if r() is not None)
stresslib.check(alive == 0, "%d referents still alive" % alive)
with called_lock:
    seen = list(called)
stresslib.check(len(seen) == total, "%d callbacks ran for %d deaths" % (len(seen), total))
stresslib.check(len(set(seen)) == len(seen), "%d callbacks ran twice" % (len(seen) - len(set(seen))))
stresslib.report(total, seconds)
