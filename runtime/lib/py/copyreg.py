"""Registries and helpers that pickle and copy use, as CPython's copyreg.

dispatch_table maps a type to the function that reduces its instances;
the extension registry maps (module, name) pairs to small integer codes
that pickle writes instead of the names. Changes to the registries go
through functions that take one lock, so threads registering at once
leave the tables consistent.
"""

import threading as _threading

__all__ = ["pickle", "constructor", "add_extension", "remove_extension",
           "clear_extension_cache"]

dispatch_table = {}

# Guards the extension registry's three tables, which change together.
_lock = _threading.Lock()


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Register pickle_function as the reducer of ob_type's instances."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def _pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, _pickle_complex, complex)


def _reconstructor(cls, base, state):
    """Rebuild an instance pickled with protocol 0 or 1: base's __new__
    (and __init__) with state, or a bare object.__new__."""
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def _builtin_base(cls):
    # The first class of the MRO that is implemented by the runtime rather
    # than by a class statement: its __new__ is a builtin bound to it.
    for base in cls.__mro__:
        new = base.__dict__.get('__new__')
        if new is not None and type(new).__name__ == 'builtin_function_or_method':
            return base
        if base.__module__ == 'builtins':
            return base
    return object


def _reduce_ex(self, proto):
    """The reduction of an instance for protocols 0 and 1."""
    assert proto < 2
    cls = self.__class__
    base = _builtin_base(cls)
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(self)
    args = (cls, base, state)
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None and getstate is not getattr(object, '__getstate__', None):
        state = self.__getstate__()
    else:
        if _slotnames(cls):
            raise TypeError("a class that defines __slots__ without "
                            "defining __getstate__ cannot be pickled")
        state = getattr(self, '__dict__', None)
    if state:
        return _reconstructor, args, state
    return _reconstructor, args


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Call cls.__new__ with positional and keyword arguments (protocol
    4's NEWOBJ_EX)."""
    return cls.__new__(cls, *args, **kwargs)


def _default_getstate(obj, required):
    # The state a reduction records: the class's own __getstate__'s, else
    # what object.__getstate__ returns.
    cls = type(obj)
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None and getstate is not getattr(object, '__getstate__', None):
        return obj.__getstate__()
    return _object_getstate(obj)


def _object_getstate(obj):
    """object.__getstate__(): the instance dict (None if empty), paired
    with a dict of the filled slots when there are any."""
    cls = type(obj)
    state = getattr(obj, '__dict__', None)
    if not state:
        state = None
    names = _slotnames(cls)
    if names:
        slots = {}
        for name in names:
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state


def _default_reduce_ex(obj, proto):
    """The reduction object.__reduce_ex__(proto) makes in CPython, with
    the builtin types the runtime gives no reducer of their own."""
    cls = type(obj)
    if isinstance(obj, BaseException):
        d = getattr(obj, '__dict__', None)
        if d:
            return (cls, obj.args, d)
        return (cls, obj.args)
    if cls is range:
        return (range, (obj.start, obj.stop, obj.step))
    if cls is slice:
        return (slice, (obj.start, obj.stop, obj.step))
    if proto < 2:
        return _reduce_ex(obj, proto)
    # A runtime object with no state a class statement gave it (a lock, a
    # generator, a file) cannot be rebuilt from its class.
    if cls is not object and not _is_value_type(cls) and (
            not hasattr(obj, '__dict__') and not _slotnames(cls)
            and not hasattr(cls, '__getnewargs__')
            and not hasattr(cls, '__getnewargs_ex__')
            and getattr(cls, '__getstate__', None) is getattr(object, '__getstate__', None)):
        raise TypeError("cannot pickle '%s' object" % cls.__name__)
    args = ()
    kwargs = None
    hasargs = False
    if hasattr(cls, '__getnewargs_ex__'):
        pair = obj.__getnewargs_ex__()
        if not isinstance(pair, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%s'"
                            % type(pair).__name__)
        if len(pair) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of "
                             "length 2, not %d" % len(pair))
        args, kwargs = pair
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by "
                            "__getnewargs_ex__ must be a tuple, not '%s'"
                            % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by "
                            "__getnewargs_ex__ must be a dict, not '%s'"
                            % type(kwargs).__name__)
        hasargs = True
    elif hasattr(cls, '__getnewargs__'):
        args = obj.__getnewargs__()
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs__ should return a tuple, not '%s'"
                            % type(args).__name__)
        hasargs = True
    if not kwargs:
        func = __newobj__
        newargs = (cls,) + args
    else:
        func = __newobj_ex__
        newargs = (cls, args, kwargs)
    state = _default_getstate(obj, not (hasargs or isinstance(obj, (list, dict))))
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return (func, newargs, state, listitems, dictitems)


def _is_value_type(cls):
    # Builtin types whose subclasses' instances, or themselves, rebuild
    # from __getnewargs__ or their items.
    return issubclass(cls, (int, float, complex, str, bytes, bytearray, tuple,
                            list, dict, set, frozenset))


def _slotnames(cls):
    """The names of the __slots__ of cls and its bases (private names
    mangled, __dict__ and __weakref__ left out), cached on the class."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for c in cls.__mro__:
            if "__slots__" not in c.__dict__:
                continue
            slots = c.__dict__["__slots__"]
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name in ("__dict__", "__weakref__"):
                    continue
                if name.startswith('__') and not name.endswith('__'):
                    stripped = c.__name__.lstrip('_')
                    if stripped:
                        name = '_%s%s' % (stripped, name)
                names.append(name)
    try:
        cls.__slotnames__ = names
    except (AttributeError, TypeError):
        pass
    return names


# Extension codes: (module, name) -> code, code -> (module, name), and the
# objects already looked up by code.
_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    """Register an extension code for the global module.name."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    with _lock:
        if (_extension_registry.get(key) == code and
                _inverted_registry.get(code) == key):
            return
        if key in _extension_registry:
            raise ValueError("key %s is already registered with code %s" %
                             (key, _extension_registry[key]))
        if code in _inverted_registry:
            raise ValueError("code %s is already in use for key %s" %
                             (code, _inverted_registry[code]))
        _extension_registry[key] = code
        _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister an extension code (for testing only)."""
    key = (module, name)
    with _lock:
        if (_extension_registry.get(key) != code or
                _inverted_registry.get(code) != key):
            raise ValueError("key %s is not registered with code %s" %
                             (key, code))
        del _extension_registry[key]
        del _inverted_registry[code]
        _extension_cache.pop(code, None)


def clear_extension_cache():
    with _lock:
        _extension_cache.clear()
