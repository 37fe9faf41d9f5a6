# The re module: syntax, flags, the Pattern and Match API, sub/split/findall
# rules, errors with positions, and bytes patterns.
import re


def raises(exc, fn, *args, **kw):
    try:
        fn(*args, **kw)
    except exc as e:
        return str(e)
    raise AssertionError("no %s from %r" % (exc.__name__, fn))


def err(pattern, flags=0):
    try:
        re.compile(pattern, flags)
    except re.error as e:
        return (e.msg, e.pos)
    raise AssertionError("compiled: %r" % (pattern,))


# --- matching basics -------------------------------------------------------
assert re.match(r"a+", "aaab").group() == "aaa"
assert re.match(r"b", "ab") is None
assert re.search(r"b", "ab").span() == (1, 2)
assert re.fullmatch(r"a|ab", "ab").group() == "ab"
assert re.fullmatch(r"a", "ab") is None
assert re.search(r"^abc$", "abc\n").group() == "abc"
assert re.search(r"\Aabc\Z", "abc\n") is None
assert re.findall(r"^\w", "ab\ncd", re.M) == ["a", "c"]
assert re.findall(r"\w$", "ab\ncd", re.M) == ["b", "d"]
assert re.search(r"a.c", "a\nc") is None
assert re.search(r"a.c", "a\nc", re.S).group() == "a\nc"
assert re.search(r"(?s)a.c", "a\nc") is not None
assert re.match(r"a*?b", "aaab").group() == "aaab"
assert re.match(r"a{2,3}", "aaaa").group() == "aaa"
assert re.match(r"a{2,3}?", "aaaa").group() == "aa"
assert re.match(r"a{,2}", "aaaa").group() == "aa"
assert re.match(r"a{3}", "aa") is None
assert re.match(r"a{}", "a{}").group() == "a{}"
assert re.match(r"a{1,x}", "a{1,x}").group() == "a{1,x}"
assert re.match(r"x*", "").span() == (0, 0)
assert re.match(r"(a|ab)(c|bcd)(d*)", "abcd").groups() == ("a", "bcd", "")

# --- classes and escapes ---------------------------------------------------
assert re.findall(r"[a-c]+", "xxabcaybz") == ["abca", "b"]
assert re.findall(r"[^a-c\s]+", "ab de fc") == ["de", "f"]
assert re.findall(r"[]a]", "]a") == ["]", "a"]
assert re.findall(r"[a-]", "-a") == ["-", "a"]
assert re.findall(r"\d+", "a1 22 ٣٣") == ["1", "22", "٣٣"]
assert re.findall(r"\d+", "a1 22 ٣٣", re.A) == ["1", "22"]
assert re.findall(r"\w+", "héllo wörld") == ["héllo", "wörld"]
assert re.findall(r"\w+", "héllo", re.ASCII) == ["h", "llo"]
assert re.findall(r"\s", "a b\tc\u00a0d") == [" ", "\t", "\u00a0"]
assert re.findall(r"\bfoo\b", "foo foobar barfoo foo.") == ["foo", "foo"]
assert re.findall(r"\Bo\B", "foo boot") == ["o", "o", "o"]
assert re.match(r"\x41\u0042\U00000043\101", "ABCA") is not None
assert re.match(r"\N{EM DASH}", "\u2014") is not None
assert re.match(r"\t\n\\", "\t\n\\") is not None
assert re.match("[\\d-]+", "1-2").group() == "1-2"

# --- groups ----------------------------------------------------------------
m = re.match(r"(?P<first>\w+) (?P<last>\w+)(?P<rest> .*)?", "Jane Doe")
assert m.group(0) == "Jane Doe"
assert m.group(1, 2) == ("Jane", "Doe")
assert m.group("first") == "Jane"
assert m["last"] == "Doe" and m[2] == "Doe"
assert m.groups() == ("Jane", "Doe", None)
assert m.groups("-") == ("Jane", "Doe", "-")
assert m.groupdict() == {"first": "Jane", "last": "Doe", "rest": None}
assert m.groupdict(default="") == {"first": "Jane", "last": "Doe", "rest": ""}
assert m.start(2) == 5 and m.end("last") == 8 and m.span(3) == (-1, -1)
assert m.lastindex == 2 and m.lastgroup == "last"
assert m.re.pattern.startswith("(?P<first>")
assert m.string == "Jane Doe" and m.pos == 0 and m.endpos == 8
assert m.regs == ((0, 8), (0, 4), (5, 8), (-1, -1))
assert raises(IndexError, m.group, 4) == "no such group"
assert raises(IndexError, m.group, "nope") == "no such group"
assert raises(IndexError, lambda: m[-1]) == "no such group"
assert m.expand(r"\2, \g<first>!") == "Doe, Jane!"
assert bool(m) is True
assert repr(m) == "<re.Match object; span=(0, 8), match='Jane Doe'>"
assert re.match("((a)b)", "ab").lastindex == 1
assert re.match("(a)(b)?", "a").lastindex == 1
assert re.match("(?:a)", "a").lastindex is None
assert re.match(r"(?:(a)|b)*", "ab").group(1) == "a"
assert re.match(r"(a)|b", "b").groups() == (None,)
assert re.match(r"(\w+)\s+\1", "hey hey you").group() == "hey hey"
assert re.match(r"(?P<q>['\"]).*?(?P=q)", "'x' 'y'").group() == "'x'"
assert re.match(r"(a)?(?(1)b|c)", "ab").group() == "ab"
assert re.match(r"(a)?(?(1)b|c)", "c").group() == "c"
assert re.match(r"(a)?(?(1)b|c)", "ac") is None
assert re.match("(?i)(a)\\1", "aA") is not None

