# Loops over ints: a sieve of Eratosthenes over a list of flags, and the
# longest Collatz chain below a bound. Measures integer arithmetic,
# comparisons, while and for loops, and list indexing.


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            for j in range(i * i, limit + 1, i):
                flags[j] = False
        i += 1
    return [i for i in range(limit + 1) if flags[i]]


def collatz_longest(limit):
    best, best_start = 0, 0
    for start in range(1, limit):
        n, steps = start, 0
        while n != 1:
            if n & 1:
                n = 3 * n + 1
            else:
                n >>= 1
            steps += 1
        if steps > best:
            best, best_start = steps, start
    return best_start, best


primes = sieve(4_000_000)
print("primes below 4e6:", len(primes), "last:", primes[-1], "sum:", sum(primes))
print("longest collatz below 120000:", collatz_longest(120_000))
