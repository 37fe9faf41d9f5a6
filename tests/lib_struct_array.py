# struct (pack/unpack in every byte order, sizes and alignment, errors)
# and array (typed arrays: construction, methods, slices, errors, threads).
import array
import copy
import struct
import threading


def raises(exc, fn, *args):
    try:
        fn(*args)
    except exc as e:
        return e
    raise AssertionError(f"{fn!r}{args!r} did not raise {exc.__name__}")


# struct: sizes and alignment.
assert struct.calcsize('@bhiq') == 16 and struct.calcsize('=bhiq') == 15
assert struct.calcsize('@qb') == 9 and struct.calcsize('@bq0q') == 16
assert struct.calcsize('3s2p5x') == 10 and struct.calcsize('') == 0
assert struct.calcsize('@ce') == 4 and struct.calcsize('@bd') == 16 and struct.calcsize('<bd') == 9
assert struct.calcsize('l') == 8 and struct.calcsize('<l') == 4 and struct.calcsize('P') == 8
assert struct.calcsize(b'<hb') == 3

# Round trips.
assert struct.pack('<hHiIqQ', -2, 65535, -3, 4, -5, 2 ** 64 - 1) == \
    b'\xfe\xff\xff\xff\xfd\xff\xff\xff\x04\x00\x00\x00\xfb\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff'
assert struct.pack('>I', 1) == b'\x00\x00\x00\x01' and struct.pack('!h', -2) == b'\xff\xfe'
assert struct.unpack('>IH', b'\x00\x00\x00\x01\x00\x02') == (1, 2)
assert struct.pack('<d', 1.5) == b'\x00\x00\x00\x00\x00\x00\xf8?'
assert struct.unpack('<f', struct.pack('<f', 0.1))[0] == 0.10000000149011612
assert struct.pack('<e', 1.5) == b'\x00>' and struct.unpack('<e', b'\x00\x3c') == (1.0,)
assert struct.pack('<e', 65504.0) == b'\xff{' and struct.pack('<e', 5.96e-8) == b'\x01\x00'
assert struct.pack('?c3s5p', [], b'z', b'abcdef', b'abcdef') == b'\x00zabc\x04abcd'
assert struct.unpack('?c3s5p', b'\x02zabc\x09abcd') == (True, b'z', b'abc', b'abcd')
assert struct.pack('5s', b'ab') == b'ab\x00\x00\x00' and struct.pack('0s', b'ab') == b''
assert struct.pack('i i', 1, 2) == struct.pack('2i', 1, 2)
assert struct.pack('<3c', b'a', b'b', b'c') == b'abc'
assert struct.pack('<2h3s?x', 1, 2, b'xy', True) == b'\x01\x00\x02\x00xy\x00\x01\x00'


class Seven:
    def __index__(self):
        return 7


assert struct.pack('<h', Seven()) == b'\x07\x00' and struct.pack('<f', Seven()) == b'\x00\x00\xe0@'
assert struct.pack('<d', 1) == struct.pack('<d', 1.0)

# struct errors.
for fmt, value, msg in [
    ('b', 200, 'byte format requires -128 <= number <= 127'),
    ('B', -1, 'ubyte format requires 0 <= number <= 255'),
    ('<h', 40000, 'short format requires -32768 <= number <= 32767'),
    ('>h', 40000, "'h' format requires -32768 <= number <= 32767"),
    ('<H', -1, 'ushort format requires 0 <= number <= 65535'),
    ('!H', -1, 'argument out of range'),
    ('i', 2 ** 31, "'i' format requires -2147483648 <= number <= 2147483647"),
    ('<I', 2 ** 32, "'I' format requires 0 <= number <= 4294967295"),
    ('<l', 2 ** 31, "'l' format requires -2147483648 <= number <= 2147483647"),
    ('q', 2 ** 63, 'argument out of range'), ('>q', 2 ** 63, 'int too large to convert'),
    ('Q', -1, 'argument out of range'), ('b', 2 ** 70, 'argument out of range'),
    ('b', 'x', 'required argument is not an integer'), ('b', 1.5, 'required argument is not an integer'),
    ('c', b'ab', 'char format requires a bytes object of length 1'),
    ('s', 1, "argument for 's' must be a bytes object"), ('d', 'x', 'required argument is not a float'),
]:
    e = raises(struct.error, struct.pack, fmt, value)
    assert str(e) == msg, (fmt, value, str(e))
