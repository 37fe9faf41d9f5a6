"""unittest.mock: mock objects that record how they are used, and patch
to put them in place of real objects for the length of a test.

gilfree's own implementation of the interface CPython documents: Mock,
MagicMock (the magic methods configured with CPython's defaults),
NonCallableMock, NonCallableMagicMock, PropertyMock, call and the call
lists, ANY, sentinel and DEFAULT, the assert_called* family with
CPython's messages, spec and spec_set (attributes limited to the spec's,
calls checked against its signature, isinstance answering for it),
patch as decorator, context manager and start/stop, patch.object,
patch.dict, patch.multiple, patch.stopall, create_autospec (a spec'd
mock whose methods are spec'd too; a function becomes a real function
that checks its calls, as in CPython), mock_open and seal. Not here:
AsyncMock and ThreadingMock.

Each mock is an instance of a class made for it alone, so that magic
methods set on one mock do not leak to others, as in CPython. A mock's
calls are recorded under one lock shared by all mocks, so mocks called
from many threads keep every call and count.
"""

import builtins
import contextlib
import inspect
import pprint
import sys
from functools import wraps, partial
from types import ModuleType
from _thread import RLock

__all__ = ('Mock', 'MagicMock', 'patch', 'sentinel', 'DEFAULT', 'ANY', 'call',
           'create_autospec', 'FILTER_DIR', 'NonCallableMock',
           'NonCallableMagicMock', 'mock_open', 'PropertyMock', 'seal')

FILTER_DIR = True

# Recording a call touches the counts and lists of a mock and its
# parents: one lock for all, re-entrant since side effects may call other
# mocks.
_record_lock = RLock()


# -- sentinel, DEFAULT, ANY ---------------------------------------------

class _SentinelObject:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.%s' % self.name

    def __reduce__(self):
        return 'sentinel.%s' % self.name


class _Sentinel:
    """sentinel.name is one unique object per name."""

    def __init__(self):
        self._sentinels = {}
        self._lock = RLock()

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError
        with self._lock:
            return self._sentinels.setdefault(name, _SentinelObject(name))

    def __reduce__(self):
        return 'sentinel'


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING
_deleted = sentinel.DELETED


class _ANY:
    """Equal to everything."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = None

    def __repr__(self):
        return '<ANY>'


ANY = _ANY()


def _is_instance_mock(obj):
    return issubclass(type(obj), NonCallableMock)


def _is_exception(obj):
    return isinstance(obj, BaseException) or (
        isinstance(obj, type) and issubclass(obj, BaseException))


def _safe_repr(obj):
    try:
        return repr(obj)
    except Exception:
        return object.__repr__(obj)


def _format_call_signature(name, args, kwargs):
    parts = [repr(a) for a in args]
    parts.extend('%s=%r' % (k, v) for k, v in kwargs.items())
    return '%s(%s)' % (name, ', '.join(parts))


# -- call objects -------------------------------------------------------

class _CallList(list):
    """A list of calls; `sublist in calls` looks for a contiguous run."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        n = len(value)
        for i in range(0, len(self) - n + 1):
            if self[i:i + n] == value:
                return True
        return False

    def __repr__(self):
        return pprint.pformat(list(self))


