"""Iteration over a list, a dict and a set while other threads change them.

Half the threads mutate: they append to and pop from the list, insert
and delete dict keys, add and discard set members, always leaving the
containers as they found them. The other half iterate: plain for loops,
dict views, items(), list(), sorted(), sum(), `in` tests. Nothing may
crash and no value may be torn: every item seen has the expected type.
Dict and set iteration may raise RuntimeError ("changed size during
iteration", as CPython does); such errors are counted and reported, any
other exception is a failure. List iteration never raises. At the end
the containers hold exactly what they started with."""

import threading
import stresslib

cfg = stresslib.setup("iter_mutate", iters=4000, min_threads=2)
BASE = 64
lst = list(range(BASE))
d = {i: i for i in range(BASE)}
s = set(range(BASE))
errors = {"dict": 0, "set": 0}
errors_lock = threading.Lock()
mutators = max(1, cfg.threads // 2)
iterators = max(1, cfg.threads - mutators)
stop = threading.Event()


def mutate(k):
    for i in range(cfg.iters):
        key = -1 - (k * cfg.iters + i)
        lst.append(key)
        d[key] = key
        s.add(key)
        if i % 3 == 0:
            lst.insert(0, key)
            lst.remove(key)
        lst.remove(key)
        del d[key]
        s.discard(key)


def counted(kind, exc):
    if "changed" not in str(exc):
        stresslib.fail("%s iteration raised an unexpected RuntimeError: %s" % (kind, exc))
    with errors_lock:
        errors[kind] += 1


def iterate(k):
    loops = 0
    while not stop.is_set() or loops < 2:
        loops += 1
        for x in lst:
            if type(x) is not int:
                stresslib.fail("list item %r" % (x,))
        if sum(1 for x in list(lst) if type(x) is int) < 0:
            stresslib.fail("impossible")
        for kind, it in (("dict", lambda: d), ("dict", d.keys), ("dict", d.values), ("set", lambda: s)):
            try:
                for x in it():
                    if type(x) is not int:
                        stresslib.fail("%s item %r" % (kind, x))
            except RuntimeError as e:
                counted(kind, e)
        try:
            for key, v in d.items():
                if key != v:
                    stresslib.fail("torn item %r: %r" % (key, v))
        except RuntimeError as e:
            counted("dict", e)
        try:
            sorted(d)
            sorted(s)
        except RuntimeError as e:
            counted("dict", e)
        if 0 not in d or 0 not in s or BASE - 1 not in lst:
            stresslib.fail("a base item went missing")


def worker(k):
    if k < mutators:
        mutate(k)
    else:
        iterate(k)


def run():
    done = [0]
    done_lock = threading.Lock()

    def body(k):
        try:
            worker(k)
        finally:
            if k < mutators:
                with done_lock:
                    done[0] += 1
                    if done[0] == mutators:
                        stop.set()

    return stresslib.run_threads(body, n=mutators + iterators)


seconds = run()
stresslib.check(lst == list(range(BASE)), "list not restored: len %d" % len(lst))
stresslib.check(d == {i: i for i in range(BASE)}, "dict not restored: len %d" % len(d))
stresslib.check(s == set(range(BASE)), "set not restored: len %d" % len(s))
print("iter_mutate: RuntimeErrors during iteration (expected, counted): dict %d, set %d" % (errors["dict"], errors["set"]))
stresslib.report(mutators * cfg.iters * 3, seconds)
