# traceback (formatting and printing tracebacks, stacks and chains, the
# same text as the interpreter's report), warnings (default filters,
# once per location, catch_warnings, the error action), platform, and
# atexit (its functions print after the last line of the script).

import atexit
import io
import linecache
import os
import platform
import sys
import traceback
import warnings


def raises(exc, fn, *args, **kw):
    """Call fn(*args), check it raises exc, and return the exception."""
    try:
        fn(*args, **kw)
    except exc as e:
        return e
    raise AssertionError(f"{fn!r}{args!r} did not raise {exc.__name__}")


HERE = __file__


def here(s):
    return s.replace(HERE, 'HERE')


# traceback -----------------------------------------------------------------

def inner(x):
    return 1 / x


def outer(x):
    d = {'a': 1}
    return inner(x) + d['a']


try:
    outer(0)
except ZeroDivisionError as exc:
    text = traceback.format_exc()
    lines = text.splitlines()
    assert lines[0] == 'Traceback (most recent call last):'
    assert lines[-1] == 'ZeroDivisionError: division by zero'
    assert '    return 1 / x' in lines and '           ~~^~~' in lines
    assert '           ^^^^^^^^' in lines
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    assert buf.getvalue() == text
    et, ev, tb = sys.exc_info()
    summary = traceback.extract_tb(tb)
    assert isinstance(summary, traceback.StackSummary) and isinstance(summary, list) and len(summary) == 3
    assert [(fs.name, fs.line) for fs in summary] == [
        ('<module>', 'outer(0)'), ('outer', "return inner(x) + d['a']"), ('inner', 'return 1 / x')]
    fs = summary[2]
    assert fs.filename == HERE and fs.lineno == inner.__code__.co_firstlineno + 1
    assert tuple(fs) == (HERE, fs.lineno, 'inner', 'return 1 / x') and len(fs) == 4
    assert fs == (HERE, fs.lineno, 'inner', 'return 1 / x') and fs[2] == 'inner'
    filename, lineno, name, line = fs
    assert name == 'inner' and line == 'return 1 / x'
    assert here(repr(fs)) == '<FrameSummary file HERE, line %d in inner>' % fs.lineno
    assert [fs.name for fs in traceback.extract_tb(tb, limit=1)] == ['<module>']
    assert [fs.name for fs in traceback.extract_tb(tb, limit=-1)] == ['inner']
    assert ''.join(traceback.format_tb(tb)) == ''.join(lines[1:-1]) + '\n' or \
        ''.join(traceback.format_tb(tb)).splitlines() == lines[1:-1]
    assert traceback.format_exception_only(et, ev) == ['ZeroDivisionError: division by zero\n']
    assert traceback.format_exception_only(ev) == ['ZeroDivisionError: division by zero\n']
    assert traceback.format_exception(et, ev, tb) == traceback.format_exception(ev)
    assert ''.join(traceback.format_exception(ev)) == text
    assert [f.f_code.co_name for f, n in traceback.walk_tb(tb)] == ['<module>', 'outer', 'inner']
    print(here(text), end='')


def lookup(d):
    return d['missing']


try:
    try:
        lookup({})
    except KeyError as e:
        raise ValueError('bad value') from e
except ValueError as e:
    buf = io.StringIO()
    traceback.print_exception(e, file=buf)
    chained = buf.getvalue()
    assert "KeyError: 'missing'" in chained and chained.endswith('ValueError: bad value\n')
    assert '\nThe above exception was the direct cause of the following exception:\n\n' in chained
    assert ''.join(traceback.format_exception(e, chain=False)).count('Traceback') == 1
    print(here(chained), end='')

try:
    try:
        [][1]
    except IndexError:
        {}['k']
except KeyError:
    ctx = traceback.format_exc()
    assert 'During handling of the above exception, another exception occurred:' in ctx
    assert ctx.startswith('Traceback') and ctx.endswith("KeyError: 'k'\n")
    assert 'IndexError' not in traceback.format_exc(chain=False)
    assert traceback.format_exc(limit=0).splitlines()[-1] == "KeyError: 'k'"
    print(here(ctx), end='')

try:
    try:
        raise OSError('first')
    except OSError:
        raise RuntimeError('second') from None
except RuntimeError:
    suppressed = traceback.format_exc()
    assert 'first' not in suppressed and suppressed.count('Traceback') == 1


