# Exceptions: handlers, finally, chaining, and an uncaught traceback.
def f(n):
    if n == 0:
        raise ValueError("bottom")
    return f(n - 1)


try:
    f(3)
except ValueError as e:
    print("caught", e, type(e).__name__, e.args)
finally:
    print("finally")

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("k")
except KeyError as e:
    print(repr(e), type(e.__context__).__name__)

try:
    raise RuntimeError("outer") from ValueError("inner")
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__suppress_context__)


def g():
    try:
        return 1
    finally:
        print("g finally")


print(g())
with open(__file__) as fh:
    print(fh.readline().strip())


def h():
    d = {}
    return d["missing"]


try:
    h()
except LookupError as e:
    print("lookup", e)

try:
    int("x")
except ValueError:
    raise TypeError("during")
