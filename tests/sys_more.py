"""sys beyond the basics: the prefixes, hash_info, thread_info,
stdlib_module_names, unraisablehook, audit hooks, the trace and profile
hooks (kept and returned; gilfree delivers no events to them), and small
constants. Passes under python3 too."""

import gc
import os
import sys
import threading

assert sys.prefix == sys.exec_prefix == sys.base_prefix == sys.base_exec_prefix
assert os.path.isabs(sys.prefix)
assert sys.platlibdir == 'lib' and sys.float_repr_style == 'short'
assert isinstance(sys.abiflags, str) and isinstance(sys.api_version, int)
assert sys.getfilesystemencodeerrors() == 'surrogateescape'
assert isinstance(sys.orig_argv, list) and all(isinstance(a, str) for a in sys.orig_argv)
assert sys.argv[0] in sys.orig_argv
assert sys.pycache_prefix is None and isinstance(sys._xoptions, dict)
assert sys.copyright.startswith('Copyright (c)')
assert isinstance(sys.getdlopenflags(), int)

h = sys.hash_info
assert (h.width, h.modulus, h.inf, h.nan, h.imag) == (64, 2**61 - 1, 314159, 0, 1000003)
assert h.hash_bits == 64 and h.seed_bits >= 64 and isinstance(h.algorithm, str)
assert hash(float('inf')) == h.inf and hash(1j) == h.imag and hash(2**61) == 1
assert len(h) == 9 and h[0] == 64 and type(h).__name__ == 'hash_info'
assert repr(h).startswith('sys.hash_info(width=64, modulus=2305843009213693951')
assert sys.thread_info.name == 'pthread' and len(sys.thread_info) == 3

names = sys.stdlib_module_names
assert isinstance(names, frozenset)
for n in ('os', 'sys', 'json', 'threading', 'collections', 'asyncio', 'tkinter', '_thread'):
    assert n in names, n
assert 'numpy' not in names and 'requests' not in names

assert sys.is_finalizing() is False
for name in ('settrace', 'gettrace', 'hash_info', 'stdlib_module_names', 'unraisablehook', 'prefix'):
    assert name in dir(sys), name

# The hooks are kept per thread.
def tracer(frame, event, arg):
    return tracer

assert sys.gettrace() is None and sys.getprofile() is None
sys.settrace(tracer)
sys.setprofile(tracer)
assert sys.gettrace() is tracer and sys.getprofile() is tracer
seen = []
th = threading.Thread(target=lambda: seen.append((sys.gettrace(), sys.getprofile())))
th.start()
th.join()
assert seen == [(None, None)]
sys.settrace(None)
sys.setprofile(None)
assert sys.gettrace() is None and sys.getprofile() is None
assert sys.call_tracing(divmod, (7, 2)) == (3, 1)

# Audit hooks see the events sys.audit raises.
events = []
sys.addaudithook(lambda event, args: events.append((event, args)) if event.startswith('gilfree.') else None)
sys.audit('gilfree.test', 1, 'two')
assert events == [('gilfree.test', (1, 'two'))]


def veto(event, args):
    if event == 'gilfree.refused':
        raise PermissionError(event)


sys.addaudithook(veto)
try:
    sys.audit('gilfree.refused', 3)
except PermissionError as e:
    assert str(e) == 'gilfree.refused'
else:
    raise AssertionError('the hook did not veto')
assert events[-1] == ('gilfree.refused', (3,))
try:
    sys.audit(5)
except TypeError:
    pass
else:
    raise AssertionError('a non-str event')

# unraisablehook receives what __del__ raised.
caught = []


def hook(u):
    caught.append((u.exc_type, str(u.exc_value), u.err_msg, u.object, u.exc_traceback is not None))


class Noisy:
    def __del__(self):
        raise KeyError('in del')


assert sys.unraisablehook is sys.__unraisablehook__
sys.unraisablehook = hook
try:
    Noisy()
    gc.collect()
finally:
    sys.unraisablehook = sys.__unraisablehook__
assert len(caught) == 1, caught
exc_type, value, msg, obj, has_tb = caught[0]
assert exc_type is KeyError and value == "'in del'" and msg is None
assert obj is Noisy.__del__ and has_tb

# Many threads read the lazily built attributes at once.
results = []


def reader():
    results.append((sys.hash_info.width, len(sys.stdlib_module_names) > 200, sys.prefix))


threads = [threading.Thread(target=reader) for _ in range(8)]
for th in threads:
    th.start()
for th in threads:
    th.join()
assert results == [(64, True, sys.prefix)] * 8
# breakpoint() calls sys.breakpointhook, which follows PYTHONBREAKPOINT.
import warnings
saved = os.environ.get('PYTHONBREAKPOINT')
try:
    os.environ['PYTHONBREAKPOINT'] = '0'
    assert breakpoint() is None
    os.environ['PYTHONBREAKPOINT'] = 'builtins.len'
    assert breakpoint('abc') == 3
    os.environ['PYTHONBREAKPOINT'] = 'no_such_module_gilfree.f'
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        assert breakpoint() is None
    assert w[0].category is RuntimeWarning
    assert str(w[0].message) == 'Ignoring unimportable $PYTHONBREAKPOINT: "no_such_module_gilfree.f"'
finally:
    if saved is None:
        os.environ.pop('PYTHONBREAKPOINT', None)
    else:
        os.environ['PYTHONBREAKPOINT'] = saved
sys.breakpointhook = lambda *a, **k: ('hooked', a, k)
assert breakpoint(1, x=2) == ('hooked', (1,), {'x': 2})
assert sys.__breakpointhook__ is not sys.breakpointhook
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    assert str(e) == 'lost sys.breakpointhook'
else:
    raise AssertionError('breakpoint() without a hook')
sys.breakpointhook = sys.__breakpointhook__

# An attribute deleted stays deleted.
del sys.float_repr_style
assert not hasattr(sys, 'float_repr_style') and 'float_repr_style' not in dir(sys)
print('ok')
