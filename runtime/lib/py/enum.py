"""Enumerations (enum): Enum, IntEnum, StrEnum, Flag, IntFlag.

EnumType, the metaclass, gives each enumeration's class body an
_EnumDict: it records the names bound to plain values (the members, in
order), turns auto() into values through _generate_next_value_, and
refuses a name bound twice. EnumType.__new__ then takes the members out
of the namespace, makes the class, and makes one instance per member:
through the class's own __new__ (kept as __new_member__), the mixed-in
data type's __new__ (int for IntEnum), or object.__new__. A member whose
value equals an earlier member's is an alias of it. Calling the class
looks a member up by value (or, with names, makes a new enumeration: the
functional API); indexing looks one up by name.

Flag members combine with | & ^ ~; a combination that is not a named
member becomes a pseudo-member, made once and remembered by value.
"""

import builtins
import sys
from _gilfree_types import mappingproxy as _mappingproxy, fast_hash as _fast_hash

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag",
           "IntFlag", "ReprEnum", "auto", "unique", "FlagBoundary", "STRICT",
           "CONFORM", "EJECT", "KEEP", "property", "verify", "global_enum",
           "member", "nonmember"]

# Set once the base classes exist; EnumType uses them to tell the
# bootstrap classes from user enumerations.
Enum = ReprEnum = Flag = None

_STRICT, _CONFORM, _EJECT, _KEEP = "strict", "conform", "eject", "keep"


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == "__"
            and name[2] != "_" and name[-3] != "_")


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == "_"
            and name[1] != "_" and name[-2] != "_")


def _is_private(cls_name, name):
    prefix = "_%s__" % cls_name.lstrip("_")
    return (name.startswith(prefix) and len(name) > len(prefix)
            and not name.endswith("__"))


def _is_descriptor(obj):
    t = type(obj)
    return (hasattr(t, "__get__") or hasattr(t, "__set__")
            or hasattr(t, "__delete__"))


def _is_single_bit(n):
    return n > 0 and n & (n - 1) == 0


def _bits_text(num, width):
    # A number in binary as CPython's Flag errors show it: the sign digit,
    # a space, then the digits padded to width ("0b0 1000").
    if num >= 0:
        sign, digits = "0b0", format(num, "b")
    else:
        sign = "0b1"
        digits = format((1 << max(width, num.bit_length() + 1)) + num, "b")
    fill = sign[-1]
    if len(digits) < width:
        digits = fill * (width - len(digits)) + digits
    return "%s %s" % (sign, digits)


_auto_unset = object()


class auto:
    """A placeholder for a member value that _generate_next_value_
    chooses when the class body binds it."""

    def __init__(self, value=_auto_unset):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class member:
    """Force an object to be a member (a function, say)."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keep an object from becoming a member."""

    def __init__(self, value):
        self.value = value


class property(builtins.property):
    """A property for enum members (enum.property); a plain property here."""


_RESERVED_SUNDERS = frozenset((
    "_order_", "_generate_next_value_", "_missing_", "_ignore_",
    "_numeric_repr_", "_iter_member_", "_iter_member_by_value_",
    "_iter_member_by_def_", "_value_", "_name_", "_add_alias_",
    "_add_value_alias_",
))


