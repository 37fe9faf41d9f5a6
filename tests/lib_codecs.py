# codecs and the text encodings of str.encode / bytes.decode / open.
import codecs
import os
import tempfile
import threading

# UTF-16 and UTF-32, with and without BOMs.
assert "a€\U0001f600".encode("utf-16") == b"\xff\xfea\x00\xac =\xd8\x00\xde"
assert "ab".encode("utf-16-be") == b"\x00a\x00b" and "ab".encode("UTF-16LE") == b"a\x00b\x00"
assert "ab".encode("utf-32") == b"\xff\xfe\x00\x00a\x00\x00\x00b\x00\x00\x00"
assert "a".encode("utf_32_be") == b"\x00\x00\x00a"
for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "utf-8-sig",
            "cp1252", "latin-1", "iso-8859-15", "koi8-r", "cp437", "mac-roman", "ascii"]:
    text = "Hello, world" if enc == "ascii" else ("Grüße €" if enc in ("cp1252", "iso-8859-15") else
                                                   "Привет" if enc == "koi8-r" else "abc é")
    if enc.startswith("utf"):
        text = "Grüße € \U0001f600"
    assert text.encode(enc).decode(enc) == text, enc
assert b"\xfe\xff\x00a".decode("utf-16") == "a" and b"a\x00".decode("utf-16") == "a"
assert "ab".encode("utf-8-sig") == codecs.BOM_UTF8 + b"ab"
assert b"\xef\xbb\xbfab".decode("utf-8-sig") == "ab" == b"ab".decode("utf-8-sig")
assert b"\x80\x9f".decode("windows-1252") == "\u20ac\u0178"
assert "€".encode("cp1252") == b"\x80"

# Errors: spans, reasons and codec names as CPython's.
for data, enc, msg in [
        (b"\xff\xfe\x00\xd8", "utf-16", "'utf-16-le' codec can't decode bytes in position 2-3: unexpected end of data"),
        (b"\x00\xdc\x00\x00", "utf-16-le", "'utf-16-le' codec can't decode bytes in position 0-1: illegal encoding"),
        (b"\x00\xd8\x00\x00", "utf-16-le", "'utf-16-le' codec can't decode bytes in position 0-1: illegal UTF-16 surrogate"),
        (b"abc", "utf-32", "'utf-32-le' codec can't decode bytes in position 0-2: truncated data"),
        (b"\x00\x00\x11\x00", "utf-32-le", "'utf-32-le' codec can't decode bytes in position 0-3: code point not in range(0x110000)"),
        (b"\xef\xbb\xbf\xff", "utf-8-sig", "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"),
        (b"\x81", "cp1252", "'charmap' codec can't decode byte 0x81 in position 0: character maps to <undefined>")]:
    try:
        data.decode(enc)
        raise AssertionError(enc)
    except UnicodeDecodeError as e:
        assert str(e) == msg, str(e)
for text, enc, msg in [
        ("\ud800", "utf-16", "'utf-16' codec can't encode character '\\ud800' in position 0: surrogates not allowed"),
        ("é€x", "ascii", "'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)"),
        ("a\x81b", "cp1252", "'charmap' codec can't encode character '\\x81' in position 1: character maps to <undefined>"),
        ("\ud800\udfff", "utf-8", "'utf-8' codec can't encode characters in position 0-1: surrogates not allowed")]:
    try:
        text.encode(enc)
        raise AssertionError(enc)
    except UnicodeEncodeError as e:
        assert str(e) == msg, str(e)

# Error handlers.
s = "aé€\U0001f600"
assert s.encode("ascii", "replace") == b"a???"
assert s.encode("ascii", "ignore") == b"a"
assert s.encode("ascii", "backslashreplace") == b"a\\xe9\\u20ac\\U0001f600"
assert s.encode("ascii", "xmlcharrefreplace") == b"a&#233;&#8364;&#128512;"
assert s.encode("ascii", "namereplace") == \
    b"a\\N{LATIN SMALL LETTER E WITH ACUTE}\\N{EURO SIGN}\\N{GRINNING FACE}"
