"""Generators: each thread drives its own generator pipelines (a
generator, a generator expression over it, sum), so frames are created,
suspended and resumed on every thread."""

import scalelib


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def work(k, units):
    total = 0
    for r in range(units // 100):
        total += sum(x * 2 for x in numbers(100) if x & 1)
    return total


scalelib.main("generators", work, 300000)
