# pickle: round trips of the builtin types and class instances at every
# protocol (reduce, getstate/setstate, slots, getnewargs, shared and
# recursive references), bytes equal to CPython's for simple values,
# errors, files holding several pickles, and threads pickling at once.
import io
import pickle
import threading
import collections
from pickle import PicklingError, UnpicklingError

# Bytes equal to CPython's.
assert pickle.dumps(1) == b'\x80\x04K\x01.'
assert pickle.dumps([1, 2]) == b'\x80\x04\x95\t\x00\x00\x00\x00\x00\x00\x00]\x94(K\x01K\x02e.'
assert pickle.dumps({'a': 1}, 5) == b'\x80\x05\x95\n\x00\x00\x00\x00\x00\x00\x00}\x94\x8c\x01a\x94K\x01s.'
assert pickle.dumps(2 ** 70, 4) == b'\x80\x04\x95\x0c\x00\x00\x00\x00\x00\x00\x00\x8a\t\x00\x00\x00\x00\x00\x00\x00\x00@.'
assert pickle.dumps(-1, 2) == b'\x80\x02J\xff\xff\xff\xff.'
assert pickle.dumps(300, 0) == b'I300\n.'
assert pickle.dumps('h\u00e9\n', 0) == b'Vh\xe9\\u000a\np0\n.'
assert pickle.dumps((1, 'x'), 2) == b'\x80\x02K\x01X\x01\x00\x00\x00xq\x00\x86q\x01.'
assert pickle.dumps(1.5, 1) == b'G?\xf8\x00\x00\x00\x00\x00\x00.'
assert pickle.dumps(b'ab', 3) == b'\x80\x03C\x02abq\x00.'
assert pickle.loads(pickle.dumps(b'ab', 2)) == b'ab'
assert pickle.dumps(None, 4) == b'\x80\x04N.' and pickle.dumps(True, 0) == b'I01\n.'
big = [str(i) * 3 for i in range(3000)]
data = pickle.dumps(big)
assert len(data) == 41690 and data.count(pickle.FRAME) == 1, len(data)
digests = []
for proto in range(6):
    v = {'k%d' % i: [i, -i * 70000, 'v%d' % i, (i, 1.25)] for i in range(1200)}
    digests.append(len(pickle.dumps(v, proto)))
print("sizes", digests)

# Round trips.
values = [None, True, False, 0, 1, -1, 255, 256, 65535, 65536, 2 ** 31, -2 ** 31 - 1,
          2 ** 200, -(2 ** 200), 0.0, -0.0, 1e300, float('inf'), 'text', '', 'é日\U0001f600\n\\u',
          b'', b'\x00\xff', bytearray(b'ab'), bytearray(), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4),
          [], [1, [2, [3]]], {}, {'a': {'b': [1]}}, {1, 2, 'x'}, frozenset({1, (2, 3)}), set(),
          frozenset(), 1 + 2j, range(1, 10, 2), slice(1, None, 2), list(range(2500)),
          {i: str(i) for i in range(2100)}, set(range(1500))]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for v in values:
        w = pickle.loads(pickle.dumps(v, proto))
        assert w == v and type(w) is type(v), (proto, v, w)
assert pickle.HIGHEST_PROTOCOL == 5 and pickle.DEFAULT_PROTOCOL == 4


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)


class Slotted:
    __slots__ = ('a', 'b')

    def __getstate__(self):
        return {'a': self.a}

    def __setstate__(self, state):
        self.a = state['a']
        self.b = 'restored'


class Slots2:
    __slots__ = ('a', '__b')


class WithNew(int):
    def __new__(cls, v, tag):
        self = int.__new__(cls, v)
        self.tag = tag
        return self

    def __getnewargs__(self):
        return (int(self), self.tag)


class Reduced:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return (Reduced, (self.n * 2,))


class MyList(list):
    pass


class MyDict(dict):
    pass


P = collections.namedtuple('P', 'x y')

