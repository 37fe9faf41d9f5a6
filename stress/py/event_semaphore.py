"""Hand-offs with Event and Semaphore.

Threads are paired; in each pair a ping thread and a pong thread hand a
token back and forth with two Events (set, wait, clear), so the token
value must advance by exactly one per hand-off. Meanwhile every thread
also enters a region guarded by a Semaphore(2) and a BoundedSemaphore(3)
and records how many threads are inside: never more than the
semaphore's value. Releasing a BoundedSemaphore too often raises
ValueError."""

import threading
import stresslib

cfg = stresslib.setup("event_semaphore", iters=2000, min_threads=2)
pairs = max(1, cfg.threads // 2)
tokens = [0] * pairs
ping_ev = [threading.Event() for _ in range(pairs)]
pong_ev = [threading.Event() for _ in range(pairs)]
sem2 = threading.Semaphore(2)
bsem3 = threading.BoundedSemaphore(3)
inside_lock = threading.Lock()
inside = {"s2": 0, "b3": 0}
peak = {"s2": 0, "b3": 0}


def region(name, sem, limit):
    with sem:
        with inside_lock:
            inside[name] += 1
            peak[name] = max(peak[name], inside[name])
            if inside[name] > limit:
                stresslib.fail("%d threads inside a region of %d" % (inside[name], limit))
        with inside_lock:
            inside[name] -= 1


def ping(p):
    for i in range(cfg.iters):
        if tokens[p] != 2 * i:
            stresslib.fail("pair %d ping: token %d, expected %d" % (p, tokens[p], 2 * i))
        tokens[p] += 1
        pong_ev[p].set()
        if not ping_ev[p].wait(60):
            stresslib.fail("pair %d: ping timed out" % p)
            return
        ping_ev[p].clear()
        if i % 8 == 0:
            region("s2", sem2, 2)


def pong(p):
    for i in range(cfg.iters):
        if not pong_ev[p].wait(60):
            stresslib.fail("pair %d: pong timed out" % p)
            return
        pong_ev[p].clear()
        if tokens[p] != 2 * i + 1:
            stresslib.fail("pair %d pong: token %d, expected %d" % (p, tokens[p], 2 * i + 1))
        tokens[p] += 1
        if i % 8 == 0:
            region("b3", bsem3, 3)
        ping_ev[p].set()


def worker(k):
    if k % 2 == 0:
        ping(k // 2)
    else:
        pong(k // 2)


seconds = stresslib.run_threads(worker, n=2 * pairs)
stresslib.check(tokens == [2 * cfg.iters] * pairs, "tokens %r" % tokens[:4])
stresslib.check(inside == {"s2": 0, "b3": 0}, "threads left inside %r" % inside)
try:
    bsem3.release()
    stresslib.fail("BoundedSemaphore released past its value")
except ValueError:
    pass
stresslib.report(2 * pairs * cfg.iters, seconds)
