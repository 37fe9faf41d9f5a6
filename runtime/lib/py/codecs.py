"""The codec registry: lookup, encode and decode by codec name, the
error handlers, the BOM constants, and open.

The text encodings are the ones str.encode and bytes.decode know
(gilfree/internal/codecs: UTF-8, UTF-8 with a BOM, UTF-16 and UTF-32 in
each byte order, ASCII, Latin-1 and the single-byte code pages), under
all of Python's names. The bytes-to-bytes codecs hex_codec, base64_codec
and zlib_codec and the str-to-str rot_13 are here in Python. Codecs added
with register() are searched after these. The text codecs have
incremental encoders and decoders (getincrementalencoder,
getincrementaldecoder), which io.TextIOWrapper uses; there are no stream
readers and writers beyond what open() needs: open() returns the builtin
open's text file.
"""

import builtins
import sys
import _thread
import _codecs

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE",
           "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE",
           "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE",
           "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
           "CodecInfo", "Codec", "encode", "decode",
           "getencoder", "getdecoder", "getincrementalencoder",
           "getincrementaldecoder", "IncrementalEncoder",
           "IncrementalDecoder", "BufferedIncrementalDecoder",
           "iterencode", "iterdecode", "register_error", "lookup_error",
           "strict_errors", "ignore_errors", "replace_errors",
           "xmlcharrefreplace_errors", "backslashreplace_errors",
           "namereplace_errors", "unregister"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
if sys.byteorder == 'little':
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


class CodecInfo(tuple):
    """A codec's functions: name, encode and decode (each taking the
    input and errors, returning (output, length consumed)), and the
    incremental and stream classes where there are any."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader,
                                   streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__,
            self.name, id(self))

    def __getnewargs__(self):
        return tuple(self)


class Codec:
    """The interface of a codec's stateless encode and decode."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:
    """Encodes input given in pieces; the state carries over between
    calls to encode."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class IncrementalDecoder:
    """Decodes input given in pieces; a character split between two
    pieces is decoded when its last byte comes."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An incremental decoder that keeps the bytes its _buffer_decode
    could not decode yet and puts them before the next input."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + bytes(input)
        result, consumed = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


# The byte-order-marked codecs: the BOM and the codec each mark selects,
# and the codec of the platform's order without a mark.
_MARKED = {
    'utf-16': ((BOM_UTF16_LE, 'utf-16-le'), (BOM_UTF16_BE, 'utf-16-be'),
               'utf-16-le' if sys.byteorder == 'little' else 'utf-16-be'),
    'utf-32': ((BOM_UTF32_LE, 'utf-32-le'), (BOM_UTF32_BE, 'utf-32-be'),
               'utf-32-le' if sys.byteorder == 'little' else 'utf-32-be'),
    'utf-8-sig': ((BOM_UTF8, 'utf-8'), (BOM_UTF8, 'utf-8'), 'utf-8'),
}


def _incomplete(exc, data):
    """Whether a strict decoding error is only the input ending inside a
    character, which more input may complete."""
    return exc.end == len(data) and exc.reason in ('unexpected end of data',
                                                   'truncated data')


