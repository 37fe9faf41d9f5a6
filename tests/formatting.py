# String formatting: f-strings (format specs, conversions, "="), format(),
# str.format, and printf-style % formatting.


def raises(exc, fn, *args):
    """Call fn(*args), check it raises exc, and return the exception."""
    try:
        fn(*args)
    except exc as e:
        return e
    raise AssertionError(f"{fn!r}{args!r} did not raise {exc.__name__}")


name = "Ada"
n = 42
x = 3.14159
items = [1, "two"]

# f-strings: expressions, conversions, self-documenting "=".
assert f"{name} is {n}" == "Ada is 42"
assert f"{n + 1}" == "43"
assert f"{name!r}" == "'Ada'"
assert f"{name!s}" == "Ada"
assert f"{'é'!a}" == "'\\xe9'"
assert f"{items}" == "[1, 'two']"
assert f"{n=}" == "n=42"
assert f"{name=}" == "name='Ada'"
assert f"{n * 2 = }" == "n * 2 = 84"
assert f"{x=:.2f}" == "x=3.14"
assert f"{name=!s}" == "name=Ada"
assert f"{{literal}} {n}" == "{literal} 42"
assert f"{'quoted'}" == "quoted"
assert f"{n:{'>'}{6}}" == "    42"
width = 8
prec = 3
assert f"{x:{width}.{prec}}" == "    3.14"
assert f"{x:{width}.{prec}f}" == "   3.142"
assert f"{[i * i for i in range(4)]}" == "[0, 1, 4, 9]"
assert f"{'a' if n > 40 else 'b'}" == "a"
assert f"{dict(a=1)['a']}" == "1"
assert f"{n:#x} {n:#o} {n:#b}" == "0x2a 0o52 0b101010"
assert f"""{
    n
}""" == "42"
assert f"a" f"{n}" "c" == "a42c"

# Format specs: fill, align, sign, width, grouping, precision, type.
assert format(n, "5") == "   42"
assert format("ab", "5") == "ab   "
assert format(n, "<5") == "42   "
assert format(n, "^6") == "  42  "
assert format(n, "*>6") == "****42"
assert format(-n, "=6") == "-   42"
assert format(n, "+") == "+42"
assert format(n, " ") == " 42"
assert format(-n, "+") == "-42"
assert format(n, "06") == "000042"
assert format(-n, "06") == "-00042"
assert format(1234567, ",") == "1,234,567"
assert format(1234567, "_") == "1_234_567"
assert format(0xDEADBEEF, "_x") == "dead_beef"
assert format(255, "X") == "FF"
assert format(255, "#010x") == "0x000000ff"
assert format(65, "c") == "A"
assert format(n, "d") == "42"
assert format(n, "n") == "42"
assert format(x, ".2f") == "3.14"
assert format(x, "10.3f") == "     3.142"
assert format(x, "<10.1f") == "3.1       "
assert format(x, "e") == "3.141590e+00"
assert format(x, ".2E") == "3.14E+00"
assert format(1234.5, ",.2f") == "1,234.50"
assert format(0.25, ".0%") == "25%"
assert format(0.12345, ".1%") == "12.3%"
assert format(2.5, ".0f") == "2"
assert format(3.5, ".0f") == "4"
assert format(1e20, "g") == "1e+20"
assert format(123456789.0, "g") == "1.23457e+08"
assert format(0.0001, "g") == "0.0001"
assert format(0.00001, "g") == "1e-05"
assert format(1.0, "") == "1.0"
assert format(1e16, "") == "1e+16"
assert format(100.0, ".3") == "1e+02"
assert format(1.5, "#.0f") == "2."
assert format(float("inf"), "f") == "inf"
assert format(float("-inf"), "10.2f") == "      -inf"
assert format(float("nan"), "F") == "NAN"
assert format(-0.0, ".1f") == "-0.0"
assert format(-0.0, "z.1f") == "0.0"
assert format(1 + 2j, "") == "(1+2j)"
assert format(3 - 4j, ".1f") == "3.0-4.0j"
assert format(True, "") == "True"
assert format(True, "d") == "1"
assert format(None, "") == "None"
assert format(10 ** 25, ",") == "10,000,000,000,000,000,000,000,000"
assert format("abcdef", ".3") == "abc"
assert format("abc", "^9.1") == "    a    "
e = raises(ValueError, format, "abc", "d")
assert str(e) == "Unknown format code 'd' for object of type 'str'"
e = raises(ValueError, format, 1.5, "d")
assert str(e) == "Unknown format code 'd' for object of type 'float'"
e = raises(ValueError, format, n, ".2d")
assert str(e) == "Precision not allowed in integer format specifier"
e = raises(TypeError, format, None, "5")
assert str(e) == "unsupported format string passed to NoneType.__format__"

