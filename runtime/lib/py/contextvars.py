"""Context variables (PEP 567): ContextVar, Token, Context and
copy_context.

Each thread has its own current Context (a new thread starts with an
empty one, as in CPython); Context.run makes a context current in the
calling thread for the length of a call. A Context's mapping is replaced,
never changed in place, when a variable is set, so a copy costs nothing
and other threads reading a context never see it half-changed.
"""

import _thread

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_state = _thread._local()
_MISSING = object()


def _current():
    ctx = getattr(_state, 'ctx', None)
    if ctx is None:
        ctx = _state.ctx = Context()
    return ctx


class Context:
    """A mapping of ContextVars to their values, made current by run()."""

    __slots__ = ('_data', '_prev', '_entered', '_lock')

    def __init__(self):
        self._data = {}
        self._prev = None
        self._entered = False
        self._lock = _thread.allocate_lock()

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.Context' is not an acceptable base type")

    def run(self, callable, /, *args, **kwargs):
        """Call callable(*args, **kwargs) with self as the current context
        of this thread; changes it makes to variables stay in self."""
        with self._lock:
            if self._entered:
                raise RuntimeError(
                    'cannot enter context: %r is already entered' % (self,))
            self._entered = True
        self._prev = getattr(_state, 'ctx', None)
        _state.ctx = self
        try:
            return callable(*args, **kwargs)
        finally:
            _state.ctx = self._prev
            self._prev = None
            self._entered = False

    def copy(self):
        """A shallow copy of the context."""
        new = Context()
        new._data = self._data
        return new

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(
                "a ContextVar key was expected, got %r" % (var,))
        return self._data[var]

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(
                "a ContextVar key was expected, got %r" % (var,))
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def get(self, var, default=None):
        """The value of var in this context, or default."""
        if not isinstance(var, ContextVar):
            raise TypeError(
                "a ContextVar key was expected, got %r" % (var,))
        return self._data.get(var, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


def copy_context():
    """A copy of the current thread's current context."""
    return _current().copy()


class ContextVar:
    """A variable whose value depends on the current context."""

    __slots__ = ('_name', '_default', '__weakref__')

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, default=_MISSING):
        """The value in the current context; else default if given, else
        the variable's default; else LookupError."""
        data = _current()._data
        if self in data:
            return data[self]
        if default is not _MISSING:
            return default
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        """Set the value in the current context; return a Token for
        reset()."""
        ctx = _current()
        data = ctx._data
        old = data.get(self, Token.MISSING)
        new = dict(data)
        new[self] = value
        ctx._data = new
        return Token(ctx, self, old)

    def reset(self, token):
        """Give the variable back the value it had before the set() that
        returned token."""
        if not isinstance(token, Token):
            raise TypeError("expected an instance of Token, got %r"
                            % (token,))
        if token._used:
            raise RuntimeError("%r has already been used once" % (token,))
        if token._var is not self:
            raise ValueError("%r was created by a different ContextVar"
                             % (token,))
        ctx = _current()
        if token._ctx is not ctx:
            raise ValueError("%r was created in a different Context"
                             % (token,))
        new = dict(ctx._data)
        if token._old is Token.MISSING:
            new.pop(self, None)
        else:
            new[self] = token._old
        ctx._data = new
        token._used = True

    def __repr__(self):
        r = '<ContextVar name=%r' % (self._name,)
        if self._default is not _MISSING:
            r += ' default=%r' % (self._default,)
        return r + ' at 0x%x>' % id(self)

    def __hash__(self):
        return object.__hash__(self)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class Token:
    """What ContextVar.set returns: reset() undoes that set."""

    __slots__ = ('_ctx', '_var', '_old', '_used')

    MISSING = None   # replaced below by the marker

    def __init__(self, ctx, var, old):
        self._ctx = ctx
        self._var = var
        self._old = old
        self._used = False

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.Token' is not an acceptable base type")

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __repr__(self):
        used = ' used' if self._used else ''
        return '<Token%s var=%r at 0x%x>' % (used, self._var, id(self))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class _Missing:
    __slots__ = ()

    def __repr__(self):
        return '<Token.MISSING>'


Token.MISSING = _Missing()

# CPython's classes live in _contextvars; reprs and error messages name it.
Context.__module__ = ContextVar.__module__ = Token.__module__ = '_contextvars'
