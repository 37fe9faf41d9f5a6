# Tuples and records kept as dict/set keys: tuples of every size (their
# items live in the tuple's own block up to 20), namedtuples and other
# tuple subclasses (field reads, _replace, _asdict, _make, extra
# attributes), Enum members and frozen dataclasses hashed and compared by
# dicts and sets.
from collections import namedtuple
from dataclasses import dataclass, field
from enum import Enum, IntEnum
import gc

# Plain tuples of every size around the inline bound.
for n in range(0, 26):
    t = tuple(range(n))
    assert len(t) == n
    assert list(t) == list(range(n))
    if n:
        assert t[-1] == n - 1 and t[0] == 0
    assert t + (n,) == tuple(range(n + 1))
    assert hash(t) == hash(tuple(list(t)))
    assert t[1:] == tuple(range(1, n))
    u = tuple(str(i) * 3 for i in range(n))
    assert u == tuple([str(i) * 3 for i in range(n)])
    # Recycled tuples of the same size give fresh contents.
    del u
    v = tuple(i * 2 for i in range(n))
    assert v == tuple(range(0, 2 * n, 2))
print("tuple sizes ok")


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    @property
    def total(self):
        return self[0] + self[1]


p = Pair(3, 4)
assert p == (3, 4) and p.total == 7 and type(p) is Pair
assert hash(p) == hash((3, 4))
p.note = "x"
assert p.note == "x" and p.__dict__ == {"note": "x"}
assert {p: 1}[(3, 4)] == 1
assert Pair.__new__(Pair, 1, 2) == (1, 2)
big = tuple.__new__(Pair, range(30))
assert len(big) == 30 and big[29] == 29 and type(big) is Pair
assert tuple.__new__(Pair, [5, 6]) == (5, 6)
assert tuple.__new__(Pair, (x for x in "ab")) == ("a", "b")
assert tuple.__new__(Pair) == () and len(tuple.__new__(Pair, ())) == 0
print("tuple subclass ok")

Point = namedtuple("Point", "x y z")
pts = [Point(i, i * 2, str(i)) for i in range(100)]
assert sum(q.x for q in pts) == 4950
assert sum(q.y for q in pts) == 9900
assert pts[7].z == "7" and pts[7][2] == "7"
q = pts[5]._replace(y=-1)
assert q == (5, -1, "5") and type(q) is Point and pts[5].y == 10
assert q._asdict() == {"x": 5, "y": -1, "z": "5"}
assert Point._make([1, 2, 3]) == Point(1, 2, 3)
assert Point._fields == ("x", "y", "z")
try:
    q.x = 3
    raise AssertionError("namedtuple field set")
except AttributeError:
    pass
x, y, z = q
assert (x, y, z) == (5, -1, "5")
assert {q: "a"}[(5, -1, "5")] == "a"
assert Point.x.__doc__ == "Alias for field number 0"
assert repr(Point(1, 2, 3)) == "Point(x=1, y=2, z=3)"
Wide = namedtuple("Wide", [f"f{i}" for i in range(24)])
w = Wide(*range(24))
assert w.f0 == 0 and w.f23 == 23 and w[-1] == 23 and len(w) == 24
assert w._replace(f20=-20).f20 == -20


class Point2(Point):
    __slots__ = ()

    def norm1(self):
        return abs(self.x) + abs(self.y)


class Tagged(Point):
    def label(self):
        return f"{self.tag}:{self.x}"


assert Point2(1, -2, "a").norm1() == 3
try:
    Point2(1, 2, 3).extra = 1
    raise AssertionError("__slots__ = () allowed an attribute")
except AttributeError:
    pass
t = Tagged(4, 5, 6)
t.tag = "T"
assert t.label() == "T:4" and t.z == 6 and vars(t) == {"tag": "T"}
del t
gc.collect()
print("namedtuple ok")


class Color(Enum):
    RED = "r"
    GREEN = "g"
    BLUE = "b"


class Level(IntEnum):
    LOW = 1
    HIGH = 2


