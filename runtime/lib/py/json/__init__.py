"""JSON encoding and decoding: dumps, dump, loads, load, and the
JSONEncoder, JSONDecoder and JSONDecodeError classes.

The API is CPython's; the scanner and encoder are Go (the _json module),
so the text written for given options is CPython's byte for byte and the
error messages and positions are CPython's.
"""

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

import sys as _sys

import _json

# ---------------------------------------------------------------------------
# Decoding

class JSONDecodeError(ValueError):
    """A document that is not valid JSON.

    msg is the bare message, doc the document, pos the character index of
    the problem, and lineno and colno its line and column (from 1).
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


def scanstring(s, end, strict=True):
    """Decode the JSON string body at s[end:] (after the opening quote);
    return the text and the index after the closing quote."""
    return _json.scanstring(s, end, strict, JSONDecodeError)


_SPACE = ' \t\n\r'


def _skip(s, i):
    n = len(s)
    while i < n and s[i] in _SPACE:
        i += 1
    return i


class JSONDecoder:
    """Decodes JSON documents into Python values.

    object_hook is called with each decoded dict and its result used
    instead; object_pairs_hook (which wins over object_hook) is called
    with the list of (key, value) pairs instead of building a dict.
    parse_float, parse_int and parse_constant receive the text of each
    float, int, and NaN/Infinity/-Infinity. With strict false, control
    characters are allowed inside strings.
    """

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def scan_once(self, s, idx):
        return _json.scan_once(s, idx, self.strict, self.object_hook, self.object_pairs_hook,
                               self.parse_float, self.parse_int, self.parse_constant,
                               JSONDecodeError)

    def decode(self, s, _w=None):
        """Decode a whole document (whitespace allowed around it)."""
        obj, end = self.raw_decode(s, _skip(s, 0))
        end = _skip(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode the value that starts at s[idx] and return it with the
        index where it ends; text may follow it."""
        try:
            return self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None


# ---------------------------------------------------------------------------
# Encoding

encode_basestring_ascii = _json.encode_basestring_ascii
encode_basestring = _json.encode_basestring
py_encode_basestring_ascii = encode_basestring_ascii
py_encode_basestring = encode_basestring

INFINITY = float('inf')


class JSONEncoder:
    """Encodes Python values as JSON.

    dict, list, tuple, str, int, float, True, False and None are encoded
    directly (int and float subclasses as their values); anything else is
    passed to default(), which returns something encodable or raises
    TypeError. Options as for json.dumps.
    """

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        """Return the JSON text of o."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Return the JSON text of o as an iterable of strings (here one
        string: the encoder builds the whole text at once)."""
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        text = _json.encode(o, self.check_circular, self.default, self.ensure_ascii, indent,
                            self.key_separator, self.item_separator, self.sort_keys,
                            self.skipkeys, self.allow_nan)
        return [text]


def make_scanner(context):
    """A scan_once(string, idx) function with the hooks and options of
    context (a JSONDecoder), as json.scanner.make_scanner returns."""
    def scan_once(string, idx):
        return _json.scan_once(string, idx, context.strict, context.object_hook,
                               context.object_pairs_hook, context.parse_float,
                               context.parse_int, context.parse_constant, JSONDecodeError)
    return scan_once


# ---------------------------------------------------------------------------
# json.decoder and json.encoder, the submodules CPython's json has, as views
# of this module, so that "from json.decoder import JSONDecodeError" works.


def _submodule(name, names):
    mod = type(_sys)('json.' + name)
    for n in names:
        setattr(mod, n, globals()[n])
    _sys.modules['json.' + name] = mod
    globals()[name] = mod


_submodule('decoder', ['JSONDecoder', 'JSONDecodeError', 'scanstring'])
_submodule('encoder', ['JSONEncoder', 'encode_basestring', 'encode_basestring_ascii',
                       'py_encode_basestring', 'py_encode_basestring_ascii', 'INFINITY'])
_submodule('scanner', ['make_scanner'])

_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Write obj as JSON to the text file fp (options as for dumps)."""
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and
            cls is None and indent is None and separators is None and
            default is None and not sort_keys and not kw):
        chunks = _default_encoder.iterencode(obj)
    else:
        if cls is None:
            cls = JSONEncoder
        chunks = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                     check_circular=check_circular, allow_nan=allow_nan, indent=indent,
                     separators=separators, default=default, sort_keys=sort_keys,
                     **kw).iterencode(obj)
    for chunk in chunks:
        fp.write(chunk)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Return obj as a JSON str.

    skipkeys leaves out dict keys that are not str, int, float, bool or
    None (else TypeError); ensure_ascii escapes non-ASCII characters;
    check_circular detects cycles (else they recurse); allow_nan writes
    NaN and Infinity (else ValueError); indent (a number of spaces or a
    str) pretty-prints; separators is (item_separator, key_separator);
    default(o) converts other objects; sort_keys orders dict keys; cls is
    a JSONEncoder subclass to use.
    """
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and
            cls is None and indent is None and separators is None and
            default is None and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan, indent=indent,
               separators=separators, default=default, sort_keys=sort_keys,
               **kw).encode(obj)


def detect_encoding(b):
    """The encoding of a JSON document given as bytes (UTF-8, -16 or -32,
    told apart by BOM or by where the zero bytes are)."""
    if b.startswith((b'\x00\x00\xfe\xff', b'\xff\xfe\x00\x00')):
        return 'utf-32'
    if b.startswith((b'\xfe\xff', b'\xff\xfe')):
        return 'utf-16'
    if b.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    if len(b) >= 4:
        if not b[0]:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def load(fp, *, cls=None, object_hook=None, parse_float=None,
         parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Read a JSON document from the file fp (options as for loads)."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None,
          parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Decode the JSON document s (str, bytes or bytearray).

    object_hook, object_pairs_hook, parse_float, parse_int and
    parse_constant are as for JSONDecoder; cls is a JSONDecoder subclass
    to use.
    """
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                            f'not {s.__class__.__name__}')
        s = s.decode(detect_encoding(s), 'surrogatepass')
    if (cls is None and object_hook is None and parse_int is None and
            parse_float is None and parse_constant is None and
            object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)
