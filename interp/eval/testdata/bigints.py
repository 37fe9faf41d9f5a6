# Big ints computed into recycled big values: results kept in lists while
# others die, floor division and modulo signs, int subclasses sharing a
# value, and results that shrink back to small ints.


class MyInt(int):
    pass


def factorials(n):
    out = []
    f = 1
    for i in range(1, n + 1):
        f *= i
        out.append(f)
    return out


fs = factorials(40)
print(fs[-1], fs[20], sum(fs) % 1000003)
big = 2 ** 100
vals = []
for i in range(50):
    x = big + i
    y = x * x - big * big
    vals.append(y)
    z = (x - big) * 3
    vals.append(z)
print(vals[:4], vals[-2:], sum(vals))
for a in (big * 7 + 3, -(big * 7 + 3)):
    for b in (big, -big, 10 ** 20 + 1, -(10 ** 20 + 1), 7, -7):
        print(a // b, a % b, divmod(a, b))
m = MyInt(big * 3)
n = int(str(big * 3))
print(m, type(m).__name__, m + 1, m == n, [MyInt(big + k) for k in range(3)])
del n
print(m, m * 2, m // 3)
s = 0
for k in range(1000):
    s = (s * 31 + k) % (2 ** 90)
print(s, (big + 5) - big, type((big + 5) - big).__name__)
acc = [big]
for k in range(200):
    acc.append(acc[-1] * 3 // 2 + k)
print(acc[-1], len(str(acc[-1])), acc[100] - acc[99])
