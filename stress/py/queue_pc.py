"""Producers and consumers over queue.Queue, LifoQueue and PriorityQueue.

Half the threads put numbered items on a bounded queue (so producers
block when it is full), the other half take them (blocking when it is
empty) and call task_done(); the main thread's join() returns only when
every item was processed. Each item must be consumed exactly once: the
consumers' counts and sums must match what was produced."""

import queue
import threading
import time
import stresslib

cfg = stresslib.setup("queue_pc", iters=4000, min_threads=2)
STOP = (1 << 30, 0)  # sorts after every item, for PriorityQueue


def run(q):
    producers = max(1, cfg.threads // 2)
    consumers = max(1, cfg.threads - producers)
    got = [[] for _ in range(consumers)]

    def produce(k):
        for i in range(cfg.iters):
            q.put((k, i))

    def consume(c):
        mine = got[c]
        while True:
            item = q.get()
            if item == STOP:
                q.task_done()
                return
            mine.append(item[1])
            q.task_done()

    ps = [threading.Thread(target=produce, args=(k,)) for k in range(producers)]
    cs = [threading.Thread(target=consume, args=(c,)) for c in range(consumers)]
    for t in cs + ps:
        t.start()
    for t in ps:
        t.join()
    q.join()
    for _ in cs:
        q.put(STOP)
    for t in cs:
        t.join()
    total = sum(len(g) for g in got)
    stresslib.check(total == producers * cfg.iters,
                    "%s: %d items consumed, %d produced" % (type(q).__name__, total, producers * cfg.iters))
    s = sum(sum(g) for g in got)
    stresslib.check(s == producers * cfg.iters * (cfg.iters - 1) // 2, "%s: sum differs" % type(q).__name__)
    stresslib.check(q.empty() and q.qsize() == 0, "%s: not empty at the end" % type(q).__name__)
    return producers * cfg.iters


def main():
    global STOP
    import time
    start = time.perf_counter()
    ops = run(queue.Queue(maxsize=64))
    ops += run(queue.LifoQueue(maxsize=64))
    STOP = (1 << 30, 0)  # sorts after every item, for PriorityQueue
    ops += run(queue.Queue())
    seconds = time.perf_counter() - start
    stresslib.report(ops, seconds)


main()
