"""select: select() and poll objects on pipes: readiness, timeouts,
objects with fileno(), registration errors."""

import os
import select
import threading
import time

r, w = os.pipe()
try:
    assert select.select([r], [], [], 0) == ([], [], [])
    rl, wl, xl = select.select([r], [w], [], 1.0)
    assert rl == [] and wl == [w] and xl == []
    os.write(w, b"x")
    assert select.select([r], [], [], 1.0)[0] == [r]

    class Wrapped:
        def __init__(self, fd):
            self.fd = fd

        def fileno(self):
            return self.fd

    obj = Wrapped(r)
    assert select.select([obj], [], [], 0)[0] == [obj]
    assert os.read(r, 1) == b"x"

    start = time.monotonic()
    assert select.select([r], [], [], 0.05) == ([], [], [])
    assert time.monotonic() - start >= 0.04

    # A write from another thread wakes a blocked select.
    t = threading.Timer(0.05, os.write, (w, b"y"))
    t.start()
    assert select.select([r], [], [], 5)[0] == [r]
    t.join()
    assert os.read(r, 1) == b"y"

    p = select.poll()
    p.register(r, select.POLLIN)
    p.register(w, select.POLLOUT)
    assert sorted(p.poll(0)) == [(w, select.POLLOUT)]
    os.write(w, b"z")
    assert sorted(p.poll(100)) == sorted([(r, select.POLLIN), (w, select.POLLOUT)])
    p.modify(w, select.POLLIN)
    p.unregister(w)
    assert p.poll(0) == [(r, select.POLLIN)]
    try:
        p.unregister(w)
    except KeyError:
        pass
    else:
        raise AssertionError("unregister twice")
    try:
        p.modify(12345, select.POLLIN)
    except FileNotFoundError:
        pass
    else:
        raise AssertionError("modify unregistered")
    for bad, exc in ((lambda: select.select([-1], [], [], 0), ValueError),
                     (lambda: select.select(["x"], [], [], 0), TypeError),
                     (lambda: select.select([r], [], [], -1), ValueError)):
        try:
            bad()
        except exc:
            pass
        else:
            raise AssertionError(exc)
finally:
    os.close(r)
    os.close(w)
assert select.error is OSError
print("select ok")
