"""Future, Executor, wait and as_completed.

Each Future keeps its state behind its own Condition: result() and
exception() wait on it, and the thread that finishes the call notifies it.
wait() and as_completed() hang a _Waiter on every future they watch; a
future adds itself to its waiters when it finishes or when a worker finds
it cancelled. A future's condition may be held while a waiter's lock is
taken, never the other way round.
"""

import collections
import threading
import time

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_FUTURE_STATES = [PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED,
                  FINISHED]

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}

_DONE_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)


class Error(Exception):
    """Base class for the exceptions of this module."""


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""


class BrokenExecutor(RuntimeError):
    """An executor can no longer run calls (a worker failed to start)."""


def _log_callback_error(future):
    import logging
    logging.getLogger("concurrent.futures").exception(
        'exception calling callback for %r', future)


class _Waiter:
    """Collects the futures that finish while wait() or as_completed()
    watches them."""

    def __init__(self):
        self.cond = threading.Condition(threading.Lock())
        self.finished = []

    def add(self, future):
        with self.cond:
            self.finished.append(future)
            self.cond.notify_all()


class Future:
    """The result of a call that runs asynchronously."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def __repr__(self):
        with self._condition:
            state = self._state
            if state == FINISHED:
                if self._exception is not None:
                    return '<%s at %#x state=%s raised %s>' % (
                        self.__class__.__name__, id(self),
                        _STATE_TO_DESCRIPTION_MAP[state],
                        self._exception.__class__.__name__)
                return '<%s at %#x state=%s returned %s>' % (
                    self.__class__.__name__, id(self),
                    _STATE_TO_DESCRIPTION_MAP[state],
                    self._result.__class__.__name__)
            return '<%s at %#x state=%s>' % (
                self.__class__.__name__, id(self),
                _STATE_TO_DESCRIPTION_MAP[state])

    def _invoke_callbacks(self):
        with self._condition:
            callbacks = self._done_callbacks
            self._done_callbacks = []
        for callback in callbacks:
            try:
                callback(self)
            except Exception:
                _log_callback_error(self)

    def cancel(self):
        """Cancel the call if it has not started: return False if it is
        running or finished, True otherwise."""
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                return True
            self._state = CANCELLED
            for waiter in self._waiters:
                waiter.add(self)
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        """True if the call was cancelled."""
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        """True if the call is running now."""
        with self._condition:
            return self._state == RUNNING

    def done(self):
        """True if the call finished or was cancelled."""
        with self._condition:
            return self._state in _DONE_STATES

    def _get_result(self):
        if self._exception is not None:
            try:
                raise self._exception
            finally:
                self = None
        return self._result

    def add_done_callback(self, fn):
        """Call fn(future) when the future finishes or is cancelled, at
        once if it already has. Exceptions fn raises are logged."""
        with self._condition:
            if self._state not in _DONE_STATES:
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            _log_callback_error(self)

    def _wait_done(self, timeout):
        # With the condition held: wait until done or timed out.
        if self._state in _DONE_STATES:
            return True
        if timeout is None:
            while self._state not in _DONE_STATES:
                self._condition.wait()
            return True
        end = time.monotonic() + timeout
        while self._state not in _DONE_STATES:
            left = end - time.monotonic()
            if left <= 0:
                return False
            self._condition.wait(left)
        return True

    def result(self, timeout=None):
        """Return the call's value, waiting up to timeout seconds (None:
        without limit). Raises CancelledError if cancelled, TimeoutError
        on timeout, and the call's exception if it raised one."""
        try:
            with self._condition:
                if not self._wait_done(timeout):
                    raise TimeoutError()
                if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                    raise CancelledError()
                return self._get_result()
        finally:
            self = None

    def exception(self, timeout=None):
        """Return the exception the call raised (None if it returned),
        waiting up to timeout seconds."""
        with self._condition:
            if not self._wait_done(timeout):
                raise TimeoutError()
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            return self._exception

    def set_running_or_notify_cancel(self):
        """For executors: mark the future running and return True, or, if
        it was cancelled, tell its waiters and return False."""
        with self._condition:
            if self._state == CANCELLED:
                # cancel() has told the waiters already.
                self._state = CANCELLED_AND_NOTIFIED
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            raise RuntimeError('Future in unexpected state')

    def _finish(self):
        self._state = FINISHED
        for waiter in self._waiters:
            waiter.add(self)
        self._condition.notify_all()

    def set_result(self, result):
        """For executors: the call returned result."""
        with self._condition:
            if self._state in _DONE_STATES:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._finish()
        self._invoke_callbacks()

    def set_exception(self, exception):
        """For executors: the call raised exception."""
        with self._condition:
            if self._state in _DONE_STATES:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._finish()
        self._invoke_callbacks()

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class Executor:
    """The interface of the executors: submit, map and shutdown."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs) and return its Future."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), with the calls run by the executor.
        The results come in order; next() raises TimeoutError if a result
        is not ready timeout seconds after map was called."""
        if timeout is not None:
            end_time = timeout + time.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield _result_or_cancel(fs.pop())
                    else:
                        yield _result_or_cancel(
                            fs.pop(), end_time - time.monotonic())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Free the executor's resources once the pending calls are done;
        with wait, return only then."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


