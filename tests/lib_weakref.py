import weakref, gc, sys

class Obj:
    def __init__(self, n): self.n = n
    def meth(self): return self.n

calls = []
o = Obj(1)
r = weakref.ref(o)
assert r() is o and weakref.getweakrefcount(o) == 1
r2 = weakref.ref(o)
assert r2 is r  # the plain reference is shared
rc = weakref.ref(o, lambda w: calls.append(w))
assert rc is not r and weakref.getweakrefcount(o) == 2 and rc.__callback__ is not None
h = hash(r)
assert h == hash(o)
del o
assert r() is None and rc() is None and len(calls) == 1 and calls[0] is rc
assert rc.__callback__ is None
assert hash(r) == h  # kept
assert repr(r).startswith("<weakref at 0x") and repr(r).endswith("; dead>"), repr(r)
for bad in (1, "s", [1], {}, (1,), None, 1.5):
    try:
        weakref.ref(bad)
    except TypeError as e:
        assert str(e) == "cannot create weak reference to '%s' object" % type(bad).__name__, e
    else:
        raise AssertionError("weak reference to %r" % (bad,))
class S:
    __slots__ = ("a",)
try:
    weakref.ref(S())
except TypeError as e:
    assert str(e) == "cannot create weak reference to 'S' object", e
else:
    raise AssertionError("weak reference to a __slots__ instance without __weakref__")
class SW:
    __slots__ = ("a", "__weakref__")
x = SW(); assert weakref.ref(x)() is x
def f(): pass
assert weakref.ref(f)() is f and weakref.ref(Obj)() is Obj
# equality
a, b = Obj(1), Obj(1)
assert weakref.ref(a) != weakref.ref(b)
class E:
    def __eq__(self, o): return True
    __hash__ = object.__hash__
e1, e2 = E(), E()
assert weakref.ref(e1) == weakref.ref(e2)
# WeakMethod
m = Obj(5)
wm = weakref.WeakMethod(m.meth)
assert wm()() == 5
del m
assert wm() is None
# WeakValueDictionary
d = weakref.WeakValueDictionary()
k = [Obj(i) for i in range(5)]
for i, v in enumerate(k): d[i] = v
del v
assert len(d) == 5 and d[3] is k[3] and 3 in d
del k[3]
assert 3 not in d and len(d) == 4 and sorted(d.keys()) == [0, 1, 2, 4]
k.clear()
assert len(d) == 0 and len(d.data) == 0
import collections.abc
assert isinstance(d, collections.abc.MutableMapping)
d.update([(7, k[0] if k else Obj(0))], extra=Obj(1))
assert isinstance(weakref.WeakSet(), collections.abc.MutableSet)
# WeakKeyDictionary
wk = weakref.WeakKeyDictionary()
ks = [Obj(i) for i in range(3)]
for x in ks: wk[x] = x.n
del x
assert wk[ks[1]] == 1 and len(wk) == 3
ks.pop()
assert len(wk) == 2 and len(wk.data) == 2
# WeakSet
ws = weakref.WeakSet()
items = [Obj(i) for i in range(4)]
for x in items: ws.add(x)
del x
assert len(ws) == 4 and items[0] in ws
del items[:2]
assert len(ws) == 2 and len(ws.data) == 2
# finalize
log = []
t = Obj(9)
fz = weakref.finalize(t, log.append, "gone")
assert fz.alive and fz.peek()[0] is t
del t
assert log == ["gone"] and not fz.alive
t2 = Obj(10)
fz2 = weakref.finalize(t2, log.append, "x")
assert fz2() is None and log == ["gone", "x"] and not fz2.alive
# callback order newest first
order = []
z = Obj(0)
ra = weakref.ref(z, lambda w: order.append("a"))
rb = weakref.ref(z, lambda w: order.append("b"))
del z
assert order == ["b", "a"], order
# dead reference before referent: no callback
never = []
y = Obj(0)
ry = weakref.ref(y, lambda w: never.append(1))
del ry
del y
assert never == []
# __del__ sees weakrefs alive
seen = []
class D:
    def __del__(self):
        seen.append(wd() is self)
