# selectors: registration bookkeeping, readiness through select and poll,
# timeouts, errors as CPython raises them.
import os
import selectors
import socket

EVENT_READ, EVENT_WRITE = selectors.EVENT_READ, selectors.EVENT_WRITE
assert (EVENT_READ, EVENT_WRITE) == (1, 2)
assert selectors.SelectorKey._fields == ("fileobj", "fd", "events", "data")
assert issubclass(selectors.DefaultSelector, selectors.BaseSelector)


def message(f, *args):
    try:
        f(*args)
    except (KeyError, ValueError, RuntimeError, TypeError) as e:
        return "%s: %s" % (type(e).__name__, e)
    raise AssertionError("no error from %r" % (f,))


class NoFileno:
    def __repr__(self):
        return "<nofileno>"


for cls in (selectors.SelectSelector, selectors.PollSelector, selectors.DefaultSelector):
    r, w = os.pipe()
    a, b = socket.socketpair()
    with cls() as sel:
        key = sel.register(r, EVENT_READ, "pipe")
        assert key == selectors.SelectorKey(r, r, EVENT_READ, "pipe")
        assert sel.get_key(r) is key and len(sel.get_map()) == 1 and r in sel.get_map()
        assert message(sel.register, r, EVENT_READ) == "KeyError: '%d (FD %d) is already registered'" % (r, r)
        assert message(sel.register, w, 0) == "ValueError: Invalid events: 0"
        assert message(sel.register, w, 4) == "ValueError: Invalid events: 4"
        assert message(sel.register, -1, EVENT_READ) == "ValueError: Invalid file descriptor: -1"
        assert message(sel.register, NoFileno(), EVENT_READ) == "ValueError: Invalid file object: <nofileno>"
        assert message(sel.unregister, w) == "KeyError: '%d is not registered'" % w
        assert message(sel.get_key, w) == "KeyError: '%d is not registered'" % w

        # nothing to read yet: a zero timeout returns at once, empty
        assert sel.select(0) == [] and sel.select(0.01) == [] and sel.select(-1) == []
        os.write(w, b"x")
        ready = sel.select(1)
        assert ready == [(key, EVENT_READ)], ready

        # a socket registered by object, for both events
        skey = sel.register(a, EVENT_READ | EVENT_WRITE, data=7)
        assert skey.fd == a.fileno() and sel.get_key(a).data == 7
        ready = dict((k.fileobj, ev) for k, ev in sel.select(1))
        assert ready == {r: EVENT_READ, a: EVENT_WRITE}, ready
        b.send(b"y")
        ready = dict((k.fileobj, ev) for k, ev in sel.select(1))
        assert ready[a] == EVENT_READ | EVENT_WRITE

        # modify: new data only, then new events
        k2 = sel.modify(a, EVENT_READ | EVENT_WRITE, data="d")
        assert k2.data == "d" and k2.events == 3 and sel.get_key(a) is k2
        k3 = sel.modify(a, EVENT_READ)
        assert k3.events == EVENT_READ and k3.data is None
        assert message(sel.modify, w, EVENT_READ) == "KeyError: '%d is not registered'" % w
        assert a.recv(1) == b"y" and os.read(r, 1) == b"x"
        assert sel.select(0) == []

        assert sel.unregister(r) is key and r not in sel.get_map()
        assert sorted(sel.get_map()) == [a.fileno()]
    assert sel.get_map() is None
    assert message(sel.get_key, a) == "RuntimeError: Selector is closed"
    for f in (r, w):
        os.close(f)
    a.close()
    b.close()
print("selectors ok")