def rec(n):
    if n == 0:
        raise RecursionError('deep enough')
    return rec(n - 1)


try:
    rec(12)
except RecursionError:
    folded = traceback.format_exc()
    assert '  [Previous line repeated 9 more times]\n' in folded
    print(here(folded), end='')


class AppError(Exception):
    pass


try:
    raise AppError()
except AppError:
    assert traceback.format_exc().splitlines()[-1] == 'AppError'
e = ValueError('with note')
e.add_note('note 1')
e.add_note('two\nlines')
assert traceback.format_exception_only(e) == ['ValueError: with note\n', 'note 1\n', 'two\n', 'lines\n']
assert traceback.format_exception_only(ValueError()) == ['ValueError\n']
assert traceback.format_exception_only(OSError(2, 'x')) == ['FileNotFoundError: [Errno 2] x\n']
import subprocess
assert traceback.format_exception_only(subprocess.SubprocessError('s')) == ['subprocess.SubprocessError: s\n']
try:
    compile('x = (1,', 'f.py', 'exec')
except SyntaxError as se:
    only = traceback.format_exception_only(se)
    assert only[0] == '  File "f.py", line 1\n' and only[-1].startswith('SyntaxError: ')
    print(''.join(only), end='')
assert traceback.format_exc() == 'NoneType: None\n'
te = traceback.TracebackException.from_exception(ValueError('z'))
assert list(te.format()) == ['ValueError: z\n'] and str(te) == 'z' and te.exc_type is ValueError
e = raises(ValueError, traceback.print_exception, ValueError, ValueError('x'))
assert str(e) == 'Both or neither of value and tb must be given'


def where():
    return traceback.extract_stack()


st = where()
assert [fs.name for fs in st][-2:] == ['<module>', 'where'] and st[-1].line == 'return traceback.extract_stack()'


def show_stack():
    buf = io.StringIO()
    traceback.print_stack(file=buf)
    return buf.getvalue()


stack_text = show_stack()
assert stack_text.splitlines()[-1] == '    traceback.print_stack(file=buf)'
assert here(stack_text).splitlines()[0].startswith('  File "HERE", line ')


def fmt():
    return traceback.format_stack()


assert fmt()[-1].endswith('    return traceback.format_stack()\n') and '    assert fmt()[-1].endswith(' in fmt()[-2]
assert traceback.format_list([('a.py', 1, 'fn', 'x = 1'), ('b.py', 2, 'gn', None)]) == [
    '  File "a.py", line 1, in fn\n    x = 1\n', '  File "b.py", line 2, in gn\n']
fs = traceback.FrameSummary('c.py', 3, 'hn', line='  y = 2  ')
assert fs.line == 'y = 2' and traceback.StackSummary.from_list([fs]).format() == ['  File "c.py", line 3, in hn\n    y = 2\n']

assert linecache.getline(HERE, 1).startswith('# traceback') and linecache.getline(HERE, 10**6) == ''
assert linecache.getline('/no/such/file.py', 1) == ''
assert linecache.getline(os.__file__, 1) != ''

# warnings ------------------------------------------------------------------

def capture(fn, *a, **k):
    old = sys.stderr
    sys.stderr = buf = io.StringIO()
    try:
        fn(*a, **k)
    finally:
        sys.stderr = old
    return here(buf.getvalue())


def warn_twice():
    for i in range(3):
        warnings.warn('loop warning')


out = capture(warn_twice)
assert out.count('UserWarning: loop warning') == 1
assert out.startswith('HERE:%d: UserWarning: loop warning\n' % (warn_twice.__code__.co_firstlineno + 2))
assert out.endswith("\n  warnings.warn('loop warning')\n")
print(out, end='')


def helper(msg, cat):
    warnings.warn(msg, cat, stacklevel=2)


out = capture(helper, 'deprecated here', DeprecationWarning)
assert out == 'HERE:%d: DeprecationWarning: deprecated here\n  fn(*a, **k)\n' % (capture.__code__.co_firstlineno + 4)
out = capture(exec, "import warnings\nwarnings.warn('from a library', DeprecationWarning)", {'__name__': 'somelib'})
assert out == ''
out = capture(exec, "import warnings\nwarnings.warn('pending', PendingDeprecationWarning)", {'__name__': '__main__'})
assert out == ''
out = capture(warnings.warn, 'runtime', RuntimeWarning)
assert 'RuntimeWarning: runtime' in out
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.warn('a')
    warnings.warn('b', RuntimeWarning)
    warnings.warn(DeprecationWarning('c'))
    warnings.warn('a')