dd = D(); wd = weakref.ref(dd)
del dd
assert seen == [True] and wd() is None
# proxy
q = Obj(7); pq = weakref.proxy(q)
assert pq.n == 7 and pq.meth() == 7
del q
try:
    pq.n
except ReferenceError as e:
    assert str(e) == "weakly-referenced object no longer exists"
else:
    raise AssertionError("dead proxy read")
# hash of dead, never hashed
w3 = weakref.ref(Obj(1))
try:
    hash(w3)
except TypeError as e:
    assert str(e) == "weak object has gone away"
else:
    raise AssertionError("hash of a dead reference")
# callback exception is unraisable, not raised
import io
err = io.StringIO()
saved, sys.stderr = sys.stderr, err
def bad(w): raise ValueError("in callback")
g = Obj(0); rg = weakref.ref(g, bad)
del g
sys.stderr = saved
assert "ValueError: in callback" in err.getvalue(), err.getvalue()
assert rg() is None
assert type(r).__name__ == "ReferenceType" and weakref.ReferenceType is weakref.ref

# Weak references and callbacks across threads: objects made by a thread
# and dropped by the main thread, and the reverse; gc.collect() returns
# after the callbacks other threads' releases made due have run.
import threading
deaths = []
lock = threading.Lock()
def note(w):
    with lock:
        deaths.append(w)
made = []
def make():
    for i in range(200):
        o = Obj(i)
        made.append((o, weakref.ref(o, note)))
th = threading.Thread(target=make)
th.start(); th.join()
wrefs = [w for _, w in made]
made.clear()
gc.collect()
assert len(deaths) == 200 and all(w() is None for w in wrefs), len(deaths)
deaths.clear()
objs = [Obj(i) for i in range(200)]
wrefs = [weakref.ref(o, note) for o in objs]
def drop():
    while objs:
        objs.pop()
th = threading.Thread(target=drop)
th.start(); th.join()
gc.collect()
assert len(deaths) == 200 and all(w() is None for w in wrefs), len(deaths)

# Builtin objects that take weak references, as in CPython: sets,
# frozensets, generators, bound methods, builtin functions, modules.
class Holder:
    def method(self):
        return 1


holder = Holder()
died = []
s1 = {1, 2}
fs1 = frozenset("ab")
gen1 = (x for x in range(3))
next(gen1)
meth1 = holder.method
bmeth1 = [].append
refs = [weakref.ref(o, lambda w, name=name: died.append(name))
        for name, o in (("set", s1), ("frozenset", fs1), ("gen", gen1),
                        ("method", meth1), ("builtin", bmeth1))]
assert refs[0]() is s1 and refs[2]() is gen1 and refs[3]() == holder.method
assert weakref.ref(len)() is len and weakref.ref(threading)() is threading
for ob in (1, "s", (1,), [], {}, None):
    try:
        weakref.ref(ob)
        raise AssertionError(type(ob))
    except TypeError as e:
        assert "cannot create weak reference" in str(e), e
del s1, fs1, gen1, meth1, bmeth1
gc.collect()
assert sorted(died) == ["builtin", "frozenset", "gen", "method", "set"], died
assert all(r() is None for r in refs)
ws = weakref.WeakSet()
keep = [frozenset([i]) for i in range(10)]
for f in keep:
    ws.add(f)
del keep[5:], f
gc.collect()
assert len(ws) == 5, len(ws)
# Sets referenced weakly and dropped by another thread.
died.clear()
shared = [set([i]) for i in range(100)]
wsets = [weakref.ref(x, lambda w: died.append(1)) for x in shared]
th = threading.Thread(target=shared.clear)
th.start(); th.join()
gc.collect()
assert len(died) == 100 and all(w() is None for w in wsets), len(died)
print("ok")
