# Floats and complex numbers: arithmetic, rounding, repr, special values,
# comparisons across numeric types, and the math module.

import math
import sys


def raises(exc, fn, *args):
    """Call fn(*args), check it raises exc, and return the exception."""
    try:
        fn(*args)
    except exc as e:
        return e
    raise AssertionError(f"{fn!r}{args!r} did not raise {exc.__name__}")


# repr gives the shortest string that round-trips.
assert repr(0.1) == "0.1"
assert repr(0.1 + 0.2) == "0.30000000000000004"
assert repr(1.0) == "1.0"
assert repr(-0.0) == "-0.0"
assert repr(1e16) == "1e+16"
assert repr(1e15) == "1000000000000000.0"
assert repr(123456789012345678.0) == "1.2345678901234568e+17"
assert repr(1e-4) == "0.0001"
assert repr(1e-5) == "1e-05"
assert repr(2.5e-300) == "2.5e-300"
assert repr(float("inf")) == "inf"
assert repr(-float("inf")) == "-inf"
assert repr(float("nan")) == "nan"
assert str(3.14) == "3.14"
assert repr(1 / 3) == "0.3333333333333333"
assert repr(2 / 3) == "0.6666666666666666"
assert repr(sys.float_info.max) == "1.7976931348623157e+308"
assert repr(5e-324) == "5e-324"
assert float(repr(0.1 + 0.2)) == 0.1 + 0.2

# Parsing floats.
assert float("1.5") == 1.5
assert float("  -2.5e3 ") == -2500.0
assert float("1_000.5") == 1000.5
assert float("inf") == math.inf
assert float("-Infinity") == -math.inf
assert math.isnan(float("nan"))
assert float(".5") == 0.5
assert float("5.") == 5.0
assert float(7) == 7.0
assert float(2 ** 80) == 1.2089258196146292e24
e = raises(ValueError, float, "1.2.3")
assert str(e) == "could not convert string to float: '1.2.3'"
e = raises(OverflowError, float, 10 ** 400)
assert str(e) == "int too large to convert to float"

