"""Dump the Python tracebacks of every thread: on demand, after a timeout,
on a user signal, or when the process gets a fatal signal.

gilfree's own implementation of the interface CPython documents, over
_faulthandler (runtime/lib/faulthandler), which reads every thread's
frames while the other threads are held and formats them as CPython
does. Differences: enable() reports fatal signals the process receives
(kill, abort(), signal.raise_signal), not faults in gilfree's own Go
code, which the Go runtime reports itself; register() installs an
ordinary signal handler, so the dump is written when the main thread
next checks for signals, and only the main thread may call it. The
module's state is kept under one lock.
"""

import os
import sys
import _thread
import _faulthandler

__all__ = ["enable", "disable", "is_enabled", "dump_traceback",
           "dump_traceback_later", "cancel_dump_traceback_later",
           "register", "unregister"]

_lock = _thread.allocate_lock()
_enabled = False
# The file objects in use are kept alive, as CPython keeps them, so that
# their descriptors stay open.
_fatal_file = None
_later = None
_registered = {}


def _fd_of(file):
    """Return (descriptor, file object or None) for file, flushing it."""
    if file is None:
        file = sys.stderr
        if file is None:
            raise RuntimeError("sys.stderr is None")
    if isinstance(file, int):
        if file < 0:
            raise ValueError("file is not a valid file descriptor")
        return file, None
    fd = file.fileno()
    if not isinstance(fd, int) or fd < 0:
        raise ValueError("file is not a valid file descriptor")
    try:
        file.flush()
    except Exception:
        pass
    return fd, file


def _write(fd, text):
    data = text.encode("utf-8", "backslashreplace")
    while data:
        n = os.write(fd, data)
        data = data[n:]


def enable(file=None, all_threads=True):
    """Dump the tracebacks to file (sys.stderr) if the process receives
    SIGSEGV, SIGFPE, SIGABRT, SIGBUS or SIGILL, then die by it."""
    global _enabled, _fatal_file
    fd, f = _fd_of(file)
    with _lock:
        _faulthandler.enable_fatal(fd, bool(all_threads))
        _enabled = True
        _fatal_file = f


def disable():
    """Stop dumping tracebacks on fatal signals; return whether it was
    enabled."""
    global _enabled, _fatal_file
    with _lock:
        was = _enabled
        _faulthandler.disable_fatal()
        _enabled = False
        _fatal_file = None
        return was


def is_enabled():
    """Whether enable() is in effect."""
    return _enabled


def dump_traceback(file=None, all_threads=True):
    """Write the traceback of the current thread, or of every thread, to
    file (sys.stderr)."""
    fd, _ = _fd_of(file)
    _write(fd, _faulthandler.format(bool(all_threads)))


def _format_timeout(timeout):
    us = int(round(timeout * 1e6))
    sec, us = divmod(us, 1000000)
    minutes, sec = divmod(sec, 60)
    hours, minutes = divmod(minutes, 60)
    if us:
        return "Timeout (%d:%02d:%02d.%06d)!\n" % (hours, minutes, sec, us)
    return "Timeout (%d:%02d:%02d)!\n" % (hours, minutes, sec)


class _Watchdog:
    """The thread of dump_traceback_later: it waits on a lock that cancel
    releases, and dumps every thread's traceback (its own left out) when
    the wait times out."""

    def __init__(self, timeout, repeat, fd, file, exit):
        self.timeout = timeout
        self.repeat = repeat
        self.fd = fd
        self.file = file
        self.exit = exit
        self.cancel = _thread.allocate_lock()
        self.cancel.acquire()
        self.done = _thread.allocate_lock()
        self.done.acquire()

    def run(self):
        me = _thread.get_ident()
        try:
            while not self.cancel.acquire(timeout=self.timeout):
                _write(self.fd, _format_timeout(self.timeout) +
                       _faulthandler.format(True, me))
                if self.exit:
                    os._exit(1)
                if not self.repeat:
                    break
        finally:
            self.done.release()

    def stop(self):
        self.cancel.release()
        self.done.acquire()


def dump_traceback_later(timeout, repeat=False, file=None, exit=False):
    """Dump every thread's traceback after timeout seconds (again every
    timeout seconds with repeat), then exit the process with status 1 if
    exit is true. A new call replaces the one pending."""
    global _later
    timeout = float(timeout)
    if timeout <= 0:
        raise ValueError("timeout must be greater than 0")
    if timeout * 1e6 > 2**63 - 1:
        raise OverflowError("timeout value is too large")
    fd, f = _fd_of(file)
    w = _Watchdog(timeout, repeat, fd, f, exit)
    with _lock:
        old, _later = _later, w
        if old is not None:
            old.stop()
        _thread.start_new_thread(w.run, ())


def cancel_dump_traceback_later():
    """Cancel the dump dump_traceback_later() set up."""
    global _later
    with _lock:
        old, _later = _later, None
        if old is not None:
            old.stop()


_FATAL = ("SIGSEGV", "SIGFPE", "SIGABRT", "SIGBUS", "SIGILL")


def register(signum, file=None, all_threads=True, chain=False):
    """Dump the tracebacks to file when the signal signum arrives; with
    chain, call the handler it had before too."""
    import signal
    for name in _FATAL:
        if signum == getattr(signal, name, None):
            raise RuntimeError("signal %d cannot be registered, use enable() instead" % signum)
    fd, f = _fd_of(file)

    def handler(sig, frame):
        _write(fd, _faulthandler.format(all_threads))
        if chain and callable(previous):
            previous(sig, frame)

    with _lock:
        if signum in _registered:
            previous = _registered[signum][1]
        else:
            previous = signal.getsignal(signum)
        signal.signal(signum, handler)
        _registered[signum] = (f, previous)


def unregister(signum):
    """Restore the handler signum had before register(); return whether
    it was registered."""
    import signal
    with _lock:
        entry = _registered.pop(signum, None)
        if entry is None:
            return False
        previous = entry[1]
        signal.signal(signum, previous if previous is not None else signal.SIG_DFL)
        return True
