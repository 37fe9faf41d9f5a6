"""What a closure, a lambda or a comprehension refers to is released when
the function goes, as in CPython: a nested function is counted like any
object (only top-level functions are deferred in gilfree), and a frame
running it holds it."""

log = []


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(self.name)


def make_and_drop_closure():
    obj = Tracked("closure")
    g = lambda: obj
    return g() is obj


assert make_and_drop_closure()
assert log == ["closure"], log

log.clear()


def attr_on_nested():
    def inner():
        return 1
    inner.attr = Tracked("attribute of a nested function")
    return inner()


assert attr_on_nested() == 1
assert log == ["attribute of a nested function"], log

log.clear()


def comprehension():
    t = Tracked("comprehension's closure")
    return [x for x in range(3) if t]


assert comprehension() == [0, 1, 2]
assert log == ["comprehension's closure"], log

# A lambda called right where it is made: the frame holds the function
# while its body reads the closure.
log.clear()


def call_at_once():
    t = Tracked("called at once")
    return (lambda: t.name)()


assert call_at_once() == "called at once"
assert log == ["called at once"], log

# A closure that is returned lives on with what it refers to.
log.clear()


def counter():
    box = Tracked("counter's box")
    box.n = 0

    def step():
        box.n += 1
        return box.n

    return step


step = counter()
assert step() == 1 and step() == 2
assert log == []
del step
assert log == ["counter's box"], log

# A generator made by a nested function keeps the function's closure
# until it ends.
log.clear()


def gen_factory():
    t = Tracked("generator's closure")

    def gen():
        yield t.name
        yield len(t.name)

    return gen()


g = gen_factory()
assert next(g) == "generator's closure"
assert log == []
assert next(g) == len("generator's closure")
del g
assert log == ["generator's closure"], log

# Nested functions keep working as values: in a dict, as methods of a class
# made in a function, recursively through their own cell.
log.clear()


def make_class():
    class Local:
        def __init__(self):
            self.t = Tracked("instance of a local class")

        def get(self):
            return self.t.name

    return Local


Local = make_class()
obj = Local()
assert obj.get() == "instance of a local class"
del obj
assert log == ["instance of a local class"], log


def fact_maker():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact


assert fact_maker()(10) == 3628800
