"""Exact rational numbers: Fraction(numerator, denominator), always kept
in lowest terms with a positive denominator."""

import math as _math
import re as _re

__all__ = ["Fraction"]

# The modulus and the hash of infinity of Python's numeric hash, so that
# a Fraction equal to an int or a float hashes as it does.
_HASH_MODULUS = 2 ** 61 - 1
_HASH_INF = 314159

_LITERAL = _re.compile(r"""
    \s*(?P<sign>[-+]?)
    (?:
        (?P<num>\d+(?:_\d+)*)/(?P<den>\d+(?:_\d+)*)
      |
        (?P<int>\d+(?:_\d+)*)?(?:\.(?P<frac>\d+(?:_\d+)*)?)?
        (?:[eE](?P<exp>[-+]?\d+(?:_\d+)*))?
    )\s*\Z""", _re.VERBOSE)


def _is_rational(x):
    return isinstance(x, (int, Fraction)) or (
        hasattr(x, "numerator") and hasattr(x, "denominator") and not isinstance(x, (float, complex)))


class Fraction:
    """A rational number. Fraction(3, 4), Fraction('3/4'), Fraction('0.75'),
    Fraction(0.75) and Fraction(Fraction(3, 4)) are all three quarters."""

    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if _is_rational(numerator):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float) or (
                    not isinstance(numerator, str) and hasattr(numerator, "as_integer_ratio")):
                n, d = numerator.as_integer_ratio()
                self._numerator, self._denominator = n, d
                return self
            if isinstance(numerator, str):
                n, d = _parse(numerator)
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int and type(denominator) is int:
            n, d = numerator, denominator
        elif _is_rational(numerator) and _is_rational(denominator):
            n = numerator.numerator * denominator.denominator
            d = denominator.numerator * numerator.denominator
        else:
            raise TypeError("both arguments should be Rational instances")
        if d == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % n)
        g = _math.gcd(n, d)
        if d < 0:
            g = -g
        self._numerator = n // g
        self._denominator = d // g
        return self

    @classmethod
    def _raw(cls, n, d):
        """A Fraction from numerator and denominator already in lowest
        terms with d > 0."""
        self = object.__new__(cls)
        self._numerator = n
        self._denominator = d
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" % (cls.__name__, f, type(f).__name__))
        return cls._raw(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        if isinstance(dec, int):
            return cls(dec)
        if not hasattr(dec, "as_integer_ratio") or isinstance(dec, float):
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)"
                            % (cls.__name__, dec, type(dec).__name__))
        return cls._raw(*dec.as_integer_ratio())

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self whose denominator is at most
        max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction's convergents p/q until the next
        # denominator would be too big, then pick the better of the last
        # convergent and the best semiconvergent below the limit.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        semi = Fraction(p0 + k * p1, q0 + k * q1)
        conv = Fraction(p1, q1)
        if abs(conv - self) <= abs(semi - self):
            return conv
        return semi

    def __repr__(self):
        return "%s(%s, %s)" % (type(self).__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    # Arithmetic: rationals give exact Fractions, floats and complexes
    # give floats and complexes.

    def _make(op_rat, op_num, name):
        def forward(a, b):
            if isinstance(b, (int, Fraction)):
                return op_rat(a, b)
            if isinstance(b, float):
                return op_num(float(a), b)
            if isinstance(b, complex):
                return op_num(complex(a), b)
            if _is_rational(b):
                return op_rat(a, b)
            return NotImplemented

        def reverse(b, a):
            if isinstance(a, int) or _is_rational(a):
                return op_rat(Fraction(a), b)
            if isinstance(a, float):
                return op_num(a, float(b))
            if isinstance(a, complex):
                return op_num(a, complex(b))
            return NotImplemented

        forward.__name__ = "__%s__" % name
        reverse.__name__ = "__r%s__" % name
        return forward, reverse

    def _add(a, b):
        da, db = a.denominator, b.denominator
        return Fraction(a.numerator * db + b.numerator * da, da * db)

    def _sub(a, b):
        da, db = a.denominator, b.denominator
        return Fraction(a.numerator * db - b.numerator * da, da * db)

    def _mul(a, b):
        return Fraction(a.numerator * b.numerator, a.denominator * b.denominator)

    def _div(a, b):
        n = a.numerator * b.denominator
        d = a.denominator * b.numerator
        if d == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % n)
        return Fraction(n, d)

    def _floordiv(a, b):
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    def _mod(a, b):
        da, db = a.denominator, b.denominator
        return Fraction((a.numerator * db) % (b.numerator * da), da * db)

    def _divmod(a, b):
        da, db = a.denominator, b.denominator
        q, r = divmod(a.numerator * db, da * b.numerator)
        return q, Fraction(r, da * db)

    __add__, __radd__ = _make(_add, lambda x, y: x + y, "add")
    __sub__, __rsub__ = _make(_sub, lambda x, y: x - y, "sub")
    __mul__, __rmul__ = _make(_mul, lambda x, y: x * y, "mul")
    __truediv__, __rtruediv__ = _make(_div, lambda x, y: x / y, "truediv")
    __floordiv__, __rfloordiv__ = _make(_floordiv, lambda x, y: x // y, "floordiv")
    __mod__, __rmod__ = _make(_mod, lambda x, y: x % y, "mod")
    __divmod__, __rdivmod__ = _make(_divmod, divmod, "divmod")
    del _make, _add, _sub, _mul, _div, _floordiv, _mod, _divmod

    def __pow__(a, b):
        if isinstance(b, (int, Fraction)) or _is_rational(b):
            if b.denominator == 1:
                p = b.numerator
                if p >= 0:
                    return Fraction._raw(a._numerator ** p, a._denominator ** p)
                if a._numerator == 0:
                    raise ZeroDivisionError("Fraction(%s, 0)" % (a._denominator ** -p))
                if a._numerator > 0:
                    return Fraction._raw(a._denominator ** -p, a._numerator ** -p)
                return Fraction._raw((-a._denominator) ** -p, (-a._numerator) ** -p)
            return float(a) ** float(b)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, int) or _is_rational(a):
            return Fraction(a) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction._raw(a._numerator, a._denominator)

    def __neg__(a):
        return Fraction._raw(-a._numerator, a._denominator)

    def __abs__(a):
        return Fraction._raw(abs(a._numerator), a._denominator)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    __trunc__ = __int__

    def __float__(a):
        return a._numerator / a._denominator

    def __complex__(a):
        return complex(float(a))

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            q, r = divmod(self._numerator, self._denominator)
            twice = 2 * r
            if twice < self._denominator:
                return q
            if twice > self._denominator:
                return q + 1
            return q if q % 2 == 0 else q + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        # The hash of m/n is m * n**-1 modulo the hash modulus, the same
        # value an equal int or float hashes to.
        n, d = self._numerator, self._denominator
        inv = pow(d, _HASH_MODULUS - 2, _HASH_MODULUS)
        if d % _HASH_MODULUS == 0:
            h = _HASH_INF
        else:
            h = abs(n) % _HASH_MODULUS * inv % _HASH_MODULUS
        if n < 0:
            h = -h
        return -2 if h == -1 else h

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, (int, Fraction)) or _is_rational(b):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, complex):
            if b.imag != 0:
                return False
            b = b.real
        if isinstance(b, float):
            if _math.isnan(b) or _math.isinf(b):
                return False
            return a == Fraction.from_float(b)
        return NotImplemented

    def _order(a, b, op):
        if isinstance(b, (int, Fraction)) or _is_rational(b):
            return op(a._numerator * b.denominator, b.numerator * a._denominator)
        if isinstance(b, float):
            if _math.isnan(b) or _math.isinf(b):
                return op(0.0, b)
            return a._order(Fraction.from_float(b), op)
        return NotImplemented

    def __lt__(a, b):
        return a._order(b, lambda x, y: x < y)

    def __le__(a, b):
        return a._order(b, lambda x, y: x <= y)

    def __gt__(a, b):
        return a._order(b, lambda x, y: x > y)

    def __ge__(a, b):
        return a._order(b, lambda x, y: x >= y)

    def __bool__(a):
        return a._numerator != 0

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return type(self)(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        return self.__copy__()


def _parse(text):
    m = _LITERAL.match(text)
    if m is None or (m.group("num") is None and m.group("int") is None and m.group("frac") is None):
        raise ValueError("Invalid literal for Fraction: %r" % text)
    if m.group("num") is not None:
        n = int(m.group("num"))
        d = int(m.group("den"))
    else:
        whole = m.group("int") or "0"
        frac = (m.group("frac") or "").replace("_", "")
        n = int(whole.replace("_", "") + frac)
        d = 10 ** len(frac)
        exp = m.group("exp")
        if exp is not None:
            e = int(exp)
            if e >= 0:
                n *= 10 ** e
            else:
                d *= 10 ** -e
    if m.group("sign") == "-":
        n = -n
    return n, d


# Fraction is a numbers.Rational (CPython's derives from it; registering
# keeps Fraction's own layout).
import numbers as _numbers  # noqa: E402
_numbers.Rational.register(Fraction)
