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


# The whole spec mini-language: '0' fill rules, '=' alignment, 'z',
# grouping of zero padding, alternate forms, every type letter.
assert format("a", "05") == "a0000" and format("a", ">05") == "0000a"
assert format(42, "=+08") == "+0000042" and format(-42, "x=8") == "-xxxxx42"
assert format(1234, "010,") == "00,001,234" and format(1234, "09,") == "0,001,234"
assert format(1234, "08,") == "0,001,234" and format(-1234.5, "013,.1f") == "-00,001,234.5"
assert format(0x1234, "012_x") == "00_0000_1234" and format(5, "#010b") == "0b00000101"
assert format(255, "#X") == "0XFF" and format(8, "#o") == "0o10" and format(10, "_b") == "1010"
assert format(1234567, "n") == "1234567" and format(1234.5, "n") == "1234.5"
assert format(-0.0, "z") == "0.0" and format(-0.0001, "z.2f") == "0.00" and format(-1e-10, "z.1e") == "-1.0e-10"
assert format(float("-inf"), "z") == "-inf" and format(float("inf"), "08") == "00000inf"
assert format(float("nan"), "+.1%") == "+nan%" and format(0.5, "%") == "50.000000%"
assert format(1.0, "#") == "1.0" and format(1e16, "#") == "1.e+16" and format(0.0, "#g") == "0.00000"
assert format(123456.0, ".3") == "1.23e+05" and format(100.0, "#.3g") == "100."
assert format(1e16, ",") == "1e+16" and format(12345.678, "_.2f") == "12_345.68"
assert format(65, "^5c") == "  A  " and format(0x1F600, "c") == "\U0001F600"
assert format(3j, "") == "3j" and format(-(0j), "") == "(-0-0j)" and format(1 + 2j, "+") == "(+1+2j)"
assert format(1.5 - 2j, "^24.2e") == "   1.50e+00-2.00e+00j   "
assert format(1.5 - 2j, "<20.2f") == "1.50-2.00j          "
assert format(1e20 + 1e-20j, "") == "(1e+20+1e-20j)" and format(1 + 1j, "#") == "(1.+1.j)"
for value, spec, msg in [
    (1, ",s", "Cannot specify ',' with 's'."),
    (1, ",_", "Cannot specify both ',' and '_'."),
    (1, ",x", "Cannot specify ',' with 'x'."),
    (1, "z", "Negative zero coercion (z) not allowed in integer format specifier"),
    (1, "+c", "Sign not allowed with integer format specifier 'c'"),
    (1, "#c", "Alternate form (#) not allowed with integer format specifier 'c'"),
    (1.5, "x", "Unknown format code 'x' for object of type 'float'"),
    (1.5, "10.", "Format specifier missing precision"),
    (1.5, "abc", "Invalid format specifier 'abc' for object of type 'float'"),
    ("s", "+", "Sign not allowed in string format specifier"),
    ("s", " ", "Space not allowed in string format specifier"),
    ("s", "#", "Alternate form (#) not allowed in string format specifier"),
    ("s", "=5", "'=' alignment not allowed in string format specifier"),
    ("s", "z", "Negative zero coercion (z) not allowed in string format specifier"),
    (1j, "05", "Zero padding is not allowed in complex format specifier"),
    (1j, "=5", "'=' alignment flag is not allowed in complex format specifier"),
    (1j, "%", "Unknown format code '%' for object of type 'complex'"),
    (True, "s", "Unknown format code 's' for object of type 'bool'"),
    (1, "1" * 25, "Too many decimal digits in format string"),
]:
    e = raises(ValueError, format, value, spec)
    assert str(e) == msg, (value, spec, str(e))
e = raises(OverflowError, format, -1, "c")
assert str(e) == "%c arg not in range(0x110000)"

