# fractions.Fraction: construction from ints, floats, strings and
# Fractions; arithmetic with ints, floats and complexes; comparisons,
# hashing equal to equal numbers, rounding, limit_denominator, errors.
import math
from fractions import Fraction as F


def raises(exc, fn, *args):
    try:
        fn(*args)
    except exc as e:
        return str(e)
    raise AssertionError("no %s" % exc.__name__)


assert F(6, -4) == F(-3, 2) and (F(6, -4).numerator, F(6, -4).denominator) == (-3, 2)
assert F() == 0 and F(5).denominator == 1
assert F(0.75) == F(3, 4) and F(0.1) == F(3602879701896397, 36028797018963968)
assert F("3/4") == F(" -1.5e-1 ") * -5 == F(3, 4)
assert F("  7/14 ") == F(1, 2) and raises(ValueError, F, "7 / 14") and F("1_000") == 1000 and F(".5") == F("5.") / 10
assert F("-2.5E2") == -250 and F("1e-2") == F(1, 100)
assert F(F(1, 3), F(2, 3)) == F(1, 2) and F(F(3, 2)) == F(3, 2)
assert raises(ZeroDivisionError, F, 1, 0) == "Fraction(1, 0)"
assert raises(ValueError, F, "1/2/3") == "Invalid literal for Fraction: '1/2/3'"
assert raises(ValueError, F, "") == "Invalid literal for Fraction: ''"
assert raises(TypeError, F, 1.5, 2) == "both arguments should be Rational instances"
assert raises(TypeError, F, [1]) == "argument should be a string or a Rational instance"
assert raises(ValueError, F, float("nan")) == "cannot convert NaN to integer ratio"
assert raises(OverflowError, F, float("inf")) == "cannot convert Infinity to integer ratio"
assert F.from_float(0.5) == F(1, 2) and F.from_float(3) == 3
assert raises(TypeError, F.from_float, "x") == "Fraction.from_float() only takes floats, not 'x' (str)"
assert repr(F(-3, 2)) == "Fraction(-3, 2)" and str(F(-3, 2)) == "-3/2" and str(F(4, 2)) == "2"
assert F(3, 4).as_integer_ratio() == (3, 4)

a, b = F(1, 3), F(1, 6)
assert a + b == F(1, 2) and a - b == b and a * b == F(1, 18) and a / b == 2
assert a + 1 == F(4, 3) and 1 + a == F(4, 3) and 1 - a == F(2, 3) and 2 / a == 6
assert isinstance(a + 1, F) and isinstance(a + 0.5, float) and isinstance(a * 1j, complex)
assert a + 0.5 == 1 / 3 + 0.5 and 0.5 + a == 0.5 + 1 / 3
assert F(7, 2) // 2 == 1 and F(7, 2) % 2 == F(3, 2) and divmod(F(7, 2), F(1, 3)) == (10, F(1, 6))
assert -7 // F(2) == -4 and F(-7, 2) % 3 == F(5, 2) and 5 % F(3, 2) == F(1, 2)
assert F(2, 3) ** 2 == F(4, 9) and F(2, 3) ** -2 == F(9, 4) and F(-2, 3) ** -3 == F(-27, 8)
assert F(4) ** F(1, 2) == 2.0 and 2 ** F(3) == 8 and type(2 ** F(3)) is int
assert 4 ** F(1, 2) == 2.0 and F(1, 2) ** 0.5 == 0.5 ** 0.5
assert raises(ZeroDivisionError, lambda: F(0) ** -1) == "Fraction(1, 0)"
assert raises(ZeroDivisionError, lambda: F(1, 2) / 0) == "Fraction(1, 0)"
assert -a == F(-1, 3) and +a == a and abs(F(-1, 3)) == a

assert F(1, 2) == 0.5 and 0.5 == F(1, 2) and F(1, 2) != 0.3 and F(2) == 2 and F(1, 3) != F(1, 4)
assert F(1, 2) == complex(0.5, 0) and F(1, 2) != 0.5j
assert F(1, 3) < 0.34 and F(1, 3) > 0.33 and F(1, 3) < F(1, 2) <= F(1, 2) and 1 > F(1, 2)
assert F(10 ** 30) < float("inf") and F(-1) > float("-inf") and not F(1) < float("nan")
assert F(1, 3) != float("nan")
assert sorted([F(1, 2), 0.25, 1, F(-1, 3)]) == [F(-1, 3), 0.25, F(1, 2), 1]
for x in (F(1, 2), F(-3, 4), F(5), F(-1), F(0), F(10 ** 20, 3), F(1, 2 ** 61 - 1)):
    if x.denominator == 1:
        assert hash(x) == hash(x.numerator)
    assert hash(x) == hash(F(x.numerator * 7, x.denominator * 7))
assert hash(F(1, 2)) == hash(0.5) and hash(F(-3, 4)) == hash(-0.75) and hash(F(-1)) == hash(-1)
assert {F(1, 2): "x"}[0.5] == "x"

assert math.floor(F(-7, 2)) == -4 and math.ceil(F(-7, 2)) == -3 and math.trunc(F(-7, 2)) == -3
assert int(F(-7, 2)) == -3 and float(F(1, 4)) == 0.25 and complex(F(1, 2)) == 0.5
assert round(F(5, 2)) == 2 and round(F(7, 2)) == 4 and round(F(-5, 2)) == -2 and round(F(8, 3)) == 3
assert round(F(1234, 100), 1) == F(123, 10) and round(F(1250), -2) == 1200 and round(F(1351), -2) == 1400
assert type(round(F(5, 2))) is int and type(round(F(5, 2), 1)) is F
assert bool(F(0)) is False and bool(F(1, 9)) is True

pi = F(math.pi)
assert pi.limit_denominator(10) == F(22, 7) and pi.limit_denominator(100) == F(311, 99)
assert pi.limit_denominator(1000) == F(355, 113) and F(3, 7).limit_denominator(10) == F(3, 7)
assert F(0.1).limit_denominator() == F(1, 10)
assert raises(ValueError, F(1, 3).limit_denominator, 0) == "max_denominator should be at least 1"

import copy
assert copy.copy(a) == a and copy.deepcopy([a]) == [a]
assert sum([F(1, n) for n in range(1, 11)]) == F(7381, 2520)
print(sum(F(1, n) for n in range(1, 11)), repr(F(-6, 4)), float(F(1, 3)))
print("fractions ok")
