"""memoryview over bytes, bytearray, array.array and other views: items,
slices, casts, comparisons, hashing, release, and the exporter's refusal
to resize while a view lives."""

import array
import struct


def raises(exc, f, *args):
    try:
        f(*args)
    except exc as e:
        return str(e)
    raise AssertionError("%s not raised" % exc.__name__)


m = memoryview(b"hello world")
assert len(m) == 11 and m[0] == 104 and m[-1] == 100
assert bytes(m[1:4]) == b"ell"
assert m[::2].tobytes() == b"hlowrd"
assert m[::-1].tobytes() == b"dlrow olleh"
assert m.readonly and m.format == "B" and m.itemsize == 1 and m.nbytes == 11
assert m.ndim == 1 and m.shape == (11,) and m.strides == (1,)
assert m[::2].strides == (2,) and not m[::2].contiguous and m.c_contiguous
assert m.tolist()[:3] == [104, 101, 108]
assert m.hex() == b"hello world".hex() and m[2:5].hex(":") == "6c:6c:6f"
assert m.obj == b"hello world"
assert m == b"hello world" and b"hello world" == m and m != b"x"
assert hash(m) == hash(b"hello world")
assert list(m[:3]) == [104, 101, 108]
assert raises(TypeError, lambda: m[...]) == "memoryview: invalid slice key"
assert raises(IndexError, lambda: m[20]) == "index out of bounds on dimension 1"
assert raises(TypeError, m.__setitem__, 0, 1) == "cannot modify read-only memory"
assert raises(TypeError, memoryview, "abc") == "memoryview: a bytes-like object is required, not 'str'"
assert raises(TypeError, lambda: m["a"]) == "memoryview: invalid slice key"

# A writable view of a bytearray changes it in place.
ba = bytearray(b"abcdef")
v = memoryview(ba)
assert not v.readonly
v[0] = 65
v[1:3] = b"XY"
assert ba == bytearray(b"AXYdef")
v[::2] = b"123"
assert ba == bytearray(b"1X2d3f")
assert raises(BufferError, ba.append, 1) == "Existing exports of data: object cannot be re-sized"
assert raises(BufferError, ba.extend, b"zz")
assert raises(BufferError, ba.pop)
assert raises(BufferError, ba.clear)
ba[0:2] = b"ab"  # the same length: allowed
assert ba[:2] == b"ab"
assert raises(ValueError, v.__setitem__, 0, 256) == "memoryview: invalid value for format 'B'"
assert raises(TypeError, v.__setitem__, 0, "a") == "memoryview: invalid type for format 'B'"
assert raises(ValueError, v.__setitem__, slice(1, 3), b"abc") == \
    "memoryview assignment: lvalue and rvalue have different structures"
assert raises(ValueError, hash, v) == "cannot hash writable memoryview object"
assert raises(TypeError, v.__delitem__, 0) == "cannot delete memory"
v.release()
v.release()
ba.append(33)
assert ba[-1] == 33
assert raises(ValueError, len, v) == "operation forbidden on released memoryview object"
assert raises(ValueError, lambda: v[0])
assert "released" in repr(v)

with memoryview(ba) as w:
    assert w[0] == ord("a") and bytes(w) == bytes(ba)
assert raises(ValueError, len, w)
ba.extend(b"zz")
assert ba.endswith(b"zz")

# Other bytes-like consumers take views.
assert bytearray(memoryview(b"ab")) == bytearray(b"ab")
assert b"".join([memoryview(b"a"), b"b"]) == b"ab"
assert b"x" + memoryview(b"y") == b"xy"
assert struct.unpack("<I", memoryview(b"\x01\x00\x00\x00")) == (1,)
assert int.from_bytes(memoryview(b"\x01\x02"), "big") == 258
ba2 = bytearray(b"xy")
ba2 += memoryview(b"!!")
assert ba2 == bytearray(b"xy!!")
assert memoryview(b"ab") == memoryview(b"ab") and memoryview(b"ab") == bytearray(b"ab")

