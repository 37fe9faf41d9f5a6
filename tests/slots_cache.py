# Attribute sites on instances of classes with __slots__ and with data
# descriptors (properties, namedtuple fields): the eval loop caches a
# member's slot index, or the builtin data descriptor, per site, so each
# check runs a site many times (to fill the cache, then hit it) and then
# changes what the site must see.
from collections import namedtuple


class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q(P):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def read_x(o):
    return o.x


def write_x(o, v):
    o.x = v


# Repeated reads and writes through the same sites.
p = P(1, 2)
total = 0
for i in range(100):
    write_x(p, i)
    total += read_x(p) + p.y
assert total == sum(range(100)) + 200, total

# One site, two classes (a subclass adds a slot; x keeps its index).
objs = [P(1, 2), Q(3, 4, 5)] * 50
assert sum(read_x(o) for o in objs) == 200
q = Q(7, 8, 9)
assert (q.x, q.y, q.z) == (7, 8, 9)

# An unset slot raises AttributeError through a warm site, and again
# after it was set and deleted.
for _ in range(3):
    read_x(p)
e = P.__new__(P)
try:
    read_x(e)
except AttributeError as exc:
    assert "x" in str(exc), exc
else:
    raise AssertionError("unset slot read")
write_x(e, 10)
assert read_x(e) == 10
del e.x
try:
    read_x(e)
except AttributeError:
    pass
else:
    raise AssertionError("deleted slot read")


# __getattr__ still answers for an unset slot.
class G:
    __slots__ = ("a",)

    def __getattr__(self, name):
        return "fallback " + name


def read_a(o):
    return o.a


g = G()
g.a = 1
for _ in range(5):
    assert read_a(g) == 1
del g.a
assert read_a(g) == "fallback a"


# Replacing the member on the class with a property changes what the warm
# sites do.
class R:
    __slots__ = ("v",)


r = R()
for i in range(10):
    r.v = i
    assert r.v == i
hidden = R.v
R.v = property(lambda self: "prop", lambda self, value: None)
assert r.v == "prop"
r.v = 5
assert r.v == "prop"
R.v = hidden
assert r.v == 9


# A member descriptor of one class stored on an unrelated class does not
# apply to the other class's instances.
class S:
    __slots__ = ("w",)


class T:
    pass


T.w = S.w
t = T()
for _ in range(3):
    try:
        t.w
    except TypeError:
        pass
    else:
        raise AssertionError("foreign member descriptor read")
    try:
        t.w = 1
    except TypeError:
        pass
    else:
        raise AssertionError("foreign member descriptor write")

# The values stored keep their counts: overwrite and read many objects.
items = [P([i], None) for i in range(50)]
for it in items:
    it.y = it.x
    it.x = [0]
assert [it.y[0] for it in items] == list(range(50))
assert all(it.x == [0] for it in items)


# Properties: the getter runs on every read, an instance dict entry of the
# same name does not shadow it, and replacing it on the class is seen.
class Prop:
    def __init__(self):
        self.calls = 0

    @property
    def value(self):
        self.calls += 1
        return self.calls


def read_value(o):
    return o.value


pr = Prop()
assert [read_value(pr) for _ in range(5)] == [1, 2, 3, 4, 5]
pr.__dict__["value"] = "shadow"
assert read_value(pr) == 6
Prop.value = property(lambda self: "new getter")
assert read_value(pr) == "new getter"
Prop.value = "plain"
assert read_value(pr) == "shadow"
del pr.__dict__["value"]
assert read_value(pr) == "plain"


class Failing:
    @property
    def broken(self):
        raise AttributeError("from the getter")


fl = Failing()
for _ in range(3):
    try:
        fl.broken
    except AttributeError as exc:
        assert str(exc) == "from the getter"
    else:
        raise AssertionError("getter error lost")


# A property subclass and a Python data descriptor that loses __set__.
class LoudProperty(property):
    pass


class Desc:
    def __get__(self, obj, typ=None):
        return "descr"

    def __set__(self, obj, value):
        raise AttributeError("read-only")


class Host:
    loud = LoudProperty(lambda self: "loud")
    d = Desc()


h = Host()
h.__dict__["d"] = "instance"
for _ in range(5):
    assert h.loud == "loud"
    assert h.d == "descr"
del Desc.__set__
assert h.d == "instance"

# namedtuple fields through warm sites, and a subclass overriding one.
Pt = namedtuple("Pt", "x y")


class Pt3(Pt):
    @property
    def y(self):
        return "overridden"


# Stores through a warm site on fresh instances (the dict entry is not
# where the site's hint says), then after the class gains a __setattr__
# or a property of the stored name.
class Plain:
    def __init__(self, a, b, first_b=False):
        if first_b:
            self.b = b
        self.a = a
        self.b = b


made = [Plain(i, -i, first_b=i % 3 == 0) for i in range(30)]
assert [(m.a, m.b) for m in made] == [(i, -i) for i in range(30)]
assert list(made[3].__dict__) == ["b", "a"] and list(made[4].__dict__) == ["a", "b"]
log = []
Plain.__setattr__ = lambda self, name, value: log.append((name, value))
Plain(1, 2)
assert log == [("a", 1), ("b", 2)], log
del Plain.__setattr__
Plain.a = property(lambda self: "prop a", lambda self, value: log.append(("prop", value)))
Plain(5, 6)
assert log[-1] == ("prop", 5) and Plain(7, 8).a == "prop a"

# hasattr and getattr with a default see an unset slot, or a property
# raising AttributeError, as a missing attribute.
class Gappy:
    __slots__ = ("z",)

    @property
    def p(self):
        raise AttributeError("nope")


gp = Gappy()
assert not hasattr(gp, "z") and getattr(gp, "z", "default") == "default"
assert not hasattr(gp, "p") and getattr(gp, "p", "default") == "default"
gp.z = 0
assert hasattr(gp, "z") and getattr(gp, "z", "default") == 0


# Dead instances' memory is reused for new instances of other classes:
# nothing of the old object may show through (attributes, slots, dict).
class Three:
    __slots__ = ("a", "b", "c")


class One:
    __slots__ = ("z",)


class WithDict:
    pass


for round_ in range(3):
    for _ in range(50):
        t3 = Three()
        t3.a, t3.b, t3.c = [1], [2], [3]
        w = WithDict()
        w.leftover = round_
        del t3, w
    fresh = [One() for _ in range(20)] + [WithDict() for _ in range(20)] + [Three() for _ in range(20)]
    for obj in fresh:
        if isinstance(obj, WithDict):
            assert obj.__dict__ == {} and not hasattr(obj, "leftover")
        else:
            for name in type(obj).__slots__:
                assert not hasattr(obj, name), (type(obj).__name__, name)
    del fresh

pts = [Pt(i, -i) for i in range(20)]
assert sum(p.x for p in pts) == 190 and sum(p.y for p in pts) == -190
mixed = [Pt(1, 2), Pt3(3, 4)] * 10
assert [m.y for m in mixed[:2]] == [2, "overridden"]
assert sum(m.x for m in mixed) == 40
print("ok")