# str.format: the field grammar and its errors; format_map.
assert "{0[}]}".format({"}": 1}) == "1"
assert "{0!s:>5}|{0!r:<5}|".format("a") == "    a|'a'  |"
assert "{:{}{}}".format(1, ">", 3) == "  1"
assert "{0.real.real}".format(3) == "3" and "{[0][1]}".format([[1, 2]]) == "2"
assert "{00}".format(7) == "7" and "{a-b}".format(**{"a-b": 1}) == "1"
for fmt, exc, msg in [
    ("{", ValueError, "Single '{' encountered in format string"),
    ("}", ValueError, "Single '}' encountered in format string"),
    ("{0", ValueError, "expected '}' before end of string"),
    ("{0:", ValueError, "unmatched '{' in format spec"),
    ("{0!", ValueError, "end of string while looking for conversion specifier"),
    ("{0!}", ValueError, "unmatched '{' in format spec"),
    ("{0!x}", ValueError, "Unknown conversion specifier x"),
    ("{0!rr}", ValueError, "expected ':' after conversion specifier"),
    ("{0[]}", ValueError, "Empty attribute in format string"),
    ("{0.}", ValueError, "Empty attribute in format string"),
    ("{0[0]x}", ValueError, "Only '.' or '[' may follow ']' in format field specifier"),
    ("{:{:{}}}", ValueError, "Max string recursion exceeded"),
    ("{}{0}", ValueError, "cannot switch from automatic field numbering to manual field specification"),
    ("{0.nope}", AttributeError, "'list' object has no attribute 'nope'"),
    ("{0[5]}", IndexError, "list index out of range"),
]:
    e = raises(exc, fmt.format, [1], 2, 3)
    assert str(e) == msg, (fmt, str(e))


class Defaults(dict):
    def __missing__(self, key):
        return key.upper()


assert "{a} {b}".format_map(Defaults(a=1)) == "1 B"
e = raises(ValueError, "{}".format_map, {})
assert str(e) == "Format string contains positional fields"

# printf-style: flags, '*', mapping keys, every conversion, bytes.
assert "%-+8.3f|" % 3.14159 == "+3.142  |" and "% 08.2f" % 3.14159 == " 0003.14"
assert "%#8x|%#-8x|%#08x" % (255, 255, 255) == "    0xff|0xff    |0x0000ff"
assert "%.3d|%8.3d|%#.3x" % (5, -5, 10) == "005|    -005|0x00a"
assert "%-*d|%*d|%.*s" % (4, 1, -4, 2, 2, "abc") == "1   |2   |ab"
assert "%5s|%-5s|%.1s|%5.1s" % ("ab", "ab", "ab", "ab") == "   ab|ab   |a|    a"
assert "%c|%5c|%-3c|" % ("x", 65, "y") == "x|    A|y  |"
assert "%i %u %d" % (True, 3.9, -2.5) == "1 3 -2"
assert "%f|%e|%g|%G" % (1.5, 0.0, 1e-5, 1e20) == "1.500000|0.000000e+00|1e-05|1E+20"
assert "%#g|%#.0f|%#.0e" % (1.0, 3.0, 3.0) == "1.00000|3.|3.e+00"
assert "%05f|%05d" % (float("-inf"), 7) == "-0inf|00007"
assert "%a|%r|%s" % ("é", "é", "é") == "'\\xe9'|'é'|é"
assert "%(x)s %(x)r %(y)05.1f" % {"x": "k", "y": 2.25} == "k 'k' 002.2"
assert "%s" % Defaults() == "{}" and "%(q)s" % Defaults() == "Q"
assert "%ld %hd %Lf" % (1, 2, 3.0) == "1 2 3.000000"
assert "x" % {"a": 1} == "x" and "x" % [] == "x"
for args, exc, msg in [
    (("%y", 1), ValueError, "unsupported format character 'y' (0x79) at index 1"),
    (("%", ()), ValueError, "incomplete format"),
    (("%(a", {"a": 1}), ValueError, "incomplete format key"),
    (("%(a)s", ("x",)), TypeError, "format requires a mapping"),
    (("%(a)s %s", {"a": 1}), TypeError, "not enough arguments for format string"),
    (("%*d", ("x", 1)), TypeError, "* wants int"),
    (("%x", 1.5), TypeError, "%x format: an integer is required, not float"),
    (("%d", None), TypeError, "%d format: a real number is required, not NoneType"),
    (("%f", "x"), TypeError, "must be real number, not str"),
    (("%c", "ab"), TypeError, "%c requires int or char"),
    (("%c", -1), OverflowError, "%c arg not in range(0x110000)"),
    (("x", 5), TypeError, "not all arguments converted during string formatting"),
]:
    e = raises(exc, lambda a: a[0] % a[1], args)
    assert str(e) == msg, (args, str(e))