assert "中".encode("latin-1", "namereplace") == b"\\N{CJK UNIFIED IDEOGRAPH-4E2D}"
assert "x\udc80y".encode("utf-16", "replace") == b"\xff\xfex\x00?\x00y\x00"
assert "x\ud800y".encode("utf-16-le", "surrogatepass") == b"x\x00\x00\xd8y\x00"
assert b"x\x00\x00\xd8y\x00".decode("utf-16-le", "surrogatepass") == "x\ud800y"
assert "\ud800".encode("utf-8", "surrogatepass") == b"\xed\xa0\x80"
assert b"a\xed\xa0\x80b\xff".decode("utf-8", "replace") == "a\ufffd\ufffd\ufffdb\ufffd"
assert b"a\xff".decode("cp1252", "surrogateescape") == "a\xff"
assert b"a\x81".decode("cp1252", "surrogateescape") == "a\udc81"
assert "a\udc81".encode("cp1252", "surrogateescape") == b"a\x81"
assert b"\x00\xd8a\x00".decode("utf-16-le", "backslashreplace") == "\\x00\\xd8a"
for fn in [lambda: "x\udc80".encode("utf-16", "surrogateescape"),
           lambda: b"\x00\xd8\x00\x00".decode("utf-32-le", "surrogateescape")]:
    try:
        fn()
        raise AssertionError
    except UnicodeError:
        pass
try:
    "é".encode("ascii", "no-such-handler")
    raise AssertionError
except LookupError as e:
    assert str(e) == "unknown error handler name 'no-such-handler'"
assert "x".encode("ascii", "no-such-handler") == b"x"   # never looked up