# --- lookaround, atomic, possessive ----------------------------------------
assert re.findall(r"foo(?=bar)", "foobar foobaz") == ["foo"]
assert re.findall(r"foo(?!bar)", "foobar foobaz") == ["foo"]
assert re.findall(r"(?<=\$)\d+", "$10 and 20 and $30") == ["10", "30"]
assert re.findall(r"(?<!\$)\b\d+", "$10 and 20") == ["20"]
assert re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567") == "1,234,567"
assert re.match(r"(?>a+)a", "aaa") is None
assert re.match(r"(?>a+)b", "aaab").group() == "aaab"
assert re.match(r"a++a", "aaa") is None
assert re.match(r"a*+b", "aab").group() == "aab"
assert re.match(r"(?:ab)?+ab", "ab") is None
assert re.search(r"(?=(\w+))\w", "abc").group(1) == "abc"

# --- case folding ----------------------------------------------------------
assert re.match("abc", "ABC", re.I) is not None
assert re.findall("[a-c]+", "xABCabc", re.IGNORECASE) == ["ABCabc"]
assert re.match("é", "É", re.I) is not None
assert re.match("s", "\u017f", re.I) is not None
assert re.match("k", "\u212a", re.I) is not None
assert re.match("k", "\u212a", re.I | re.A) is None
assert re.match("a(?i:b)c", "aBc") is not None
assert re.match("a(?i:b)c", "aBC") is None
assert re.match("(?i:a(?-i:b))", "Ab") is not None
assert re.match("(?i:a(?-i:b))", "AB") is None

# --- verbose ---------------------------------------------------------------
pat = re.compile(r"""
    (\d+)   # whole part
    \.      # point
    (\d*)   # fraction
""", re.VERBOSE)
assert pat.match("3.14").groups() == ("3", "14")
assert re.match(r"(?x) a b [ ] c", "ab c") is not None

# --- findall, finditer -----------------------------------------------------
assert re.findall(r"\d", "a1b2") == ["1", "2"]
assert re.findall(r"(\d)", "a1b2") == ["1", "2"]
assert re.findall(r"(\w)(\d)?", "a1b") == [("a", "1"), ("b", "")]
assert re.findall(r"x*", "axb") == ["", "x", "", ""]
assert re.findall(r"\b|a", "a") == ["", "a", ""]
assert [m.span() for m in re.finditer(r"\w+", "ab cd")] == [(0, 2), (3, 5)]
it = re.finditer(r"a", "aXa")
assert next(it).start() == 0 and next(it).start() == 2
assert list(it) == []

# --- sub, subn -------------------------------------------------------------
assert re.sub(r"x*", "-", "abxd") == "-a-b--d-"
assert re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world") == "world hello"
assert re.sub(r"(?P<w>\w+)", r"<\g<w>>", "a b") == "<a> <b>"
assert re.sub(r"(\w)", r"\g<1>0", "ab") == "a0b0"
assert re.sub(r"a", r"\n\t\\", "a") == "\n\t\\"
assert re.sub(r"a", r"\&", "a") == r"\&"
assert re.sub(r"(a)|b", r"[\1]", "ab") == "[a][]"
assert re.sub(r"\d", "#", "1a2b3", count=2) == "#a#b3"
assert re.subn(r"\d", "#", "1a2b3") == ("#a#b#", 3)
assert re.sub(r"\d", lambda m: str(int(m.group()) * 2), "1 5 9") == "2 10 18"
assert re.sub(r"a", lambda m: None, "banana") == "bnn"
assert re.sub(r"", "-", "abc") == "-a-b-c-"
assert re.sub(r"$", "!", "a\nb\n", flags=re.M) == "a!\nb!\n!"
assert raises(re.error, re.sub, "(a)", r"\2", "a") == "invalid group reference 2 at position 1"
assert raises(IndexError, re.sub, "(a)", r"\g<x>", "a") == "unknown group name 'x'"
assert raises(re.error, re.sub, "a", r"\q", "a") == "bad escape \\q at position 0"
assert raises(re.error, re.sub, "(a)", r"\g<1", "a") == "missing >, unterminated name at position 3"

