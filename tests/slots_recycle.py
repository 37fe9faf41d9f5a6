# Dead instances are reused for instances of other classes with a
# different number of __slots__ (and for classes with a __dict__): a slot
# array that shrank and grows again must start with every slot unset, and
# each class reads only its own values.


class Two:
    __slots__ = ("a", "b")


class Three:
    __slots__ = ("x", "y", "z")


class Plain:
    pass


def unset(o, name):
    try:
        getattr(o, name)
    except AttributeError:
        return True
    return False


total = 0
for round_ in range(200):
    full = [Three() for _ in range(8)]
    for i, t in enumerate(full):
        t.x, t.y, t.z = i, i + 1, i + 2
    del full, t
    twos = [Two() for _ in range(8)]
    assert all(unset(o, "a") and unset(o, "b") for o in twos)
    for o in twos:
        o.a = round_
    plains = [Plain() for _ in range(4)]
    assert all(p.__dict__ == {} for p in plains)
    del twos, plains, o
    threes = [Three() for _ in range(12)]
    for o in threes:
        assert unset(o, "x") and unset(o, "y") and unset(o, "z")
        o.y = round_
        total += o.y
    del threes, o
print("recycled", total)
