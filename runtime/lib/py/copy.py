"""Shallow and deep copy operations: gilfree's copy module.

copy(x) and deepcopy(x, memo) follow CPython's protocol: a class's
__copy__ / __deepcopy__(memo) wins; then a __reduce_ex__ or __reduce__
the class defines itself; plain instances (and instances of subclasses
of list, dict, set and tuple) are rebuilt directly from their __dict__,
__slots__ and items, with __getstate__ / __setstate__ and
__getnewargs__ honoured, without going through object.__reduce_ex__.
deepcopy records every copy in memo (keyed by id) so shared and cyclic
structures are copied once and stay shared and cyclic.
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_FunctionType = type(lambda: None)
_BuiltinType = type(len)
_atomic = {
    type(None), int, float, bool, complex, str, bytes, frozenset, type,
    range, slice, property, _BuiltinType, type(Ellipsis),
    type(NotImplemented), _FunctionType,
}
_deep_atomic = {
    type(None), type(Ellipsis), type(NotImplemented), int, float, bool,
    complex, bytes, str, type, range, _BuiltinType, _FunctionType, property,
}

_object_reduce_ex = getattr(object, "__reduce_ex__", None)
_object_reduce = getattr(object, "__reduce__", None)


def _own_reducer(cls):
    # The class's own __reduce_ex__ or __reduce__, if either is not
    # object's; None for plain instances.
    rex = getattr(cls, "__reduce_ex__", None)
    if rex is not None and rex is not _object_reduce_ex:
        return lambda x: x.__reduce_ex__(4)
    red = getattr(cls, "__reduce__", None)
    if red is not None and red is not _object_reduce:
        return lambda x: x.__reduce__()
    return None


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _atomic or cls is tuple:
        return x
    if cls is list:
        return x.copy()
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    if cls is bytearray:
        return x.copy()
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    reducer = _own_reducer(cls)
    if reducer is not None:
        rv = reducer(x)
        if isinstance(rv, str):
            return x
        return _reconstruct(x, None, *rv)
    return _rebuild(x, cls, None)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    key = id(x)
    y = memo.get(key, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _deep_atomic or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[key] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is tuple:
        y = _deepcopy_tuple(x, memo)
    elif cls is dict:
        y = {}
        memo[key] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is set or cls is frozenset:
        items = [deepcopy(item, memo) for item in x]
        y = cls(items)
    elif cls is bytearray:
        y = bytearray(x)
    elif _is_method(x):
        y = x.__func__.__get__(deepcopy(x.__self__, memo))
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            reducer = _own_reducer(cls)
            if reducer is not None:
                rv = reducer(x)
                y = x if isinstance(rv, str) else _reconstruct(x, memo, *rv)
            else:
                y = _rebuild(x, cls, memo)
    if y is not x:
        memo[key] = y
        _keep_alive(x, memo)
    return y


def _is_method(x):
    return hasattr(x, "__func__") and hasattr(x, "__self__") and type(x).__name__ == "method"


def _deepcopy_tuple(x, memo):
    items = [deepcopy(a, memo) for a in x]
    # A cycle through the tuple may have copied it already.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for a, b in zip(x, items):
        if a is not b:
            return tuple(items)
    return x


def _keep_alive(x, memo):
    # memo holds x too, so that the id keys stay unique while it lives.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get("__slots__")
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                name = "_%s%s" % (c.__name__.lstrip("_"), name)
            names.append(name)
    return names


def _state_of(x, cls):
    # What pickling would save: __getstate__ when the class defines its
    # own, else the __dict__ and the filled __slots__.
    getstate = getattr(cls, "__getstate__", None)
    if getstate is not None and getstate is not getattr(object, "__getstate__", None):
        return x.__getstate__(), True
    state = getattr(x, "__dict__", None)
    if state is not None and not state:
        state = None
    slots = {}
    for name in _slot_names(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots), False
    return state, False


def _rebuild(x, cls, memo):
    """Copy an instance the way object.__reduce_ex__(4) and
    copy._reconstruct would: a new object from cls.__new__, then its
    state, then its list, dict or set items."""
    deep = memo is not None
    newargs = ()
    newkw = {}
    if hasattr(cls, "__getnewargs_ex__"):
        newargs, newkw = x.__getnewargs_ex__()
    elif hasattr(cls, "__getnewargs__"):
        newargs = x.__getnewargs__()
    elif issubclass(cls, (tuple, frozenset)):
        newargs = (list(x),)
    else:
        for base in (int, float, complex, str, bytes):
            if issubclass(cls, base):
                newargs = (base(x),)
                break
    if deep and (newargs or newkw):
        newargs = deepcopy(newargs, memo)
        newkw = deepcopy(newkw, memo)
    y = cls.__new__(cls, *newargs, **newkw)
    if deep:
        memo[id(x)] = y
    state, custom = _state_of(x, cls)
    if state is not None or custom:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if isinstance(x, list):
        for item in x:
            y.append(deepcopy(item, memo) if deep else item)
    elif isinstance(x, dict):
        for k, v in x.items():
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            y[k] = v
    elif isinstance(x, set):
        for item in x:
            y.add(deepcopy(item, memo) if deep else item)
    return y


def _set_state(y, state):
    setstate = getattr(y, "__setstate__", None)
    if setstate is not None:
        setstate(state)
        return
    if state is None:
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        y.__dict__.update(state)
    if slotstate:
        for k, v in slotstate.items():
            setattr(y, k, v)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    # Rebuild from a __reduce_ex__/__reduce__ tuple.
    deep = memo is not None
    if deep and args:
        args = [deepcopy(a, memo) for a in args]
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for k, v in dictiter:
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            y[k] = v
    return y
