# Instances of classes with __slots__ (up to 8 slots live in the
# instance's own block): reads, writes, deletes, unset slots, subclasses
# that add slots or a __dict__, many live instances, recycling between
# classes of different slot counts, and __class__ assignment between
# classes of the same layout.


class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class P3(P):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Wide:
    __slots__ = tuple(f"s{i}" for i in range(12))


class WithDict(P):
    pass


class Other:
    __slots__ = ("x", "y")


ps = [P(i, -i) for i in range(20000)]
assert sum(p.x + p.y for p in ps) == 0 and ps[123].x == 123
qs = [P3(i, i, i) for i in range(1000)]
assert sum(q.z for q in qs) == sum(range(1000)) and qs[5].x == 5
p = P(1, 2)
del p.x
try:
    p.x
    raise AssertionError("deleted slot read")
except AttributeError:
    pass
try:
    p.w = 1
    raise AssertionError("attribute outside __slots__ set")
except AttributeError:
    pass
p.x = "again"
assert (p.x, p.y) == ("again", 2)
w = Wide()
for i in range(12):
    setattr(w, f"s{i}", i * i)
assert [getattr(w, f"s{i}") for i in range(12)] == [i * i for i in range(12)]
try:
    Wide().s3
    raise AssertionError("unset slot read")
except AttributeError:
    pass
d = WithDict(3, 4)
d.extra = 5
assert (d.x, d.y, d.extra) == (3, 4, 5) and d.__dict__ == {"extra": 5}
# Dead instances of one class are reused for another: slots start unset.
for _ in range(3):
    tmp = [P3(1, 2, 3) for _ in range(50)] + [Wide() for _ in range(50)]
    del tmp
    fresh = [P(7, 8) for _ in range(100)] + [Other() for _ in range(100)]
    assert all(f.x == 7 for f in fresh[:100])
    for o in fresh[100:]:
        try:
            o.x
            raise AssertionError("recycled slot kept a value")
        except AttributeError:
            pass
    del fresh
o = Other()
o.x, o.y = 1, 2
o.__class__ = P
assert type(o) is P and (o.x, o.y) == (1, 2)
print("slots ok", len(ps), type(P.__dict__["x"]).__name__)


class Outer:
    class Inner:
        __slots__ = ("a",)


m = Outer.Inner.__dict__["a"]
assert m.__name__ == "a" and m.__qualname__ == "Outer.Inner.a" and m.__objclass__ is Outer.Inner
assert P.x.__name__ == "x" and P3.z.__objclass__ is P3 and P3.x.__objclass__ is P
print("member descriptors ok", repr(P.x))
