# pprint: CPython's layouts for nested dicts, lists, tuples, sets, strings,
# bytes and the collections types, with width, indent, depth, compact and
# sort_dicts; saferepr, isreadable, isrecursive; recursion marks.
import collections
import hashlib
import io
import pprint
import random
import re
from pprint import pformat

CASES = [
    ({'a': list(range(20)), 'b': 'x' * 60, 'c': {'d': (1, 2, 3)}}, {},
     "{'a': [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19],\n 'b': 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',\n 'c': {'d': (1, 2, 3)}}"),
    ([list(range(12))] * 3, {'width': 40},
     '[[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],\n [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],\n [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]]'),
    (list(range(30)), {'width': 40, 'compact': True},
     '[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,\n 12, 13, 14, 15, 16, 17, 18, 19, 20, 21,\n 22, 23, 24, 25, 26, 27, 28, 29]'),
    ({'k': 'the quick brown fox jumps over the lazy dog ' * 3}, {},
     "{'k': 'the quick brown fox jumps over the lazy dog the quick brown fox jumps '\n      'over the lazy dog the quick brown fox jumps over the lazy dog '}"),
    (b'\x00abc' * 12, {'width': 30},
     "(b'\\x00abc\\x00abc\\x00abc'\n b'\\x00abc\\x00abc\\x00abc'\n b'\\x00abc\\x00abc\\x00abc'\n b'\\x00abc\\x00abc\\x00abc')"),
    (set(range(5)), {'width': 10},
     '{0,\n 1,\n 2,\n 3,\n 4}'),
    (frozenset(range(3)), {'width': 12},
     'frozenset({0,\n           1,\n           2})'),
    ((list(range(8)),), {'width': 20},
     '([0,\n  1,\n  2,\n  3,\n  4,\n  5,\n  6,\n  7],)'),
    ({'z': 1, 'a': 2}, {'sort_dicts': False},
     "{'z': 1, 'a': 2}"),
    ([[1, [2, [3, [4]]]]], {'depth': 2},
     '[[1, [...]]]'),
    ({'a': {'b': {}}}, {'depth': 1},
     "{'a': {...}}"),
    (collections.OrderedDict((str(i), i) for i in range(4)), {'width': 20},
     "OrderedDict([('0',\n              0),\n             ('1',\n              1),\n             ('2',\n              2),\n             ('3',\n              3)])"),
    (collections.Counter('abracadabra'), {'width': 20},
     "Counter({'a': 5,\n         'b': 2,\n         'r': 2,\n         'c': 1,\n         'd': 1})"),
    (collections.deque(range(4), maxlen=30), {'width': 15},
     'deque([0,\n       1,\n       2,\n       3],\n      maxlen=30)'),
    ({'x': list(range(4))}, {'indent': 4, 'width': 15},
     "{   'x': [   0,\n             1,\n             2,\n             3]}"),
    (10**20, {'underscore_numbers': True},
     '100_000_000_000_000_000_000'),
    ('line one\nline two is longer than the width\n', {'width': 20},
     "('line one\\n'\n 'line two is '\n 'longer than the '\n 'width\\n')"),
]
for obj, kw, want in CASES:
    got = pformat(obj, **kw)
    assert got == want, (obj, kw, got, want)

buf = io.StringIO()
pprint.pprint({"b": 1, "a": [1, 2]}, stream=buf)
pprint.pp({"b": 1, "a": 2}, stream=buf)
pprint.PrettyPrinter(width=10, stream=buf).pprint(list(range(3)) * 2)
assert buf.getvalue() == "{'a': [1, 2], 'b': 1}\n{'b': 1, 'a': 2}\n[0,\n 1,\n 2,\n 0,\n 1,\n 2]\n", buf.getvalue()
assert pprint.saferepr({3: [1, {2: "x"}], 1: (2,)}) == "{1: (2,), 3: [1, {2: 'x'}]}"
assert pprint.isreadable([1, "a", (None, 2.5)]) and not pprint.isreadable([object()])
loop = [1, 2]
loop.append(loop)
assert pprint.isrecursive(loop) and not pprint.isreadable(loop)
assert re.fullmatch(r"\[1, 2, <Recursion on list with id=\d+>\]", pformat(loop))
d = {"self": None}
d["self"] = d
assert re.fullmatch(r"\{'self': <Recursion on dict with id=\d+>\}", pformat(d, width=5))
assert pformat({1: "a", "b": 2}) == "{1: 'a', 'b': 2}"  # mixed keys sort by type name
for kw, msg in [({"indent": -1}, "indent must be >= 0"), ({"depth": 0}, "depth must be > 0"),
                ({"width": 0}, "width must be != 0")]:
    try:
        pprint.PrettyPrinter(**kw)
    except ValueError as e:
        assert str(e) == msg
    else:
        raise AssertionError(kw)

