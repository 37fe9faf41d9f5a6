"""Functions to call when the interpreter exits normally: after the main
module (and the non-daemon threads) have finished, also after
sys.exit(), last registered first. The interpreter calls
_run_exitfuncs() at exit when this module was imported."""

import sys

try:
    import _thread
    _lock = _thread.allocate_lock()
except ImportError:
    _lock = None

_callbacks = []


class _NoLock:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass


def _guard():
    return _lock if _lock is not None else _NoLock()


def register(func, *args, **kwargs):
    """Register func(*args, **kwargs) to be called at exit; returns func,
    so that it can be used as a decorator."""
    if not callable(func):
        raise TypeError('the first argument must be callable')
    with _guard():
        _callbacks.append((func, args, kwargs))
    return func


def unregister(func):
    """Remove every registration of func."""
    with _guard():
        _callbacks[:] = [c for c in _callbacks if c[0] != func]


def _clear():
    with _guard():
        del _callbacks[:]


def _ncallbacks():
    return len(_callbacks)


def _run_exitfuncs():
    """Call the registered functions, last first. An exception is
    reported on stderr and the next function still runs."""
    while True:
        with _guard():
            if not _callbacks:
                return
            func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            _report(func, exc)


def _report(func, exc):
    try:
        import traceback
        # The traceback starts at the callback, not in this module.
        tb = exc.__traceback__
        tb = tb.tb_next if tb is not None else None
        text = ''.join(traceback.format_exception(type(exc), exc, tb))
    except BaseException:
        text = '%s: %s\n' % (type(exc).__name__, exc)
    err = sys.stderr
    if err is None:
        return
    err.write('Exception ignored in atexit callback: %r\n' % (func,))
    err.write(text)
    err.flush()
