# Binary operators whose left operand's class defines the dunder as a
# plain Python function: the eval loop runs it as a frame of its own
# (cached per instruction by class), keeping the operands for the rest of
# the operator when it returns NotImplemented. Each check warms a site,
# then changes what it must do: reflected methods, subclasses, in-place
# forms, redefinition, errors and tracebacks.
import sys
import traceback


def raises(exc, fn, *args):
    try:
        fn(*args)
    except exc as e:
        return str(e)
    raise AssertionError("%s not raised" % exc.__name__)


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        if isinstance(other, V):
            return V(self.x + other.x)
        if isinstance(other, int):
            return V(self.x + other)
        return NotImplemented

    def __sub__(self, other):
        return V(self.x - other.x)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return V(self.x * k)
        return NotImplemented

    __rmul__ = __mul__

    def __eq__(self, other):
        return isinstance(other, V) and self.x == other.x

    __hash__ = None

    def __repr__(self):
        return "V(%r)" % self.x


# The superinstruction forms: two locals, a local and a constant, a stack
# value and a local, stored to a local, stored to an item.
def two_locals(a, b):
    return a + b


def local_const(a):
    return a * 3


def stack_local(a, b):
    return V(a.x) - b


def store_local(a, b):
    c = a + b
    return c


def store_item(d, a, b):
    d["k"] = a - b
    return d


def aug_item(d, a):
    d["k"] += a
    return d


for i in range(30):
    assert two_locals(V(i), V(1)) == V(i + 1)
    assert local_const(V(i)) == V(3 * i)
    assert stack_local(V(i), V(2)) == V(i - 2)
    assert store_local(V(1), V(i)) == V(1 + i)
    assert store_item({}, V(i), V(1)) == {"k": V(i - 1)}
    assert aug_item({"k": V(i)}, 5) == {"k": V(i + 5)}
    # int + V: int's slot first, then V's reflected method (none: error).
    assert 2 * V(i) == V(2 * i)
print("forms ok")


# NotImplemented from the left operand's method: the right operand's
# reflected method, then the TypeError, with the in-place form's message.
class R:
    def __init__(self):
        self.calls = []

    def __radd__(self, other):
        self.calls.append(("radd", other.x))
        return "R.radd"


class Plain:
    pass


def add(a, b):
    return a + b


def iadd(a, b):
    a += b
    return a


for i in range(20):
    r = R()
    assert add(V(i), r) == "R.radd" and r.calls == [("radd", i)]
    assert iadd(V(i), r) == "R.radd"
    assert raises(TypeError, add, V(i), "s") == "unsupported operand type(s) for +: 'V' and 'str'"
    assert raises(TypeError, iadd, V(i), "s") == "unsupported operand type(s) for +=: 'V' and 'str'"
    assert raises(TypeError, add, V(i), Plain()) == "unsupported operand type(s) for +: 'V' and 'Plain'"
    # A float's own slot after NotImplemented: V * "x" declines, str's
    # repeat does not take a V either.
    assert raises(TypeError, lambda a, b: a * b, V(i), "x") == "can't multiply sequence by non-int of type 'V'"
print("NotImplemented ok")


# Same class: no reflected call after NotImplemented.
class Same:
    def __init__(self):
        self.log = []

    def __add__(self, other):
        self.log.append("add")
        return NotImplemented

    def __radd__(self, other):
        self.log.append("radd")
        return "radd"


for i in range(10):
    a, b = Same(), Same()
    assert raises(TypeError, add, a, b) == "unsupported operand type(s) for +: 'Same' and 'Same'"
    assert a.log == ["add"] and b.log == []


# A subclass on the right that overrides the reflected method goes first.
class Sub(V):
    def __radd__(self, other):
        return "Sub.radd"


class SubNoOverride(V):
    pass


for i in range(10):
    assert add(V(1), Sub(2)) == "Sub.radd"
    assert add(V(1), SubNoOverride(2)) == V(3)
    assert add(Sub(1), V(2)) == V(3)
print("reflected ok")


# A subclass overriding the dunder, and the class's dunder redefined after
# the site is warm (and deleted: then the base's).
class W(V):
    def __add__(self, other):
        return "W.add"


def add_any(a, b):
    return a + b


