"""A counter under one shared Lock: the fully serialized case. Each
thread increments the counter; the final value is checked. No
interpreter can speed this up with threads; it shows what contention on
one lock costs."""

import threading
import scalelib

LOCK = threading.Lock()
COUNT = [0]


def work(k, units):
    lock, count = LOCK, COUNT
    for i in range(units):
        with lock:
            count[0] += 1


def setup(threads, units):
    def check():
        assert COUNT[0] == threads * units, (COUNT[0], threads * units)
    return check


scalelib.main("lock_counter", work, 100000, setup)
