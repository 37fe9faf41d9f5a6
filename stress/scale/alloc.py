"""Allocation: each thread builds and drops small lists, tuples, dicts
and instances of a shared class, so the allocator and the free lists are
exercised from every thread at once."""

import scalelib


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def work(k, units):
    total = 0
    for i in range(units):
        lst = [i, i + 1, i + 2]
        tup = (i, k)
        d = {"a": i, "b": k}
        p = Point(i, k)
        total += len(lst) + len(tup) + len(d) + p.x - i
    return total


scalelib.main("alloc", work, 150000)