for i in range(10):
    assert add_any(V(1), V(2)) == V(3)
    assert add_any(W(1), V(2)) == "W.add"
W.__add__ = lambda self, other: "W.add2"
assert add_any(W(1), V(2)) == "W.add2"
del W.__add__
assert add_any(W(1), V(2)) == V(3)


class Redef:
    def __add__(self, other):
        return 1


for i in range(10):
    assert add_any(Redef(), 0) == 1
Redef.__add__ = lambda self, other: 2
assert add_any(Redef(), 0) == 2


def not_a_function(self, other, extra=5):
    return extra


Redef.__add__ = not_a_function
assert add_any(Redef(), 0) == 5
Redef.__add__ = staticmethod(lambda b: ("static", b))
assert add_any(Redef(), 0) == ("static", 0)
del Redef.__add__
assert raises(TypeError, add_any, Redef(), 0) == "unsupported operand type(s) for +: 'Redef' and 'int'"
print("redefinition ok")


# In-place: __iadd__ first when the class has it, else __add__.
class I:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        return I(self.x + other)


class J(I):
    def __iadd__(self, other):
        self.x += 100 * other
        return self


for i in range(10):
    a = I(1)
    b = iadd(a, 2)
    assert b is not a and b.x == 3 and a.x == 1
    a = J(1)
    b = iadd(a, 2)
    assert b is a and a.x == 201
print("in-place ok")


# Exceptions raised in the dunder: caught by the caller, in the
# traceback with the dunder's frame after the caller's, and the frame's
# caller is the function with the operator.
class Boom:
    def __mul__(self, other):
        if other == 0:
            raise ZeroDivisionError("boom %r" % other)
        return sys._getframe(1).f_code.co_name

    def __sub__(self, other):
        return self - other  # unbounded recursion


def mul(a, b):
    return a * b


for i in range(5):
    assert mul(Boom(), 1) == "mul"
    try:
        mul(Boom(), 0)
    except ZeroDivisionError as e:
        names = [fs.name for fs in traceback.extract_tb(e.__traceback__)]
        assert names == ["<module>", "mul", "__mul__"], names
        assert str(e) == "boom 0"
    else:
        raise AssertionError("no error")
    try:
        Boom() - 1
    except RecursionError as e:
        assert "maximum recursion depth exceeded" in str(e)
    else:
        raise AssertionError("no RecursionError")
print("errors ok")


# The dunder rebinding its parameters, and a result that outlives the
# operands it was made from.
class Rebind:
    def __init__(self, tag):
        self.tag = tag

    def __add__(self, other):
        self = other
        other = None
        del other
        return self


def rebind(a, b):
    return a + b


for i in range(10):
    keep = rebind(Rebind("a"), Rebind("b"))
    assert keep.tag == "b"
    assert (Rebind("a") + [i])[0] == i
print("rebinding ok")


# Generator and coroutine-like dunders run through the slot: the result
# is a generator object.
class G:
    def __add__(self, other):
        yield other


for i in range(5):
    assert list(add(G(), i)) == [i]
print("generator ok")


# x <op> a.name as one instruction: numbers, strings built in a loop, a
# class instance on the left (its dunder as a frame), and the errors of
# the attribute and of the operator.
class Rec:
    def __init__(self, v, s):
        self.v = v
        self.s = s


def field_sum(recs):
    total = 0
    text = ""
    for r in recs:
        total = total + r.v
        text = text + r.s
    return total, text


def vec_plus_field(a, r):
    return a + r.v


def missing_field(x, r):
    return x + r.nope


def bad_operand(x, r):
    return x - r.s


recs = [Rec(i, str(i)) for i in range(12)]
assert field_sum(recs) == (66, "01234567891011")
for i in range(10):
    assert vec_plus_field(V(i), Rec(V(1), "")) == V(i + 1)
    assert vec_plus_field(V(i), Rec(2, "")) == V(i + 2)
    assert raises(AttributeError, missing_field, 1, Rec(1, "")) == "'Rec' object has no attribute 'nope'"
    assert raises(TypeError, bad_operand, 1, Rec(1, "s")) == "unsupported operand type(s) for -: 'int' and 'str'"
print("field operators ok")
