# obj.method as a value: LOAD_ATTR caches the class's function (or
# builtin method descriptor) per instruction and binds it to the object,
# without the generic lookup. Each check warms a site, then changes what
# the lookup must find: an instance attribute shadowing the method, the
# class's method redefined or deleted, a subclass, builtin methods.


class A:
    def m(self):
        return ("A.m", self.tag)

    def __init__(self, tag):
        self.tag = tag


class B(A):
    def m(self):
        return ("B.m", self.tag)


def get(o):
    return o.m


for i in range(20):
    a = A(i)
    bm = get(a)
    assert bm() == ("A.m", i) and bm.__self__ is a and bm.__func__ is A.__dict__["m"]
    assert get(a) == get(a) and get(a) is not get(a)
    assert get(B(i))() == ("B.m", i)

# An instance attribute shadows a non-data descriptor.
a = A("x")
a.m = lambda: "instance"
assert get(a)() == "instance"
del a.m
assert get(a)() == ("A.m", "x")

# The class's method redefined, then deleted (the base's is found).
B.m = lambda self: ("B.m2", self.tag)
assert get(B(1))() == ("B.m2", 1)
del B.m
assert get(B(2))() == ("A.m", 2)
del A.m
try:
    get(A(3))
except AttributeError as e:
    assert str(e) == "'A' object has no attribute 'm'", str(e)
else:
    raise AssertionError("no AttributeError")


# classmethod, staticmethod and a property named like a method.
class C:
    @classmethod
    def m(cls):
        return cls.__name__


class D:
    @staticmethod
    def m():
        return "static"


class E:
    @property
    def m(self):
        return lambda: "property"


class F:
    def __getattr__(self, name):
        return lambda: "getattr " + name


for i in range(10):
    assert get(C())() == "C" and get(D())() == "static" and get(E())() == "property"
    assert get(F())() == "getattr m"


# Builtin method descriptors bound to instances of builtin subclasses, and
# bound methods kept past their object's other references.
class L(list):
    pass


def app(o):
    return o.append


for i in range(10):
    lst = L()
    f = app(lst)
    f(i)
    f(i + 1)
    assert lst == [i, i + 1]
    assert app([1])  # a plain list's bound builtin method
B.m = lambda self: self.tag
keep = [get(B(k)) for k in range(50)]
assert [bm() for bm in keep] == list(range(50))
print("bound methods ok")


# self.x and self.x = v run as one instruction: errors keep the
# attribute's line and message, and an unbound local is reported as such.
import traceback


def read_missing(o):
    return o.missing


def read_unbound():
    if False:
        o = 1
    return o.x


def store_on_int(v):
    v.y = [1]


def store_unbound():
    if False:
        v = 1
    v.y = 2


got = []
for fn, args in ((read_missing, (1,)), (read_unbound, ()), (store_on_int, (1,)), (store_unbound, ())):
    try:
        fn(*args)
    except Exception as e:
        got.append((type(e).__name__, str(e), traceback.extract_tb(e.__traceback__)[-1].name))
assert got == [
    ("AttributeError", "'int' object has no attribute 'missing'", "read_missing"),
    ("UnboundLocalError", "cannot access local variable 'o' where it is not associated with a value", "read_unbound"),
    ("AttributeError", "'int' object has no attribute 'y'", "store_on_int"),
    ("UnboundLocalError", "cannot access local variable 'v' where it is not associated with a value", "store_unbound"),
], got
print("attribute errors ok")


# o.m(...) with o a local runs as one instruction: methods of classes,
# instance attributes that are callables, modules' functions, builtin
# methods, and a super object kept in a local.
import math


class Base:
    def who(self, x):
        return ("Base", x)


class Derived(Base):
    def who(self, x):
        s = super()
        return ("Derived",) + s.who(x)


def call_who(o, x):
    return o.who(x)


def call_mod(m, x):
    return m.sqrt(x)


def call_pop(lst):
    return lst.pop()


holder = Base()
for i in range(10):
    assert call_who(Base(), i) == ("Base", i)
    assert call_who(Derived(), i) == ("Derived", "Base", i)
    assert call_mod(math, 16.0) == 4.0
    assert call_pop([i, i + 1]) == i + 1
holder.who = lambda x: ("instance", x)
assert call_who(holder, 7) == ("instance", 7)
try:
    call_who(3, 1)
except AttributeError as e:
    assert str(e) == "'int' object has no attribute 'who'"
else:
    raise AssertionError("no AttributeError")
print("method calls ok")
