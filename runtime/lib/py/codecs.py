"""The codec registry: lookup, encode and decode by codec name, the
error handlers, the BOM constants, and open.

The text encodings are the ones str.encode and bytes.decode know
(gilfree/internal/codecs: UTF-8, UTF-8 with a BOM, UTF-16 and UTF-32 in
each byte order, ASCII, Latin-1 and the single-byte code pages), under
all of Python's names. The bytes-to-bytes codecs hex_codec, base64_codec
and zlib_codec and the str-to-str rot_13 are here in Python. Codecs added
with register() are searched after these. There are no incremental
encoders and decoders or stream readers and writers beyond what open()
needs: open() returns the builtin open's text file.
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
           "getencoder", "getdecoder", "register_error", "lookup_error",
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
    return CodecInfo(encode, decode, name=name)


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