# Many random structures in several layouts; the digest is of CPython's
# output.
rnd = random.Random(5)


def gen(d):
    k = rnd.randrange(10 if d < 3 else 5)
    if k == 0:
        return rnd.randrange(-1000, 100000)
    if k == 1:
        return "w" * rnd.randrange(0, 12) + " word" * rnd.randrange(0, 30)
    if k == 2:
        return rnd.random()
    if k == 3:
        return None
    if k == 4:
        return b"\x00abc" * rnd.randrange(0, 30)
    if k == 5:
        return [gen(d + 1) for _ in range(rnd.randrange(0, 8))]
    if k == 6:
        return tuple(gen(d + 1) for _ in range(rnd.randrange(0, 4)))
    if k == 7:
        return {("k%d" % rnd.randrange(100)) if rnd.random() < .8 else rnd.randrange(50): gen(d + 1)
                for _ in range(rnd.randrange(0, 7))}
    if k == 8:
        return set(rnd.randrange(1000) for _ in range(rnd.randrange(0, 30)))
    return frozenset(rnd.randrange(1000) for _ in range(rnd.randrange(0, 12)))


out = []
for i in range(150):
    x = gen(0)
    for kw in ({}, {"width": 30}, {"indent": 4, "width": 50}, {"compact": True, "width": 40},
               {"depth": 2}, {"sort_dicts": False, "width": 60}):
        out.append(pformat(x, **kw))
text = "\n=====\n".join(out)
print(len(text.splitlines()), "lines")
DIGEST = "0e7494f2a515d8bc98ea39f73c5666f510b3a4cd30515cf33c4826919eafdaa3"
assert hashlib.sha256(text.encode()).hexdigest() == DIGEST, hashlib.sha256(text.encode()).hexdigest()

# The other layouts: dataclasses, SimpleNamespace, mappingproxy, ChainMap,
# UserDict/UserList/UserString; the digest is of CPython's output.
import dataclasses
import types


@dataclasses.dataclass
class P:
    name: str
    items: list
    x: int = 3


class NS(types.SimpleNamespace):
    pass


objs = [types.SimpleNamespace(alpha=list(range(20)), beta="b" * 50, gamma={"k": (1, 2)}),
        NS(a=list(range(30))),
        types.MappingProxyType({"k%d" % i: list(range(i)) for i in range(8)}),
        collections.ChainMap({"a": list(range(25))}, {"b": "x" * 70}),
        collections.ChainMap(),
        collections.UserDict({"a": list(range(30))}),
        collections.UserList([list(range(10))] * 5),
        collections.UserString("word " * 30),
        P("alpha" * 10, list(range(30))),
        [types.SimpleNamespace(n=i, l=list(range(i))) for i in range(8)]]
out = []
for o in objs:
    for kw in ({}, {"width": 30}, {"indent": 3, "width": 40}, {"compact": True, "width": 35}, {"depth": 1}):
        out.append(pformat(o, **kw))
text = "\n=====\n".join(out)
DIGEST2 = "c8fbd947c9a573781ba241d478a56c499f4f238858108bc087a33a00ecdd84b9"
assert hashlib.sha256(text.encode()).hexdigest() == DIGEST2, hashlib.sha256(text.encode()).hexdigest()
print("pprint ok")
