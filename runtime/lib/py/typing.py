"""Type hints at run time (typing).

Annotated programs import typing and build hints such as List[int],
Optional[str] or Callable[[int], str]; this module makes those objects,
with CPython's reprs, get_origin/get_args, TypeVar substitution in user
generics (class Stack(Generic[T])), Protocol with runtime_checkable,
NamedTuple and TypedDict class syntax, and get_type_hints. It checks no
types: hints are data, as they are for CPython.
"""

import collections
import collections.abc
import functools
import operator
import sys
from abc import ABCMeta, abstractmethod

__all__ = [
    "Annotated", "Any", "Callable", "ClassVar", "Concatenate", "Final", "ForwardRef",
    "Generic", "Literal", "Optional", "ParamSpec", "Protocol", "Tuple", "Type",
    "TypeVar", "TypeVarTuple", "Union", "AbstractSet", "ByteString", "Container",
    "ContextManager", "Hashable", "ItemsView", "Iterable", "Iterator", "KeysView",
    "Mapping", "MappingView", "MutableMapping", "MutableSequence", "MutableSet",
    "Sequence", "Sized", "ValuesView", "Awaitable", "AsyncIterator", "AsyncIterable",
    "Coroutine", "Collection", "AsyncGenerator", "AsyncContextManager", "Reversible",
    "SupportsAbs", "SupportsBytes", "SupportsComplex", "SupportsFloat", "SupportsIndex",
    "SupportsInt", "SupportsRound", "ChainMap", "Counter", "Deque", "Dict",
    "DefaultDict", "List", "OrderedDict", "Set", "FrozenSet", "NamedTuple", "TypedDict",
    "Generator", "BinaryIO", "IO", "Match", "Pattern", "TextIO", "AnyStr",
    "assert_never", "assert_type", "cast", "clear_overloads", "dataclass_transform",
    "final", "get_args", "get_origin", "get_overloads", "get_type_hints", "is_typeddict",
    "LiteralString", "Never", "NewType", "no_type_check", "no_type_check_decorator",
    "NoReturn", "NotRequired", "overload", "ParamSpecArgs", "ParamSpecKwargs",
    "Required", "reveal_type", "runtime_checkable", "Self", "Text", "TYPE_CHECKING",
    "TypeAlias", "TypeGuard", "Unpack",
]

TYPE_CHECKING = False


def _type_repr(obj):
    # How a hint's argument shows inside typing's reprs.
    if isinstance(obj, type) and not isinstance(obj, _GenericAliasBase):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return "%s.%s" % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return "..."
    if obj is None or obj is type(None):
        return "None"
    if isinstance(obj, type(lambda: 0)):
        return obj.__name__
    if isinstance(obj, (list, tuple)):
        return "[%s]" % ", ".join(_type_repr(a) for a in obj)
    return repr(obj)


def _type_check(arg, msg):
    # Hints are types, aliases, special forms, TypeVars, None or strings.
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    if isinstance(arg, _SpecialForm) and arg._name in ("ClassVar", "Final", "Generic", "Protocol"):
        raise TypeError("Plain %s is not valid as type argument" % (arg,))
    if isinstance(arg, (tuple, int)) and not isinstance(arg, bool) and arg is not ...:
        raise TypeError("%s Got %.100r." % (msg, arg))
    return arg


def _collect_parameters(args):
    params = []
    for a in args:
        if isinstance(a, (TypeVar, ParamSpec)):
            if a not in params:
                params.append(a)
        else:
            for p in getattr(a, "__parameters__", ()):
                if p not in params:
                    params.append(p)
    return tuple(params)


class _Final:
    """Classes of typing's own objects, which cannot be subclassed."""

    __slots__ = ()

    def __init_subclass__(cls, /, *args, _root=False, **kwds):
        if not _root and "_root" not in cls.__dict__:
            raise TypeError("Cannot subclass special typing classes")


