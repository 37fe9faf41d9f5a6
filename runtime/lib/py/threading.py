"""Thread objects and synchronization primitives, built on _thread.

gilfree runs threads in parallel (there is no global interpreter lock), so
every piece of shared state in this module is guarded by a lock: the
registry of live threads by _registry_lock, each Condition by its own lock.
Blocking waits end in _thread's lock acquire, which detaches the waiting
thread so that other threads and the collector proceed without it.
"""

import sys as _sys
import _thread
from time import monotonic as _time

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'ExceptHookArgs', 'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'get_native_id', 'getprofile', 'gettrace']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
_set_sentinel = _thread._set_sentinel
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size
local = _thread._local
_CRLock = _thread.RLock
_PyRLock = None

Lock = _allocate_lock


def RLock(*args, **kwargs):
    """A reentrant lock: the thread holding it may acquire it again, and
    must release it as many times."""
    return _CRLock(*args, **kwargs)


# Tracing and profiling hooks are remembered for the threads started
# afterwards; gilfree has no tracer to call them yet.

_trace_hook = None
_profile_hook = None


def settrace(func):
    """Set a trace function for threads started from now on."""
    global _trace_hook
    _trace_hook = func


def gettrace():
    """The trace function set by settrace()."""
    return _trace_hook


def setprofile(func):
    """Set a profile function for threads started from now on."""
    global _profile_hook
    _profile_hook = func


def getprofile():
    """The profile function set by setprofile()."""
    return _profile_hook


def settrace_all_threads(func):
    settrace(func)


def setprofile_all_threads(func):
    setprofile(func)


class Condition:
    """A condition variable: threads wait() on it, holding its lock, until
    another thread holding the lock calls notify() or notify_all().

    Each waiter blocks on a private lock of its own, which the notifier
    releases; the list of those locks is guarded by the condition's lock.
    """

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        for name in ('_release_save', '_acquire_restore', '_is_owned'):
            method = getattr(lock, name, None)
            if method is not None:
                setattr(self, name, method)
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc):
        return self._lock.__exit__(*exc)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # Without an owner to ask, a lock that can be taken now was not
        # held (by anyone).
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Release the lock, block until notified or until the timeout (in
        seconds) passes, take the lock again; return False on timeout."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        me = _allocate_lock()
        me.acquire()
        self._waiters.append(me)
        state = self._release_save()
        notified = False
        try:
            if timeout is None:
                me.acquire()
                notified = True
            elif timeout > 0:
                notified = me.acquire(True, timeout)
            else:
                notified = me.acquire(False)
            return notified
        finally:
            self._acquire_restore(state)
            if not notified:
                try:
                    self._waiters.remove(me)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true or the timeout passes; return the
        predicate's last value."""
        deadline = None
        left = timeout
        result = predicate()
        while not result:
            if left is not None:
                if deadline is None:
                    deadline = _time() + left
                else:
                    left = deadline - _time()
                    if left <= 0:
                        break
            self.wait(left)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up to n threads waiting on the condition."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while n > 0 and waiters:
            waiter = waiters.pop(0)
            try:
                waiter.release()
            except RuntimeError:
                continue
            n -= 1

    def notify_all(self):
        """Wake up every thread waiting on the condition."""
        self.notify(len(self._waiters))

    notifyAll = notify_all


class Semaphore:
    """A counter that acquire() decrements, waiting while it is zero, and
    release() increments."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}>")

    def acquire(self, blocking=True, timeout=None):
        """Decrement the counter, waiting (up to timeout seconds) while it is
        zero; return whether it was decremented."""
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        deadline = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                if timeout is not None:
                    if deadline is None:
                        deadline = _time() + timeout
                    else:
                        timeout = deadline - _time()
                        if timeout <= 0:
                            return False
                self._cond.wait(timeout)
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        """Increment the counter by n, waking as many waiters."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore whose counter may not rise above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


class Event:
    """A flag that threads can wait to see set."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._flag else 'unset'
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>"

    def is_set(self):
        """Whether the flag is set."""
        return self._flag

    isSet = is_set

    def set(self):
        """Set the flag and wake every waiter."""
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        """Clear the flag."""
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Wait until the flag is set or the timeout passes; return the flag."""
        with self._cond:
            if self._flag:
                return True
            return self._cond.wait(timeout)


class BrokenBarrierError(RuntimeError):
    pass