class _Call(tuple):
    """A recorded or expected call: (name, args, kwargs), or (args,
    kwargs) for a mock's own calls. `call` builds them: call(1, a=2),
    call.method(3), call().chained()."""

    def __new__(cls, value=(), name='', parent=None, two=False, from_kall=True):
        args = ()
        kwargs = {}
        n = len(value)
        if n == 3:
            name, args, kwargs = value
        elif n == 2:
            first, second = value
            if isinstance(first, str):
                name = first
                if isinstance(second, tuple):
                    args = second
                else:
                    kwargs = second
            else:
                args, kwargs = first, second
        elif n == 1:
            value, = value
            if isinstance(value, str):
                name = value
            elif isinstance(value, tuple):
                args = value
            else:
                kwargs = value
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (name, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def __eq__(self, other):
        try:
            len_other = len(other)
        except TypeError:
            return NotImplemented
        self_name = ''
        if len(self) == 2:
            self_args, self_kwargs = self
        else:
            self_name, self_args, self_kwargs = self
        if (getattr(self, '_mock_parent', None) and getattr(other, '_mock_parent', None)
                and self._mock_parent != other._mock_parent):
            return False
        other_name = ''
        if len_other == 0:
            other_args, other_kwargs = (), {}
        elif len_other == 3:
            other_name, other_args, other_kwargs = other
        elif len_other == 1:
            value, = other
            if isinstance(value, tuple):
                other_args, other_kwargs = value, {}
            elif isinstance(value, str):
                other_name = value
                other_args, other_kwargs = (), {}
            else:
                other_args, other_kwargs = (), value
        elif len_other == 2:
            first, second = other
            if isinstance(first, str):
                other_name = first
                if isinstance(second, tuple):
                    other_args, other_kwargs = second, {}
                else:
                    other_args, other_kwargs = (), second
            else:
                other_args, other_kwargs = first, second
        else:
            return False
        if self_name and other_name != self_name:
            return False
        return (other_args, other_kwargs) == (self_args, self_kwargs)

    def __ne__(self, other):
        eq = self.__eq__(other)
        if eq is NotImplemented:
            return eq
        return not eq

    __hash__ = None

    def __call__(self, *args, **kwargs):
        if self._mock_name is None:
            return _Call(('', args, kwargs), name='()')
        name = self._mock_name + '()'
        return _Call((self._mock_name, args, kwargs), name=name, parent=self)

    def __getattr__(self, attr):
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        return _Call(name='%s.%s' % (self._mock_name, attr), parent=self, from_kall=False)

    def __getattribute__(self, attr):
        # The tuple's own methods are call attributes here (call.count(1)).
        if attr in ('count', 'index'):
            raise AttributeError(attr)
        return tuple.__getattribute__(self, attr)

    @property
    def args(self):
        return self[-2]

    @property
    def kwargs(self):
        return self[-1]

    def call_list(self):
        """The list of calls a chained call stands for."""
        if not self._mock_from_kall:
            return _CallList([self])
        vals = []
        thing = self
        while thing is not None:
            if thing._mock_from_kall:
                vals.append(thing)
            thing = thing._mock_parent
        return _CallList(reversed(vals))

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or 'call'
            if name.startswith('()'):
                name = 'call%s' % name
            return name
        if len(self) == 2:
            name = 'call'
            args, kwargs = self
        else:
            name, args, kwargs = self
            if not name:
                name = 'call'
            elif not name.startswith('()'):
                name = 'call.%s' % name
            else:
                name = 'call%s' % name
        return _format_call_signature(name, args, kwargs)


call = _Call(from_kall=False)


# -- the magic methods --------------------------------------------------

_numerics = ("add sub mul matmul truediv floordiv mod lshift rshift and xor "
             "or pow").split()
_magic_names = set(
    ("lt gt le ge eq ne getitem setitem delitem len contains iter hash str "
     "sizeof enter exit divmod rdivmod neg pos abs invert complex int float "
     "index round trunc floor ceil bool next fspath reversed missing").split())
_magic_names.update(_numerics)
_magic_names.update('r' + n for n in _numerics)
_magic_names.update('i' + n for n in _numerics)
_magics = frozenset('__%s__' % n for n in _magic_names) - {'__next__', '__missing__'}
_non_defaults = frozenset(('__get__', '__set__', '__delete__', '__reversed__',
                           '__missing__', '__reduce__', '__reduce_ex__',
                           '__getinitargs__', '__getnewargs__', '__getstate__',
                           '__setstate__', '__getformat__', '__class_getitem__',
                           '__format__', '__prepare__', '__instancecheck__',
                           '__subclasscheck__', '__del__', '__next__',
                           '__aiter__', '__anext__', '__aenter__', '__aexit__',
                           '__dir__', '__round__', '__floor__', '__trunc__',
                           '__ceil__', '__fspath__'))
_all_magics = _magics | _non_defaults
_unsupported_magics = frozenset(('__getattr__', '__setattr__', '__init__',
                                 '__new__', '__prepare__', '__instancecheck__',
                                 '__subclasscheck__', '__del__'))

_return_values = {
    '__lt__': NotImplemented, '__gt__': NotImplemented,
    '__le__': NotImplemented, '__ge__': NotImplemented,
    '__int__': 1, '__contains__': False, '__len__': 0, '__exit__': False,
    '__complex__': 1j, '__float__': 1.0, '__bool__': True, '__index__': 1,
}


def _calculated_return(mock, name):
    if name == '__hash__':
        return object.__hash__(mock)
    if name == '__str__':
        return object.__str__(mock)
    if name == '__sizeof__':
        return object.__sizeof__(mock)
    if name == '__fspath__':
        return '%s/%s/%d' % (type(mock).__name__, mock._extract_mock_name(), id(mock))
    raise KeyError(name)


def _set_return_value(parent, method, name):
    if name in _return_values:
        method.return_value = _return_values[name]
        return
    if name in ('__hash__', '__str__', '__sizeof__', '__fspath__'):
        method.return_value = _calculated_return(parent, name)
        return
    if name == '__eq__':
        def __eq__(other):
            ret = method._mock_return_value
            if ret is not DEFAULT:
                return ret
            return True if parent is other else NotImplemented
        method.side_effect = __eq__
    elif name == '__ne__':
        def __ne__(other):
            ret = method._mock_return_value
            if ret is not DEFAULT:
                return ret
            return False if parent is other else NotImplemented
        method.side_effect = __ne__
    elif name == '__iter__':
        def __iter__():
            ret = method._mock_return_value
            if ret is DEFAULT:
                return iter([])
            return iter(ret)
        method.side_effect = __iter__


class _MagicProxy:
    """A magic method of a MagicMock's class, not yet used: the first look
    (len(m), m[0], ...) makes the child mock that stands for it."""

    def __init__(self, name):
        self.name = name

    def __get__(self, obj, _type=None):
        if obj is None:
            return self
        with _record_lock:
            # Another thread may have made the child since this look.
            current = type(obj).__dict__.get(self.name)
            if current is not self and current is not None:
                return current
            m = obj._get_child_mock(name=self.name, _new_name=self.name, _new_parent=obj)
            setattr(obj, self.name, m)
            _set_return_value(obj, m, self.name)
            return m


_magic_proxies = {name: _MagicProxy(name) for name in _magics}


def _get_method(name, func):
    """A method that calls func with the instance, for a non-mock value
    set as a magic method."""
    def method(self, *args, **kw):
        return func(self, *args, **kw)
    method.__name__ = name
    return method


# -- specs --------------------------------------------------------------

def _is_list(obj):
    return type(obj) in (list, tuple)


def _instance_callable(obj):
    """Whether instances of obj (a class) or obj itself are callable."""
    if not isinstance(obj, type):
        return getattr(obj, '__call__', None) is not None
    for base in (obj,) + obj.__mro__:
        if base.__dict__.get('__call__') is not None:
            return True
    return False


def _signature_of(spec, as_instance=False, eat_self=False):
    """The signature calls to a mock of spec are checked against, or None."""
    if spec is None or _is_list(spec):
        return None
    try:
        if isinstance(spec, type):
            if as_instance:
                target = getattr(spec, '__call__', None)
                eat_self = True
            else:
                target = spec.__init__
                eat_self = True
                if target is object.__init__:
                    return None
        elif not callable(spec):
            return None
        else:
            target = spec
        sig = inspect.signature(target)
    except (ValueError, TypeError, AttributeError):
        return None
    if eat_self and inspect.isfunction(target):
        params = list(sig.parameters.values())
        if params and params[0].kind in (params[0].POSITIONAL_ONLY, params[0].POSITIONAL_OR_KEYWORD):
            sig = sig.replace(parameters=params[1:])
    return sig


# -- the mocks ----------------------------------------------------------

class NonCallableMock:
    """A mock that records how it is used: attributes are child mocks made
    on first access, and (in Mock) calls are recorded and answered by
    return_value or side_effect."""

    def __new__(cls, *args, **kw):
        # Each mock gets a class of its own, so that magic methods set on
        # it stay its own.
        ns = {'__doc__': cls.__doc__}
        if issubclass(cls, MagicMixin):
            ns.update(_magic_proxies)
        new = type(cls.__name__, (cls,), ns)
        return object.__new__(new)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None,
                 parent=None, _spec_state=None, _new_name='', _new_parent=None,
                 _spec_as_instance=False, _eat_self=None, unsafe=False, **kwargs):
        if _new_parent is None:
            _new_parent = parent
        d = self.__dict__
        d['_mock_parent'] = parent
        d['_mock_name'] = name
        d['_mock_new_name'] = _new_name
        d['_mock_new_parent'] = _new_parent
        d['_mock_sealed'] = False
        if spec_set is not None:
            spec = spec_set
            spec_set = True
        if _eat_self is None:
            _eat_self = parent is not None
        self._mock_add_spec(spec, spec_set, _spec_as_instance, _eat_self)
        d['_mock_children'] = {}
        d['_mock_wraps'] = wraps
        d['_mock_delegate'] = None
        d['_mock_called'] = False
        d['_mock_call_args'] = None
        d['_mock_call_count'] = 0
        d['_mock_call_args_list'] = _CallList()
        d['_mock_mock_calls'] = _CallList()
        d['method_calls'] = _CallList()
        d['_mock_unsafe'] = unsafe
        d['_mock_return_value'] = DEFAULT
        d['_mock_side_effect'] = None
        if kwargs:
            self.configure_mock(**kwargs)
        if issubclass(type(self), MagicMixin):
            self._mock_set_magics()

    def attach_mock(self, mock, attribute):
        """Attach mock as attribute of this one, its calls recorded here."""
        inner = mock
        inner.__dict__['_mock_parent'] = None
        inner.__dict__['_mock_new_parent'] = None
        inner.__dict__['_mock_name'] = ''
        inner.__dict__['_mock_new_name'] = None
        setattr(self, attribute, mock)

    def mock_add_spec(self, spec, spec_set=False):
        """Limit the mock's attributes to spec's."""
        self._mock_add_spec(spec, spec_set)

    def _mock_add_spec(self, spec, spec_set, _spec_as_instance=False, _eat_self=False):
        spec_class = None
        spec_signature = None
        methods = None
        if spec is not None and not _is_list(spec):
            spec_class = spec if isinstance(spec, type) else type(spec)
            spec_signature = _signature_of(spec, _spec_as_instance, _eat_self)
            methods = dir(spec)
        elif spec is not None:
            methods = list(spec)
        d = self.__dict__
        d['_spec_class'] = spec_class
        d['_spec_set'] = spec_set
        d['_spec_signature'] = spec_signature
        d['_mock_methods'] = methods
        d['_spec_obj'] = spec

    def __get_return_value(self):
        ret = self._mock_return_value
        if self._mock_delegate is not None:
            ret = self._mock_delegate.return_value
        if ret is DEFAULT:
            # Made once even when threads make the first call together.
            with _record_lock:
                ret = self._mock_return_value
                if ret is DEFAULT:
                    ret = self._get_child_mock(_new_parent=self, _new_name='()')
                    self.return_value = ret
        return ret

    def __set_return_value(self, value):
        if self._mock_delegate is not None:
            self._mock_delegate.return_value = value
        else:
            self.__dict__['_mock_return_value'] = value
            _check_and_set_parent(self, value, None, '()')

    return_value = property(__get_return_value, __set_return_value,
                            doc="The value a call returns.")

    @property
    def __class__(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    def _delegated(name):
        attr = '_mock_' + name

        def get(self):
            return self.__dict__[attr]

        def set(self, value):
            self.__dict__[attr] = value
        return property(get, set)

    called = _delegated('called')
    call_count = _delegated('call_count')
    call_args = _delegated('call_args')
    call_args_list = _delegated('call_args_list')
    mock_calls = _delegated('mock_calls')
    del _delegated

    def __get_side_effect(self):
        return self.__dict__['_mock_side_effect']

    def __set_side_effect(self, value):
        if value is not None and not _is_exception(value) and not callable(value):
            try:
                value = iter(value)
            except TypeError:
                pass
        self.__dict__['_mock_side_effect'] = value

    side_effect = property(__get_side_effect, __set_side_effect,
                           doc="An exception to raise, a function to call or an iterable of results.")

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        """Forget the calls made to this mock and its children."""
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))
        d = self.__dict__
        d['_mock_called'] = False
        d['_mock_call_args'] = None
        d['_mock_call_count'] = 0
        d['_mock_mock_calls'] = _CallList()
        d['_mock_call_args_list'] = _CallList()
        d['method_calls'] = _CallList()
        if return_value:
            d['_mock_return_value'] = DEFAULT
        if side_effect:
            d['_mock_side_effect'] = None
        for child in list(self._mock_children.values()):
            if child is _deleted or not _is_instance_mock(child):
                continue
            child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        ret = self._mock_return_value
        if _is_instance_mock(ret) and ret is not self:
            ret.reset_mock(visited)

    def configure_mock(self, **kwargs):
        """Set attributes, dotted names reaching children:
        configure_mock(**{'method.return_value': 3})."""
        for arg, val in sorted(kwargs.items(), key=lambda entry: entry[0].count('.')):
            args = arg.split('.')
            final = args.pop()
            obj = self
            for entry in args:
                obj = getattr(obj, entry)
            setattr(obj, final, val)

    def __getattr__(self, name):
        if name in ('_mock_methods', '_mock_unsafe', '_mock_children', '_spec_class',
                    '_mock_name', '_mock_new_name', '_mock_parent', '_mock_new_parent'):
            raise AttributeError(name)
        methods = self.__dict__.get('_mock_methods')
        if methods is not None:
            if name not in methods or name in _all_magics:
                raise AttributeError("Mock object has no attribute %r" % name)
        elif name in _all_magics or (name.startswith('__') and name.endswith('__')):
            raise AttributeError(name)
        if not self.__dict__.get('_mock_unsafe') and (not methods or name not in methods):
            if name.startswith(('assert', 'assret', 'asert', 'aseert', 'assrt')):
                raise AttributeError(
                    f"{name!r} is not a valid assertion. Use a spec "
                    f"for the mock if {name!r} is meant to be an attribute.")
        with _record_lock:
            children = self._mock_children
            result = children.get(name)
            if result is _deleted:
                raise AttributeError(name)
            if result is None:
                wraps = None
                if self._mock_wraps is not None:
                    wraps = getattr(self._mock_wraps, name)
                kw = {}
                spec = self.__dict__.get('_spec_obj')
                if self.__dict__.get('_mock_autospec') and spec is not None:
                    kw = _autospec_child_kwargs(spec, name, self._spec_set)
                result = self._get_child_mock(parent=self, name=name, wraps=wraps,
                                              _new_name=name, _new_parent=self, **kw)
                if kw:
                    result.__dict__['_mock_autospec'] = True
                children[name] = result
        return result

    def _extract_mock_name(self):
        names = [self._mock_new_name]
        parent = self._mock_new_parent
        last = self
        dot = '.'
        if names == ['()']:
            dot = ''
        while parent is not None:
            last = parent
            names.append(parent._mock_new_name + dot)
            dot = '.'
            if parent._mock_new_name == '()':
                dot = ''
            parent = parent._mock_new_parent
        names = list(reversed(names))
        first = last._mock_name or 'mock'
        if len(names) > 1:
            if names[1] not in ('()', '().'):
                first += '.'
        names[0] = first
        return ''.join(names)

    def __repr__(self):
        name = self._extract_mock_name()
        name_string = ''
        if name not in ('mock', 'mock.'):
            name_string = ' name=%r' % name
        spec_string = ''
        if self._spec_class is not None:
            spec_string = ' spec_set=%r' if self._spec_set else ' spec=%r'
            spec_string = spec_string % self._spec_class.__name__
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_string, spec_string, id(self))

    def __dir__(self):
        if not FILTER_DIR:
            return object.__dir__(self)
        extras = self._mock_methods or []
        from_type = dir(type(self))
        from_dict = list(self.__dict__)
        from_child = [n for n, v in self._mock_children.items() if v is not _deleted]
        from_type = [e for e in from_type if not e.startswith('_')]
        from_dict = [e for e in from_dict if not e.startswith('_') or e in _all_magics]
        return sorted(set(extras + from_type + from_dict + from_child))

    def __setattr__(self, name, value):
        d = self.__dict__
        if name in _allowed_names:
            return object.__setattr__(self, name, value)
        methods = d.get('_mock_methods')
        if (d.get('_spec_set') and methods is not None and name not in methods
                and name not in d):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _unsupported_magics:
            raise AttributeError('Attempting to set unsupported magic method %r.' % name)
        if name in _all_magics:
            if methods is not None and name not in methods:
                raise AttributeError("Mock object has no attribute '%s'" % name)
            if not _is_instance_mock(value):
                setattr(type(self), name, _get_method(name, value))
                original = value
                value = lambda *args, **kw: original(self, *args, **kw)
            else:
                _check_and_set_parent(self, value, None, name)
                setattr(type(self), name, value)
                self._mock_children[name] = value
        elif name == '_mock_methods':
            d['_mock_methods'] = value
            return
        elif _check_and_set_parent(self, value, name, name):
            self._mock_children[name] = value
        if d.get('_mock_sealed') and not hasattr(self, name):
            raise AttributeError("Cannot set %s.%s" % (self._extract_mock_name(), name))
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in _all_magics and name in type(self).__dict__:
            delattr(type(self), name)
            if name not in self.__dict__:
                return
        obj = self._mock_children.get(name, _missing)
        if name in self.__dict__:
            object.__delattr__(self, name)
        elif obj is _deleted:
            raise AttributeError(name)
        if obj is not _missing:
            del self._mock_children[name]
        self._mock_children[name] = _deleted

    def _format_mock_call_signature(self, args, kwargs):
        return _format_call_signature(self._mock_name or 'mock', args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action='call'):
        expected = self._format_mock_call_signature(args, kwargs)
        actual = self._format_mock_call_signature(*self.call_args)
        return 'expected %s not found.\nExpected: %s\n  Actual: %s' % (action, expected, actual)

    def _call_matcher(self, _call):
        """Normalize a call through the spec's signature, so that call(1, b=2)
        and call(1, 2) match for def f(a, b)."""
        sig = self._spec_signature
        if sig is None:
            return _call
        if len(_call) == 2:
            name = ''
            args, kwargs = _call
        else:
            name, args, kwargs = _call
            if name:
                child = self
                for part in name.split('.'):
                    part = part.replace('()', '')
                    if not part:
                        continue
                    try:
                        child = child._mock_children.get(part)
                    except AttributeError:
                        child = None
                    if child is None or not _is_instance_mock(child):
                        return _call
                sig = child._spec_signature
                if sig is None:
                    return _call
        try:
            bound = sig.bind(*args, **kwargs)
        except TypeError as e:
            return e.with_traceback(None)
        return _Call((name, bound.args, bound.kwargs))

    def assert_not_called(self):
        """Fail if the mock was called."""
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count, self._calls_repr()))

    def assert_called(self):
        """Fail unless the mock was called."""
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." % (self._mock_name or 'mock'))

    def assert_called_once(self):
        """Fail unless the mock was called exactly once."""
        if not self.call_count == 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count, self._calls_repr()))

    def assert_called_with(self, *args, **kwargs):
        """Fail unless the last call had these arguments."""
        if self.call_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: not called.' % expected)
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        actual = self._call_matcher(self.call_args)
        if actual != expected:
            cause = expected if isinstance(expected, Exception) else None
            raise AssertionError(self._format_mock_failure_message(args, kwargs)) from cause

    def assert_called_once_with(self, *args, **kwargs):
        """Fail unless the mock was called exactly once, with these
        arguments."""
        if not self.call_count == 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count, self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        """Fail unless mock_calls holds calls: in this order, one after
        another, or in any order."""
        expected = [self._call_matcher(c) for c in calls]
        cause = next((e for e in expected if isinstance(e, Exception)), None)
        all_calls = _CallList(self._call_matcher(c) for c in self.mock_calls)
        if not any_order:
            if expected not in all_calls:
                if cause is None:
                    problem = 'Calls not found.'
                else:
                    problem = ('Error processing expected calls.\n'
                               'Errors: {}').format([e if isinstance(e, Exception) else None
                                                     for e in expected])
                raise AssertionError(
                    f'{problem}\nExpected: {_CallList(calls)}'
                    f'{self._calls_repr(prefix="  Actual").rstrip(".")}') from cause
            return
        all_calls = list(all_calls)
        not_found = []
        for kall in expected:
            try:
                all_calls.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError('%r does not contain all of %r in its call list, found %r instead'
                                 % (self._mock_name or 'mock', tuple(not_found), all_calls)) from cause

    def assert_any_call(self, *args, **kwargs):
        """Fail unless some call had these arguments."""
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        cause = expected if isinstance(expected, Exception) else None
        actual = [self._call_matcher(c) for c in self.call_args_list]
        if cause or not any(expected == c for c in actual):
            raise AssertionError('%s call not found' % self._format_mock_call_signature(args, kwargs)) from cause

    def _get_child_mock(self, **kw):
        """The mock made for an attribute or return value: of the mock's
        own kind, callable ones for non-callable parents."""
        _type = type(self)
        if self._mock_sealed:
            attribute = f".{kw['name']}" if 'name' in kw else '()'
            raise AttributeError(self._extract_mock_name() + attribute)
        if not issubclass(_type, CallableMixin):
            if issubclass(_type, NonCallableMagicMock):
                klass = MagicMock
            elif issubclass(_type, NonCallableMock):
                klass = Mock
        else:
            klass = _type.__mro__[1]
        return klass(**kw)

    def _calls_repr(self, prefix='Calls'):
        if not self.mock_calls:
            return ''
        return f'\n{prefix}: {_safe_repr(self.mock_calls)}.'


