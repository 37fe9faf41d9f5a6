# a.x op b.y and a.x op b run as one superinstruction that reads the
# attributes without counts while one thread exists and combines two exact
# ints or floats at once: slotted and dict instances, a polymorphic site,
# values that are not exact numbers (a float subclass, strs, objects with
# their own __add__), class attributes, properties and __getattribute__,
# errors in each part (missing attribute, unbound local, division by zero),
# a class changed under the site, and the same code run by threads.

import threading


class V:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class D:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class MyFloat(float):
    def __add__(self, other):
        return "MyFloat.add"

    def __mul__(self, other):
        return "MyFloat.mul"


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Num(self.v + (other.v if isinstance(other, Num) else other))

    def __sub__(self, other):
        return Num(self.v - other.v)


def add(a, b):
    return a.x + b.x


def dot(a, b):
    return a.x * b.x + a.y * b.y


def dot3(a, b, c):
    return a.x * b.x + a.y * b.y + c.x * c.y


def acc(s, a, b):
    return s - a.x * b.y


def tail(s, a):
    return (s * 2) - a.x


def scale(a, k):
    return a.x * k


def shift(a, k):
    return a.x + k


def div(a, b):
    return a.x / b.y


def numbers():
    for cls in (V, D):
        a, b = cls(1.5, 2.0), cls(0.25, 4.0)
        for _ in range(3):
            assert add(a, b) == 1.75
            assert dot(a, b) == 1.5 * 0.25 + 2.0 * 4.0
            assert scale(a, 2) == 3.0 and scale(a, 0.5) == 0.75
            assert div(a, b) == 1.5 / 4.0
        i, j = cls(7, 3), cls(-2, 5)
        for _ in range(3):
            assert add(i, j) == 5 and type(add(i, j)) is int
            assert dot(i, j) == -14 + 15
            assert div(i, j) == 7 / 5
            assert scale(i, 3) == 21 and scale(i, 0.5) == 3.5
        big = cls(2**62, 2**62)
        assert add(big, big) == 2**63 and dot(big, big) == 2**125
        m = cls(1.5, 3)
        assert dot(m, m) == 2.25 + 9 and add(m, i) == 8.5
    # The values stay what they were: nothing was reused in place.
    a, b = V(1.0, 2.0), V(3.0, 4.0)
    for _ in range(5):
        dot(a, b)
    assert (a.x, a.y, b.x, b.y) == (1.0, 2.0, 3.0, 4.0)


def sums():
    for cls in (V, D):
        a, b, c = cls(1.5, 2.0), cls(0.25, 4.0), cls(3.0, 0.5)
        for _ in range(3):
            assert dot3(a, b, c) == 1.5 * 0.25 + 2.0 * 4.0 + 3.0 * 0.5
            k = 10.0
            assert acc(k, a, b) == 10.0 - 1.5 * 4.0 and k == 10.0
            assert acc(1, a, b) == 1 - 6.0 and acc(2**70, a, b) == 2**70 - 6.0
        i = cls(2, 3)
        assert dot3(i, i, i) == 4 + 9 + 6 and type(dot3(i, i, i)) is int
        assert dot3(a, i, i) == 3.0 + 6.0 + 6
        assert acc(10, cls(3, 0), cls(0, 2)) == 4 and acc(0.5, cls(2, 0), cls(0, 0.25)) == 0.0
        try:
            acc(None, a, b)
        except TypeError as e:
            assert "unsupported operand" in str(e), e
        else:
            raise AssertionError("no TypeError")
        try:
            acc([1.0], a, b)
        except TypeError:
            pass
        else:
            raise AssertionError("no TypeError")
        z = cls(0.0, 0.0)
        assert acc(MyFloat(1.0), a, b) == 1.0 - 6.0
        assert dot3(z, z, z) == 0.0
    # The running sum is a fresh float each time: the caller's stays.
    total = 0.5 + 0.25
    keep = total
    for _ in range(3):
        total = acc(total, V(1.0, 1.0), V(1.0, 1.0))
    assert keep == 0.75 and total == 0.75 - 3.0


def tails():
    for cls in (V, D):
        for _ in range(3):
            assert tail(1.5, cls(0.5, 0)) == 2.5 and tail(3, cls(1, 0)) == 5
            assert tail(2**70, cls(1, 0)) == 2**71 - 1 and tail(1, cls(0.5, 0)) == 1.5
        assert tail(0.5, cls(True, 0)) == 0.0
        try:
            tail(1.0, cls("s", 0))
        except TypeError as e:
            assert "unsupported operand" in str(e), e
        else:
            raise AssertionError("no TypeError")
        assert tail(1.0, cls(MyFloat(0.5), 0)) == 1.5
        n = cls(Num(1), 0)
        assert (Num(5) - n.x).v == 4
        try:
            tail(1.0, 5)
        except AttributeError as e:
            assert "'int' object has no attribute 'x'" in str(e), e
        else:
            raise AssertionError("no AttributeError")
    w = V(0.25, 0)
    k = 1.0
    assert tail(k, w) == 1.75 and k == 1.0 and w.x == 0.25


