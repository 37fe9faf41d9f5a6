# functools: reduce, partial, partialmethod, wraps, lru_cache/cache,
# cached_property, total_ordering, cmp_to_key, singledispatch.
import functools
from functools import (cache, cached_property, cmp_to_key, lru_cache, partial, partialmethod, reduce,
                       singledispatch, singledispatchmethod, total_ordering, update_wrapper, wraps)


def raises(exc, fn, *args, **kw):
    try:
        fn(*args, **kw)
    except exc as e:
        return str(e)
    raise AssertionError("%s not raised" % exc.__name__)


# reduce
assert reduce(lambda a, b: a + b, [1, 2, 3, 4]) == 10
assert reduce(lambda a, b: a * b, range(1, 6), 1) == 120
assert reduce(lambda a, b: a + b, [], 7) == 7
assert reduce(lambda a, b: a + b, ["x"]) == "x"
assert reduce(lambda a, b: b, iter([1, 2, 3])) == 3
assert raises(TypeError, reduce, lambda a, b: a, []) == "reduce() of empty iterable with no initial value"
assert raises(TypeError, reduce, lambda a, b: a) == "reduce expected at least 2 arguments, got 1"
assert raises(TypeError, reduce, lambda a, b: a, 3) == "reduce() arg 2 must support iteration"
assert raises(TypeError, reduce, lambda a, b: a, [], 1, 2) == "reduce expected at most 3 arguments, got 4"


# partial
def f(a, b, c=3, *, d=4):
    return (a, b, c, d)


p = partial(f, 1, c=30)
assert p(2) == (1, 2, 30, 4) and p(2, d=40) == (1, 2, 30, 40) and p(2, c=5) == (1, 2, 5, 4)
assert p.func is f and p.args == (1,) and p.keywords == {"c": 30}
p2 = partial(p, 2, d=0)
assert p2.func is f and p2.args == (1, 2) and p2.keywords == {"c": 30, "d": 0}
assert p2() == (1, 2, 30, 0)
assert repr(partial(max, 1, key=abs)) == "functools.partial(<built-in function max>, 1, key=<built-in function abs>)"
assert raises(TypeError, partial) == "type 'partial' takes at least one argument"
assert raises(TypeError, partial, 3) == "the first argument must be callable"
p.attr = 5
assert p.attr == 5 and p.__dict__ == {"attr": 5}
assert partial(p, 9).func is p  # a partial with a __dict__ is not flattened
assert raises(AttributeError, setattr, p, "func", max) == "readonly attribute"


def collect(*a, **k):
    return a, k


pk = partial(collect, 1, x=1, y=2)
assert pk(2, y=3, z=4) == ((1, 2), {"x": 1, "y": 3, "z": 4}) and pk() == ((1,), {"x": 1, "y": 2})
pk2 = partial(pk, 3, z=9)
assert pk2.args == (1, 3) and pk2.keywords == {"x": 1, "y": 2, "z": 9} and pk2.func is collect
st = partial(collect)
st.__setstate__((collect, (1,), {"k": 2}, {"d": 3}))
assert st() == ((1,), {"k": 2}) and st.d == 3 and st.args == (1,)
assert raises(TypeError, st.__setstate__, (1, 2)) == "invalid partial state"
assert partial(int, base=2)("101") == 5 and list(map(partial(pow, exp=2), [1, 2, 3])) == [1, 4, 9]
assert isinstance(pk, partial) and callable(pk)


class MyPartial(partial):
    pass


assert repr(MyPartial(max, 2)).startswith("MyPartial(<built-in function max>, 2")
assert list(map(partial(pow, 2), range(5))) == [1, 2, 4, 8, 16]


# partialmethod
class Cell:
    def __init__(self):
        self._alive = False

    def set_state(self, state):
        self._alive = bool(state)
        return self

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)


c = Cell()
assert c.set_alive()._alive is True and c.set_dead()._alive is False


# wraps / update_wrapper
def deco(fn):
    @wraps(fn)
    def wrapper(*args, **kw):
        """wrapper doc"""
        return fn(*args, **kw) * 2
    return wrapper


@deco
def double_me(x: int) -> int:
    """Return x."""
    return x


assert double_me(4) == 8
assert double_me.__name__ == "double_me" and double_me.__doc__ == "Return x."
assert double_me.__wrapped__(4) == 4 and double_me.__annotations__ == {"x": int, "return": int}
assert double_me.__qualname__ == "double_me" and double_me.__module__ == __name__


def plain():
    pass


plain.extra = 1


def w2():
    pass


update_wrapper(w2, plain)
assert w2.extra == 1 and w2.__wrapped__ is plain and w2.__name__ == "plain"

# lru_cache
calls = []


@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x


assert sq(2) == 4 and sq(2) == 4 and sq(3) == 9
assert calls == [2, 3]
assert sq.cache_info() == (1, 2, 2, 2)
assert repr(sq.cache_info()) == "CacheInfo(hits=1, misses=2, maxsize=2, currsize=2)"
sq(4)  # evicts 2, the least recently used
sq(3)
sq(2)
assert calls == [2, 3, 4, 2]
assert sq.cache_info().currsize == 2
sq.cache_clear()
assert sq.cache_info() == (0, 0, 2, 0)
assert sq.cache_parameters() == {"maxsize": 2, "typed": False}
assert sq.__name__ == "sq" and sq.__wrapped__(5) == 25


@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


assert fib(80) == 23416728348467685 and fib.cache_info().misses == 81
assert fib.cache_info().maxsize == 128


@lru_cache(maxsize=None, typed=True)
def ident(x):
    calls.append(("ident", x))
    return x