# str.format: positional, keyword, indexing, attributes, nesting.
assert "{} and {}".format("a", "b") == "a and b"
assert "{1} {0} {1}".format("x", "y") == "y x y"
assert "{name}:{n}".format(name="k", n=1) == "k:1"
assert "{0[1]} {0[0]}".format(["a", "b"]) == "b a"
assert "{d[key]}".format(d={"key": "v"}) == "v"
assert "{0.real}".format(5) == "5"
assert "{:>{w}}".format("r", w=3) == "  r"
assert "{!r:>6}".format("a") == "   'a'"
assert "{{}}{}".format(1) == "{}1"
assert "{0:{1}}".format(7, "03") == "007"
assert "{:,}".format(10 ** 6) == "1,000,000"
assert "{a}".format_map({"a": 1}) == "1"
e = raises(IndexError, "{} {}".format, 1)
assert str(e) == "Replacement index 1 out of range for positional args tuple"
e = raises(KeyError, "{missing}".format)
assert str(e) == "'missing'"
e = raises(ValueError, "{0} {}".format, 1, 2)
assert str(e) == "cannot switch from manual field specification to automatic field numbering"

# printf-style formatting.
assert "%s is %d" % ("x", 5) == "x is 5"
assert "%r" % "a" == "'a'"
assert "%5d|%-5d|" % (42, 42) == "   42|42   |"
assert "%05d" % -42 == "-0042"
assert "%+d" % 42 == "+42"
assert "%.2f" % 2.675 == "2.67"
assert "%10.3f" % x == "     3.142"
assert "%e" % 12345.678 == "1.234568e+04"
assert "%g" % 0.00001234 == "1.234e-05"
assert "%x %X %o" % (255, 255, 8) == "ff FF 10"
assert "%#x %#o" % (255, 8) == "0xff 0o10"
assert "%c%c" % (72, "i") == "Hi"
assert "100%%" % () == "100%"
assert "%(a)s-%(b)03d" % {"a": "k", "b": 7} == "k-007"
assert "%*d" % (5, 1) == "    1"
assert "%.*f" % (1, 2.25) == "2.2"
assert "%s" % [1, 2] == "[1, 2]"
assert "%s" % ((1, 2),) == "(1, 2)"
assert "%d" % 3.99 == "3"
assert "%s %s" % ("a", "b") == "a b"
assert b"%s=%d" % (b"k", 3) == b"k=3"
e = raises(TypeError, lambda: "%d" % "a")
assert str(e) == "%d format: a real number is required, not str"
e = raises(TypeError, lambda: "%s %s" % ("a",))
assert str(e) == "not enough arguments for format string"
e = raises(TypeError, lambda: "%s" % ("a", "b"))
assert str(e) == "not all arguments converted during string formatting"


# __format__, __str__ and __repr__ of user classes.
class Temp:
    def __init__(self, deg):
        self.deg = deg

    def __format__(self, spec):
        if spec == "F":
            return f"{self.deg * 9 / 5 + 32:.1f}F"
        return f"{self.deg}C"

    def __repr__(self):
        return f"Temp({self.deg!r})"


t = Temp(100)
assert f"{t:F}" == "212.0F"
assert f"{t}" == "100C"
assert f"{t!r}" == "Temp(100)"
assert f"{t!s}" == "Temp(100)"  # no __str__: falls back to __repr__
assert "{:F}".format(t) == "212.0F"
assert "%s" % t == "Temp(100)"
assert str([t]) == "[Temp(100)]"


class Plain:
    pass


e = raises(TypeError, format, Plain(), "x")
assert str(e) == "unsupported format string passed to Plain.__format__"
assert format(Plain(), "").startswith("<__main__.Plain object at 0x")

# Printing: sep, end, several arguments, str of each.
print("a", 1, 2.5, None, True, [1, "x"], (1,), {"k": "v"}, sep="|")
print("no newline", end="")
print(" then newline")
print()
print(*"abc", sep="-")
print(f"{n:>8}|{x:<8.3}|{name:^7}|")
print("%-6s|%6.2f|" % ("ab", 2.5))
print("ok")
