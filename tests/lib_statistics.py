# statistics: averages, medians, modes, quantiles, variances and
# deviations of ints, floats, Fractions and mixtures (exact, with the
# data's type kept), two-variable measures, NormalDist, CPython's errors;
# and math.fsum's special values, which the module relies on.
import hashlib
import math
import random
import statistics as S
from fractions import Fraction as F


def e(f):
    try:
        r = f()
        return repr(r) + " " + type(r).__name__
    except Exception as x:
        return type(x).__name__ + ": " + str(x)


inf, nan = float("inf"), float("nan")
assert e(lambda: math.fsum([inf, -inf])) == "ValueError: -inf + inf in fsum"
assert math.isnan(math.fsum([-inf, nan])) and math.fsum([inf, inf, 1.0]) == inf
assert e(lambda: math.fsum([1e308, 1e308, -1e308])) == "OverflowError: intermediate overflow in fsum"

assert S.mean([1, 2, 3]) == 2 and type(S.mean([1, 2, 3])) is int
assert S.mean([1, 2]) == 1.5 and S.mean([F(1, 2), F(1, 3)]) == F(5, 12)
assert S.mean([0.1, 0.2, 0.3]) == 0.2 and S.mean(iter([1, 2.5])) == 1.75
assert S.mean([True, False, True, True]) == 0.75
assert e(lambda: S.mean([])) == "StatisticsError: mean requires at least one data point"
assert e(lambda: S.mean(["a"])) == "TypeError: can't convert type 'str' to numerator/denominator"
assert S.fmean([1, 2, 3, 4]) == 2.5 and S.fmean(iter([1, 2])) == 1.5
assert S.fmean([1, 2, 3], weights=[3, 1, 0]) == 1.25
assert e(lambda: S.fmean([])) == "StatisticsError: fmean requires at least one data point"
assert abs(S.geometric_mean([54, 24, 36]) - 36.0) < 1e-12
assert e(lambda: S.geometric_mean([1, -1])).startswith("StatisticsError: geometric mean requires")
assert S.harmonic_mean([40, 60]) == 48.0 and S.harmonic_mean([F(1, 2), F(1, 4)]) == F(1, 3)
assert S.harmonic_mean([0, 5]) == 0 and S.harmonic_mean([7]) == 7
assert e(lambda: S.harmonic_mean([-1])) == "StatisticsError: harmonic mean does not support negative values"
assert S.median([3, 1, 2]) == 2 and S.median([4, 1, 3, 2]) == 2.5
assert S.median_low([1, 2, 3, 4]) == 2 and S.median_high([1, 2, 3, 4]) == 3
assert S.median_grouped([52, 52, 53, 54]) == 52.5 and S.median_grouped([1, 3, 3, 5, 7], interval=2) == 3.5
assert e(lambda: S.median([])) == "StatisticsError: no median for empty data"
assert S.mode([1, 1, 2, 3, 3, 3]) == 3 and S.mode("aabbbc") == "b" and S.mode(["x", "y"]) == "x"
assert S.multimode("aabbbbccddddeeffffgg") == ["b", "d", "f"] and S.multimode([]) == []
assert e(lambda: S.mode([])) == "StatisticsError: no mode for empty data"
assert S.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) == [2.75, 5.5, 8.25]
assert S.quantiles(range(1, 11), n=5, method="inclusive") == [2.8, 4.6, 6.4, 8.2]
assert e(lambda: S.quantiles([1], n=4)) == "StatisticsError: must have at least two data points"
assert e(lambda: S.quantiles([1, 2], n=0)) == "StatisticsError: n must be at least 1"
assert e(lambda: S.quantiles([1, 2], method="x")) == "ValueError: Unknown method: 'x'"
assert S.variance([1, 3, 5]) == 4 and type(S.variance([1, 3, 5])) is int
assert S.variance([1, 2, 3, 4]) == 1.6666666666666667 and S.pvariance([1, 2, 3, 4]) == 1.25
assert S.variance([F(1, 2), F(3, 2)]) == F(1, 2) and S.pvariance([1.5, 2.5]) == 0.25
assert S.stdev([1, 2, 3, 4]) == 1.2909944487358056 and S.pstdev([2, 4, 4, 4, 5, 5, 7, 9]) == 2.0
assert S.stdev([0.1, 0.2, 0.3, 0.4]) == 0.12909944487358058
assert S.variance([1, 2, 3], 2) == 1 and S.pvariance([1.0, 2.0, 3.0], mu=2.0) == 0.6666666666666666
assert e(lambda: S.variance([1])) == "StatisticsError: variance requires at least two data points"
assert e(lambda: S.pstdev([])) == "StatisticsError: pstdev requires at least one data point"
x, y = [1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 1, 2, 3, 1, 2, 3]
assert S.covariance(x, y) == 0.75 and S.correlation(x, x) == 1.0
assert S.linear_regression([1, 2, 3], [2, 4, 6]) == (2.0, 0.0)
assert S.linear_regression([1, 2, 3], [2, 4, 7], proportional=True).slope == 31 / 14
assert e(lambda: S.correlation([1, 1], [1, 2])) == "StatisticsError: at least one of the inputs is constant"
assert e(lambda: S.covariance([1], [1, 2])) == \
    "StatisticsError: covariance requires that both inputs have same number of data points"
