# Four superinstructions of board-game and object code: c[k] = v with c
# and k locals, 'if x == G' with x a local and G a global, a.x[k] with a
# and k locals (the container read without a count while one thread
# exists), and a.name = v with a and v locals.
# Each with lists, tuples, dicts and classes of their own (__setitem__,
# __getitem__, __eq__), errors in each part, unbound locals, a global
# rebound or deleted, and threads.

import threading

EMPTY = 0
BLACK = 1
LIMIT = 2.5


def swap(x, i, j):
    x[i], x[j] = x[j], x[i]


def put(c, k, v):
    c[k] = v
    return c


def is_empty(c):
    if c == EMPTY:
        return "empty"
    return "full"


def not_black(c):
    while c != BLACK:
        return True
    return False


def below(x):
    if x < LIMIT:
        return True
    return False


class Board:
    def __init__(self):
        self.cells = [EMPTY, BLACK, EMPTY, BLACK]
        self.pairs = ((0, 1), (2, 3))
        self.table = {"a": 1}

    def at(self, p):
        return self.cells[p]

    def pair(self, p):
        return self.pairs[p]

    def look(self, k):
        return self.table[k]


class Logged(list):
    def __getitem__(self, i):
        return ("got", super().__getitem__(i))

    def __setitem__(self, i, v):
        super().__setitem__(i, ("set", v))


class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other

    def __ne__(self, other):
        return self.v != other

    def __lt__(self, other):
        raise ValueError("no order")


class BadBool:
    def __bool__(self):
        raise RuntimeError("no truth")


class BadEq:
    def __eq__(self, other):
        return BadBool()


def stores():
    x = list(range(6))
    for i in range(5, 0, -1):
        swap(x, i, (i * 7) % (i + 1))
    assert sorted(x) == list(range(6)) and x != list(range(6)), x
    assert put([0, 0], -1, "v") == [0, "v"]
    assert put({}, "k", 1) == {"k": 1}
    assert put(Logged([0]), 0, 5) == [("set", 5)]
    for bad, exc in ((put, IndexError), (put, TypeError)):
        try:
            bad([0], 3 if exc is IndexError else "s", 1)
        except exc:
            pass
        else:
            raise AssertionError("no " + exc.__name__)
    try:
        put((1, 2), 0, 1)
    except TypeError as e:
        assert "does not support item assignment" in str(e), e
    else:
        raise AssertionError("no TypeError")
    v = [1.5 * 2.0]
    keep = v[0]
    put(v, 0, keep)
    assert v == [3.0] and v[0] is keep


def unbound_store():
    v = 1
    if False:
        c = k = None
    try:
        c[k] = v
    except UnboundLocalError as e:
        assert "'c'" in str(e), e
        return True


def compares():
    global EMPTY, LIMIT
    assert [is_empty(c) for c in (0, 1, 0.0, False, "0", None, Eq(0), Eq(1))] == [
        "empty", "full", "empty", "empty", "full", "full", "empty", "full"]
    assert [not_black(c) for c in (0, 1, 2, 1.0, True, Eq(1))] == [True, False, True, False, False, False]
    assert [below(x) for x in (2.0, 2.5, 3, 2, float("nan"), -10**30)] == [True, False, False, True, False, True]
    try:
        below("s")
    except TypeError as e:
        assert "'<' not supported" in str(e), e
    else:
        raise AssertionError("no TypeError")
    try:
        below(Eq(1))
    except ValueError:
        pass
    else:
        raise AssertionError("no ValueError")
    try:
        is_empty(BadEq())
    except RuntimeError:
        pass
    else:
        raise AssertionError("no RuntimeError")
    EMPTY = "x"
    assert is_empty("x") == "empty" and is_empty(0) == "full"
    EMPTY = 0
    saved = LIMIT
    del LIMIT
    try:
        below(1)
    except NameError as e:
        assert "LIMIT" in str(e), e
    else:
        raise AssertionError("no NameError")
    LIMIT = saved
    assert below(1)


def unbound_compare():
    if False:
        c = 0
    try:
        if c == EMPTY:
            pass
    except UnboundLocalError as e:
        assert "'c'" in str(e), e
        return True


def subscripts():
    b = Board()
    for _ in range(3):
        assert [b.at(p) for p in range(4)] == [0, 1, 0, 1]
        assert b.at(-1) == 1 and b.pair(1) == (2, 3) and b.look("a") == 1
    b.cells = Logged([7])
    assert b.at(0) == ("got", 7)
    b.cells = {0: "zero"}
    assert b.at(0) == "zero"
    b.cells = "abc"
    assert b.at(1) == "b"
    b.cells = [1, 2]
    for p, exc in ((5, IndexError), ("k", TypeError)):
        try:
            b.at(p)
        except exc:
            pass
        else:
            raise AssertionError("no " + exc.__name__)
    del b.cells
    try:
        b.at(0)
    except AttributeError as e:
        assert "cells" in str(e), e
    else:
        raise AssertionError("no AttributeError")

    class Slotted:
        __slots__ = ("cells",)

    s = Slotted()
    s.cells = [4, 5]
    assert Board.at(s, 1) == 5
    assert Board.at(s, 0) == 4
    # A value that the attribute read made on the way (a property) is
    # dropped after the subscript.
    class Prop:
        @property
        def cells(self):
            return [9, 8]

    assert Board.at(Prop(), 1) == 8


def unbound_subscript():
    b = Board()
    if False:
        p = 0
    try:
        return b.cells[p]
    except UnboundLocalError as e:
        assert "'p'" in str(e), e
        return True


class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q:
    def __init__(self, x):
        self.x = x


class Setter:
    def __init__(self, x):
        self.log = []
        self.x = x

    @property
    def x(self):
        return self._x

    @x.setter
    def x(self, v):
        self.log.append(v)
        self._x = v


class Hooked:
    def __setattr__(self, name, v):
        object.__setattr__(self, name, ("hooked", v))

    def set(self, v):
        self.x = v


def set_z(a, v):
    a.z = v


def attr_stores():
    for _ in range(3):
        p = P(1.5, [2])
        assert (p.x, p.y) == (1.5, [2])
        q = Q("s")
        assert q.x == "s"
        s = Setter(4)
        assert s.x == 4 and s.log == [4]
        h = Hooked()
        h.set(5)
        assert h.x == ("hooked", 5)
    q = Q(1)
    set_z(q, 2)
    assert q.z == 2
    try:
        set_z(P(1, 2), 3)
    except AttributeError as e:
        assert "'z'" in str(e), e
    else:
        raise AssertionError("no AttributeError")
    try:
        set_z(1, 3)
    except AttributeError as e:
        assert "'int' object has no attribute 'z'" in str(e), e
    else:
        raise AssertionError("no AttributeError")
    v = [1]
    q = Q(v)
    del v
    assert q.x == [1]


def unbound_attr_store():
    a = Q(1)
    if False:
        v = 0
    try:
        a.x = v
    except UnboundLocalError as e:
        assert "'v'" in str(e), e
        return True


def threads():
    b = Board()
    out = []

    def work():
        n = 0
        x = list(range(10))
        for i in range(3000):
            n += b.at(i % 4) + is_empty(b.at(i % 4)).count("e")
            swap(x, i % 10, (i * 3) % 10)
        out.append((n, sorted(x)))

    ts = [threading.Thread(target=work) for _ in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    assert out == [(3000, list(range(10)))] * 4, out


stores()
assert unbound_store()
compares()
assert unbound_compare()
subscripts()
assert unbound_subscript()
attr_stores()
assert unbound_attr_store()
threads()
print("ok")
