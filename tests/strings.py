# Strings: methods, slicing, comparison, repr of tricky strings, Unicode,
# and bytes beside them.


def raises(exc, fn, *args):
    """Call fn(*args), check it raises exc, and return the exception."""
    try:
        fn(*args)
    except exc as e:
        return e
    raise AssertionError(f"{fn!r}{args!r} did not raise {exc.__name__}")


s = "Hello, World"

# Indexing and slicing.
assert s[0] == "H"
assert s[-1] == "d"
assert s[7:] == "World"
assert s[:5] == "Hello"
assert s[::2] == "Hlo ol"
assert s[::-1] == "dlroW ,olleH"
assert s[-5:-1] == "Worl"
assert s[100:] == ""
assert s[3:1] == ""
assert s[1:10:3] == "eoW"
assert s[slice(0, 5)] == "Hello"
e = raises(IndexError, lambda: s[50])
assert str(e) == "string index out of range"
e = raises(TypeError, lambda: s["a"])
assert str(e) == "string indices must be integers, not 'str'"

def assign_char():
    s[0] = "J"

e = raises(TypeError, assign_char)
assert str(e) == "'str' object does not support item assignment"

# Case and classification.
assert s.upper() == "HELLO, WORLD"
assert s.lower() == "hello, world"
assert "hello world".title() == "Hello World"
assert "hELLO".swapcase() == "Hello"
assert "hello".capitalize() == "Hello"
assert "ß".upper() == "SS"
assert "Straße".casefold() == "strasse"
assert "abc".isalpha() and not "ab1".isalpha()
assert "123".isdigit() and "²".isdigit() and not "²".isdecimal()
assert "Ⅻ".isnumeric()
assert "abc123".isalnum()
assert "   \t\n".isspace() and not "".isspace()
assert "Title Case".istitle()
assert "lower".islower() and not "Lower".islower()
assert "snake_case".isidentifier() and not "2x".isidentifier()
assert "abc".isascii() and not "é".isascii()
assert "abc\x7f".isprintable() is False

# Searching.
assert s.find("o") == 4
assert s.rfind("o") == 8
assert s.find("z") == -1
assert s.index("World") == 7
e = raises(ValueError, s.index, "z")
assert str(e) == "substring not found"
assert s.count("l") == 3
assert "aaaa".count("aa") == 2
assert "abc".count("") == 4
assert s.startswith("Hell")
assert s.startswith(("x", "He"))
assert s.endswith("World")
assert not s.endswith("world")
assert s.find("o", 5) == 8
assert s.find("o", 5, 8) == -1
assert "World" in s
assert "" in s
assert "world" not in s

# Splitting and joining.
assert "a,b,,c".split(",") == ["a", "b", "", "c"]
assert "  a  b   c ".split() == ["a", "b", "c"]
assert "a b c".split(None, 1) == ["a", "b c"]
assert "a,b,c".rsplit(",", 1) == ["a,b", "c"]
assert "line1\nline2\r\nline3".splitlines() == ["line1", "line2", "line3"]
assert "x\ny\n".splitlines(keepends=True) == ["x\n", "y\n"]
assert "k=v=w".partition("=") == ("k", "=", "v=w")
assert "k=v=w".rpartition("=") == ("k=v", "=", "w")
assert "abc".partition("x") == ("abc", "", "")
assert "-".join(["a", "b", "c"]) == "a-b-c"
assert "".join(map(str, range(5))) == "01234"
e = raises(TypeError, ", ".join, ["a", 1])
assert str(e) == "sequence item 1: expected str instance, int found"
e = raises(ValueError, "abc".split, "")
assert str(e) == "empty separator"

# Stripping, padding, replacing.
assert "  hi  ".strip() == "hi"
assert "xxhixx".strip("x") == "hi"
assert "  hi  ".lstrip() == "hi  "
assert "  hi  ".rstrip() == "  hi"
assert "www.example.com".strip("cmowz.") == "example"
assert "prefix_name".removeprefix("prefix_") == "name"
assert "name.py".removesuffix(".py") == "name"
assert "name".removesuffix(".py") == "name"
assert "hi".center(6, "*") == "**hi**"
assert "hi".center(5) == "  hi "
assert "hi".ljust(4, ".") == "hi.."
assert "hi".rjust(4) == "  hi"
assert "42".zfill(5) == "00042"
assert "-42".zfill(5) == "-0042"
assert "aaa".replace("a", "b", 2) == "bba"
assert "abc".replace("", "-") == "-a-b-c-"
assert "a\tb".expandtabs(4) == "a   b"
assert "abc".translate(str.maketrans("ab", "xy")) == "xyc"
assert "hello".translate({ord("l"): None}) == "heo"

