# str.replace: one ASCII character for another changes bytes in a copy,
# a str without old is returned as it is, and the general path keeps the
# code point count right: counts, empty old, non-ASCII, subclasses, errors.

s = "hello world"
assert s.replace("o", "0") == "hell0 w0rld"
assert s.replace("o", "0", 1) == "hell0 world"
assert s.replace("o", "0", 0) == s
assert s.replace("o", "0", -1) == "hell0 w0rld"
assert s.replace("o", "0", 5) == "hell0 w0rld"
assert s.replace("l", "L", 2) == "heLLo world"
assert s.replace("h", "H") == "Hello world"
assert s.replace("d", "D") == "hello worlD"
assert s.replace("z", "y") == s
assert s.replace("world", "there") == "hello there"
assert s.replace("", "-") == "-h-e-l-l-o- -w-o-r-l-d-"
assert s.replace("", "-", 3) == "-h-e-llo world"
assert "".replace("", "x") == "x"
assert "".replace("a", "b") == ""
assert "aaa".replace("a", "") == ""
assert "aaa".replace("aa", "b") == "ba"
r = "héllo".replace("l", "L")
assert r == "héLLo" and len(r) == 5 and r[4] == "o"
r = "hello".replace("l", "é")
assert r == "heééo" and len(r) == 5 and r[2:4] == "éé"
r = "héllo".replace("é", "e")
assert r == "hello" and len(r) == 5
r = "a€b€c".replace("€", "euro", 1)
assert r == "aeurob€c" and len(r) == 8
x = "".join(["no", "match"])
assert x.replace("z", "y") == x and x.replace("z", "y", 0) == x


class S(str):
    pass


t = S("abcabc")
assert type(t.replace("a", "x")) is str and t.replace("a", "x") == "xbcxbc"
assert type(t.replace("z", "x")) is str and t.replace("z", "x") == "abcabc"
assert type(t.replace("a", "x", 0)) is str

for args, msg in ((("a", 1), "replace() argument 2 must be str, not int"),
                  ((1, "a"), "replace() argument 1 must be str, not int")):
    try:
        s.replace(*args)
        raise AssertionError
    except TypeError as e:
        assert str(e) == msg, str(e)
try:
    s.replace("a", "b", "c")
    raise AssertionError
except TypeError:
    pass
print("str replace ok")