class _EnumDict(dict):
    """The namespace of an enumeration's class body: it records members
    in order and resolves auto() values."""

    def __init__(self, cls_name, next_value):
        super().__init__()
        self._cls_name = cls_name
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._next_value = next_value

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in _RESERVED_SUNDERS:
                raise ValueError("_sunder_ names, such as %r, are reserved for "
                                 "future Enum use" % (key,))
            if key == "_generate_next_value_":
                if self._member_names:
                    raise TypeError("_generate_next_value_ must be defined before members")
                self._next_value = getattr(value, "__func__", value)
            elif key == "_ignore_":
                names = value.replace(",", " ").split() if isinstance(value, str) else list(value)
                self._ignore = names
                already = set(names) & set(self._member_names)
                if already:
                    raise ValueError("_ignore_ cannot specify already set names: %r" % (already,))
        elif _is_dunder(key):
            if key == "__order__":
                key = "_order_"
        elif key in self._member_names:
            raise TypeError("%r already defined as %r" % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value) and not isinstance(value, member):
            pass
        else:
            if key in self:
                raise TypeError("%r already defined as %r" % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                if value.value is _auto_unset:
                    value.value = self._next_value(key, 1, len(self._member_names),
                                                   self._last_values[:])
                value = value.value
            self._member_names[key] = None
            self._last_values.append(value)
        super().__setitem__(key, value)


class EnumType(type):
    """The metaclass of enumerations."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        next_value = None
        if first_enum is not None:
            next_value = getattr(first_enum, "_generate_next_value_", None)
        return _EnumDict(cls, next_value or _default_next_value)

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if Enum is None or not isinstance(classdict, _EnumDict):
            return _make_base(metacls, cls, bases, classdict, boundary, kwds)
        ignore = classdict._ignore
        member_names = list(classdict._member_names)
        bad = set(member_names) & {"mro", ""}
        if bad:
            raise ValueError("invalid enum member name(s) %s" % ",".join(repr(n) for n in sorted(bad)))
        values = {name: classdict[name] for name in member_names}
        namespace = {k: v for k, v in classdict.items()
                     if k not in values and k not in ignore and k != "_ignore_"}
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        new_member = namespace.pop("__new__", None)
        if new_member is not None:
            new_member = getattr(new_member, "__func__", new_member)
            use_args = True
        else:
            new_member, use_args = _find_new_member(member_type, first_enum)
        namespace["__new__"] = Enum.__dict__["__new__"]
        namespace["__new_member__"] = staticmethod(new_member)
        namespace["_use_args_"] = use_args
        namespace["_member_names_"] = []
        namespace["_member_map_"] = {}
        namespace["_value2member_map_"] = {}
        namespace["_unhashable_values_"] = []
        namespace["_member_type_"] = member_type
        if "_generate_next_value_" in classdict:
            namespace["_generate_next_value_"] = staticmethod(classdict._next_value)
        is_flag = Flag is not None and issubclass(first_enum, Flag)
        if is_flag:
            if boundary is None:
                boundary = getattr(first_enum, "_boundary_", None) or _STRICT
            namespace["_boundary_"] = boundary
        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError("ReprEnum subclasses must be mixed with a data type "
                                "(i.e. int, str, float, etc.)")
            if "__format__" not in namespace:
                namespace["__format__"] = member_type.__format__
            if "__str__" not in namespace:
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__
                namespace["__str__"] = method
        enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)

        # The mixed-in type's repr, str and format must not hide Enum's.
        for name in ("__repr__", "__str__", "__format__"):
            if name in namespace:
                continue
            found = getattr(enum_class, name)
            if found == getattr(member_type, name) or found == getattr(object, name):
                type.__setattr__(enum_class, name, getattr(first_enum, name))

        # A Flag's operators come before those of its data type (int's |
        # would give plain ints for an IntFlag).
        if is_flag:
            for name in ("__or__", "__and__", "__xor__", "__ror__", "__rand__",
                         "__rxor__", "__invert__"):
                if name not in namespace:
                    type.__setattr__(enum_class, name, Flag.__dict__[name])
        for name in member_names:
            _add_member(enum_class, name, values[name], new_member, use_args,
                        member_type, is_flag)
        if is_flag:
            mask = 0
            for m in enum_class._member_map_.values():
                mask |= m._value_
            enum_class._flag_mask_ = mask
            enum_class._all_bits_ = (1 << mask.bit_length()) - 1
        order = classdict.get("_order_")
        if order is not None:
            if isinstance(order, str):
                order = order.replace(",", " ").split()
            if order != enum_class._member_names_:
                raise TypeError("member order does not match _order_:\n  %r\n  %r"
                                % (enum_class._member_names_, order))
        return enum_class

    @classmethod
    def _check_for_existing_members_(metacls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError("<enum %r> cannot extend %r" % (class_name, base))

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        if not bases or Enum is None:
            return object, Enum
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        member_type = _find_data_type(class_name, bases) or object
        return member_type, first_enum

    def __call__(cls, value, names=None, *values, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names = names, []
            last_values = []
            for count, name in enumerate(original):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        items = names.items() if hasattr(names, "items") else names
        for item in items:
            if isinstance(item, str):
                name, value = item, names[item]
            else:
                name, value = item
            classdict[name] = value
        if module is None:
            try:
                module = sys._getframe(2).f_globals["__name__"]
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            classdict["__module__"] = module
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        names = {"__class__", "__doc__", "__members__", "__module__"}
        names.update(cls._member_names_)
        if cls._member_type_ is object:
            names.update({"__contains__", "__getitem__", "__iter__", "__len__",
                          "__name__", "__qualname__", "__init_subclass__"})
        else:
            names.update(dir(cls._member_type_))
        for base in cls.__mro__:
            for name, value in base.__dict__.items():
                if base is not object and not name.startswith("_") \
                        and name not in cls._member_map_ and base not in (Enum, ReprEnum, Flag):
                    names.add(name)
        return sorted(names)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @builtins.property
    def __members__(cls):
        return _mappingproxy(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType


def _default_next_value(name, start, count, last_values):
    if not last_values:
        return start
    last = last_values[-1]
    try:
        return last + 1
    except TypeError:
        raise TypeError("unable to sort non-numeric values") from None


def _make_base(metacls, cls, bases, classdict, boundary, kwds):
    # The base classes of this module (Enum, ReprEnum, IntEnum...) and
    # enumerations' namespaces given as plain dicts: no members.
    namespace = dict(classdict)
    namespace.setdefault("_member_names_", [])
    namespace.setdefault("_member_map_", {})
    namespace.setdefault("_value2member_map_", {})
    namespace.setdefault("_unhashable_values_", [])
    member_type = object
    if bases and Enum is not None:
        member_type = _find_data_type(cls, bases) or object
    namespace.setdefault("_member_type_", member_type)
    if boundary is not None:
        namespace["_boundary_"] = boundary
    if ReprEnum is not None and ReprEnum in bases:
        namespace.setdefault("__format__", member_type.__format__)
        method = member_type.__str__
        if method is object.__str__:
            method = member_type.__repr__
        namespace.setdefault("__str__", method)
    return type.__new__(metacls, cls, bases, namespace, **kwds)


def _find_data_type(class_name, bases):
    found = []
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    found.append(base._member_type_)
                    break
            elif "__new__" in base.__dict__ or "__init__" in base.__dict__ \
                    or "__dataclass_fields__" in base.__dict__:
                found.append(base)
                break
    unique_types = []
    for t in found:
        if t not in unique_types:
            unique_types.append(t)
    if len(unique_types) > 1:
        raise TypeError("too many data types for %r: %r" % (class_name, unique_types))
    return unique_types[0] if unique_types else None


def _find_new_member(member_type, first_enum):
    # The __new__ that makes members: an enumeration base's own
    # __new_member__, the data type's __new__, or object.__new__.
    if first_enum is not None:
        inherited = first_enum.__dict__.get("__new_member__")
        for base in first_enum.__mro__:
            if "__new_member__" in base.__dict__:
                inherited = base.__dict__["__new_member__"].__func__
                break
        if inherited is not None and inherited is not object.__new__:
            return inherited, True
    if member_type is not object:
        return member_type.__new__, True
    return object.__new__, False


def _add_member(enum_class, name, value, new_member, use_args, member_type, is_flag):
    args = value if isinstance(value, tuple) else (value,)
    if member_type is tuple:
        args = (args,)
    if not use_args:
        member = new_member(enum_class)
    else:
        member = new_member(enum_class, *args)
    if not hasattr(member, "_value_"):
        if member_type is object:
            member._value_ = value
        else:
            try:
                member._value_ = member_type(*args)
            except Exception:
                member._value_ = value
    value = member._value_
    member._name_ = name
    member.__objclass__ = enum_class
    member.__init__(*args)
    member._sort_order_ = len(enum_class._member_names_)

    canonical = None
    try:
        canonical = enum_class._value2member_map_.get(value)
    except TypeError:
        for other in enum_class._member_map_.values():
            if other._value_ == value:
                canonical = other
                break
    if canonical is not None:
        member = canonical
    elif not is_flag or _is_single_bit(value):
        enum_class._member_names_.append(name)
    enum_class._member_map_[name] = member
    try:
        enum_class._value2member_map_.setdefault(value, member)
    except TypeError:
        enum_class._unhashable_values_.append(value)
    if is_flag and canonical is None and not _is_single_bit(value):
        member._name_ = name
    type.__setattr__(enum_class, name, member)


class Enum(metaclass=EnumType):
    """The base class of enumerations: Color(1) and Color['RED'] look a
    member up by value and by name."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        not_valid = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        try:
            result = cls._missing_(value)
        except Exception as e:
            if isinstance(e, ValueError) and e.__context__ is None:
                e.__context__ = not_valid
            raise
        if isinstance(result, cls):
            return result
        if result is None:
            raise not_valid
        err = TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                        % (cls.__name__, result))
        err.__context__ = not_valid
        raise err

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        return _default_next_value(name, start, count, last_values)

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        names = {"__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"}
        for cls in type(self).__mro__:
            if cls in (Enum, object) or cls is type(self)._member_type_:
                continue
            for name in cls.__dict__:
                if not name.startswith("_"):
                    names.add(name)
        names.update(k for k in self.__dict__ if not k.startswith("_"))
        return sorted(names - set(type(self)._member_map_))

    def __hash__(self):
        return hash(self._name_)

    # The hash slot computes that body in Go (runtime/fasthash.go): dict
    # and set lookups keyed by members run no Python frame.
    _fast_hash(__hash__, ("_name_",), False)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the member."""
        return self._name_

    @property
    def value(self):
        """The value of the member."""
        return self._value_


class ReprEnum(Enum):
    """An Enum whose str() and format() are those of its data type; only
    repr() is Enum's."""


