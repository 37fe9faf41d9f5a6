# a[0] - b[0] with a, b lists of floats reads the items without counts
# (one thread); other containers and items, errors and unbound locals
# take the ordinary path.
#
# lst[i] op= x * y and lst[i] op= y on a list of floats write the result
# into the item's float when only the list holds it (one thread): every
# other holder of the old float (a local, another list, the same list
# twice, a tuple, a dict, a set) must keep the old value; list
# subclasses, dicts, ints and float subclasses take the ordinary path;
# errors leave the item alone; the operand evaluated between the read and
# the write may replace the item; and threads see whole updates.

import threading


def step(b, dx, m):
    b[3] -= dx * m
    b[4] += dx * m
    b[5] *= dx * m
    b[-1] /= dx * m


def move(b, dt):
    b[0] += dt * b[3]
    b[1] -= dt * b[4]
    b[2] *= dt


def fresh():
    return [float(i) + 0.5 for i in range(7)]


def values():
    b = fresh()
    for _ in range(3):
        step(b, 2.0, 0.25)
        move(b, 0.5)
    e = fresh()
    for _ in range(3):
        e[3] = e[3] - 2.0 * 0.25
        e[4] = e[4] + 2.0 * 0.25
        e[5] = e[5] * (2.0 * 0.25)
        e[-1] = e[-1] / (2.0 * 0.25)
        e[0] = e[0] + 0.5 * e[3]
        e[1] = e[1] - 0.5 * e[4]
        e[2] = e[2] * 0.5
    assert b == e, (b, e)
    assert all(type(v) is float for v in b)


def aliases():
    b = fresh()
    step(b, 1.0, 1.0)
    move(b, 1.0)
    old3, old0 = b[3], b[0]
    keep3, keep0 = old3 + 0.0, old0 + 0.0
    step(b, 1.0, 1.0)
    move(b, 1.0)
    assert old3 == keep3 and old0 == keep0, (old3, old0)
    assert b[3] == keep3 - 1.0 and b[0] == keep0 + b[3]

    x = 2.5 * 3.0
    twice = [x, x, x, x, x, x, x]
    step(twice, 1.0, 1.0)
    move(twice, 1.0)
    assert twice == [7.5 + 6.5, 7.5 - 8.5, 7.5 * 1.0, 6.5, 8.5, 7.5, 7.5], twice
    assert x == 7.5

    b = fresh()
    step(b, 1.0, 1.0)
    other = [b[3]]
    t = (b[4],)
    d = {b[5]: "k"}
    s = {b[6]}
    before = (other[0], t[0], list(d)[0], list(s)[0])
    step(b, 1.0, 1.0)
    assert (other[0], t[0], list(d)[0], list(s)[0]) == before


class LoggingList(list):
    def __setitem__(self, i, v):
        self.log = getattr(self, "log", []) + [i]
        super().__setitem__(i, v)


class F(float):
    pass


def other_types():
    b = LoggingList(fresh())
    step(b, 1.0, 1.0)
    move(b, 1.0)
    assert b.log == [3, 4, 5, -1, 0, 1, 2], b.log
    d = {3: 1.0, 4: 1.0, 5: 1.0, -1: 1.0, 0: 1.0, 1: 1.0, 2: 1.0}
    step(d, 2.0, 1.0)
    move(d, 1.0)
    assert d == {3: -1.0, 4: 3.0, 5: 2.0, -1: 0.5, 0: 0.0, 1: -2.0, 2: 1.0}, d
    ints = [1, 2, 3, 4, 5, 6, 8]
    step(ints, 2, 2)
    assert ints == [1, 2, 3, 0, 9, 24, 2.0], ints
    subs = [F(1.0)] * 7
    step(subs, 1.0, 1.0)
    assert subs[3] == 0.0 and type(subs[0]) is F
    mixed = fresh()
    step(mixed, 2, 1)
    move(mixed, 1)
    assert mixed[3] == 1.5 and mixed[0] == 2.0, mixed


def errors():
    b = fresh()
    step(b, 1.0, 1.0)
    saved = list(b)
    try:
        step(b, 0.0, 1.0)
    except ZeroDivisionError:
        pass
    else:
        raise AssertionError("no ZeroDivisionError")
    assert b[:3] == saved[:3] and b[6] == saved[6]
    assert b[3] == saved[3] - 0.0 and b[5] == 0.0
    short = [1.0, 2.0]
    try:
        step(short, 1.0, 1.0)
    except IndexError:
        pass
    else:
        raise AssertionError("no IndexError")
    try:
        b[0] += 1.0 * "x"
    except TypeError:
        pass
    else:
        raise AssertionError("no TypeError")
    assert b[:3] == saved[:3]


def replaced():
    b = fresh()
    step(b, 1.0, 1.0)

    def swap():
        b[3] = 100.0
        return 1.0

    b[3] += swap() * 2.0
    python = 3.5 - 1.0 + 2.0
    assert b[3] == python, b[3]

    def grow():
        b.insert(0, -1.0)
        return 1.0

    c = b[4]
    b[4] += grow() * 1.0
    assert b[4] == c + 1.0 and b[5] == c, b


def threads():
    lists = [fresh() for _ in range(4)]
    shared = fresh()
    lock = threading.Lock()

    def work(b):
        for _ in range(500):
            step(b, 1.0, 1.0)
            move(b, 0.001)
            with lock:
                shared[3] -= 1.0 * 1.0
                shared[0] += 1.0 * shared[6]

    ts = [threading.Thread(target=work, args=(b,)) for b in lists]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    for b in lists[1:]:
        assert b == lists[0]
    assert shared[3] == 3.5 - 2000.0 and shared[0] == 0.5 + 2000 * 6.5, shared


def diff(a, b):
    return a[0] - b[-1]


def quot(a, b):
    return a[1] / b[0]


class L(list):
    def __getitem__(self, i):
        return 100.0


def diffs():
    for _ in range(3):
        assert diff([1.5, 2.0], [0.25, 0.5]) == 1.0
        assert quot([1.0, 3.0], [2.0]) == 1.5
    assert diff([3, 0], [1]) == 2 and type(diff([3], [1])) is int
    assert diff([3.5], [1]) == 2.5 and diff((1.0,), (0.5,)) == 0.5
    assert diff({0: 1.0}, {-1: 0.5}) == 0.5 and diff(L([1.0]), [1.0]) == 99.0
    assert diff([{1, 2}], [{2}]) == {1}
    try:
        quot([1.0, 2.0], [0.0])
    except ZeroDivisionError:
        pass
    else:
        raise AssertionError("no ZeroDivisionError")
    for a, b, exc in (([], [1.0], IndexError), ([1.0], [], IndexError), ([1.0], ["s"], TypeError)):
        try:
            diff(a, b)
        except exc:
            pass
        else:
            raise AssertionError("no " + exc.__name__)
    a = [2.0 * 3.0]
    x = diff(a, a)
    assert x == 0.0 and a == [6.0]


def unbound_diff():
    a = [1.0]
    if False:
        b = a
    try:
        return a[0] - b[0]
    except UnboundLocalError as e:
        assert "'b'" in str(e), e
        return "unbound"


values()
aliases()
diffs()
assert unbound_diff() == "unbound"
other_types()
errors()
replaced()
threads()
values()
aliases()
print("ok")
