"""Utilities for with-statement contexts (contextlib).

contextmanager turns a generator function into a context-manager factory:
the code before the generator's yield is __enter__, the code after it
(or the exception thrown in at the yield) is __exit__. ExitStack keeps a
stack of exit callbacks and unwinds it as nested with statements would:
each callback sees the exception left by the ones after it, and a new
exception raised by a callback gets the previous one as its __context__.
"""

import abc
import os
import sys
from functools import wraps

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager",
           "AsyncExitStack", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress", "aclosing",
           "chdir"]


def _has_methods(C, *names):
    for name in names:
        for B in C.__mro__:
            if name in B.__dict__:
                if B.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class AbstractContextManager(abc.ABC):
    """An ABC for classes with __enter__ and __exit__ (by method)."""

    __slots__ = ()
    __class_getitem__ = classmethod(type(list[int]))

    def __enter__(self):
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _has_methods(C, "__enter__", "__exit__")
        return NotImplemented


class AbstractAsyncContextManager(abc.ABC):
    """An ABC for classes with __aenter__ and __aexit__ (by method)."""

    __slots__ = ()

    # gilfree has no coroutines yet: the async methods are absent, and
    # the class serves isinstance checks only.

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            return _has_methods(C, "__aenter__", "__aexit__")
        return NotImplemented


class ContextDecorator:
    """A base class that lets a context manager be used as a decorator:
    each call of the decorated function runs inside `with self`."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    """The context manager a @contextmanager function returns."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        # A decorator use needs a fresh generator for each call.
        return self.__class__(self.func, self.args, self.kwds)

    def __enter__(self):
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(typ, value, traceback)
        except StopIteration as exc:
            # The generator caught the exception and finished: suppressed,
            # unless what stopped it is the exception passed in.
            return exc is not value
        except RuntimeError as exc:
            # PEP 479 turns a StopIteration raised in the body into a
            # RuntimeError whose cause is it: that is not a new error.
            if exc is value:
                exc.__traceback__ = traceback
                return False
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            exc.__traceback__ = traceback
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """Decorator: make a generator function (yielding once) a factory of
    context managers."""
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


def asynccontextmanager(func):
    """The async form of contextmanager is not supported (no event loop)."""
    raise NotImplementedError("asynccontextmanager is not supported by gilfree")


class closing(AbstractContextManager):
    """Context to call thing.close() at the end of a block."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Async context to await thing.aclose() (no coroutines in gilfree:
    it can be made, not entered)."""

    def __init__(self, thing):
        self.thing = thing


class _RedirectStream(AbstractContextManager):
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Context to send sys.stdout to another file for a block."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Context to send sys.stderr to another file for a block."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Context that swallows the listed exception types raised in its
    block (and their subclasses)."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class _BaseExitStack:
    """The callback stack shared by ExitStack and AsyncExitStack."""

    @staticmethod
    def _bound_exit(cm, cm_exit):
        def exit_wrapper(exc_type, exc, tb):
            return cm_exit(cm, exc_type, exc, tb)
        exit_wrapper.__self__ = cm
        return exit_wrapper

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Move every callback to a new stack, which is returned; this
        one is left empty."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Add an __exit__-like callback (or an object with __exit__);
        returns it, so it can be used as a decorator."""
        cls = type(exit)
        try:
            exit_method = cls.__exit__
        except AttributeError:
            self._exit_callbacks.append((True, exit))
        else:
            self._exit_callbacks.append((True, self._bound_exit(exit, exit_method)))
        return exit

    def enter_context(self, cm):
        """Enter cm and push its __exit__; returns what __enter__ gives."""
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit = cls.__exit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the context manager protocol") from None
        result = enter(cm)
        self._exit_callbacks.append((True, self._bound_exit(cm, exit)))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Push callback(*args, **kwds), which sees no exception details;
        returns callback."""
        def wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        wrapper.__wrapped__ = callback
        self._exit_callbacks.append((True, wrapper))
        return callback


class ExitStack(_BaseExitStack, AbstractContextManager):
    """A stack of exit callbacks, unwound in reverse at the end of a with
    block (or by close()), as if each were its own nested with."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        had_exc = exc_details[0] is not None
        current = exc_details[1]
        if had_exc and current is None:
            current = exc_details[0]()
        # The exception the with block itself raised, being handled now:
        # new exceptions from callbacks get it as their context on their
        # own, which _link_context replaces by the right predecessor.
        outer = sys.exc_info()[1]
        suppressed = raised = False
        while self._exit_callbacks:
            _, cb = self._exit_callbacks.pop()
            if current is None:
                details = (None, None, None)
            else:
                details = (type(current), current, current.__traceback__)
            try:
                if cb(*details):
                    suppressed, raised, current = True, False, None
            except BaseException as err:
                _link_context(err, current, outer)
                raised, current = True, err
        if raised:
            # Re-raise keeping the context chain built above (raising
            # inside this frame would set the handled exception instead).
            context = current.__context__
            try:
                raise current
            except BaseException:
                current.__context__ = context
                raise
        return had_exc and suppressed

    def close(self):
        """Unwind the stack now."""
        self.__exit__(None, None, None)


def _link_context(new, previous, outer):
    # Make previous the context of new, as if the callback that raised
    # new ran inside a handler of previous: walk new's chain of contexts
    # and cut it where the interpreter linked in the with block's own
    # exception.
    link = new
    while True:
        context = link.__context__
        if context is None or context is previous:
            return
        if context is outer:
            break
        link = context
    link.__context__ = previous


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """The async ExitStack is not supported (no event loop); it exists so
    that imports succeed."""


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """A context that does nothing; __enter__ returns enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class chdir(AbstractContextManager):
    """Context to change the working directory for a block and change it
    back afterwards (not safe with threads, as CPython's)."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        os.chdir(self._old_cwd.pop())
