"""Shared reads: every thread reads the same dict, list and instance,
and calls the same function and method, writing nothing shared. This is
the case biased and deferred reference counting are for: a shared
object's count must not become a contended cache line."""

import scalelib

TABLE = {i: i * i for i in range(256)}
ITEMS = list(range(256))


class Shape:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


SHAPE = Shape(3, 4)


def lookup(i):
    return TABLE[i & 255] + ITEMS[(i * 7) & 255]


def work(k, units):
    acc = 0
    for i in range(units):
        acc += lookup(i) + SHAPE.area() + SHAPE.w
    return acc


scalelib.main("shared_reads", work, 300000)