calls.clear()
ident(1)
ident(1.0)
ident(1)
assert calls == [("ident", 1), ("ident", 1.0)] and ident.cache_info().hits == 1


@lru_cache(maxsize=0)
def nocache(x):
    return x


nocache(1)
nocache(1)
assert nocache.cache_info() == (0, 2, 0, 0)


@cache
def kw(a, b=0):
    calls.append((a, b))
    return a + b


calls.clear()
kw(1, b=2)
kw(1, b=2)
kw(1, 2)
assert calls == [(1, 2), (1, 2)] and kw.cache_info().currsize == 2
assert raises(TypeError, lru_cache, "x") == "Expected first argument to be an integer, a callable, or None"


class Meth:
    def __init__(self):
        self.n = 0

    @lru_cache(maxsize=None)
    def get(self, x):
        self.n += 1
        return x * 10


m = Meth()
assert m.get(1) == 10 and m.get(1) == 10 and m.n == 1
assert raises(TypeError, lambda: sq([1])) == "unhashable type: 'list'"


# cached_property
class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @cached_property
    def area(self):
        self.computed += 1
        return 3 * self.r * self.r


ci = Circle(2)
assert ci.area == 12 and ci.area == 12 and ci.computed == 1 and ci.__dict__["area"] == 12
del ci.area
assert ci.area == 12 and ci.computed == 2
assert isinstance(Circle.area, cached_property)


class Slotted:
    __slots__ = ("x",)

    @cached_property
    def prop(self):
        return 1


assert raises(TypeError, lambda: Slotted().prop) == \
    "No '__dict__' attribute on 'Slotted' instance to cache 'prop' property."


# total_ordering
@total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.n < other.n


v1, v2 = Version(1), Version(2)
assert v1 < v2 and v2 > v1 and v1 <= v2 and v2 >= v1 and v1 <= Version(1) and not v1 > v2
assert Version.__gt__.__name__ == "__gt__"
assert raises(TypeError, lambda: v1 > 3) == "'>' not supported between instances of 'Version' and 'int'"


@total_ordering
class Ge:
    def __init__(self, n):
        self.n = n

    def __ge__(self, other):
        return self.n >= other.n


assert Ge(2) > Ge(1) and Ge(1) < Ge(2) and Ge(1) <= Ge(2) and not Ge(1) <= Ge(1)


def no_order():
    @total_ordering
    class Nothing:
        pass


assert raises(ValueError, no_order) == "must define at least one ordering operation: < > <= >="


# cmp_to_key
def numeric_desc(a, b):
    return b - a


assert sorted([3, 1, 2], key=cmp_to_key(numeric_desc)) == [3, 2, 1]
K = cmp_to_key(lambda a, b: (a > b) - (a < b))
assert K(1) < K(2) and K(2) >= K(2) and K(3) == K(3) and not K(1) > K(2)
assert sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda a, b: len(a) - len(b))) == ["a", "bb", "ccc"]
assert max([1, 5, 3], key=cmp_to_key(numeric_desc)) == 1
# Keys of two cmp_to_key calls share one type and compare with the left
# key's function; a key compared with anything else is a TypeError.
Desc = cmp_to_key(numeric_desc)
assert type(K(1)) is type(Desc(1)) and K(1) < Desc(2) and not Desc(1) < K(2)
assert K(7).obj == 7
try:
    K(1) < 2
except TypeError as e:
    assert str(e) == "other argument must be K instance"
else:
    raise AssertionError("key compared with an int")


# singledispatch
@singledispatch
def describe(x):
    return "object"


@describe.register
def _(x: int):
    return "int"


@describe.register(list)
def _(x):
    return "list"


def desc_str(x):
    return "str"


describe.register(str, desc_str)


class MyInt(int):
    pass


assert describe(1) == "int" and describe(MyInt(2)) == "int" and describe(True) == "int"
assert describe([1]) == "list" and describe("s") == "str" and describe(1.5) == "object"
assert describe.dispatch(float).__name__ == "describe" and describe.dispatch(str) is desc_str
assert set(describe.registry.keys()) == {object, int, list, str}
assert raises(TypeError, describe) == "describe requires at least 1 positional argument"
assert describe.__name__ == "describe"


@singledispatch
def walk(x):
    return "other"


@walk.register(dict)
def _(x):
    return "dict"


class MyDict(dict):
    pass


assert walk(MyDict()) == "dict" and walk(()) == "other"

import collections.abc


@singledispatch
def kind(x):
    return "?"


@kind.register(collections.abc.Mapping)
def _(x):
    return "mapping"


@kind.register(collections.abc.Sequence)
def _(x):
    return "sequence"


assert kind({}) == "mapping" and kind([]) == "sequence" and kind((1,)) == "sequence" and kind(3) == "?"


class Shape:
    @singledispatchmethod
    def area(self, arg):
        return "generic"

    @area.register
    def _(self, arg: int):
        return "int %d" % arg


assert Shape().area(3) == "int 3" and Shape().area("x") == "generic"

# Threads share one cache: every call is counted once, results are right.
import threading


@lru_cache(maxsize=16)
def cube(n):
    return n * n * n


def hammer():
    for i in range(2000):
        assert cube(i % 40) == (i % 40) ** 3


workers = [threading.Thread(target=hammer) for _ in range(4)]
for w in workers:
    w.start()
for w in workers:
    w.join()
info = cube.cache_info()
assert info.hits + info.misses == 8000 and info.currsize == 16

print(reduce(lambda a, b: a * 10 + b, [1, 2, 3]), partial(divmod, 17)(5), sq.cache_info())
print(sorted(["pear", "fig", "apple"], key=cmp_to_key(lambda a, b: len(a) - len(b))))
print("ok")
