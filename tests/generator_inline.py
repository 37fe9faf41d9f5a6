# Generators driven by for loops, comprehensions and yield from (which the
# eval loop resumes in place, without a nested run): the exception being
# handled on each side of a yield, StopIteration turned into RuntimeError
# (PEP 479), tracebacks through the chain, return values of yield from,
# re-entry errors, the frame chain while running, unpacking loops,
# recursion limits, throw() into a suspended chain, and generators shared
# by threads.

import sys
import threading
import traceback


def raises(exc, fn, *args):
    try:
        fn(*args)
    except exc as e:
        return e
    raise AssertionError(f"{fn!r}{args!r} did not raise {exc.__name__}")


# sys.exc_info() inside and outside the generator, across yields.
def handling():
    try:
        raise KeyError("inner")
    except KeyError:
        yield sys.exc_info()[1]
        yield sys.exc_info()[1]
    yield sys.exc_info()[1]


try:
    raise ValueError("outer")
except ValueError:
    seen = [repr(x) for x in handling()]
    assert repr(sys.exc_info()[1]) == "ValueError('outer')"
assert seen == ["KeyError('inner')", "KeyError('inner')", "ValueError('outer')"], seen
seen = []
for x in handling():
    seen.append((repr(x), repr(sys.exc_info()[1])))
assert seen == [("KeyError('inner')", "None"), ("KeyError('inner')", "None"), ("None", "None")], seen
assert sys.exc_info() == (None, None, None)


# PEP 479, directly and through yield from.
def leaks_stop():
    yield 1
    raise StopIteration("x")


def delegates(g):
    yield from g


def drain(it):
    for _ in it:
        pass


e = raises(RuntimeError, drain, leaks_stop())
assert str(e) == "generator raised StopIteration"
assert repr(e.__cause__) == "StopIteration('x')"
e = raises(RuntimeError, drain, delegates(leaks_stop()))
assert str(e) == "generator raised StopIteration"


# A traceback names every frame of the chain.
def divides():
    yield 1
    1 / 0


try:
    drain(delegates(divides()))
except ZeroDivisionError:
    names = [fs.name for fs in traceback.extract_tb(sys.exc_info()[2])]
assert names == ["<module>", "drain", "delegates", "divides"], names


# yield from's value, send through the chain.
def echo():
    x = yield 1
    return ("ret", x)


def relay():
    r = yield from echo()
    yield r


g = relay()
assert next(g) == 1
assert g.send("sent") == ("ret", "sent")
assert list(relay()) == [1, ("ret", None)]


# A generator that resumes itself.
def reentrant():
    yield next(me)


me = reentrant()
e = raises(ValueError, drain, me)
assert str(e) == "generator already executing"


# While it runs, the generator is running and its caller is the frame
# below it.
def introspect():
    yield gen.gi_running
    yield sys._getframe().f_back.f_code.co_name
    yield gen.gi_frame.f_back.f_code.co_name


def consumer():
    return [x for x in gen]


gen = introspect()
assert consumer() == [True, "<listcomp>", "<listcomp>"]
assert gen.gi_running is False and gen.gi_frame is None


# Unpacking for loops over generators.
def pairs():
    for i in range(3):
        yield i, i * i


assert [a + b for a, b in pairs()] == [0, 2, 6]
out = []
for a, b in pairs():
    out.append((a, b))
assert out == [(0, 0), (1, 1), (2, 4)]
out = []
for k, (a, b) in enumerate(pairs()):
    out.append(k + a + b)
assert out == [0, 3, 8]
for (a, b), c in zip(pairs(), "xyz"):
    assert isinstance(c, str) and b == a * a


# A loop left by break keeps the generator suspended for later.
log = []


def two():
    try:
        yield 1
        yield 2
    finally:
        log.append("finally")


g = two()
for x in g:
    break
assert log == [] and list(g) == [2] and log == ["finally"]


# Recursion: deep chains work, too deep ones raise RecursionError.
def chain(n):
    if n:
        yield from chain(n - 1)
    else:
        yield "bottom"


assert list(chain(300)) == ["bottom"]
raises(RecursionError, list, chain(100000))


# throw() reaches the innermost generator of a chain suspended in a loop.
def inner():
    try:
        yield 1
    except KeyError:
        yield "caught"


def outer():
    yield from inner()


o = outer()
assert next(o) == 1
assert o.throw(KeyError) == "caught"
g = (x for x in range(3))
assert list(delegates(g)) == [0, 1, 2]


# Exceptions raised in the generator are caught by the consumer's handler
# and the generator is finished.
def fails_at(n):
    for i in range(5):
        if i == n:
            raise IndexError(i)
        yield i


got = []
try:
    for x in fails_at(3):
        got.append(x)
except IndexError as err:
    got.append(("err", err.args))
assert got == [0, 1, 2, ("err", (3,))]
g = fails_at(1)
assert next(g) == 0
raises(IndexError, next, g)
assert list(g) == []


# Generators shared by threads: each value is taken by exactly one thread;
# a thread that finds the generator running gets ValueError.
def numbers(n):
    for i in range(n):
        yield i


shared = numbers(20000)
taken = [[] for _ in range(4)]


def take(k):
    while True:
        try:
            for x in shared:
                taken[k].append(x)
            return
        except ValueError as err:
            assert str(err) == "generator already executing"


threads = [threading.Thread(target=take, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
allv = sorted(x for part in taken for x in part)
assert allv == list(range(20000)), len(allv)
print("generator inline ok")
