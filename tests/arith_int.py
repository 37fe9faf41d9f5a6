# Integers: small and arbitrary precision, division and modulo with negative
# operands, powers, shifts, bit operations, conversions to and from text.

import sys


def raises(exc, fn, *args):
    """Call fn(*args), check it raises exc, and return the exception."""
    try:
        fn(*args)
    except exc as e:
        return e
    raise AssertionError(f"{fn!r}{args!r} did not raise {exc.__name__}")


# Floor division and modulo follow the sign of the divisor.
assert 7 // 2 == 3
assert -7 // 2 == -4
assert 7 // -2 == -4
assert -7 // -2 == 3
assert 7 % 3 == 1
assert -7 % 3 == 2
assert 7 % -3 == -2
assert -7 % -3 == -1
assert divmod(7, 2) == (3, 1)
assert divmod(-7, 2) == (-4, 1)
assert divmod(7, -2) == (-4, -1)
assert divmod(-7, -2) == (3, -1)
for a in range(-20, 21):
    for b in (-7, -3, -1, 1, 2, 5):
        q, r = divmod(a, b)
        assert q * b + r == a, (a, b)
        assert r == 0 or (r > 0) == (b > 0), (a, b)
assert 7 / 2 == 3.5
assert type(6 / 3) is float and 6 / 3 == 2.0

