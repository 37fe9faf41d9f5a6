"""Data classes (dataclasses).

@dataclass reads a class's annotations in definition order (its bases'
fields first), turns each into a Field, and adds the methods the options
ask for. __init__, __repr__, __eq__, the ordering methods, __hash__ and
the frozen __setattr__/__delattr__ are written as Python source and
compiled once per class with exec, so an instance is made as fast as by
a hand-written __init__.
"""

import sys
import copy
import abc
from _gilfree_types import fast_hash as _fast_hash

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar",
           "KW_ONLY", "MISSING", "fields", "asdict", "astuple", "make_dataclass",
           "replace", "is_dataclass"]


class FrozenInstanceError(AttributeError):
    """Raised by an attempt to assign or delete a field of a frozen
    dataclass instance."""


class _MISSING_TYPE:
    __slots__ = ()


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    __slots__ = ()

    def __repr__(self):
        return "KW_ONLY"


KW_ONLY = _KW_ONLY_TYPE()

_FIELDS = "__dataclass_fields__"
_PARAMS = "__dataclass_params__"
_POST_INIT = "__post_init__"

_FIELD = "_FIELD"
_FIELD_CLASSVAR = "_FIELD_CLASSVAR"
_FIELD_INITVAR = "_FIELD_INITVAR"


class _InitVarMeta(type):
    def __getitem__(cls, type_):
        return InitVar(type_)


class InitVar(metaclass=_InitVarMeta):
    """A pseudo-field type: passed to __init__ and __post_init__, not
    stored."""

    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        name = getattr(self.type, "__name__", None) if isinstance(self.type, type) else None
        return "dataclasses.InitVar[%s]" % (name if name else repr(self.type))

    def __class_getitem__(cls, type_):
        return InitVar(type_)


class Field:
    """A dataclass field's description (made by field())."""

    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash",
                 "init", "compare", "metadata", "kw_only", "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = _EMPTY_METADATA if metadata is None else _readonly(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ("Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,"
                "repr=%r,hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=%s)"
                % (self.name, self.type, self.default, self.default_factory,
                   self.init, self.repr, self.hash, self.compare, self.metadata,
                   self.kw_only, self._field_type))

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), "__set_name__", None)
        if func:
            func(self.default, owner, name)


def _readonly(mapping):
    from _gilfree_types import mappingproxy
    return mappingproxy(mapping)


_EMPTY_METADATA = _readonly({})


class _DataclassParams:
    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen")

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ("_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)"
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describe one field of a dataclass."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def fields(class_or_instance):
    """The fields of a dataclass or of an instance, as a tuple of Field
    (ClassVar and InitVar pseudo-fields excluded)."""
    try:
        all_fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in all_fields.values() if f._field_type is _FIELD)


