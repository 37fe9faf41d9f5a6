# Float and mixed int/float operators through the eval loop's fast paths
# and the superinstructions with a local or constant operand.

def f(a, b, i, big):
    print(a * b, a / b, a // b, a % b, a ** b, b ** a, a - b, a + b)
    print(i * a, a * i, i / 3, 7 / i, i - 0.5, 0.5 - i, i ** 0.5, 2 ** -i, (-2.0) ** 2, (-8) ** (1/3) == (-8) ** (1/3))
    print(big * 1.0, 1.0 * big, big / 3, big + 0.5)
    try:
        print(a / 0.0)
    except ZeroDivisionError as e:
        print("zde", e)
    try:
        print(i / 0)
    except ZeroDivisionError as e:
        print("zde", e)
    try:
        print(10.0 ** 400)
    except OverflowError as e:
        print("ovf", e)
    try:
        print(0.0 ** -1)
    except ZeroDivisionError as e:
        print("zde", e)
    x = 1.5
    x += i
    x *= x
    x -= 2
    x /= 3
    print(x, True + 1.5, 1.5 * True, 2 ** 62 * 2.0, (2 ** 53 + 1) * 1.0)
    s = "ab"
    s *= 3
    l = [1]
    l += [2]
    print(s, l, "x" + s, 3 * "z")


f(2.5, 1.25, 3, 2 ** 80)
