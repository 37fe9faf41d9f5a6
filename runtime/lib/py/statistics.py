"""Basic statistics of numeric data: averages, spread, quantiles and
simple two-variable measures.

The averages and variances of ints, Fractions and floats are computed
exactly, as fractions, and rounded once at the end to the type of the
data (an int mean stays an int when it is whole), so results do not
depend on the order of the data.
"""

import math as _math
from collections import Counter as _Counter, namedtuple as _namedtuple
from fractions import Fraction as _Fraction
from bisect import bisect_left as _bisect_left, bisect_right as _bisect_right

__all__ = ["NormalDist", "StatisticsError", "correlation", "covariance", "fmean",
           "geometric_mean", "harmonic_mean", "linear_regression", "mean", "median",
           "median_grouped", "median_high", "median_low", "mode", "multimode", "pstdev",
           "pvariance", "quantiles", "stdev", "variance"]


class StatisticsError(ValueError):
    pass


# Exact sums.

_RANK = {int: 0, bool: 0, _Fraction: 1, float: 2}


def _common_type(t, s):
    """The type a result takes when data of types t and s are mixed."""
    if t is s:
        return t
    if s is int or s is bool:
        return t
    if t is int or t is bool:
        return s
    if issubclass(s, t):
        return s
    if issubclass(t, s):
        return t
    if issubclass(t, int):
        return s
    if issubclass(s, int):
        return t
    rt = next((r for k, r in _RANK.items() if issubclass(t, k)), None)
    rs = next((r for k, r in _RANK.items() if issubclass(s, k)), None)
    if rt is not None and rs is not None:
        return t if rt >= rs else s
    raise TypeError("can't convert type '%s' to '%s'" % (t.__name__, s.__name__))


def _ratio(x):
    """(numerator, denominator) of x exactly; denominator None for a NaN
    or an infinity."""
    try:
        if isinstance(x, float):
            if not _math.isfinite(x):
                return (x, None)
            return x.as_integer_ratio()
        return (x.numerator, x.denominator)
    except AttributeError:
        pass
    try:
        return x.as_integer_ratio()
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator" % type(x).__name__) from None


def _exact_sum(data):
    """(common type, exact sum as a Fraction or a non-finite float, count)."""
    T = int
    count = 0
    by_den = {}
    special = None
    for x in data:
        T = _common_type(T, type(x))
        n, d = _ratio(x)
        count += 1
        if d is None:
            special = n if special is None else special + n
        else:
            by_den[d] = by_den.get(d, 0) + n
    if special is not None:
        return T, special, count
    total = sum((_Fraction(n, d) for d, n in by_den.items()), _Fraction(0))
    return T, total, count


def _to_type(value, T):
    """value (a Fraction, or a non-finite float) as type T."""
    if type(value) is T:
        return value
    if isinstance(value, float):
        return T(value) if not issubclass(T, int) else value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    try:
        return T(value)
    except TypeError:
        if issubclass(T, _Fraction):
            return T(value.numerator, value.denominator)
        return T(value.numerator) / T(value.denominator)


def _sqrt_fraction(n, m):
    """The float nearest sqrt(n / m), correctly rounded: an integer square
    root with 55 or more bits, made odd when inexact (round to odd), then
    rounded once to a float."""
    if n <= 0:
        if n == 0:
            return 0.0
        raise ValueError("math domain error")
    shift = (n.bit_length() - m.bit_length() - 110) // 2
    if shift >= 0:
        q = n // (m << 2 * shift)
        rem = n - q * (m << 2 * shift)
    else:
        q = (n << -2 * shift) // m
        rem = (n << -2 * shift) - q * m
    r = _math.isqrt(q)
    if r * r != q or rem:
        r |= 1
    return _math.ldexp(float(r), shift)


def _as_list(data):
    if iter(data) is data:
        return list(data)
    return data


# Averages.

def mean(data):
    data = _as_list(data)
    T, total, n = _exact_sum(data)
    if n < 1:
        raise StatisticsError("mean requires at least one data point")
    return _to_type(total / n, T)


def fmean(data, weights=None):
    if weights is None:
        try:
            n = len(data)
        except TypeError:
            data = list(data)
            n = len(data)
        if n == 0:
            raise StatisticsError("fmean requires at least one data point")
        return _math.fsum(data) / n
    data = list(data)
    weights = list(weights)
    if len(data) != len(weights):
        raise StatisticsError("data and weights must be the same length")
    if not data:
        raise StatisticsError("fmean requires at least one data point")
    total = _math.fsum(weights)
    if not total:
        raise StatisticsError("sum of weights must be non-zero")
    return _math.fsum(x * w for x, w in zip(data, weights)) / total


