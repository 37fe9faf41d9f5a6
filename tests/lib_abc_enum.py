# abc and enum, plus the runtime pieces they rest on (metaclass __dict__).


# A class made by a Python metaclass shows its own namespace in __dict__.
class _Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = name.lower()
        return cls


class _WithMeta(metaclass=_Meta):
    x = 1

    def f(self):
        return 2


_WithMeta.y = 3
assert sorted(k for k in _WithMeta.__dict__ if not k.startswith('__')) == ['f', 'tag', 'x', 'y']
assert type(_WithMeta.__dict__).__name__ == 'mappingproxy'
assert vars(_WithMeta)['x'] == 1
del _WithMeta.y
assert 'y' not in _WithMeta.__dict__
assert _WithMeta().f() == 2
print("metaclass dict ok")


# bytes(obj) through __bytes__, and the bytes predicates.
class _HasBytes:
    def __bytes__(self):
        return b'hi'


class _BadBytes:
    def __bytes__(self):
        return 'x'


assert bytes(_HasBytes()) == b'hi'
try:
    bytes(_BadBytes())
    assert False
except TypeError as e:
    assert str(e) == "__bytes__ returned non-bytes (type str)"
assert b'123'.isdigit() and not b''.isdigit() and not b'1a'.isdigit()
assert b'abC'.isalpha() and not b'ab1'.isalpha() and b'ab1'.isalnum()
assert b' \t\n'.isspace() and not b' x'.isspace()
assert b'ab1'.islower() and not b'aB'.islower() and not b'12'.islower()
assert b'AB1'.isupper() and not b'12'.isupper()
assert b'Ab Cd'.istitle() and not b'AB'.istitle() and not b''.istitle()
assert b''.isascii() and not b'\x80'.isascii()

# complex() keeps signed zeros, infinities and NaNs in its parts.
_inf, _nan = float('inf'), float('nan')
assert repr(complex(0, -0.0)) == '-0j'
assert repr(complex(-0.0, 2)) == '(-0+2j)'
assert repr(complex(_inf, _nan)) == '(inf+nanj)'
assert repr(complex(_nan, _inf)) == '(nan+infj)'
assert repr(complex(-0.0, -0.0)) == '(-0-0j)'
assert repr(complex(imag=-0.0)) == '-0j'
assert complex(1 + 2j, 3 + 4j) == -3 + 5j
assert complex(2, 1j) == 1 + 0j


class _HasComplex:
    def __complex__(self):
        return 3 + 4j


assert complex(_HasComplex()) == 3 + 4j
try:
    complex(1, 'x')
    assert False
except TypeError as e:
    assert str(e) == "complex() second arg can't be a string"
print("bytes and complex ok")

# bytearray % args formats like bytes and gives a bytearray.
_ba = bytearray(b'%d-%s') % (5, b'x')
assert _ba == bytearray(b'5-x') and type(_ba) is bytearray
assert bytearray(b'%05.1f') % 2.25 == bytearray(b'002.2')
assert bytearray(b'12').isdigit() and bytearray(b'Ab').istitle()
print("bytearray ok")

# ---- abc ----
import abc
from abc import ABC, ABCMeta, abstractmethod
import collections.abc as cabc


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} {self.area()}"


def _instantiate_error(cls, *args):
    try:
        cls(*args)
    except TypeError as e:
        return str(e)
    return None


assert _instantiate_error(Shape) == "Can't instantiate abstract class Shape with abstract methods area, perimeter"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2


class Square2(Square):
    def perimeter(self):
        return 4 * self.s


assert _instantiate_error(Square, 2) == "Can't instantiate abstract class Square with abstract method perimeter"
assert Square2(3).describe() == "Square2 9"
assert Shape.__abstractmethods__ == frozenset({'area', 'perimeter'})
assert Square.__abstractmethods__ == frozenset({'perimeter'})
assert Square2.__abstractmethods__ == frozenset()
assert isinstance(Square2(1), Shape) and issubclass(Square2, Shape)
assert not isinstance(3, Shape)


class MyMapping(ABC, cabc.Mapping):
    def __getitem__(self, k):
        return 1

    def __len__(self):
        return 0

    def __iter__(self):
        return iter(())


assert type(MyMapping) is ABCMeta and repr(ABCMeta) == "<class 'abc.ABCMeta'>"
assert isinstance(MyMapping(), cabc.Mapping) and MyMapping().get('k') == 1


class Duck(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Duck:
            return hasattr(C, 'quack')
        return NotImplemented


class Mallard:
    def quack(self):
        return 'quack'


assert isinstance(Mallard(), Duck) and issubclass(Mallard, Duck)
assert not issubclass(int, Duck) and not isinstance(1, Duck)


class Registry(ABC):
    pass


_token = abc.get_cache_token()
assert not isinstance(3, Registry)
assert Registry.register(int) is int
assert abc.get_cache_token() != _token
assert isinstance(3, Registry) and issubclass(bool, Registry)
assert not issubclass(Registry, int)


@Registry.register
class _Virtual:
    pass


assert issubclass(_Virtual, Registry) and Registry not in _Virtual.__mro__
assert isinstance(ABC, ABCMeta) and ABC.__slots__ == ()
try:
    Registry.register(3)
    assert False
except TypeError as e:
    assert str(e) == "Can only register classes"


class _A2(ABC):
    pass


class _B2(_A2):
    pass


try:
    _B2.register(_A2)
    assert False
except RuntimeError as e:
    assert str(e) == "Refusing to create an inheritance cycle"


class Props(ABC):
    @property
    @abstractmethod
    def x(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def s():
        ...


assert sorted(Props.__abstractmethods__) == ['make', 's', 'x']


class OldStyle(ABC):
    @abc.abstractproperty
    def y(self):
        ...

    @abc.abstractclassmethod
    def c(cls):
        return cls

    @abc.abstractstaticmethod
    def st():
        return 7


assert sorted(OldStyle.__abstractmethods__) == ['c', 'st', 'y']


class OldStyleDone(OldStyle):
    y = 1
    c = classmethod(lambda cls: cls.__name__)
    st = staticmethod(lambda: 8)


assert OldStyleDone().c() == 'OldStyleDone' and OldStyle.st() == 7


class Later(ABC):
    @abstractmethod
    def f(self):
        ...


class LaterImpl(Later):
    pass


assert _instantiate_error(LaterImpl) is not None
LaterImpl.f = lambda self: 1
assert abc.update_abstractmethods(LaterImpl) is LaterImpl
assert LaterImpl().f() == 1


class SubMeta(ABCMeta):
    pass


class ViaSubMeta(metaclass=SubMeta):
    @abstractmethod
    def g(self):
        ...


assert _instantiate_error(ViaSubMeta) == "Can't instantiate abstract class ViaSubMeta with abstract method g"


class PlainWithAbstract:
    @abstractmethod
    def h(self):
        ...


assert PlainWithAbstract().h() is None  # only ABCMeta classes are checked
print("abc ok")