class _TextIncrementalDecoder(BufferedIncrementalDecoder):
    """The incremental decoder of a text codec: each piece is decoded up
    to an incomplete character at its end, which waits for the next. A
    codec that reads a byte order mark reads it at the start only, then
    decodes in the order it gave."""

    name = None

    def __init__(self, errors='strict'):
        BufferedIncrementalDecoder.__init__(self, errors)
        self._codec = None if self.name in _MARKED else self.name

    def _buffer_decode(self, data, errors, final):
        codec = self._codec
        skip = 0
        if codec is None:
            le, be, native = _MARKED[self.name]
            for bom, name in (le, be):
                if data.startswith(bom):
                    codec, skip = name, len(bom)
                    break
            else:
                if not final and any(bom.startswith(data) for bom, _ in (le, be)):
                    return "", 0  # maybe the start of a mark
                codec = native
            self._codec = codec
        cut = len(data)
        pos = skip
        while True:
            try:
                text = data[pos:cut].decode(codec, 'strict')
                if pos == skip:
                    return text, cut
                break
            except UnicodeDecodeError as exc:
                start, end = pos + exc.start, pos + exc.end
                if not final and end == cut and _incomplete(exc, data[pos:cut]):
                    cut = start
                    break
                if errors == 'strict':
                    raise UnicodeDecodeError(exc.encoding, data, start, end,
                                             exc.reason) from None
                pos = end
        return data[skip:cut].decode(codec, errors), cut

    def reset(self):
        BufferedIncrementalDecoder.reset(self)
        self._codec = None if self.name in _MARKED else self.name

    def getstate(self):
        # The flag says whether a byte order mark may still come.
        return (self.buffer, int(self._codec is None))

    def setstate(self, state):
        self.buffer = state[0]
        if state[1]:
            self._codec = None if self.name in _MARKED else self.name
        elif self._codec is None:
            self._codec = _MARKED[self.name][2]


class _TextIncrementalEncoder(IncrementalEncoder):
    """The incremental encoder of a text codec: a codec that writes a
    byte order mark writes it before the first text only."""

    name = None

    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self._started = False

    def encode(self, input, final=False):
        name = self.name
        if name in _MARKED and self._started:
            name = _MARKED[name][2]
        if input:
            self._started = True
        return input.encode(name, self.errors)

    def reset(self):
        self._started = False

    def getstate(self):
        return int(self._started)

    def setstate(self, state):
        self._started = bool(state)


class _WholeIncrementalDecoder(BufferedIncrementalDecoder):
    """A codec without an incremental form: the input is decoded whole
    at the end."""

    def _buffer_decode(self, data, errors, final):
        if not final:
            return type(self._decode(b'')[0])(), 0
        return self._decode(data, errors)[0], len(data)


class _WholeIncrementalEncoder(IncrementalEncoder):
    def encode(self, input, final=False):
        self.buffer += input
        if not final:
            return type(self._encode('')[0])()
        data, self.buffer = self.buffer, ""
        return self._encode(data, self.errors)[0]


# --- the codecs in Python ---------------------------------------------------

def _hex_encode(input, errors='strict'):
    import binascii
    return binascii.b2a_hex(input), len(input)


def _hex_decode(input, errors='strict'):
    import binascii
    return binascii.a2b_hex(input), len(input)


def _base64_encode(input, errors='strict'):
    import base64
    return base64.encodebytes(input), len(input)


def _base64_decode(input, errors='strict'):
    import base64
    return base64.decodebytes(input), len(input)


def _zlib_encode(input, errors='strict'):
    import zlib
    return zlib.compress(input), len(input)


def _zlib_decode(input, errors='strict'):
    import zlib
    return zlib.decompress(input), len(input)


_rot13_map = None


def _rot13(input, errors='strict'):
    global _rot13_map
    if _rot13_map is None:
        lower = 'abcdefghijklmnopqrstuvwxyz'
        upper = lower.upper()
        _rot13_map = str.maketrans(lower + upper,
                                   lower[13:] + lower[:13] +
                                   upper[13:] + upper[:13])
    return str.translate(input, _rot13_map), len(input)


_python_codecs = {
    'hex_codec': ('hex', _hex_encode, _hex_decode),
    'base64_codec': ('base64', _base64_encode, _base64_decode),
    'zlib_codec': ('zlib', _zlib_encode, _zlib_decode),
    'rot_13': ('rot-13', _rot13, _rot13),
}


def _text_codec(module):
    name = 'iso8859-1' if module == 'latin_1' else module.replace('_', '-')

    def encode(input, errors='strict'):
        if not isinstance(input, str):
            raise TypeError("utf_8_encode() argument 1 must be str, not %s"
                            % type(input).__name__ if module == 'utf_8' else
                            "%s_encode() argument 1 must be str, not %s"
                            % (module, type(input).__name__))
        return input.encode(name, errors), len(input)

    def decode(input, errors='strict'):
        if not isinstance(input, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(input).__name__)
        return bytes(input).decode(name, errors), len(input)

    encode.__name__ = module + '_encode'
    decode.__name__ = module + '_decode'
    key = name
    dec = type('IncrementalDecoder', (_TextIncrementalDecoder,),
               {'name': key, '__module__': 'encodings.' + module})
    enc = type('IncrementalEncoder', (_TextIncrementalEncoder,),
               {'name': key, '__module__': 'encodings.' + module})
    return CodecInfo(encode, decode, name=name, incrementalencoder=enc,
                     incrementaldecoder=dec)


