# Classes: attributes, inheritance, C3 MRO, super with and without
# arguments, operator overloading with reflected and in-place operators,
# __eq__/__hash__, the container protocols, and __del__ timing.


def raises(exc, fn, *args):
    """Call fn(*args), check it raises exc, and return the exception."""
    try:
        fn(*args)
    except exc as e:
        return e
    raise AssertionError(f"{fn!r}{args!r} did not raise {exc.__name__}")


class Animal:
    kingdom = "animalia"
    count = 0

    def __init__(self, name):
        self.name = name
        Animal.count += 1

    def speak(self):
        return f"{self.name} makes {self.sound()}"

    def sound(self):
        return "a sound"

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Dog(Animal):
    def sound(self):
        return "woof"


class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def speak(self):
        return super().speak() + " softly"


d = Dog("rex")
p = Puppy("bit", 1)
assert d.speak() == "rex makes woof"
assert p.speak() == "bit makes woof softly"
assert Animal.count == 2
assert p.kingdom == "animalia"
assert repr(p) == "Puppy('bit')"
assert isinstance(p, Animal) and isinstance(p, Dog)
assert not isinstance(d, Puppy)
assert issubclass(Puppy, Animal) and not issubclass(Animal, Dog)
assert issubclass(Dog, (int, Animal))
assert type(p) is Puppy and type(p).__name__ == "Puppy"
assert Puppy.__bases__ == (Dog,)
assert Puppy.__mro__ == (Puppy, Dog, Animal, object)
assert Dog.__qualname__ == "Dog" and Dog.__module__ == "__main__"
assert p.__dict__ == {"name": "bit", "age": 1}
assert "speak" in Animal.__dict__ and "speak" not in Dog.__dict__
p.kingdom = "mine"
assert p.kingdom == "mine" and Animal.kingdom == "animalia"
del p.kingdom
assert p.kingdom == "animalia"
e = raises(AttributeError, lambda: d.missing)
assert str(e) == "'Dog' object has no attribute 'missing'"
e = raises(AttributeError, lambda: Dog.missing)
assert str(e) == "type object 'Dog' has no attribute 'missing'"
e = raises(TypeError, Animal)
assert str(e) == "Animal.__init__() missing 1 required positional argument: 'name'"
e = raises(TypeError, Dog, "a", "b")
assert str(e) == "Animal.__init__() takes 2 positional arguments but 3 were given"

# Bound and unbound methods.
m = d.speak
assert m() == "rex makes woof"
assert m.__self__ is d and m.__func__ is Animal.speak
assert Dog.speak(d) == "rex makes woof"
assert d.speak == d.speak and d.speak is not d.speak
d.sound = lambda: "meow"  # instance attributes are not bound
assert d.speak() == "rex makes meow"


# C3 linearization and cooperative super().
class A:
    def who(self):
        return ["A"]


class B(A):
    def who(self):
        return ["B"] + super().who()


class C(A):
    def who(self):
        return ["C"] + super().who()


class D(B, C):
    def who(self):
        return ["D"] + super().who()


assert D().who() == ["D", "B", "C", "A"]
assert [k.__name__ for k in D.__mro__] == ["D", "B", "C", "A", "object"]
assert D.mro() == list(D.__mro__)
assert super(B, D()).who() == ["C", "A"]
assert super(D, D()).who() == ["B", "C", "A"]


class X:
    pass


class Y:
    pass


class P(X, Y):
    pass


class Q(Y, X):
    pass


e = raises(TypeError, type, "Bad", (P, Q), {})
assert str(e) == "Cannot create a consistent method resolution\norder (MRO) for bases X, Y"
e = raises(TypeError, type, "Dup", (X, X), {})
assert str(e) == "duplicate base class X"


class F(X, Y):
    pass


class G(F, Y):
    pass


assert [k.__name__ for k in G.__mro__] == ["G", "F", "X", "Y", "object"]


# super() in classmethods and with explicit arguments.
class Base:
    @classmethod
    def create(cls):
        return ("Base", cls.__name__)


class Derived(Base):
    @classmethod
    def create(cls):
        return ("Derived",) + super().create()


assert Derived.create() == ("Derived", "Base", "Derived")
assert super(Derived, Derived).create() == ("Base", "Derived")


# Operator overloading, reflected and in-place operators.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        if isinstance(other, (int, float)):
            return Vec(self.x + other, self.y + other)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if not isinstance(k, (int, float)):
            return NotImplemented
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __matmul__(self, other):
        return self.x * other.x + self.y * other.y

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __bool__(self):
        return bool(self.x or self.y)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


v = Vec(1, 2)
w = Vec(3, 4)
assert v + w == Vec(4, 6)
assert v + 1 == Vec(2, 3)
assert 1 + v == Vec(2, 3)
assert w - v == Vec(2, 2)
assert v * 3 == Vec(3, 6)
assert 3 * v == Vec(3, 6)
assert v @ w == 11
assert -v == Vec(-1, -2)
assert abs(w) == 5.0
assert not Vec(0, 0) and Vec(0, 1)
assert sum([v, w, v]) == Vec(5, 8)  # 0 + v uses __radd__
assert {v: 1}[Vec(1, 2)] == 1
assert v != w and not (v != Vec(1, 2))
e = raises(TypeError, lambda: v * None)
assert str(e) == "unsupported operand type(s) for *: 'Vec' and 'NoneType'"
e = raises(TypeError, lambda: v * "s")
assert str(e) == "can't multiply sequence by non-int of type 'Vec'"
e = raises(TypeError, lambda: "s" + v)
assert str(e) == 'can only concatenate str (not "Vec") to str'
e = raises(TypeError, lambda: v < w)
assert str(e) == "'<' not supported between instances of 'Vec' and 'Vec'"
orig = v
v += w  # no __iadd__: falls back to __add__, a new object
assert v == Vec(4, 6) and orig == Vec(1, 2) and v is not orig


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, item):
        self.items.append(item)
        return self

    def __lshift__(self, item):
        return len(self.items) + item


