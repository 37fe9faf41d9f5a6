"""Inspecting live objects: what kind of object something is, the members
of an object, where it was defined and its source, the signatures of
callables, and the frames of the running program.

Signatures come from Python functions' code objects; builtins have no
__text_signature__ here, so signature() of most builtin functions raises
ValueError ("no signature found"), as CPython's does for builtins without
one. Coroutines and async generators do not exist in gilfree, so their
predicates are always false.
"""

import sys
import types
import linecache
import functools
import enum
from collections import namedtuple

__all__ = ["ismodule", "isclass", "ismethod", "isfunction", "isgeneratorfunction",
           "isgenerator", "iscoroutinefunction", "iscoroutine", "isawaitable",
           "isasyncgenfunction", "isasyncgen", "istraceback", "isframe", "iscode",
           "isbuiltin", "isroutine", "isabstract", "ismethoddescriptor",
           "isdatadescriptor", "isgetsetdescriptor", "ismemberdescriptor",
           "getmembers", "getmodule", "getfile", "getsourcefile", "getsourcelines",
           "getsource", "getdoc", "cleandoc", "getcomments", "signature",
           "Signature", "Parameter", "BoundArguments", "unwrap", "getfullargspec",
           "FullArgSpec", "currentframe", "stack", "getframeinfo", "getmro",
           "isclass", "getattr_static", "getcallargs", "formatannotation"]

CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200

TPFLAGS_IS_ABSTRACT = 1 << 20


# --- kinds of objects --------------------------------------------------------

def ismodule(object):
    return isinstance(object, types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, types.MethodType)


def isfunction(object):
    return isinstance(object, types.FunctionType)


def _has_code_flag(f, flag):
    while ismethod(f) or isinstance(f, functools.partial):
        f = f.__func__ if ismethod(f) else f.func
    return isfunction(f) and bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return False


def isasyncgenfunction(obj):
    return False


def isgenerator(object):
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    return False


def isasyncgen(object):
    return False


def isawaitable(object):
    return hasattr(type(object), "__await__")


def istraceback(object):
    return isinstance(object, types.TracebackType)


def isframe(object):
    return isinstance(object, types.FrameType)


def iscode(object):
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    return isinstance(object, types.BuiltinFunctionType)


def ismethoddescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def isgetsetdescriptor(object):
    return type(object).__name__ == "getset_descriptor"


def ismemberdescriptor(object):
    return type(object).__name__ == "member_descriptor"


def isroutine(object):
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object))


def isabstract(object):
    if not isinstance(object, type):
        return False
    return bool(getattr(object, "__abstractmethods__", None))


def getmro(cls):
    return cls.__mro__


def getmembers(object, predicate=None):
    """Return (name, value) pairs for the attributes of object, sorted by
    name; only those for which predicate(value) is true, if given."""
    names = dir(object)
    results = []
    seen = set()
    for key in names:
        try:
            value = getattr(object, key)
            if key in seen:
                continue
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            results.append((key, value))
        seen.add(key)
    results.sort(key=lambda pair: pair[0])
    return results


_sentinel = object()


def getattr_static(obj, attr, default=_sentinel):
    """Look attr up without running descriptors or __getattr__."""
    if not isinstance(obj, type):
        try:
            d = object.__getattribute__(obj, "__dict__")
        except AttributeError:
            d = {}
        if attr in d:
            return d[attr]
        klass = type(obj)
    else:
        klass = obj
    for base in klass.__mro__:
        if attr in base.__dict__:
            return base.__dict__[attr]
    if isinstance(obj, type):
        for base in type(obj).__mro__:
            if attr in base.__dict__:
                return base.__dict__[attr]
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


# --- where things come from --------------------------------------------------

def unwrap(func, *, stop=None):
    """Follow the __wrapped__ chain that functools.wraps leaves."""
    f = func
    seen = {id(f)}
    while hasattr(f, "__wrapped__") and (stop is None or not stop(f)):
        f = f.__wrapped__
        if id(f) in seen:
            raise ValueError("wrapper loop when unwrapping {!r}".format(func))
        seen.add(id(f))
    return f


def getmodule(object, _filename=None):
    if ismodule(object):
        return object
    name = getattr(object, "__module__", None)
    if name is not None:
        return sys.modules.get(name)
    return None