assert [(str(m.message), m.category.__name__) for m in log] == [
    ('a', 'UserWarning'), ('b', 'RuntimeWarning'), ('c', 'DeprecationWarning'), ('a', 'UserWarning')]
assert isinstance(log[0].message, UserWarning) and log[0].filename == HERE and isinstance(log[0], warnings.WarningMessage)
assert here(str(log[1])) == "{message : RuntimeWarning('b'), category : 'RuntimeWarning', filename : 'HERE', lineno : %d, line : None}" % log[1].lineno
with warnings.catch_warnings():
    warnings.simplefilter('error')
    e = raises(RuntimeWarning, warnings.warn, 'boom', RuntimeWarning)
    assert str(e) == 'boom'
    e = raises(UserWarning, warnings.warn, 'plain')
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    assert capture(warnings.warn, 'silent') == ''
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('once')
    for i in range(3):
        warnings.warn('o1')
    warnings.warn('o2')
    warnings.warn('o1', RuntimeWarning)
assert [str(m.message) for m in log] == ['o1', 'o2', 'o1']
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('default')
    warnings.simplefilter('ignore', ResourceWarning)
    warnings.warn('res', ResourceWarning)
    warnings.warn('user')
assert [str(m.message) for m in log] == ['user']
with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    assert warnings.filters == []
    warnings.warn('after reset', DeprecationWarning)
assert len(log) == 1
assert warnings.filters[:2] == [('default', None, DeprecationWarning, '__main__', 0),
                                ('ignore', None, DeprecationWarning, None, 0)]
assert warnings.formatwarning('m', UserWarning, 'f.py', 3, '  src line  ') == 'f.py:3: UserWarning: m\n  src line\n'
assert warnings.formatwarning('m', UserWarning, '/no/file.py', 3) == '/no/file.py:3: UserWarning: m\n'
e = raises(TypeError, warnings.warn, 'x', 'notacat')
assert str(e) == "category must be a Warning subclass, not 'str'"
e = raises(AssertionError, warnings.simplefilter, 'bogus')
seen = []
old = warnings.showwarning
warnings.showwarning = lambda message, category, filename, lineno, file=None, line=None: seen.append((str(message), category.__name__, here(filename)))
warnings.warn('custom shown', UserWarning)
warnings.showwarning = old
assert seen == [('custom shown', 'UserWarning', 'HERE')]
out = capture(warnings.warn_explicit, 'explicit', UserWarning, 'x.py', 7)
assert out == 'x.py:7: UserWarning: explicit\n'

# platform ------------------------------------------------------------------

u = platform.uname()
assert platform.system() == 'Linux' == u.system == u[0] and len(u) == 6 and u.processor == u[5]
assert repr(u).startswith("uname_result(system='Linux', node=") and repr(u).endswith(", machine='%s')" % u.machine)
assert platform.machine() == os.uname().machine and platform.node() == os.uname().nodename
assert platform.release() == os.uname().release and platform.version() == os.uname().version
assert platform.python_implementation() == 'CPython'
assert platform.python_version() == '%d.%d.%d' % sys.version_info[:3]
assert platform.python_version_tuple() == tuple(str(x) for x in sys.version_info[:3])
assert platform.platform().startswith('Linux-' + platform.release() + '-' + platform.machine())
assert platform.platform(terse=True) == platform.platform() == platform.platform(aliased=True)
assert platform.libc_ver()[0] == 'glibc' and platform.architecture()[0] == '64bit'

# atexit --------------------------------------------------------------------


def bye(who, punct='!'):
    print('bye', who + punct)


atexit.register(bye, 'first')
atexit.register(bye, 'second', punct='?')


@atexit.register
def decorated():
    print('decorated runs first')


def never():
    print('never printed')


atexit.register(never)
atexit.register(never)
atexit.unregister(never)
e = raises(TypeError, atexit.register, 5)
assert str(e) == 'the first argument must be callable'


def failing():
    raise ValueError('reported on stderr, the others still run')


atexit.register(failing)
print("ok")
sys.exit(0)
