"""Plain-text documentation of Python objects, as CPython's pydoc writes
it for help(): an object's signature and docstring and, for classes and
modules, their members. This is the part of pydoc that help() needs
(render_doc, plain, describe, locate, getdoc, doc, help); there is no
pager, no HTML and no server: the text goes to sys.stdout."""

import builtins
import inspect
import sys

__all__ = ['help', 'doc', 'render_doc', 'describe', 'locate', 'getdoc', 'plain']


def getdoc(obj):
    """The cleaned docstring of obj, or '' when it has none."""
    try:
        doc = inspect.getdoc(obj)
    except Exception:
        doc = getattr(obj, '__doc__', None)
        if not isinstance(doc, str):
            doc = None
        elif doc:
            doc = inspect.cleandoc(doc)
    return doc or ''


def plain(text):
    """Remove the bold of a text made for a terminal (none here)."""
    return text


def describe(thing):
    """A short description of what kind of object thing is."""
    if inspect.ismodule(thing):
        if thing.__name__ in sys.builtin_module_names:
            return 'built-in module ' + thing.__name__
        if hasattr(thing, '__path__'):
            return 'package ' + thing.__name__
        return 'module ' + thing.__name__
    if inspect.isbuiltin(thing):
        return 'built-in function ' + thing.__name__
    if isinstance(thing, property):
        return 'property'
    if inspect.isclass(thing):
        return 'class ' + thing.__name__
    if inspect.isfunction(thing):
        return 'function ' + thing.__name__
    if inspect.ismethod(thing):
        return 'method ' + thing.__name__
    if inspect.isgenerator(thing):
        return 'generator ' + getattr(thing, '__name__', '')
    return type(thing).__name__


def locate(path, forceload=0):
    """The object a dotted path names (a module, or an attribute below
    one), or None."""
    parts = [p for p in path.split('.') if p]
    module, n = None, 0
    while n < len(parts):
        try:
            nextmodule = __import__('.'.join(parts[:n + 1]))
        except ImportError:
            break
        module, n = nextmodule, n + 1
    if module is not None:
        obj = module
    else:
        obj = builtins
    for part in parts[1:] if module is not None else parts:
        try:
            obj = getattr(obj, part)
        except AttributeError:
            return None
    return obj


def _signature(name, obj):
    try:
        return name + str(inspect.signature(obj))
    except (ValueError, TypeError):
        pass
    text = getattr(obj, '__text_signature__', None)
    if isinstance(text, str) and text:
        return name + text.replace('($self, ', '(').replace('($self)', '()')
    return name + '(...)'


def _indent(text, prefix='    '):
    return '\n'.join(prefix + line for line in text.split('\n'))


def _routine(name, obj, note=''):
    """A function or method: its signature, then its docstring indented."""
    shown = name
    realname = getattr(obj, '__name__', name)
    if realname != name and not name.startswith('<'):
        shown = name + ' = ' + realname
    line = _signature(shown, obj) + note
    doc = getdoc(obj)
    if doc:
        return line + '\n' + _indent(doc) + '\n'
    return line + '\n'


def _data(name, value):
    try:
        r = repr(value)
    except Exception:
        r = '<unrepresentable>'
    if len(r) > 70:
        r = r[:33] + '...' + r[-34:]
    return '%s = %s\n' % (name, r)


def _classname(cls, modname):
    name = cls.__qualname__ if hasattr(cls, '__qualname__') else cls.__name__
    if cls.__module__ != modname:
        name = cls.__module__ + '.' + name
    return name


def _visible(name, all_names=None):
    if all_names is not None:
        return name in all_names
    if name in ('__author__', '__builtins__', '__cached__', '__credits__',
                '__date__', '__doc__', '__file__', '__spec__', '__loader__',
                '__module__', '__name__', '__package__', '__path__',
                '__qualname__', '__slots__', '__version__', '__dict__',
                '__weakref__', '__match_args__', '__annotations__'):
        return False
    if name.startswith('__') and name.endswith('__'):
        return True
    return not name.startswith('_')


