# Closures and comprehensions: function factories, nonlocal counters,
# lambdas as keys, and list, dict, set comprehensions and generator
# expressions over the results. Measures closure calls and cell access.


def make_counter(step):
    count = 0

    def tick():
        nonlocal count
        count += step
        return count

    return tick


def make_poly(coeffs):
    def poly(x):
        acc = 0
        for c in coeffs:
            acc = acc * x + c
        return acc
    return poly


def compose(f, g):
    return lambda x: f(g(x))


counters = [make_counter(s) for s in range(1, 11)]
ticks = 0
for _ in range(200_000):
    for c in counters:
        ticks += c()

polys = [make_poly([i, 2, i % 3, 1]) for i in range(8)]
square_then_poly = [compose(p, lambda x: x * x) for p in polys]
poly_sum = sum(f(x) for f in square_then_poly for x in range(60_000)) % 1_000_000_007

table = {n: [d for d in range(1, 40) if n % d == 0] for n in range(1, 80_000)}
perfect_like = sorted({sum(ds) % 97 for ds in table.values()})
pairs = [(a, b) for a in range(400) for b in range(a, 400) if (a * b) % 7 == 1]
keyed = sorted(pairs, key=lambda p: (p[0] ^ p[1], -p[1]))
adders = [lambda x, k=k: x + k for k in range(50)]
folded = 0
for _ in range(20_000):
    for add in adders:
        folded = add(folded) % 65_521

print("ticks:", ticks, "poly_sum:", poly_sum)
print("divisor sums mod 97:", len(perfect_like), "pairs:", len(pairs), keyed[:3])
print("folded:", folded)