class _SpecialForm:
    """A bare special form such as Any, Union or ClassVar."""

    def __init__(self, name, doc, getitem=None):
        self._name = name
        self.__doc__ = doc
        self._getitem = getitem

    def __repr__(self):
        return "typing." + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError("Cannot instantiate %r" % (self,))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError("%s cannot be used with isinstance()" % (self,))

    def __subclasscheck__(self, cls):
        raise TypeError("%s cannot be used with issubclass()" % (self,))

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError("%s is not subscriptable" % (self,))
        return self._getitem(self, parameters)

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass %r" % (self,))


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type compatible with every type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)


def _simple_subscript(self, parameters):
    item = _type_check(parameters, "%s accepts only single type." % (self._name,))
    return _GenericAlias(self, (item,), name=self._name)


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        p = _type_check(p, "Union[arg, ...]: each arg must be a type.")
        if isinstance(p, _UnionGenericAlias):
            members = p.__args__
        elif type(p).__name__ == "UnionType":
            members = p.__args__
        else:
            members = (p,)
        for m in members:
            if m not in flat:
                flat.append(m)
    if len(flat) == 1:
        return flat[0]
    return _UnionGenericAlias(self, tuple(flat))


def _optional_getitem(self, parameters):
    arg = _type_check(parameters, "Optional[t] requires a single type.")
    return Union[arg, type(None)]


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    seen = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            values = p.__args__
        else:
            values = (p,)
        for v in values:
            if not any(v == s and type(v) is type(s) for s in seen):
                seen.append(v)
    return _LiteralGenericAlias(self, tuple(seen))


def _no_params(self, parameters):
    raise TypeError("%s is not subscriptable" % (self,))


NoReturn = _SpecialForm("NoReturn", "Special type indicating functions that never return.")
Never = _SpecialForm("Never", "The bottom type, a type that has no members.")
Self = _SpecialForm("Self", "Used to spell the type of self in classes.")
LiteralString = _SpecialForm("LiteralString", "Represents an arbitrary literal string.")
TypeAlias = _SpecialForm("TypeAlias", "Special form for marking type aliases.")
ClassVar = _SpecialForm("ClassVar", "Special type construct to mark class variables.",
                        _simple_subscript)
Final = _SpecialForm("Final", "Special typing construct to indicate final names.",
                     _simple_subscript)
Union = _SpecialForm("Union", "Union type; Union[X, Y] means either X or Y.", _union_getitem)
Optional = _SpecialForm("Optional", "Optional[X] is equivalent to Union[X, None].",
                        _optional_getitem)
Literal = _SpecialForm("Literal", "Special typing form to define literal types.",
                       _literal_getitem)
TypeGuard = _SpecialForm("TypeGuard", "Special typing form used to annotate type guards.",
                         _simple_subscript)
Required = _SpecialForm("Required", "A TypedDict key that must be present.", _simple_subscript)
NotRequired = _SpecialForm("NotRequired", "A TypedDict key that may be absent.",
                           _simple_subscript)
Unpack = _SpecialForm("Unpack", "Type unpack operator.", _simple_subscript)
Concatenate = _SpecialForm("Concatenate", "Used with Callable and ParamSpec.",
                           lambda self, p: _GenericAlias(self, p if isinstance(p, tuple) else (p,),
                                                         name="Concatenate"))


class _GenericAliasBase:
    """A marker base of the alias classes (not a type)."""


