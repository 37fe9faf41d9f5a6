"""threading.local isolation.

Every thread reads and writes the same threading.local objects (a plain
one and a subclass with __init__ arguments and a method) and must only
ever see its own values: a thread's first access finds a fresh object
(the subclass's __init__ ran for it, with the constructor's arguments),
its writes are never seen by others, and its values stay put while other
threads write theirs. Threads are started in waves so that locals of
ended threads are dropped while others still use theirs."""

import threading
import stresslib

cfg = stresslib.setup("thread_local", iters=5000)
plain = threading.local()


class Counter(threading.local):
    def __init__(self, start):
        self.value = start
        self.owner = threading.get_ident()

    def bump(self):
        self.value += 1
        return self.value


counter = Counter(100)
inits = [0]
inits_lock = threading.Lock()


def worker(k):
    me = threading.get_ident()
    if hasattr(plain, "k"):
        stresslib.fail("thread %d saw another thread's plain local" % k)
    if counter.value != 100 or counter.owner != me:
        stresslib.fail("thread %d: subclass __init__ did not run for it" % k)
    with inits_lock:
        inits[0] += 1
    plain.k = k
    plain.items = []
    for i in range(cfg.iters):
        plain.items.append(i)
        plain.last = i
        if counter.bump() != 101 + i:
            stresslib.fail("thread %d: counter skipped" % k)
            return
        if plain.k != k or plain.last != i:
            stresslib.fail("thread %d saw %r" % (k, plain.k))
            return
    if len(plain.items) != cfg.iters or counter.owner != me:
        stresslib.fail("thread %d: its local changed under it" % k)


seconds = stresslib.run_threads(worker)
seconds += stresslib.run_threads(worker)
stresslib.check(inits[0] == 2 * cfg.threads, "subclass __init__ ran %d times" % inits[0])
stresslib.check(not hasattr(plain, "k"), "the main thread sees a worker's value")
stresslib.check(counter.value == 100, "the main thread's counter changed")
stresslib.report(2 * cfg.threads * cfg.iters, seconds)