# --- split -----------------------------------------------------------------
assert re.split(r",", "a,b,,c") == ["a", "b", "", "c"]
assert re.split(r"(,)", "a,b") == ["a", ",", "b"]
assert re.split(r"(,)|(;)", "a,b;c") == ["a", ",", None, "b", None, ";", "c"]
assert re.split(r",", "a,b,c", maxsplit=1) == ["a", "b,c"]
assert re.split(r"x*", "axbc") == ["", "a", "", "b", "c", ""]
assert re.split(r"\b", "a b") == ["", "a", " ", "b", ""]
assert re.split(r"\W+", "Words, words, words.") == ["Words", "words", "words", ""]

# --- pos and endpos --------------------------------------------------------
p = re.compile(r"\w")
assert p.search("abcd", 2).group() == "c"
assert p.findall("abcd", 1, 3) == ["b", "c"]
assert re.compile("^a").search("aa", 1) is None
assert re.compile("a$").search("aab", 0, 2).span() == (1, 2)
assert p.match("abc", 1).pos == 1 and p.match("abc", 0, 100).endpos == 3
assert re.compile(r"(?<=a)b").search("ab", 1).span() == (1, 2)

# --- Pattern objects -------------------------------------------------------
p = re.compile(r"(?P<x>a)(b)", re.I)
assert p.pattern == r"(?P<x>a)(b)"
assert p.flags == re.I | re.U and p.flags == 34
assert p.groups == 2 and dict(p.groupindex) == {"x": 1} and p.groupindex["x"] == 1
assert repr(p) == "re.compile('(?P<x>a)(b)', re.IGNORECASE)"
assert repr(re.compile("a")) == "re.compile('a')"
assert repr(re.compile(b"a", re.I)) == "re.compile(b'a', re.IGNORECASE)"
assert re.compile("x") == re.compile("x")
assert re.compile("x") != re.compile("x", re.I)
assert hash(re.compile("xy", re.M)) == hash(re.compile("xy", re.M))
assert re.compile(p) is p
assert raises(ValueError, re.compile, p, re.I) == "cannot process flags argument with a compiled pattern"
assert raises(TypeError, re.compile, 5) == "first argument must be string or compiled pattern"
assert raises(TypeError, re.match, "a", b"a") == "cannot use a string pattern on a bytes-like object"
assert raises(TypeError, re.match, b"a", "a") == "cannot use a bytes pattern on a string-like object"
assert raises(TypeError, re.match, "a", 5) == "expected string or bytes-like object, got 'int'"
assert isinstance(p, re.Pattern) and isinstance(p.match("ab"), re.Match)
sc = re.compile(r"\d").scanner("a1b2")
assert sc.search().group() == "1" and sc.search().group() == "2" and sc.search() is None

# --- flags -----------------------------------------------------------------
assert re.I == 2 and re.IGNORECASE is re.I and re.M == 8 and re.S == 16
assert re.X == 64 and re.A == 256 and re.U == 32 and re.L == 4
assert repr(re.I) == "re.IGNORECASE" and str(re.M) == "re.MULTILINE"
assert repr(re.I | re.M) == "re.IGNORECASE|re.MULTILINE"
assert repr(re.M | re.I) == "re.IGNORECASE|re.MULTILINE"
assert repr(re.I & re.M) == "re.NOFLAG"
assert isinstance(re.I | re.M, re.RegexFlag) and isinstance(re.I, int)
assert re.I | 8 == 10 and re.I + 1 == 3
assert raises(ValueError, re.compile, "a", re.L) == "cannot use LOCALE flag with a str pattern"
assert raises(ValueError, re.compile, "a", re.A | re.U) == "ASCII and UNICODE flags are incompatible"
assert raises(ValueError, re.compile, b"a", re.U) == "cannot use UNICODE flag with a bytes pattern"

