# Scopes and closures: local, enclosing, global and builtin names,
# global and nonlocal, closures over loop variables, class scope rules,
# comprehension scopes, default arguments, lambdas, walrus, decorators.

import sys


def raises(exc, fn, *args):
    """Call fn(*args), check it raises exc, and return the exception."""
    try:
        fn(*args)
    except exc as e:
        return e
    raise AssertionError(f"{fn!r}{args!r} did not raise {exc.__name__}")


# LEGB lookup.
x = "global"


def outer():
    x = "enclosing"

    def inner():
        return x

    return inner()


def reads_global():
    return x


def shadows_builtin():
    len = lambda obj: -1  # noqa: E731
    return len([1, 2])


assert outer() == "enclosing"
assert reads_global() == "global"
assert shadows_builtin() == -1 and len([1, 2]) == 2


# global and nonlocal.
counter = 0


def bump():
    global counter
    counter += 1
    return counter


assert bump() == 1 and bump() == 2 and counter == 2


def make_global():
    global created_later
    created_later = "made"


make_global()
assert created_later == "made"


def make_counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count

    def get():
        return count

    return inc, get


inc, get = make_counter()
inc()
inc(5)
assert get() == 6
inc2, get2 = make_counter()
assert inc2() == 1 and get() == 6  # each call has its own cell


def nonlocal_through_levels():
    v = 1

    def middle():
        def innermost():
            nonlocal v
            v *= 10
        innermost()
        innermost()

    middle()
    return v


assert nonlocal_through_levels() == 100


# UnboundLocalError: assignment anywhere makes a name local.
def uses_before_assign():
    total = x + "!"  # x is local here because of the assignment below
    x = 1
    return total


e = raises(UnboundLocalError, uses_before_assign)
assert str(e) == "cannot access local variable 'x' where it is not associated with a value"


def deleted_local():
    y = 1
    del y
    return y


e = raises(UnboundLocalError, deleted_local)
assert str(e) == "cannot access local variable 'y' where it is not associated with a value"


def free_before_assign():
    def reader():
        return z
    e = raises(NameError, reader)
    z = 1
    return str(e), reader()


msg, value = free_before_assign()
assert msg == "cannot access free variable 'z' where it is not associated with a value in enclosing scope"
assert value == 1

# Closures capture variables, not values: the loop-variable trap and fixes.
late = [lambda: i for i in range(3)]
assert [f() for f in late] == [2, 2, 2]
early = [lambda i=i: i for i in range(3)]
assert [f() for f in early] == [0, 1, 2]


def make_adders():
    adders = []
    for n in range(3):
        adders.append(lambda v, n=n: v + n)
    return adders


assert [a(10) for a in make_adders()] == [10, 11, 12]


def late_binding():
    fns = []
    for k in range(3):
        def f():
            return k
        fns.append(f)
    k = "changed"
    return [f() for f in fns]


assert late_binding() == ["changed", "changed", "changed"]
adder = (lambda a: lambda b: a + b)(10)
assert adder(5) == 15
assert adder.__closure__[0].cell_contents == 10
assert outer.__code__.co_cellvars == ("x",)


def closure_sees_updates():
    items = []

    def add(v):
        items.append(v)
        return len(items)

    add(1)
    items = ["replaced"]
    return add(2), items


assert closure_sees_updates() == (2, ["replaced", 2])

# Class scope: class bodies do not form enclosing scopes for methods or
# for comprehensions (other than the first iterable).
y = "module y"


class Scoped:
    y = "class y"
    from_class = y
    doubled = [y * 2 for _ in range(1)]  # y here is the module's y
    firsts = [v for v in y]  # the first iterable sees the class scope

    def method(self):
        return y

    @staticmethod
    def static():
        return y


assert Scoped.from_class == "class y"
assert Scoped.doubled == ["module ymodule y"]
assert Scoped.firsts == list("class y")
assert Scoped().method() == "module y" and Scoped.static() == "module y"


