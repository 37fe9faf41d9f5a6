# str.split, str.strip and friends take a byte-table path for ASCII strs
# and build the result list directly: whitespace of every kind (including
# \x1c-\x1f, and the non-ASCII kinds that take the general path), maxsplit
# at every count, separators of one and several characters, the str itself
# returned where CPython returns it, subclasses, and the argument errors.

WS = " \t\n\v\f\r\x1c\x1d\x1e\x1f"


def ref_split(s, maxsplit=-1):
    # split() by hand: runs of str.isspace characters separate the parts.
    parts, i, n = [], 0, len(s)
    while True:
        while i < n and s[i].isspace():
            i += 1
        if i == n:
            return parts
        if maxsplit >= 0 and len(parts) == maxsplit:
            parts.append(s[i:])  # keeps its trailing whitespace
            return parts
        j = i
        while j < n and not s[j].isspace():
            j += 1
        parts.append(s[i:j])
        i = j


samples = ["", " ", "a", " a ", "a b", "  a  b  c  ", "one\ttwo\nthree\rfour",
           "x\x1cy\x1dz\x1ew\x1fv", "\x0bq\x0cr", "ab" + WS + "cd" + WS, WS,
           "héllo wörld", "a\x85b c", "a\u3000b\u2028c", "tail  ", "  lead",
           "end\x1f", "\x1cstart"]
for s in samples:
    for m in (-1, 0, 1, 2, 3, 10):
        got = s.split(None, m)
        assert got == ref_split(s, m), (s, m, got)
        assert s.split(maxsplit=m) == got
    assert s.split() == ref_split(s), s
    assert s.strip() == s.strip(WS + "\x85\u3000\u2028"), s
    assert s.lstrip() == "".join(s.split(None, 0)), s
    assert s.rstrip() == s.rstrip(WS + "\x85\u3000\u2028"), s
    assert s.lstrip() == s.lstrip(WS + "\x85\u3000\u2028"), s
    for sep in (" ", "  ", "a", "b c", "ö", "\x1c", "zz"):
        for m in (-1, 0, 1, 2):
            got = s.split(sep, m)
            assert sep.join(got) == s, (s, sep, m)
            assert len(got) == (s.count(sep) + 1 if m < 0 else min(s.count(sep), m) + 1)
            assert s.split(sep=sep, maxsplit=m) == got
            for p in got:
                assert len(p) == len(p.encode("utf-32-le")) // 4

# Lengths of the parts are right (they index and slice correctly).
parts = "alpha beta  gamma".split()
assert [len(p) for p in parts] == [5, 4, 5]
assert parts[2][-1] == "a" and parts[1][1:3] == "et"
assert "ab,cd,,e".split(",") == ["ab", "cd", "", "e"]
assert ",".split(",") == ["", ""]
assert "".split(",") == [""]
assert "a,b,c".split(",", 1) == ["a", "b,c"]
assert "a,b,c".split(",", -5) == ["a", "b", "c"]
assert "a  b".split(" ") == ["a", "", "b"]
assert " a ".split(None, 0) == ["a "]
assert "a b  ".split(None, 1) == ["a", "b  "]
assert "é b  ".split(None, 1) == ["é", "b  "]
assert b"a b  ".split(None, 1) == [b"a", b"b  "]

# The str itself where CPython returns it (exact str, nothing removed).
s = "".join(["unsplit", "word"])
assert s.split()[0] is s
assert s.split(",")[0] is s
assert s.strip() is s and s.lstrip() is s and s.rstrip() is s
assert s.strip("xyz") is s
t = " ".join(["padded", "word"]) + " "
assert t.split()[0] is not t
assert t.strip() == "padded word"


class S(str):
    pass


u = S("sub")
r = u.split()
assert r == ["sub"] and type(r[0]) is str
assert type(u.split(",")[0]) is str
assert type(u.strip()) is str and u.strip() == "sub"
assert type(S(" a ").strip()) is str

# strip with characters.
assert "xxhixx".strip("x") == "hi"
assert "xxhixx".lstrip("x") == "hixx"
assert "xxhixx".rstrip("x") == "xxhi"
assert "abcba".strip("ab") == "c"
assert "abc".strip("abc") == ""
assert "abc".strip("") == "abc"
assert "  a  ".strip(None) == "a"
assert "aéa".strip("a") == "é"
assert "aa".strip("é") == "aa"
assert "éaé".strip("é") == "a"
assert "\x00a\x00".strip("\x00") == "a"
assert "\x85a\x85".strip() == "a"
assert "\x1fa\x1c".strip() == "a"

# Errors, with CPython's messages.
def err(f, *a, **k):
    try:
        f(*a, **k)
    except Exception as e:
        return type(e).__name__, str(e)
    raise AssertionError("no error")


assert err("a b".split, "") == ("ValueError", "empty separator")
assert err("a b".split, 1) == ("TypeError", "must be str or None, not int")
assert err("a b".split, None, "x")[0] == "TypeError"
assert err("a b".split, None, 1, 2)[0] == "TypeError"
assert err("a b".split, bogus=1)[0] == "TypeError"
assert err("a b".strip, 1) == ("TypeError", "strip arg must be None or str")
assert err("a b".lstrip, 1) == ("TypeError", "lstrip arg must be None or str")
assert err("é".rstrip, 1) == ("TypeError", "rstrip arg must be None or str")
assert err("a".strip, "a", "b")[0] == "TypeError"
print("str split/strip ok")
