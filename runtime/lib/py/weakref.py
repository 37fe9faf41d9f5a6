"""Weak references to objects.

ref (ReferenceType), getweakrefcount and getweakrefs come from the
runtime's _weakref module; this module builds on them the weak method
reference, the weak containers (WeakValueDictionary, WeakKeyDictionary,
WeakSet), finalize and proxy. A referent's death clears its references
and calls their callbacks at once in the thread that dropped it, or on
the runtime's finalizer thread when another thread's release made it
die; the containers are safe to use from several threads at once.

proxy returns a Python object that forwards attribute access, calls,
comparisons, container and arithmetic operations to the referent and
raises ReferenceError once it died; unlike CPython's, its type is
weakref.ProxyType for callable and non-callable referents alike.
"""

from _weakref import ref, ReferenceType, getweakrefcount, getweakrefs, _remove_dead_weakref
import itertools as _itertools
import sys as _sys
from _collections_abc import MutableMapping as _MutableMapping, MutableSet as _MutableSet

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]


class WeakMethod(ref):
    """A weak reference to a bound method: it stays alive while both the
    method's object and its function do, and calling it builds the bound
    method again."""

    __slots__ = ("_func_ref", "_meth_type", "_alive", "__weakref__")

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None

        def _cb(arg):
            self = self_wr()
            if self is not None and self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)

        self = ref.__new__(cls, obj, _cb)
        self._func_ref = ref(func, _cb)
        self._meth_type = type(meth)
        self._alive = True
        self_wr = ref(self)
        return self

    def __init__(self, meth, callback=None):
        pass

    def __call__(self):
        obj = ref.__call__(self)
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is not other
            return ref.__ne__(self, other) or self._func_ref != other._func_ref
        return NotImplemented

    __hash__ = ref.__hash__


