"""Memoryviews of one bytearray, made, written through and released by
many threads while others read the bytearray and try to resize it.

A resize succeeds only while no view lives (else BufferError), so each
thread counts its successful appends and pops; at the end the length is
exactly the start plus what was appended less what was popped, every
byte is one a thread wrote, and with every view released the bytearray
resizes again."""

import stresslib

cfg = stresslib.setup("memoryview_exports", iters=6000)
SIZE = 256
buf = bytearray(SIZE)
appended = [0] * cfg.threads
popped = [0] * cfg.threads
refused = [0] * cfg.threads


def worker(k):
    mark = 1 + k % 250
    for i in range(cfg.iters):
        op = i % 6
        if op in (0, 1):
            with memoryview(buf) as v:
                v[(i * 7 + k) % SIZE] = mark
                part = v[k % 16:SIZE:16]
                part[0] = mark
                part.release()
        elif op == 2:
            b = bytes(buf)
            if len(b) < SIZE:
                stresslib.fail("bytearray shorter than its views' span: %d" % len(b))
        elif op == 3:
            try:
                buf.append(mark)
                appended[k] += 1
            except BufferError:
                refused[k] += 1
        elif op == 4:
            # Only what this thread added: the length never falls below
            # SIZE, whichever thread's byte is removed.
            if popped[k] < appended[k]:
                try:
                    buf.pop()
                    popped[k] += 1
                except BufferError:
                    refused[k] += 1
        else:
            # While a view lives the bytearray cannot change its length.
            v = memoryview(buf).cast("B")
            n = len(v)
            bytes(v)
            if len(buf) != n:
                stresslib.fail("the bytearray resized under a view: %d -> %d" % (n, len(buf)))
            v.release()


seconds = stresslib.run_threads(worker)
want = SIZE + sum(appended) - sum(popped)
marks = {0} | {1 + k % 250 for k in range(cfg.threads)}
stresslib.check(set(buf) <= marks, "bytearray: a byte nobody wrote")
stresslib.check(len(buf) == want, "bytearray: len %d, expected %d" % (len(buf), want))
buf.append(0)
stresslib.check(buf.pop() == 0, "the bytearray does not resize once every view is released")
stresslib.report(cfg.threads * cfg.iters, seconds)
