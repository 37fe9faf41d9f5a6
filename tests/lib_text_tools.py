# keyword, colorsys, secrets, hmac, stat, reprlib, getopt, shlex, html.
import colorsys
import getopt
import hashlib
import hmac
import html
import html.entities
import keyword
import os
import reprlib
import secrets
import shlex
import stat
import threading

# keyword
assert keyword.iskeyword("for") and keyword.iskeyword("None")
assert not keyword.iskeyword("match") and keyword.issoftkeyword("match")
assert len(keyword.kwlist) == 35 and keyword.softkwlist == ["_", "case", "match"]

# colorsys: round trips and known values.
assert colorsys.rgb_to_hsv(0.2, 0.4, 0.4) == (0.5, 0.5, 0.4)
assert colorsys.hsv_to_rgb(0.5, 0.5, 0.4) == (0.2, 0.4, 0.4)
assert colorsys.rgb_to_hls(1.0, 0.0, 0.0) == (0.0, 0.5, 1.0)
assert colorsys.hls_to_rgb(0.0, 0.5, 1.0) == (1.0, 0.0, 0.0)
for rgb in [(0.1, 0.2, 0.3), (0.9, 0.5, 0.1), (0.3, 0.3, 0.3), (0.0, 1.0, 0.5)]:
    for to, back in [(colorsys.rgb_to_hsv, colorsys.hsv_to_rgb),
                     (colorsys.rgb_to_hls, colorsys.hls_to_rgb),
                     (colorsys.rgb_to_yiq, colorsys.yiq_to_rgb)]:
        assert all(abs(a - b) < 1e-9 for a, b in zip(back(*to(*rgb)), rgb))

# secrets
assert len(secrets.token_hex(8)) == 16 and len(secrets.token_bytes()) == 32
assert len(secrets.token_urlsafe(9)) == 12
assert all(0 <= secrets.randbelow(7) < 7 for _ in range(50))
assert secrets.choice("abc") in "abc" and 0 <= secrets.randbits(5) < 32
try:
    secrets.randbelow(0)
    raise AssertionError
except ValueError as e:
    assert str(e) == "Upper bound must be positive."

# hmac (RFC 4231 test case 2, and others checked against python3)
assert hmac.new(b"Jefe", b"what do ya want for nothing?", "sha256").hexdigest() == \
    "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
assert hmac.new(b"key", b"The quick brown fox jumps over the lazy dog",
                hashlib.md5).hexdigest() == "80070713463e7749b90c2dc24911e275"
h = hmac.new(b"k" * 100, digestmod=hashlib.sha1)
h.update(b"a")
c = h.copy()
c.update(b"b")
assert h.hexdigest() == hmac.new(b"k" * 100, b"a", "sha1").hexdigest()
assert c.digest() == hmac.digest(b"k" * 100, b"ab", "sha1")
assert (h.name, h.digest_size, h.block_size) == ("hmac-sha1", 20, 64)
assert hmac.compare_digest(b"abc", bytearray(b"abc"))
assert not hmac.compare_digest("abc", "abd") and not hmac.compare_digest(b"a", b"ab")
for a, b, msg in [("a", b"a", "a bytes-like object is required, not 'str'"),
                  ("é", "é", "comparing strings with non-ASCII characters is not supported")]:
    try:
        hmac.compare_digest(a, b)
        raise AssertionError
    except TypeError as e:
        assert str(e) == msg, str(e)
try:
    hmac.new(b"key")
    raise AssertionError
except TypeError as e:
    assert str(e) == "Missing required parameter 'digestmod'."
mac = hmac.new(b"shared", digestmod="sha256")
def feed():
    for _ in range(200):
        mac.update(b"x")
