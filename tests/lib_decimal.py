# decimal: construction, str/repr, arithmetic checked against exact
# Fraction arithmetic, signals and their messages, hashing, formatting,
# contexts (also per thread). Passes under python3 and gilfree.
import decimal
import math
import random
import threading
from decimal import (Decimal, Context, getcontext, setcontext, localcontext,
                     DefaultContext, BasicContext, ExtendedContext,
                     InvalidOperation, DivisionByZero, Inexact, Rounded,
                     Overflow, Underflow, Subnormal, Clamped, FloatOperation,
                     ConversionSyntax, DivisionUndefined, DecimalException,
                     ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR,
                     ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)
from fractions import Fraction

ROUNDINGS = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR,
             ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]


def raises(exc, f, *args, msg=None):
    try:
        f(*args)
    except exc as e:
        if msg is not None:
            assert str(e) == msg, (str(e), msg)
        return e
    raise AssertionError("no %s from %r" % (exc.__name__, f))


# ---- construction and str/repr
cases = {
    "0": "0", "-0": "-0", "0.00": "0.00", "0E-7": "0E-7", "0E+2": "0E+2",
    "1E2": "1E+2", "100": "100", "1.5": "1.5", "-1.50": "-1.50",
    "123.456E-10": "1.23456E-8", "0.000001": "0.000001",
    "0.0000001": "1E-7", "1.23E+5": "1.23E+5", " 1_000.5 ": "1000.5",
    "inf": "Infinity", "-Infinity": "-Infinity", "nan": "NaN",
    "-sNaN123": "-sNaN123", "nan0012": "NaN12", "+.5": "0.5", "5.": "5",
    "\u0661\u0662": "12", "1e-0": "1",
}
for s, want in cases.items():
    assert str(Decimal(s)) == want, (s, str(Decimal(s)), want)
    assert repr(Decimal(s)) == "Decimal('%s')" % want
for bad in ["", "abc", "1e", ".", "1 2", "e5", "0x1", "NaN-1", "1.2.3"]:
    e = raises(InvalidOperation, Decimal, bad)
    assert e.args == ([ConversionSyntax],), e.args
    assert type(e) is InvalidOperation
with localcontext() as c:
    c.traps[InvalidOperation] = False
    assert Decimal("xyz").is_qnan() and c.flags[InvalidOperation]
assert str(Decimal(12345678901234567890123456789012345)) == "12345678901234567890123456789012345"
assert str(Decimal(-7)) == "-7"
assert str(Decimal(0.1)) == "0.1000000000000000055511151231257827021181583404541015625"
assert str(Decimal(-0.0)) == "-0"
assert str(Decimal(float("inf"))) == "Infinity"
assert Decimal.from_float(2.5) == Decimal("2.5")
assert str(Decimal((1, (1, 2, 3), -2))) == "-1.23"
assert str(Decimal((0, (), "F"))) == "Infinity"
assert str(Decimal((0, (4, 2), "n"))) == "NaN42"
assert str(Decimal(Decimal("7.00"))) == "7.00"
raises(ValueError, Decimal, (0, (1, 12), 3), msg="coefficient must be a tuple of digits")
raises(ValueError, Decimal, (0, (1,)), msg="argument must be a sequence of length 3")
raises(TypeError, Decimal, [1] and object(), msg="conversion from object to Decimal is not supported")
assert Decimal("1.50").as_tuple() == (0, (1, 5, 0), -2)
assert Decimal("-Inf").as_tuple() == (1, (0,), "F")
assert Decimal("NaN").as_tuple().exponent == "n"
assert Decimal("-1.25").as_integer_ratio() == (-5, 4)
raises(OverflowError, Decimal("Inf").as_integer_ratio, msg="cannot convert Infinity to integer ratio")
raises(ValueError, Decimal("NaN").as_integer_ratio, msg="cannot convert NaN to integer ratio")

eng = {"0E+1": "0.00E+3", "0E+2": "0.0E+3", "0E-7": "0.0E-6", "123E+4": "1.23E+6",
       "1.23E-7": "123E-9", "-12345E-12": "-12.345E-9", "20E1": "200", "1E+5": "100E+3"}
for s, want in eng.items():
    assert Decimal(s).to_eng_string() == want, (s, Decimal(s).to_eng_string())