def is_dataclass(obj):
    """True for a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def _string_names(text, module_globals, module, name):
    # Whether a string annotation spells module.name (or name, or
    # name[...]) as the class's module has those names bound.
    text = text.strip()
    head = text.split("[", 1)[0].strip()
    if head == name:
        return module_globals.get(name) is getattr(module, name, None)
    prefix, _, last = head.rpartition(".")
    return last == name and prefix != "" and module_globals.get(prefix) is module


def _is_classvar(annotation, typing, module_globals):
    if annotation is None or typing is None:
        return False
    cv = typing.ClassVar
    if annotation is cv or getattr(annotation, "__origin__", None) is cv:
        return True
    if isinstance(annotation, str):
        return _string_names(annotation, module_globals, typing, "ClassVar")
    return False


def _is_initvar(annotation, module_globals):
    if annotation is InitVar or isinstance(annotation, InitVar):
        return True
    if isinstance(annotation, str):
        return _string_names(annotation, module_globals, sys.modules[__name__], "InitVar")
    return False


def _is_kw_only_marker(annotation):
    if annotation is KW_ONLY:
        return True
    if isinstance(annotation, str):
        return annotation.strip() in ("KW_ONLY", "dataclasses.KW_ONLY")
    return False


def _get_field(cls, name, annotation, default_kw_only):
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD
    typing = sys.modules.get("typing")
    module = sys.modules.get(cls.__module__)
    module_globals = module.__dict__ if module is not None else {}
    if _is_classvar(annotation, typing, module_globals):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(annotation, module_globals):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError("field %s cannot have a default factory" % (f.name,))
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        f.kw_only = False
    if f._field_type is _FIELD and f.default is not MISSING \
            and type(f.default).__hash__ is None:
        raise ValueError("mutable default %s for field %s is not allowed: use default_factory"
                         % (type(f.default), f.name))
    return f


_KEYWORDS = frozenset((
    "False", "None", "True", "and", "as", "assert", "async", "await", "break",
    "class", "continue", "def", "del", "elif", "else", "except", "finally",
    "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield"))


def _annotation_text(annotation):
    # An annotation as inspect.signature shows it.
    if isinstance(annotation, type):
        if annotation.__module__ == "builtins":
            return annotation.__qualname__
        return "%s.%s" % (annotation.__module__, annotation.__qualname__)
    text = repr(annotation)
    return text[7:] if text.startswith("typing.") else text


def _signature_text(std_fields, kw_fields):
    # The text of __init__'s signature without self, for the class's
    # default docstring.
    def one(f):
        text = f.name
        if f.type is not MISSING and f.type is not None:
            text += ": " + _annotation_text(f.type)
            sep = " = "
        else:
            sep = "="
        if f.default is not MISSING:
            text += sep + repr(f.default)
        elif f.default_factory is not MISSING:
            text += sep + "<factory>"
        return text
    parts = [one(f) for f in std_fields]
    if kw_fields:
        parts.append("*")
        parts += [one(f) for f in kw_fields]
    return "(%s)" % ", ".join(parts)


def _make_function(name, args, body, globals_, locals_, qualname):
    # Compile one method from its source: the locals become the
    # parameters of an outer function, so the method closes over them.
    body_text = "\n".join("  " + line for line in body) or "  pass"
    text = "def %s(%s):\n%s" % (name, ", ".join(args), body_text)
    local_names = ", ".join(locals_)
    outer = "def __make_it__(%s):\n %s\n return %s" % (
        local_names, text.replace("\n", "\n "), name)
    namespace = {}
    exec(outer, globals_, namespace)
    fn = namespace["__make_it__"](**locals_)
    fn.__qualname__ = "%s.%s" % (qualname, fn.__name__)
    return fn


def _field_init_line(f, self_name, frozen, globals_, locals_):
    default_name = "__dataclass_dflt_%s__" % f.name
    if f.default_factory is not MISSING:
        locals_[default_name] = f.default_factory
        if f.init:
            value = "%s() if %s is __dataclass_HAS_DEFAULT_FACTORY__ else %s" % (
                default_name, f.name, f.name)
        else:
            value = "%s()" % default_name
    elif f.init:
        if f.default is not MISSING:
            locals_[default_name] = f.default
        value = f.name
    else:
        if f.default is MISSING:
            return None
        locals_[default_name] = f.default
        value = default_name
    if f._field_type is _FIELD_INITVAR:
        return None
    if frozen:
        return "__dataclass_builtins_object__.__setattr__(%s, %r, %s)" % (self_name, f.name, value)
    return "%s.%s = %s" % (self_name, f.name, value)


def _init_param(f):
    if f.default is MISSING and f.default_factory is MISSING:
        return f.name
    if f.default is not MISSING:
        return "%s=__dataclass_dflt_%s__" % (f.name, f.name)
    return "%s=__dataclass_HAS_DEFAULT_FACTORY__" % (f.name,)


class _HasDefaultFactory:
    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HasDefaultFactory()


def _make_init(cls, all_fields, std_fields, kw_only_fields, frozen, has_post_init,
               self_name, globals_, slots):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError("non-default argument %r follows default argument" % (f.name,))
    locals_ = {"__dataclass_HAS_DEFAULT_FACTORY__": _HAS_DEFAULT_FACTORY,
               "__dataclass_builtins_object__": object}
    for f in all_fields:
        locals_["__dataclass_type_%s__" % f.name] = f.type
    lines = []
    for f in all_fields:
        line = _field_init_line(f, self_name, frozen, globals_, locals_)
        if line:
            lines.append(line)
    if has_post_init:
        params = ", ".join(f.name for f in all_fields if f._field_type is _FIELD_INITVAR)
        lines.append("%s.%s(%s)" % (self_name, _POST_INIT, params))
    params = [self_name] + [_init_param(f) for f in std_fields]
    if kw_only_fields:
        params += ["*"] + [_init_param(f) for f in kw_only_fields]
    fn = _make_function("__init__", params, lines, globals_, locals_, cls.__qualname__)
    # The parameters' annotations are the fields' types, and __init__
    # returns None, as CPython's generated __init__ declares.
    ann = {f.name: f.type for f in list(std_fields) + list(kw_only_fields)}
    ann["return"] = None
    fn.__annotations__ = ann
    return fn


def _recursive_repr(user_function):
    # Guard __repr__ against a cycle through the same instance (per
    # thread, as CPython's reprlib guard).
    import _thread
    running = set()

    def wrapper(self):
        key = (id(self), _thread.get_ident())
        if key in running:
            return "..."
        running.add(key)
        try:
            return user_function(self)
        finally:
            running.discard(key)
    wrapper.__name__ = user_function.__name__
    wrapper.__qualname__ = user_function.__qualname__
    wrapper.__wrapped__ = user_function
    return wrapper


def _tuple_text(fields_, obj_name):
    if not fields_:
        return "()"
    return "(%s,)" % ",".join("%s.%s" % (obj_name, f.name) for f in fields_)


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _hash_action(unsafe_hash, eq, frozen, has_explicit_hash):
    # What to do about __hash__ (CPython's table): "add", "set_none",
    # "exception" or None (leave it).
    if unsafe_hash:
        if has_explicit_hash:
            return "exception"
        return "add"
    if eq and frozen:
        return None if has_explicit_hash else "add"
    if eq and not frozen:
        return None if has_explicit_hash else "set_none"
    return None


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                   kw_only, slots):
    all_fields = {}
    globals_ = sys.modules[cls.__module__].__dict__ if cls.__module__ in sys.modules else {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                all_fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    annotations = cls.__dict__.get("__annotations__", {})
    own_fields = []
    kw_only_now = kw_only
    seen_marker = False
    for name, annotation in annotations.items():
        if _is_kw_only_marker(annotation):
            if seen_marker:
                raise TypeError("%r is KW_ONLY, but KW_ONLY has already been specified" % (name,))
            seen_marker = True
            kw_only_now = True
            continue
        own_fields.append(_get_field(cls, name, annotation, kw_only_now))
    for f in own_fields:
        all_fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError("%r is a field but has no type annotation" % (name,))

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    setattr(cls, _FIELDS, all_fields)
    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and "__eq__" in cls.__dict__))
    if order and not eq:
        raise ValueError("eq must be true if order is true")

    field_list = list(all_fields.values())
    std_init = [f for f in field_list if f._field_type in (_FIELD, _FIELD_INITVAR) and not f.kw_only]
    kw_init = [f for f in field_list if f._field_type in (_FIELD, _FIELD_INITVAR) and f.kw_only]
    init_fields = [f for f in field_list if f._field_type in (_FIELD, _FIELD_INITVAR)]
    if init:
        has_post_init = hasattr(cls, _POST_INIT)
        self_name = "__dataclass_self__" if "self" in all_fields else "self"
        _set_new_attribute(cls, "__init__",
                           _make_init(cls, init_fields, [f for f in std_init if f.init],
                                      [f for f in kw_init if f.init], frozen,
                                      has_post_init, self_name, globals_, slots))

    real_fields = [f for f in field_list if f._field_type is _FIELD]
    if repr:
        shown = [f for f in real_fields if f.repr]
        body = ["return self.__class__.__qualname__ + f\"(%s)\"" %
                ", ".join("%s={self.%s!r}" % (f.name, f.name) for f in shown)]
        _set_new_attribute(cls, "__repr__", _recursive_repr(
            _make_function("__repr__", ["self"], body, globals_, {}, cls.__qualname__)))

    if eq:
        compared = [f for f in real_fields if f.compare]
        body = ["if other.__class__ is self.__class__:",
                " return %s == %s" % (_tuple_text(compared, "self"), _tuple_text(compared, "other")),
                "return NotImplemented"]
        _set_new_attribute(cls, "__eq__", _make_function("__eq__", ["self", "other"], body,
                                                         globals_, {}, cls.__qualname__))

    if order:
        compared = [f for f in real_fields if f.compare]
        for name, op in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
            body = ["if other.__class__ is self.__class__:",
                    " return %s %s %s" % (_tuple_text(compared, "self"), op, _tuple_text(compared, "other")),
                    "return NotImplemented"]
            if _set_new_attribute(cls, name, _make_function(name, ["self", "other"], body,
                                                            globals_, {}, cls.__qualname__)):
                raise TypeError("Cannot overwrite attribute %s in class %s. Consider using "
                                "functools.total_ordering" % (name, cls.__name__))

    if frozen:
        names = "(%s)" % "".join("%r," % f.name for f in real_fields) if real_fields else "()"
        for name, args, msg in (("__setattr__", ["self", "name", "value"], "cannot assign to field {name!r}"),
                                ("__delattr__", ["self", "name"], "cannot delete field {name!r}")):
            call = "super(cls, self).%s(%s)" % (name, ", ".join(args[1:]))
            body = ["if type(self) is cls or name in %s:" % names,
                    " raise FrozenInstanceError(f%r)" % msg,
                    call]
            fn = _make_function(name, args, body, globals_,
                                {"cls": cls, "FrozenInstanceError": FrozenInstanceError},
                                cls.__qualname__)
            if _set_new_attribute(cls, name, fn):
                raise TypeError("Cannot overwrite attribute %s in class %s" % (name, cls.__name__))

    action = _hash_action(unsafe_hash, eq, frozen, has_explicit_hash)
    if action == "add":
        hashed = [f for f in real_fields if (f.compare if f.hash is None else f.hash)]
        cls.__hash__ = _fast_hash(
            _make_function("__hash__", ["self"], ["return hash(%s)" % _tuple_text(hashed, "self")],
                           globals_, {}, cls.__qualname__),
            [f.name for f in hashed], True)
    elif action == "set_none":
        cls.__hash__ = None
    elif action == "exception":
        raise TypeError("Cannot overwrite attribute __hash__ in class %s" % (cls.__name__,))

    if not getattr(cls, "__doc__"):
        try:
            cls.__doc__ = cls.__name__ + _signature_text(std_init, kw_init)
        except AttributeError:
            pass  # gilfree's classes do not take a new __doc__ yet

    if match_args:
        _set_new_attribute(cls, "__match_args__", tuple(f.name for f in std_init))

    if slots:
        cls = _add_slots(cls, frozen)
    abc.update_abstractmethods(cls)
    return cls


def _add_slots(cls, is_frozen):
    # A class's __slots__ cannot be added after it is made: make it again
    # with __slots__ naming the fields.
    namespace = dict(cls.__dict__)
    if "__slots__" in namespace:
        raise TypeError("%s already specifies __slots__" % (cls.__name__,))
    names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(getattr(base, "__slots__", ()))
    namespace["__slots__"] = tuple(n for n in names if n not in inherited)
    for name in names:
        namespace.pop(name, None)
    namespace.pop("__dict__", None)
    namespace.pop("__weakref__", None)
    qualname = getattr(cls, "__qualname__", None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, namespace)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    # Methods compiled for the old class refer to it by closure (super()
    # in the frozen methods): refresh those cells.
    for value in namespace.values():
        fn = getattr(value, "__func__", value)
        for cell in getattr(fn, "__closure__", None) or ():
            try:
                if cell.cell_contents is cls:
                    cell.cell_contents = new_cls
            except ValueError:
                pass
    if is_frozen:
        if "__getstate__" not in namespace:
            new_cls.__getstate__ = lambda self: [getattr(self, n) for n in names]
        if "__setstate__" not in namespace:
            def __setstate__(self, state):
                for n, v in zip(names, state):
                    object.__setattr__(self, n, v)
            new_cls.__setstate__ = __setstate__
    return new_cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False):
    """Add __init__, __repr__, __eq__ and friends to a class from its
    annotated fields; usable bare or with options."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


