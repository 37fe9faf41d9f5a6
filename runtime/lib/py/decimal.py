"""Decimal floating point arithmetic after the General Decimal Arithmetic
Specification, with the results, reprs, signals and messages of CPython's
decimal module (its C implementation).

A finite Decimal is a sign, an integer coefficient and an exponent; the
arithmetic is exact integer arithmetic on coefficients, and one function,
_fix, rounds a result to its context and raises the conditions it meets.
Infinities and NaNs carry a special code (_spec); a NaN's payload is its
coefficient.
"""

import math as _math
import numbers as _numbers
import contextvars as _contextvars
from collections import namedtuple as _namedtuple

__version__ = "1.70"
__libmpdec_version__ = "2.5.1"

__all__ = [
    "Decimal", "Context", "DecimalTuple", "DefaultContext", "BasicContext",
    "ExtendedContext", "DecimalException", "Clamped", "InvalidOperation",
    "DivisionByZero", "Inexact", "Rounded", "Subnormal", "Overflow",
    "Underflow", "FloatOperation", "DivisionImpossible", "InvalidContext",
    "ConversionSyntax", "DivisionUndefined", "ROUND_DOWN", "ROUND_HALF_UP",
    "ROUND_HALF_EVEN", "ROUND_CEILING", "ROUND_FLOOR", "ROUND_UP",
    "ROUND_HALF_DOWN", "ROUND_05UP", "setcontext", "getcontext",
    "localcontext", "MAX_PREC", "MAX_EMAX", "MIN_EMIN", "MIN_ETINY",
    "HAVE_THREADS", "HAVE_CONTEXTVAR",
]

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"
_ROUNDINGS = (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR,
              ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

DecimalTuple = _namedtuple("DecimalTuple", "sign digits exponent", module="decimal")


# ---------------------------------------------------------------- signals

class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# A condition is one bit; the bits are in the order CPython lists trapped
# conditions in an exception's argument. The first five all signal
# InvalidOperation; the rest are their own signal.
_IO, _CS, _DI, _DU, _IC = 1, 2, 4, 8, 16
_FO, _DZ, _OV, _UN, _SUB, _INX, _RND, _CL = 32, 64, 128, 256, 512, 1024, 2048, 4096
_INVALID = _IO | _CS | _DI | _DU | _IC
_COND_CLASSES = ((_IO, InvalidOperation), (_CS, ConversionSyntax),
                 (_DI, DivisionImpossible), (_DU, DivisionUndefined),
                 (_IC, InvalidContext), (_FO, FloatOperation),
                 (_DZ, DivisionByZero), (_OV, Overflow), (_UN, Underflow),
                 (_SUB, Subnormal), (_INX, Inexact), (_RND, Rounded),
                 (_CL, Clamped))
# Signals in the order of a SignalDict (and of the raised class), with
# the condition bits each stands for.
_SIGNALS = ((InvalidOperation, _INVALID), (FloatOperation, _FO),
            (DivisionByZero, _DZ), (Overflow, _OV), (Underflow, _UN),
            (Subnormal, _SUB), (Inexact, _INX), (Rounded, _RND),
            (Clamped, _CL))
_SIGNAL_BITS = dict(_SIGNALS)
_SIGNALS_MSG = ("valid values for signals are:\n"
                "  [InvalidOperation, FloatOperation, DivisionByZero,\n"
                "   Overflow, Underflow, Subnormal, Inexact, Rounded,\n"
                "   Clamped]")
# The order of a Context's repr.
_REPR_ORDER = ((Clamped, _CL), (InvalidOperation, _INVALID),
               (DivisionByZero, _DZ), (Inexact, _INX), (FloatOperation, _FO),
               (Overflow, _OV), (Rounded, _RND), (Subnormal, _SUB),
               (Underflow, _UN))


def _bits_of(signals, what):
    if isinstance(signals, dict) or isinstance(signals, _SignalDict):
        bits = 0
        if len(signals) != len(_SIGNALS) and not isinstance(signals, _SignalDict):
            raise KeyError("invalid signal dict")
        for sig, on in signals.items():
            b = _SIGNAL_BITS.get(sig)
            if b is None:
                raise KeyError(_SIGNALS_MSG)
            if on:
                bits |= b
        return bits
    bits = 0
    for sig in signals:
        b = _SIGNAL_BITS.get(sig)
        if b is None:
            raise KeyError(_SIGNALS_MSG)
        bits |= b
    return bits


class _SignalDict:
    """The flags or traps of a Context, as a mapping from signal classes to
    booleans that reads and writes the context's bit set."""

    __slots__ = ("_ctx", "_traps")

    def __init__(self, ctx, traps):
        self._ctx = ctx
        self._traps = traps

    def _get(self):
        return self._ctx._traps if self._traps else self._ctx._flags

    def __getitem__(self, sig):
        b = _SIGNAL_BITS.get(sig) if isinstance(sig, type) else None
        if b is None:
            raise KeyError(_SIGNALS_MSG)
        return bool(self._get() & b)

    def __setitem__(self, sig, value):
        b = _SIGNAL_BITS.get(sig) if isinstance(sig, type) else None
        if b is None:
            raise KeyError(_SIGNALS_MSG)
        v = self._get()
        v = (v | b) if value else (v & ~b)
        if self._traps:
            self._ctx._traps = v
        else:
            self._ctx._flags = v

    def __delitem__(self, sig):
        raise ValueError("signal keys cannot be deleted")

    def __len__(self):
        return len(_SIGNALS)

    def __iter__(self):
        return iter([s for s, _ in _SIGNALS])

    def __contains__(self, sig):
        return sig in _SIGNAL_BITS

    def keys(self):
        return [s for s, _ in _SIGNALS]

    def values(self):
        v = self._get()
        return [bool(v & b) for _, b in _SIGNALS]

    def items(self):
        v = self._get()
        return [(s, bool(v & b)) for s, b in _SIGNALS]

    def get(self, sig, default=None):
        try:
            return self[sig]
        except KeyError:
            return default

    def copy(self):
        return dict(self.items())

    def __eq__(self, other):
        if isinstance(other, _SignalDict):
            return self.items() == other.items()
        if isinstance(other, dict):
            return dict(self.items()) == other
        return NotImplemented

    def __repr__(self):
        v = self._get()
        return "{" + ", ".join("%s:%s" % (s, bool(v & b)) for s, b in _SIGNALS) + "}"


# ------------------------------------------------------------ digit tools

_P10 = [10 ** i for i in range(64)]


def _pow10(k):
    return _P10[k] if k < 64 else 10 ** k


def _nd(c):
    """The number of decimal digits of c >= 0 (1 for 0), without making
    the string."""
    if c < 10:
        return 1
    if c < 10 ** 18:
        k = ((c.bit_length() - 1) * 1233) >> 12
        return k + 2 if c >= _P10[k + 1] else k + 1
    k = ((c.bit_length() - 1) * 1233) >> 12
    while c >= _pow10(k + 1):
        k += 1
    return k + 1


def _istr(c):
    """str(c) for any size of c: CPython limits int-to-str conversion to
    4300 digits, so big coefficients are split."""
    if c < 10 ** 4000:
        return str(c)
    n = _nd(c) // 2
    hi, lo = divmod(c, 10 ** n)
    return _istr(hi) + _istr(lo).rjust(n, "0")


def _sint(s):
    """int(s) of a digit string of any length."""
    if len(s) < 4000:
        return int(s)
    n = len(s) // 2
    return _sint(s[:n]) * 10 ** (len(s) - n) + _sint(s[n:])


def _round_int(coef, k, mode, sign):
    """Drops the last k >= 1 digits of coef, rounding by mode; returns the
    new coefficient and whether anything but zeros was dropped."""
    if k > 40:
        n = _nd(coef)
        if k > n + 1:
            coef, k = (1 if coef else 0), 2
    p = _pow10(k)
    q, r = divmod(coef, p)
    if not r:
        return q, False
    if mode == "ROUND_HALF_EVEN":
        h = p >> 1
        if r > h or (r == h and q & 1):
            q += 1
    elif mode == "ROUND_DOWN":
        pass
    elif mode == "ROUND_HALF_UP":
        if r >= p >> 1:
            q += 1
    elif mode == "ROUND_UP":
        q += 1
    elif mode == "ROUND_HALF_DOWN":
        if r > p >> 1:
            q += 1
    elif mode == "ROUND_CEILING":
        if not sign:
            q += 1
    elif mode == "ROUND_FLOOR":
        if sign:
            q += 1
    elif q % 5 == 0:  # ROUND_05UP
        q += 1
    return q, True


# ---------------------------------------------------------------- Decimal

_NEW = object.__new__


def _dec(sign, coef, exp, spec=0):
    d = _NEW(Decimal)
    d._sign = sign
    d._coef = coef
    d._exp = exp
    d._spec = spec
    return d


def _fix(sign, coef, exp, ctx, conds=0):
    """The Decimal sign*coef*10**exp rounded to ctx, raising conds and
    whatever the rounding meets."""
    prec = ctx._prec
    Emin = ctx._Emin
    if coef < ctx._plim and Emin <= exp <= ctx._Emax - prec + 1:
        d = _NEW(Decimal)
        d._sign = sign
        d._coef = coef
        d._exp = exp
        d._spec = 0
        if conds:
            ctx._signal(conds)
        return d
    Emax = ctx._Emax
    if not coef:
        etiny = Emin - prec + 1
        top = Emax - prec + 1 if ctx._clamp else Emax
        if exp < etiny:
            exp = etiny
            conds |= _CL
        elif exp > top:
            exp = top
            conds |= _CL
        d = _dec(sign, 0, exp)
        if conds:
            ctx._signal(conds)
        return d
    nd = _nd(coef)
    adj = exp + nd - 1
    if adj >= Emin:
        if nd > prec:
            k = nd - prec
            if k < 64 and ctx._rounding == "ROUND_HALF_EVEN":
                # The common case inline: no call to _round_int.
                p = _P10[k]
                coef, r = divmod(coef, p)
                if r:
                    conds |= _INX | _RND
                    h = p >> 1
                    if r > h or (r == h and coef & 1):
                        coef += 1
                else:
                    conds |= _RND
            else:
                coef, inexact = _round_int(coef, k, ctx._rounding, sign)
                conds |= _RND
                if inexact:
                    conds |= _INX
            exp += k
            if coef == ctx._plim:
                coef = _pow10(prec - 1)
                exp += 1
            adj = exp + prec - 1
        if adj > Emax:
            return _overflow(sign, ctx, conds)
    else:
        etiny = Emin - prec + 1
        conds |= _SUB
        if exp < etiny:
            coef, inexact = _round_int(coef, etiny - exp, ctx._rounding, sign)
            exp = etiny
            conds |= _RND
            if inexact:
                conds |= _INX | _UN
                if not coef:
                    conds |= _CL
    if ctx._clamp:
        # Fold down: with clamp, no exponent exceeds Emax - prec + 1.
        top = Emax - prec + 1
        if exp > top:
            coef *= _pow10(exp - top)
            exp = top
            conds |= _CL
    d = _NEW(Decimal)
    d._sign = sign
    d._coef = coef
    d._exp = exp
    d._spec = 0
    if conds:
        # Flags inline; _signal only when something is trapped.
        ctx._flags |= conds
        if conds & ctx._traps:
            ctx._signal(conds)
    return d


def _overflow(sign, ctx, conds):
    conds |= _OV | _INX | _RND
    r = ctx._rounding
    if r in ("ROUND_HALF_EVEN", "ROUND_HALF_UP", "ROUND_HALF_DOWN", "ROUND_UP") or \
            (r == "ROUND_CEILING" and not sign) or (r == "ROUND_FLOOR" and sign):
        d = _dec(sign, 0, 0, 1)
    else:
        d = _dec(sign, ctx._plim - 1, ctx._Emax - ctx._prec + 1)
    ctx._signal(conds)
    return d


def _fix_nan(a, ctx):
    """A quiet NaN with a's sign and payload cut to what ctx can hold."""
    payload = a._coef
    keep = ctx._prec - ctx._clamp
    if payload and _nd(payload) > keep:
        payload %= _pow10(keep)
    return _dec(a._sign, payload, 0, 2)


def _nans(a, b, ctx):
    """The result of an operation with a NaN operand (b may be None), or
    None when neither is a NaN."""
    if a._spec >= 2 or (b is not None and b._spec >= 2):
        if a._spec == 3:
            ctx._signal(_IO)
            return _fix_nan(a, ctx)
        if b is not None and b._spec == 3:
            ctx._signal(_IO)
            return _fix_nan(b, ctx)
        if a._spec == 2:
            return _fix_nan(a, ctx)
        return _fix_nan(b, ctx)
    return None


def _invalid(ctx, cond=_IO):
    ctx._signal(cond)
    return _dec(0, 0, 0, 2)


_NUMERIC_TYPES = (int,)


def _conv(other, ctx, op=None, self=None, reflected=False):
    """other as a Decimal for an arithmetic operator, or NotImplemented."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _dec(1 if other < 0 else 0, -other if other < 0 else other, 0)
    if op is not None and isinstance(other, (float, complex, str, bytes, list, tuple, dict, set, type(None))):
        a, b = ("decimal.Decimal", type(other).__name__)
        if reflected:
            a, b = b, a
        raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'" % (op, a, b))
    return NotImplemented


def _conv_strict(other, ctx):
    """other as a Decimal operand of a method: Decimals and ints only."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _dec(1 if other < 0 else 0, -other if other < 0 else other, 0)
    if isinstance(other, float):
        raise TypeError("conversion from float to Decimal is not supported")
    raise TypeError("conversion from %s to Decimal is not supported" % type(other).__name__)


def _from_float(f, ctx):
    if f != f:
        sign = 1 if _math.copysign(1.0, f) < 0 else 0
        return _dec(sign, 0, 0, 2)
    sign = 1 if _math.copysign(1.0, f) < 0 else 0
    if f in (_INF_F, -_INF_F):
        return _dec(sign, 0, 0, 1)
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1
    return _dec(sign, n * 5 ** k, -k)


_INF_F = float("inf")


def _from_str(s, ctx):
    """Parses s by the specification's syntax (and CPython's leniencies:
    surrounding white space, underscores anywhere, any Unicode decimal
    digit); None when it is not a number."""
    s = s.strip()
    if "_" in s:
        s = s.replace("_", "")
    if not s.isascii():
        out = []
        for ch in s:
            if ch.isascii():
                out.append(ch)
            elif ch.isdecimal():
                out.append(str(int(ch)))
            else:
                return None
        s = "".join(out)
    if not s:
        return None
    sign = 0
    c = s[0]
    if c == "-" or c == "+":
        sign = 1 if c == "-" else 0
        s = s[1:]
        if not s:
            return None
    if s[0] > "9":
        low = s.lower()
        if low in ("inf", "infinity"):
            return _dec(sign, 0, 0, 1)
        spec = 0
        if low.startswith("nan"):
            spec, rest = 2, low[3:]
        elif low.startswith("snan"):
            spec, rest = 3, low[4:]
        else:
            return None
        if rest:
            if not rest.isdigit():
                return None
            payload = _sint(rest)
        else:
            payload = 0
        return _dec(sign, payload, 0, spec)
    exp = 0
    e = s.find("e")
    if e < 0:
        e = s.find("E")
    if e >= 0:
        es = s[e + 1:]
        s = s[:e]
        if not es:
            return None
        t = es[1:] if es[0] in "+-" else es
        if not t.isdigit():
            return None
        exp = _sint(es) if len(es) < 4000 else (-1 if es[0] == "-" else 1) * _sint(t)
    dot = s.find(".")
    if dot >= 0:
        frac = s[dot + 1:]
        s = s[:dot] + frac
        exp -= len(frac)
        if not s:
            return None
    if not s.isdigit():
        return None
    return _dec(sign, _sint(s), exp)


class Decimal:
    """Decimal(value="0", context=None): an exact decimal number made from
    a string, an int, a float, a tuple (sign, digits, exponent) or another
    Decimal."""

    __slots__ = ("_sign", "_coef", "_exp", "_spec")

    def __new__(cls, value="0", context=None):
        if context is None:
            ctx = None
        elif isinstance(context, Context):
            ctx = context
        else:
            raise TypeError("optional argument must be a context")
        t = type(value)
        if t is str:
            d = _from_str(value, ctx)
            if d is None:
                ctx = ctx or getcontext()
                ctx._signal(_CS)
                d = _dec(0, 0, 0, 2)
            elif not -10 ** 17 < d._exp < 10 ** 17 and not d._spec and _out_of_range(d):
                (ctx or getcontext())._signal(_IO)
                d = _dec(0, 0, 0, 2)
        elif t is int or isinstance(value, int):
            value = int(value)
            d = _dec(1 if value < 0 else 0, abs(value), 0)
        elif isinstance(value, Decimal):
            if cls is Decimal and t is Decimal:
                return value
            d = value
        elif isinstance(value, float):
            (ctx or getcontext())._signal(_FO)
            d = _from_float(value, ctx)
        elif isinstance(value, (tuple, list)):
            d = _from_tuple(value)
        else:
            raise TypeError("conversion from %s to Decimal is not supported" % t.__name__)
        if cls is Decimal:
            return d
        r = _NEW(cls)
        r._sign, r._coef, r._exp, r._spec = d._sign, d._coef, d._exp, d._spec
        return r

    @classmethod
    def from_float(cls, f):
        """The exact value of the float or int f."""
        if isinstance(f, int):
            d = _dec(1 if f < 0 else 0, abs(f), 0)
        elif isinstance(f, float):
            d = _from_float(f, None)
        else:
            raise TypeError("argument must be int or float")
        return d if cls is Decimal else cls(d)

    # ------------------------------------------------------------ text

    def __repr__(self):
        return "Decimal('%s')" % self.__str__()

    def __str__(self, eng=False, context=None):
        spec = self._spec
        sign = "-" if self._sign else ""
        if spec:
            if spec == 1:
                return sign + "Infinity"
            p = _istr(self._coef) if self._coef else ""
            return sign + ("NaN" if spec == 2 else "sNaN") + p
        digits = _istr(self._coef)
        exp = self._exp
        if exp == 0:
            return sign + digits
        nd = len(digits)
        left = exp + nd  # digits left of the point in plain notation
        if exp < 0 and left > -6:
            if left > 0:
                return sign + digits[:left] + "." + digits[left:]
            return sign + "0." + "0" * (-left) + digits
        if not eng:
            dot = 1
        elif self._coef:
            dot = (left - 1) % 3 + 1
        else:
            dot = (left + 1) % 3 - 1
        if dot <= 0:
            body = "0." + "0" * (-dot) + digits
        elif dot >= nd:
            body = digits + "0" * (dot - nd)
        else:
            body = digits[:dot] + "." + digits[dot:]
        e = left - dot
        if e == 0 and eng:
            return sign + body
        if context is None:
            context = getcontext()
        return "%s%s%s%+d" % (sign, body, "E" if context._capitals else "e", e)

    def to_eng_string(self, context=None):
        return self.__str__(True, context)

    def __format__(self, spec, _localeconv=None):
        return _format(self, spec)

    # ------------------------------------------------------ conversions

    def as_tuple(self):
        spec = self._spec
        if spec == 1:
            return DecimalTuple(self._sign, (0,), "F")
        digits = tuple(map(int, _istr(self._coef))) if (self._coef or not spec) else ()
        return DecimalTuple(self._sign, digits, ("n", "N")[spec - 2] if spec else self._exp)

    def as_integer_ratio(self):
        if self._spec:
            if self._spec == 1:
                raise OverflowError("cannot convert Infinity to integer ratio")
            raise ValueError("cannot convert NaN to integer ratio")
        c, e = self._coef, self._exp
        if e >= 0:
            n, d = c * _pow10(e), 1
        else:
            d = _pow10(-e)
            g = _math.gcd(c, d)
            n, d = c // g, d // g
        return (-n if self._sign else n), d

    def _int(self, mode):
        if self._spec:
            if self._spec == 1:
                raise OverflowError("cannot convert Infinity to integer")
            raise ValueError("cannot convert NaN to integer")
        c, e = self._coef, self._exp
        if e >= 0:
            n = c * _pow10(e)
        else:
            n, _ = _round_int(c, -e, mode, self._sign)
        return -n if self._sign else n

    def __int__(self):
        return self._int("ROUND_DOWN")

    def __trunc__(self):
        return self._int("ROUND_DOWN")

    def __floor__(self):
        return self._int("ROUND_FLOOR")

    def __ceil__(self):
        return self._int("ROUND_CEILING")

    def __round__(self, n=None):
        if n is None:
            return self._int("ROUND_HALF_EVEN")
        if not isinstance(n, int):
            raise TypeError("optional arg must be an integer")
        return self.quantize(_dec(0, 1, -n))

    def __float__(self):
        if self._spec >= 2:
            if self._spec == 3:
                raise ValueError("cannot convert signaling NaN to float")
            return -_math.nan if self._sign else _math.nan
        return float(self.__str__())

    def __complex__(self):
        return complex(self.__float__())

    def __bool__(self):
        return self._spec != 0 or self._coef != 0

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return _dec(0, 0, 0)

    def conjugate(self):
        return self

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self if type(self) is Decimal else self.__class__(self)

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __hash__(self):
        spec = self._spec
        if spec:
            if spec == 3:
                raise TypeError("Cannot hash a signaling NaN value")
            if spec == 2:
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        e = self._exp
        if e >= 0:
            h = self._coef * pow(10, e, _MOD) % _MOD
        else:
            h = self._coef * pow(_INV10, -e, _MOD) % _MOD
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    # ------------------------------------------------------ predicates

    def is_nan(self):
        return self._spec >= 2

    def is_qnan(self):
        return self._spec == 2

    def is_snan(self):
        return self._spec == 3

    def is_infinite(self):
        return self._spec == 1

    def is_finite(self):
        return self._spec == 0

    def is_zero(self):
        return self._spec == 0 and self._coef == 0

    def is_signed(self):
        return self._sign == 1

    def is_canonical(self):
        return True

    def canonical(self):
        return self

    def radix(self):
        return _dec(0, 10, 0)

    def adjusted(self):
        if self._spec:
            return 0
        return self._exp + _nd(self._coef) - 1

    def is_normal(self, context=None):
        if self._spec or not self._coef:
            return False
        ctx = context if context is not None else getcontext()
        return self.adjusted() >= ctx._Emin

    def is_subnormal(self, context=None):
        if self._spec or not self._coef:
            return False
        ctx = context if context is not None else getcontext()
        return self.adjusted() < ctx._Emin

    def number_class(self, context=None):
        s = "-" if self._sign else "+"
        if self._spec == 3:
            return "sNaN"
        if self._spec == 2:
            return "NaN"
        if self._spec == 1:
            return s + "Infinity"
        if not self._coef:
            return s + "Zero"
        if self.is_subnormal(context):
            return s + "Subnormal"
        return s + "Normal"

    def same_quantum(self, other, context=None):
        other = _conv_strict(other, None)
        if self._spec or other._spec:
            return (self._spec >= 2 and other._spec >= 2) or (self._spec == 1 and other._spec == 1)
        return self._exp == other._exp

    # ------------------------------------------------------ comparisons

    def _cmp(self, other):
        """-1, 0 or 1 for two non-NaN Decimals."""
        a, b = self, other
        if a._spec or b._spec:
            av = 0 if not a._spec else (-1 if a._sign else 1)
            bv = 0 if not b._spec else (-1 if b._sign else 1)
            if av or bv:
                if av == bv:
                    return 0
                if av == 0:
                    return -bv
                if bv == 0:
                    return av
                return -1 if av < bv else 1
        if not a._coef:
            if not b._coef:
                return 0
            return 1 if b._sign else -1
        if not b._coef:
            return -1 if a._sign else 1
        if a._sign != b._sign:
            return -1 if a._sign else 1
        s = -1 if a._sign else 1
        ea, eb = a._exp, b._exp
        ca, cb = a._coef, b._coef
        if ea == eb:
            return 0 if ca == cb else (s if ca > cb else -s)
        aa = ea + _nd(ca)
        ab = eb + _nd(cb)
        if aa != ab:
            return s if aa > ab else -s
        if ea > eb:
            ca *= _pow10(ea - eb)
        else:
            cb *= _pow10(eb - ea)
        return 0 if ca == cb else (s if ca > cb else -s)

    def _compare_other(self, other, ordering):
        """other as a Decimal for a comparison, a Fraction-like pair, or
        NotImplemented."""
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return _dec(1 if other < 0 else 0, abs(other), 0)
        if isinstance(other, float):
            ctx = getcontext()
            if ordering:
                ctx._signal(_FO)
            else:
                ctx._flags |= _FO
            return _from_float(other, ctx)
        if isinstance(other, complex) and not ordering:
            if other.imag != 0:
                return None
            getcontext()._flags |= _FO
            return _from_float(other.real, None)
        if isinstance(other, _numbers.Rational):
            return other
        return NotImplemented

    def _compare(self, other, ordering):
        """The comparison of self with other, -1/0/1, None when unordered
        (a NaN), or NotImplemented."""
        o = self._compare_other(other, ordering)
        if o is NotImplemented or o is None:
            return o
        if not isinstance(o, Decimal):
            # An exact Rational: compare self*den with num.
            if self._spec:
                if self._spec >= 2:
                    if ordering or self._spec == 3:
                        getcontext()._signal(_IO)
                    return None
                return -1 if self._sign else 1
            n, d = o.numerator, o.denominator
            a = _dec(self._sign, self._coef * d, self._exp)
            return a._cmp(_dec(1 if n < 0 else 0, abs(n), 0))
        if self._spec >= 2 or o._spec >= 2:
            if ordering or self._spec == 3 or o._spec == 3:
                getcontext()._signal(_IO)
            return None
        return self._cmp(o)

    def __eq__(self, other):
        r = self._compare(other, False)
        if r is NotImplemented:
            return r
        return r == 0

    def __ne__(self, other):
        r = self._compare(other, False)
        if r is NotImplemented:
            return r
        return r != 0

    def __lt__(self, other):
        r = self._compare(other, True)
        if r is NotImplemented:
            return r
        return r is not None and r < 0

    def __le__(self, other):
        r = self._compare(other, True)
        if r is NotImplemented:
            return r
        return r is not None and r <= 0

    def __gt__(self, other):
        r = self._compare(other, True)
        if r is NotImplemented:
            return r
        return r is not None and r > 0

    def __ge__(self, other):
        r = self._compare(other, True)
        if r is NotImplemented:
            return r
        return r is not None and r >= 0

    def compare(self, other, context=None):
        ctx = context if context is not None else getcontext()
        other = _conv_strict(other, ctx)
        n = _nans(self, other, ctx)
        if n is not None:
            return n
        return _dec(0, 0, 0) if (r := self._cmp(other)) == 0 else _dec(1 if r < 0 else 0, 1, 0)

    def compare_signal(self, other, context=None):
        ctx = context if context is not None else getcontext()
        other = _conv_strict(other, ctx)
        if self._spec >= 2 or other._spec >= 2:
            ctx._signal(_IO)
            src = self if self._spec >= 2 else other
            if self._spec == 3 or (other._spec == 3 and self._spec != 3) and other._spec == 3:
                src = self if self._spec == 3 else other
            return _fix_nan(src, ctx)
        return self.compare(other, ctx)

    def _total_key(self):
        pass

    def compare_total(self, other, context=None):
        other = _conv_strict(other, None)
        return _dec(*_total_cmp(self, other))

    def compare_total_mag(self, other, context=None):
        other = _conv_strict(other, None)
        return _dec(*_total_cmp(self.copy_abs(), other.copy_abs()))

    def _minmax(self, other, context, want_max, mag):
        ctx = context if context is not None else getcontext()
        other = _conv_strict(other, ctx)
        if self._spec >= 2 or other._spec >= 2:
            if self._spec == 3 or other._spec == 3:
                return _nans(self, other, ctx)
            if self._spec >= 2 and other._spec >= 2:
                return _fix_nan(self, ctx)
            pick = other if self._spec >= 2 else self
            return _refix(pick, ctx)
        if mag:
            r = self.copy_abs()._cmp(other.copy_abs())
        else:
            r = 0
        if r == 0:
            r = self._cmp(other)
        if r == 0:
            t = _total_cmp(self, other)
            r = -1 if t[0] else (1 if t[1] else 0)
        pick = self if (r > 0) == want_max or r == 0 else other
        return _refix(pick, ctx)

    def max(self, other, context=None):
        return self._minmax(other, context, True, False)

    def min(self, other, context=None):
        return self._minmax(other, context, False, False)

    def max_mag(self, other, context=None):
        return self._minmax(other, context, True, True)

    def min_mag(self, other, context=None):
        return self._minmax(other, context, False, True)

    # ------------------------------------------------------ sign copies

    def copy_abs(self):
        return _dec(0, self._coef, self._exp, self._spec)

    def copy_negate(self):
        return _dec(1 - self._sign, self._coef, self._exp, self._spec)

    def copy_sign(self, other, context=None):
        other = _conv_strict(other, None)
        return _dec(other._sign, self._coef, self._exp, self._spec)

    # ------------------------------------------------------ arithmetic

    def __neg__(self):
        return _plus(self, getcontext(), 1)

    def __pos__(self):
        return _plus(self, getcontext(), 0)

    def __abs__(self):
        return _plus(self, getcontext(), 2)

    def plus(self, context=None):
        return _plus(self, context if context is not None else getcontext(), 0)

    def minus(self, context=None):
        return _plus(self, context if context is not None else getcontext(), 1)

    def __add__(self, other):
        if type(other) is Decimal:
            ctx = getcontext()
            if self._exp == other._exp and self._sign == other._sign and not (self._spec or other._spec):
                # The common case inline: aligned operands of one sign
                # whose sum needs no rounding.
                c = self._coef + other._coef
                e = self._exp
                if c < ctx._plim and ctx._Emin <= e <= ctx._Emax - ctx._prec + 1:
                    d = _NEW(Decimal)
                    d._sign = self._sign
                    d._coef = c
                    d._exp = e
                    d._spec = 0
                    return d
            return _add(self, other, ctx, 0)
        o = _conv(other, None, "+", self)
        if o is NotImplemented:
            return o
        return _add(self, o, getcontext(), 0)

    def __radd__(self, other):
        o = _conv(other, None, "+", self, True)
        if o is NotImplemented:
            return o
        return _add(o, self, getcontext(), 0)

    def __sub__(self, other):
        if type(other) is Decimal:
            return _add(self, other, getcontext(), 1)
        o = _conv(other, None, "-", self)
        if o is NotImplemented:
            return o
        return _add(self, o, getcontext(), 1)

    def __rsub__(self, other):
        o = _conv(other, None, "-", self, True)
        if o is NotImplemented:
            return o
        return _add(o, self, getcontext(), 1)

    def __mul__(self, other):
        if type(other) is Decimal:
            ctx = getcontext()
            if not (self._spec or other._spec):
                # The common case inline: a product that needs no rounding.
                c = self._coef * other._coef
                e = self._exp + other._exp
                if c < ctx._plim and ctx._Emin <= e <= ctx._Emax - ctx._prec + 1:
                    d = _NEW(Decimal)
                    d._sign = self._sign ^ other._sign
                    d._coef = c
                    d._exp = e
                    d._spec = 0
                    return d
                return _fix(self._sign ^ other._sign, c, e, ctx)
            return _mul(self, other, ctx)
        o = _conv(other, None, "*", self)
        if o is NotImplemented:
            return o
        return _mul(self, o, getcontext())

    def __rmul__(self, other):
        o = _conv(other, None, "*", self, True)
        if o is NotImplemented:
            return o
        return _mul(o, self, getcontext())

    def __truediv__(self, other):
        o = _conv(other, None, "/", self)
        if o is NotImplemented:
            return o
        return _div(self, o, getcontext())

    def __rtruediv__(self, other):
        o = _conv(other, None, "/", self, True)
        if o is NotImplemented:
            return o
        return _div(o, self, getcontext())

    def __floordiv__(self, other):
        o = _conv(other, None, "//", self)
        if o is NotImplemented:
            return o
        return _divmod(self, o, getcontext(), 1)

    def __rfloordiv__(self, other):
        o = _conv(other, None, "//", self, True)
        if o is NotImplemented:
            return o
        return _divmod(o, self, getcontext(), 1)

    def __mod__(self, other):
        o = _conv(other, None, "%", self)
        if o is NotImplemented:
            return o
        return _divmod(self, o, getcontext(), 2)

    def __rmod__(self, other):
        o = _conv(other, None, "%", self, True)
        if o is NotImplemented:
            return o
        return _divmod(o, self, getcontext(), 2)

    def __divmod__(self, other):
        o = _conv(other, None, "divmod()", self)
        if o is NotImplemented:
            return o
        return _divmod(self, o, getcontext(), 3)

    def __rdivmod__(self, other):
        o = _conv(other, None, "divmod()", self, True)
        if o is NotImplemented:
            return o
        return _divmod(o, self, getcontext(), 3)

    def __pow__(self, other, modulo=None):
        o = _conv(other, None, "** or pow()", self)
        if o is NotImplemented:
            return o
        if modulo is not None:
            m = _conv(modulo, None)
            if m is NotImplemented:
                return m
            return _powmod(self, o, m, getcontext())
        return _pow(self, o, getcontext())

    def __rpow__(self, other, modulo=None):
        o = _conv(other, None, "** or pow()", self, True)
        if o is NotImplemented:
            return o
        return o.__pow__(self, modulo)

    def add(self, other, context=None):
        ctx = context if context is not None else getcontext()
        return _add(self, _conv_strict(other, ctx), ctx, 0)

    def fma(self, other, third, context=None):
        ctx = context if context is not None else getcontext()
        other = _conv_strict(other, ctx)
        third = _conv_strict(third, ctx)
        if self._spec == 3 or other._spec == 3:
            return _nans(self, other, ctx)
        if self._spec >= 2 or other._spec >= 2:
            if third._spec == 3:
                return _nans(third, None, ctx)
            return _nans(self, other, ctx)
        if self._spec or other._spec:
            if (self._spec and not other._spec and not other._coef) or \
                    (other._spec and not self._spec and not self._coef):
                if third._spec == 3:
                    return _nans(third, None, ctx)
                return _invalid(ctx)
            prod = _dec(self._sign ^ other._sign, 0, 0, 1)
        else:
            prod = _dec(self._sign ^ other._sign, self._coef * other._coef, self._exp + other._exp)
        return _add(prod, third, ctx, 0)

    def sqrt(self, context=None):
        return _sqrt(self, context if context is not None else getcontext())

    def quantize(self, exp, rounding=None, context=None):
        ctx = context if context is not None else getcontext()
        if type(exp) is not Decimal:
            exp = _conv_strict(exp, ctx)
        if rounding is None:
            rounding = ctx._rounding
        elif rounding not in _ROUNDINGS:
            raise TypeError(_ROUNDING_MSG)
        return _quantize(self, exp, rounding, ctx)

    def _rescale_to(self, e, rounding):
        if self._spec:
            return self
        if self._exp >= e:
            return _dec(self._sign, self._coef * _pow10(self._exp - e), e)
        c, _ = _round_int(self._coef, e - self._exp, rounding, self._sign)
        return _dec(self._sign, c, e)

    def to_integral_value(self, rounding=None, context=None):
        ctx = context if context is not None else getcontext()
        if self._spec:
            n = _nans(self, None, ctx)
            return n if n is not None else self
        if self._exp >= 0:
            return self
        c, _ = _round_int(self._coef, -self._exp, rounding or ctx._rounding, self._sign)
        return _dec(self._sign, c, 0)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = context if context is not None else getcontext()
        if self._spec:
            n = _nans(self, None, ctx)
            return n if n is not None else self
        if self._exp >= 0:
            return self
        if not self._coef:
            return _dec(self._sign, 0, 0)
        c, inexact = _round_int(self._coef, -self._exp, rounding or ctx._rounding, self._sign)
        ctx._signal(_RND | (_INX if inexact else 0))
        return _dec(self._sign, c, 0)

    def normalize(self, context=None):
        ctx = context if context is not None else getcontext()
        if self._spec:
            n = _nans(self, None, ctx)
            return n if n is not None else self
        d = _refix(self, ctx)
        if d._spec or not d._coef:
            return _dec(d._sign, 0, 0, d._spec) if not d._spec else d
        c, e = d._coef, d._exp
        top = ctx._Emax - ctx._prec + 1 if ctx._clamp else ctx._Emax
        while c % 10 == 0 and e < top:
            c //= 10
            e += 1
        return _dec(d._sign, c, e)

    def scaleb(self, other, context=None):
        ctx = context if context is not None else getcontext()
        other = _conv_strict(other, ctx)
        n = _nans(self, other, ctx)
        if n is not None:
            return n
        if other._spec or other._exp != 0:
            return _invalid(ctx)
        lim = 2 * (ctx._Emax + ctx._prec)
        if other._coef > lim:
            return _invalid(ctx)
        if self._spec:
            return self
        k = -other._coef if other._sign else other._coef
        return _fix(self._sign, self._coef, self._exp + k, ctx)

    def logb(self, context=None):
        ctx = context if context is not None else getcontext()
        n = _nans(self, None, ctx)
        if n is not None:
            return n
        if self._spec:
            return _dec(0, 0, 0, 1)
        if not self._coef:
            ctx._signal(_DZ)
            return _dec(1, 0, 0, 1)
        a = self.adjusted()
        return _fix(1 if a < 0 else 0, abs(a), 0, ctx)

    def next_plus(self, context=None):
        return _next(self, context if context is not None else getcontext(), 1)

    def next_minus(self, context=None):
        return _next(self, context if context is not None else getcontext(), -1)

    def next_toward(self, other, context=None):
        ctx = context if context is not None else getcontext()
        other = _conv_strict(other, ctx)
        n = _nans(self, other, ctx)
        if n is not None:
            return n
        r = self._cmp(other)
        if r == 0:
            return _dec(other._sign, self._coef, self._exp, self._spec)
        d = _next(self, ctx, -1 if r > 0 else 1)
        if d._spec == 1:
            ctx._signal(_OV | _INX | _RND)
        elif d._exp + _nd(d._coef) - 1 < ctx._Emin:
            ctx._signal(_UN | _SUB | _INX | _RND | (0 if d._coef else _CL))
        return d

    def remainder_near(self, other, context=None):
        ctx = context if context is not None else getcontext()
        return _remainder_near(self, _conv_strict(other, ctx), ctx)

    def exp(self, context=None):
        return _exp(self, context if context is not None else getcontext())

    def ln(self, context=None):
        return _ln(self, context if context is not None else getcontext(), False)

    def log10(self, context=None):
        return _ln(self, context if context is not None else getcontext(), True)

    # ------------------------------------------------- digit-wise ops

    def _logical_digits(self, ctx):
        if self._spec or self._sign or self._exp != 0:
            return None
        s = _istr(self._coef)
        if s.strip("01") or len(s) > ctx._prec:
            return None
        return s

    def _logical(self, other, context, fn):
        ctx = context if context is not None else getcontext()
        other = _conv_strict(other, ctx)
        a = self._logical_digits(ctx)
        b = other._logical_digits(ctx)
        if a is None or b is None:
            return _invalid(ctx)
        n = ctx._prec
        a, b = a.rjust(n, "0"), b.rjust(n, "0")
        r = "".join(fn(x, y) for x, y in zip(a, b))
        return _dec(0, int(r), 0)

    def logical_and(self, other, context=None):
        return self._logical(other, context, lambda x, y: "1" if x == y == "1" else "0")

    def logical_or(self, other, context=None):
        return self._logical(other, context, lambda x, y: "1" if "1" in (x, y) else "0")

    def logical_xor(self, other, context=None):
        return self._logical(other, context, lambda x, y: "1" if x != y else "0")

    def logical_invert(self, context=None):
        ctx = context if context is not None else getcontext()
        return self._logical(_dec(0, int("1" * ctx._prec), 0), ctx,
                             lambda x, y: "1" if x != y else "0")

    def _shift_arg(self, other, ctx):
        other = _conv_strict(other, ctx)
        n = _nans(self, other, ctx)
        if n is not None:
            return n, None
        if other._spec or other._exp != 0 or other._coef > ctx._prec:
            return _invalid(ctx), None
        return None, (-other._coef if other._sign else other._coef)

    def rotate(self, other, context=None):
        ctx = context if context is not None else getcontext()
        r, k = self._shift_arg(other, ctx)
        if r is not None:
            return r
        if self._spec:
            return self
        n = ctx._prec
        s = _istr(self._coef % _pow10(n)).rjust(n, "0")
        k %= n
        s = s[k:] + s[:k]
        return _dec(self._sign, int(s), self._exp)

    def shift(self, other, context=None):
        ctx = context if context is not None else getcontext()
        r, k = self._shift_arg(other, ctx)
        if r is not None:
            return r
        if self._spec:
            return self
        n = ctx._prec
        c = self._coef
        if k >= 0:
            c = (c * _pow10(k)) % _pow10(n)
        else:
            c = (c // _pow10(-k)) % _pow10(n)
        return _dec(self._sign, c, self._exp)


_ROUNDING_MSG = ("valid values for rounding are:\n"
                 "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                 "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                 "   ROUND_05UP]")

_MOD = 2 ** 61 - 1
_INV10 = pow(10, _MOD - 2, _MOD)

_numbers.Number.register(Decimal)


def _out_of_range(d):
    """Whether the finite d's exponent is beyond what any context can
    hold (CPython's C module refuses to make it)."""
    return d._exp < MIN_ETINY or d._exp + _nd(d._coef) - 1 > MAX_EMAX


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError("argument must be a sequence of length 3")
    sign, digits, exp = value
    if not (isinstance(sign, int) and sign in (0, 1)):
        raise ValueError("sign must be an integer with the value 0 or 1")
    if not isinstance(digits, (tuple, list)):
        raise ValueError("coefficient must be a tuple of digits")
    if exp == "F":
        return _dec(sign, 0, 0, 1)
    c = 0
    for d in digits:
        if not (isinstance(d, int) and 0 <= d <= 9):
            raise ValueError("coefficient must be a tuple of digits")
        c = c * 10 + d
    if exp in ("n", "N"):
        return _dec(sign, c, 0, 2 if exp == "n" else 3)
    if not isinstance(exp, int):
        raise ValueError("exponent must be an integer")
    return _dec(sign, c, exp)


def _total_cmp(a, b):
    """compare_total as the (sign, coef, exp) of -1, 0 or 1."""
    def key(x):
        # class order: -NaN < -sNaN < -Inf < finite < Inf < sNaN < NaN
        if x._spec == 2:
            cls = 3
        elif x._spec == 3:
            cls = 2
        elif x._spec == 1:
            cls = 1
        else:
            cls = 0
        return cls
    if a._sign != b._sign:
        return (1, 1, 0) if a._sign else (0, 1, 0)
    s = a._sign
    ka, kb = key(a), key(b)
    if ka != kb:
        r = -1 if ka < kb else 1
    elif ka >= 2:
        r = (a._coef > b._coef) - (a._coef < b._coef)
    elif ka == 1:
        r = 0
    else:
        r = a.copy_abs()._cmp(b.copy_abs())
        if r == 0:
            r = (a._exp > b._exp) - (a._exp < b._exp)
    if s:
        r = -r
    return (1 if r < 0 else 0, 1 if r else 0, 0)


def _refix(a, ctx):
    if a._spec:
        if a._spec >= 2:
            return _fix_nan(a, ctx)
        return a
    return _fix(a._sign, a._coef, a._exp, ctx)


def _plus(a, ctx, how):
    """+a (how 0), -a (1) or abs(a) (2), rounded to ctx: plus and minus
    are 0 + a and 0 - a, so a zero's sign follows the rule of sums."""
    if a._spec:
        if a._spec >= 2:
            return _nans(a, None, ctx)
        return _dec(a._sign if how == 0 else (1 - a._sign if how == 1 else 0), 0, 0, 1)
    if how == 0:
        sign = a._sign
    elif how == 1:
        sign = 1 - a._sign
    else:
        sign = 0
    if not a._coef and sign and how != 2:
        sign = 1 if ctx._rounding == "ROUND_FLOOR" else 0
    return _fix(sign, a._coef, a._exp, ctx)


def _add(a, b, ctx, sub):
    """a + b, or a - b when sub is 1."""
    bsign = b._sign ^ sub
    if a._spec or b._spec:
        n = _nans(a, b, ctx)
        if n is not None:
            return n
        if a._spec:
            if b._spec and a._sign != bsign:
                return _invalid(ctx)
            return _dec(a._sign, 0, 0, 1)
        return _dec(bsign, 0, 0, 1)
    ea, eb = a._exp, b._exp
    ca, cb = a._coef, b._coef
    asign = a._sign
    if ea != eb:
        if ea < eb:
            ca, cb, ea, eb, asign, bsign = cb, ca, eb, ea, bsign, asign
        # Now ea > eb: cb carries the smaller exponent.
        d = ea - eb
        if d > 40:
            prec = ctx._prec
            if ca and cb:
                e = min(ea, ea + _nd(ca) - prec - 3)
                if eb + _nd(cb) < e:
                    cb, eb = 1, e - 1
                    d = ea - eb
            elif not cb and ca:
                # A zero with the smaller exponent only pads with zeros.
                e = min(ea, ea + _nd(ca) - prec - 3)
                if eb < e:
                    eb = e
                    d = ea - eb
            else:
                e = eb + _nd(cb) - prec - 3
                if ea > eb and e > eb:
                    pass
        ca *= _pow10(d)
        exp = eb
    else:
        exp = ea
    if asign == bsign:
        c = ca + cb
        sign = asign
    else:
        c = ca - cb
        if c < 0:
            c = -c
            sign = bsign
        elif c > 0:
            sign = asign
        else:
            sign = 1 if ctx._rounding == "ROUND_FLOOR" else 0
    return _fix(sign, c, exp, ctx)


def _mul(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._spec or b._spec:
        n = _nans(a, b, ctx)
        if n is not None:
            return n
        if (not a._spec and not a._coef) or (not b._spec and not b._coef):
            return _invalid(ctx)
        return _dec(sign, 0, 0, 1)
    return _fix(sign, a._coef * b._coef, a._exp + b._exp, ctx)


def _div(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._spec or b._spec:
        n = _nans(a, b, ctx)
        if n is not None:
            return n
        if a._spec and b._spec:
            return _invalid(ctx)
        if a._spec:
            return _dec(sign, 0, 0, 1)
        ctx._signal(_CL)
        return _dec(sign, 0, ctx._Emin - ctx._prec + 1)
    ca, cb = a._coef, b._coef
    if not cb:
        if not ca:
            return _invalid(ctx, _DU)
        ctx._signal(_DZ)
        return _dec(sign, 0, 0, 1)
    ideal = a._exp - b._exp
    if not ca:
        return _fix(sign, 0, ideal, ctx)
    shift = ctx._prec + 1 + _nd(cb) - _nd(ca)
    if shift >= 0:
        q, r = divmod(ca * _pow10(shift), cb)
    else:
        q, r = divmod(ca, cb * _pow10(-shift))
    exp = ideal - shift
    if r:
        if q % 5 == 0:
            q += 1
    else:
        while exp < ideal and q % 10 == 0:
            q //= 10
            exp += 1
    return _fix(sign, q, exp, ctx)


def _divmod(a, b, ctx, what):
    """a // b (what 1), a % b (2) or both (3)."""
    sign = a._sign ^ b._sign
    if a._spec or b._spec:
        n = _nans(a, b, ctx)
        if n is not None:
            return (n, n) if what == 3 else n
        if a._spec and b._spec:
            n = _invalid(ctx)
            return (n, n) if what == 3 else n
        if a._spec:
            if what == 1:
                return _dec(sign, 0, 0, 1)
            n = _invalid(ctx)
            return (_dec(sign, 0, 0, 1), n) if what == 3 else n
        q = _dec(sign, 0, 0)
        if what == 1:
            return q
        r = _refix(a, ctx)
        return r if what == 2 else (q, r)
    if not b._coef:
        if not a._coef:
            n = _invalid(ctx, _DU)
            return (n, n) if what == 3 else n
        if what == 1:
            ctx._signal(_DZ)
            return _dec(sign, 0, 0, 1)
        if what == 2:
            return _invalid(ctx)
        ctx._signal(_DZ | _IO)
        return (_dec(sign, 0, 0, 1), _dec(0, 0, 0, 2))
    ea, eb = a._exp, b._exp
    e = ea if ea < eb else eb
    prec = ctx._prec
    if not a._coef or a.adjusted() < b.adjusted():
        q = 0
        r = a._coef * _pow10(ea - e)
    else:
        if a.adjusted() - b.adjusted() > prec:
            n = _invalid(ctx, _DI)
            return (n, n) if what == 3 else n
        q, r = divmod(a._coef * _pow10(ea - e), b._coef * _pow10(eb - e))
        if _nd(q) > prec:
            n = _invalid(ctx, _DI)
            return (n, n) if what == 3 else n
    if what == 1:
        return _fix(sign, q, 0, ctx)
    rr = _fix(a._sign, r, e, ctx)
    if what == 2:
        return rr
    return _fix(sign, q, 0, ctx), rr


def _remainder_near(a, b, ctx):
    n = _nans(a, b, ctx)
    if n is not None:
        return n
    if a._spec:
        return _invalid(ctx)
    if b._spec:
        return _refix(a, ctx)
    if not b._coef:
        if not a._coef:
            return _invalid(ctx, _DU)
        return _invalid(ctx)
    ea, eb = a._exp, b._exp
    e = ea if ea < eb else eb
    prec = ctx._prec
    if a._coef and a.adjusted() - b.adjusted() > prec:
        return _invalid(ctx, _DI)
    A = a._coef * _pow10(ea - e) if a._coef else 0
    B = b._coef * _pow10(eb - e)
    q, r = divmod(A, B)
    if 2 * r > B or (2 * r == B and q & 1):
        r -= B
        q += 1
    if _nd(q) > prec:
        return _invalid(ctx, _DI)
    sign = a._sign
    if r < 0:
        r = -r
        sign = 1 - sign
    return _fix(sign, r, e, ctx)


def _quantize(a, b, rounding, ctx):
    if a._spec or b._spec:
        n = _nans(a, b, ctx)
        if n is not None:
            return n
        if a._spec and b._spec:
            return _dec(a._sign, 0, 0, 1)
        return _invalid(ctx)
    e = b._exp
    prec = ctx._prec
    if not (ctx._Emin - prec + 1 <= e <= ctx._Emax):
        return _invalid(ctx)
    ca = a._coef
    if not ca:
        return _fix(a._sign, 0, e, ctx)
    conds = 0
    if a._exp >= e:
        d = a._exp - e
        if d > prec:
            return _invalid(ctx)
        c = ca * _P10[d] if d < 64 else ca * 10 ** d
    else:
        k = e - a._exp
        if k < 64 and rounding == "ROUND_HALF_EVEN":
            p = _P10[k]
            c, r = divmod(ca, p)
            if r:
                conds = _RND | _INX
                h = p >> 1
                if r > h or (r == h and c & 1):
                    c += 1
            else:
                conds = _RND
        else:
            c, inexact = _round_int(ca, k, rounding, a._sign)
            conds = _RND | (_INX if inexact else 0)
    if c >= ctx._plim:
        # More digits than the precision allows.
        return _invalid(ctx)
    if e > ctx._Emax - prec + 1:
        if c and e + _nd(c) - 1 > ctx._Emax:
            return _invalid(ctx)
        if ctx._clamp:
            top = ctx._Emax - prec + 1
            c *= _pow10(e - top)
            e = top
            conds |= _CL
    elif c and e < ctx._Emin and e + _nd(c) - 1 < ctx._Emin:
        conds |= _SUB
    d = _NEW(Decimal)
    d._sign = a._sign
    d._coef = c
    d._exp = e
    d._spec = 0
    if conds:
        ctx._flags |= conds
        if conds & ctx._traps:
            ctx._signal(conds)
    return d


def _next(a, ctx, direction):
    """next_plus (direction 1) or next_minus (-1): a nudged by less than
    any representable step and rounded toward the direction, quietly."""
    n = _nans(a, None, ctx)
    if n is not None:
        return n
    q = _quiet(ctx)
    q._rounding = "ROUND_CEILING" if direction > 0 else "ROUND_FLOOR"
    if a._spec:
        if (a._sign == 0) == (direction > 0):
            return a
        return _dec(a._sign, ctx._plim - 1, ctx._Emax - ctx._prec + 1)
    c, e = a._coef, a._exp
    if not c:
        return _fix(0 if direction > 0 else 1, 1, ctx._Emin - ctx._prec - 1, q)
    e2 = min(e, e + _nd(c) - 1 - ctx._prec) - 1
    c = c * _pow10(e - e2)
    step = direction if a._sign == 0 else -direction
    return _fix(a._sign, c + step, e2, q)


def _quiet(ctx, rounding=None):
    """A copy of ctx that traps nothing, optionally with another rounding."""
    c = ctx.copy()
    c._traps = 0
    if rounding is not None:
        c._rounding = rounding
    return c


def _int_exponent(b):
    """b as an int when it is a finite integral value, else None."""
    if b._spec:
        return None
    c, e = b._coef, b._exp
    if e >= 0:
        if c and e > 20:
            return None if _nd(c) + e > 40 else c * _pow10(e)
        n = c * _pow10(e)
    else:
        p = _pow10(-e) if -e < 400 else None
        if p is None:
            if c:
                return None
            n = 0
        else:
            n, r = divmod(c, p)
            if r:
                return None
    return -n if b._sign else n


def _pow(a, b, ctx):
    n = _nans(a, b, ctx)
    if n is not None:
        return n
    k = _int_exponent(b)
    if not b._spec and not b._coef:
        if not a._spec and not a._coef:
            return _invalid(ctx)
        return _dec(0, 1, 0)
    if not a._spec and not a._coef:
        # 0 ** b
        sign = a._sign if k is not None and k & 1 else 0
        if b._sign:
            return _dec(sign, 0, 0, 1)
        return _dec(sign, 0, 0)
    if a._sign and k is None:
        return _invalid(ctx)
    sign = a._sign if (k is not None and k & 1) else 0
    if a._spec:
        if b._sign:
            return _dec(sign, 0, 0)
        return _dec(sign, 0, 0, 1)
    if b._spec:
        # |a| < 1, == 1 or > 1 against +-Infinity
        r = a.copy_abs()._cmp(_dec(0, 1, 0))
        if r == 0:
            ctx._signal(_INX | _RND)
            return _dec(sign, _pow10(ctx._prec - 1), 1 - ctx._prec)
        if (r > 0) != bool(b._sign):
            return _dec(sign, 0, 0, 1)
        return _dec(sign, 0, 0)
    if k is None:
        return _pow_real(a, b, ctx)
    return _pow_int(a, k, sign, ctx)


def _log10_estimate(c, e):
    """An estimate of log10(c * 10**e) for c > 0, good to about 1e-15
    relative."""
    nd = _nd(c)
    if nd > 17:
        lead = c // _pow10(nd - 17)
        return _math.log10(lead) + nd - 17 + e
    return _math.log10(c) + e


def _pow_int(a, k, sign, ctx):
    c, e = a._coef, a._exp
    prec = ctx._prec
    if c == 1 and e == 0:
        return _dec(sign, 1, 0)
    est = _log10_estimate(c, e) * abs(k) if k > 0 else -_log10_estimate(c, e) * abs(k)
    if est > ctx._Emax + 2:
        return _fix(sign, 1, ctx._Emax + 1, ctx)
    if est < ctx._Emin - prec - 2 and k != 1:
        # CPython works in ROUND_HALF_EVEN with a few more digits, so a
        # power far below the smallest subnormal is zero in (nearly)
        # every mode.
        return _fix(sign, 0, ctx._Emin - prec - 1, ctx, _UN | _SUB | _INX | _RND)
    m = abs(k)
    if _nd(c) * m <= 4 * prec + 600:
        pc, pe = c ** m, e * m
        if k > 0:
            return _fix(sign, pc, pe, ctx)
        return _div(_dec(0, 1, 0), _dec(sign, pc, pe), ctx)
    # A big power: square and multiply with guard digits, remembering
    # whether any step was inexact.
    work = prec + len(str(m)) + 10
    inexact = False

    def trim(c, e):
        nonlocal inexact
        n = _nd(c)
        if n > work:
            q, r = divmod(c, _pow10(n - work))
            if r:
                inexact = True
            return q, e + n - work
        return c, e

    rc, re_ = 1, 0
    bc, be = c, e
    while True:
        if m & 1:
            rc, re_ = trim(rc * bc, re_ + be)
        m >>= 1
        if not m:
            break
        bc, be = trim(bc * bc, be + be)
    if k < 0:
        shift = work + _nd(rc) + 2
        q, r = divmod(_pow10(shift), rc)
        if r:
            inexact = True
        rc, re_ = q, -shift - re_
    if inexact:
        rc = rc * 10 + 1
        re_ -= 1
        ctx2 = ctx
        return _fix(sign, rc, re_, ctx2, _INX | _RND)
    return _fix(sign, rc, re_, ctx)


def _powmod(a, b, m, ctx):
    n = _nans(a, b, ctx) if m._spec < 2 else None
    if n is None and (a._spec >= 2 or b._spec >= 2 or m._spec >= 2):
        for x in (a, b, m):
            if x._spec == 3:
                ctx._signal(_IO)
                return _fix_nan(x, ctx)
        for x in (a, b, m):
            if x._spec == 2:
                return _fix_nan(x, ctx)
    if n is not None:
        return n
    ka, kb, km = _int_exponent(a), _int_exponent(b), _int_exponent(m)
    if ka is None or kb is None or km is None or a._exp < 0 or b._exp < 0 or m._exp < 0:
        return _invalid(ctx)
    if kb < 0 or km == 0 or (ka == 0 and kb == 0):
        return _invalid(ctx)
    if _nd(abs(km)) > ctx._prec:
        return _invalid(ctx)
    r = pow(abs(ka), kb, abs(km))
    sign = 1 if ka < 0 and kb & 1 else 0
    return _fix(sign, r, 0, ctx)


def _sqrt(a, ctx):
    if a._spec:
        n = _nans(a, None, ctx)
        if n is not None:
            return n
        if a._sign:
            return _invalid(ctx)
        return a
    ideal = a._exp >> 1
    if not a._coef:
        return _fix(a._sign, 0, ideal, ctx)
    if a._sign:
        return _invalid(ctx)
    prec = ctx._prec
    c, e = a._coef, a._exp
    # Scale so that the root has at least prec+1 digits and the exponent
    # is even.
    shift = 2 * (prec + 1) - _nd(c)
    if shift < 0:
        shift = 0
    if (e - shift) & 1:
        shift += 1
    n = c * _pow10(shift)
    r = _math.isqrt(n)
    re_ = (e - shift) // 2
    if r * r != n:
        if r % 5 == 0:
            r += 1
    else:
        while re_ < ideal and r % 10 == 0:
            r //= 10
            re_ += 1
    # CPython rounds square roots half to even in every rounding mode.
    h = _quiet(ctx, "ROUND_HALF_EVEN")
    h._flags = 0
    d = _fix(0, r, re_, h)
    ctx._signal(h._flags)
    return d


# -------------------------------------- exp, ln, log10 and real powers
#
# Each is computed in fixed point with guard digits; the result is
# accepted when the error bound cannot move it across a rounding boundary,
# and otherwise recomputed with more digits.

def _ln_fixed(c, e, p):
    """ln(c * 10**e) * 10**p as an int, with an error of a few units, for
    c > 0."""
    nd = _nd(c)
    # x = m * 10**k with m in [0.1, 1).
    k = e + nd
    g = 8
    P = p + g
    # m as fixed point with P digits.
    if nd > P:
        m = c // _pow10(nd - P)
    else:
        m = c * _pow10(P - nd)
    one = _pow10(P)
    # Reduce m toward 1 by square roots: ln m = 2**s * ln(m**(1/2**s)).
    s = 0
    while abs(m - one) * 1000 > one:
        m = _math.isqrt(m * one)
        s += 1
    # ln m = 2 atanh(z), z = (m-1)/(m+1)
    neg = m < one
    z = abs(m - one) * one // (m + one)
    z2 = z * z // one
    total = z
    term = z
    i = 1
    while term:
        term = term * z2 // one
        i += 2
        total += term // i
    lnm = 2 * total << s
    if neg:
        lnm = -lnm
    if k:
        lnm += k * _ln10_fixed(P)
    return lnm // _pow10(g) if lnm >= 0 else -((-lnm) // _pow10(g))


_LN10_CACHE = {}


def _ln10_fixed(P):
    """ln(10) * 10**P."""
    v = _LN10_CACHE.get(P)
    if v is None:
        # ln 10 = 3 ln 2 + ln 1.25; ln 2 = 2 atanh(1/3), ln 1.25 = 2 atanh(1/9)
        Q = P + 10
        one = _pow10(Q)

        def atanh_inv(n):
            x = one // n
            n2 = n * n
            total = x
            i = 1
            while x:
                x //= n2
                i += 2
                total += x // i
            return total
        v = (6 * atanh_inv(3) + 2 * atanh_inv(9)) // _pow10(10)
        _LN10_CACHE[P] = v
    return v


def _exp_fixed(x, p):
    """exp(x / 10**p) * 10**p as an int, error a few units, for
    |x / 10**p| not huge."""
    g = 10
    P = p + g
    X = x * _pow10(g)
    one = _pow10(P)
    # exp(X) = 10**k * exp(X - k ln 10)
    ln10 = _ln10_fixed(P)
    k = X // ln10
    r = X - k * ln10
    # halve r until small
    s = 0
    while r > one // 1000:
        r >>= 1
        s += 1
    total = one
    term = one
    i = 1
    while term:
        term = term * r // (one * i)
        total += term
        i += 1
    for _ in range(s):
        total = total * total // one
    if k >= 0:
        v = total * _pow10(k)
    else:
        v = total // _pow10(-k)
    return v // _pow10(g)


def _round_approx(sign, approx, exp, prec, ctx, err, mode="ROUND_HALF_EVEN", last=False):
    """The result from approx * 10**exp, whose error is below err units,
    rounded by mode (CPython rounds exp, ln and log10 half to even in
    every rounding mode), with the conditions to signal; None when the
    error bound straddles a rounding boundary, unless this is the last
    try: then an exact-looking result is taken as exact, as CPython's
    are (4 ** 0.5 is 2.000...)."""
    nd = _nd(approx)
    k = nd - prec
    if k <= 1:
        return None
    lo, _ = _round_int(approx - err, k, mode, sign)
    hi, _ = _round_int(approx + err, k, mode, sign)
    if lo != hi:
        if not last:
            return None
        near, _ = _round_int(approx, k, "ROUND_HALF_EVEN", sign)
        if abs(near * _pow10(k) - approx) <= err:
            approx = near * _pow10(k)
    h = _quiet(ctx, mode)
    h._flags = 0
    r = _fix(sign, approx, exp, h)
    return r, h._flags | _INX | _RND


def _fix_half_even(sign, coef, exp, ctx):
    """_fix rounding half to even whatever ctx's rounding, for a result
    known to be inexact, signalling on ctx."""
    h = _quiet(ctx, "ROUND_HALF_EVEN")
    h._flags = 0
    r = _fix(sign, coef, exp, h)
    ctx._signal(h._flags | _INX | _RND)
    return r


def _exp(a, ctx):
    if a._spec:
        n = _nans(a, None, ctx)
        if n is not None:
            return n
        return _dec(0, 0, 0) if a._sign else a
    if not a._coef:
        return _dec(0, 1, 0)
    prec = ctx._prec
    adj = a.adjusted()
    # Overflow and underflow bounds: |a| >= 10**(digits of Emax) blows up.
    if a._sign == 0 and adj > len(str(ctx._Emax)) + 1:
        return _fix_half_even(0, 1, ctx._Emax + 1, ctx)
    if a._sign and adj > len(str(-ctx._Emin + prec)) + 1:
        return _fix_half_even(0, 1, ctx._Emin - prec - 1, ctx)
    if adj < -prec - 2:
        # exp(x) = 1 + x + ..., with x far below the last digit.
        c = _pow10(prec + 2)
        c = c + (-1 if a._sign else 1)
        h = _quiet(ctx, "ROUND_HALF_EVEN")
        h._flags = 0
        r = _fix(0, c, -(prec + 2), h)
        ctx._signal(h._flags | _INX | _RND)
        return r
    if adj >= 0:
        # log10 of the result, to catch certain overflow and underflow
        # before computing with as many digits as the exponent has.
        est = float(a) * 0.4342944819032518
        if est > ctx._Emax + 1:
            return _fix_half_even(0, 1, ctx._Emax + 1, ctx)
        if est < ctx._Emin - prec - 1:
            return _fix_half_even(0, 1, ctx._Emin - prec - 1, ctx)
    p = prec + 6
    while True:
        W = p + max(adj, 0) + 3
        sh = W + a._exp
        X = a._coef * _pow10(sh) if sh >= 0 else a._coef // _pow10(-sh)
        if a._sign:
            X = -X
        v, k = _exp_reduced(X, W)
        r = _round_approx(0, v, k - W, prec, ctx, 100 + abs(k), last=p > 4 * prec + 40)
        if r is not None:
            ctx._signal(r[1])
            return r[0]
        p += prec


def _exp_reduced(X, W):
    """exp(X / 10**W) as v * 10**(k - W): with k = floor(x / ln 10), only
    exp of the remainder, below ln 10, is computed, so the digits needed
    follow the precision, not the size of the result."""
    L = _ln10_fixed(W)
    k = X // L
    return _exp_fixed(X - k * L, W), k


def _ln(a, ctx, ten):
    if a._spec:
        n = _nans(a, None, ctx)
        if n is not None:
            return n
        if a._sign:
            return _invalid(ctx)
        return a
    if not a._coef:
        return _dec(1, 0, 0, 1)
    if a._sign:
        return _invalid(ctx)
    c, e = a._coef, a._exp
    if ten:
        # Exact for powers of ten.
        t = c
        while t % 10 == 0:
            t //= 10
            e += 1
        if t == 1:
            return _fix(1 if e < 0 else 0, abs(e), 0, ctx)
        e = a._exp
    elif e <= 0 and c == _pow10(-e):
        return _dec(0, 0, 0)
    prec = ctx._prec
    p = prec + 6
    while True:
        # digits of the magnitude of the result
        q = p + 3
        v = _ln_fixed(c, e, q)
        if ten:
            v = v * _pow10(q) // _ln10_fixed(q)
        sign = 1 if v < 0 else 0
        v = abs(v)
        if v and _nd(v) > prec + 3:
            r = _round_approx(sign, v, -q, prec, ctx, 50, last=p > 4 * prec + 40)
            if r is not None:
                ctx._signal(r[1])
                return r[0]
        p += prec + 10


def _pow_real(a, b, ctx):
    """a ** b for a > 0 and a non-integral b, as exp(b * ln a)."""
    prec = ctx._prec
    c, e = a._coef, a._exp
    lg = _log10_estimate(c, e) * float(b)
    if lg > ctx._Emax + 2:
        return _fix(0, 1, ctx._Emax + 1, ctx, _INX | _RND)
    if lg < ctx._Emin - prec - 2:
        return _fix(0, 1, ctx._Emin - prec - 1, ctx, _INX | _RND)
    yd = max(0, b.adjusted() + 1)  # digits of |b|'s integer part
    p = prec + 10
    while True:
        W = p + len(str(int(abs(lg)))) + yd + 4
        ln = _ln_fixed(c, e, W)
        # b * ln(a), in fixed point with W digits
        y = b._coef * ln
        if b._exp >= 0:
            y *= _pow10(b._exp)
        else:
            y //= _pow10(-b._exp)
        if b._sign:
            y = -y
        v, k = _exp_reduced(y, W)
        err = 100 + abs(k) + 10 * _pow10(yd)
        r = _round_approx(0, v, k - W, prec, ctx, err, ctx._rounding,
                          last=p > 4 * prec + 40)
        if r is not None:
            ctx._signal(r[1])
            return r[0]
        p += prec + 10


# ---------------------------------------------------------------- format

_FMT = None


def _format_parser():
    global _FMT
    if _FMT is None:
        import re
        _FMT = re.compile(r"""\A
            (?:(?P<fill>.)?(?P<align>[<>=^]))?
            (?P<sign>[-+ ])?
            (?P<z>z)?
            (?P<zero>0)?
            (?P<width>[0-9]+)?
            (?P<group>,)?
            (?:\.(?P<prec>[0-9]+))?
            (?P<type>[eEfFgGn%])?
            \Z""", re.VERBOSE | re.DOTALL)
    return _FMT


def _format(d, spec):
    m = _format_parser().match(spec)
    if m is None:
        raise ValueError("invalid format string")
    fill = m.group("fill")
    align = m.group("align")
    signopt = m.group("sign") or "-"
    zero = m.group("zero")
    width = int(m.group("width") or 0)
    group = m.group("group")
    prec = m.group("prec")
    prec = int(prec) if prec is not None else None
    typ = m.group("type")
    if typ == "n" and group:
        raise ValueError("invalid format string")
    if zero:
        if align:
            raise ValueError("invalid format string")
        if d._spec:
            fill, align = " ", ">"
        else:
            fill, align = "0", "="
    if not fill:
        fill = " "
    if not align:
        align = ">"
    ctx = getcontext()
    sign = d._sign
    if d._spec:
        body = d.__str__()
        if sign:
            body = body[1:]
        if typ == "%":
            body += "%"
    else:
        c, e = d._coef, d._exp
        if typ == "%":
            e += 2
        rounding = ctx._rounding
        if typ is None or typ in "gGn":
            t = typ or ("G" if ctx._capitals else "g")
            if t == "n":
                t = "g"
            if prec is not None:
                p = prec or 1
                if c and _nd(c) > p:
                    k = _nd(c) - p
                    c, _ = _round_int(c, k, rounding, sign)
                    e += k
                    if _nd(c) > p:
                        c //= 10
                        e += 1
            digits = _istr(c)
            left = e + len(digits)
            if typ is None:
                # As str(): scientific past the spec's limits.
                if e <= 0 and left > -6:
                    dot = left
                else:
                    dot = 1
            elif e <= 0 and left > -6:
                dot = left
            else:
                dot = 1
            ech = "E" if t == "G" else "e"
            if typ is None and prec is None and not c and e > 0:
                dot = 1
        elif typ in "eE":
            if prec is not None:
                nd = _nd(c)
                p = prec + 1
                if nd > p:
                    k = nd - p
                    c, _ = _round_int(c, k, rounding, sign)
                    e += k
                    if _nd(c) > p:
                        c //= 10
                        e += 1
                elif nd < p and c:
                    c *= _pow10(p - nd)
                    e -= p - nd
            digits = _istr(c)
            left = e + len(digits)
            if not c and prec is not None:
                dot = 1 - prec
            else:
                dot = 1
            ech = typ
        else:  # f F %
            if prec is not None:
                if e < -prec:
                    c, _ = _round_int(c, -prec - e, rounding, sign)
                    e = -prec
                elif e > -prec:
                    c *= _pow10(e + prec)
                    e = -prec
            elif e > 0:
                c *= _pow10(e)
                e = 0
            digits = _istr(c)
            left = e + len(digits)
            dot = left
            ech = "E"
        # Lay out digits with the point after 'dot' digits.
        if dot <= 0:
            intpart = "0"
            frac = "0" * (-dot) + digits
        elif dot >= len(digits):
            intpart = digits + "0" * (dot - len(digits))
            frac = ""
        else:
            intpart = digits[:dot]
            frac = digits[dot:]
        expo = left - dot
        if (typ in ("e", "E") or (typ is not None and typ in "gGn" and expo != 0) or
                (typ is None and (expo != 0 or (not c and dot == 1 and e > 0)))):
            tail = "%s%+d" % (ech, expo)
        else:
            tail = ""
        if typ == "%":
            tail = "%"
        if m.group("z") and not c:
            sign = 0
        point = "." if frac else ""
        if group:
            if align == "=" and fill == "0" and zero:
                pass
            intpart = _group(intpart, group, 0)
        body = intpart + point + frac + tail
    signstr = "-" if sign else ("" if signopt == "-" else signopt)
    if d._spec == 0 and group and zero and fill == "0" and align == "=":
        # Zero padding extends the grouped integer part.
        n = width - len(signstr) - len(body)
        if n > 0:
            ip, rest = _split_int(body)
            ip = _group(ip.replace(group, ""), group, width - len(signstr) - len(rest))
            body = ip + rest
    total = len(signstr) + len(body)
    pad = width - total
    if pad <= 0:
        return signstr + body
    if align == "<":
        return signstr + body + fill * pad
    if align == ">":
        return fill * pad + signstr + body
    if align == "=":
        return signstr + fill * pad + body
    left = pad // 2
    return fill * left + signstr + body + fill * (pad - left)


def _split_int(body):
    i = 0
    while i < len(body) and (body[i].isdigit() or body[i] in ",_"):
        i += 1
    return body[:i], body[i:]


def _group(digits, sep, minwidth):
    """digits in groups of three joined by sep, with leading zeros (and
    groups) added until the result is at least minwidth long."""
    groups = []
    s = digits
    while len(s) > 3:
        groups.append(s[-3:])
        s = s[:-3]
    groups.append(s)
    length = len(digits) + len(groups) - 1
    while length < minwidth:
        if len(groups[-1]) < 3:
            groups[-1] = "0" + groups[-1]
            length += 1
        else:
            groups.append("0")
            length += 2
    return sep.join(reversed(groups))


# ---------------------------------------------------------------- Context

def _check_int(v, lo, hi, name):
    if not isinstance(v, int):
        raise TypeError("an integer is required")
    if not -2 ** 63 <= v < 2 ** 63:
        raise OverflowError("Python int too large to convert to C ssize_t")
    if not lo <= v <= hi:
        if name in ("capitals", "clamp"):
            raise ValueError("valid values for %s are 0 or 1" % name)
        raise ValueError("valid range for %s is %s" % (name, {
            "prec": "[1, MAX_PREC]", "Emin": "[MIN_EMIN, 0]",
            "Emax": "[0, MAX_EMAX]"}[name]))
    return v


class Context:
    """Context(prec=None, rounding=None, Emin=None, Emax=None,
    capitals=None, clamp=None, flags=None, traps=None): the precision,
    rounding, exponent limits, flags and traps of decimal arithmetic."""

    __slots__ = ("_prec", "_rounding", "_Emin", "_Emax", "_capitals",
                 "_clamp", "_flags", "_traps", "_plim", "__weakref__")

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        dc = DefaultContext if "DefaultContext" in globals() else None
        self._prec = 28
        self._plim = 10 ** 28
        self._rounding = ROUND_HALF_EVEN
        self._Emin = -999999
        self._Emax = 999999
        self._capitals = 1
        self._clamp = 0
        self._flags = 0
        self._traps = _INVALID | _DZ | _OV
        if dc is not None:
            self._prec, self._plim, self._rounding = dc._prec, dc._plim, dc._rounding
            self._Emin, self._Emax, self._capitals = dc._Emin, dc._Emax, dc._capitals
            self._clamp, self._traps = dc._clamp, dc._traps
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        if flags is not None:
            self._flags = _bits_of(flags, "flags")
        if traps is not None:
            self._traps = _bits_of(traps, "traps")

    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, v):
        self._prec = _check_int(v, 1, MAX_PREC, "prec")
        self._plim = 10 ** v

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, v):
        if v not in _ROUNDINGS or not isinstance(v, str):
            raise TypeError(_ROUNDING_MSG)
        self._rounding = _ROUNDINGS[_ROUNDINGS.index(v)]

    @property
    def Emin(self):
        return self._Emin

    @Emin.setter
    def Emin(self, v):
        self._Emin = _check_int(v, MIN_EMIN, 0, "Emin")

    @property
    def Emax(self):
        return self._Emax

    @Emax.setter
    def Emax(self, v):
        self._Emax = _check_int(v, 0, MAX_EMAX, "Emax")

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, v):
        self._capitals = _check_int(v, 0, 1, "capitals")

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, v):
        self._clamp = _check_int(v, 0, 1, "clamp")

    @property
    def flags(self):
        return _SignalDict(self, False)

    @flags.setter
    def flags(self, v):
        self._flags = _bits_of(v, "flags")

    @property
    def traps(self):
        return _SignalDict(self, True)

    @traps.setter
    def traps(self, v):
        self._traps = _bits_of(v, "traps")

    def _signal(self, conds):
        """Sets the flags of conds and raises the first trapped signal
        with the list of trapped conditions, as CPython does."""
        f = conds
        if f & _INVALID:
            f |= _INVALID
        self._flags |= f
        trapped = conds & self._traps
        if trapped:
            exc = None
            for cls, bits in _SIGNALS:
                if trapped & bits:
                    exc = cls
                    break
            lst = [cls for bit, cls in _COND_CLASSES if trapped & bit]
            raise exc(lst)

    def Etiny(self):
        return self._Emin - self._prec + 1

    def Etop(self):
        return self._Emax - self._prec + 1

    def copy(self):
        c = _NEW(Context)
        c._prec, c._plim, c._rounding = self._prec, self._plim, self._rounding
        c._Emin, c._Emax, c._capitals = self._Emin, self._Emax, self._capitals
        c._clamp, c._flags, c._traps = self._clamp, self._flags, self._traps
        return c

    __copy__ = copy

    def __reduce__(self):
        return (Context, (self._prec, self._rounding, self._Emin, self._Emax,
                          self._capitals, self._clamp,
                          [s for s, b in _SIGNALS if self._flags & b],
                          [s for s, b in _SIGNALS if self._traps & b]))

    def clear_flags(self):
        self._flags = 0

    def clear_traps(self):
        self._traps = 0

    def __repr__(self):
        def names(v):
            return ", ".join(s.__name__ for s, b in _REPR_ORDER if v & b)
        return ("Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, "
                "clamp=%d, flags=[%s], traps=[%s])" % (
                    self._prec, self._rounding, self._Emin, self._Emax,
                    self._capitals, self._clamp, names(self._flags), names(self._traps)))

    def create_decimal(self, num="0"):
        """num as a Decimal rounded to this context."""
        if isinstance(num, str):
            d = _from_str(num, self)
            if d is None:
                return _invalid(self, _CS)
            if not -10 ** 17 < d._exp < 10 ** 17 and not d._spec and _out_of_range(d):
                return _invalid(self)
        elif isinstance(num, float):
            self._signal(_FO)
            d = _from_float(num, self)
        else:
            d = Decimal(num, self)
        if d._spec >= 2:
            if d._coef and _nd(d._coef) > self._prec - self._clamp:
                return _invalid(self, _CS)
            return d
        return _refix(d, self)

    def create_decimal_from_float(self, f):
        return _refix(Decimal.from_float(f), self)

    def _apply(self, a):
        return _refix(_conv_strict(a, self), self)

    def apply(self, a):
        return self._apply(a)

    def abs(self, a):
        return _plus(_conv_strict(a, self), self, 2)

    def add(self, a, b):
        return _add(_conv_strict(a, self), _conv_strict(b, self), self, 0)

    def subtract(self, a, b):
        return _add(_conv_strict(a, self), _conv_strict(b, self), self, 1)

    def multiply(self, a, b):
        return _mul(_conv_strict(a, self), _conv_strict(b, self), self)

    def divide(self, a, b):
        return _div(_conv_strict(a, self), _conv_strict(b, self), self)

    def divide_int(self, a, b):
        return _divmod(_conv_strict(a, self), _conv_strict(b, self), self, 1)

    def remainder(self, a, b):
        return _divmod(_conv_strict(a, self), _conv_strict(b, self), self, 2)

    def divmod(self, a, b):
        return _divmod(_conv_strict(a, self), _conv_strict(b, self), self, 3)

    def power(self, a, b, modulo=None):
        a, b = _conv_strict(a, self), _conv_strict(b, self)
        if modulo is not None:
            return _powmod(a, b, _conv_strict(modulo, self), self)
        return _pow(a, b, self)

    def minus(self, a):
        return _plus(_conv_strict(a, self), self, 1)

    def plus(self, a):
        return _plus(_conv_strict(a, self), self, 0)

    def is_canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError("argument must be a Decimal")
        return True

    def canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError("argument must be a Decimal")
        return a

    def radix(self):
        return _dec(0, 10, 0)

    def to_sci_string(self, a):
        return _conv_strict(a, self).__str__(False, self)

    def to_eng_string(self, a):
        return _conv_strict(a, self).__str__(True, self)

    def number_class(self, a):
        return _conv_strict(a, self).number_class(self)

    def copy_decimal(self, a):
        return _conv_strict(a, self)