_lock = _thread.allocate_lock()
_cache = {}
_search_functions = []


def register(search_function):
    """Add a search function: called with a normalized encoding name, it
    returns a CodecInfo or None."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    with _lock:
        _search_functions.append(search_function)


def unregister(search_function):
    """Remove a search function registered with register()."""
    with _lock:
        try:
            _search_functions.remove(search_function)
        except ValueError:
            pass
        _cache.clear()


def _normalize(encoding):
    return encoding.lower().replace(' ', '_')


def lookup(encoding):
    """The CodecInfo of the codec encoding names; LookupError if none."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s"
                        % type(encoding).__name__)
    with _lock:
        info = _cache.get(encoding)
        searchers = list(_search_functions)
    if info is not None:
        return info
    try:
        module, text = _codecs._lookup(encoding)
    except LookupError:
        module = None
    info = None
    if module is not None:
        if text:
            info = _text_codec(module)
        elif module in _python_codecs:
            name, enc, dec = _python_codecs[module]
            info = CodecInfo(enc, dec, name=name, _is_text_encoding=False)
    if info is None:
        norm = _normalize(encoding)
        for search in searchers:
            info = search(norm)
            if info is not None:
                if not isinstance(info, CodecInfo):
                    if not isinstance(info, tuple) or len(info) != 4:
                        raise TypeError("codec search functions must return "
                                        "4-tuples")
                    info = CodecInfo(*info)
                break
    if info is None:
        raise LookupError("unknown encoding: %s" % encoding)
    with _lock:
        _cache[encoding] = info
    return info