# Floor division and modulo with negative operands.
assert 7.5 // 2 == 3.0
assert -7.5 // 2 == -4.0
assert 7.5 % 2 == 1.5
assert -7.5 % 2 == 0.5
assert 7.5 % -2 == -0.5
assert divmod(-7.5, 2) == (-4.0, 0.5)
assert math.copysign(1, -0.0 % 5) == 1.0
assert math.copysign(1, 0.0 % -5) == -1.0
assert 1e308 * 10 == math.inf
assert -1e308 * 10 == -math.inf
e = raises(ZeroDivisionError, lambda: 1.0 / 0)
assert str(e) == "float division by zero"
e = raises(ZeroDivisionError, lambda: 1.0 // 0.0)
assert str(e) == "float floor division by zero"
e = raises(ZeroDivisionError, lambda: 1.0 % 0.0)
assert str(e) == "float modulo"
e = raises(OverflowError, lambda: 10.0 ** 400)
assert str(e) == "(34, 'Numerical result out of range')"
assert (-8.0) ** (1 / 3) != -2.0
assert type((-8.0) ** 0.5) is complex
assert 2.0 ** -2 == 0.25
assert 0.0 ** 0 == 1.0

# Special values.
nan = float("nan")
inf = float("inf")
assert nan != nan
assert not (nan < 1) and not (nan > 1) and not (nan == 1)
assert inf > 10 ** 400
assert -inf < -10 ** 400
assert inf - inf != inf - inf
assert inf * 0 != 0
assert [nan] == [nan]  # identity first in containers
assert nan in [nan]
assert float("nan") not in [float("nan")]
assert 0.0 == -0.0
assert hash(0.0) == hash(-0.0) == 0
assert hash(inf) == 314159
assert hash(-inf) == -314159

# round: half to even, with ndigits, on ints and floats.
assert round(0.5) == 0
assert round(1.5) == 2
assert round(2.5) == 2
assert round(-0.5) == 0
assert round(-1.5) == -2
assert type(round(2.7)) is int
assert round(2.675, 2) == 2.67  # 2.675 is stored slightly below
assert round(1234.5678, -2) == 1200.0
assert type(round(1234.5678, -2)) is float
assert round(1234, -2) == 1200
assert round(1250, -2) == 1200
assert round(1350, -2) == 1400
assert round(-1250, -2) == -1200
assert round(15, -1) == 20
assert round(25, -1) == 20
assert type(round(25, -1)) is int
assert round(0.125, 2) == 0.12
assert round(0.375, 2) == 0.38
e = raises(OverflowError, round, inf)
assert str(e) == "cannot convert float infinity to integer"
e = raises(ValueError, round, nan)
assert str(e) == "cannot convert float NaN to integer"

# Comparisons across int, float, complex and bool.
assert 1 == 1.0 == True
assert hash(1) == hash(1.0) == hash(True)
assert 2 ** 53 + 1 != float(2 ** 53 + 1)
assert 2 ** 53 + 1 > float(2 ** 53)
assert 10 ** 400 > 1e308
assert -(10 ** 400) < -1e308
assert 1 < 1.5 < 2
assert 0.1 + 0.2 != 0.3
assert abs(0.1 + 0.2 - 0.3) < 1e-15
assert 1 + 0j == 1
assert complex(2, 0) == 2.0
assert {1: "a"}[1.0] == "a"
assert {1.0: "x", 1: "y"} == {1: "y"}
assert len({1, 1.0, True}) == 1
assert sorted([3, 1.5, True, -2, 2.5]) == [-2, True, 1.5, 2.5, 3]
e = raises(TypeError, lambda: 1j < 2j)
assert str(e) == "'<' not supported between instances of 'complex' and 'complex'"
e = raises(TypeError, lambda: 1 < "2")
assert str(e) == "'<' not supported between instances of 'int' and 'str'"
assert (1 == "1") is False

# Float methods.
assert (2.5).is_integer() is False
assert (3.0).is_integer() is True
assert (0.75).as_integer_ratio() == (3, 4)
assert (-0.5).as_integer_ratio() == (-1, 2)
assert (1.0).hex() == "0x1.0000000000000p+0"
assert float.fromhex("0x1.8p1") == 3.0
assert (3.7).__trunc__() == 3
assert (3.7).__floor__() == 3
assert (-3.2).__ceil__() == -3
assert (2.5).real == 2.5 and (2.5).imag == 0.0
assert float.__add__(1.0, 2) == 3.0
assert (1.0).__add__("x") is NotImplemented

# Complex numbers.
z = 3 + 4j
assert abs(z) == 5.0
assert z.real == 3.0 and z.imag == 4.0
assert z.conjugate() == 3 - 4j
assert z * 1j == -4 + 3j
assert (1 + 2j) * (3 - 1j) == 5 + 5j
assert (1 + 2j) / (1 - 1j) == -0.5 + 1.5j
assert 1j ** 2 == -1
assert repr(z) == "(3+4j)"
assert repr(1j) == "1j"
assert repr(-1j) == "(-0-1j)"
assert repr(complex(1.5, -2)) == "(1.5-2j)"
assert repr(complex(0, 0)) == "0j"
assert repr(complex("1+2j")) == "(1+2j)"
assert complex(1, 2) + 1 == 2 + 2j
assert type(1 + 1j - 1j) is complex
e = raises(TypeError, lambda: (1 + 2j) // 2)
assert str(e) == "unsupported operand type(s) for //: 'complex' and 'int'"
e = raises(ZeroDivisionError, lambda: 1j / 0)
assert str(e) == "complex division by zero"

# The math module.
assert math.pi == 3.141592653589793
assert math.e == 2.718281828459045
assert math.tau == 2 * math.pi
assert math.sqrt(16) == 4.0
assert math.isqrt(10 ** 20 + 1) == 10 ** 10
assert math.floor(-2.5) == -3 and type(math.floor(2.5)) is int
assert math.ceil(-2.5) == -2
assert math.trunc(-2.7) == -2
assert math.factorial(20) == 2432902008176640000
assert math.gcd(12, 18) == 6
assert math.gcd(0, 0) == 0
assert math.lcm(4, 6) == 12
assert math.comb(10, 3) == 120
assert math.perm(5, 2) == 20
assert math.fabs(-3) == 3.0
assert math.fmod(-7, 3) == -1.0
assert math.hypot(3, 4) == 5.0
assert math.log(math.e) == 1.0
assert math.log(8, 2) == 3.0
assert math.log10(1000) == 3.0
assert math.log2(1024) == 10.0
assert math.exp(0) == 1.0
assert math.isclose(math.sin(math.pi / 2), 1.0)
assert math.isclose(math.cos(math.pi), -1.0)
assert math.isclose(math.atan2(1, 1), math.pi / 4)
assert math.degrees(math.pi) == 180.0
assert math.radians(180) == math.pi
assert math.isinf(math.inf) and not math.isinf(1e308)
assert math.isfinite(1.0) and not math.isfinite(math.nan)
assert math.fsum([0.1] * 10) == 1.0
assert sum([0.1] * 10) != 1.0
assert math.prod([1, 2, 3, 4]) == 24
assert math.copysign(3, -0.0) == -3.0
assert math.modf(3.5) == (0.5, 3.0)
assert math.frexp(8.0) == (0.5, 4)
assert math.ldexp(0.5, 4) == 8.0
assert math.dist((0, 0), (3, 4)) == 5.0
e = raises(ValueError, math.sqrt, -1)
assert str(e) == "math domain error"
e = raises(ValueError, math.factorial, -1)
assert str(e) == "factorial() not defined for negative values"

# Mixed arithmetic promotes int to float to complex.
assert type(1 + 1.0) is float
assert type(1.0 + 1j) is complex
assert type(True + 1.5) is float
assert 3 * 0.5 == 1.5
assert 10 ** 20 / 10 ** 10 == 1e10
assert (10 ** 400) // 10 ** 399 == 10
assert 10 ** 400 / 10 ** 399 == 10.0
e = raises(OverflowError, lambda: 10 ** 400 * 1.0)
assert str(e) == "int too large to convert to float"

print("ok")

# ndigits beyond a machine word is clamped, not an OverflowError.
assert round(1.5, 2**70) == 1.5 and round(2.5, 10**30) == 2.5
assert round(123.456, -2**70) == 0.0 and str(round(-1.5, -2**70)) == "-0.0"

# comb and perm of an n beyond a machine word.
import math as _m
_n = 2**100
assert _m.perm(_n, 0) == 1 and _m.perm(_n, 2) == _n * (_n - 1)
assert _m.comb(_n, 2) == _n * (_n - 1) // 2 and _m.comb(_n, _n - 1) == _n
assert _m.comb(_n + 3, 3) == (_n + 3) * (_n + 2) * (_n + 1) // 6
try:
    _m.perm(_n, 2**64)
except OverflowError as e:
    assert "k must not exceed" in str(e), e
else:
    raise AssertionError("perm with k beyond a word")