def _class_doc(cls, name=None, modname=None):
    modname = modname if modname is not None else cls.__module__
    realname = cls.__name__
    name = name or realname
    bases = cls.__bases__
    title = 'class ' + name
    if name != realname:
        title = name + ' = class ' + realname
    if bases:
        title += '(%s)' % ', '.join(_classname(b, modname) for b in bases)
    lines = []
    try:
        sig = inspect.signature(cls)
        if str(sig) != '(*args, **kwargs)':
            lines.append(realname + str(sig))
            lines.append('')
    except (ValueError, TypeError):
        pass
    doc = getdoc(cls)
    if doc:
        lines.extend(doc.split('\n'))
        lines.append('')
    mro = inspect.getmro(cls) if hasattr(inspect, 'getmro') else cls.__mro__
    if len(mro) > 2:
        lines.append('Method resolution order:')
        for base in mro:
            lines.append('    ' + _classname(base, modname))
        lines.append('')

    attrs = [(k, v) for k, v in sorted(vars(cls).items()) if _visible(k)]
    sections = [
        ('Methods defined here:', lambda v: inspect.isroutine(v) and not isinstance(v, (staticmethod, classmethod))),
        ('Class methods defined here:', lambda v: isinstance(v, classmethod)),
        ('Static methods defined here:', lambda v: isinstance(v, staticmethod)),
        ('Readonly properties defined here:', lambda v: isinstance(v, property) and v.fset is None),
        ('Data descriptors defined here:', lambda v: inspect.isdatadescriptor(v) and not (isinstance(v, property) and v.fset is None)),
    ]
    done = set()
    first = True
    for title_text, test in sections:
        members = [(k, v) for k, v in attrs if k not in done and test(v)]
        if not members:
            continue
        if not first:
            lines.append('-' * 70)
        first = False
        lines.append(title_text)
        lines.append('')
        for k, v in members:
            done.add(k)
            if isinstance(v, classmethod):
                lines.extend(_routine(k, getattr(cls, k), ' from builtins.type').split('\n'))
            elif isinstance(v, staticmethod):
                lines.extend(_routine(k, v.__func__).split('\n'))
            elif inspect.isroutine(v):
                lines.extend(_routine(k, v).split('\n'))
            else:
                lines.append(k)
                d = getdoc(v)
                if d:
                    lines.extend(_indent(d).split('\n'))
                lines.append('')
    data = [(k, v) for k, v in attrs if k not in done and not inspect.isroutine(v)
            and not inspect.isdatadescriptor(v) and not (k.startswith('__') and k.endswith('__'))]
    if data:
        if not first:
            lines.append('-' * 70)
        lines.append('Data and other attributes defined here:')
        lines.append('')
        for k, v in data:
            lines.append(_data(k, v).rstrip('\n'))
        lines.append('')
    body = '\n'.join(' |  ' + l if l else ' |  ' for l in lines)
    return title + '\n' + body.rstrip() + '\n'


def _section(title, text):
    return title + '\n' + _indent(text.rstrip('\n')) + '\n\n'


def _module_doc(mod):
    name = mod.__name__
    doc = getdoc(mod)
    synopsis = doc.split('\n', 1)[0] if doc else ''
    out = _section('NAME', name + (' - ' + synopsis if synopsis else ''))
    if doc:
        rest = doc.split('\n', 1)[1].strip('\n') if '\n' in doc else ''
        if rest:
            out += _section('DESCRIPTION', rest)
    all_names = getattr(mod, '__all__', None)
    members = sorted(vars(mod).items())
    classes = [(k, v) for k, v in members if inspect.isclass(v)
               and _visible(k, all_names) and (all_names is not None or getattr(v, '__module__', None) == name)]
    funcs = [(k, v) for k, v in members if inspect.isroutine(v) and _visible(k, all_names)
             and (all_names is not None or inspect.isbuiltin(v) or getattr(v, '__module__', None) == name)]
    data = [(k, v) for k, v in members if not inspect.isclass(v) and not inspect.isroutine(v)
            and not inspect.ismodule(v) and _visible(k, all_names) and not k.startswith('__')]
    if classes:
        out += _section('CLASSES', '\n'.join(_class_doc(v, k, name) for k, v in classes))
    if funcs:
        out += _section('FUNCTIONS', '\n'.join(_routine(k, v) for k, v in funcs))
    if data:
        out += _section('DATA', ''.join(_data(k, v) for k, v in data))
    version = getattr(mod, '__version__', None)
    if version is not None:
        out += _section('VERSION', str(version))
    f = getattr(mod, '__file__', None)
    out += _section('FILE', f if f else '(built-in)')
    return out


def render_doc(thing, title='Python Library Documentation: %s', forceload=0, renderer=None):
    """The text help(thing) prints."""
    if isinstance(thing, str):
        obj = locate(thing)
        if obj is None:
            raise ImportError('No Python documentation found for %r.\n'
                              "Use help() to get the interactive help utility.\n"
                              "Use help(str) for help on the str class." % thing)
        name = thing.split('.')[-1]
        thing = obj
    else:
        name = getattr(thing, '__name__', None)
    desc = describe(thing)
    module = inspect.getmodule(thing) if hasattr(inspect, 'getmodule') else None
    if name and '.' in name:
        desc += ' in ' + name[:name.rfind('.')]
    elif module and module is not thing:
        desc += ' in module ' + module.__name__
    if inspect.ismodule(thing):
        text = _module_doc(thing)
    elif inspect.isclass(thing):
        text = _class_doc(thing)
    elif inspect.isroutine(thing):
        text = _routine(name or thing.__name__, thing) + '\n'
    elif isinstance(thing, property) or inspect.isdatadescriptor(thing):
        text = (name or '') + '\n' + _indent(getdoc(thing)) + '\n'
    else:
        # An instance: document its class, as pydoc does.
        thing = type(thing)
        desc += ' object'
        text = _class_doc(thing)
    return (title % desc) + '\n\n' + text


def doc(thing, title='Python Library Documentation: %s', forceload=0, output=None):
    """Print the documentation of thing."""
    try:
        text = render_doc(thing, title, forceload)
    except ImportError as e:
        print(e)
        return
    (output or sys.stdout).write(text)


class _Helper:
    """The builtin help: help(thing) prints thing's documentation."""

    def __repr__(self):
        return ('Type help() for interactive help, or help(object) '
                'for help about object.')

    def __call__(self, *args, **kwds):
        if not args:
            print("gilfree has no interactive help utility; "
                  "use help(object) for help about object.")
            return None
        return doc(args[0], 'Help on %s:')


help = _Helper()