acc = Acc()
same = acc
acc += 1
acc += 2
assert acc is same and acc.items == [1, 2]
assert acc << 10 == 12


# The subclass's reflected method is tried first.
class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return "Num.add"

    def __radd__(self, other):
        return "Num.radd"


class SubNum(Num):
    def __radd__(self, other):
        return "SubNum.radd"


assert Num(1) + Num(2) == "Num.add"
assert Num(1) + SubNum(2) == "SubNum.radd"
assert 5 + Num(1) == "Num.radd"


# Rich comparisons: reflection and NotImplemented.
class Rank:
    def __init__(self, r):
        self.r = r

    def __lt__(self, other):
        return self.r < other.r

    def __eq__(self, other):
        if not isinstance(other, Rank):
            return NotImplemented
        return self.r == other.r


assert Rank(1) < Rank(2)
assert Rank(3) > Rank(2)  # reflected __lt__
assert Rank(1) == Rank(1) and Rank(1) != Rank(2)
assert (Rank(1) == 1) is False
assert max([Rank(2), Rank(5), Rank(1)]).r == 5
assert Rank.__hash__ is None  # defining __eq__ removes __hash__
e = raises(TypeError, hash, Rank(1))
assert str(e) == "unhashable type: 'Rank'"


class Ident:
    pass


i1, i2 = Ident(), Ident()
assert i1 == i1 and i1 != i2
assert hash(i1) == hash(i1)
assert len({i1, i2, i1}) == 2


# Container protocols: __len__, __getitem__, __contains__, __iter__.
class Deck:
    def __init__(self, cards):
        self.cards = list(cards)

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, i):
        return self.cards[i]

    def __setitem__(self, i, v):
        self.cards[i] = v

    def __delitem__(self, i):
        del self.cards[i]


deck = Deck("abcd")
assert len(deck) == 4 and bool(deck)
assert deck[1] == "b" and deck[-1] == "d"
assert deck[1:3] == ["b", "c"]
assert list(deck) == ["a", "b", "c", "d"]  # iteration via __getitem__
assert "c" in deck and "z" not in deck
assert list(reversed(deck)) == ["d", "c", "b", "a"]
deck[0] = "A"
del deck[1]
assert deck.cards == ["A", "c", "d"]
assert not Deck([])


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

    def __contains__(self, x):
        return x == "magic"


assert list(Countdown(3)) == [3, 2, 1]
assert "magic" in Countdown(0) and 1 not in Countdown(5)
a, b, c = Countdown(3)
assert (a, b, c) == (3, 2, 1)


class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *, times=1):
        return x + self.n * times


add5 = Adder(5)
assert add5(1) == 6 and add5(1, times=2) == 11
assert callable(add5) and not callable(5)
five = 5
e = raises(TypeError, lambda: five())
assert str(e) == "'int' object is not callable"


class Str:
    def __str__(self):
        return "as str"

    def __repr__(self):
        return "as repr"


assert str(Str()) == "as str" and repr(Str()) == "as repr"
assert f"{Str()}" == "as str" and str([Str()]) == "[as repr]"


class Bad:
    def __len__(self):
        return -1


e = raises(ValueError, len, Bad())
assert str(e) == "__len__() should return >= 0"

# __del__ runs as soon as the last reference goes.
log = []


class Res:
    def __init__(self, name):
        self.name = name
        log.append("open " + name)

    def __del__(self):
        log.append("close " + self.name)


r = Res("a")
r2 = r
del r
assert log == ["open a"]
del r2
assert log == ["open a", "close a"]
Res("b")
assert log[-1] == "close b"
holder = [Res("c")]
holder.pop()
assert log[-1] == "close c"
r = Res("d")
r = Res("e")
assert log[-3:] == ["open d", "open e", "close d"]


def scoped():
    Res("f")
    local = Res("g")
    log.append("end of scoped")


scoped()
assert log[-5:] == ["open f", "close f", "open g", "end of scoped", "close g"]
del r
assert log[-1] == "close e"


# A bound method's docstring is its function's.
class Documented:
    def plain(self):
        pass

    def described(self):
        "the described method"


assert Documented().plain.__doc__ is None
assert Documented().described.__doc__ == "the described method"
assert type(Documented().plain).__doc__ == "Create a bound instance method object."

print("ok")

# __mro_entries__ (PEP 560) is looked up on the base object itself: on its
# class, and on the instance when the instance has its own.
class _Real:
    pass


class _Alias:
    def __mro_entries__(self, bases):
        assert bases[0] is self
        return (_Real,)


class _FromAlias(_Alias()):
    pass


assert _FromAlias.__bases__ == (_Real,)
assert isinstance(_FromAlias.__orig_bases__[0], _Alias)
_own = type("Own", (), {})()
_own.__mro_entries__ = lambda bases: (_Real, dict)
class _FromOwn(_own):
    pass


assert _FromOwn.__bases__ == (_Real, dict) and _FromOwn.__orig_bases__ == (_own,)