for fmt, msg in [('z', 'bad char in struct format'), ('<n', 'bad char in struct format'),
                 ('3', 'repeat count given without format specifier'), ('2 i', 'bad char in struct format'),
                 ('9999999999999999999999q', 'total struct size too long')]:
    e = raises(struct.error, struct.calcsize, fmt)
    assert str(e) == msg, (fmt, str(e))
assert str(raises(OverflowError, struct.pack, '<e', 1e6)) == 'float too large to pack with e format'
assert str(raises(OverflowError, struct.pack, '<f', 1e300)) == 'float too large to pack with f format'
assert struct.pack('f', 1e300) == b'\x00\x00\x80\x7f'
assert str(raises(struct.error, struct.pack, '2h', 1)) == 'pack expected 2 items for packing (got 1)'
assert str(raises(struct.error, struct.unpack, '<h', b'abc')) == 'unpack requires a buffer of 2 bytes'
assert str(raises(struct.error, struct.unpack_from, '<h', b'abc', 2)) == \
    'unpack_from requires a buffer of at least 4 bytes for unpacking 2 bytes at offset 2 (actual buffer size is 3)'
assert str(raises(struct.error, struct.unpack_from, '<h', b'abc', -5)) == 'offset -5 out of range for 3-byte buffer'
assert str(raises(TypeError, struct.unpack, '<h', 'ab')) == "a bytes-like object is required, not 'str'"
assert struct.unpack_from('<h', b'abcd', -2) == (25699,)
assert struct.unpack_from('<h', buffer=b'xxab', offset=2) == (25185,)
buf = bytearray(4)
struct.pack_into('<h', buf, 2, 5)
assert buf == bytearray(b'\x00\x00\x05\x00')
struct.pack_into('<h', buf, -4, -1)
assert buf == bytearray(b'\xff\xff\x05\x00')
assert str(raises(struct.error, struct.pack_into, '<h', buf, 3, 5)) == \
    'pack_into requires a buffer of at least 5 bytes for packing 2 bytes at offset 3 (actual buffer size is 4)'
assert str(raises(struct.error, struct.pack_into, '<h', buf, -1, 5)) == 'no space to pack 2 bytes at offset -1'
assert list(struct.iter_unpack('<hb', b'abcdef')) == [(25185, 99), (25956, 102)]
assert str(raises(struct.error, struct.iter_unpack, '<h', b'abc')) == \
    'iterative unpacking requires a buffer of a multiple of 2 bytes'
it = struct.iter_unpack('<h', b'abcd')
assert it.__length_hint__() == 2 and next(it) == (25185,) and it.__length_hint__() == 1
s = struct.Struct('>IH')
assert (s.format, s.size) == ('>IH', 6) and struct.Struct(b'<q').format == '<q'
assert s.pack(1, 2) == b'\x00\x00\x00\x01\x00\x02'
assert s.unpack_from(b'zz\x00\x00\x00\x01\x00\x02', 2) == (1, 2)
assert issubclass(struct.error, Exception) and struct.error.__module__ == 'struct'


class Record(struct.Struct):
    pass


assert Record('<i').pack(3) == b'\x03\x00\x00\x00'