def encode(obj, encoding='utf-8', errors='strict'):
    """Encode obj with the codec encoding names (any codec, not only
    text encodings)."""
    result = lookup(encoding).encode(obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("encoder must return a tuple (object, integer)")
    return result[0]


def decode(obj, encoding='utf-8', errors='strict'):
    """Decode obj with the codec encoding names (any codec)."""
    result = lookup(encoding).decode(obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("decoder must return a tuple (object,integer)")
    return result[0]


def getencoder(encoding):
    """The encode function of the codec encoding names."""
    return lookup(encoding).encode


def getdecoder(encoding):
    """The decode function of the codec encoding names."""
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    """The incremental encoder class of the codec encoding names; codecs
    without one get one that encodes all input at the end."""
    info = lookup(encoding)
    if info.incrementalencoder is not None:
        return info.incrementalencoder
    return type('IncrementalEncoder', (_WholeIncrementalEncoder,),
                {'_encode': staticmethod(info.encode)})


def getincrementaldecoder(encoding):
    """The incremental decoder class of the codec encoding names; codecs
    without one get one that decodes all input at the end."""
    info = lookup(encoding)
    if info.incrementaldecoder is not None:
        return info.incrementaldecoder
    return type('IncrementalDecoder', (_WholeIncrementalDecoder,),
                {'_decode': staticmethod(info.decode)})


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """Encode the strings iterator yields, one piece at a time."""
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """Decode the bytes iterator yields, one piece at a time."""
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


# --- error handlers -----------------------------------------------------------

def _check_exc(exc):
    if not isinstance(exc, UnicodeError):
        raise TypeError("don't know how to handle %s in error callback"
                        % type(exc).__name__)


def strict_errors(exc):
    """Raise exc."""
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def ignore_errors(exc):
    """Skip the characters or bytes exc names."""
    _check_exc(exc)
    return ('', exc.end)


def replace_errors(exc):
    """'?' for each character not encoded, U+FFFD for bytes not decoded."""
    _check_exc(exc)
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * (exc.end - exc.start), exc.end)
    return ('\ufffd', exc.end)


def xmlcharrefreplace_errors(exc):
    """An XML character reference for each character not encoded."""
    if not isinstance(exc, UnicodeEncodeError):
        _check_exc(exc)
        raise TypeError("don't know how to handle %s in error callback"
                        % type(exc).__name__)
    s = exc.object[exc.start:exc.end]
    return (''.join('&#%d;' % ord(c) for c in s), exc.end)


def _backslash(c):
    n = ord(c)
    if n < 0x100:
        return '\\x%02x' % n
    if n < 0x10000:
        return '\\u%04x' % n
    return '\\U%08x' % n


def backslashreplace_errors(exc):
    """A backslash escape for each character not encoded or byte not
    decoded."""
    _check_exc(exc)
    if isinstance(exc, UnicodeDecodeError):
        return (''.join('\\x%02x' % b for b in exc.object[exc.start:exc.end]),
                exc.end)
    return (''.join(_backslash(c) for c in exc.object[exc.start:exc.end]),
            exc.end)


def namereplace_errors(exc):
    """\\N{NAME} for each character not encoded that has a name."""
    if not isinstance(exc, UnicodeEncodeError):
        _check_exc(exc)
        raise TypeError("don't know how to handle %s in error callback"
                        % type(exc).__name__)
    out = []
    for c in exc.object[exc.start:exc.end]:
        escaped = c.encode('ascii', 'namereplace').decode('ascii')
        out.append(escaped)
    return (''.join(out), exc.end)


def _surrogateescape_errors(exc):
    _check_exc(exc)
    if isinstance(exc, UnicodeDecodeError):
        chunk = exc.object[exc.start:exc.end]
        if any(b < 128 for b in chunk):
            raise exc
        return (''.join(chr(0xdc00 + b) for b in chunk), exc.end)
    chunk = exc.object[exc.start:exc.end]
    if not all(0xdc80 <= ord(c) <= 0xdcff for c in chunk):
        raise exc
    return (bytes(ord(c) - 0xdc00 for c in chunk), exc.end)


def _surrogatepass_errors(exc):
    _check_exc(exc)
    if isinstance(exc, UnicodeEncodeError):
        chunk = exc.object[exc.start:exc.end]
        return (chunk.encode(exc.encoding, 'surrogatepass'), exc.end)
    if exc.encoding.replace('_', '-').lower() in ('utf-8', 'utf8'):
        data = exc.object[exc.start:exc.start + 3]
        return (data.decode('utf-8', 'surrogatepass'), exc.start + 3)
    raise exc


_builtin_handlers = {
    'strict': strict_errors,
    'ignore': ignore_errors,
    'replace': replace_errors,
    'xmlcharrefreplace': xmlcharrefreplace_errors,
    'backslashreplace': backslashreplace_errors,
    'namereplace': namereplace_errors,
    'surrogateescape': _surrogateescape_errors,
    'surrogatepass': _surrogatepass_errors,
}


def register_error(name, handler):
    """Register handler under name for the errors argument of encoding
    and decoding. It is called with the UnicodeEncodeError or
    UnicodeDecodeError and returns (replacement, position to go on at)."""
    _codecs.register_error(name, handler)


def lookup_error(name):
    """The error handler registered under name."""
    if not isinstance(name, str):
        raise TypeError("lookup_error() argument must be str, not %s"
                        % type(name).__name__)
    handler = _builtin_handlers.get(name)
    if handler is not None:
        return handler
    return _codecs.lookup_error(name)


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open filename in mode; with an encoding, as a text file in that
    encoding (the builtin open's text file), otherwise as open() would."""
    if encoding is None:
        return builtins.open(filename, mode, buffering)
    lookup(encoding)  # LookupError before the file is touched
    mode = mode.replace('b', '').replace('t', '')
    return builtins.open(filename, mode, buffering, encoding=encoding,
                         errors=errors)


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    """Not supported: gilfree has no StreamRecoder."""
    raise NotImplementedError("codecs.EncodedFile")