def getfile(object):
    """The name of the file object was defined in."""
    if ismodule(object):
        f = getattr(object, "__file__", None)
        if f:
            return f
        raise TypeError("{!r} is a built-in module".format(object))
    if isclass(object):
        module = sys.modules.get(object.__module__)
        f = getattr(module, "__file__", None)
        if f:
            return f
        raise TypeError("{!r} is a built-in class".format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError("module, class, method, function, traceback, frame, or "
                    "code object was expected, got {}".format(type(object).__name__))


def getsourcefile(object):
    filename = getfile(object)
    if filename.startswith("<") and filename.endswith(">"):
        return None
    return filename


def findsource(object):
    file = getsourcefile(object) or getfile(object)
    module = getmodule(object)
    lines = linecache.getlines(file, module.__dict__ if module else None)
    if not lines:
        raise OSError("could not get source code")
    if ismodule(object):
        return lines, 0
    if isclass(object):
        qual = object.__qualname__.split(".")
        indent_name = qual[-1]
        for i, line in enumerate(lines):
            s = line.lstrip()
            if s.startswith("class " + indent_name) and s[6 + len(indent_name):6 + len(indent_name) + 1] in ("(", ":"):
                return lines, i
        raise OSError("could not find class definition")
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        lnum = object.co_firstlineno - 1
        if lnum >= len(lines):
            raise OSError("lineno is out of bounds")
        return lines, lnum
    raise OSError("could not find code object")


def getblock(lines):
    """The lines of the block (decorators, def or class, body) that starts
    at lines[0]."""
    first = lines[0]
    indent = len(first) - len(first.lstrip())
    i = 0
    # Decorators, then the header, which may continue over lines.
    while i < len(lines) and lines[i].lstrip().startswith("@"):
        i += 1
    depth = 0
    while i < len(lines):
        for ch in lines[i]:
            if ch in "([{":
                depth += 1
            elif ch in ")]}":
                depth -= 1
        header_done = depth <= 0 and lines[i].rstrip().endswith(":")
        i += 1
        if header_done:
            break
    if i < len(lines) and i > 0 and not lines[i - 1].rstrip().endswith(":"):
        return lines[:i]
    # A one-line body after the colon.
    if i > 0 and lines[i - 1].split(":", 1)[-1].strip() and not lines[i - 1].rstrip().endswith(":"):
        return lines[:i]
    # The body: up to its last statement line, so that blank lines and
    # comments after it are left out, as the tokenizer would.
    end = i
    for j in range(i, len(lines)):
        line = lines[j]
        if line.strip() == "" or line.lstrip().startswith("#"):
            continue
        if len(line) - len(line.lstrip()) <= indent:
            break
        end = j + 1
    return lines[:end]


def getsourcelines(object):
    object = unwrap(object)
    lines, lnum = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and object.f_code.co_name == "<module>"):
        return lines, 0
    return getblock(lines[lnum:]), lnum + 1


def getsource(object):
    lines, lnum = getsourcelines(object)
    return "".join(lines)


def getcomments(object):
    try:
        lines, lnum = findsource(object)
    except (OSError, TypeError):
        return None
    end = lnum - 1
    comments = []
    while end >= 0 and lines[end].lstrip().startswith("#"):
        comments.insert(0, lines[end].lstrip())
        end -= 1
    return "".join(comments) if comments else None