# register_error / lookup_error.
def dashes(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ("-" * (exc.end - exc.start), exc.end)
    return ("<%d:%d>" % (exc.start, exc.end), exc.end)
codecs.register_error("gf.dashes", dashes)
assert codecs.lookup_error("gf.dashes") is dashes
assert "aé€b".encode("ascii", "gf.dashes") == b"a--b"
assert "aé€b".encode("utf-16-le", "gf.dashes") == "aé€b".encode("utf-16-le")
assert b"a\xff\xfeb".decode("ascii", "gf.dashes") == "a<1:2><2:3>b"
codecs.register_error("gf.bytes", lambda exc: (b"\xff", exc.end))
assert "aé".encode("ascii", "gf.bytes") == b"a\xff"
codecs.register_error("gf.back", lambda exc: ("[%d]" % exc.start, -1))
assert "aéxyz".encode("ascii", "gf.back") == b"a[1]z"
codecs.register_error("gf.bad", lambda exc: "no tuple")
try:
    "é".encode("ascii", "gf.bad")
    raise AssertionError
except TypeError as e:
    assert str(e) == "encoding error handler must return (str/bytes, int) tuple"
assert codecs.lookup_error("strict") is codecs.strict_errors
assert codecs.replace_errors(UnicodeEncodeError("ascii", "aé", 1, 2, "x")) == ("?", 2)
assert codecs.backslashreplace_errors(UnicodeDecodeError("ascii", b"a\xff", 1, 2, "x")) == ("\\xff", 2)
assert codecs.xmlcharrefreplace_errors(UnicodeEncodeError("ascii", "aé", 1, 2, "x")) == ("&#233;", 2)
try:
    codecs.lookup_error("gf.never")
    raise AssertionError
except LookupError:
    pass
try:
    codecs.register_error("gf.x", 5)
    raise AssertionError
except TypeError as e:
    assert str(e) == "handler must be callable"

# lookup, encode, decode, the non-text codecs.
info = codecs.lookup("UTF8")
assert info.name == "utf-8" and info.encode("é") == (b"\xc3\xa9", 1)
assert info.decode(b"\xc3\xa9") == ("é", 2)
assert codecs.lookup("latin_1").name == "iso8859-1" and codecs.lookup("windows-1252").name == "cp1252"
assert codecs.encode("é", "utf-16-le") == b"\xe9\x00" and codecs.decode(b"\xe9\x00", "utf-16-le") == "é"
assert codecs.encode(b"\x01\xff", "hex") == b"01ff" and codecs.decode(b"01ff", "hex") == b"\x01\xff"
assert codecs.encode(b"gilfree", "base64") == b"Z2lsZnJlZQ==\n"
assert codecs.decode(codecs.encode(b"x" * 100, "zlib"), "zlib") == b"x" * 100
assert codecs.encode("Hello", "rot13") == "Uryyb" and codecs.decode("Uryyb", "rot_13") == "Hello"
assert codecs.getencoder("ascii")("abc") == (b"abc", 3)
assert codecs.getdecoder("cp1252")(b"\x80") == ("€", 1)
for name in ["no-such-codec", "utf-9"]:
    try:
        codecs.lookup(name)
        raise AssertionError
    except LookupError as e:
        assert str(e) == "unknown encoding: " + name
for call, msg in [(lambda: "x".encode("hex"), "'hex' is not a text encoding; use codecs.encode() to handle arbitrary codecs"),
                  (lambda: b"x".decode("rot13"), "'rot13' is not a text encoding; use codecs.decode() to handle arbitrary codecs")]:
    try:
        call()
        raise AssertionError
    except LookupError as e:
        assert str(e) == msg, str(e)
def search(name):
    if name == "gf_upper":
        return codecs.CodecInfo(lambda s, errors="strict": (s.upper().encode(), len(s)),
                                lambda b, errors="strict": (bytes(b).decode().lower(), len(b)),
                                name="gf_upper")
codecs.register(search)
assert codecs.encode("abc", "gf_upper") == b"ABC" and codecs.decode(b"ABC", "gf_upper") == "abc"
assert codecs.BOM_UTF16_LE == b"\xff\xfe" and codecs.BOM_UTF32_BE == b"\x00\x00\xfe\xff"
assert codecs.BOM == codecs.BOM_UTF16_LE and codecs.BOM_UTF8 == b"\xef\xbb\xbf"

# Files in other encodings.
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "t.txt")
    with open(path, "w", encoding="cp1252") as f:
        f.write("Grüße €\nzweite Zeile\n")
    with open(path, "rb") as f:
        assert f.read() == b"Gr\xfc\xdfe \x80\nzweite Zeile\n"
    with open(path, encoding="cp1252") as f:
        assert f.readline() == "Grüße €\n" and f.read(3) == "zwe"
    with codecs.open(path, "r", encoding="windows-1252") as f:
        assert f.read() == "Grüße €\nzweite Zeile\n"
    with open(path, "w", encoding="latin-1", errors="xmlcharrefreplace") as f:
        f.write("€!")
    with open(path, "rb") as f:
        assert f.read() == b"&#8364;!"
    # utf-8-sig: the BOM is skipped when reading, written before the
    # first text of an empty file, and not again when appending.
    with open(path, "w", encoding="utf-8-sig") as f:
        pass
    assert os.path.getsize(path) == 0
    with open(path, "w", encoding="utf-8-sig") as f:
        f.write("a,b\n")
        f.write("é,2\n")
    with open(path, "rb") as f:
        assert f.read() == b"\xef\xbb\xbfa,b\n\xc3\xa9,2\n"
    with open(path, encoding="utf-8-sig") as f:
        assert f.readline() == "a,b\n" and f.read() == "é,2\n"
    with open(path, "a", encoding="utf-8-sig") as f:
        f.write("x\n")
    with open(path, encoding="utf-8") as f:
        assert f.read() == "\ufeffa,b\né,2\nx\n"
    with open(path, "w") as f:
        f.write("no bom\n")
    with open(path, encoding="utf-8-sig") as f:
        assert f.read() == "no bom\n"
    with open(path, "w", encoding="ascii", errors="gf.dashes") as f:
        f.write("aé€b")
    with open(path, "rb") as f:
        assert f.read() == b"a--b"

# Threads encoding and decoding at once, with a registered handler.
errors = []
def work(n):
    for i in range(200):
        s = "n%d é € \U0001f600 %d" % (n, i)
        for enc in ("utf-16", "utf-32-be", "cp1252", "utf-8-sig"):
            try:
                if s.encode(enc, "gf.dashes").decode(enc) != s.encode(enc, "gf.dashes").decode(enc):
                    errors.append(enc)
            except Exception as e:
                errors.append(repr(e))
        if s.encode("utf-16").decode("utf-16") != s:
            errors.append(s)
ts = [threading.Thread(target=work, args=(n,)) for n in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
assert errors == [], errors[:3]
print("codecs ok")