# A barrier's phases: threads arrive while it fills, leave while it
# drains, and wait out a reset; a broken barrier fails every wait.
_FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2


class Barrier:
    """Lets a fixed number of threads wait until all of them have arrived.

    Each round fills (threads arrive and wait), then drains (they leave);
    a thread arriving while the previous round drains waits for it to end.
    """

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._phase = _FILLING
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        """Wait until all parties have arrived; return this thread's arrival
        index (0 to parties-1)."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            while self._phase in (_DRAINING, _RESETTING):
                self._cond.wait()
            if self._phase < 0:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            try:
                if self._count == self._parties:
                    self._trip()
                else:
                    self._await(timeout)
                return index
            finally:
                self._count -= 1
                if self._count == 0 and self._phase in (_DRAINING, _RESETTING):
                    self._phase = _FILLING
                    self._cond.notify_all()

    def _trip(self):
        # The last thread to arrive runs the action and lets the rest go.
        try:
            if self._action:
                self._action()
            self._phase = _DRAINING
            self._cond.notify_all()
        except BaseException:
            self._break()
            raise

    def _await(self, timeout):
        if not self._cond.wait_for(lambda: self._phase != _FILLING, timeout):
            self._break()
            raise BrokenBarrierError
        if self._phase < 0:
            raise BrokenBarrierError

    def reset(self):
        """Return the barrier to its initial state; threads waiting in it
        get BrokenBarrierError."""
        with self._cond:
            if self._count > 0:
                if self._phase in (_FILLING, _BROKEN):
                    self._phase = _RESETTING
            else:
                self._phase = _FILLING
            self._cond.notify_all()

    def abort(self):
        """Break the barrier: current and future waits fail."""
        with self._cond:
            self._break()

    def _break(self):
        self._phase = _BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        """The number of threads needed to pass the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """The number of threads waiting in the barrier now."""
        if self._phase == _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        """Whether the barrier is broken."""
        return self._phase == _BROKEN


# The registry of threads: started ones by ident (_active), and those
# between start() and running (_starting). _running_locks are the
# sentinel locks of the non-daemon threads, which _shutdown waits on.

_registry_lock = _allocate_lock()
_active = {}
_starting = {}
_running_locks = set()

_name_counter = 0


def _newname(template="Thread-%d"):
    global _name_counter
    with _registry_lock:
        _name_counter += 1
        n = _name_counter
    return template % n


class ExceptHookArgs(tuple):
    """The argument of threading.excepthook: (exc_type, exc_value,
    exc_traceback, thread)."""

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 4:
            raise TypeError("_thread._ExceptHookArgs() takes a 4-sequence "
                            "(%d-sequence given)" % len(seq))
        return tuple.__new__(cls, seq)

    exc_type = property(lambda self: self[0], doc="Exception type")
    exc_value = property(lambda self: self[1], doc="Exception value")
    exc_traceback = property(lambda self: self[2], doc="Exception traceback")
    thread = property(lambda self: self[3], doc="Thread")

    def __repr__(self):
        return ("_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, "
                "exc_traceback=%r, thread=%r)" % tuple(self))


ExceptHookArgs.__module__ = '_thread'
ExceptHookArgs.__name__ = ExceptHookArgs.__qualname__ = '_ExceptHookArgs'

excepthook = _thread._excepthook
__excepthook__ = excepthook


def _report(thread):
    # Hand the exception being handled to threading.excepthook as it is
    # now; if the hook itself fails, print that failure instead.
    exc_type, exc_value, exc_tb = _sys.exc_info()
    try:
        excepthook(ExceptHookArgs([exc_type, exc_value, exc_tb, thread]))
    except Exception as hook_error:
        hook_error.__suppress_context__ = True
        hook = getattr(_sys, 'excepthook', None)
        if hook is not None:
            hook(type(hook_error), hook_error, hook_error.__traceback__)
        else:
            __excepthook__(ExceptHookArgs(
                [type(hook_error), hook_error, hook_error.__traceback__, None]))
    finally:
        exc_type = exc_value = exc_tb = None