def asdict(obj, *, dict_factory=dict):
    """A dataclass instance as a dict of its fields, recursing into
    dataclasses, lists, tuples (and namedtuples) and dicts."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """A dataclass instance as a tuple of its fields, recursing as asdict."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def replace(obj, /, **changes):
    """A new instance of obj's dataclass with some fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError("field %s is declared with init=False, it cannot be "
                                 "specified with replace()" % (f.name,))
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError("InitVar %r must be specified with replace()" % (f.name,))
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False):
    """Make a dataclass from a list of field names or (name, type[, Field])
    items."""
    namespace = dict(namespace or {})
    seen = set()
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            namespace[name] = spec
        else:
            raise TypeError("Invalid field: %r" % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError("Field names must be valid identifiers: %r" % (name,))
        if name in _KEYWORDS:
            raise TypeError("Field names must not be keywords: %r" % (name,))
        if name in seen:
            raise TypeError("Field name duplicated: %r" % (name,))
        seen.add(name)
        annotations[name] = tp
    namespace["__annotations__"] = annotations
    try:
        namespace.setdefault("__module__", sys._getframe(1).f_globals.get("__name__", "__main__"))
    except (AttributeError, ValueError):
        pass
    cls = type(cls_name, bases, namespace)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen, match_args=match_args,
                     kw_only=kw_only, slots=slots)
