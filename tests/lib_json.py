# json: dumps/loads/dump/load with their options, JSONEncoder/JSONDecoder
# subclasses and hooks, JSONDecodeError's messages and positions.
import io
import json
from json.decoder import JSONDecodeError


def raises(exc, fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except exc as e:
        return e
    raise AssertionError(f"{fn!r}{args!r} did not raise {exc.__name__}")


# Decoding values.
assert json.loads('{"a": {"b": [1, 2.5, -3e2, true, false, null]}, "c": "\\t\\"/"}') == \
    {'a': {'b': [1, 2.5, -300.0, True, False, None]}, 'c': '\t"/'}
assert json.loads('  [1]  ') == [1]
assert json.loads('-0') == 0 and repr(json.loads('-0.0')) == '-0.0'
assert json.loads('123456789012345678901234567890') == 123456789012345678901234567890
assert json.loads('1E400') == float('inf')
assert repr(json.loads('NaN')) == 'nan' and json.loads('-Infinity') == float('-inf')
assert json.loads('"\\ud800\\udc00"') == '\U00010000'
assert json.loads('"\\ud800\\u0041"') == '\ud800A'
assert json.loads('"\\u00e9\\n\\u65e5"') == 'é\n日'
assert json.loads('"é日本"') == 'é日本'
assert json.loads('{"a":1,"a":2}') == {'a': 2}
assert json.loads(b'[1]') == [1] and json.loads(bytearray(b'{}')) == {}
assert json.loads('"a\x01b"', strict=False) == 'a\x01b'
assert json.loads('[1.5]', parse_float=str) == ['1.5']
assert json.loads('[15]', parse_int=float) == [15.0]
assert json.loads('[NaN, Infinity]', parse_constant=lambda s: s) == ['NaN', 'Infinity']
assert json.loads('{"a":{"b":1}}', object_hook=lambda d: sorted(d.items())) == [('a', [('b', 1)])]
assert json.loads('{"a":1,"b":2}', object_pairs_hook=list) == [('a', 1), ('b', 2)]
assert json.loads('{"a":1}', object_pairs_hook=list, object_hook=dict) == [('a', 1)]
d = json.JSONDecoder()
assert d.raw_decode('[1] x') == ([1], 3)
assert d.raw_decode('  1', 2) == (1, 3)
assert d.raw_decode('"é" x') == ('é', 3)
assert json.load(io.StringIO('{"k": [true]}')) == {'k': [True]}
e = raises(TypeError, json.loads, 5)
assert str(e) == 'the JSON object must be str, bytes or bytearray, not int'

# Errors: message, position, line and column.
errors = [
    ('', 'Expecting value', 0), (' ', 'Expecting value', 1), ('[', 'Expecting value', 1),
    ('[1', "Expecting ',' delimiter", 2), ('[1,]', 'Expecting value', 3), ('[1 2]', "Expecting ',' delimiter", 3),
    ('{', 'Expecting property name enclosed in double quotes', 1),
    ('{"a"', "Expecting ':' delimiter", 4), ('{"a" 1}', "Expecting ':' delimiter", 5),
    ('{"a":1,}', 'Expecting property name enclosed in double quotes', 7),
    ('{"a":1 "b":2}', "Expecting ',' delimiter", 7), ('"abc', 'Unterminated string starting at', 0),
    ('"a\\', 'Unterminated string starting at', 0), ('"a\\x"', 'Invalid \\escape', 2),
    ('"\\u12"', 'Invalid \\uXXXX escape', 2), ('"ab\\ud800\\u12"', 'Invalid \\uXXXX escape', 10),
    ('"a\x01b"', 'Invalid control character at', 2), ('1 2', 'Extra data', 2), ('01', 'Extra data', 1),
    ('1.', 'Extra data', 1), ('-', 'Expecting value', 0), ('[NaN, -NaN]', 'Expecting value', 6),
    ('\ufeff[]', 'Unexpected UTF-8 BOM (decode using utf-8-sig)', 0), ('{"日本":1,2}',
                                                                      'Expecting property name enclosed in double quotes', 8),
]
for doc, msg, pos in errors:
    e = raises(JSONDecodeError, json.loads, doc)
    assert (e.msg, e.pos) == (msg, pos), (doc, e.msg, e.pos)
    assert e.doc == doc
    assert isinstance(e, ValueError)
e = raises(JSONDecodeError, json.loads, '[\n1,\n2,\n]')
assert (e.lineno, e.colno, e.pos) == (4, 1, 8)
assert str(e) == 'Expecting value: line 4 column 1 (char 8)'
e = raises(json.JSONDecodeError, json.loads, '{"a":\n  [1,{"b":}]}')
assert str(e) == 'Expecting value: line 2 column 11 (char 16)'

# Encoding.
assert json.dumps([1, -1, 2 ** 70, 1.5, -0.0, 1e16, 1e-7, True, None]) == \
    '[1, -1, 1180591620717411303424, 1.5, -0.0, 1e+16, 1e-07, true, null]'
assert json.dumps([float('inf'), float('-inf'), float('nan')]) == '[Infinity, -Infinity, NaN]'
assert json.dumps("é\n\x7f\"\\\x01") == '"\\u00e9\\n\\u007f\\"\\\\\\u0001"'
assert json.dumps("é\n\x7f", ensure_ascii=False) == '"é\\n\x7f"'
assert json.dumps("日本𝄞") == '"\\u65e5\\u672c\\ud834\\udd1e"'
assert json.dumps({"b": 1, "a": [1, {"c": None}]}) == '{"b": 1, "a": [1, {"c": null}]}'
assert json.dumps({"b": 1, "a": 2}, sort_keys=True) == '{"a": 2, "b": 1}'
assert json.dumps((1, 2), separators=(',', ':')) == '[1,2]'
assert json.dumps({1: 2, 1.5: 3, True: 4, None: 5}) == '{"1": 4, "1.5": 3, "null": 5}'
assert json.dumps([[]], indent=2) == '[\n  []\n]'
assert json.dumps({'a': [1, {}]}, indent='\t') == '{\n\t"a": [\n\t\t1,\n\t\t{}\n\t]\n}'
assert json.dumps([1], indent=0) == '[\n1\n]'
assert json.dumps({'a': 1}, indent=2, separators=(', ', ' = ')) == '{\n  "a" = 1\n}'
assert json.dumps({(1,): 2, 'a': 1}, skipkeys=True) == '{"a": 1}'
assert json.dumps({1, 2}, default=sorted) == '[1, 2]'
assert json.dumps(1 + 2j, default=lambda c: [c.real, c.imag]) == '[1.0, 2.0]'
e = raises(TypeError, json.dumps, {1, 2})
assert str(e) == 'Object of type set is not JSON serializable'
e = raises(TypeError, json.dumps, {(1,): 2})
assert str(e) == 'keys must be str, int, float, bool or None, not tuple'
e = raises(ValueError, json.dumps, float('nan'), allow_nan=False)
assert str(e) == 'Out of range float values are not JSON compliant'
e = raises(TypeError, json.dumps, {'b': 1, 2: 3}, sort_keys=True)
assert str(e) == "'<' not supported between instances of 'int' and 'str'"
a = []
a.append(a)
e = raises(ValueError, json.dumps, a)
assert str(e) == 'Circular reference detected'
d = {}
d['x'] = [d]
e = raises(ValueError, json.dumps, d)
assert str(e) == 'Circular reference detected'
raises(RecursionError, json.dumps, a, check_circular=False)


class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)


