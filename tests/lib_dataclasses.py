# dataclasses: generated methods, field options, frozen, order, slots,
# kw_only, InitVar, __post_init__, inheritance, helpers, CPython's errors.
import dataclasses
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, is_dataclass,
                         FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass)


@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)


p = Point(1)
assert repr(p) == "Point(x=1, y=0, tags=[])"
assert Point.__doc__ == "Point(x: int, y: int = 0, tags: list = <factory>)"
assert p == Point(1) and p != Point(1, 2) and p != (1, 0, [])
assert Point.__match_args__ == ('x', 'y', 'tags')
assert [f.name for f in fields(Point)] == ['x', 'y', 'tags'] and fields(p) == fields(Point)
assert fields(Point)[1].default == 0 and fields(Point)[2].default_factory is list
assert fields(Point)[0].default is MISSING and fields(Point)[0].type is int
assert Point.__hash__ is None
assert Point.__init__.__qualname__ == "Point.__init__"
assert Point(1).tags is not Point(1).tags
assert Point(y=5, x=2) == Point(2, 5)
try:
    Point()
    assert False
except TypeError as e:
    assert "missing 1 required positional argument: 'x'" in str(e)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: str = "z"


v = Version(1)
assert v < Version(2) and Version(1, 'a') < v and v <= Version(1) and Version(3) > v
assert sorted([Version(3), Version(1, 'a'), Version(1)]) == [Version(1, 'a'), Version(1), Version(3)]
assert hash(v) == hash(Version(1)) == hash((1, 'z'))
assert {v: 1}[Version(1)] == 1
try:
    v.major = 5
    assert False
except FrozenInstanceError as e:
    assert str(e) == "cannot assign to field 'major'" and isinstance(e, AttributeError)
try:
    del v.major
    assert False
except FrozenInstanceError as e:
    assert str(e) == "cannot delete field 'major'"
try:
    v.other = 1
    assert False
except FrozenInstanceError as e:
    assert str(e) == "cannot assign to field 'other'"
try:
    Version(1) < 5
    assert False
except TypeError as e:
    assert str(e) == "'<' not supported between instances of 'Version' and 'int'"

try:
    @dataclass
    class BadOrder:
        x: int = 0
        y: int
    assert False
except TypeError as e:
    assert str(e) == "non-default argument 'y' follows default argument"
try:
    @dataclass
    class BadDefault:
        x: list = []
    assert False
except ValueError as e:
    assert str(e) == "mutable default <class 'list'> for field x is not allowed: use default_factory"
try:
    field(default=1, default_factory=list)
    assert False
except ValueError as e:
    assert str(e) == "cannot specify both default and default_factory"
try:
    @dataclass(order=True, eq=False)
    class NoEq:
        x: int
    assert False
except ValueError as e:
    assert str(e) == "eq must be true if order is true"


@dataclass
class WithInitVar:
    a: int
    scale: InitVar[int] = 3
    c: int = field(init=False, default=0)

    def __post_init__(self, scale):
        self.c = self.a * scale


assert repr(WithInitVar(2)) == "WithInitVar(a=2, c=6)" and WithInitVar(2, 5).c == 10
assert replace(WithInitVar(1), a=4).c == 12 and [f.name for f in fields(WithInitVar)] == ['a', 'c']
assert repr(InitVar[int]) == "dataclasses.InitVar[int]"
try:
    replace(WithInitVar(1), c=3)
    assert False
except ValueError as e:
    assert str(e) == "field c is declared with init=False, it cannot be specified with replace()"


@dataclass(kw_only=True)
class KwOnly:
    a: int
    b: int = 1


assert repr(KwOnly(a=2)) == "KwOnly(a=2, b=1)" and KwOnly.__doc__ == "KwOnly(*, a: int, b: int = 1)"
assert KwOnly.__match_args__ == ()
try:
    KwOnly(1)
    assert False
except TypeError:
    pass


@dataclass
class Marker:
    a: int
    _: KW_ONLY
    b: int
    c: int = 2


assert repr(Marker(1, b=3)) == "Marker(a=1, b=3, c=2)" and Marker.__match_args__ == ('a',)
assert Marker.__doc__ == "Marker(a: int, *, b: int, c: int = 2)"


@dataclass
class Base:
    x: int = 0
    y: int = 1

    def total(self):
        return self.x + self.y


