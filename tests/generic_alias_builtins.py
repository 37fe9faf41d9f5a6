# Builtin generics (PEP 585) as annotations and values: tuple[...],
# type[...], enumerate[...], the collections.abc ABCs and the library
# classes that make their aliases with classmethod(GenericAlias), which
# must be callable as types.GenericAlias(origin, args).
import collections
import collections.abc
import contextlib
import functools
import os
import queue
import types
import weakref


def f(a: tuple[int, str], b: type[int], c: collections.abc.Callable[[int], str]) -> list[tuple[int, ...]]:
    return a


assert f.__annotations__["a"] == tuple[int, str]
assert repr(f.__annotations__["return"]) == "list[tuple[int, ...]]"
assert repr(tuple[int, ...]) == "tuple[int, ...]" and tuple[int, ...].__args__ == (int, Ellipsis)
assert repr(type[int]) == "type[int]" and type[int].__origin__ is type
assert repr(enumerate[str]) == "enumerate[str]"
assert repr(collections.abc.Callable[[int], str]) == "collections.abc.Callable[[int], str]"
assert repr(collections.abc.Iterable[int]) == "collections.abc.Iterable[int]"
assert repr(collections.ChainMap[str, int]) == "collections.ChainMap[str, int]"
assert repr(functools.partial[int]) == "functools.partial[int]"
assert repr(queue.Queue[int]) == "queue.Queue[int]" and repr(os.PathLike[str]) == "os.PathLike[str]"
assert contextlib.AbstractContextManager[int].__origin__ is contextlib.AbstractContextManager
assert weakref.ref[int].__origin__ is weakref.ref and weakref.WeakSet[int].__args__ == (int,)
assert queue.SimpleQueue[int].__origin__ is queue.SimpleQueue

g = types.GenericAlias(list, (int,))
assert g == list[int] and g.__origin__ is list and g([1, 2]) == [1, 2]
for bad, msg in ((lambda: types.GenericAlias(list), "GenericAlias expected 2 arguments, got 1"),
                 (lambda: types.GenericAlias(list, int, x=1), "GenericAlias() takes no keyword arguments")):
    try:
        bad()
    except TypeError as e:
        assert str(e) == msg, e
    else:
        raise AssertionError(msg)

# Only type itself is subscriptable among the metaclass's instances'
# attributes: other classes do not inherit a __class_getitem__ from type.
assert not hasattr(slice, "__class_getitem__") and not hasattr(range, "__class_getitem__")
for t in (slice, range, str, int):
    try:
        t[int]
    except TypeError as e:
        assert str(e) == "type '%s' is not subscriptable" % t.__name__, e
    else:
        raise AssertionError("%s[int] accepted" % t.__name__)
print("ok")