def _ctx_unary(name):
    def method(self, a):
        return getattr(_conv_strict(a, self), name)(context=self)
    method.__name__ = name
    return method


def _ctx_binary(name):
    def method(self, a, b):
        return getattr(_conv_strict(a, self), name)(b, context=self)
    method.__name__ = name
    return method


def _ctx_plain_unary(name):
    def method(self, a):
        return getattr(_conv_strict(a, self), name)()
    method.__name__ = name
    return method


for _n in ("exp", "ln", "log10", "logb", "logical_invert", "next_minus",
           "next_plus", "normalize", "sqrt", "to_integral_exact",
           "to_integral_value", "is_normal", "is_subnormal"):
    setattr(Context, _n, _ctx_unary(_n))
Context.to_integral = Context.to_integral_value
for _n in ("compare", "compare_signal", "compare_total", "compare_total_mag",
           "copy_sign", "logical_and", "logical_or", "logical_xor", "max",
           "max_mag", "min", "min_mag", "next_toward", "quantize",
           "remainder_near", "rotate", "same_quantum", "scaleb", "shift"):
    setattr(Context, _n, _ctx_binary(_n))
for _n in ("copy_abs", "copy_negate", "is_finite", "is_infinite", "is_nan",
           "is_qnan", "is_signed", "is_snan", "is_zero"):
    setattr(Context, _n, _ctx_plain_unary(_n))