assert hash(Color.RED) == hash("RED")
counts = {}
for c in [Color.RED, Color.GREEN, Color.RED, Color.BLUE, Color.RED] * 10:
    counts[c] = counts.get(c, 0) + 1
assert counts == {Color.RED: 30, Color.GREEN: 10, Color.BLUE: 10}
assert {Color.RED, Color.GREEN, Color.RED} == {Color.GREEN, Color.RED}
assert Color.RED in {Color.RED: 1} and "RED" not in {Color.RED: 1}
assert "r" not in {Color.RED}
assert hash(Level.LOW) == hash(1) and {1: "a"}[Level.LOW] == "a"
assert Level.HIGH in {2} and Level.HIGH == 2
print("enum hashing ok")


@dataclass(frozen=True)
class Product:
    sku: str
    price: float
    tags: tuple = field(default=(), compare=False)


a = Product("A-1", 2.5)
b = Product("A-1", 2.5, ("x",))
assert a == b and hash(a) == hash(b) == hash(("A-1", 2.5))
stock = {a: 3}
assert stock[b] == 3
assert len({a, b, Product("B", 1.0)}) == 2
try:
    a.price = 1.0
    raise AssertionError("frozen dataclass set")
except AttributeError:
    pass


@dataclass(eq=True)
class Unhashable:
    v: int


assert Unhashable.__hash__ is None
try:
    hash(Unhashable(1))
    raise AssertionError("unhashable dataclass hashed")
except TypeError:
    pass
print("dataclass hashing ok")

# The generated __hash__ methods stay Python functions with their
# semantics: attribute reads go through descriptors, errors propagate, a
# subclass property overrides a field, and the name hash is looked up as
# the body looks it up.
assert Color.RED.__hash__() == hash("RED") and Color.__hash__(Color.BLUE) == hash("BLUE")
assert type(Color.__hash__).__name__ == "function"
assert Product.__hash__(a) == hash(("A-1", 2.5))
broken = Product("Z", 1.0)
object.__delattr__(broken, "price")
try:
    hash(broken)
    raise AssertionError("hash of a dataclass without its field")
except AttributeError:
    pass


class Priced(Product):
    @property
    def price(self):
        return 99.0

    @price.setter
    def price(self, v):
        pass


assert hash(Priced("Q", 1.0)) == hash(("Q", 99.0))
import builtins
real_hash = builtins.hash
builtins.hash = lambda x: 7
try:
    assert real_hash(Color.GREEN) == 7
finally:
    builtins.hash = real_hash
assert hash(Color.GREEN) == hash("GREEN")


def hash(x):  # shadows the builtin for dataclasses made in this module from here on
    return 42


@dataclass(frozen=True)
class Shadowed:
    v: int


assert real_hash(Shadowed(1)) == 42
assert real_hash(Product("A-1", 2.5)) == 42  # made earlier, but its body looks hash up now
del hash
assert real_hash(Product("A-1", 2.5)) == real_hash(("A-1", 2.5))
print("generated hash semantics ok")


# A class attribute added after hashing started takes over, as the body's
# attribute read would see it.
@dataclass(frozen=True)
class Late:
    a: int
    b: int


late = Late(1, 2)
assert hash(late) == real_hash((1, 2))
Late.b = property(lambda self: 40)
assert hash(late) == real_hash((1, 40))
del Late.b
assert hash(late) == real_hash((1, 2))
print("late class attribute ok")

# Threads hashing members and records of the same classes at once.
import threading

totals = []


def hasher(k):
    d = {}
    for i in range(2000):
        c = (Color.RED, Color.GREEN, Color.BLUE)[(i + k) % 3]
        d[c] = d.get(c, 0) + 1
        d[Late(i % 7, k)] = 1
    totals.append(sum(v for key, v in d.items() if isinstance(key, Color)))


workers = [threading.Thread(target=hasher, args=(k,)) for k in range(4)]
for w in workers:
    w.start()
for w in workers:
    w.join()
assert totals == [2000] * 4
print("threaded hashing ok")