ts = [threading.Thread(target=feed) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
assert mac.digest() == hmac.digest(b"shared", b"x" * 800, "sha256")

# stat
assert stat.filemode(0o100644) == "-rw-r--r--"
assert stat.filemode(0o40755) == "drwxr-xr-x"
assert stat.filemode(0o120777) == "lrwxrwxrwx"
assert stat.filemode(0o104755) == "-rwsr-xr-x" and stat.filemode(0o4644) == "?rwSr--r--"
assert stat.filemode(0o41777) == "drwxrwxrwt" and stat.filemode(0o41776) == "drwxrwxrwT"
assert stat.S_ISDIR(os.stat("/").st_mode) and not stat.S_ISREG(os.stat("/").st_mode)
assert stat.S_IMODE(0o104755) == 0o4755 and stat.S_IFMT(0o104755) == stat.S_IFREG
assert stat.S_IRWXU == 0o700 and stat.ST_MTIME == 8 and stat.UF_HIDDEN == 0x8000

# reprlib
r = reprlib.Repr()
assert reprlib.repr(list(range(100))) == "[0, 1, 2, 3, 4, 5, ...]"
assert reprlib.repr("x" * 100) == "'xxxxxxxxxxxx...xxxxxxxxxxxxx'"
assert reprlib.repr({i: i for i in range(10)}) == "{0: 0, 1: 1, 2: 2, 3: 3, ...}"
assert reprlib.repr(set(range(10))) == "{0, 1, 2, 3, 4, 5, ...}"
assert reprlib.repr((1,)) == "(1,)" and reprlib.repr(frozenset()) == "frozenset()"
assert reprlib.repr(2 ** 200) == "160693804425899027...2993782792835301376"
assert reprlib.repr([[[[[[[1]]]]]]]) == "[[[[[[[...]]]]]]]"
r.maxlist = 2
assert r.repr([1, 2, 3]) == "[1, 2, ...]"

class Node:
    def __init__(self):
        self.children = [self]

    @reprlib.recursive_repr()
    def __repr__(self):
        return "Node(%r)" % self.children
assert repr(Node()) == "Node([...])"
assert Node.__repr__.__name__ == "__repr__"

# getopt
opts, args = getopt.getopt(["-a", "-b1", "-c", "2", "--long", "--val=3", "x", "-d"],
                           "ab:c:d", ["long", "val="])
assert opts == [("-a", ""), ("-b", "1"), ("-c", "2"), ("--long", ""), ("--val", "3")]
assert args == ["x", "-d"]
opts, args = getopt.gnu_getopt(["x", "-a", "--va", "5", "y", "--", "-z"], "a", ["value="])
assert opts == [("-a", ""), ("--value", "5")] and args == ["x", "y", "-z"]
for argv, msg in [(["-z"], "option -z not recognized"),
                  (["-b"], "option -b requires argument"),
                  (["--vo"], "option --vo not recognized"),
                  (["--long=1"], "option --long must not have an argument"),
                  (["--l"], "option --l not a unique prefix")]:
    try:
        getopt.getopt(argv, "ab:", ["long", "lang", "val="])
        raise AssertionError
    except getopt.GetoptError as e:
        assert str(e) == msg and e.msg == msg, str(e)

# shlex
assert shlex.split('a "b c" d\\ e \'f g\'') == ["a", "b c", "d e", "f g"]
assert shlex.split('x="1 2" # tail', comments=True) == ["x=1 2"]
assert shlex.split('a#b c') == ["a#b", "c"]
assert shlex.split('"a\\"b" ' + "'c\\'") == ['a"b', "c\\"]
assert shlex.split('a "b c"', posix=False) == ["a", '"b c"']
assert shlex.split("") == [] and shlex.split("''") == [""]
assert list(shlex.shlex("a && b; c", punctuation_chars=True)) == ["a", "&&", "b", ";", "c"]
assert list(shlex.shlex("x = foo(1)")) == ["x", "=", "foo", "(", "1", ")"]
for s in ['"abc', "a 'b"]:
    try:
        shlex.split(s)
        raise AssertionError
    except ValueError as e:
        assert str(e) == "No closing quotation"
assert shlex.quote("") == "''" and shlex.quote("abc-1.txt") == "abc-1.txt"
assert shlex.quote("it's") == "'it'\"'\"'s'" and shlex.quote("a b") == "'a b'"
assert shlex.join(["ls", "-l", "my file"]) == "ls -l 'my file'"
assert shlex.split(shlex.join(["a b", "c'd", "$x"])) == ["a b", "c'd", "$x"]

# html
assert html.escape('<a href="x">\'&\'</a>') == \
    "&lt;a href=&quot;x&quot;&gt;&#x27;&amp;&#x27;&lt;/a&gt;"
assert html.escape("<'\">", quote=False) == "&lt;'\"&gt;"
assert html.unescape("&lt;p&gt; &amp;amp; &quot;&apos;&#39;&#x41;&#X42;") == "<p> &amp; \"''AB"
assert html.unescape("&copy2023 &ampx &notit; &notin; &eacute;&Eacute;") == "\xa92023 &x \xacit; \u2209 \xe9\xc9"
assert html.unescape("&#128;&#150;&#0;&#xD800;&#x110000;&#1;&#13;") == "\u20ac\u2013\ufffd\ufffd\ufffd\r"
assert html.unescape("&unknown; & ; a&b &euro;&hellip;") == "&unknown; & ; a&b \u20ac\u2026"
assert html.unescape("&lang;&AMP;&COPY;") == "\u27e8&\xa9"
assert html.entities.name2codepoint["alpha"] == 0x3b1
assert html.entities.codepoint2name[0x3b1] == "alpha"
assert html.entities.entitydefs["amp"] == "&" and html.entities.html5["gt;"] == ">"
print("text tools ok")