del _n


def _ctx_fma(self, a, b, c):
    return _conv_strict(a, self).fma(b, c, context=self)


Context.fma = _ctx_fma

DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999,
                         Emax=999999, capitals=1, clamp=0, flags=[],
                         traps=[DivisionByZero, Overflow, InvalidOperation])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation,
                              Clamped, Underflow], flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])

_current = _contextvars.ContextVar("decimal_context")


def _getcontext_slow():
    try:
        return _current.get()
    except LookupError:
        ctx = DefaultContext.copy()
        ctx._flags = 0
        _current.set(ctx)
        return ctx


try:
    # gilfree's contextvars keeps each thread's current Context in a
    # thread-local with a plain dict of values; reading it directly saves
    # most of the cost of ContextVar.get on every arithmetic operation.
    from contextvars import _state as _cv_state

    def getcontext():
        """The current thread's context; a thread's first call makes it a
        copy of DefaultContext."""
        try:
            return _cv_state.ctx._data[_current]
        except (AttributeError, KeyError):
            return _getcontext_slow()
except ImportError:
    def getcontext():
        """The current thread's context; a thread's first call makes it a
        copy of DefaultContext."""
        return _getcontext_slow()


def setcontext(context):
    """Makes context the current thread's context (a copy, with no flags,
    when it is one of the three templates)."""
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context._flags = 0
    _current.set(context)


class _ContextManager:
    __slots__ = ("new", "saved")

    def __init__(self, new):
        self.new = new

    def __enter__(self):
        self.saved = getcontext()
        setcontext(self.new)
        return self.new

    def __exit__(self, *args):
        setcontext(self.saved)


def localcontext(ctx=None, **kwargs):
    """A context manager that makes a copy of ctx (or of the current
    context), changed by kwargs, current inside the with block."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError("optional argument must be a context")
    new = ctx.copy()
    for k, v in kwargs.items():
        if k not in ("prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps"):
            raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        setattr(new, k, v)
    return _ContextManager(new)
