# Classes: inheritance, super, properties, dunders, class attributes.
class Base:
    count = 0

    def __init__(self, name):
        self.name = name
        Base.count += 1

    def greet(self):
        return "hello " + self.name

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

    def __eq__(self, other):
        return isinstance(other, Base) and self.name == other.name


class Child(Base):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def greet(self):
        return super().greet() + f" ({self.age})"

    @property
    def older(self):
        return self.age + 1

    @staticmethod
    def make():
        return Child("kid", 1)

    @classmethod
    def kind(cls):
        return cls.__name__


c = Child("bob", 30)
print(c, c.greet(), c.older, Child.make(), Child.kind(), Base.count)
print(c == Child("bob", 2), c != Base("x"), Child.__mro__)
try:
    hash(c)
except TypeError as e:
    print("TypeError:", e)


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __len__(self):
        return 2

    def __iter__(self):
        yield self.x
        yield self.y

    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)


v = Vec(1, 2) + Vec(3, 4)
print(v, 2 * v, v * 3, list(v), len(v), tuple(Vec(5, 6)))
try:
    v.z = 1
except AttributeError as e:
    print("AttributeError:", e)
