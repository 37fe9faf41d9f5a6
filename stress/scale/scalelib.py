"""Shared scaffolding of the scaling workloads.

    gilfree <workload>.py [THREADS [UNITS]]

Each of THREADS threads (default 1) does UNITS units of the workload's
work (each workload has its own default), all started together; the
workload prints one line with the wall time from the start signal until
the last thread ended:

    SCALE <name> threads=<n> units=<per thread> seconds=<s> cpu=<s>

cpu is the process's CPU time over the same span (time.process_time: every
thread's, and in gilfree the Go runtime's collector too).

N threads do N times the work of one, so on a machine with N free cores
an interpreter that scales perfectly takes as long at N threads as at 1.
"""

import sys
import threading
import time


def main(name, work, units, setup=None):
    """Run work(k, units) on each thread and print the result line.
    setup(threads), if given, runs first and its result is passed to
    check(result) afterwards: a workload that must verify what the threads
    did returns a check function from setup."""
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    units = int(sys.argv[2]) if len(sys.argv) > 2 else units
    check = setup(threads, units) if setup is not None else None
    go = threading.Event()

    def body(k):
        go.wait()
        work(k, units)

    ts = [threading.Thread(target=body, args=(k,)) for k in range(threads)]
    for t in ts:
        t.start()
    start, cpu0 = time.perf_counter(), time.process_time()
    go.set()
    for t in ts:
        t.join()
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu0
    if check is not None:
        check()
    print("SCALE %s threads=%d units=%d seconds=%.4f cpu=%.4f" % (name, threads, units, seconds, cpu))
