# operator.attrgetter of one name remembers the first class whose
# attribute is a data descriptor of a builtin type (namedtuple field,
# __slots__ member, property) and calls it directly while the class is
# unchanged: other classes, classes changed after the first call, a
# descriptor replaced or deleted, instance dicts (which a data descriptor
# wins over), __getattr__, errors, and sorting by it.

import operator
from collections import namedtuple

P = namedtuple("P", "x y")
Q = namedtuple("Q", "y x")
gx = operator.attrgetter("x")
pts = [P(i % 7, -i) for i in range(50)]
assert [gx(p) for p in pts] == [i % 7 for i in range(50)]
assert gx(Q(1, 2)) == 2  # another class: its own field index
assert sorted(pts, key=gx)[:3] == [P(0, 0), P(0, -7), P(0, -14)]
assert sorted(pts, key=operator.attrgetter("y"))[0] == P(49 % 7, -49)


class Slots:
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x


g = operator.attrgetter("x")
s = Slots(3)
assert g(s) == 3
s.x = 4
assert g(s) == 4
del s.x
try:
    g(s)
    raise AssertionError
except AttributeError:
    pass


class Prop:
    def __init__(self):
        self.calls = 0

    @property
    def x(self):
        self.calls += 1
        return "prop"


g = operator.attrgetter("x")
p = Prop()
assert g(p) == "prop" and p.calls == 1
p.__dict__["x"] = "shadow"  # a data descriptor wins over the instance dict
assert g(p) == "prop" and p.calls == 2
Prop.x = property(lambda self: "new")  # the class changes: its version too
assert g(p) == "new"
del Prop.x  # now the instance dict's value
assert g(p) == "shadow"
Prop.x = 5
q = Prop()
assert g(q) == 5 and g(p) == "shadow"


class Base:
    @property
    def x(self):
        return "base"


class Sub(Base):
    pass


g = operator.attrgetter("x")
assert g(Sub()) == "base"
Base.x = property(lambda self: "changed")  # a base changes: Sub's version too
assert g(Sub()) == "changed"
Sub.x = "plain"
assert g(Sub()) == "plain"


class Raises:
    @property
    def x(self):
        raise AttributeError("inner")

    def __getattr__(self, name):
        return "fallback " + name


g = operator.attrgetter("x")
assert g(Raises()) == "fallback x"
assert g(Raises()) == "fallback x"


class Plain:
    pass


o = Plain()
o.x = 1
g = operator.attrgetter("x")
assert g(o) == 1
o.x = 2
assert g(o) == 2
assert g(P(7, 8)) == 7
try:
    g(Plain())
    raise AssertionError
except AttributeError as e:
    assert "'Plain' object has no attribute 'x'" in str(e)

g2 = operator.attrgetter("x", "y")
assert g2(P(1, 2)) == (1, 2)
g3 = operator.attrgetter("real.imag")
assert g3(3) == 0
assert operator.attrgetter("__class__")(1) is int
print("attrgetter cache ok")
