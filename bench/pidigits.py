# Big integers: digits of pi by Gibbons' unbounded spigot, whose numbers
# grow to thousands of digits. Measures multiplication, floor division
# and addition of arbitrary-precision ints.


def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < n:
        if 4 * q + r - t < m * t:
            digits.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return digits


digits = pi_digits(5_000)
text = "".join(map(str, digits))
print("first:", text[:30])
print("last:", text[-30:])
print("digit sum:", sum(digits))