_allowed_names = {'return_value', '_mock_return_value', 'side_effect',
                  '_mock_side_effect', '_mock_parent', '_mock_new_parent',
                  '_mock_name', '_mock_new_name', 'called', 'call_count',
                  'call_args', 'call_args_list', 'mock_calls', 'method_calls',
                  '_mock_sealed'}


def _check_and_set_parent(parent, value, name, new_name):
    """Adopt value, a mock without a parent, as parent's child."""
    if not _is_instance_mock(value):
        return False
    if ((value._mock_name or value._mock_new_name) or
            (value._mock_parent is not None) or (value._mock_new_parent is not None)):
        return False
    p = parent
    while p is not None:
        if p is value:
            return False
        p = p._mock_new_parent
    if new_name:
        value.__dict__['_mock_new_parent'] = parent
        value.__dict__['_mock_new_name'] = new_name
    if name:
        value.__dict__['_mock_parent'] = parent
        value.__dict__['_mock_name'] = name
    return True


class CallableMixin:
    """What makes a mock callable: recording the call and answering it."""

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT,
                 wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name='', _new_parent=None, **kwargs):
        self.__dict__['_mock_return_value'] = return_value
        super().__init__(spec, wraps, name, spec_set, parent, _spec_state,
                         _new_name, _new_parent, **kwargs)
        self.__dict__['_mock_return_value'] = return_value
        self.side_effect = side_effect

    def _mock_check_sig(self, *args, **kwargs):
        # Only autospecced mocks check their calls; a spec alone shapes
        # how recorded calls are compared (_call_matcher).
        sig = self._spec_signature
        if sig is not None and self.__dict__.get('_mock_autospec'):
            sig.bind(*args, **kwargs)

    def __call__(self, *args, **kwargs):
        self._mock_check_sig(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)
        return self._execute_mock_call(*args, **kwargs)

    def _increment_mock_call(self, *args, **kwargs):
        with _record_lock:
            d = self.__dict__
            d['_mock_called'] = True
            d['_mock_call_count'] += 1
            _call = _Call((args, kwargs), two=True)
            d['_mock_call_args'] = _call
            d['_mock_call_args_list'].append(_call)
            do_method_calls = self._mock_parent is not None
            method_call_name = self._mock_name
            mock_call_name = self._mock_new_name
            is_a_call = mock_call_name == '()'
            d['_mock_mock_calls'].append(_Call(('', args, kwargs)))
            parent = self._mock_new_parent
            while parent is not None:
                if do_method_calls:
                    parent.method_calls.append(_Call((method_call_name, args, kwargs)))
                    do_method_calls = parent._mock_parent is not None
                    if do_method_calls:
                        method_call_name = parent._mock_name + '.' + method_call_name
                parent.mock_calls.append(_Call((mock_call_name, args, kwargs)))
                if parent._mock_new_name:
                    dot = '' if is_a_call else '.'
                    is_a_call = parent._mock_new_name == '()'
                    mock_call_name = parent._mock_new_name + dot + mock_call_name
                parent = parent._mock_new_parent

    def _execute_mock_call(self, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not callable(effect):
                with _record_lock:
                    result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: calls are recorded (call_args, call_args_list,
    mock_calls) and answered by side_effect, then return_value (a child
    mock unless set), then the wrapped object."""


class MagicMixin:
    """The magic methods, configured with CPython's defaults: len() is 0,
    iteration is empty, bool() is True, int() is 1, with-statements work
    and ==/!= compare identity."""

    def _mock_set_magics(self):
        methods = self._mock_methods
        if methods is not None:
            _type = type(self)
            for entry in _magics - set(methods):
                if entry in _type.__dict__:
                    delattr(_type, entry)


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A non-callable mock with the magic methods configured."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class MagicMock(MagicMixin, Mock):
    """A Mock with the magic methods configured."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class PropertyMock(Mock):
    """A mock to use as a property of a class: getting the attribute calls
    it with no arguments, setting calls it with the value."""

    def _get_child_mock(self, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


# -- autospec -----------------------------------------------------------

def _autospec_child_kwargs(spec, name, spec_set):
    """The spec arguments of an autospecced mock's child for spec.name."""
    try:
        original = getattr(spec, name)
    except AttributeError:
        return {}
    kw = {'spec_set' if spec_set else 'spec': original}
    if isinstance(spec, type) and inspect.isfunction(original):
        # A method looked up on the class: self is bound at the call.
        kw['_eat_self'] = True
    elif not isinstance(spec, type) and inspect.ismethod(original):
        kw['_eat_self'] = False
    return kw


def create_autospec(spec, spec_set=False, instance=False, _parent=None,
                    _name=None, *, unsafe=False, **kwargs):
    """A mock with spec's attributes, whose callables (and methods, looked
    up as they are used) check their calls against spec's signatures."""
    if _is_list(spec):
        spec = type(spec)
    is_type = isinstance(spec, type)
    if not is_type and not callable(spec) or instance:
        Klass = NonCallableMagicMock if not (instance and _instance_callable(spec)) else MagicMock
    else:
        Klass = MagicMock
    if inspect.isfunction(spec) or inspect.ismethod(spec) or inspect.isbuiltin(spec):
        Klass = MagicMock
    if inspect.isfunction(spec) and not instance:
        _kwargs = {'spec_set' if spec_set else 'spec': spec}
        if _name is not None:
            _kwargs['name'] = _name
        _kwargs.update(kwargs)
        mock = MagicMock(parent=_parent, **_kwargs)
        mock.__dict__['_mock_autospec'] = True
        return _autospec_function(spec, mock)
    _kwargs = {'spec_set' if spec_set else 'spec': spec}
    if _name is not None:
        _kwargs['name'] = _name
    _kwargs.update(kwargs)
    mock = Klass(parent=_parent, _spec_as_instance=instance, **_kwargs)
    mock.__dict__['_mock_autospec'] = True
    if is_type and not instance:
        ret = create_autospec(spec, spec_set, instance=True, _name='()', _parent=None)
        ret.__dict__['_mock_new_parent'] = mock
        ret.__dict__['_mock_new_name'] = '()'
        mock.__dict__['_mock_return_value'] = ret
    return mock


_function_mock_attrs = ('called', 'call_count', 'call_args', 'call_args_list',
                        'mock_calls', 'method_calls')


def _autospec_function(spec, mock):
    """A real function standing for the autospecced function spec (so it
    binds as a method when set on a class), checking its calls against
    spec's signature and passing them to mock, whose assertions, records,
    return_value and side_effect it carries."""
    sig = inspect.signature(spec)

    def funcopy(*args, **kwargs):
        sig.bind(*args, **kwargs)
        if funcopy.return_value is not mock.return_value:
            mock.return_value = funcopy.return_value
        if funcopy.side_effect is not mock.side_effect:
            mock.side_effect = funcopy.side_effect
        try:
            return mock(*args, **kwargs)
        finally:
            sync()

    def sync():
        for attr in _function_mock_attrs:
            setattr(funcopy, attr, getattr(mock, attr))
        funcopy.side_effect = mock.side_effect

    def reset_mock(*args, **kwargs):
        mock.reset_mock(*args, **kwargs)
        sync()
        funcopy.return_value = mock.return_value

    for attr in ('__name__', '__qualname__', '__doc__', '__module__'):
        try:
            setattr(funcopy, attr, getattr(spec, attr))
        except (AttributeError, TypeError):
            pass
    funcopy.mock = mock
    funcopy.return_value = mock.return_value
    for attr in ('assert_called_with', 'assert_called_once_with',
                 'assert_has_calls', 'assert_any_call', 'assert_called',
                 'assert_called_once', 'assert_not_called'):
        setattr(funcopy, attr, getattr(mock, attr))
    funcopy.reset_mock = reset_mock
    sync()
    return funcopy


# -- patch --------------------------------------------------------------

def _dot_lookup(thing, comp, import_path):
    try:
        return getattr(thing, comp)
    except AttributeError:
        __import__(import_path)
        return getattr(thing, comp)


def _importer(target):
    components = target.split('.')
    import_path = components.pop(0)
    thing = __import__(import_path)
    for comp in components:
        import_path += '.%s' % comp
        thing = _dot_lookup(thing, comp, import_path)
    return thing


def _get_target(target):
    try:
        target, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError(f"Need a valid target to patch. You supplied: {target!r}")
    return partial(_importer, target), attribute


_builtins = {name for name in dir(builtins) if not name.startswith('_')}
_patch_lock = RLock()


class _patch:
    attribute_name = None
    _active_patches = []

    def __init__(self, getter, attribute, new, spec, create, spec_set,
                 autospec, new_callable, kwargs, *, unsafe=False):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError("Cannot use 'autospec' and 'new_callable' together")
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.has_local = False
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.additional_patchers = []
        self.unsafe = unsafe

    def copy(self):
        patcher = _patch(self.getter, self.attribute, self.new, self.spec,
                         self.create, self.spec_set, self.autospec,
                         self.new_callable, self.kwargs, unsafe=self.unsafe)
        patcher.attribute_name = self.attribute_name
        patcher.additional_patchers = [p.copy() for p in self.additional_patchers]
        return patcher

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        return self.decorate_callable(func)

    def decorate_class(self, klass):
        for attr in dir(klass):
            if not attr.startswith(patch.TEST_PREFIX):
                continue
            attr_value = getattr(klass, attr)
            if not hasattr(attr_value, '__call__'):
                continue
            patcher = self.copy()
            setattr(klass, attr, patcher(attr_value))
        return klass

    @contextlib.contextmanager
    def decoration_helper(self, patched, args, keywargs):
        extra_args = []
        with contextlib.ExitStack() as exit_stack:
            for patching in patched.patchings:
                arg = exit_stack.enter_context(patching)
                if patching.attribute_name is not None:
                    keywargs.update(arg)
                elif patching.new is DEFAULT:
                    extra_args.append(arg)
            args += tuple(extra_args)
            yield (args, keywargs)

    def decorate_callable(self, func):
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        @wraps(func)
        def patched(*args, **keywargs):
            with self.decoration_helper(patched, args, keywargs) as (newargs, newkeywargs):
                return func(*newargs, **newkeywargs)

        patched.patchings = [self]
        return patched

    def get_original(self):
        target = self.getter()
        name = self.attribute
        original = DEFAULT
        local = False
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError):
            original = getattr(target, name, DEFAULT)
        else:
            local = True
        if name in _builtins and isinstance(target, ModuleType):
            self.create = True
        if not self.create and original is DEFAULT:
            raise AttributeError("%s does not have the attribute %r" % (target, name))
        return original, local

    def __enter__(self):
        """Put the patch in place; return the new object."""
        new, spec, spec_set = self.new, self.spec, self.spec_set
        autospec, kwargs = self.autospec, self.kwargs
        new_callable = self.new_callable
        self.target = self.getter()
        if spec is False:
            spec = None
        if spec_set is False:
            spec_set = None
        if autospec is False:
            autospec = None
        if spec is not None and autospec is not None:
            raise TypeError("Can't specify spec and autospec")
        if ((spec is not None or autospec is not None) and
                spec_set not in (True, None)):
            raise TypeError("Can't provide explicit spec_set *and* spec or autospec")
        original, local = self.get_original()
        if new is DEFAULT and autospec is None:
            inherit = False
            if spec is True:
                spec = original
                if spec_set is True:
                    spec_set = original
                    spec = None
            elif spec is not None:
                if spec_set is True:
                    spec_set = spec
                    spec = None
            elif spec_set is True:
                spec_set = original
            if spec is not None or spec_set is not None:
                if original is DEFAULT:
                    raise TypeError("Can't use 'spec' with create=True")
                if isinstance(original, type):
                    inherit = True
            Klass = MagicMock
            _kwargs = {}
            if new_callable is not None:
                Klass = new_callable
            elif spec is not None or spec_set is not None:
                this_spec = spec if spec_set is None else spec_set
                if _is_list(this_spec):
                    not_callable = '__call__' not in this_spec
                else:
                    not_callable = not callable(this_spec)
                if not_callable:
                    Klass = NonCallableMagicMock
            if spec is not None:
                _kwargs['spec'] = spec
            if spec_set is not None:
                _kwargs['spec_set'] = spec_set
            if (isinstance(Klass, type) and issubclass(Klass, NonCallableMock)
                    and self.attribute):
                _kwargs['name'] = self.attribute
            _kwargs.update(kwargs)
            new = Klass(**_kwargs)
            if inherit and _is_instance_mock(new):
                this_spec = spec if spec_set is None else spec_set
                if not _is_list(this_spec) and not _instance_callable(this_spec):
                    Klass = NonCallableMagicMock
                _kwargs.pop('name')
                new.return_value = Klass(_new_parent=new, _new_name='()', **_kwargs)
        elif autospec is not None:
            if new is not DEFAULT:
                raise TypeError("autospec creates the mock for you. Can't specify autospec and new.")
            if original is DEFAULT:
                raise TypeError("Can't use 'autospec' with create=True")
            spec_set = bool(spec_set)
            if autospec is True:
                autospec = original
            new = create_autospec(autospec, spec_set=spec_set, _name=self.attribute, **kwargs)
        elif kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")
        new_attr = new
        self.temp_original = original
        self.is_local = local
        self._exit_stack = contextlib.ExitStack()
        try:
            setattr(self.target, self.attribute, new_attr)
            if self.attribute_name is not None:
                extra_args = {}
                if self.new is DEFAULT:
                    extra_args[self.attribute_name] = new
                for patching in self.additional_patchers:
                    arg = self._exit_stack.enter_context(patching)
                    if patching.new is DEFAULT:
                        extra_args.update(arg)
                return extra_args
            return new
        except:
            if not self.__exit__(*sys.exc_info()):
                raise

    def __exit__(self, *exc_info):
        """Undo the patch."""
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and (not hasattr(self.target, self.attribute) or
                                    self.attribute in ('__doc__', '__module__',
                                                       '__defaults__', '__annotations__',
                                                       '__kwdefaults__')):
                # The attribute was found on a class or module of the
                # target rather than in its own dict: put it back there.
                setattr(self.target, self.attribute, self.temp_original)
        del self.temp_original
        del self.is_local
        del self.target
        exit_stack = self._exit_stack
        del self._exit_stack
        return exit_stack.__exit__(*exc_info)

    def start(self):
        """Activate the patch; stop() or patch.stopall() undoes it."""
        result = self.__enter__()
        with _patch_lock:
            self._active_patches.append(self)
        return result

    def stop(self):
        """Undo a patch started with start()."""
        with _patch_lock:
            try:
                self._active_patches.remove(self)
            except ValueError:
                return None
        return self.__exit__(None, None, None)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False,
                  spec_set=None, autospec=None, new_callable=None, *,
                  unsafe=False, **kwargs):
    """patch.object(target, attribute, ...): patch target.attribute."""
    if type(target) is str:
        raise TypeError(f"{target!r} must be the actual object to be patched, not a str")
    return _patch(lambda: target, attribute, new, spec, create, spec_set,
                  autospec, new_callable, kwargs, unsafe=unsafe)