# Casts between bytes and a wider format.
c = memoryview(bytearray(8)).cast("i")
c[0] = -2
c[1] = 7
assert c.tolist() == [-2, 7] and c.format == "i" and c.itemsize == 4 and len(c) == 2
assert c.cast("B").tolist() == list(struct.pack("ii", -2, 7))
assert raises(TypeError, c.cast, "f") == "memoryview: cannot cast between two non-byte formats"
assert raises(TypeError, memoryview(b"abc").cast, "i") == "memoryview: length is not a multiple of itemsize"
assert raises(ValueError, c.__setitem__, 0, 2**31) == "memoryview: invalid value for format 'i'"
d = memoryview(bytearray(16)).cast("d")
d[1] = 2.5
assert d.tolist() == [0.0, 2.5]
assert raises(ValueError, hash, memoryview(b"abcd").cast("i")) == \
    "memoryview: hashing is restricted to formats 'B', 'b' or 'c'"

# Views of views: each keeps the exporter from resizing, and obj is the
# exporter itself.
x = bytearray(b"12345")
s = memoryview(x)[1:4]
s2 = memoryview(s)
assert s2.obj is x and bytes(s2) == b"234"
s.release()
assert raises(BufferError, x.pop)
s2.release()
assert x.pop() == ord("5")
r = memoryview(x).toreadonly()
assert r.readonly and raises(TypeError, r.__setitem__, 0, 1)
r.release()

# bytearray.remove, which the view tests use above.
ba3 = bytearray(b"xyz")
ba3.remove(ord("y"))
assert ba3 == bytearray(b"xz")
assert raises(ValueError, ba3.remove, ord("q")) == "value not found in bytearray"

# array.array exports its items.
a = array.array("i", [1, 2, 3])
am = memoryview(a)
assert am.format == "i" and am.itemsize == 4 and am.tolist() == [1, 2, 3] and am.nbytes == 12
am[1] = 20
assert a[1] == 20
assert raises(BufferError, a.append, 4) == "cannot resize an array that is exporting buffers"
am.release()
a.append(4)
assert a.tolist() == [1, 20, 3, 4]
assert bytes(array.array("B", [1, 2])) == b"\x01\x02"

# Library functions that take any bytes-like object take views, and re
# matches on a bytes-like subject are bytes.
import base64, hashlib, re, zlib
assert base64.b64encode(memoryview(b"abc")) == b"YWJj"
assert base64.b64decode(memoryview(b"YWJj")) == b"abc"
assert base64.b64encode(array.array("B", [1, 2])) == b"AQI="
assert hashlib.md5(memoryview(b"abc")).hexdigest() == hashlib.md5(b"abc").hexdigest()
assert zlib.crc32(memoryview(b"abc")) == zlib.crc32(b"abc")
assert re.findall(b"b+", memoryview(b"abbbc")) == [b"bbb"]
assert re.search(b"b+", bytearray(b"abbbc")).group() == b"bbb"
assert re.split(b"b", bytearray(b"abc")) == [b"a", b"c"]
assert type(re.sub(b"b", b"x", bytearray(b"abc"))) is bytes


# readinto writes through writable views and into arrays; read-only
# buffers are refused.
import io
_b = io.BytesIO(b"hello world")
_m = memoryview(bytearray(5))
assert _b.readinto(_m) == 5 and bytes(_m) == b"hello"
_a = array.array("b", [0] * 3)
assert _b.readinto(_a) == 3 and _a.tolist() == [32, 119, 111]
assert raises(TypeError, _b.readinto, memoryview(b"xx")) == \
    "readinto() argument must be read-write bytes-like object, not memoryview"
assert raises(TypeError, _b.readinto, b"xx") == \
    "readinto() argument must be read-write bytes-like object, not bytes"
print("ok")
