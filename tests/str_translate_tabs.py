# str.translate looks an exact dict table up without raising KeyError and
# keeps, as CPython does, the mapping of each ASCII code point met (to
# one ASCII code point or to nothing) for the rest of the call; other
# mappings go through __getitem__. str.expandtabs copies bytes and counts
# columns in code points, returning the str itself when it has no tab.

ws = "\t\n\x0b\x0c\r "
table = {ord(c): " " for c in ws}
s = "a\tb\nc\x0bd\x0ce\rf g" * 3
assert s.translate(table) == "a b c d e f g" * 3
assert "".translate(table) == ""
assert "héllo\twörld".translate(table) == "héllo wörld"

# Every kind of value, repeated so the cached mapping is used.
t2 = {ord("a"): "x", ord("b"): None, ord("c"): ord("Z"), ord("d"): "long",
      ord("e"): "é", ord("é"): "e", ord("f"): 0x20AC, ord("g"): "",
      0x20AC: ord("a")}
assert "abcdefg" * 2 == "abcdefgabcdefg"
assert ("abcdefg" * 3).translate(t2) == "xZlongé€" * 3
assert "éé€€".translate(t2) == "eeaa"
assert len(("abcdefg" * 3).translate(t2)) == 24
r = "aé€b".translate(t2)
assert r == "xea" and len(r) == 3 and r[1] == "e"

# Nothing changes.
u = "".join(["no", "change"])
assert u.translate({}) == u
assert u.translate({ord("z"): "y"}) == u


# Mappings other than dicts: LookupError means keep, other errors pass.
class Upper:
    def __getitem__(self, k):
        if 97 <= k <= 122:
            return k - 32
        raise LookupError(k)


assert "hello, World!".translate(Upper()) == "HELLO, WORLD!"


class Counting(dict):
    calls = 0

    def __getitem__(self, k):
        Counting.calls += 1
        return super().__getitem__(k)


c = Counting({ord("a"): "b"})
assert "aaa".translate(c) == "bbb"


class Missing(dict):
    def __missing__(self, k):
        return "?"


assert "ab".translate(Missing({ord("a"): "A"})) == "A?"


class Bad:
    def __getitem__(self, k):
        raise ValueError("bad %d" % k)


try:
    "x".translate(Bad())
    raise AssertionError
except ValueError as e:
    assert str(e) == "bad 120"

for bad, kind, msg in (({97: 1.5}, TypeError, "character mapping must return integer, None or str"),
                       ({97: -1}, ValueError, "character mapping must be in range(0x110000)"),
                       ({97: 0x110000}, ValueError, "character mapping must be in range(0x110000)"),
                       ({97: 2 ** 70}, ValueError, "character mapping must be in range(0x110000)")):
    try:
        "bab".translate(bad)
        raise AssertionError
    except kind as e:
        assert str(e) == msg, str(e)
assert str.maketrans("ab", "cd") == {97: 99, 98: 100}
assert "abba".translate(str.maketrans("ab", "cd", "x")) == "cddc"

# expandtabs.
assert "a\tb".expandtabs() == "a       b"
assert "a\tb".expandtabs(4) == "a   b"
assert "\t".expandtabs(0) == ""
assert "a\tb".expandtabs(-3) == "ab"
assert "ab\tc\nd\te\r\tf".expandtabs(4) == "ab  c\nd   e\r    f"
assert "é\tx".expandtabs(4) == "é   x"
assert "€€€€\tx".expandtabs(4) == "€€€€    x"
assert len("€\t".expandtabs(3)) == 3
assert "12345678\t9".expandtabs() == "12345678        9"
assert "x\t".expandtabs(tabsize=2) == "x "
v = "".join(["no", "tabs"])
assert v.expandtabs() is v


class S(str):
    pass


assert type(S("a b").expandtabs()) is str
assert type(S("ab").translate({})) is str
try:
    "\t".expandtabs("4")
    raise AssertionError
except TypeError:
    pass
print("str translate/expandtabs ok")
