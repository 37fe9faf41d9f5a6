# contextlib: contextmanager, suppress, closing, ExitStack, nullcontext,
# redirect_stdout/stderr, AbstractContextManager, ContextDecorator, chdir.
import contextlib
import io
import os
import sys
from contextlib import (contextmanager, suppress, closing, ExitStack, nullcontext,
                        redirect_stdout, redirect_stderr, AbstractContextManager,
                        ContextDecorator)

log = []


@contextmanager
def tag(name):
    """Wrap in a tag."""
    log.append(f"<{name}>")
    try:
        yield name.upper()
    finally:
        log.append(f"</{name}>")


with tag("a") as v:
    assert v == "A"
    log.append("body")
assert log == ["<a>", "body", "</a>"]
assert tag.__name__ == "tag" and tag.__doc__ == "Wrap in a tag."

log.clear()
try:
    with tag("b"):
        raise ValueError("boom")
except ValueError as e:
    assert str(e) == "boom"
assert log == ["<b>", "</b>"]


@contextmanager
def swallow():
    try:
        yield
    except KeyError:
        log.append("swallowed")


log.clear()
with swallow():
    raise KeyError(1)
assert log == ["swallowed"]


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
    assert False
except RuntimeError as e:
    assert str(e) == "generator didn't yield"


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
    assert False
except RuntimeError as e:
    assert str(e) == "generator didn't stop"


@contextmanager
def yields_after_throw():
    try:
        yield
    except ValueError:
        yield


try:
    with yields_after_throw():
        raise ValueError
    assert False
except RuntimeError as e:
    assert str(e) == "generator didn't stop after throw()"


@contextmanager
def converts():
    try:
        yield
    except ValueError as e:
        raise TypeError("converted") from e


try:
    with converts():
        raise ValueError("orig")
except TypeError as e:
    assert str(e) == "converted" and isinstance(e.__cause__, ValueError)

# StopIteration raised in the body passes through unchanged.
try:
    with tag("s"):
        raise StopIteration("stop")
    assert False
except StopIteration as e:
    assert e.args == ("stop",)


# A contextmanager as a decorator runs each call inside a fresh context.
@tag("dec")
def decorated(x):
    log.append(f"call {x}")
    return x * 2


log.clear()
assert decorated(2) == 4 and decorated(3) == 6
assert log == ["<dec>", "call 2", "</dec>", "<dec>", "call 3", "</dec>"]

# suppress
with suppress(KeyError, IndexError):
    {}["x"]
with suppress(LookupError):
    [][1]
try:
    with suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError:
    pass
with suppress():
    pass


# closing
class Resource:
    def __init__(self):
        self.closed = False

    def close(self):
        self.closed = True


r = Resource()
with closing(r) as got:
    assert got is r and not r.closed
assert r.closed

# nullcontext
with nullcontext(5) as x:
    assert x == 5
with nullcontext() as x:
    assert x is None

# redirect_stdout / redirect_stderr
buf = io.StringIO()
with redirect_stdout(buf) as b:
    assert b is buf
    print("hidden", 1)
assert buf.getvalue() == "hidden 1\n" and sys.stdout is sys.__stdout__
ebuf = io.StringIO()
with redirect_stderr(ebuf):
    print("err", file=sys.stderr)
assert ebuf.getvalue() == "err\n"
rd = redirect_stdout(io.StringIO())
with rd:
    with rd:
        print("nested")
assert sys.stdout is sys.__stdout__

# ExitStack: callbacks run in reverse, with their arguments.
log.clear()
with ExitStack() as stack:
    stack.callback(log.append, "first")
    stack.callback(log.append, "second")
    assert stack.enter_context(tag("x")) == "X"
    log.append("body")
assert log == ["<x>", "body", "</x>", "second", "first"]

# pop_all moves the callbacks out; close unwinds.
log.clear()
with ExitStack() as stack:
    stack.callback(log.append, "kept")
    moved = stack.pop_all()
assert log == []
moved.close()
assert log == ["kept"]
moved.close()
assert log == ["kept"]


# push: an __exit__-like callback can suppress an exception.
def suppress_all(*exc):
    log.append(exc[0].__name__ if exc[0] else None)
    return True


log.clear()
with ExitStack() as stack:
    assert stack.push(suppress_all) is suppress_all
    raise ZeroDivisionError
assert log == ["ZeroDivisionError"]


class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        log.append("enter " + self.name)
        return self

    def __exit__(self, *exc):
        log.append("exit " + self.name)
        return False


log.clear()
with ExitStack() as stack:
    cms = [stack.enter_context(CM(n)) for n in "abc"]
    assert [c.name for c in cms] == ["a", "b", "c"]
assert log == ["enter a", "enter b", "enter c", "exit c", "exit b", "exit a"]

try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    assert str(e) == "'builtins.int' object does not support the context manager protocol"


# Exceptions raised by callbacks chain as nested with statements would.
def raiser(exc):
    def cb():
        raise exc
    return cb


try:
    with ExitStack() as stack:
        stack.callback(raiser(KeyError("outer")))
        stack.callback(raiser(IndexError("inner")))
        raise ValueError("body")
except KeyError as e:
    assert isinstance(e.__context__, IndexError)
    assert isinstance(e.__context__.__context__, ValueError)
    assert e.__context__.__context__.__context__ is None
else:
    assert False

# A later callback can suppress the exception of an earlier one.
log.clear()
with ExitStack() as stack:
    stack.push(suppress_all)
    stack.callback(raiser(OSError("cb")))
assert log == ["OSError"]


# AbstractContextManager recognises classes by method.
class Duck:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass


assert issubclass(Duck, AbstractContextManager)
assert not issubclass(int, AbstractContextManager)
assert isinstance(nullcontext(), AbstractContextManager)


class Default(AbstractContextManager):
    def __exit__(self, *a):
        return None


d = Default()
with d as got:
    assert got is d


class Timer(ContextDecorator):
    def __enter__(self):
        log.append("start")
        return self

    def __exit__(self, *exc):
        log.append("stop")
        return False


@Timer()
def work(n):
    log.append(f"work {n}")
    return n


log.clear()
assert work(4) == 4
assert log == ["start", "work 4", "stop"]

# chdir
start = os.getcwd()
os.mkdir("sub_ctx")
with contextlib.chdir("sub_ctx"):
    assert os.getcwd() == os.path.join(start, "sub_ctx")
assert os.getcwd() == start
os.rmdir("sub_ctx")
print("contextlib ok", len(log))