class KeyedRef(ref):
    """A weak reference that carries the key it is stored under, so that
    its callback can find the entry to remove."""

    __slots__ = ("key",)

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class WeakValueDictionary(_MutableMapping):
    """A mapping whose values are held weakly: an entry goes away when its
    value dies."""

    def __init__(self, other=(), /, **kw):
        def remove(wr, selfref=ref(self), _remove=_remove_dead_weakref):
            self = selfref()
            if self is not None:
                _remove(self.data, wr.key)
        self._remove = remove
        self.data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, self._remove, key)

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __len__(self):
        return sum(1 for wr in list(self.data.values()) if wr() is not None)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def items(self):
        for k, wr in list(self.data.items()):
            v = wr()
            if v is not None:
                yield k, v

    def keys(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    __iter__ = keys

    def values(self):
        for wr in list(self.data.values()):
            v = wr()
            if v is not None:
                yield v

    def itervaluerefs(self):
        yield from list(self.data.values())

    def valuerefs(self):
        return list(self.data.values())

    def pop(self, key, *args):
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            self.data[key] = KeyedRef(default, self._remove, key)
            return default
        return o

    def clear(self):
        self.data.clear()

    def copy(self):
        new = WeakValueDictionary()
        for key, o in self.items():
            new[key] = o
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for key, o in self.items():
            new[deepcopy(key, memo)] = o
        return new

    def __or__(self, other):
        if hasattr(other, "items"):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


class WeakKeyDictionary(_MutableMapping):
    """A mapping whose keys are held weakly: an entry goes away when its
    key dies. Keys must be hashable and weakly referenceable."""

    def __init__(self, dict=None):
        self.data = {}

        def remove(k, selfref=ref(self)):
            self = selfref()
            if self is not None:
                self.data.pop(k, None)
        self._remove = remove
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def items(self):
        for wr, v in list(self.data.items()):
            k = wr()
            if k is not None:
                yield k, v

    def keys(self):
        for wr in list(self.data):
            k = wr()
            if k is not None:
                yield k

    __iter__ = keys

    def values(self):
        for wr, v in list(self.data.items()):
            if wr() is not None:
                yield v

    def keyrefs(self):
        return list(self.data)

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def popitem(self):
        while True:
            wr, v = self.data.popitem()
            k = wr()
            if k is not None:
                return k, v

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def clear(self):
        self.data.clear()

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in self.items():
            new[key] = value
        return new

    __copy__ = copy

    def __or__(self, other):
        if hasattr(other, "items"):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


class WeakSet(_MutableSet):
    """A set whose members are held weakly: a member goes away when it
    dies."""

    __class_getitem__ = classmethod(type(list[int]))

    def __init__(self, data=None):
        self.data = set()

        def remove(item, selfref=ref(self)):
            self = selfref()
            if self is not None:
                self.data.discard(item)
        self._remove = remove
        if data is not None:
            self.update(data)

    def __iter__(self):
        for wr in list(self.data):
            item = wr()
            if item is not None:
                yield item

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, set(self))

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def pop(self):
        while True:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError("pop from empty WeakSet") from None
            item = wr()
            if item is not None:
                return item

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    def update(self, other):
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference_update(self, other):
        for item in other:
            self.discard(item)

    def __isub__(self, other):
        self.difference_update(other)
        return self

    def intersection_update(self, other):
        keep = set(map(ref, other))
        self.data &= keep

    def __iand__(self, other):
        self.intersection_update(other)
        return self

    def difference(self, other):
        new = self.copy()
        new.difference_update(other)
        return new

    __sub__ = difference

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def union(self, other):
        new = self.copy()
        new.update(other)
        return new

    __or__ = union

    def symmetric_difference(self, other):
        new = self.copy()
        for item in other:
            if item in new:
                new.discard(item)
            else:
                new.add(item)
        return new

    __xor__ = symmetric_difference

    def issubset(self, other):
        return all(item in other for item in self)

    __le__ = issubset

    def __lt__(self, other):
        return self <= other and len(self) < len(other)

    def issuperset(self, other):
        return all(item in self for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self >= other and len(self) > len(other)

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return set(self) == set(other)

    __hash__ = None

    def isdisjoint(self, other):
        return not any(item in self for item in other)


class finalize:
    """finalize(obj, func, /, *args, **kwargs): call func(*args, **kwargs)
    once, when obj dies, when the finalizer is called, or at exit (unless
    its atexit attribute is false), whichever comes first."""

    __slots__ = ("__weakref__",)
    _registry = {}
    _shutdown = False
    _index_iter = _itertools.count()
    _registered_with_atexit = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            import atexit
            atexit.register(finalize._exitfunc)
            finalize._registered_with_atexit = True
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = next(self._index_iter)
        self._registry[self] = info

    def __call__(self, _=None):
        """Call the function once and return its result, or None if the
        finalizer is dead."""
        info = self._registry.pop(self, None)
        if info and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """Kill the finalizer and return (obj, func, args, kwargs), or
        None if it was dead."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """Return (obj, func, args, kwargs), or None if dead."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        """Whether the finalizer is alive."""
        return self in self._registry

    @property
    def atexit(self):
        """Whether the finalizer runs at exit."""
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _exitfunc(cls):
        try:
            pending = sorted(((i.index, f) for f, i in list(cls._registry.items()) if i.atexit))
            for _, f in reversed(pending):
                try:
                    f()
                except Exception:
                    _sys.excepthook(*_sys.exc_info())
        finally:
            finalize._shutdown = True


def _deref(p):
    o = object.__getattribute__(p, "_ProxyType__ref")()
    if o is None:
        raise ReferenceError("weakly-referenced object no longer exists")
    return o


class ProxyType:
    """What proxy returns: an object that acts as its referent for as long
    as that lives."""

    __slots__ = ("_ProxyType__ref", "__weakref__")

    def __init__(self, obj, callback=None):
        if callback is not None:
            r = ref(obj, lambda _, self_ref=ref(self): callback(self_ref()))
        else:
            r = ref(obj)
        object.__setattr__(self, "_ProxyType__ref", r)

    def __getattribute__(self, name):
        return getattr(_deref(self), name)

    def __setattr__(self, name, value):
        setattr(_deref(self), name, value)

    def __delattr__(self, name):
        delattr(_deref(self), name)

    def __repr__(self):
        o = object.__getattribute__(self, "_ProxyType__ref")()
        if o is None:
            return "<weakproxy at %#x; dead>" % id(self)
        return "<weakproxy at %#x; to '%s' at %#x>" % (id(self), type(o).__name__, id(o))

    def __str__(self):
        return str(_deref(self))

    def __bool__(self):
        return bool(_deref(self))

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.ProxyType'")

    def __call__(self, *args, **kwargs):
        return _deref(self)(*args, **kwargs)

    def __len__(self):
        return len(_deref(self))

    def __iter__(self):
        return iter(_deref(self))

    def __next__(self):
        return next(_deref(self))

    def __contains__(self, item):
        return item in _deref(self)

    def __getitem__(self, key):
        return _deref(self)[key]

    def __setitem__(self, key, value):
        _deref(self)[key] = value

    def __delitem__(self, key):
        del _deref(self)[key]


def _forward(name):
    def method(self, *args):
        return getattr(_deref(self), name)(*args)
    method.__name__ = name
    return method


for _name in ("__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__",
              "__add__", "__sub__", "__mul__", "__truediv__", "__floordiv__", "__mod__",
              "__pow__", "__lshift__", "__rshift__", "__and__", "__or__", "__xor__",
              "__radd__", "__rsub__", "__rmul__", "__rtruediv__", "__rfloordiv__", "__rmod__",
              "__rpow__", "__rlshift__", "__rrshift__", "__rand__", "__ror__", "__rxor__",
              "__neg__", "__pos__", "__abs__", "__invert__", "__int__", "__float__", "__index__",
              "__matmul__", "__rmatmul__", "__reversed__", "__enter__", "__exit__"):
    setattr(ProxyType, _name, _forward(_name))
del _name

CallableProxyType = ProxyType
ProxyTypes = (ProxyType,)


def proxy(obj, callback=None):
    """Return a proxy of obj that uses a weak reference to it."""
    ref(obj)  # the TypeError of an object that cannot be weakly referenced
    return ProxyType(obj, callback)