def cleandoc(doc):
    """Clean up a docstring's indentation: tabs expanded, the common
    leading whitespace of the lines after the first removed, and blank
    lines at both ends dropped."""
    lines = doc.expandtabs().split("\n")
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def getdoc(object):
    """The object's docstring, cleaned; inherited from the class or a base
    class's method of the same name when it has none."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        doc = _finddoc(object)
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def _finddoc(obj):
    name = getattr(obj, "__name__", None)
    if isclass(obj):
        for base in obj.__mro__[1:]:
            if base is not object and base.__doc__ is not None:
                return base.__doc__
        return None
    if ismethod(obj):
        cls = type(obj.__self__) if not isclass(obj.__self__) else obj.__self__
        name = obj.__func__.__name__
    elif isfunction(obj) and "." in getattr(obj, "__qualname__", ""):
        module = sys.modules.get(obj.__module__)
        cls = module
        for part in obj.__qualname__.split(".")[:-1]:
            cls = getattr(cls, part, None)
        if not isclass(cls):
            return None
    else:
        return None
    for base in cls.__mro__[1:]:
        doc = getattr(base.__dict__.get(name), "__doc__", None)
        if doc is not None:
            return doc
    return None


# --- signatures ---------------------------------------------------------------

class _empty:
    """Marker for a parameter or return annotation, or default, that is
    not there."""


# Marks an argument of replace() that was not given.
_void = object()


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self.name

    @property
    def description(self):
        return _KIND_DESCRIPTIONS[self]


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD

_KIND_DESCRIPTIONS = {
    _POSITIONAL_ONLY: "positional-only",
    _POSITIONAL_OR_KEYWORD: "positional or keyword",
    _VAR_POSITIONAL: "variadic positional",
    _KEYWORD_ONLY: "keyword-only",
    _VAR_KEYWORD: "variadic keyword",
}


def formatannotation(annotation, base_module=None):
    if getattr(annotation, "__module__", None) == "typing":
        return repr(annotation).replace("typing.", "")
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ("builtins", base_module):
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a signature: its name, kind, default and
    annotation."""

    __slots__ = ("_name", "_kind", "_default", "_annotation")

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f"value {kind!r} is not a valid Parameter.kind")
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f"{self._kind.description} parameters cannot have default values")
        if not isinstance(name, str):
            raise TypeError("name must be a str, not a {}".format(type(name).__name__))
        if not name.isidentifier():
            raise ValueError("{!r} is not a valid parameter name".format(name))
        self._name = name
        self._default = default
        self._annotation = annotation

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, default=_void, annotation=_void):
        return type(self)(self._name if name is _void else name,
                          self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        kind = self._kind
        text = self._name
        if self._annotation is not _empty:
            text = "{}: {}".format(text, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                text = "{} = {}".format(text, repr(self._default))
            else:
                text = "{}={}".format(text, repr(self._default))
        if kind == _VAR_POSITIONAL:
            text = "*" + text
        elif kind == _VAR_KEYWORD:
            text = "**" + text
        return text

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __hash__(self):
        return hash((self.name, self.kind, self.annotation, self.default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default and self._annotation == other._annotation)


class BoundArguments:
    """The result of Signature.bind: the arguments by parameter name."""

    __slots__ = ("arguments", "_signature")

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            try:
                arg = self.arguments[name]
            except KeyError:
                break
            if param.kind == _VAR_POSITIONAL:
                args.extend(arg)
            else:
                args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started:
                continue
            try:
                arg = self.arguments[name]
            except KeyError:
                pass
            else:
                if param.kind == _VAR_KEYWORD:
                    kwargs.update(arg)
                else:
                    kwargs[name] = arg
        return kwargs

    def apply_defaults(self):
        arguments = self.arguments
        new = []
        for name, param in self._signature.parameters.items():
            if name in arguments:
                new.append((name, arguments[name]))
            elif param.default is not _empty:
                new.append((name, param.default))
            elif param.kind == _VAR_POSITIONAL:
                new.append((name, ()))
            elif param.kind == _VAR_KEYWORD:
                new.append((name, {}))
        self.arguments = dict(new)

    def __eq__(self, other):
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = ["{}={!r}".format(k, v) for k, v in self.arguments.items()]
        return "<{} ({})>".format(self.__class__.__name__, ", ".join(args))


class Signature:
    """The parameters of a callable and its return annotation."""

    __slots__ = ("_return_annotation", "_parameters")

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        params = {}
        if parameters is not None:
            top_kind = _POSITIONAL_ONLY
            seen_default = False
            for param in parameters:
                kind, name = param.kind, param.name
                if __validate_parameters__:
                    if kind < top_kind:
                        raise ValueError("wrong parameter order: {} parameter before {} parameter".format(
                            top_kind.description, kind.description))
                    top_kind = max(top_kind, kind)
                    if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                        if param.default is _empty:
                            if seen_default:
                                raise ValueError("non-default argument follows default argument")
                        else:
                            seen_default = True
                    if name in params:
                        raise ValueError("duplicate parameter name: {!r}".format(name))
                params[name] = param
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True):
        return _signature_of(obj, follow_wrapped)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self._parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return (self._return_annotation == other._return_annotation
                and list(self._parameters.items()) == list(other._parameters.items()))

    def __hash__(self):
        return hash((tuple(self._parameters.values()), self._return_annotation))

    def _bind(self, args, kwargs, partial=False):
        arguments = {}
        parameters = iter(self._parameters.values())
        parameters_ex = ()
        arg_vals = iter(args)
        while True:
            try:
                arg_val = next(arg_vals)
            except StopIteration:
                try:
                    param = next(parameters)
                except StopIteration:
                    break
                else:
                    if param.kind == _VAR_POSITIONAL:
                        break
                    elif param.name in kwargs:
                        if param.kind == _POSITIONAL_ONLY:
                            msg = "{arg!r} parameter is positional only, but was passed as a keyword"
                            raise TypeError(msg.format(arg=param.name)) from None
                        parameters_ex = (param,)
                        break
                    elif param.kind == _VAR_KEYWORD or param.default is not _empty:
                        parameters_ex = (param,)
                        break
                    else:
                        if partial:
                            parameters_ex = (param,)
                            break
                        raise TypeError("missing a required argument: {arg!r}".format(arg=param.name)) from None
            else:
                try:
                    param = next(parameters)
                except StopIteration:
                    raise TypeError("too many positional arguments") from None
                else:
                    if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                        raise TypeError("too many positional arguments") from None
                    if param.kind == _VAR_POSITIONAL:
                        values = [arg_val]
                        values.extend(arg_vals)
                        arguments[param.name] = tuple(values)
                        break
                    if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                        raise TypeError("multiple values for argument {arg!r}".format(arg=param.name)) from None
                    arguments[param.name] = arg_val
        kwargs_param = None
        for param in (*parameters_ex, *parameters):
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            name = param.name
            try:
                arg_val = kwargs.pop(name)
            except KeyError:
                if (not partial and param.kind != _VAR_POSITIONAL and param.default is _empty):
                    raise TypeError("missing a required argument: {arg!r}".format(arg=name)) from None
            else:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError("{arg!r} parameter is positional only, but was passed as a keyword".format(arg=name))
                arguments[name] = arg_val
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            else:
                raise TypeError("got an unexpected keyword argument {arg!r}".format(arg=next(iter(kwargs))))
        return BoundArguments(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return "<{} {}>".format(self.__class__.__name__, self)

    def __str__(self):
        result = []
        render_pos_only = False
        render_kw_only = True
        for param in self.parameters.values():
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only = True
            elif render_pos_only:
                result.append("/")
                render_pos_only = False
            if kind == _VAR_POSITIONAL:
                render_kw_only = False
            elif kind == _KEYWORD_ONLY and render_kw_only:
                result.append("*")
                render_kw_only = False
            result.append(str(param))
        if render_pos_only:
            result.append("/")
        rendered = "({})".format(", ".join(result))
        if self.return_annotation is not _empty:
            rendered += " -> {}".format(formatannotation(self.return_annotation))
        return rendered


def _signature_from_function(func):
    code = func.__code__
    pos_count = code.co_argcount
    posonly = code.co_posonlyargcount
    kwonly = code.co_kwonlyargcount
    names = code.co_varnames
    annotations = func.__annotations__ or {}
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    first_default = pos_count - len(defaults)
    params = []
    for i in range(pos_count):
        name = names[i]
        kind = _POSITIONAL_ONLY if i < posonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(name, kind, default=default, annotation=annotations.get(name, _empty)))
    i = pos_count + kwonly
    if code.co_flags & CO_VARARGS:
        name = names[i]
        params.append(Parameter(name, _VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
        i += 1
    for name in names[pos_count:pos_count + kwonly]:
        params.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[i]
        params.append(Parameter(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    return Signature(params, return_annotation=annotations.get("return", _empty), __validate_parameters__=False)


def _drop_first(sig):
    params = list(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError("invalid method signature")
    if params[0].kind == _VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


def _signature_of(obj, follow_wrapped=True):
    if not callable(obj):
        raise TypeError("{!r} is not a callable object".format(obj))
    if isinstance(obj, types.MethodType):
        return _drop_first(_signature_of(obj.__func__, follow_wrapped))
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, "__signature__"))
        if isinstance(obj, types.MethodType):
            return _signature_of(obj, follow_wrapped)
    sig = getattr(obj, "__signature__", None)
    if sig is not None:
        if not isinstance(sig, Signature):
            raise TypeError("unexpected object {!r} in __signature__ attribute".format(sig))
        return sig
    if isfunction(obj):
        return _signature_from_function(obj)
    if isinstance(obj, functools.partial):
        sig = _signature_of(obj.func, follow_wrapped)
        params = list(sig.parameters.values())
        sig.bind_partial(*obj.args, **obj.keywords)  # the TypeError of a bad partial
        new = []
        npos = len(obj.args)
        for i, p in enumerate(params):
            if i < npos and p.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                continue
            if p.name in obj.keywords and p.kind not in (_VAR_POSITIONAL, _VAR_KEYWORD):
                p = p.replace(default=obj.keywords[p.name], kind=_KEYWORD_ONLY if p.kind != _POSITIONAL_ONLY else p.kind)
            new.append(p)
        new.sort(key=lambda p: p.kind)
        return sig.replace(parameters=new)
    if isclass(obj):
        for name in ("__call__",):
            meta_call = getattr(type(obj), name, None)
            if meta_call is not None and meta_call is not type.__call__ and isfunction(meta_call):
                return _drop_first(_signature_of(meta_call))
        # The first class in the MRO that defines __new__ or __init__ in
        # Python decides.
        for base in obj.__mro__:
            new = base.__dict__.get("__new__")
            if isinstance(new, staticmethod):
                new = new.__func__
            if isfunction(new):
                return _drop_first(_signature_of(new))
            init = base.__dict__.get("__init__")
            if isfunction(init):
                return _drop_first(_signature_of(init))
            if new is not None or init is not None:
                break
        if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
            return Signature()
        raise ValueError("no signature found for builtin type {!r}".format(obj))
    if not isbuiltin(obj):
        call = getattr(type(obj), "__call__", None)
        if call is not None and isfunction(call):
            return _drop_first(_signature_of(call))
    raise ValueError("no signature found for builtin {!r}".format(obj))


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped)


FullArgSpec = namedtuple("FullArgSpec", "args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations")


def getfullargspec(func):
    try:
        sig = _signature_of(func, follow_wrapped=False)
    except Exception as ex:
        raise TypeError("unsupported callable") from ex
    args, varargs, varkw, defaults, kwonlyargs, kwdefaults, annotations = [], None, None, (), [], {}, {}
    if sig.return_annotation is not _empty:
        annotations["return"] = sig.return_annotation
    for param in sig.parameters.values():
        kind, name = param.kind, param.name
        if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(name)
            if param.default is not _empty:
                defaults += (param.default,)
        elif kind == _VAR_POSITIONAL:
            varargs = name
        elif kind == _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not _empty:
                kwdefaults[name] = param.default
        elif kind == _VAR_KEYWORD:
            varkw = name
        if param.annotation is not _empty:
            annotations[name] = param.annotation
    return FullArgSpec(args, varargs, varkw, defaults or None, kwonlyargs, kwdefaults or None, annotations)


def getcallargs(func, /, *positional, **named):
    """The arguments a call would bind, by parameter name (defaults too)."""
    bound = signature(func).bind(*positional, **named)
    bound.apply_defaults()
    return dict(bound.arguments)


# --- frames -------------------------------------------------------------------

FrameInfo = namedtuple("FrameInfo", "frame filename lineno function code_context index")
Traceback = namedtuple("Traceback", "filename lineno function code_context index")


def currentframe():
    return sys._getframe(1)


def getframeinfo(frame, context=1):
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    filename = frame.f_code.co_filename
    lines = None
    index = None
    if context > 0:
        line = linecache.getline(filename, lineno)
        if line:
            lines, index = [line], 0
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index)


def getouterframes(frame, context=1):
    frames = []
    while frame is not None:
        frames.append(FrameInfo(frame, *getframeinfo(frame, context)))
        frame = frame.f_back
    return frames


def stack(context=1):
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    tb = sys.exc_info()[2]
    frames = []
    while tb is not None:
        frames.append(FrameInfo(tb.tb_frame, *getframeinfo(tb, context)))
        tb = tb.tb_next
    return frames