def class_in_function():
    value = "function value"

    class Inner:
        seen = value  # class bodies do see enclosing function scopes

        def get(self):
            return value

    value = "updated"
    return Inner.seen, Inner().get()


assert class_in_function() == ("function value", "updated")


class Counter:
    total = 0

    def add(self):
        Counter.total += 1
        self.total += 10  # creates an instance attribute
        return self.total


cc = Counter()
assert cc.add() == 11 and Counter.total == 1


# Comprehension scopes: their variables do not leak, they see enclosing
# function variables, and walrus binds outside.
def comp_scope():
    base = 10
    vals = [base + i for i in range(3)]
    found = [last := v for v in vals if v > 10]
    return vals, found, last


assert comp_scope() == ([10, 11, 12], [11, 12], 12)
e = raises(NameError, lambda: eval("[j for j in range(2)] and j"))
assert str(e) == "name 'j' is not defined"
funcs = [lambda: k for k in range(2)]
assert funcs[0]() == 1


# Default values are evaluated once, at definition.
def append_to(item, target=[]):
    target.append(item)
    return target


assert append_to(1) == [1]
assert append_to(2) == [1, 2]
assert append_to.__defaults__ == ([1, 2],)
n = 5


def default_snapshot(v=n):
    return v


n = 6
assert default_snapshot() == 5


# Argument kinds: positional-only, keyword-only, defaults, *args, **kwargs.
def params(a, b=2, /, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, kw)


assert params(1, d=4) == (1, 2, 3, (), 4, 5, {})
assert params(1, 20, 30, 40, d=4, z=0) == (1, 20, 30, (40,), 4, 5, {"z": 0})
assert params(1, c=9, d=4, b=7) == (1, 2, 9, (), 4, 5, {"b": 7})
e = raises(TypeError, lambda: params(a=1, d=4))
assert str(e) == "params() missing 1 required positional argument: 'a'"
assert params.__code__.co_argcount == 3
assert params.__code__.co_posonlyargcount == 2
assert params.__code__.co_kwonlyargcount == 2
assert params.__kwdefaults__ == {"e": 5}


# Decorators with arguments, stacking order, and wrapping closures.
def repeat(times):
    def deco(fn):
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco


def tag(label):
    def deco(fn):
        return lambda *a: f"<{label}>{fn(*a)}</{label}>"
    return deco


@repeat(2)
def hello(name):
    return "hi " + name


@tag("b")
@tag("i")
def bold_italic(s):
    return s


assert hello("x") == ["hi x", "hi x"] and hello.__name__ == "hello"
assert bold_italic("t") == "<b><i>t</i></b>"


# Memoisation with a closure-held dict.
def memo(fn):
    cache = {}

    def wrapped(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]

    wrapped.cache = cache
    return wrapped


@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


assert fib(90) == 2880067194370816120
assert len(fib.cache) == 91


# Recursion through a global name and through mutual recursion.
def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


assert is_even(100) and is_odd(7)

# globals(), locals() and the builtins module.
assert globals()["counter"] == 2
assert "x" in globals() and globals() is sys.modules["__main__"].__dict__


def show_locals(a, b=1):
    c = a + b
    return sorted(locals())


assert show_locals(1) == ["a", "b", "c"]
assert __name__ == "__main__"
assert type(__builtins__).__name__ in ("module", "dict")
builtin_len = len
len = lambda obj: "shadowed"  # noqa: E731
assert len([]) == "shadowed"
del len
assert len([]) == 0 and len is builtin_len

# Lambdas, conditional definitions, redefinition.
square = lambda v: v * v  # noqa: E731
assert square(7) == 49 and square.__name__ == "<lambda>"
if True:
    def choice():
        return "first"
else:
    def choice():
        return "second"
assert choice() == "first"


def choice():
    return "redefined"


assert choice() == "redefined"

print("ok")