assert b"%b|%s|%5s|%-4b|" % (b"a", bytearray(b"b"), b"c", b"d") == b"a|b|    c|d   |"
assert b"%r %a" % (b"x", "\xe9") == b"b'x' '\\xe9'"
assert b"%c%c" % (65, b"z") == b"Az" and b"%(k)s" % {b"k": b"v"} == b"v"
assert b"%d %x %.2f %%" % (10, 255, 3.14159) == b"10 ff 3.14 %"


class Raw:
    def __bytes__(self):
        return b"raw"


assert b"%s" % Raw() == b"raw"
for args, exc, msg in [
    ((b"%s", "x"), TypeError, "%b requires a bytes-like object, or an object that implements __bytes__, not 'str'"),
    ((b"%c", 256), OverflowError, "%c arg not in range(256)"),
    ((b"%c", b"zz"), TypeError, "%c requires an integer in range(256) or a single byte"),
    ((b"%f", "x"), TypeError, "float argument required, not str"),
    ((b"x", (1,)), TypeError, "not all arguments converted during bytes formatting"),
]:
    e = raises(exc, lambda a: a[0] % a[1], args)
    assert str(e) == msg, (args, str(e))

# Float repr and str: shortest round-tripping digits, CPython's layout.
for value, text in [(0.1, "0.1"), (0.1 + 0.2, "0.30000000000000004"), (1e16, "1e+16"), (1e15, "1000000000000000.0"),
                    (1e-4, "0.0001"), (1e-5, "1e-05"), (-0.0, "-0.0"), (5e-324, "5e-324"),
                    (1.7976931348623157e308, "1.7976931348623157e+308"), (2.0 ** 60, "1.152921504606847e+18"),
                    (123456789.125, "123456789.125"), (float("inf"), "inf"), (float("nan"), "nan")]:
    assert repr(value) == text and str(value) == text and f"{value}" == text, (value, text)


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

# Precisions CPython refuses, and the same through int and complex.
for _v in (1, 1.0, 1j):
    try:
        "{:.2147483648f}".format(_v)
    except ValueError as e:
        assert str(e) == "precision too big", e
    else:
        raise AssertionError(_v)
try:
    "%.2147483648f" % 1.0
except ValueError as e:
    assert str(e) == "precision too big", e
else:
    raise AssertionError("%-format precision")
assert len("{:.2000f}".format(1)) == 2002

# "%d" of small ints takes a shortcut; its edges must match the general path
class _NamedInt(int):
    def __str__(self):
        return "named"
assert "%d|%i|%u" % (_NamedInt(12), True, -3) == "12|1|-3"
assert "[%d]" % (-9223372036854775807 - 1) == "[-9223372036854775808]"
assert "%d-%d" % (2**63, -2**63 - 1) == "9223372036854775808--9223372036854775809"
assert ("x" * 200 + "%d") % 7 == "x" * 200 + "7"
assert "é%dñ" % 5 == "é5ñ" and len("é%dñ" % 5) == 3

# format() of small ints with 'd': the stack layout's alignments and fills
assert [format(-42, s) for s in ("06d", "<6", ">6", "^6", "^7", "=6", "*^9d", "0<5", "+=8")] == \
    ["-00042", "-42   ", "   -42", " -42  ", "  -42  ", "-   42", "***-42***", "-4200", "-+++++42"]
assert [format(42, s) for s in ("+d", " d", "-d", "+06", "x<8", "é>6", "64d")] == \
    ["+42", " 42", "42", "+00042", "42xxxxxx", "éééé42", " " * 62 + "42"]
assert format(7, "65d") == " " * 64 + "7" and format(True, "03d") == "001"
assert f"{5:06d},{-5:>4},{123456:,d},{-123456:_}" == "000005,  -5,123,456,-123_456"
