# `if x in c` and `if x not in c` run as one superinstruction (with the
# container read from a closure's cell, or already on the stack): every
# kind of container, both senses, errors, an unbound cell, a member whose
# __eq__ rebinds the cell, and threads testing one set.

import threading


def closure_tests():
    s = {1, 2, 3, 10**20}
    lst = [4, 5]
    d = {"a": 1}

    class Box:
        def __contains__(self, x):
            return x == "box"

    box = Box()

    def check(x):
        out = []
        if x in s:
            out.append("s")
        if x not in s:
            out.append("!s")
        if x in lst:
            out.append("lst")
        if x in d:
            out.append("d")
        if x in box:
            out.append("box")
        return out

    assert check(1) == ["s"], check(1)
    assert check(4) == ["!s", "lst"], check(4)
    assert check(10**20) == ["s"], check(10**20)
    assert check(2.0) == ["s"], check(2.0)
    assert check("a") == ["!s", "d"], check("a")
    assert check("box") == ["!s", "box"], check("box")
    k = 7
    for i in range(-3, 30):
        want = i in {1, 2, 3}
        if k + i - 7 in s:
            assert want, i
        else:
            assert not want, i


def unbound():
    def f(x):
        if x in later:
            return True
        return False

    try:
        f(1)
    except NameError as e:
        assert "later" in str(e), e
    else:
        raise AssertionError("no NameError")
    later = {1}
    assert f(1) and not f(2)


def unhashable():
    s = {1}

    def f(x):
        if x in s:
            return 1
        return 0

    try:
        f([1])
    except TypeError as e:
        assert "unhashable" in str(e), e
    else:
        raise AssertionError("no TypeError")


def contains_raises():
    class Bad:
        def __contains__(self, x):
            raise ValueError("bad")

    b = Bad()

    def f():
        if 1 in b:
            return 1
        return 0

    try:
        f()
    except ValueError as e:
        assert str(e) == "bad"
    else:
        raise AssertionError("no ValueError")


def rebinding_eq():
    # A member's __eq__ rebinds the cell the set came from: the test
    # goes on with the set it started with.
    class Key:
        def __init__(self, v):
            self.v = v

        def __hash__(self):
            return 1

        def __eq__(self, other):
            nonlocal s
            s = set()
            return isinstance(other, Key) and other.v == self.v

    s = {Key(1)}

    def f(x):
        if x in s:
            return True
        return False

    assert f(Key(1))
    assert s == set()
    assert not f(Key(1))


def locals_and_threads():
    shared = set(range(0, 1000, 2))
    found = []

    def worker():
        n = 0
        for i in range(2000):
            if i in shared:
                n += 1
        found.append(n)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert found == [500] * 4, found

    local = frozenset("abc")
    hits = [c for c in "abcdef" if c in local]
    assert hits == ["a", "b", "c"], hits


closure_tests()
unbound()
unhashable()
contains_raises()
rebinding_eq()
locals_and_threads()
print("ok")