# Concatenation, repetition, comparison.
assert "ab" + "cd" == "abcd"
assert "ab" * 3 == "ababab"
assert 0 * "ab" == ""
assert "ab" * -1 == ""
assert "apple" < "banana"
assert "Z" < "a"
assert "abc" < "abd" < "abda"
assert "" < "a"
assert max("hello") == "o"
assert sorted("banana") == ["a", "a", "a", "b", "n", "n"]
e = raises(TypeError, lambda: "a" + 1)
assert str(e) == 'can only concatenate str (not "int") to str'
e = raises(TypeError, lambda: "a" * 1.5)
assert str(e) == "can't multiply sequence by non-int of type 'float'"

# repr of tricky strings picks quotes and escapes.
assert repr("abc") == "'abc'"
assert repr("it's") == '"it\'s"'
assert repr('say "hi"') == "'say \"hi\"'"
assert repr("both ' and \"") == "'both \\' and \"'"
assert repr("tab\there") == "'tab\\there'"
assert repr("new\nline") == "'new\\nline'"
assert repr("back\\slash") == "'back\\\\slash'"
assert repr("\x00\x1f\x7f") == "'\\x00\\x1f\\x7f'"
assert repr("é") == "'é'"
assert repr("\u200b") == "'\\u200b'"
assert repr("\U0001f600") == "'\U0001f600'"
assert repr("\ud800") == "'\\ud800'"
assert ascii("é\u200b😀") == "'\\xe9\\u200b\\U0001f600'"
assert str("x") == "x"

# Unicode: code points, not bytes.
u = "naïve café 日本語 😀"
assert len(u) == 16
assert u[-1] == "😀"
assert u[11:14] == "日本語"
assert ord("😀") == 128512
assert chr(0x65E5) == "日"
assert "😀".encode("utf-8") == b"\xf0\x9f\x98\x80"
assert len("日本".encode()) == 6
assert "é".encode("latin-1") == b"\xe9"
assert b"caf\xc3\xa9".decode("utf-8") == "café"
assert b"caf\xe9".decode("utf-8", "replace") == "caf\ufffd"
e = raises(UnicodeDecodeError, b"\xff".decode, "utf-8")
assert str(e) == "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"
e = raises(UnicodeEncodeError, "é".encode, "ascii")
assert str(e) == "'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)"
assert "ǅ".lower() == "ǆ" and "ǅ".upper() == "Ǆ"
assert "İ".lower() == "i̇" and len("İ".lower()) == 2
assert "ΣΑΣ".lower() == "σας"
assert "\N{GREEK SMALL LETTER ALPHA}" == "α"
assert "\u00e9" == "é" == "\xe9"
assert "e\u0301" != "é"
assert sorted(["b", "A", "é", "a"]) == ["A", "a", "b", "é"]

# Strings are immutable and interned strings compare by value.
a = "".join(["con", "cat"])
assert a == "concat"
t = a
a += "!"
assert t == "concat" and a == "concat!"
assert hash("abc") == hash("".join(["a", "bc"]))

# Bytes and bytearray.
b = b"hello"
assert b[0] == 104
assert b[1:3] == b"el"
assert list(b"ab") == [97, 98]
assert b.upper() == b"HELLO"
assert b + b"!" == b"hello!"
assert b"a,b".split(b",") == [b"a", b"b"]
assert bytes(3) == b"\x00\x00\x00"
assert bytes([65, 66]) == b"AB"
assert bytes.fromhex("de ad") == b"\xde\xad"
assert b"\xde\xad".hex() == "dead"
assert repr(b"it's\n\x00\xff") == 'b"it\'s\\n\\x00\\xff"'
assert b"abc" != "abc"
ba = bytearray(b"abc")
ba[0] = 120
ba.append(100)
ba.extend(b"ef")
assert ba == b"xbcdef"
assert repr(ba) == "bytearray(b'xbcdef')"
del ba[1:3]
assert bytes(ba) == b"xdef"
e = raises(ValueError, ba.append, 256)
assert str(e) == "byte must be in range(0, 256)"
e = raises(TypeError, lambda: b"a" + "b")
assert str(e) == "can't concat str to bytes"

# Iteration and membership.
assert list("abc") == ["a", "b", "c"]
assert [c for c in "a😀b"] == ["a", "😀", "b"]
assert "".join(reversed("abc")) == "cba"
assert "abc".__contains__("b")
assert "b" in "abc" and "ac" not in "abc"
e = raises(TypeError, lambda: 1 in "abc")
assert str(e) == "'in <string>' requires string as left operand, not int"

print("ok")

# rsplit on whitespace with a limit keeps the rest's leading whitespace.
assert "  x  y ".rsplit(None, 1) == ["  x", "y"]
assert " \t a b".rsplit(maxsplit=1) == [" \t a", "b"]
assert "a b".rsplit(None, 0) == ["a b"] and "   ".rsplit(None, 0) == []
assert b"  a b  c ".rsplit(None, 1) == [b"  a b", b"c"]