def other_values():
    a = V(MyFloat(1.0), 2.0)
    assert add(a, a) == "MyFloat.add" and scale(a, 3) == "MyFloat.mul"
    s = D("ab", "cd")
    assert add(s, s) == "abab" and scale(s, 2) == "abab"
    n = V(Num(2), Num(5))
    r = add(n, n)
    assert isinstance(r, Num) and r.v == 4
    assert shift(n, 3).v == 5
    lst = D([1], [2])
    assert add(lst, lst) == [1, 1] and lst.x == [1]
    t = D((1,), None)
    assert scale(t, 2) == (1, 1)


def polymorphic():
    objs = [V(1.0, 2.0), D(3.0, 4.0), V(5, 6), D("x", "y"), V(0.5, 0.25)]
    got = [add(o, o) for o in objs for _ in range(2)]
    assert got == [2.0, 2.0, 6.0, 6.0, 10, 10, "xx", "xx", 1.0, 1.0], got


class WithClassAttr:
    x = 10.0
    y = 2


class WithProperty:
    def __init__(self):
        self.__dict__["x"] = 100.0

    @property
    def x(self):
        return 1.0


class Traced:
    def __init__(self):
        self.x = 1.0

    def __getattribute__(self, name):
        if name == "x":
            return 40.0
        return object.__getattribute__(self, name)


class Fallback:
    def __getattr__(self, name):
        return 0.5


def lookups():
    c = WithClassAttr()
    for _ in range(3):
        assert add(c, c) == 20.0 and dot(c, c) == 104.0
    c.x = 1.0
    assert add(c, c) == 2.0
    del c.x
    assert add(c, c) == 20.0
    p = WithProperty()
    for _ in range(3):
        assert add(p, p) == 2.0 and scale(p, 3.0) == 3.0
    tr = Traced()
    for _ in range(3):
        assert add(tr, tr) == 80.0
    fb = Fallback()
    for _ in range(3):
        assert add(fb, fb) == 1.0


def errors():
    a = D(1.0, 0.0)
    b = D(1.0, 0.0)
    for _ in range(2):
        try:
            div(a, b)
        except ZeroDivisionError as e:
            assert "division by zero" in str(e), e
        else:
            raise AssertionError("no ZeroDivisionError")
    i = V(1, 0)
    try:
        div(i, i)
    except ZeroDivisionError:
        pass
    else:
        raise AssertionError("no ZeroDivisionError")
    del b.x
    for _ in range(2):
        try:
            add(a, b)
        except AttributeError as e:
            assert "'x'" in str(e), e
        else:
            raise AssertionError("no AttributeError")
    v = V(1.0, 2.0)
    w = V(3.0, 4.0)
    del w.x
    try:
        add(v, w)
    except AttributeError as e:
        assert "x" in str(e), e
    else:
        raise AssertionError("no AttributeError")
    try:
        add(v, None)
    except AttributeError as e:
        assert "NoneType" in str(e), e
    else:
        raise AssertionError("no AttributeError")
    try:
        add(v, D("s", 1))
    except TypeError as e:
        assert "unsupported operand" in str(e) or "can only concatenate" in str(e), e
    else:
        raise AssertionError("no TypeError")


def unbound():
    a = V(1.0, 2.0)
    if False:
        b = a
    try:
        return a.x + b.x
    except UnboundLocalError as e:
        assert "'b'" in str(e), e
        return "unbound"


def unbound_local():
    a = V(1.0, 2.0)
    if False:
        k = 1
    try:
        return a.x * k
    except UnboundLocalError as e:
        assert "'k'" in str(e), e
        return "unbound"


def class_changes():
    a = D(1.0, 2.0)
    for _ in range(3):
        assert add(a, a) == 2.0
    D.x = property(lambda self: 7.0)
    try:
        assert add(a, a) == 14.0
    finally:
        del D.x
    assert add(a, a) == 2.0

    class E:
        pass

    e = E()
    e.x = 3.0
    assert add(e, e) == 6.0
    e.__class__ = D
    assert add(e, e) == 6.0


def threads():
    a, b = V(1.5, 2.5), D(0.5, 3.5)
    out = []

    def work():
        s = 0.0
        for _ in range(2000):
            s += dot(a, b) + scale(a, 2.0) + add(b, b)
        out.append(s)

    ts = [threading.Thread(target=work) for _ in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    expect = 0.0
    for _ in range(2000):
        expect += (1.5 * 0.5 + 2.5 * 3.5) + 3.0 + 1.0
    assert out == [expect] * 4, out
    assert dot(a, b) == 1.5 * 0.5 + 2.5 * 3.5


numbers()
sums()
tails()
other_values()
polymorphic()
lookups()
errors()
assert unbound() == "unbound"
assert unbound_local() == "unbound"
class_changes()
threads()
print("ok")
