# Generators: yield, yield from with return values, send, throw, close,
# generator expressions, the iterator protocol and the StopIteration rules.


def raises(exc, fn, *args):
    """Call fn(*args), check it raises exc, and return the exception."""
    try:
        fn(*args)
    except exc as e:
        return e
    raise AssertionError(f"{fn!r}{args!r} did not raise {exc.__name__}")


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


g = count_up(3)
assert iter(g) is g
assert next(g) == 0 and next(g) == 1 and next(g) == 2
e = raises(StopIteration, next, g)
assert e.value is None
assert next(g, "done") == "done"
assert list(count_up(4)) == [0, 1, 2, 3]
assert sum(count_up(101)) == 5050
assert type(g).__name__ == "generator"
assert g.__name__ == "count_up"

# The body does not run until the first next().
trace = []


def traced():
    trace.append("start")
    yield 1
    trace.append("after 1")
    yield 2
    trace.append("end")


g = traced()
assert trace == []
assert next(g) == 1 and trace == ["start"]
assert next(g) == 2 and trace == ["start", "after 1"]
assert list(g) == [] and trace == ["start", "after 1", "end"]


# return in a generator sets StopIteration.value.
def with_return():
    yield "a"
    return "result"


g = with_return()
next(g)
e = raises(StopIteration, next, g)
assert e.value == "result" and e.args == ("result",)


# yield from delegates and returns the subgenerator's value.
def inner():
    x = yield "i1"
    yield f"got {x}"
    return "inner done"


def outer():
    result = yield from inner()
    yield result
    yield from ["l1", "l2"]
    yield from range(2)


g = outer()
assert next(g) == "i1"
assert g.send("sent") == "got sent"
assert list(g) == ["inner done", "l1", "l2", 0, 1]


def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


assert list(flatten([1, [2, [3, [4]], 5], [], 6])) == [1, 2, 3, 4, 5, 6]


# send: the first send must be None; values come back from yield.
def averager():
    total, n, avg = 0.0, 0, None
    while True:
        value = yield avg
        if value is None:
            return avg
        total += value
        n += 1
        avg = total / n


g = averager()
assert next(g) is None
assert g.send(10) == 10.0
assert g.send(20) == 15.0
assert g.send(60) == 30.0
e = raises(StopIteration, g.send, None)
assert e.value == 30.0
g2 = averager()
e = raises(TypeError, g2.send, 1)
assert str(e) == "can't send non-None value to a just-started generator"


# throw raises at the paused yield; the generator may handle it.
def resilient():
    while True:
        try:
            yield "ready"
        except ValueError as exc:
            yield f"handled {exc}"


g = resilient()
assert next(g) == "ready"
assert g.throw(ValueError("bad")) == "handled bad"
assert next(g) == "ready"
e = raises(KeyError, g.throw, KeyError("k"))
assert e.args == ("k",)
assert next(g, "exhausted") == "exhausted"


def fresh():
    yield 1


g = fresh()
raises(ZeroDivisionError, g.throw, ZeroDivisionError)
assert list(g) == []

# close raises GeneratorExit inside; finally blocks run.
events = []


def closable():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        events.append("exit")
        raise
    finally:
        events.append("finally")


g = closable()
next(g)
g.close()
assert events == ["exit", "finally"]
g.close()  # closing again is a no-op
assert events == ["exit", "finally"]
assert next(g, None) is None
g = closable()
g.close()  # never started: nothing runs
assert events == ["exit", "finally"]


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"


g = stubborn()
next(g)
e = raises(RuntimeError, g.close)
assert str(e) == "generator ignored GeneratorExit"


# A generator's finally runs when it is dropped unfinished.
def dropped():
    try:
        yield 1
    finally:
        events.append("dropped")


g = dropped()
next(g)
del g
assert events[-1] == "dropped"

# throw through yield from reaches the inner generator.
log = []


def sub():
    try:
        yield "s"
    except ValueError:
        log.append("sub caught")
        yield "recovered"


def delegator():
    yield from sub()
    yield "after"


g = delegator()
assert next(g) == "s"
assert g.throw(ValueError) == "recovered"
assert next(g) == "after"
assert log == ["sub caught"]


# PEP 479: StopIteration raised inside a generator becomes RuntimeError.
def leaky():
    yield 1
    raise StopIteration("oops")


g = leaky()
next(g)
e = raises(RuntimeError, next, g)
assert str(e) == "generator raised StopIteration"
assert type(e.__cause__) is StopIteration


def next_on_empty():
    yield next(iter([]))


e = raises(RuntimeError, list, next_on_empty())
assert str(e) == "generator raised StopIteration"


# A running generator cannot be re-entered.
def reentrant():
    yield me_gen.__next__()


me_gen = reentrant()
e = raises(ValueError, next, me_gen)
assert str(e) == "generator already executing"

# Generator expressions and laziness.
seen = []
squares = (seen.append(x) or x * x for x in range(5))
assert seen == []
assert next(squares) == 0 and seen == [0]
assert list(squares) == [1, 4, 9, 16] and seen == [0, 1, 2, 3, 4]
assert any(x > 2 for x in [1, 5, 0])
it = iter([1, 5, 0, 7])
assert any(x > 2 for x in it)
assert list(it) == [0, 7]  # any stopped at the first true value
assert all(x for x in []) and not any(x for x in [])


# Pipelines of generators.
def numbers():
    n = 0
    while True:
        yield n
        n += 1


def take(n, it):
    for _, x in zip(range(n), it):
        yield x


evens = (x for x in numbers() if x % 2 == 0)
assert list(take(5, evens)) == [0, 2, 4, 6, 8]
assert list(take(3, evens)) == [10, 12, 14]


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


assert list(take(10, fib())) == [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]
f = fib()
for _ in range(100):
    last = next(f)
assert last == 218922995834555169026


# Iterators: iter() with a sentinel, and exhausted iterators stay exhausted.
data = iter([3, 2, 1, 0, 5])
assert list(iter(lambda: next(data), 0)) == [3, 2, 1]
assert next(data) == 5
it = iter("ab")
assert list(it) == ["a", "b"] and list(it) == []
e = raises(TypeError, iter, 5)
assert str(e) == "'int' object is not iterable"
e = raises(TypeError, next, [1])
assert str(e) == "'list' object is not an iterator"

# Generator state attributes.
g = count_up(2)
assert g.gi_running is False and g.gi_frame is not None
list(g)
assert g.gi_frame is None


# Generators as methods and with closures.
class Tree:
    def __init__(self, value, *children):
        self.value, self.children = value, children

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child


t = Tree(1, Tree(2, Tree(3)), Tree(4))
assert list(t) == [1, 2, 3, 4]
assert [x * 10 for x in t] == [10, 20, 30, 40]


def counter_gen(start):
    def step():
        nonlocal start
        start += 1
        return start
    while start < 3:
        yield step()


assert list(counter_gen(0)) == [1, 2, 3]

print("ok")
