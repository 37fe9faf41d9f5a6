"""Abstract base classes (abc).

One metaclass serves every ABC in a program: ABCMeta comes from
_abc_base, the module collections.abc is built on, so a class may derive
from both abc.ABC and collections.abc.Mapping without a metaclass
conflict. ABCMeta computes __abstractmethods__ when a class is made; the
runtime's object.__new__ refuses to instantiate a class whose
__abstractmethods__ is not empty, with CPython's message.

isinstance and issubclass against an ABC consult, in order, the ABC's
positive cache, its negative cache (valid until the next register()
anywhere, which bumps get_cache_token()), its __subclasshook__, the real
MRO, its registry of virtual subclasses, and its subclasses.
"""

from _abc_base import ABCMeta, get_cache_token

ABCMeta.__module__ = "abc"

__all__ = ["ABCMeta", "ABC", "abstractmethod", "abstractclassmethod",
           "abstractstaticmethod", "abstractproperty", "get_cache_token",
           "update_abstractmethods"]


def abstractmethod(funcobj):
    """Mark funcobj as abstract: a class (made by ABCMeta) that keeps it
    cannot be instantiated until a subclass overrides it."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """A classmethod that is also abstract (deprecated spelling of
    @classmethod over @abstractmethod)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """A staticmethod that is also abstract (deprecated spelling of
    @staticmethod over @abstractmethod)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """A property that is also abstract (deprecated spelling of
    @property over @abstractmethod)."""

    __isabstractmethod__ = True


def _is_abstract(value):
    return getattr(value, "__isabstractmethod__", False)


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ after methods were added to or
    removed from cls after it was made; returns cls. Classes that are not
    ABCs are returned unchanged."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    abstracts = set()
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    """A helper class whose metaclass is ABCMeta: derive from it to make
    an abstract base class."""

    __slots__ = ()


def _dump_registry(cls, file=None):
    # Debugging aid: the ABC's registry and caches.
    print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
    print(f"Inv. counter: {get_cache_token()}", file=file)
    version, negative = cls._abc_negative
    print(f"_abc_registry: {cls._abc_registry!r}", file=file)
    print(f"_abc_cache: {cls._abc_cache!r}", file=file)
    print(f"_abc_negative_cache: {negative!r}", file=file)
    print(f"_abc_negative_cache_version: {version!r}", file=file)