def _result_or_cancel(fut, timeout=None):
    try:
        try:
            return fut.result(timeout)
        finally:
            fut.cancel()
    finally:
        del fut


DoneAndNotDoneFutures = collections.namedtuple(
    'DoneAndNotDoneFutures', 'done not_done')


def _watch(fs, waiter):
    """Hang waiter on every future of fs not done yet; return the set of
    those already done."""
    done = set()
    for f in fs:
        with f._condition:
            if f._state in _DONE_STATES:
                done.add(f)
            else:
                f._waiters.append(waiter)
    return done


def _unwatch(fs, waiter):
    for f in fs:
        with f._condition:
            try:
                f._waiters.remove(waiter)
            except ValueError:
                pass


def _has_exception(f):
    return f._state == FINISHED and f._exception is not None


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait until the futures of fs are done as return_when says
    (FIRST_COMPLETED, FIRST_EXCEPTION or ALL_COMPLETED) or timeout seconds
    have passed. Returns a named 2-tuple of sets (done, not_done)."""
    fs = set(fs)
    waiter = _Waiter()
    done = _watch(fs, waiter)
    try:
        end = None if timeout is None else time.monotonic() + timeout
        with waiter.cond:
            while True:
                done.update(waiter.finished)
                waiter.finished.clear()
                if len(done) == len(fs):
                    break
                if return_when == FIRST_COMPLETED and done:
                    break
                if return_when == FIRST_EXCEPTION and any(
                        _has_exception(f) for f in done):
                    break
                if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION,
                                       ALL_COMPLETED):
                    raise ValueError(
                        "Invalid return condition: %r" % (return_when,))
                if end is None:
                    waiter.cond.wait()
                else:
                    left = end - time.monotonic()
                    if left <= 0:
                        break
                    waiter.cond.wait(left)
    finally:
        _unwatch(fs, waiter)
    # Futures may have finished after the last look; report them done.
    done.update(f for f in fs if f.done())
    return DoneAndNotDoneFutures(done, fs - done)


def as_completed(fs, timeout=None):
    """An iterator over the futures of fs (duplicates once) that yields
    each as it finishes or is cancelled. next() raises TimeoutError if
    timeout seconds pass, counted from the first next(), before all are
    done."""
    if timeout is not None:
        end_time = timeout + time.monotonic()
    fs = set(fs)
    total = len(fs)
    waiter = _Waiter()
    finished = _watch(fs, waiter)
    pending = fs - finished
    try:
        yield from finished
        while pending:
            with waiter.cond:
                while not waiter.finished:
                    if timeout is None:
                        waiter.cond.wait()
                    else:
                        left = end_time - time.monotonic()
                        if left <= 0:
                            raise TimeoutError(
                                '%d (of %d) futures unfinished' % (
                                    len(pending), total))
                        waiter.cond.wait(left)
                got = waiter.finished
                waiter.finished = []
            for f in got:
                if f in pending:
                    pending.discard(f)
                    yield f
    finally:
        _unwatch(fs, waiter)
