"""Sum the squares of a range on several threads at once.

Under gilfree every thread runs on its own core; under CPython with the
GIL they take turns. Usage: parallel_sum.py [THREADS] [N]
"""
import sys
import threading
import time


def partial_sum(lo, hi, out, slot):
    total = 0
    for i in range(lo, hi):
        total += i * i
    out[slot] = total


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 2_000_000
    results = [0] * threads
    step = n // threads
    workers = []
    start = time.perf_counter()
    cpu_start = time.process_time()
    for t in range(threads):
        lo = t * step
        hi = n if t == threads - 1 else lo + step
        w = threading.Thread(target=partial_sum, args=(lo, hi, results, t))
        workers.append(w)
        w.start()
    for w in workers:
        w.join()
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    total = sum(results)
    assert total == (n - 1) * n * (2 * n - 1) // 6, total
    print(f"sum of squares below {n:,} on {threads} threads: {total}")
    # CPU time shows the work the threads did in all; elapsed time below
    # CPU time means they ran at once.
    print(f"{elapsed:.3f} s elapsed, {cpu:.3f} s CPU")


if __name__ == "__main__":
    main()
