"""Counters incremented under a Lock, an RLock (entered twice), a
Condition and a Semaphore(1) by many threads at once.

Each thread does read-modify-write increments that take several
bytecodes, so without mutual exclusion updates would be lost. The
final counts must be exact, and each lock must be free at the end."""

import threading
import stresslib

cfg = stresslib.setup("lock_counters", iters=20000)
lock = threading.Lock()
rlock = threading.RLock()
cond = threading.Condition()
sem = threading.Semaphore(1)


class Box:
    def __init__(self):
        self.value = 0


boxes = {"lock": Box(), "rlock": Box(), "cond": Box(), "sem": Box()}


def bump(box):
    v = box.value
    box.value = v + 1


def worker(k):
    b_lock, b_rlock, b_cond, b_sem = boxes["lock"], boxes["rlock"], boxes["cond"], boxes["sem"]
    for i in range(cfg.iters):
        op = i % 4
        if op == 0:
            with lock:
                bump(b_lock)
        elif op == 1:
            with rlock:
                with rlock:
                    bump(b_rlock)
                bump(b_rlock)
        elif op == 2:
            with cond:
                bump(b_cond)
        else:
            sem.acquire()
            try:
                bump(b_sem)
            finally:
                sem.release()


seconds = stresslib.run_threads(worker)
per = [sum(1 for i in range(cfg.iters) if i % 4 == op) * cfg.threads for op in range(4)]
stresslib.check(boxes["lock"].value == per[0], "Lock counter %d != %d" % (boxes["lock"].value, per[0]))
stresslib.check(boxes["rlock"].value == 2 * per[1], "RLock counter %d != %d" % (boxes["rlock"].value, 2 * per[1]))
stresslib.check(boxes["cond"].value == per[2], "Condition counter %d != %d" % (boxes["cond"].value, per[2]))
stresslib.check(boxes["sem"].value == per[3], "Semaphore counter %d != %d" % (boxes["sem"].value, per[3]))
stresslib.check(not lock.locked(), "Lock still held")
stresslib.check(lock.acquire(blocking=False), "Lock not free")
stresslib.check(rlock.acquire(blocking=False), "RLock not free")
stresslib.check(sem.acquire(blocking=False), "Semaphore not free")
stresslib.report(cfg.threads * cfg.iters, seconds)