@dataclass
class Derived(Base):
    z: int = 5
    x: int = 10


assert repr(Derived()) == "Derived(x=10, y=1, z=5)" and Derived().total() == 11
assert [f.name for f in fields(Derived)] == ['x', 'y', 'z'] and Derived(1, 2, 3) != Base(1, 2)


@dataclass
class Nest:
    p: Point
    items: list


n = Nest(Point(1), [Point(2), (3,)])
assert asdict(n) == {'p': {'x': 1, 'y': 0, 'tags': []}, 'items': [{'x': 2, 'y': 0, 'tags': []}, (3,)]}
assert astuple(Nest(Point(1), [Point(2)])) == ((1, 0, []), [(2, 0, [])])
assert asdict(p)['tags'] is not p.tags
assert asdict(Point(1, 2), dict_factory=list) == [('x', 1), ('y', 2), ('tags', [])]


@dataclass(slots=True)
class Slotted:
    a: int
    b: int = 2


s = Slotted(1)
assert repr(s) == "Slotted(a=1, b=2)" and Slotted.__slots__ == ('a', 'b') and not hasattr(s, '__dict__')
try:
    s.c = 1
    assert False
except AttributeError:
    pass


@dataclass(frozen=True, slots=True)
class FrozenSlotted:
    a: int


fs = FrozenSlotted(1)
try:
    fs.a = 2
    assert False
except FrozenInstanceError as e:
    assert str(e) == "cannot assign to field 'a'"
assert repr(fs) == "FrozenSlotted(a=1)" and hash(fs) == hash((1,))

assert is_dataclass(Point) and is_dataclass(p) and not is_dataclass(int) and not is_dataclass(3)


@dataclass(unsafe_hash=True)
class Hashed:
    a: int
    b: int = field(hash=False, default=0)


assert hash(Hashed(1, 2)) == hash(Hashed(1, 3)) == hash((1,))


@dataclass(eq=False)
class NoEquality:
    a: int


assert NoEquality(1) != NoEquality(1) and NoEquality.__hash__ is object.__hash__


@dataclass(repr=False)
class NoRepr:
    a: int


assert repr(NoRepr(1)).startswith('<__main__.NoRepr object')


@dataclass
class Meta:
    a: int = field(metadata={'unit': 'm'}, repr=False, compare=False)


assert fields(Meta)[0].metadata['unit'] == 'm' and repr(Meta(1)) == "Meta()" and Meta(1) == Meta(2)
assert len(fields(Point)[0].metadata) == 0

MD = make_dataclass('MD', ['x', ('y', int), ('z', int, field(default=3))])
assert repr(MD(1, 2)) == "MD(x=1, y=2, z=3)" and MD.__doc__ == "MD(x: 'typing.Any', y: int, z: int = 3)"


@dataclass
class Tree:
    children: list = field(default_factory=list)


t = Tree()
t.children.append(t)
assert repr(t) == "Tree(children=[...])"

for bad, msg in ((lambda: asdict(5), "asdict() should be called on dataclass instances"),
                 (lambda: astuple(5), "astuple() should be called on dataclass instances"),
                 (lambda: fields(5), "must be called with a dataclass type or instance"),
                 (lambda: replace(5), "replace() should be called on dataclass instances")):
    try:
        bad()
        assert False
    except TypeError as e:
        assert str(e) == msg


@dataclass
class SelfField:
    self: int


assert repr(SelfField(3)) == "SelfField(self=3)"


@dataclass
class Explicit:
    a: int

    def __repr__(self):
        return "mine"

    def __eq__(self, other):
        return True


assert repr(Explicit(1)) == "mine" and Explicit(1) == 5


@dataclass
class Counter:
    count: int = 0
    step: int = field(default=1, repr=False)

    def bump(self):
        self.count += self.step
        return self


assert Counter().bump().bump().count == 2 and repr(Counter(5)) == "Counter(count=5)"

try:
    @dataclass
    class Untyped:
        x = field(default=1)
    assert False
except TypeError as e:
    assert str(e) == "'x' is a field but has no type annotation"
try:
    @dataclass(frozen=True)
    class FrozenChild(Base):
        w: int = 0
    assert False
except TypeError as e:
    assert str(e) == "cannot inherit frozen dataclass from a non-frozen one"
print("dataclasses ok", Point(3, 4), Version(2, 'b'))
