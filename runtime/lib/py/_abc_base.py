"""A minimal ABCMeta for collections.abc, until the abc module exists.

ABCMeta keeps, per abstract class, the classes registered as its
virtual subclasses, and answers isinstance/issubclass from (in order) a
positive and a negative cache, the class's __subclasshook__, the real
MRO, the registry, and the registered and real subclasses. Registering
anything anywhere bumps a global counter that invalidates every negative
cache. __abstractmethods__ is computed at class creation, so classes
with abstract methods cannot be instantiated.

The abc module (when written) should take ABCMeta, abstractmethod and
get_cache_token from here, so that collections.abc's classes and a
program's own ABCs share one metaclass.
"""

__all__ = ["ABCMeta", "abstractmethod", "get_cache_token"]

from _thread import allocate_lock


def abstractmethod(funcobj):
    """A decorator indicating abstract methods."""
    funcobj.__isabstractmethod__ = True
    return funcobj


_invalidation = [0]
# _invalidation_lock makes register's bump of the counter one step:
# threads registering at once must each bump it.
_invalidation_lock = allocate_lock()


def get_cache_token():
    """Return the current ABC cache token (changes on every register())."""
    return _invalidation[0]


def _negative_cache(cls):
    # The negative cache of cls valid for the current token, made anew
    # when a register() has bumped the token since. The token is read
    # before the caller looks at the registry: a class registered after
    # that read bumps the token past the returned set's, so a "not a
    # subclass" answer computed from the older registry and added to
    # this set is never believed after the registration.
    token = _invalidation[0]
    version, negative = cls._abc_negative
    if version < token:
        negative = set()
        cls._abc_negative = (token, negative)
    return negative


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs)."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = {key for key, value in namespace.items()
                     if getattr(value, "__isabstractmethod__", False)}
        for base in bases:
            for key in getattr(base, "__abstractmethods__", ()):
                value = getattr(cls, key, None)
                if getattr(value, "__isabstractmethod__", False):
                    abstracts.add(key)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = set()
        cls._abc_cache = set()
        # The negative cache and the token it is valid for are one
        # tuple, replaced whole, so that a thread never pairs one
        # thread's fresh set with another's token (_negative_cache).
        cls._abc_negative = (_invalidation[0], set())
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC; returns the subclass,
        so it can be used as a class decorator."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        with _invalidation_lock:
            cls._abc_registry.add(subclass)
            _invalidation[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        if subclass in cls._abc_cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            version, negative = cls._abc_negative
            if version == _invalidation[0] and subclass in negative:
                return False
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if subclass in cls._abc_cache:
            return True
        negative = _negative_cache(cls)
        if subclass in negative:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if ok:
                cls._abc_cache.add(subclass)
            else:
                negative.add(subclass)
            return ok
        if cls in getattr(subclass, "__mro__", ()):
            cls._abc_cache.add(subclass)
            return True
        for rcls in list(cls._abc_registry):
            if issubclass(subclass, rcls):
                cls._abc_cache.add(subclass)
                return True
        for scls in cls.__subclasses__():
            if issubclass(subclass, scls):
                cls._abc_cache.add(subclass)
                return True
        negative.add(subclass)
        return False

    def _abc_registry_clear(cls):
        cls._abc_registry.clear()

    def _abc_caches_clear(cls):
        cls._abc_cache.clear()
        cls._abc_negative[1].clear()