assert json.dumps({'s': {3, 1}}, cls=SetEncoder) == '{"s": [1, 3]}'
assert SetEncoder(indent=1).encode([{'a': {2}}]) == '[\n {\n  "a": [\n   2\n  ]\n }\n]'
raises(TypeError, SetEncoder().encode, object())
assert ''.join(SetEncoder().iterencode({'a': frozenset([1])})) == '{"a": [1]}'


class Level(int):
    def __repr__(self):
        return 'Level.HIGH'


class Ratio(float):
    def __repr__(self):
        return 'Ratio!'


class Name(str):
    pass


assert json.dumps([Level(3), {Level(3): Ratio(0.5)}, Name('n')]) == '[3, {"3": 0.5}, "n"]'


from collections import OrderedDict


ordered = OrderedDict([('b', 1), ('a', 2)])
ordered.move_to_end('b')
assert json.dumps(ordered) == '{"a": 2, "b": 1}'


class Reversed(dict):
    def items(self):
        return list(reversed(list(super().items())))


assert json.dumps(Reversed(x=1, y=2)) == '{"y": 2, "x": 1}'
assert json.dumps({'k': Reversed(p=1, q=2)}, indent=1) == '{\n "k": {\n  "q": 2,\n  "p": 1\n }\n}'


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class PointDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)

    def hook(self, d):
        if set(d) == {'x', 'y'}:
            return Point(d['x'], d['y'])
        return d


p = json.loads('{"p": {"x": 1, "y": 2}}', cls=PointDecoder)['p']
assert (p.x, p.y) == (1, 2)

# Round trips.
doc = {'name': 'gilfree', 'tags': ['a', 'b'], 'nested': {'n': [1.25, -7, None, True, 'é']}, 'e': [], 'o': {}}
for kw in [{}, {'indent': 4}, {'sort_keys': True}, {'ensure_ascii': False}, {'separators': (',', ':')}]:
    text = json.dumps(doc, **kw)
    assert json.loads(text) == doc
    print(text)
buf = io.StringIO()
json.dump(doc, buf, indent=1, sort_keys=True)
assert json.loads(buf.getvalue()) == doc
print(buf.getvalue())
for f in [0.1, 1 / 3, 1e22, 5e-324, 1.7976931348623157e308, 123456789.125, -2.5e-10]:
    assert json.loads(json.dumps(f)) == f
    print(json.dumps(f))
print('json ok')
