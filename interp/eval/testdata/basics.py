# Arithmetic, strings and containers, printed.
print(7 // 2, -7 // 2, 7 % -3, -7 % 3, 2 ** 100, 2 ** -1, divmod(-7, 2))
print(10 / 4, 1e300 * 10, -0.0, 0.1 + 0.2, round(2.675, 2), round(0.5), round(1.5))
print(int("  -42 "), int("ff", 16), int("0b101", 0), float("1e-3"), hex(255), oct(8), bin(5))
s = "héllo wörld"
print(s.upper(), s[1], s[-1], s[2:5], s[::-1], len(s), s.split(), s.find("w"))
print("%5d|%-5s|%.2f|%x|%r" % (42, "ab", 3.14159, 255, "q"))
print("{} {:>6} {:.3e} {name!r}".format(1, "x", 12345.678, name="n"))
print(f"{3.5:08.2f} {'ok':^7} {10:,} {255:#x}")
l = [3, 1, 2]
l.sort()
l.append(4)
print(l, l[::-1], sorted("bca"), sorted([3, 1, 2], reverse=True))
d = {"a": 1, "b": 2}
d["c"] = 3
del d["a"]
print(d, list(d.items()), d.get("z", 0), {k: v * 2 for k, v in d.items()})
print({1, 2, 3} | {3, 4}, {5, 3, 1} & {1, 5}, set(range(10)), frozenset([1, 2]))
print(tuple(range(5)), list(zip("ab", [1, 2])), list(enumerate("xy", 1)), list(map(str, [1, 2])))
print(min(3, 1, 2), max([1, 5, 2], key=lambda x: -x), sum([0.5, 0.25]), any([0, 1]), all([]))
print(isinstance(True, int), issubclass(bool, int), type(1.0).__name__, callable(len))
class L(list):
    def append(self, x):
        super().append(x * 2)
l = L()
l.append(3)
m = []
m.append(1)
m.append(x=1) if False else None
try:
    m.append()
except TypeError as e:
    print(e)
try:
    m.append(1, 2)
except TypeError as e:
    print(e)
try:
    list.append(5, 1)
except TypeError as e:
    print(e)
list.append(m, 9)
f = m.append
f(7)
print(l, m, "x".upper(), str.upper("y"), int.__add__(2, 3))
try:
    str.upper(3)
except TypeError as e:
    print(e)
try:
    m.append(x=3)
except TypeError as e:
    print(e)
