"""Producers and consumers over a bounded buffer guarded by a Condition.

Producers wait (with wait_for) while the buffer is full, consumers while
it is empty; each side notifies the other. Half the notifications are
notify() and half notify_all(), and some waits have a timeout and loop,
so both wake-up paths and timeouts are exercised. Every item must be
consumed exactly once."""

import collections
import threading
import stresslib

cfg = stresslib.setup("condition_pc", iters=5000, min_threads=2)
producers = max(1, cfg.threads // 2)
consumers = max(1, cfg.threads - producers)
CAP = 8
buf = collections.deque()
cond = threading.Condition(threading.Lock())
produced_done = [0]
got = [[] for _ in range(consumers)]


def produce(k):
    for i in range(cfg.iters):
        with cond:
            if i % 2:
                cond.wait_for(lambda: len(buf) < CAP)
            else:
                while len(buf) >= CAP:
                    cond.wait(0.05)
            buf.append((k, i))
            if i % 2:
                cond.notify()
            else:
                cond.notify_all()
    with cond:
        produced_done[0] += 1
        cond.notify_all()


def consume(c):
    mine = got[c]
    while True:
        with cond:
            while not buf:
                if produced_done[0] == producers:
                    return
                cond.wait(0.05 if c % 2 else None)
            item = buf.popleft()
            cond.notify_all()
        mine.append(item)


def worker(k):
    if k < producers:
        produce(k)
    else:
        consume(k - producers)


seconds = stresslib.run_threads(worker, n=producers + consumers)
items = [item for g in got for item in g]
stresslib.check(len(items) == producers * cfg.iters, "%d consumed, %d produced" % (len(items), producers * cfg.iters))
stresslib.check(set(items) == set((k, i) for k in range(producers) for i in range(cfg.iters)), "items differ")
for g in got:
    per = {}
    for k, i in g:
        if per.get(k, -1) >= i:
            stresslib.fail("a consumer saw producer %d's items out of order" % k)
            break
        per[k] = i
stresslib.report(len(items), seconds)