class IntEnum(int, ReprEnum):
    """An Enum whose members are ints."""


class StrEnum(str, ReprEnum):
    """An Enum whose members are strs; auto() gives the lower-cased name."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError("encoding must be a string, not %r" % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError("errors must be a string, not %r" % (values[2],))
        member = str.__new__(cls, *values)
        member._value_ = str(*values)
        return member

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _flag_next_value(name, start, count, last_values):
    if not count:
        return start if start is not None else 1
    last = last_values[-1]
    if not isinstance(last, int):
        raise TypeError("invalid flag value %r" % (last,)) from None
    return 2 ** last.bit_length()


class Flag(Enum, boundary=_STRICT):
    """An Enum whose members combine with the bitwise operators."""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        return _flag_next_value(name, start, count, last_values)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        mask = cls._flag_mask_
        all_bits = cls._all_bits_
        boundary = cls._boundary_
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ mask):
            if boundary == _STRICT:
                width = max(value.bit_length(), mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                                 % (cls, value, _bits_text(value, width), _bits_text(mask, width)))
            if boundary == _CONFORM:
                value &= mask
            elif boundary == _EJECT:
                return value
            elif value < 0:
                value = max(all_bits + 1, 2 ** value.bit_length()) + value
        if value < 0:
            value = all_bits + 1 + value
        known = value & mask
        unknown = value & ~mask
        member_type = cls._member_type_
        if member_type is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = member_type.__new__(cls, value)
        pseudo._value_ = value
        if known or unknown:
            names = [m._name_ for m in cls._iter_member_(known)]
            if unknown:
                names.append(cls._numeric_repr_(unknown))
            pseudo._name_ = "|".join(names)
        else:
            pseudo._name_ = None
        return cls._value2member_map_.setdefault(value, pseudo)

    @classmethod
    def _iter_member_(cls, value):
        # The canonical single-bit members whose bits are in value, in
        # definition order.
        out = []
        for name in cls._member_names_:
            member = cls._member_map_[name]
            if member._value_ & value == member._value_ and member._value_:
                out.append(member)
        return out

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(self._iter_member_(self._value_))

    def __len__(self):
        return len(self._iter_member_(self._value_))

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "<%s: %r>" % (cls_name, self._value_)
        return "<%s.%s: %r>" % (cls_name, self._name_, self._value_)

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "%s(%r)" % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __hash__(self):
        return hash(self._value_) if self._name_ is None else hash(self._name_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return v
        return self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return v
        return self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return v
        return self.__class__(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        if self._boundary_ in (_EJECT, _KEEP):
            return self.__class__(~self._value_)
        return self.__class__(self._flag_mask_ & ~self._value_)


class IntFlag(int, ReprEnum, Flag, boundary=_KEEP):
    """A Flag whose members are ints; operations with ints give members."""


def unique(enumeration):
    """Class decorator: refuse aliases (members sharing a value)."""
    duplicates = [(name, member.name) for name, member in enumeration.__members__.items()
                  if name != member.name]
    if duplicates:
        details = ", ".join("%s -> %s" % (alias, name) for alias, name in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, details))
    return enumeration


def verify(*checks):
    """Class decorator for enum checks: accepted and not enforced."""
    def decorate(enumeration):
        return enumeration
    return decorate


def global_enum(cls):
    """Put an enumeration's members into its module's namespace."""
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


class FlagBoundary(StrEnum):
    """What Flag does with values outside its members' bits."""

    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary
