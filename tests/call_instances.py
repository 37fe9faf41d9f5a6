# Calling instances whose class defines __call__: the eval loop runs a
# Python __call__ as a frame (cached per call site by class), so each
# check warms a site and then changes what it must call.


class Adder:
    def __init__(self, k):
        self.k = k

    def __call__(self, x, y=0, *rest, scale=1):
        return (self.k + x + y + sum(rest)) * scale


def call1(f, x):
    return f(x)


add = Adder(10)
assert [call1(add, i) for i in range(5)] == [10, 11, 12, 13, 14]
assert add(1, 2) == 13 and add(1, 2, 3, 4) == 20 and add(1, scale=2) == 22
assert add(*[1, 2]) == 13 and add(**{"x": 5}) == 15


# The instance's own __call__ attribute is ignored; the class's counts.
add.__call__ = lambda x: "instance attribute"
assert call1(add, 1) == 11


# Replacing __call__ on the class, with a function, a staticmethod, a
# builtin, and deleting it.
class Box:
    def __call__(self, x):
        return ("first", x)


b = Box()
for i in range(5):
    assert call1(b, i) == ("first", i)
Box.__call__ = lambda self, x: ("second", x)
assert call1(b, 1) == ("second", 1)
Box.__call__ = staticmethod(lambda x: ("static", x))
assert call1(b, 2) == ("static", 2)
Box.__call__ = abs  # a builtin is no descriptor: called without the instance
assert call1(b, -3) == 3
del Box.__call__
try:
    call1(b, 1)
except TypeError as exc:
    assert str(exc) == "'Box' object is not callable", exc
else:
    raise AssertionError("uncallable instance called")


# Builtin functions are no descriptors: as class attributes they are
# called without the instance, by a method call or a special method.
class WithBuiltins:
    size = len
    magnitude = abs
    __neg__ = abs


wb = WithBuiltins()
assert wb.magnitude(-4) == 4 and wb.size("abc") == 3
try:
    wb.size()
except TypeError as exc:
    assert "len() takes exactly one argument (0 given)" in str(exc), exc
else:
    raise AssertionError("len bound to the instance")
try:
    -wb
except TypeError as exc:
    assert "abs() takes exactly one argument (0 given)" in str(exc), exc
else:
    raise AssertionError("abs bound to the instance")


# A subclass overriding __call__, at one polymorphic site.
class Base:
    def __call__(self, x):
        return "base"


class Derived(Base):
    def __call__(self, x):
        return "derived " + super().__call__(x)


objs = [Base(), Derived()] * 4
assert [call1(o, 0) for o in objs] == ["base", "derived base"] * 4


# Wrong argument counts raise as CPython's do, naming the method.
try:
    call1(Base(), 1) and Base()(1, 2)
except TypeError as exc:
    assert "__call__() takes 2 positional arguments but 3 were given" in str(exc), exc
else:
    raise AssertionError("extra argument accepted")


# A generator __call__, recursion through __call__, and classes (whose
# calls go through their metaclass) at the same site.
class Counter:
    def __call__(self, n):
        yield from range(n)


class Fact:
    def __call__(self, n):
        return 1 if n <= 1 else n * self(n - 1)


assert list(call1(Counter(), 3)) == [0, 1, 2]
assert call1(Fact(), 10) == 3628800


class Meta(type):
    def __call__(cls, x):
        return ("meta", x)


class Made(metaclass=Meta):
    pass


site = [Made, Fact(), Made, Adder(1)]
assert [call1(c, 3) for c in site] == [("meta", 3), 6, ("meta", 3), 4]
print("ok")
