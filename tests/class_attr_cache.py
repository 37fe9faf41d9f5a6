# Cls.name for attributes that are not descriptors (Enum members, class
# constants) is cached per instruction by the class and its metaclass.
# Each check warms a site, then changes what the lookup must find: the
# class's attribute rebound or deleted, a base's attribute changed, the
# metaclass gaining an attribute of the same name, and descriptors.
import enum


class Base:
    K = "base"


class Sub(Base):
    pass


class Other(Base):
    K = "other"


def get_k(cls):
    return cls.K


for i in range(20):
    assert get_k(Base) == "base" and get_k(Sub) == "base" and get_k(Other) == "other"
Base.K = "base2"
assert get_k(Sub) == "base2" and get_k(Base) == "base2"
Sub.K = "sub"
assert get_k(Sub) == "sub" and get_k(Base) == "base2"
del Sub.K
assert get_k(Sub) == "base2"
del Base.K
try:
    get_k(Sub)
except AttributeError as e:
    assert str(e) == "type object 'Sub' has no attribute 'K'", str(e)
else:
    raise AssertionError("no AttributeError")
assert get_k(Other) == "other"


class Color(enum.Enum):
    RED = 1
    GREEN = 2


def red():
    return Color.RED


for i in range(20):
    assert red() is Color.RED and red().value == 1


# The metaclass: an attribute it gains later, a data descriptor, and a
# __getattr__ for names the class lacks.
class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    X = "class"


def get_x(cls):
    return cls.X


for i in range(10):
    assert get_x(WithMeta) == "class"
Meta.X = "meta"  # a plain metaclass attribute: the class's own still wins
assert get_x(WithMeta) == "class"
Meta.X = property(lambda cls: "meta property")  # a data descriptor wins
assert get_x(WithMeta) == "meta property"
del Meta.X
assert get_x(WithMeta) == "class"


class Fallback(type):
    def __getattr__(cls, name):
        return "fallback " + name


class UsesFallback(metaclass=Fallback):
    X = "own"


for i in range(10):
    assert get_x(UsesFallback) == "own"
del UsesFallback.X
assert get_x(UsesFallback) == "fallback X"


# Descriptors on the class: functions, classmethods, staticmethods and
# properties read through the class.
class D:
    def f(self):
        return "f"

    @classmethod
    def c(cls):
        return cls.__name__

    @staticmethod
    def s():
        return "s"

    p = property(lambda self: 1)


def read_all(cls):
    return cls.f, cls.c, cls.s, cls.p


for i in range(10):
    f, c, s, p = read_all(D)
    assert f(None) == "f" and c() == "D" and s() == "s" and isinstance(p, property)
print("class attributes ok")