# ---- conversions
assert int(Decimal("-7.9")) == -7 and math.floor(Decimal("-7.1")) == -8
assert math.ceil(Decimal("7.1")) == 8 and math.trunc(Decimal("-7.9")) == -7
assert round(Decimal("2.5")) == 2 and round(Decimal("3.5")) == 4
assert repr(round(Decimal("3.14159"), 2)) == "Decimal('3.14')"
assert float(Decimal("1.1")) == 1.1 and math.isnan(float(Decimal("NaN")))
assert int(Decimal("1E+30")) == 10 ** 30
raises(ValueError, int, Decimal("NaN"), msg="cannot convert NaN to integer")
raises(OverflowError, int, Decimal("-Inf"), msg="cannot convert Infinity to integer")
raises(ValueError, float, Decimal("sNaN"), msg="cannot convert signaling NaN to float")
raises(TypeError, round, Decimal(1), "a", msg="optional arg must be an integer")
assert bool(Decimal("0E+5")) is False and bool(Decimal("NaN")) is True

# ---- hashing and comparisons across types
for v in ["1", "-1", "1.5", "0.1", "1E+30", "123.456", "-0", "1E-40", "-2.75"]:
    d = Decimal(v)
    assert hash(d) == hash(Fraction(v)), v
    if d == int(d):
        assert hash(d) == hash(int(d))
    f = float(v)
    if Decimal(f) == d:
        assert hash(d) == hash(f), v
assert hash(Decimal("Inf")) == hash(float("inf"))
assert hash(Decimal(-1)) == -2
raises(TypeError, hash, Decimal("sNaN"), msg="Cannot hash a signaling NaN value")
assert Decimal("1.0") == 1 and Decimal("0.5") == Fraction(1, 2) and Decimal("0.5") == 0.5
assert Decimal("0.1") != 0.1 and Decimal("0.1") < Fraction(1, 9)
assert Decimal(1) < 2 < Decimal("2.5") and Decimal("-Inf") < -10 ** 100
assert sorted([Decimal(3), 1, Decimal("2.5"), 0.5]) == [0.5, 1, Decimal("2.5"), Decimal(3)]
assert (Decimal("NaN") == Decimal("NaN")) is False
raises(InvalidOperation, lambda: Decimal("NaN") < 1)
raises(InvalidOperation, lambda: Decimal("sNaN") == 1)
with localcontext() as c:
    c.clear_flags()
    assert (Decimal(1) == 1.5) is False and c.flags[FloatOperation]
    c.traps[FloatOperation] = True
    assert (Decimal(1) != 1.5) is True
    e = raises(FloatOperation, lambda: Decimal(1) < 1.5)
    assert isinstance(e, TypeError) and e.args == ([FloatOperation],)
    raises(FloatOperation, Decimal, 1.5)
raises(TypeError, lambda: Decimal(1) + 1.0,
       msg="unsupported operand type(s) for +: 'decimal.Decimal' and 'float'")
raises(TypeError, lambda: "a" * Decimal(1) if False else 1.5 - Decimal(1),
       msg="unsupported operand type(s) for -: 'float' and 'decimal.Decimal'")
raises(TypeError, Decimal(1).quantize, 1.0, msg="conversion from float to Decimal is not supported")