# array: construction and conversion.
a = array.array('h', [1, 2, 3])
assert (a.typecode, a.itemsize, len(a), a.tolist()) == ('h', 2, 3, [1, 2, 3])
assert a.tobytes() == b'\x01\x00\x02\x00\x03\x00'
assert repr(a) == "array('h', [1, 2, 3])" and repr(array.array('d')) == "array('d')"
assert repr(array.array('u', 'hi')) == "array('u', 'hi')" and array.array('u', 'hé').tounicode() == 'hé'
assert array.array('b', b'abc').tolist() == [97, 98, 99]
assert array.array('d', array.array('b', [1, 2])).tolist() == [1.0, 2.0]
assert array.array('b', range(4)) == array.array('b', [0, 1, 2, 3])
assert array.array('f', [0.1])[0] == 0.10000000149011612
assert array.array('Q', [2 ** 64 - 1])[0] == 2 ** 64 - 1
assert [array.array(c).itemsize for c in array.typecodes] == [1, 1, 4, 2, 2, 4, 4, 8, 8, 8, 8, 4, 8]
assert array.typecodes == 'bBuhHiIlLqQfd' and array.ArrayType is array.array
for args, exc, msg in [
    (('z',), ValueError, 'bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)'),
    ((1,), TypeError, 'array() argument 1 must be a unicode character, not int'),
    (('b', 'abc'), TypeError, "cannot use a str to initialize an array with typecode 'b'"),
    (('h', b'abc'), ValueError, 'bytes length not a multiple of item size'),
    (('b', [128]), OverflowError, 'signed char is greater than maximum'),
    (('b', [-129]), OverflowError, 'signed char is less than minimum'),
    (('B', [-1]), OverflowError, 'unsigned byte integer is less than minimum'),
    (('h', [2 ** 15]), OverflowError, 'signed short integer is greater than maximum'),
    (('H', [-1]), OverflowError, 'unsigned short is less than minimum'),
    (('i', [2 ** 31]), OverflowError, 'signed integer is greater than maximum'),
    (('I', [-1]), OverflowError, "can't convert negative value to unsigned int"),
    (('I', [2 ** 32]), OverflowError, 'unsigned int is greater than maximum'),
    (('l', [2 ** 63]), OverflowError, 'Python int too large to convert to C long'),
    (('q', [2 ** 63]), OverflowError, 'int too big to convert'),
    (('Q', [-1]), OverflowError, "can't convert negative int to unsigned"),
    (('b', [1.5]), TypeError, "'float' object cannot be interpreted as an integer"),
    (('d', ['x']), TypeError, 'must be real number, not str'),
    (('u', [1]), TypeError, 'array item must be unicode character'),
]:
    e = raises(exc, array.array, *args)
    assert str(e) == msg, (args, str(e))

# Methods.
a = array.array('i', [5, 1, 4])
a.append(2)
a.extend([9, 9])
a.extend(array.array('i', [0]))
a.insert(0, 7)
a.insert(-100, 8)
a.insert(100, 6)
assert a.tolist() == [8, 7, 5, 1, 4, 2, 9, 9, 0, 6]
assert a.pop() == 6 and a.pop(0) == 8 and a.pop(-2) == 9
assert a.index(9) == 5 and a.index(4, 2) == 3 and a.count(9) == 1
a.remove(9)
a.reverse()
assert a.tolist() == [0, 2, 4, 1, 5, 7]
assert 4 in a and 99 not in a
a.fromlist([3])
a.frombytes(b'\x01\x00\x00\x00')
assert a.tolist() == [0, 2, 4, 1, 5, 7, 3, 1]
b = array.array('i', [1, 2])
b.byteswap()
assert b.tolist() == [16777216, 33554432]
assert str(raises(ValueError, a.remove, 99)) == 'array.remove(x): x not in array'
assert str(raises(ValueError, a.index, 99)) == 'array.index(x): x not in array'
assert str(raises(IndexError, array.array('b').pop)) == 'pop from empty array'
assert str(raises(IndexError, a.pop, 50)) == 'pop index out of range'
assert str(raises(TypeError, a.fromlist, 5)) == 'arg must be list'
before = a.tolist()
raises(TypeError, a.fromlist, [1, 'x'])
assert a.tolist() == before
assert str(raises(TypeError, a.extend, array.array('b'))) == 'can only extend with array of same kind'
assert str(raises(ValueError, a.tounicode)) == 'tounicode() may only be called on unicode type arrays'
assert str(raises(TypeError, hash, a)) == "unhashable type: 'array.array'"