class Thread:
    """A thread of control: pass a target callable, or subclass and
    override run(). start() runs it on a new thread."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname()
            if target is not None:
                try:
                    name += " (%s)" % target.__name__
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is None:
            daemon = current_thread().daemon
        self._daemonic = daemon
        self._ident = None
        self._native_id = None
        self._sentinel = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        """Start the thread's run() on a new thread. At most once."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _registry_lock:
            _starting[self] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _registry_lock:
                del _starting[self]
            raise
        self._started.wait()

    def run(self):
        """The thread's work: calls the target with the arguments. Override
        it in a subclass."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Drop the references, so a thread does not keep its
            # arguments alive after it ran.
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._sentinel = _set_sentinel()
        with _registry_lock:
            _active[self._ident] = self
            del _starting[self]
            if not self._daemonic:
                _running_locks.add(self._sentinel)
        self._started.set()
        try:
            self.run()
        except BaseException:
            # SystemExit too: the default hook ignores it, a custom one
            # sees it.
            _report(self)
        finally:
            with _registry_lock:
                _active.pop(self._ident, None)

    def _wait_for_end(self, block=True, timeout=-1):
        # The sentinel lock is released once the thread's state is gone.
        lock = self._sentinel
        if lock is None:
            return
        try:
            if lock.acquire(block, timeout):
                lock.release()
                self._ended()
        except BaseException:
            if not lock.locked():
                self._ended()
            raise

    def _ended(self):
        lock = self._sentinel
        if lock is not None:
            self._is_stopped = True
            self._sentinel = None
            if not self._daemonic:
                with _registry_lock:
                    _running_locks.discard(lock)

    def join(self, timeout=None):
        """Wait until the thread ends, or the timeout (seconds) passes; then
        is_alive() tells which."""
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_for_end()
        else:
            self._wait_for_end(timeout=max(timeout, 0))

    def is_alive(self):
        """Whether the thread has started and not yet ended."""
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_for_end(False)
        return not self._is_stopped

    @property
    def name(self):
        """The thread's name, for identification only."""
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        """The thread's identifier (get_ident() in it), or None before it
        started."""
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        """The thread's native identifier, or None before it started."""
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    @property
    def daemon(self):
        """Whether the thread is a daemon: the program does not wait for
        daemon threads at exit."""
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class Timer(Thread):
    """Call a function after a number of seconds, unless cancel() is called
    first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    # The thread the program started in. Its sentinel is a lock held until
    # _shutdown.

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._sentinel = _allocate_lock()
        self._sentinel.acquire()
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _registry_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    # Stands for a thread that threading did not start (one from
    # _thread.start_new_thread), when it asks for current_thread().

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._sentinel = _set_sentinel()
        with _registry_lock:
            _active[self._ident] = self

    def is_alive(self):
        return Thread.is_alive(self)

    def join(self, timeout=None):
        # CPython 3.11 refuses with an assertion.
        assert False, "cannot join a dummy thread"


def current_thread():
    """The Thread object of the calling thread."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


currentThread = current_thread


def _prune_dummies():
    # Dummy threads are not removed by a bootstrap of their own: drop
    # those whose thread has ended. Called with _registry_lock held.
    for ident, th in list(_active.items()):
        if isinstance(th, _DummyThread):
            lock = th._sentinel
            if lock is not None and lock.acquire(False):
                lock.release()
                th._is_stopped = True
                th._sentinel = None
                del _active[ident]


def active_count():
    """The number of Thread objects currently alive."""
    with _registry_lock:
        _prune_dummies()
        return len(_active) + len(_starting)


activeCount = active_count


def enumerate():
    """A list of the Thread objects currently alive."""
    with _registry_lock:
        _prune_dummies()
        return list(_active.values()) + list(_starting.values())


def main_thread():
    """The main Thread object."""
    return _main_thread


_exit_funcs = []


def _register_atexit(func, *args, **kwargs):
    """Call func(*args, **kwargs) when _shutdown has joined the threads."""
    if _shutting_down:
        raise RuntimeError("can't register atexit after shutdown")
    _exit_funcs.append((func, args, kwargs))


_shutting_down = False


def _shutdown():
    """Wait for every non-daemon thread to end. The runtime calls it when
    the main program has finished."""
    global _shutting_down
    if _main_thread._is_stopped:
        return
    _shutting_down = True
    for func, args, kwargs in reversed(_exit_funcs):
        func(*args, **kwargs)
    lock = _main_thread._sentinel
    if lock is not None and lock.locked():
        lock.release()
    _main_thread._ended()
    while True:
        with _registry_lock:
            locks = list(_running_locks)
            _running_locks.clear()
        if not locks:
            break
        for lock in locks:
            lock.acquire()
            lock.release()


_main_thread = _MainThread()