assert issubclass(S.StatisticsError, ValueError)
nd = S.NormalDist(100, 15)
assert (nd.mean, nd.stdev, nd.variance, nd.zscore(130)) == (100.0, 15.0, 225.0, 2.0)
assert abs(nd.cdf(100) - 0.5) < 1e-15 and abs(nd.pdf(100) - 0.02659615202676218) < 1e-15
assert nd + 5 == S.NormalDist(105, 15) and nd * 2 == S.NormalDist(200, 30) and repr(-nd) == "NormalDist(mu=-100.0, sigma=15.0)"
assert S.NormalDist.from_samples([1, 2, 3, 4]) == S.NormalDist(2.5, 1.2909944487358056)

# Every function over 200 random data sets; the digest is of CPython's
# results.
rnd = random.Random(3)
cases = []
for i in range(200):
    k = rnd.randrange(4)
    n = rnd.randrange(0, 12)
    if k == 0:
        d = [rnd.randrange(-50, 50) for _ in range(n)]
    elif k == 1:
        d = [rnd.uniform(-1e3, 1e3) for _ in range(n)]
    elif k == 2:
        d = [F(rnd.randrange(-20, 20), rnd.randrange(1, 9)) for _ in range(n)]
    else:
        d = [rnd.choice([rnd.randrange(9), rnd.random(), F(1, 3)]) for _ in range(n)]
    cases.append(d)
cases += [[1, 2, 3], [1, 2, 3, 4], [1, 3, 5], [2.5, inf], [1, nan], [1e308, 1e308], [True, False, True], [3], []]
out = []
names = ["mean", "fmean", "median", "median_low", "median_high", "median_grouped", "mode", "multimode",
         "pstdev", "stdev", "pvariance", "variance", "quantiles", "harmonic_mean"]
for d in cases:
    for name in names:
        out.append(name + " " + e(lambda: getattr(S, name)(d)))
    out.append(e(lambda: S.quantiles(d, n=10, method="inclusive")))
    out.append(e(lambda: S.variance(d, 1)))
    out.append(e(lambda: S.pstdev(d, 0.5)))
    if len(d) > 1:
        y = [rnd.random() for _ in d]
        out.append(e(lambda: S.covariance(d, y)))
        out.append(e(lambda: S.correlation([float(v) for v in d], y)))
        out.append(e(lambda: S.linear_regression([float(v) for v in d], y)))
        out.append(e(lambda: S.linear_regression([float(v) for v in d], y, proportional=True)))
text = "\n".join(out)
print(len(out), "results")
DIGEST = "5209f68a71c1795fc9dfe51993365704356ff71f4d64c8e8f8659dee64b5e949"
assert hashlib.sha256(text.encode()).hexdigest() == DIGEST, hashlib.sha256(text.encode()).hexdigest()
print("statistics ok")