def geometric_mean(data):
    try:
        return _math.exp(fmean([_math.log(x) for x in data]))
    except ValueError:
        raise StatisticsError("geometric mean requires a non-empty dataset containing positive numbers") from None


def harmonic_mean(data, weights=None):
    data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError("harmonic_mean requires at least one data point")
    negative = "harmonic mean does not support negative values"
    if weights is None:
        if n == 1 and not isinstance(data[0], (str, bytes)):
            if data[0] < 0:
                raise StatisticsError(negative)
            return data[0]
        weights = [1] * n
        wsum = n
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError("Number of weights does not match data size")
        if any(w < 0 for w in weights):
            raise StatisticsError(negative)
        _, wsum, _ = _exact_sum(weights)
    # Each value is checked as it is reached: a zero met before any
    # negative value makes the mean zero.
    terms = []
    for w, x in zip(weights, data):
        if x < 0:
            raise StatisticsError(negative)
        if w:
            if x == 0:
                return 0
            terms.append(w / x)
        else:
            terms.append(0)
    if wsum <= 0:
        raise StatisticsError("Weighted sum must be positive")
    T, total, _ = _exact_sum(terms)
    return _to_type(wsum / total, T)


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[(n - 1) // 2]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1):
    """The median of continuous data grouped in classes of width interval
    centred on the data values, interpolated within the median's class."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    x = data[n // 2]
    try:
        low = float(x) - float(interval) / 2
    except (TypeError, ValueError):
        raise TypeError("Value cannot be converted to a float: %r" % (x,)) from None
    below = _bisect_left(data, x)
    same = _bisect_right(data, x, lo=below) - below
    return low + interval * (n / 2 - below) / same


def mode(data):
    pairs = _Counter(iter(data)).most_common(1)
    if not pairs:
        raise StatisticsError("no mode for empty data")
    return pairs[0][0]


def multimode(data):
    counts = _Counter(iter(data))
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, c in counts.items() if c == top]


def quantiles(data, *, n=4, method="exclusive"):
    """The n-1 cut points dividing data into n groups of equal
    probability, by linear interpolation between order statistics."""
    if n < 1:
        raise StatisticsError("n must be at least 1")
    data = sorted(data)
    size = len(data)
    if size < 2:
        raise StatisticsError("must have at least two data points")
    cuts = []
    if method == "inclusive":
        span = size - 1
        for i in range(1, n):
            j, frac = divmod(i * span, n)
            cuts.append((data[j] * (n - frac) + data[j + 1] * frac) / n)
        return cuts
    if method == "exclusive":
        span = size + 1
        for i in range(1, n):
            j = min(max(i * span // n, 1), size - 1)
            frac = i * span - j * n
            cuts.append((data[j - 1] * (n - frac) + data[j] * frac) / n)
        return cuts
    raise ValueError("Unknown method: %r" % (method,))


# Spread.

def _deviations(data, center):
    """(type, exact sum of squared deviations, exact mean, count)."""
    if center is not None:
        T, total, n = _exact_sum((x - center) * (x - center) for x in data)
        return T, total, center, n
    T = int
    n = 0
    sx = {}
    sxx = {}
    special = None
    for x in data:
        T = _common_type(T, type(x))
        num, den = _ratio(x)
        n += 1
        if den is None:
            special = num if special is None else special + num
            continue
        sx[den] = sx.get(den, 0) + num
        sxx[den] = sxx.get(den, 0) + num * num
    if n == 0:
        return T, _Fraction(0), _Fraction(0), 0
    if special is not None:
        return T, special, special, n
    total = sum((_Fraction(v, d) for d, v in sx.items()), _Fraction(0))
    squares = sum((_Fraction(v, d * d) for d, v in sxx.items()), _Fraction(0))
    return T, (n * squares - total * total) / n, total / n, n


def _root(value, T):
    if not issubclass(T, (int, float, _Fraction)) and hasattr(T, "sqrt"):
        return T(value.numerator).__truediv__(T(value.denominator)).sqrt()
    return _sqrt_fraction(value.numerator, value.denominator)


def variance(data, xbar=None):
    data = _as_list(data)
    T, ss, _, n = _deviations(data, xbar)
    if n < 2:
        raise StatisticsError("variance requires at least two data points")
    return _to_type(ss / (n - 1), T)


def pvariance(data, mu=None):
    data = _as_list(data)
    T, ss, _, n = _deviations(data, mu)
    if n < 1:
        raise StatisticsError("pvariance requires at least one data point")
    return _to_type(ss / n, T)


def stdev(data, xbar=None):
    data = _as_list(data)
    T, ss, _, n = _deviations(data, xbar)
    if n < 2:
        raise StatisticsError("stdev requires at least two data points")
    return _root(ss / (n - 1), T)


def pstdev(data, mu=None):
    data = _as_list(data)
    T, ss, _, n = _deviations(data, mu)
    if n < 1:
        raise StatisticsError("pstdev requires at least one data point")
    return _root(ss / n, T)


# Two variables.

def _paired(x, y, what, means=True):
    n = len(x)
    if len(y) != n:
        raise StatisticsError("%s requires that both inputs have same number of data points" % what)
    if n < 2:
        raise StatisticsError("%s requires at least two data points" % what)
    if not means:
        return n, 0.0, 0.0
    return n, _math.fsum(x) / n, _math.fsum(y) / n


def covariance(x, y, /):
    n, xbar, ybar = _paired(x, y, "covariance")
    return _math.fsum((a - xbar) * (b - ybar) for a, b in zip(x, y)) / (n - 1)


def correlation(x, y, /):
    n, xbar, ybar = _paired(x, y, "correlation")
    sxy = _math.fsum((a - xbar) * (b - ybar) for a, b in zip(x, y))
    sxx = _math.fsum((a - xbar) * (a - xbar) for a in x)
    syy = _math.fsum((b - ybar) * (b - ybar) for b in y)
    try:
        return sxy / _math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError("at least one of the inputs is constant") from None


LinearRegression = _namedtuple("LinearRegression", ("slope", "intercept"))


def linear_regression(x, y, /, *, proportional=False):
    n, xbar, ybar = _paired(x, y, "linear regression", not proportional)
    if proportional:
        sxy = _math.fsum(a * b for a, b in zip(x, y))
        sxx = _math.fsum(a * a for a in x)
    else:
        sxy = _math.fsum((a - xbar) * (b - ybar) for a, b in zip(x, y))
        sxx = _math.fsum((a - xbar) * (a - xbar) for a in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError("x is constant") from None
    return LinearRegression(slope=slope, intercept=0.0 if proportional else ybar - slope * xbar)


class NormalDist:
    """A normal distribution with mean mu and standard deviation sigma."""

    __slots__ = {"_mu": "Arithmetic mean of a normal distribution",
                 "_sigma": "Standard deviation of a normal distribution"}

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError("sigma must be non-negative")
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        data = _as_list(data)
        return cls(fmean(data), stdev(data))

    def samples(self, n, *, seed=None):
        import random
        gauss = random.Random(seed).gauss if seed is not None else random.gauss
        return [gauss(self._mu, self._sigma) for _ in range(n)]

    def pdf(self, x):
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError("pdf() not defined when sigma is zero")
        diff = x - self._mu
        return _math.exp(diff * diff / (-2.0 * variance)) / _math.sqrt(2.0 * _math.pi * variance)

    def cdf(self, x):
        if not self._sigma:
            raise StatisticsError("cdf() not defined when sigma is zero")
        return 0.5 * (1.0 + _math.erf((x - self._mu) / (self._sigma * _math.sqrt(2.0))))

    def zscore(self, x):
        if not self._sigma:
            raise StatisticsError("zscore() not defined when sigma is zero")
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma * self._sigma

    def __add__(a, b):
        if isinstance(b, NormalDist):
            return NormalDist(a._mu + b._mu, _math.hypot(a._sigma, b._sigma))
        return NormalDist(a._mu + b, a._sigma)

    __radd__ = __add__

    def __sub__(a, b):
        if isinstance(b, NormalDist):
            return NormalDist(a._mu - b._mu, _math.hypot(a._sigma, b._sigma))
        return NormalDist(a._mu - b, a._sigma)

    def __rsub__(a, b):
        return -(a - b)

    def __mul__(a, b):
        return NormalDist(a._mu * b, a._sigma * abs(b))

    __rmul__ = __mul__

    def __truediv__(a, b):
        return NormalDist(a._mu / b, a._sigma / abs(b))

    def __pos__(a):
        return NormalDist(a._mu, a._sigma)

    def __neg__(a):
        return NormalDist(-a._mu, a._sigma)

    def __eq__(a, b):
        if not isinstance(b, NormalDist):
            return NotImplemented
        return a._mu == b._mu and a._sigma == b._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return "%s(mu=%r, sigma=%r)" % (type(self).__name__, self._mu, self._sigma)
