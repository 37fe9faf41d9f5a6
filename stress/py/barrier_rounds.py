"""Barrier rounds: N threads meet at a Barrier again and again.

In each round every thread writes the round number into its slot, waits
at the barrier, checks that every slot holds this round (nobody ran
ahead or lagged behind), and waits again before the next round. The
barrier's action counts the rounds, and exactly one thread per wait gets
index 0. A second barrier is aborted at the end: every waiter must get
BrokenBarrierError."""

import threading
import stresslib

cfg = stresslib.setup("barrier_rounds", iters=500)
n = cfg.threads
slots = [-1] * n
actions = [0]
zeros = [0] * cfg.iters
zeros_lock = threading.Lock()


def action():
    actions[0] += 1


bar = threading.Barrier(n, action=action)


def worker(k):
    for r in range(cfg.iters):
        slots[k] = r
        idx = bar.wait()
        if idx == 0:
            with zeros_lock:
                zeros[r] += 1
        bad = [s for s in slots if s != r]
        if bad:
            stresslib.fail("round %d: slots %r" % (r, bad[:4]))
        bar.wait()


seconds = stresslib.run_threads(worker)
stresslib.check(actions[0] == 2 * cfg.iters, "action ran %d times, expected %d" % (actions[0], 2 * cfg.iters))
stresslib.check(zeros == [1] * cfg.iters, "index 0 not exactly once per round")
stresslib.check(bar.n_waiting == 0 and not bar.broken, "barrier left dirty")

broken = threading.Barrier(n + 1)
errors = []
errors_lock = threading.Lock()


def waiter(k):
    try:
        broken.wait()
    except threading.BrokenBarrierError:
        with errors_lock:
            errors.append(k)


ws = [threading.Thread(target=waiter, args=(k,)) for k in range(n)]
for w in ws:
    w.start()
while broken.n_waiting < n:
    threading.Event().wait(0.001)
broken.abort()
for w in ws:
    w.join()
stresslib.check(sorted(errors) == list(range(n)), "BrokenBarrierError in %d of %d waiters" % (len(errors), n))
stresslib.check(broken.broken, "aborted barrier not broken")
stresslib.report(2 * n * cfg.iters, seconds)
