"""String work: each thread formats, joins, splits, searches and hashes
its own strings."""

import scalelib


def work(k, units):
    n = 0
    for i in range(units):
        s = "item-%d-%d" % (k, i)
        parts = s.split("-")
        t = "/".join(parts).upper()
        n += len(t) + t.find("ITEM") + (hash(t) & 1)
    return n


scalelib.main("strings", work, 100000)