# --- errors ----------------------------------------------------------------
assert err("(") == ("missing ), unterminated subpattern", 0)
assert err("a)") == ("unbalanced parenthesis", 1)
assert err("*") == ("nothing to repeat", 0)
assert err("a**") == ("multiple repeat", 2)
assert err("(?<x)") == ("unknown extension ?<x", 1)
assert err(r"\q") == ("bad escape \\q", 0)
assert err("[a") == ("unterminated character set", 0)
assert err("[z-a]") == ("bad character range z-a", 1)
assert err("a{3,2}") == ("min repeat greater than max repeat", 2)
assert err(r"(a)\2") == ("invalid group reference 2", 4)
assert err("(?P<a>x)(?P<a>y)") == ("redefinition of group name 'a' as group 2; was group 1", 12)
assert err("(?P=x)") == ("unknown group name 'x'", 4)
assert err("(?<=a*)b") == ("look-behind requires fixed-width pattern", None)
assert err("a(?i)b") == ("global flags not at the start of the expression", 1)
assert err("\\") == ("bad escape (end of pattern)", 0)
try:
    re.compile("ab\n(c")
except re.error as e:
    assert str(e) == "missing ), unterminated subpattern at position 3 (line 2, column 1)"
    assert (e.lineno, e.colno, e.pattern) == (2, 1, "ab\n(c")
assert raises(OverflowError, re.compile, "a{4294967296}") == "the repetition number is too large"
assert issubclass(re.error, Exception)
assert re.compile("(" * 300 + "a" + ")" * 300).groups == 300
raises(RecursionError, re.compile, "(" * 5000 + ")" * 5000)

# --- bytes -----------------------------------------------------------------
assert re.findall(rb"\w+", b"caf\xe9 ok") == [b"caf", b"ok"]
assert re.sub(rb"(\d)", rb"<\1>", b"a1") == b"a<1>"
assert re.match(rb"\xe9", b"\xc9", re.I) is None
assert re.match(rb"abc", b"ABC", re.I).group() == b"ABC"
assert re.split(rb",", b"a,b") == [b"a", b"b"]
assert re.compile(b"x").flags == 0
assert raises(re.error, re.compile, rb"\u0041") == "bad escape \\u at position 0"
assert re.search(rb"b+", bytearray(b"abbc")).group() == bytearray(b"bb")

# --- escape, purge ----------------------------------------------------------
assert re.escape("a.b*c?") == r"a\.b\*c\?"
assert re.escape("a b-c") == r"a\ b\-c"
assert re.escape("é_1") == "é_1"
assert re.escape(b"a.b") == rb"a\.b"
assert re.match(re.escape("1+1=2"), "1+1=2") is not None
re.purge()
assert re.match("a", "a") is not None

# --- non-ASCII subjects ------------------------------------------------------
m = re.search(r"(日本)(語)?", "こんにちは日本語です")
assert m.span() == (5, 8) and m.group(2) == "語"
assert re.sub("é", "e", "café crème") == "cafe crème"
assert re.split(r"\s+", "α β  γ") == ["α", "β", "γ"]
assert re.findall(".", "a\U0001F600b") == ["a", "\U0001F600", "b"]

# --- empty-loop and pathological patterns terminate ---------------------------
assert re.match(r"(a*)*b", "a" * 18) is None
assert re.match(r"(a|a)*b", "a" * 16) is None
assert re.match(r"(x+x+)+y", "x" * 14) is None
assert re.match(r"(?:a?)*?b", "aab").group() == "aab"
assert re.match(r"(a*)+", "b").span(1) == (0, 0)
assert re.fullmatch(r"(?:a|b)*", "ab" * 5000) is not None
assert len(re.findall(r"a", "a" * 100000)) == 100000

# --- Scanner ---------------------------------------------------------------
scanner = re.Scanner([
    (r"[a-z]+", lambda s, t: ("word", t)),
    (r"\d+", lambda s, t: ("num", int(t))),
    (r"\s+", None),
])
assert scanner.scan("abc 12 de!") == ([("word", "abc"), ("num", 12), ("word", "de")], "!")

# --- threads share patterns and the compile cache ---------------------------
import threading

shared = re.compile(r"(\w+)=(\d+)")
results = []
lock = threading.Lock()


def worker(k):
    got = []
    for i in range(200):
        text = "a%d=%d b=%d" % (k, i, k * i)
        got.append(shared.findall(text) == [("a%d" % k, str(i)), ("b", str(k * i))])
        got.append(re.sub(r"\d", "#", text) == re.sub("[0-9]", "#", text))
        got.append(re.compile("x{%d}" % (i % 7)).pattern == "x{%d}" % (i % 7))
        if i % 50 == 0:
            re.purge()
    with lock:
        results.append(all(got))


threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for th in threads:
    th.start()
for th in threads:
    th.join()
assert results == [True] * 4

words = re.findall(r"[a-z]+", "the quick brown fox jumps over the lazy dog")
print(len(words), sorted(set(words))[:3])
print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "mail joe@example.com now"))
print(re.split(r"[;,]\s*", "a, b;c,  d"))
print("ok")
