"""Independent compute: each thread runs its own loop of integer and
float arithmetic and calls of a small function, touching nothing shared
but the function and the module's globals."""

import scalelib


def step(a, b):
    return (a * 31 + b) % 1000003


def work(k, units):
    acc = k
    f = 0.5
    for i in range(units):
        acc = step(acc, i)
        f = f * 0.999 + 0.001 * (i & 7)
        if acc & 1:
            acc += 3
    return acc, f


scalelib.main("independent", work, 400000)