e = raises(ZeroDivisionError, lambda: 1 // 0)
assert str(e) == "integer division or modulo by zero"
e = raises(ZeroDivisionError, lambda: 1 % 0)
assert str(e) == "integer modulo by zero"
e = raises(ZeroDivisionError, lambda: 1 / 0)
assert str(e) == "division by zero"
e = raises(ZeroDivisionError, divmod, 5, 0)
assert str(e) == "integer division or modulo by zero"

# Powers.
assert 2 ** 10 == 1024
assert (-2) ** 3 == -8
assert -2 ** 2 == -4
assert 2 ** -1 == 0.5
assert type(2 ** -1) is float
assert 0 ** 0 == 1
assert 2 ** 3 ** 2 == 512
assert pow(3, 4, 5) == 1
assert pow(-3, 3, 7) == 1
assert pow(3, -1, 7) == 5
assert pow(38, -1, 97) * 38 % 97 == 1
e = raises(ValueError, pow, 2, -1, 4)
assert str(e) == "base is not invertible for the given modulus"
e = raises(ZeroDivisionError, lambda: 0 ** -1)
assert "0.0 cannot be raised to a negative power" in str(e)

# Big integers.
big = 2 ** 100
assert big == 1267650600228229401496703205376
assert str(2 ** 64) == "18446744073709551616"
assert big // 3 == 422550200076076467165567735125
assert big % 3 == 1
assert -big // 3 == -422550200076076467165567735126
assert -big % 3 == 2
assert (big + 1) * (big - 1) == big * big - 1
assert big >> 90 == 1024
assert 1 << 100 == big
assert -big >> 99 == -2
assert (-big - 1) >> 99 == -3
assert big.bit_length() == 101
assert (big - 1).bit_length() == 100
assert (-big).bit_length() == 101
assert (big - 1).bit_count() == 100
assert sys.maxsize == 2 ** 63 - 1
assert sys.maxsize + 1 == 9223372036854775808
assert -sys.maxsize - 2 == -9223372036854775809
assert (sys.maxsize + 1) // (sys.maxsize + 1) == 1
assert 9223372036854775807 * 2 == 18446744073709551614
assert -9223372036854775808 // -1 == 9223372036854775808
assert abs(-9223372036854775808) == 9223372036854775808
assert divmod(10 ** 30, 7) == (142857142857142857142857142857, 1)
assert divmod(-10 ** 30, 7) == (-142857142857142857142857142858, 6)
assert 10 ** 30 // -10 ** 15 == -10 ** 15
fact = 1
for i in range(1, 31):
    fact *= i
assert fact == 265252859812191058636308480000000
assert str(fact)[:5] == "26525" and len(str(fact)) == 33
assert pow(2, 1000, 10 ** 9 + 7) == 688423210
assert hash(2 ** 61 - 1) == 0
assert hash(-1) == -2
assert hash(12345) == 12345

# Shifts.
assert 1 << 3 == 8
assert -1 >> 10 == -1
assert -16 >> 2 == -4
assert -17 >> 2 == -5
assert 5 >> 100 == 0
e = raises(ValueError, lambda: 1 << -1)
assert str(e) == "negative shift count"
e = raises(ValueError, lambda: 1 >> -1)
assert str(e) == "negative shift count"

# Bit operations on negative numbers act on an infinite two's complement.
assert 6 & 3 == 2
assert 6 | 3 == 7
assert 6 ^ 3 == 5
assert ~5 == -6
assert ~-1 == 0
assert -6 & 0xFF == 250
assert -1 & (2 ** 70 - 1) == 2 ** 70 - 1
assert (-2 ** 70) | 1 == -2 ** 70 + 1
assert -5 ^ 3 == -8
assert (2 ** 80 + 5) & 7 == 5
assert (2 ** 80) ^ (2 ** 80) == 0

# Conversions from text, with a base.
assert int("42") == 42
assert int("  -17  ") == -17
assert int("+8") == 8
assert int("1_000_000") == 1000000
assert int("ff", 16) == 255
assert int("0xff", 16) == 255
assert int("0xff", 0) == 255
assert int("0o17", 0) == 15
assert int("0b101", 0) == 5
assert int("z", 36) == 35
assert int("-101", 2) == -5
assert int("12345678901234567890123") == 12345678901234567890123
assert int("١٢٣") == 123  # Arabic-Indic digits
e = raises(ValueError, int, "12a")
assert str(e) == "invalid literal for int() with base 10: '12a'"
e = raises(ValueError, int, "")
assert str(e) == "invalid literal for int() with base 10: ''"
e = raises(ValueError, int, "9", 8)
assert str(e) == "invalid literal for int() with base 8: '9'"
e = raises(ValueError, int, "010", 0)
assert str(e) == "invalid literal for int() with base 0: '010'"
e = raises(ValueError, int, "1", 37)
assert str(e) == "int() base must be >= 2 and <= 36, or 0"
e = raises(TypeError, int, None)
assert str(e) == "int() argument must be a string, a bytes-like object or a real number, not 'NoneType'"
e = raises(TypeError, int, 3.5, 10)
assert str(e) == "int() can't convert non-string with explicit base"
assert int(3.99) == 3
assert int(-3.99) == -3
assert int(True) == 1
assert int(1e20) == 100000000000000000000
assert int(b"77") == 77
e = raises(ValueError, int, float("nan"))
assert str(e) == "cannot convert float NaN to integer"
e = raises(OverflowError, int, float("inf"))
assert str(e) == "cannot convert float infinity to integer"

# Conversions to text.
assert hex(255) == "0xff"
assert hex(-255) == "-0xff"
assert oct(8) == "0o10"
assert bin(5) == "0b101"
assert bin(-5) == "-0b101"
assert hex(2 ** 64) == "0x10000000000000000"
assert str(-0) == "0"
assert repr(10 ** 20) == "100000000000000000000"
assert (255).to_bytes(2, "big") == b"\x00\xff"
assert (1024).to_bytes(2, "little") == b"\x00\x04"
assert (-1).to_bytes(2, "big", signed=True) == b"\xff\xff"
assert int.from_bytes(b"\x01\x00", "big") == 256
assert int.from_bytes(b"\xff\xfe", "little", signed=True) == -257
e = raises(OverflowError, (256).to_bytes, 1, "big")
assert str(e) == "int too big to convert"

# Booleans are integers.
assert True + True == 2
assert True * 10 == 10
assert isinstance(True, int)
assert -True == -1
assert ~True == -2
assert True & False is False
assert True | False is True
assert True ^ True is False
assert type(True + 0) is int
assert repr(True & 1) == "1"
assert sum([True, True, False, True]) == 3

# Integer methods and attributes.
assert (10).real == 10 and (10).imag == 0
assert (10).numerator == 10 and (10).denominator == 1
assert (7).conjugate() == 7
assert (6).as_integer_ratio() == (6, 1)
assert int.__add__(3, 4) == 7
assert (3).__radd__(4) == 7
assert int.__truediv__(1, 2) == 0.5
assert (3).__add__(1.5) is NotImplemented

# Comparisons between ints of every size, chained.
assert 1 < 2 < 3
assert not (1 < 3 < 2)
assert 2 ** 100 > 2 ** 99 > -2 ** 101
assert -(2 ** 64) < -(2 ** 63) < 0 < 2 ** 63 < 2 ** 64
assert max(3, 2 ** 70, -5) == 2 ** 70
assert min(3, -2 ** 70, -5) == -2 ** 70
assert (2 ** 64 == 2 ** 64) and (2 ** 64 != 2 ** 64 + 1)
assert [1, 2 ** 65, 3] == [1, 36893488147419103232, 3]

# Augmented assignment on ints rebinds, leaving other names alone.
x = 10
y = x
x += 5
assert x == 15 and y == 10
x -= 20
assert x == -5
x *= -3
assert x == 15
x //= 4
assert x == 3
x **= 40
assert x == 12157665459056928801
x %= 1000
assert x == 801
x <<= 2
assert x == 3204
x >>= 3
assert x == 400
x &= 0x1F0
assert x == 400
x |= 1
assert x == 401
x ^= 0xFFFF
assert x == 65134

print("ok")

# int() and float() of text: the small decimal shortcut and its edges, and
# every bytes-like object (bytearray, memoryview, array), as CPython reads them
import array as _array


def _conv(f, *a):
    try:
        return f(*a)
    except (ValueError, TypeError) as e:
        return "%s: %s" % (type(e).__name__, e)


for _s, _want in [("0", 0), ("-0", 0), ("+5", 5), (" 42 ", 42), ("\t7\n", 7),
                  ("123456789012345678", 123456789012345678),
                  ("1234567890123456789", 1234567890123456789),
                  ("-9223372036854775808", -9223372036854775808),
                  ("007", 7), ("1_000", 1000), ("\u0663", 3), ("12\r", 12),
                  ("\x0c5", 5), ("9" * 30, int("9" * 30))]:
    assert int(_s) == _want, _s
assert _conv(int, "007", 0) == "ValueError: invalid literal for int() with base 0: '007'"
assert int("00", 0) == 0 and int("0x10", 0) == 16
for _bad in ["", "-", "+", " ", "1 2", "0_", "_1", "1__0", "0x10"]:
    assert _conv(int, _bad).startswith("ValueError: invalid literal for int() with base 10"), _bad
assert int(bytearray(b"-3")) == -3 and int(memoryview(b" 7 ")) == 7
assert int(bytearray(b"ff"), 16) == 255 and int(memoryview(b"12")[:1]) == 1
assert int(_array.array("b", [49, 50])) == 12 and float(_array.array("b", [49])) == 1.0
assert float(bytearray(b"1.5")) == 1.5 and float(memoryview(b"2.5")) == 2.5
assert _conv(int, memoryview(b"0x10"), 0) == "TypeError: int() can't convert non-string with explicit base"
assert _conv(int, bytearray(b"x1")) == "ValueError: invalid literal for int() with base 10: b'x1'"
assert _conv(int, memoryview(b"1 2")) == "ValueError: invalid literal for int() with base 10: b'1 2'"
assert _conv(float, bytearray(b"x")) == "ValueError: could not convert string to float: bytearray(b'x')"
