"""Objects handed between threads and dropped by whichever holds the last
reference; each object's __del__ must run exactly once.

Every thread creates objects with serial numbers and passes them through
queues to the next thread in a ring; an object is held meanwhile by a
shared list slot that another thread clears, so the last reference is
dropped sometimes by the creator, sometimes by a receiver, sometimes by
the thread that clears the slot. Some __del__ methods take a
threading.Lock that other threads (among them the objects' creators)
hold meanwhile. After the threads
end, gc.collect() waits for pending finalizers (gilfree runs them on a
finalizer thread); then every serial must have been finalized exactly
once: none lost, none run twice."""

import gc
import queue
import threading
import stresslib

cfg = stresslib.setup("del_handoff", iters=3000)
n = cfg.threads
finalized = []
fin_lock = threading.Lock()
busy_lock = threading.Lock()
slots = [None] * 64


class Tracked:
    __slots__ = ("serial", "payload")

    def __init__(self, serial):
        self.serial = serial
        self.payload = [serial]

    def __del__(self):
        if self.serial % 7 == 0:
            with busy_lock:
                pass
        with fin_lock:
            finalized.append(self.serial)


rings = [queue.SimpleQueue() for _ in range(n)]
DONE = -1


def worker(k):
    inbox, outbox = rings[k], rings[(k + 1) % n]
    for i in range(cfg.iters):
        obj = Tracked(k * cfg.iters + i)
        if i % 3 == 0:
            slots[(k * 7 + i) % len(slots)] = obj  # replaces (drops) another's object
        outbox.put(obj)
        del obj
        if i % 5 == 0:
            # Hold the lock some finalizers take, while other threads drop
            # objects (never drop one here: Lock is not reentrant).
            with busy_lock:
                spin = 0
                for j in range(20):
                    spin += j
        got = inbox.get()
        if i % 2:
            keep = got  # dropped on the next iteration's rebinding
        del got
        if i % 11 == 0:
            slots[(k + i) % len(slots)] = None
    outbox.put(DONE)
    while inbox.get() is not DONE:
        pass


seconds = stresslib.run_threads(worker)
for i in range(len(slots)):
    slots[i] = None
del rings
gc.collect()
gc.collect()
total = n * cfg.iters
with fin_lock:
    seen = list(finalized)
stresslib.check(len(seen) == total, "%d finalizers ran for %d objects" % (len(seen), total))
stresslib.check(len(set(seen)) == len(seen), "%d finalizers ran twice" % (len(seen) - len(set(seen))))
stresslib.check(set(seen) == set(range(total)), "%d objects never finalized" % len(set(range(total)) - set(seen)))
stresslib.report(total, seconds)