class _GenericAlias(_GenericAliasBase):
    """A subscripted hint: List[int], Dict[str, T], Stack[int],
    ClassVar[int]..."""

    def __init__(self, origin, args, *, inst=True, name=None):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = tuple(... if a is _TypingEllipsis else a for a in args)
        self.__parameters__ = _collect_parameters(args)
        self._inst = inst
        self._name = name
        if not name:
            self.__module__ = getattr(origin, "__module__", None)

    def __repr__(self):
        if self._name:
            name = "typing." + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__ == ():
            return "%s[()]" % name
        return "%s[%s]" % (name, ", ".join(_type_repr(a) for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError("Type %s cannot be instantiated; use %s() instead"
                            % (self._name, self.__origin__.__name__))
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __getitem__(self, args):
        # Substitute this alias's TypeVars: Dict[str, T][int].
        if not self.__parameters__:
            raise TypeError("%s is not a generic class" % (self,))
        if not isinstance(args, tuple):
            args = (args,)
        if len(args) != len(self.__parameters__):
            raise TypeError("Too %s arguments for %s; actual %d, expected %d"
                            % ("many" if len(args) > len(self.__parameters__) else "few",
                               self, len(args), len(self.__parameters__)))
        subst = dict(zip(self.__parameters__, args))
        return self.copy_with(tuple(_substitute(a, subst) for a in self.__args__))

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __mro_entries__(self, bases):
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _GenericAliasBase) or (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            if Generic not in res and not (isinstance(self.__origin__, type)
                                           and issubclass(self.__origin__, Generic)):
                res.append(Generic)
        return tuple(res)

    def __getattr__(self, attr):
        if attr in ("__origin__", "__args__") or attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __reduce__(self):
        return operator.getitem, (self.__origin__, self.__args__)


_TypingEllipsis = object()


def _substitute(arg, subst):
    if isinstance(arg, (TypeVar, ParamSpec)):
        return subst.get(arg, arg)
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg[tuple(subst.get(p, p) for p in arg.__parameters__)]
    if isinstance(arg, (list, tuple)):
        return type(arg)(_substitute(a, subst) for a in arg)
    if type(arg).__name__ == "GenericAlias" and getattr(arg, "__parameters__", ()):
        return arg[tuple(subst.get(p, p) for p in arg.__parameters__)]
    return arg


class _UnionGenericAlias(_GenericAlias):
    """Union[X, Y] (Optional[X] when one side is None)."""

    def __init__(self, origin, args, **kw):
        super().__init__(origin, args, name="Union")

    def copy_with(self, args):
        return Union[args]

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return "typing.Optional[%s]" % _type_repr(other)
        return super().__repr__()

    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if isinstance(arg, _GenericAliasBase):
                raise TypeError("Subscripted generics cannot be used with class and instance checks")
            if issubclass(cls, arg):
                return True
        return False


class _LiteralGenericAlias(_GenericAlias):
    def __init__(self, origin, args, **kw):
        super().__init__(origin, args, name="Literal")
        self.__parameters__ = ()

    def __repr__(self):
        return "typing.Literal[%s]" % ", ".join(repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set((type(a), a) for a in self.__args__) == set((type(a), a) for a in other.__args__)

    def __hash__(self):
        return hash(frozenset((type(a), a) for a in self.__args__))


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return "typing.Callable[..., %s]" % _type_repr(args[1])
        return "typing.Callable[[%s], %s]" % (", ".join(_type_repr(a) for a in args[:-1]),
                                              _type_repr(args[-1]))

    def copy_with(self, args):
        return _CallableGenericAlias(self.__origin__, args, name="Callable")


class _SpecialGenericAlias(_GenericAliasBase):
    """An unsubscripted alias of a builtin or ABC: List, Dict, Iterable..."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        self.__origin__ = origin
        self._nparams = nparams
        self._inst = inst
        self._name = name or origin.__name__
        self.__doc__ = "A generic version of %s.%s." % (origin.__module__, origin.__qualname__)

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError("Too %s arguments for %s; actual %d, expected %d"
                            % ("many" if len(params) > self._nparams else "few",
                               self, len(params), self._nparams))
        params = tuple(_type_check(p, "Parameters to generic types must be types.") for p in params)
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError("Type %s cannot be instantiated; use %s() instead"
                            % (self._name, self.__origin__.__name__))
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        return issubclass(cls, self.__origin__)

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __eq__(self, other):
        if not isinstance(other, _SpecialGenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self._name == other._name

    def __hash__(self):
        return hash((self.__origin__, self._name))

    def __reduce__(self):
        return self._name


class _CallableType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if args is ...:
            flat = (..., result)
        elif isinstance(args, list):
            flat = tuple(args) + (result,)
        elif isinstance(args, (ParamSpec, _GenericAlias)):
            flat = (args, result)
        else:
            raise TypeError("Callable[args, result]: args must be a list. Got %.100r." % (args,))
        return _CallableGenericAlias(self.__origin__, flat, name="Callable")


class _TupleType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            return _GenericAlias(tuple, params[:-1] + (_TypingEllipsis,), name="Tuple", inst=False)
        return _GenericAlias(tuple, params, name="Tuple", inst=False)


_cabc = collections.abc
Hashable = _SpecialGenericAlias(_cabc.Hashable, 0)
Awaitable = _SpecialGenericAlias(_cabc.Awaitable, 1)
Coroutine = _SpecialGenericAlias(_cabc.Coroutine, 3)
AsyncIterable = _SpecialGenericAlias(_cabc.AsyncIterable, 1)
AsyncIterator = _SpecialGenericAlias(_cabc.AsyncIterator, 1)
Iterable = _SpecialGenericAlias(_cabc.Iterable, 1)
Iterator = _SpecialGenericAlias(_cabc.Iterator, 1)
Reversible = _SpecialGenericAlias(_cabc.Reversible, 1)
Sized = _SpecialGenericAlias(_cabc.Sized, 0)
Container = _SpecialGenericAlias(_cabc.Container, 1)
Collection = _SpecialGenericAlias(_cabc.Collection, 1)
Callable = _CallableType(_cabc.Callable, 2)
AbstractSet = _SpecialGenericAlias(_cabc.Set, 1, name="AbstractSet")
MutableSet = _SpecialGenericAlias(_cabc.MutableSet, 1)
Mapping = _SpecialGenericAlias(_cabc.Mapping, 2)
MutableMapping = _SpecialGenericAlias(_cabc.MutableMapping, 2)
Sequence = _SpecialGenericAlias(_cabc.Sequence, 1)
MutableSequence = _SpecialGenericAlias(_cabc.MutableSequence, 1)
ByteString = _SpecialGenericAlias(_cabc.ByteString, 0)
Tuple = _TupleType(tuple, -1, inst=False, name="Tuple")
List = _SpecialGenericAlias(list, 1, inst=False, name="List")
Deque = _SpecialGenericAlias(collections.deque, 1, name="Deque")
Set = _SpecialGenericAlias(set, 1, inst=False, name="Set")
FrozenSet = _SpecialGenericAlias(frozenset, 1, inst=False, name="FrozenSet")
MappingView = _SpecialGenericAlias(_cabc.MappingView, 1)
KeysView = _SpecialGenericAlias(_cabc.KeysView, 1)
ItemsView = _SpecialGenericAlias(_cabc.ItemsView, 2)
ValuesView = _SpecialGenericAlias(_cabc.ValuesView, 1)
Dict = _SpecialGenericAlias(dict, 2, inst=False, name="Dict")
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, name="DefaultDict")
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2)
Counter = _SpecialGenericAlias(collections.Counter, 1)
ChainMap = _SpecialGenericAlias(collections.ChainMap, 2)
Generator = _SpecialGenericAlias(_cabc.Generator, 3)
AsyncGenerator = _SpecialGenericAlias(_cabc.AsyncGenerator, 2)
Type = _SpecialGenericAlias(type, 1, name="Type")
Text = str


def _cm_alias(name):
    import contextlib
    return _SpecialGenericAlias(getattr(contextlib, name), 1, name=name.replace("Abstract", ""))


class TypeVar(_Final, _root=True):
    """A type variable: T = TypeVar('T'), with optional constraints, a
    bound, and variance."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__constraints__ = tuple(_type_check(t, "TypeVar(name, constraint, ...): constraints must be types.")
                                     for t in constraints)
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound is not None else None
        try:
            module = sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            module = None
        if module != "typing":
            self.__module__ = module

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __reduce__(self):
        return self.__name__


class ParamSpecArgs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return "%s.args" % (self.__origin__.__name__,)


class ParamSpecKwargs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return "%s.kwargs" % (self.__origin__.__name__,)


class ParamSpec(_Final, _root=True):
    """A parameter specification variable (P = ParamSpec('P'))."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __repr__(self):
        return "~" + self.__name__


class TypeVarTuple(_Final, _root=True):
    """A variadic type variable (Ts = TypeVarTuple('Ts'))."""

    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]


AnyStr = TypeVar("AnyStr", bytes, str)
AnyStr.__module__ = "typing"


class Generic:
    """The base of user generic classes: class Stack(Generic[T])."""

    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if not params and cls is not Tuple:
            raise TypeError("Parameter list to %s[...] cannot be empty" % (cls.__qualname__,))
        if cls in (Generic, Protocol):
            for p in params:
                if not isinstance(p, (TypeVar, ParamSpec, TypeVarTuple)):
                    raise TypeError("Parameters to %s[...] must all be type variables "
                                    "or parameter specification variables." % (cls.__name__,))
            if len(set(params)) != len(params):
                raise TypeError("Parameters to %s[...] must all be unique" % (cls.__name__,))
        else:
            expected = getattr(cls, "__parameters__", ())
            if not expected:
                raise TypeError("%s is not a generic class" % (_type_repr(cls),))
            if len(params) != len(expected):
                raise TypeError("Too %s arguments for %s; actual %d, expected %d"
                                % ("many" if len(params) > len(expected) else "few",
                                   _type_repr(cls), len(params), len(expected)))
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        orig = cls.__dict__.get("__orig_bases__", ())
        if "__orig_bases__" in cls.__dict__:
            gvars = None
            for base in orig:
                if isinstance(base, _GenericAlias) and base.__origin__ in (Generic, Protocol):
                    if gvars is not None:
                        raise TypeError("Cannot inherit from Generic[...] multiple times.")
                    gvars = base.__parameters__
            tvars = list(_collect_parameters(orig))
            if gvars is not None:
                missing = [t for t in tvars if t not in gvars]
                if missing:
                    raise TypeError("Some type variables (%s) are not listed in Generic[%s]"
                                    % (", ".join(str(t) for t in missing),
                                       ", ".join(str(g) for g in gvars)))
                tvars = list(gvars)
        cls.__parameters__ = tuple(tvars)


def _get_protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        annotations = getattr(base, "__annotations__", {})
        for attr in list(base.__dict__) + list(annotations):
            if not attr.startswith("_abc_") and attr not in _SKIPPED_ATTRS:
                attrs.add(attr)
    return attrs


_SKIPPED_ATTRS = frozenset((
    "__abstractmethods__", "__annotations__", "__dict__", "__doc__", "__init__",
    "__module__", "__new__", "__slots__", "__subclasshook__", "__weakref__",
    "__class_getitem__", "__parameters__", "__orig_bases__", "__orig_class__",
    "_is_protocol", "_is_runtime_protocol", "__protocol_attrs__", "__qualname__",
    "__init_subclass__", "__match_args__",
))


class _ProtocolMeta(ABCMeta):
    def __instancecheck__(cls, instance):
        if getattr(cls, "_is_protocol", False) and cls.__dict__.get("_is_protocol", False):
            if not getattr(cls, "_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with "
                                "@runtime_checkable protocols")
            if all(hasattr(instance, attr) and
                   (not callable(getattr(cls, attr, None)) or getattr(instance, attr) is not None)
                   for attr in _get_protocol_attrs(cls)):
                return True
        return super().__instancecheck__(instance)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """The base of structural types: a class matches a runtime_checkable
    protocol when it has the protocol's members."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get("_is_protocol", False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)

        def _proto_hook(other):
            if not cls.__dict__.get("_is_protocol", False):
                return NotImplemented
            if not getattr(cls, "_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with "
                                "@runtime_checkable protocols")
            if not isinstance(other, type):
                raise TypeError("issubclass() arg 1 must be a class")
            for attr in _get_protocol_attrs(cls):
                for base in other.__mro__:
                    if attr in base.__dict__:
                        if base.__dict__[attr] is None:
                            return NotImplemented
                        break
                    if attr in getattr(base, "__annotations__", {}):
                        break
                else:
                    return NotImplemented
            return True

        if "__subclasshook__" not in cls.__dict__:
            cls.__subclasshook__ = staticmethod(_proto_hook)
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init

    def __init__(self, *args, **kwargs):
        pass


def _no_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError("Protocols cannot be instantiated")


def runtime_checkable(cls):
    """Let isinstance and issubclass check a Protocol structurally."""
    if not (isinstance(cls, type) and issubclass(cls, Generic)) or not cls._is_protocol:
        raise TypeError("@runtime_checkable can be only applied to protocol classes, got %r" % (cls,))
    cls._is_runtime_protocol = True
    return cls


def _make_supports(name, method, returns=None):
    ns = {"__slots__": (), method: abstractmethod(lambda self, *a: None)}
    cls = _ProtocolMeta(name, (Protocol,), ns)
    cls.__module__ = "typing"
    return runtime_checkable(cls)


SupportsInt = _make_supports("SupportsInt", "__int__")
SupportsFloat = _make_supports("SupportsFloat", "__float__")
SupportsComplex = _make_supports("SupportsComplex", "__complex__")
SupportsBytes = _make_supports("SupportsBytes", "__bytes__")
SupportsIndex = _make_supports("SupportsIndex", "__index__")
SupportsAbs = _make_supports("SupportsAbs", "__abs__")
SupportsRound = _make_supports("SupportsRound", "__round__")


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, (origin,))
        self.__metadata__ = metadata

    def copy_with(self, params):
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        return "typing.Annotated[%s, %s]" % (_type_repr(self.__origin__),
                                             ", ".join(repr(a) for a in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class Annotated:
    """Annotated[T, x, ...]: the type T with context-specific metadata."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments "
                            "(a type and an annotation).")
        origin = _type_check(params[0], "Annotated[t, ...]: t must be a type.")
        return _AnnotatedAlias(origin, tuple(params[1:]))


class ForwardRef(_Final, _root=True):
    """A hint written as a string, evaluated by get_type_hints."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError("Forward reference must be a string -- got %r" % (arg,))
        try:
            compile(arg, "<string>", "eval")
        except SyntaxError:
            raise SyntaxError("Forward reference must be an expression -- got %r" % (arg,))
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        value = eval(self.__forward_arg__, globalns, localns)
        return _eval_hint(_type_check(value, "Forward references must evaluate to types."),
                          globalns, localns)

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return "ForwardRef(%r)" % (self.__forward_arg__,)


def _eval_hint(t, globalns, localns):
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns)
    if isinstance(t, str):
        return ForwardRef(t)._evaluate(globalns, localns)
    if isinstance(t, _GenericAlias) and not isinstance(t, _AnnotatedAlias):
        args = tuple(_eval_hint(a, globalns, localns) for a in t.__args__)
        if args != t.__args__:
            if isinstance(t, _UnionGenericAlias):
                return Union[args]
            return t.copy_with(args)
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a function, method, module or class (with its
    bases), string annotations evaluated."""
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            if globalns is None:
                base_globals = getattr(sys.modules.get(base.__module__, None), "__dict__", {})
            else:
                base_globals = globalns
            ann = base.__dict__.get("__annotations__", {})
            base_locals = dict(vars(base)) if localns is None else localns
            for name, value in ann.items():
                if value is None:
                    value = type(None)
                hints[name] = _eval_hint(value, base_globals, base_locals)
        return hints if include_extras else {k: _strip_annotations(v) for k, v in hints.items()}
    if globalns is None:
        if isinstance(obj, type(sys)):
            globalns = obj.__dict__
        else:
            nsobj = obj
            while hasattr(nsobj, "__wrapped__"):
                nsobj = nsobj.__wrapped__
            globalns = getattr(nsobj, "__globals__", {})
        if localns is None:
            localns = globalns
    elif localns is None:
        localns = globalns
    hints = getattr(obj, "__annotations__", None)
    if hints is None:
        if isinstance(obj, (type(sys), type(len), type(lambda: 0))):
            return {}
        raise TypeError("%r is not a module, class, method, or function." % (obj,))
    out = {}
    for name, value in hints.items():
        if value is None:
            value = type(None)
        out[name] = _eval_hint(value, globalns, localns)
    return out if include_extras else {k: _strip_annotations(v) for k, v in out.items()}


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias) and t.__args__:
        args = tuple(_strip_annotations(a) for a in t.__args__)
        if args != t.__args__:
            return t.copy_with(args)
    return t


def get_origin(tp):
    """The unsubscripted form of a hint: get_origin(List[int]) is list."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if type(tp).__name__ in ("GenericAlias", "UnionType"):
        return getattr(tp, "__origin__", None) or _union_type()
    return None


def _union_type():
    return type(int | str)


def get_args(tp):
    """The arguments of a subscripted hint: get_args(Dict[str, int])."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _GenericAlias):
        args = tp.__args__
        if isinstance(tp, _CallableGenericAlias) and args[0] is not ...:
            return (list(args[:-1]), args[-1])
        return args
    if type(tp).__name__ in ("GenericAlias", "UnionType"):
        return tp.__args__
    return ()


def cast(typ, val):
    """Return val unchanged (a hint to type checkers)."""
    return val


def assert_type(val, typ, /):
    """Return val unchanged (a hint to type checkers)."""
    return val


def assert_never(arg, /):
    """Raise: code a type checker proves unreachable was reached."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError("Expected code to be unreachable, but got: %s" % (value,))


def reveal_type(obj, /):
    """Print the run-time type of obj to stderr and return obj."""
    print("Runtime type is %r" % (type(obj).__name__,), file=sys.stderr)
    return obj


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. A series of @overload-decorated "
        "functions outside a stub module should always be followed by an implementation "
        "that is not @overload-ed.")


def overload(func):
    """Mark a signature-only definition; the last, undecorated definition
    is the real one."""
    f = getattr(func, "__func__", func)
    try:
        key = (f.__module__, f.__qualname__)
        _overload_registry.setdefault(key, []).append(func)
    except AttributeError:
        pass
    return _overload_dummy


def get_overloads(func):
    """The @overload definitions recorded for func."""
    f = getattr(func, "__func__", func)
    return list(_overload_registry.get((f.__module__, f.__qualname__), []))


def clear_overloads():
    """Forget every recorded @overload definition."""
    _overload_registry.clear()


def final(f):
    """Mark a method or class final (recorded as __final__)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Mark a function or class as not to be type-checked."""
    if isinstance(arg, type):
        for obj in list(vars(arg).values()):
            if isinstance(obj, type(lambda: 0)):
                obj.__no_type_check__ = True
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Make decorator's results carry no_type_check."""
    @functools.wraps(decorator)
    def wrapped_decorator(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    return wrapped_decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Mark a decorator, class or metaclass as making dataclass-like
    classes (recorded as __dataclass_transform__)."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default, "order_default": order_default,
            "kw_only_default": kw_only_default, "field_specifiers": field_specifiers,
            "kwargs": kwargs,
        }
        return cls_or_fn
    return decorator


class NewType:
    """NewType('UserId', int): a callable that returns its argument, for
    type checkers to treat as a distinct type."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if "." in name:
            name = name.rpartition(".")[-1]
        self.__name__ = name
        self.__supertype__ = tp
        try:
            module = sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            module = None
        if module != "typing":
            self.__module__ = module

    def __mro_entries__(self, bases):
        name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                raise TypeError("Cannot subclass an instance of NewType. Perhaps you were "
                                "looking for: `%s = NewType(%r, %s)`" % (cls.__name__, cls.__name__, name))
        return (Dummy,)

    def __repr__(self):
        return "%s.%s" % (self.__module__, self.__qualname__)

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _make_nmtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    types = {n: _type_check(t, "field %s annotation must be a type" % (n,)) for n, t in types}
    nm_tpl = collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = nm_tpl.__new__.__annotations__ = types
    return nm_tpl


_PROHIBITED = frozenset(("__new__", "__init__", "__slots__", "__getnewargs__", "_fields",
                         "_field_defaults", "_make", "_replace", "_asdict", "_source"))
_SPECIAL = frozenset(("__module__", "__name__", "__annotations__", "__qualname__"))


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError("can only inherit from a NamedTuple type and Generic")
        types = ns.get("__annotations__", {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError("Non-default namedtuple field %s cannot follow default field%s %s"
                                % (field_name, "s" if len(default_names) > 1 else "",
                                   ", ".join(default_names)))
        nm_tpl = _make_nmtuple(typename, types.items(), ns["__module__"],
                               defaults=[ns[n] for n in default_names])
        for key in ns:
            if key in _PROHIBITED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _SPECIAL and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed namedtuple: class P(NamedTuple): x: int, or
    NamedTuple('P', [('x', int)])."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
    try:
        module = sys._getframe(2).f_globals.get("__name__", "__main__")
    except (AttributeError, ValueError):
        module = None
    return _make_nmtuple(typename, fields, module=module)


_NamedTuple = type.__new__(NamedTupleMeta, "NamedTuple", (), {})


class _ClassSyntax:
    """A function that can also be a base class (NamedTuple, TypedDict):
    gilfree looks __mro_entries__ up on the type, so a function's own
    attribute is not seen; this wrapper's method is."""

    def __init__(self, func, base):
        self._func = func
        self._base = base
        functools.update_wrapper(self, func)

    def __call__(self, *args, **kwargs):
        return self._func(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self._base,)

    def __repr__(self):
        return "<function %s at %#x>" % (self.__qualname__, id(self))


NamedTuple = _ClassSyntax(NamedTuple, _NamedTuple)


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError("cannot inherit from both a TypedDict type and a non-TypedDict base class")
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        own = ns.get("__annotations__", {})
        required, optional = set(), set()
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
            required.update(base.__dict__.get("__required_keys__", ()))
            optional.update(base.__dict__.get("__optional_keys__", ()))
        for key, value in own.items():
            annotations[key] = value
            origin = value.__origin__ if isinstance(value, _GenericAlias) else None
            if origin is Required:
                required.add(key)
            elif origin is NotRequired:
                optional.add(key)
            elif total:
                required.add(key)
            else:
                optional.add(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        if not hasattr(tp_dict, "__total__"):
            tp_dict.__total__ = total
        return tp_dict

    __call__ = dict

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict type with declared keys: class Movie(TypedDict): title: str.
    Its instances are plain dicts."""
    if fields is None:
        fields = kwargs
    ns = {"__annotations__": dict(fields)}
    try:
        ns["__module__"] = sys._getframe(2).f_globals.get("__name__", "__main__")
    except (AttributeError, ValueError):
        pass
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, "TypedDict", (), {})


TypedDict = _ClassSyntax(TypedDict, _TypedDict)


def is_typeddict(tp):
    """True for a TypedDict class."""
    return isinstance(tp, _TypedDictMeta)


class IO(Generic[AnyStr]):
    """The generic type of file objects (for hints only)."""

    __slots__ = ()


class BinaryIO(IO[bytes]):
    """The type of binary file objects (for hints only)."""

    __slots__ = ()


class TextIO(IO[str]):
    """The type of text file objects (for hints only)."""

    __slots__ = ()


def __getattr__(name):
    # Aliases whose modules load late (contextlib, re).
    if name in ("ContextManager", "AsyncContextManager"):
        import contextlib
        target = {"ContextManager": contextlib.AbstractContextManager,
                  "AsyncContextManager": contextlib.AbstractAsyncContextManager}[name]
        alias = _SpecialGenericAlias(target, 1, name=name)
        globals()[name] = alias
        return alias
    if name in ("Pattern", "Match"):
        import re
        target = type(re.compile("")) if name == "Pattern" else type(re.match("", ""))
        alias = _SpecialGenericAlias(target, 1, name=name)
        globals()[name] = alias
        return alias
    raise AttributeError("module 'typing' has no attribute %r" % (name,))