for proto in range(6):
    p = pickle.loads(pickle.dumps(Point(1, [2]), proto))
    assert p == Point(1, [2])
    s = Slotted()
    s.a, s.b = 1, 2
    s2 = pickle.loads(pickle.dumps(s, proto))
    assert (s2.a, s2.b) == (1, 'restored')
    w = pickle.loads(pickle.dumps(WithNew(5, 't'), proto))
    assert w == 5 and w.tag == 't' and type(w) is WithNew
    assert pickle.loads(pickle.dumps(Reduced(3), proto)).n == 6
    ml = MyList([1, 2])
    ml.attr = 'a'
    ml2 = pickle.loads(pickle.dumps(ml, proto))
    assert type(ml2) is MyList and ml2 == [1, 2] and ml2.attr == 'a'
    md = pickle.loads(pickle.dumps(MyDict(a=1), proto))
    assert type(md) is MyDict and md == {'a': 1}
    assert pickle.loads(pickle.dumps(P(1, 2), proto)) == P(1, 2)
    assert pickle.loads(pickle.dumps([Point, len, collections.OrderedDict], proto)) == [Point, len, collections.OrderedDict]
    e = pickle.loads(pickle.dumps(ValueError('bad', 3), proto))
    assert type(e) is ValueError and e.args == ('bad', 3)
    od = pickle.loads(pickle.dumps(collections.OrderedDict(b=1, a=2), proto))
    assert list(od.items()) == [('b', 1), ('a', 2)]
    if proto >= 2:
        s = Slots2()
        s.a = 1
        s._Slots2__b = 2
        s2 = pickle.loads(pickle.dumps(s, proto))
        assert (s2.a, s2._Slots2__b) == (1, 2)

    # Shared and recursive references.
    shared = [1]
    a = pickle.loads(pickle.dumps([shared, shared, (shared,)], proto))
    assert a[0] is a[1] is a[2][0]
    rec = [1]
    rec.append(rec)
    r = pickle.loads(pickle.dumps(rec, proto))
    assert r[1] is r
    d = {}
    d['self'] = d
    r = pickle.loads(pickle.dumps(d, proto))
    assert r['self'] is r
    t = ([],)
    t[0].append(t)
    r = pickle.loads(pickle.dumps(t, proto))
    assert r[0][0] is r
    pt = Point(1, None)
    pt.y = pt
    r = pickle.loads(pickle.dumps(pt, proto))
    assert r.y is r

# Errors.
def raises(exc, fn, *args):
    try:
        fn(*args)
    except exc as e:
        return e
    raise AssertionError("%s not raised" % exc.__name__)


def outer():
    def inner():
        pass
    return inner


e = raises(AttributeError, pickle.dumps, outer())
assert str(e) == "Can't pickle local object 'outer.<locals>.inner'", str(e)
e = raises(PicklingError, pickle.dumps, lambda: 0)
assert str(e).endswith("attribute lookup <lambda> on __main__ failed"), str(e)
assert issubclass(PicklingError, pickle.PickleError) and issubclass(UnpicklingError, pickle.PickleError)
e = raises(EOFError, pickle.loads, b'')
assert str(e) == "Ran out of input"
e = raises(UnpicklingError, pickle.loads, b'\x80\x04K')
assert str(e) == "pickle data was truncated"
e = raises(UnpicklingError, pickle.loads, b'\xff')
assert str(e) == "invalid load key, '\\xff'.", str(e)
e = raises(ValueError, pickle.dumps, 1, 6)
assert str(e) == "pickle protocol must be <= 5"
e = raises(TypeError, pickle.loads, 'str')
raises(TypeError, pickle.dumps, threading.Lock())


class BadReduce:
    def __reduce__(self):
        return 42


e = raises(PicklingError, pickle.dumps, BadReduce())
assert str(e) == "__reduce__ must return a string or tuple"

# Files, several pickles in one, Pickler/Unpickler objects.
f = io.BytesIO()
pickle.dump([1, 2], f)
pickle.dump('second', f, protocol=0)
pickle.dump({'x': 3}, f, protocol=5)
f.seek(0)
assert pickle.load(f) == [1, 2] and pickle.load(f) == 'second' and pickle.load(f) == {'x': 3}
raises(EOFError, pickle.load, f)


class PersPickler(pickle.Pickler):
    def persistent_id(self, obj):
        return 'P%d' % obj.x if isinstance(obj, Point) else None


class PersUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        return ('loaded', pid)


f = io.BytesIO()
PersPickler(f, 2).dump([Point(7, 0), 1])
f.seek(0)
assert PersUnpickler(f).load() == [('loaded', 'P7'), 1]

# Threads pickling at once.
errors = []
def work(n):
    for i in range(50):
        v = {'n': n, 'i': i, 'l': [Point(i, n)] * 2}
        w = pickle.loads(pickle.dumps(v, i % 6))
        if w['l'][0] != Point(i, n) or w['l'][0] is not w['l'][1]:
            errors.append((n, i))
threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert not errors, errors
print("pickle ok")
