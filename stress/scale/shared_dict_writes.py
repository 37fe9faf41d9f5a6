"""Writes to one shared dict: every thread stores and deletes its own
keys in the same dict, so they contend for its lock. The final size is
checked."""

import scalelib

SHARED = {}


def work(k, units):
    d = SHARED
    base = k * units
    for i in range(units):
        d[base + i] = i
        if i & 1:
            del d[base + i - 1]


def setup(threads, units):
    def check():
        want = threads * (units - units // 2)
        assert len(SHARED) == want, (len(SHARED), want)
    return check


scalelib.main("shared_dict_writes", work, 200000, setup)
