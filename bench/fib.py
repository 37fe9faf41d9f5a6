# Recursion: naive Fibonacci, two Python calls per call and small-int
# arithmetic. Measures the cost of a Python-to-Python call and return.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tak(x, y, z):
    if y >= x:
        return z
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))


print("fib(32) =", fib(32))
print("tak(27, 18, 9) =", tak(27, 18, 9))