def _patch_multiple(target, spec=None, create=False, spec_set=None,
                    autospec=None, new_callable=None, **kwargs):
    """patch.multiple(target, a=DEFAULT, b=value): several attributes at
    once; those given DEFAULT are passed to the test by name."""
    if type(target) is str:
        getter = partial(_importer, target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError('Must supply at least one keyword argument with patch.multiple')
    items = list(kwargs.items())
    attribute, new = items[0]
    patcher = _patch(getter, attribute, new, spec, create, spec_set,
                     autospec, new_callable, {})
    patcher.attribute_name = attribute
    for attribute, new in items[1:]:
        this_patcher = _patch(getter, attribute, new, spec, create, spec_set,
                              autospec, new_callable, {})
        this_patcher.attribute_name = attribute
        patcher.additional_patchers.append(this_patcher)
    return patcher


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None,
          autospec=None, new_callable=None, *, unsafe=False, **kwargs):
    """Replace the object named by target ('package.module.Name') with new
    (a MagicMock by default) while a decorated function runs or a with
    block lasts, or from start() to stop()."""
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec,
                  new_callable, kwargs, unsafe=unsafe)


class _patch_dict:
    """patch.dict(in_dict, values, clear=False, **kw): set keys of a
    mapping for the length of a test, restoring its contents after."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            return self.decorate_class(f)

        @wraps(f)
        def _inner(*args, **kw):
            self._patch_dict()
            try:
                return f(*args, **kw)
            finally:
                self._unpatch_dict()
        return _inner

    def decorate_class(self, klass):
        for attr in dir(klass):
            attr_value = getattr(klass, attr)
            if attr.startswith(patch.TEST_PREFIX) and hasattr(attr_value, '__call__'):
                decorator = _patch_dict(self.in_dict, self.values, self.clear)
                setattr(klass, attr, decorator(attr_value))
        return klass

    def __enter__(self):
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        values = self.values
        if isinstance(self.in_dict, str):
            self.in_dict = _importer(self.in_dict)
        in_dict = self.in_dict
        clear = self.clear
        try:
            original = in_dict.copy()
        except AttributeError:
            original = {}
            for key in in_dict:
                original[key] = in_dict[key]
        self._original = original
        if clear:
            _clear_dict(in_dict)
        try:
            in_dict.update(values)
        except AttributeError:
            for key in values:
                in_dict[key] = values[key]

    def _unpatch_dict(self):
        in_dict = self.in_dict
        original = self._original
        _clear_dict(in_dict)
        try:
            in_dict.update(original)
        except AttributeError:
            for key in original:
                in_dict[key] = original[key]

    def __exit__(self, *args):
        if self._original is not None:
            self._unpatch_dict()
        return False

    def start(self):
        result = self.__enter__()
        with _patch_lock:
            _patch._active_patches.append(self)
        return result

    def stop(self):
        with _patch_lock:
            try:
                _patch._active_patches.remove(self)
            except ValueError:
                return None
        return self.__exit__(None, None, None)


def _clear_dict(in_dict):
    try:
        in_dict.clear()
    except AttributeError:
        for key in list(in_dict):
            del in_dict[key]


def _patch_stopall():
    """Stop every patch started with start(), newest first."""
    with _patch_lock:
        active = list(reversed(_patch._active_patches))
    for p in active:
        p.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'


# -- mock_open and seal -------------------------------------------------

def _to_stream(read_data):
    import io
    if isinstance(read_data, bytes):
        return io.BytesIO(read_data)
    return io.StringIO(read_data)


def mock_open(mock=None, read_data=''):
    """A MagicMock standing for open(): its handle's read, readline,
    readlines and iteration serve read_data, and writes are recorded."""
    _read_data = [read_data]
    state = [None, None]

    def _readlines_side_effect(*args, **kwargs):
        if handle.readlines.return_value is not None:
            return handle.readlines.return_value
        return state[0].readlines(*args, **kwargs)

    def _read_side_effect(*args, **kwargs):
        if handle.read.return_value is not None:
            return handle.read.return_value
        return state[0].read(*args, **kwargs)

    def _readline_side_effect(*args, **kwargs):
        if handle.readline.return_value is not None:
            return handle.readline.return_value
        return state[0].readline(*args, **kwargs)

    def _iter_side_effect():
        if handle.readline.return_value is not None:
            while True:
                yield handle.readline.return_value
        for line in state[0]:
            yield line

    def _next_side_effect():
        if handle.readline.return_value is not None:
            return handle.readline.return_value
        return next(state[0])

    if mock is None:
        mock = MagicMock(name='open', spec=open)
    handle = MagicMock(spec=_file_spec())
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    handle.read.return_value = None
    handle.readline.return_value = None
    handle.readlines.return_value = None
    state[0] = _to_stream(read_data)
    handle.read.side_effect = _read_side_effect
    handle.readline.side_effect = _readline_side_effect
    handle.readlines.side_effect = _readlines_side_effect
    handle.__iter__.side_effect = _iter_side_effect
    handle.__next__ = MagicMock(side_effect=_next_side_effect)

    def reset_data(*args, **kwargs):
        state[0] = _to_stream(_read_data[0])
        if handle.readline.side_effect == state[1]:
            state[1] = _readline_side_effect
            handle.readline.side_effect = state[1]
        return DEFAULT

    mock.side_effect = reset_data
    mock.return_value = handle
    return mock


_file_spec_cache = []


def _file_spec():
    if not _file_spec_cache:
        import io
        names = set(dir(io.TextIOWrapper)) | set(dir(io.BytesIO))
        names.update(('__enter__', '__exit__', '__iter__', '__next__', 'read',
                      'readline', 'readlines', 'write', 'writelines', 'close',
                      'flush', 'seek', 'tell', 'fileno', 'name', 'mode'))
        _file_spec_cache.append(sorted(names))
    return _file_spec_cache[0]


def seal(mock):
    """Stop mock and its children from making new attributes: reading an
    attribute not yet made raises AttributeError."""
    mock.__dict__['_mock_sealed'] = True
    for attr in dir(mock):
        try:
            m = getattr(mock, attr)
        except AttributeError:
            continue
        if not _is_instance_mock(m):
            continue
        if m._mock_new_parent is mock:
            seal(m)