# Indexing, slices, operators.
a = array.array('i', range(10))
a[1], a[-1] = 100, -5
assert a[1] == 100 and a[-1] == -5 and a[::3].tolist() == [0, 3, 6, -5]
assert str(raises(IndexError, a.__getitem__, 20)) == 'array index out of range'
assert str(raises(IndexError, a.__setitem__, 20, 1)) == 'array assignment index out of range'
a[2:4] = array.array('i', [7, 7, 7])
assert a.tolist() == [0, 100, 7, 7, 7, 4, 5, 6, 7, 8, -5]
a[::2] = array.array('i', range(6))
assert a.tolist() == [0, 100, 1, 7, 2, 4, 3, 6, 4, 8, 5]
assert str(raises(ValueError, a.__setitem__, slice(None, None, 2), array.array('i', [1]))) == \
    'attempt to assign array of size 1 to extended slice of size 6'
assert str(raises(TypeError, a.__setitem__, slice(1, 2), [1])) == 'can only assign array (not "list") to array slice'
del a[0]
del a[::3]
del a[1:3]
assert a.tolist() == [1, 3, 4, 8]
a += array.array('i', [9])
a *= 2
assert a.tolist() == [1, 3, 4, 8, 9] * 2
assert (array.array('b', [1]) + array.array('b', [2])).tolist() == [1, 2]
assert (array.array('b', [1, 2]) * 2).tolist() == [1, 2, 1, 2] and (3 * array.array('b', [0])).tolist() == [0, 0, 0]
assert str(raises(TypeError, lambda: a + [1])) == 'can only append array (not "list") to array'
assert str(raises(TypeError, lambda: a + array.array('b'))) == 'bad argument type for built-in operation'
assert array.array('h', [1, 2]) < array.array('h', [1, 3]) and array.array('h', [1]) < array.array('h', [1, 0])
assert array.array('h', [1, 2]) == array.array('d', [1.0, 2.0]) and array.array('h') != [1]
assert sorted(array.array('d', [3.5, -1.0, 2.25])) == [-1.0, 2.25, 3.5]
c = copy.copy(a)
c.append(1)
assert len(c) == len(a) + 1 and copy.deepcopy(a) == a


class Samples(array.array):
    pass


s = Samples('b', [1, 2])
assert repr(s) == "Samples('b', [1, 2])" and type(s[:1]) is array.array and s == array.array('b', [1, 2])

# Many threads appending and popping at once lose nothing.
shared = array.array('q')


def worker(base):
    for i in range(2000):
        shared.append(base + i)
    for _ in range(500):
        shared.pop()


threads = [threading.Thread(target=worker, args=(k * 10000,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert len(shared) == 4 * 1500
print(struct.pack('<5sQd', b'json', 2 ** 40, 2.5).hex(), array.array('H', b'abcd'))
print('struct and array ok')

# NaNs keep CPython's bits: float('nan') and math.nan are the positive quiet
# NaN, float('-nan') has the sign bit, and a half-precision NaN unpacks to
# the quiet NaN of its sign.
import math as _math
assert struct.pack("<d", float("nan")) == bytes.fromhex("000000000000f87f")
assert struct.pack("<d", _math.nan) == bytes.fromhex("000000000000f87f")
assert struct.pack("<d", float("-nan")) == bytes.fromhex("000000000000f8ff")
assert struct.pack("<d", struct.unpack("<e", b"\x00\xfe")[0]) == bytes.fromhex("000000000000f8ff")
assert struct.pack("<d", struct.unpack("<e", b"\x00\x7e")[0]) == bytes.fromhex("000000000000f87f")
