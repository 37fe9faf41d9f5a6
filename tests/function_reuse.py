# Nested functions (closures, lambdas, comprehensions, generator
# expressions) made and dropped many times over, so that each new one
# may reuse a dead one's memory: each must start with its own code,
# defaults, closure and attributes, with nothing left of the dead one.

import weakref


def make(k, with_extras):
    if with_extras:
        def f(a, b=k, *, c=k + 1) -> int:
            return a + b + c + k
        f.tag = k
    else:
        def f(a):
            return a * k
    return f


for i in range(200):
    extras = i % 2 == 0
    f = make(i, extras)
    if extras:
        assert f(1) == 1 + i + i + 1 + i, i
        assert f.__defaults__ == (i,)
        assert f.__kwdefaults__ == {"c": i + 1}
        assert f.__annotations__ == {"return": int}
        assert f.__dict__ == {"tag": i}
    else:
        assert f(3) == 3 * i
        assert f.__defaults__ is None
        assert f.__kwdefaults__ is None
        assert f.__annotations__ == {}
        assert f.__dict__ == {}
        assert not hasattr(f, "tag")
    assert f.__closure__[0].cell_contents == i
    assert f.__name__ == "f" and f.__qualname__ == "make.<locals>.f"
    assert f.__module__ == __name__
    del f

# Comprehensions and generator expressions, one function each time.
total = 0
for i in range(300):
    total += sum(x for x in range(i % 7))
    total += len({x % 3 for x in range(i % 5)})
    total += len([lambda: i for _ in range(2)])
print("comprehensions", total)

# A weak reference to a nested function dies with it, its callback runs,
# and a function made afterwards is not mistaken for the dead one.
died = []
for i in range(50):
    g = make(i, False)
    r = weakref.ref(g, lambda ref, i=i: died.append(i))
    del g
    assert r() is None
    h = make(i + 1, False)
    assert r() is None
    assert h(2) == 2 * (i + 1)
    del h
assert died == list(range(50)), died

# A function kept alive by a weak-keyed mapping entry until it goes.
registry = weakref.WeakKeyDictionary()
for i in range(50):
    g = make(i, True)
    registry[g] = i
    assert registry[g] == i
    del g
assert len(registry) == 0
print("function reuse ok")
