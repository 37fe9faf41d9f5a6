"""Names for the runtime's built-in types, and a few class helpers
(types).

The type objects are taken from live objects of each kind.
SimpleNamespace is written here in Python.
"""

import sys

__all__ = ["FunctionType", "LambdaType", "CodeType", "MappingProxyType",
           "SimpleNamespace", "CellType", "GeneratorType", "MethodType",
           "BuiltinFunctionType", "BuiltinMethodType", "WrapperDescriptorType",
           "MethodWrapperType", "MethodDescriptorType", "ClassMethodDescriptorType",
           "ModuleType", "TracebackType", "FrameType", "GetSetDescriptorType",
           "MemberDescriptorType", "new_class", "resolve_bases", "prepare_class",
           "DynamicClassAttribute", "coroutine", "GenericAlias", "UnionType",
           "EllipsisType", "NoneType", "NotImplementedType"]


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
MappingProxyType = type(type.__dict__)


def _cell_factory():
    a = 1

    def f():
        return a
    return f.__closure__[0]


CellType = type(_cell_factory())


def _g():
    yield 1


GeneratorType = type(_g())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__["fromkeys"])
ModuleType = type(sys)
try:
    raise TypeError
except TypeError as _exc:
    TracebackType = type(_exc.__traceback__)
    FrameType = type(_exc.__traceback__.tb_frame)
GetSetDescriptorType = type(FunctionType.__code__)
MemberDescriptorType = type(type.__dict__["__dictoffset__"]) if "__dictoffset__" in type.__dict__ else GetSetDescriptorType
GenericAlias = type(list[int])
UnionType = type(int | str)
EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
del _f, _g, _C, _cell_factory


class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was made
    with; its repr lists them and it compares equal by them."""

    def __init__(self, /, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        active = _repr_active()
        if key in active:
            return name + "(...)"
        active.add(key)
        try:
            items = ", ".join("%s=%r" % (k, v) for k, v in self.__dict__.items())
        finally:
            active.discard(key)
        return "%s(%s)" % (name, items)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


def _repr_active():
    # The namespaces whose repr is running on this thread (a cycle shows
    # as "namespace(...)").
    import threading
    local = _repr_local[0]
    if local is None:
        local = _repr_local[0] = threading.local()
    active = getattr(local, "active", None)
    if active is None:
        active = local.active = set()
    return active


_repr_local = [None]


def resolve_bases(bases):
    """Replace bases that define __mro_entries__ by what it returns."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        entries = getattr(base, "__mro_entries__", None)
        if entries is None:
            continue
        new = entries(bases)
        updated = True
        if not isinstance(new, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift:i + shift + 1] = new
        shift += len(new) - 1
    return tuple(new_bases) if updated else bases


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class must be a "
                        "(non-strict) subclass of the metaclasses of all its bases")
    return winner


def prepare_class(name, bases=(), kwds=None):
    """The metaclass, namespace and remaining keywords a class statement
    would use."""
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    prepare = getattr(meta, "__prepare__", None)
    ns = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Make a class as a class statement would, exec_body filling its
    namespace."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved, ns, **kwds)


class DynamicClassAttribute(property):
    """A property that, looked up on the class, defers to the class's
    __getattr__ (here: a property that gives itself on the class)."""

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        return super().__get__(instance, ownerclass)

    @property
    def __isabstractmethod__(self):
        return bool(getattr(self.fget, "__isabstractmethod__", False))


def coroutine(func):
    """Mark a generator function as a coroutine (returned unchanged)."""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")
    return func
