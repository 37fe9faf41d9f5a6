"""A deque and a bytearray shared by many threads.

Each thread appends to both ends of one deque and pops from both ends
(keeping what it popped), and extends and appends to one bytearray and
deletes from its front. At the end the deque's items plus everything
popped are exactly the items pushed, the bytearray's length is exactly
what was added less what was deleted, and every byte is one a thread
wrote."""

import collections
import stresslib

cfg = stresslib.setup("deque_bytearray", iters=10000)
dq = collections.deque()
buf = bytearray()
popped = [[] for _ in range(cfg.threads)]
deleted = [0] * cfg.threads


def worker(k):
    mine = popped[k]
    for i in range(cfg.iters):
        op = i % 8
        if op == 0:
            dq.append((k, i))
        elif op == 1:
            dq.appendleft((k, i))
        elif op == 2:
            try:
                mine.append(dq.pop())
            except IndexError:
                pass
        elif op == 3:
            try:
                mine.append(dq.popleft())
            except IndexError:
                pass
        elif op == 4:
            buf.extend(b"ab")
            buf.append(0x63)
        elif op == 5:
            try:
                del buf[0]
                deleted[k] += 1
            except IndexError:
                pass
        elif op == 6:
            if len(dq) < 0 or len(buf) < 0:
                stresslib.fail("negative len")
        else:
            buf[0:0] = b""  # an empty slice assignment: a no-op under the lock


seconds = stresslib.run_threads(worker)
pushed = set()
for k in range(cfg.threads):
    pushed.update((k, i) for i in range(cfg.iters) if i % 8 in (0, 1))
found = list(dq)
for p in popped:
    found.extend(p)
stresslib.check(len(found) == len(pushed), "deque: %d items found, %d pushed" % (len(found), len(pushed)))
stresslib.check(set(found) == pushed, "deque: the items found are not the items pushed")
added = 3 * cfg.threads * sum(1 for i in range(cfg.iters) if i % 8 == 4)
stresslib.check(len(buf) == added - sum(deleted), "bytearray: len %d, expected %d" % (len(buf), added - sum(deleted)))
stresslib.check(set(buf) <= set(b"abc"), "bytearray: a byte nobody wrote")
stresslib.report(cfg.threads * cfg.iters, seconds)
