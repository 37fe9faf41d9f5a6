# Unpacking a list (a, b, c = lst) reads its items straight onto the
# stack: the right order, errors for the wrong length with the list left
# alone, items that stay alive after the list goes, and threads that
# unpack a list while another replaces its items (each unpack sees one
# state of the list).

import threading


def basics():
    a, b, c = [1, "two", 3.0]
    assert (a, b, c) == (1, "two", 3.0)
    lst = [object(), object()]
    x, y = lst
    assert x is lst[0] and y is lst[1]
    (p,) = [[5]]
    assert p == [5]
    first, *rest = [1, 2, 3]
    assert first == 1 and rest == [2, 3]
    for n in range(6):
        try:
            q, r, s = list(range(n))
        except ValueError as e:
            msg = str(e)
            if n < 3:
                assert msg == f"not enough values to unpack (expected 3, got {n})", msg
            else:
                assert msg == "too many values to unpack (expected 3)", msg
        else:
            assert n == 3 and (q, r, s) == (0, 1, 2)


def survivors():
    # The list dies as it is unpacked: its items live on in the names.
    def make():
        return [[i] * 3 for i in range(4)]

    w, x, y, z = make()
    assert w == [0, 0, 0] and z == [3, 3, 3]
    total = 0
    for i in range(2000):
        a, b = [i * 1.5, i + 0.25]
        total += a + b
    assert total == sum(i * 1.5 + i + 0.25 for i in range(2000)), total


def threads():
    shared = [0, 1, 2]
    stop = False
    bad = []

    def writer():
        i = 0
        while not stop:
            i += 1
            shared[:] = [i, i + 1, i + 2]

    def reader():
        for _ in range(20000):
            a, b, c = shared
            if b != a + 1 or c != b + 1:
                bad.append((a, b, c))

    w = threading.Thread(target=writer)
    w.start()
    readers = [threading.Thread(target=reader) for _ in range(2)]
    for r in readers:
        r.start()
    for r in readers:
        r.join()
    stop = True
    w.join()
    assert not bad, bad[:5]


basics()
survivors()
threads()
print("ok")