# ---- the signal hierarchy and trapped exceptions
assert issubclass(DivisionByZero, ZeroDivisionError) and issubclass(DivisionUndefined, ZeroDivisionError)
assert issubclass(Overflow, Inexact) and issubclass(Overflow, Rounded)
assert issubclass(Underflow, Subnormal) and issubclass(FloatOperation, TypeError)
assert issubclass(ConversionSyntax, InvalidOperation) and issubclass(DecimalException, ArithmeticError)
e = raises(DivisionByZero, lambda: Decimal(1) / 0)
assert e.args == ([DivisionByZero],) and str(e) == "[<class 'decimal.DivisionByZero'>]"
e = raises(InvalidOperation, lambda: Decimal(0) / 0)
assert e.args == ([DivisionUndefined],)
e = raises(Overflow, lambda: Decimal("9E+999999") * 10)
assert e.args == ([Overflow],)
raises(InvalidOperation, lambda: Decimal(-2).sqrt())
raises(InvalidOperation, Decimal("1E+30").quantize, Decimal(1))
raises(InvalidOperation, lambda: Decimal(10) // Decimal("1E-40"))
c = Context(prec=2, traps=[Inexact])
e = raises(Inexact, c.create_decimal, "1.234")
assert e.args == ([Inexact],)
c = Context(prec=3, traps=[Overflow, Inexact, Rounded], Emax=5)
e = raises(Overflow, c.multiply, Decimal(999), Decimal(1001))
assert e.args == ([Overflow, Inexact, Rounded],)

# ---- exact arithmetic checks against Fraction with a reference rounding


def ref_round(q, prec, mode):
    """q (a nonzero Fraction) rounded to prec significant digits by mode."""
    sign = -1 if q < 0 else 1
    a = abs(q)
    e = 0
    while a >= 10 ** (prec + e):
        e += 1
    while a < 10 ** (prec - 1 + e):
        e -= 1
    scaled = a / Fraction(10) ** e
    n = scaled.numerator // scaled.denominator
    rest = scaled - n
    up = False
    if rest:
        if mode == ROUND_UP:
            up = True
        elif mode == ROUND_CEILING:
            up = sign > 0
        elif mode == ROUND_FLOOR:
            up = sign < 0
        elif mode == ROUND_HALF_UP:
            up = rest >= Fraction(1, 2)
        elif mode == ROUND_HALF_DOWN:
            up = rest > Fraction(1, 2)
        elif mode == ROUND_HALF_EVEN:
            up = rest > Fraction(1, 2) or (rest == Fraction(1, 2) and n % 2 == 1)
        elif mode == ROUND_05UP:
            up = n % 5 == 0
    if up:
        n += 1
    return sign * n * Fraction(10) ** e, rest != 0


R = random.Random(1234)


def rand_dec():
    digits = R.randint(1, 40)
    c = R.randrange(1, 10 ** digits)
    return Decimal((R.randint(0, 1), tuple(map(int, str(c))), R.randint(-30, 30)))


for i in range(600):
    prec = R.choice([1, 3, 7, 16, 28, 35])
    mode = R.choice(ROUNDINGS)
    ctx = Context(prec=prec, rounding=mode, traps=[])
    a, b = rand_dec(), rand_dec()
    fa, fb = Fraction(a), Fraction(b)
    for name, exact in (("add", fa + fb), ("subtract", fa - fb),
                        ("multiply", fa * fb), ("divide", fa / fb)):
        ctx.clear_flags()
        got = getattr(ctx, name)(a, b)
        if exact == 0:
            assert got == 0
            continue
        want, inexact = ref_round(exact, prec, mode)
        assert Fraction(got) == want, (name, a, b, prec, mode, got, want)
        assert len(got.as_tuple().digits) <= prec
        assert ctx.flags[Inexact] == inexact, (name, a, b, prec, mode)
    # quantize and sqrt of |a|
    q = Decimal((0, (1,), R.randint(-10, 5)))
    ctx.prec = 60
    got = ctx.quantize(a, q)
    step = Fraction(10) ** q.as_tuple().exponent
    if got.is_nan():
        # more digits than the precision
        assert abs(fa) / step >= 10 ** 59
    else:
        assert abs(Fraction(got) - fa) < step and got.as_tuple().exponent == q.as_tuple().exponent
    ctx.prec = prec
    s = ctx.sqrt(a.copy_abs())
    fs = Fraction(s)
    ulp = Fraction(10) ** s.as_tuple().exponent
    assert (fs - ulp) ** 2 <= abs(fa) <= (fs + ulp) ** 2, (a, s, prec)

# the context's rounding of a result that is exactly halfway
for mode, want in [(ROUND_HALF_EVEN, "0.12"), (ROUND_HALF_UP, "0.13"),
                   (ROUND_HALF_DOWN, "0.12"), (ROUND_UP, "0.13"),
                   (ROUND_DOWN, "0.12"), (ROUND_CEILING, "0.13"),
                   (ROUND_FLOOR, "0.12"), (ROUND_05UP, "0.12")]:
    assert str(Context(prec=2, rounding=mode).plus(Decimal("0.125"))) == want, mode

# ---- a table of results at the default context
with localcontext(prec=28):
    table = [
        (Decimal(1) / 3, "0.3333333333333333333333333333"),
        (Decimal(2) / 3, "0.6666666666666666666666666667"),
        (Decimal(1) / 8, "0.125"), (Decimal(10) / 4, "2.5"),
        (Decimal("1.00") / 1, "1.00"), (Decimal(100) / Decimal("1E1"), "10.0"),
        (Decimal("1.30") + Decimal("1.20"), "2.50"),
        (Decimal("1.3") * Decimal("1.2"), "1.56"),
        (Decimal("0E-10") + 1, "1.0000000000"), (Decimal("-0") + 0, "0"),
        (Decimal("-7") // 2, "-3"), (Decimal("-7") % 2, "-1"),
        (Decimal(7) % Decimal("-0.5"), "0.0"), (Decimal("2.5") ** 3, "15.625"),
        (Decimal("1.0") ** 2, "1.00"), (Decimal(2) ** -2, "0.25"),
        (Decimal(2) ** 100, "1.267650600228229401496703205E+30"),
        (Decimal(2).sqrt(), "1.414213562373095048801688724"),
        (Decimal("0.0100").sqrt(), "0.10"), (Decimal(16).sqrt(), "4"),
        (Decimal("7.325").quantize(Decimal(".01"), rounding=ROUND_DOWN), "7.32"),
        (Decimal("7.325").quantize(Decimal("1.")), "7"),
        (Decimal("1.2345").to_integral_value(), "1"),
        (Decimal("2.5").to_integral_exact(), "2"),
        (Decimal("120.00").normalize(), "1.2E+2"), (Decimal("-0.00").normalize(), "-0"),
        (Decimal("1.5").fma(2, Decimal("0.25")), "3.25"),
        (Decimal(5).scaleb(-2), "0.05"), (Decimal(1).next_plus(), "1.000000000000000000000000001"),
        (Decimal(1).next_minus(), "0.9999999999999999999999999999"),
        (Decimal("-3").copy_abs(), "3"), (Decimal(3).copy_sign(Decimal(-1)), "-3"),
        (Decimal(2).compare(3), "-1"), (Decimal(3).max(Decimal("NaN")), "3"),
        (Decimal(1).exp(), "2.718281828459045235360287471"),
        (Decimal(10).ln(), "2.302585092994045684017991455"),
        (Decimal(2).log10(), "0.3010299956639811952137388947"),
        (Decimal(1000).log10(), "3"), (Decimal(4) ** Decimal("0.5"), "2.000000000000000000000000000"),
        (-Decimal("0.00"), "0.00"), (abs(Decimal("-1.5")), "1.5"),
        (Decimal("1E+999999") * 10 if False else Decimal(1) / Decimal("Inf"), "0E-1000026"),
    ]
    for got, want in table:
        assert str(got) == want, (got, want)
    assert divmod(Decimal(7), 2) == (3, 1)
    assert Decimal("1.41").adjusted() == 0 and Decimal("1E-5").adjusted() == -5
    assert Decimal("0.1").is_normal() and not Decimal(0).is_normal()
    assert Decimal("-0").is_signed() and Decimal("Inf").is_infinite() and Decimal("sNaN").is_snan()
    assert Decimal(7).number_class() == "+Normal" and Decimal("-0").number_class() == "-Zero"

# precision and subnormals
c = Context(prec=5, Emin=-5, Emax=5, traps=[])
assert str(c.divide(Decimal(1), Decimal(3))) == "0.33333"
assert str(c.multiply(Decimal("1E-5"), Decimal("0.01"))) == "1E-7"
assert c.flags[Subnormal] and not c.flags[Underflow]
c.clear_flags()
assert str(c.multiply(Decimal("1.2345E-5"), Decimal("0.01"))) == "1.23E-7"
assert c.flags[Underflow] and c.flags[Inexact] and c.flags[Subnormal]
assert str(c.multiply(Decimal(99999), Decimal(99))) == "Infinity" and c.flags[Overflow]
c.rounding = ROUND_DOWN
assert str(c.multiply(Decimal(99999), Decimal(99))) == "9.9999E+5"
c = Context(prec=3, Emax=5, clamp=1)
assert str(c.create_decimal("1E+5")) == "1.00E+5"
assert str(Context(prec=3).create_decimal("NaN456")) == "NaN456"
e = raises(InvalidOperation, Context(prec=3).create_decimal, "NaN123456")
assert e.args == ([ConversionSyntax],)

# ---- formatting
fmt = [
    ("1234567.891", "", "1234567.891"), ("1234567.891", ",.2f", "1,234,567.89"),
    ("1234567.891", ".3", "1.23E+6"), ("1234567.891", "e", "1.234567891e+6"),
    ("1234567.891", "020,.3f", "0,000,001,234,567.891"), ("-0.0001234", ".1%", "-0.0%"),
    ("-0.0001234", "g", "-0.0001234"), ("0", ".2e", "0.00e+2"), ("-0", "z.1f", "0.0"),
    ("1E+30", "f", "1000000000000000000000000000000"), ("Inf", "010.2f", "  Infinity"),
    ("-NaN12", "=+10", "-    NaN12"), ("0.5", "*^12.3f", "***0.500****"),
    ("123.45E+7", "G", "1.2345E+9"), ("9.9999", ".2g", "10"), ("1E-10", ".0f", "0"),
    ("5E-7", "n", "5e-7"), ("2.5", ".0f", "2"), ("3.5", ".0f", "4"),
]
for v, spec, want in fmt:
    got = format(Decimal(v), spec)
    assert got == want, (v, spec, got, want)
assert "{:>12,.2f}".format(Decimal("-1234.5")) == "   -1,234.50"
for spec in ["x", ".1.2f", ",n", "=10s", "_f", "#g", "<010"]:
    raises(ValueError, format, Decimal(1), spec, msg="invalid format string")

# ---- contexts
c = getcontext()
assert repr(DefaultContext) == ("Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, "
                                "Emax=999999, capitals=1, clamp=0, flags=[], "
                                "traps=[InvalidOperation, DivisionByZero, Overflow])")
assert BasicContext.prec == 9 and BasicContext.traps[Clamped] and not ExtendedContext.traps[Overflow]
assert decimal.MAX_PREC == 999999999999999999 and decimal.MIN_ETINY == -1999999999999999997
raises(ValueError, lambda: Context(prec=0), msg="valid range for prec is [1, MAX_PREC]")
raises(ValueError, lambda: Context(Emin=5), msg="valid range for Emin is [MIN_EMIN, 0]")
raises(TypeError, lambda: Context(rounding="x"))
raises(TypeError, setattr, c, "prec", "a", msg="an integer is required")
raises(KeyError, c.flags.__setitem__, "x", True)
raises(ValueError, setattr, c, "clamp", 2, msg="valid values for clamp are 0 or 1")
raises(OverflowError, setattr, c, "Emax", 10 ** 20)
e = raises(KeyError, lambda: Context(traps=[ConversionSyntax]))
assert e.args[0].startswith("valid values for signals are:\n  [InvalidOperation,"), e.args
raises(InvalidOperation, Decimal, "1e1000000000000000000")
assert str(Decimal("9e999999999999999999")) == "9E+999999999999999999"
cc = Context(prec=7, rounding=ROUND_UP, flags=[Inexact], traps=[])
assert repr(cc).startswith("Context(prec=7, rounding=ROUND_UP,") and "flags=[Inexact]" in repr(cc)
assert cc.copy().flags[Inexact] and cc.Etiny() == -1000005 and cc.Etop() == 999993
assert str(cc.add(1, Decimal("1E-10"))) == "1.000001"
raises(TypeError, cc.add, 1.5, 1, msg="conversion from float to Decimal is not supported")
with localcontext() as lc:
    lc.prec = 5
    assert str(Decimal(1) / 7) == "0.14286"
    with localcontext(rounding=ROUND_DOWN) as lc2:
        assert lc2.prec == 5 and str(Decimal(1) / 7) == "0.14285"
assert getcontext().prec == 28 and str(Decimal(1) / 7) == "0.1428571428571428571428571429"
saved = getcontext()
setcontext(ExtendedContext)
assert getcontext() is not ExtendedContext and getcontext().prec == 9
assert str(Decimal(1) / 0) == "Infinity"
setcontext(saved)
assert getcontext() is saved

# each thread has its own context, started from DefaultContext
results = {}


def worker(n):
    assert getcontext().prec == 28
    getcontext().prec = n
    total = Decimal(0)
    for _ in range(50):
        total += Decimal(1) / 3
    results[n] = (str(total), getcontext().prec)


getcontext().prec = 10
threads = [threading.Thread(target=worker, args=(n,)) for n in (3, 6, 9, 12)]
for t in threads:
    t.start()
for t in threads:
    t.join()
getcontext().prec = 28
assert results == {3: ("15.9", 3), 6: ("16.6659", 6), 9: ("16.6666659", 9),
                   12: ("16.6666666659", 12)}, results
print("ok")
