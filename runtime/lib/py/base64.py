"""Base16, Base32, Base64 (standard and URL-safe), Ascii85 and Base85
data encodings. Base64 and hex run in Go (binascii); the others are
Python over int arithmetic and table lookups, and keep no shared state."""

import binascii
import struct

__all__ = [
    'encode', 'decode', 'encodebytes', 'decodebytes',
    'b64encode', 'b64decode', 'b32encode', 'b32decode',
    'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
    'b85encode', 'b85decode', 'a85encode', 'a85decode',
    'standard_b64encode', 'standard_b64decode',
    'urlsafe_b64encode', 'urlsafe_b64decode',
]

bytes_types = (bytes, bytearray)


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII '
                             'characters')
    if isinstance(s, bytes_types):
        return bytes(s)
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII "
                        "string, not %r" % s.__class__.__name__) from None


def _bytes_arg(s):
    if isinstance(s, bytes_types):
        return bytes(s)
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % s.__class__.__name__) from None


def b64encode(s, altchars=None):
    """Encode bytes-like s in Base64; altchars (2 bytes) replace + and /."""
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        altchars = _bytes_arg(altchars)
        assert len(altchars) == 2, repr(altchars)
        return encoded.translate(bytes.maketrans(b'+/', altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Decode Base64 s (bytes or ASCII str). Without validate, characters
    outside the alphabet are dropped; with it they raise binascii.Error."""
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b'+/'))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    """Encode s with the standard Base64 alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Decode s with the standard Base64 alphabet."""
    return b64decode(s)


def urlsafe_b64encode(s):
    """Encode s with the URL- and filesystem-safe alphabet (- and _)."""
    return b64encode(s).translate(bytes.maketrans(b'+/', b'-_'))


def urlsafe_b64decode(s):
    """Decode s written with the URL- and filesystem-safe alphabet."""
    s = _bytes_from_decode_data(s)
    s = s.translate(bytes.maketrans(b'-_', b'+/'))
    return b64decode(s)


_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'


def _b32encode(alphabet, s):
    s = _bytes_arg(s)
    out = bytearray()
    for i in range(0, len(s), 5):
        chunk = s[i:i + 5]
        n = len(chunk)
        v = int.from_bytes(chunk + bytes(5 - n), 'big')
        group = bytes(alphabet[(v >> (35 - 5 * k)) & 31] for k in range(8))
        keep = (0, 2, 4, 5, 7, 8)[n]
        out += group[:keep] + b'=' * (8 - keep)
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    stripped = s.rstrip(b'=')
    pad = len(s) - len(stripped)
    if pad not in (0, 1, 3, 4, 6):
        raise binascii.Error('Incorrect padding')
    index = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    for i in range(0, len(stripped), 8):
        chunk = stripped[i:i + 8]
        v = 0
        for c in chunk:
            d = index.get(c)
            if d is None:
                raise binascii.Error('Non-base32 digit found')
            v = v << 5 | d
        v <<= 5 * (8 - len(chunk))
        out += v.to_bytes(5, 'big')
    if pad:
        out = out[:len(out) - (0, 1, 0, 2, 3, 0, 4)[pad]]
    return bytes(out)


def b32encode(s):
    """Encode bytes-like s in Base32."""
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    """Decode Base32 s; casefold accepts lowercase, map01 maps 0 to O and
    1 to the letter given."""
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    """Encode bytes-like s in Base32 with the extended hex alphabet."""
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    """Decode Base32 s written with the extended hex alphabet."""
    return _b32decode(_B32HEX, s, casefold)


def b16encode(s):
    """Encode bytes-like s in Base16 (uppercase hex)."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decode Base16 s; casefold accepts lowercase digits."""
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    if s.strip(b'0123456789ABCDEF'):
        raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


def _85encode(b, chars, pad=False, foldnuls=False, foldspaces=False):
    b = _bytes_arg(b)
    padding = (-len(b)) % 4
    if padding:
        b = b + b'\0' * padding
    words = struct.unpack('!%dI' % (len(b) // 4), b)
    out = []
    for word in words:
        if foldnuls and not word:
            out.append(b'z')
        elif foldspaces and word == 0x20202020:
            out.append(b'y')
        else:
            out.append(bytes((
                chars[word // 52200625],
                chars[word // 614125 % 85],
                chars[word // 7225 % 85],
                chars[word // 85 % 85],
                chars[word % 85])))
    if padding and not pad:
        if out[-1] == b'z':
            out[-1] = chars[0:1] * 5
        out[-1] = out[-1][:-padding]
    return b''.join(out)


_A85CHARS = bytes(range(33, 118))
_B85CHARS = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
             b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Encode bytes-like b in Ascii85 (all-zero groups as 'z'; with
    foldspaces, four spaces as 'y'; lines wrapped at wrapcol; adobe adds
    the <~ ~> framing)."""
    result = _85encode(b, _A85CHARS, pad, True, foldspaces)
    if adobe:
        result = b'<~' + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        chunks = [result[i: i + wrapcol]
                  for i in range(0, len(result), wrapcol)]
        if adobe and len(chunks[-1]) + 2 > wrapcol:
            chunks.append(b'')
        result = b'\n'.join(chunks)
    if adobe:
        result += b'~>'
    return result


def a85decode(b, *, foldspaces=False, adobe=False,
              ignorechars=b' \t\n\r\v'):
    """Decode Ascii85 b; whitespace in ignorechars is skipped."""
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(b'~>'):
            raise ValueError(
                "Ascii85 encoded byte sequences must end with {!r}".format(
                    b'~>'))
        if b.startswith(b'<~'):
            b = b[2:-2]
        else:
            b = b[:-2]
    out = bytearray()
    group = []
    for x in b + b'u' * 4:
        if 33 <= x <= 117:
            group.append(x)
            if len(group) == 5:
                acc = 0
                for c in group:
                    acc = 85 * acc + (c - 33)
                if acc > 0xffffffff:
                    raise ValueError('Ascii85 overflow')
                out += acc.to_bytes(4, 'big')
                group = []
        elif x == 122:   # z
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out += b'\0\0\0\0'
        elif foldspaces and x == 121:   # y
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif x in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % x)
    padding = 4 - len(group)
    return bytes(out[:len(out) - padding]) if padding else bytes(out)


_b85index = None


def b85encode(b, pad=False):
    """Encode bytes-like b in base85 (the alphabet of git and Mercurial);
    pad fills the input to a multiple of 4 bytes first."""
    return _85encode(b, _B85CHARS, pad)


def b85decode(b):
    """Decode base85 b."""
    global _b85index
    index = _b85index
    if index is None:
        index = _b85index = {c: i for i, c in enumerate(_B85CHARS)}
    b = _bytes_from_decode_data(b)
    padding = (-len(b)) % 5
    b = b + b'~' * padding
    out = bytearray()
    for i in range(0, len(b), 5):
        acc = 0
        for j, c in enumerate(b[i:i + 5]):
            d = index.get(c)
            if d is None:
                raise ValueError('bad base85 character at position %d'
                                 % (i + j))
            acc = acc * 85 + d
        if acc > 0xffffffff:
            raise ValueError('base85 overflow in hunk starting at byte %d'
                             % i)
        out += acc.to_bytes(4, 'big')
    if padding:
        out = out[:-padding]
    return bytes(out)


MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encode(input, output):
    """Encode the binary file input into Base64 lines on output."""
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            ns = input.read(MAXBINSIZE - len(s))
            if not ns:
                break
            s += ns
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    """Decode Base64 lines of the binary file input onto output."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))


def encodebytes(s):
    """Encode s into Base64 lines of at most 76 characters, each ending
    in a newline."""
    s = _bytes_arg(s)
    return b''.join(binascii.b2a_base64(s[i:i + MAXBINSIZE])
                    for i in range(0, len(s), MAXBINSIZE))


def decodebytes(s):
    """Decode Base64 lines."""
    return binascii.a2b_base64(_bytes_arg(s))
