# unicodedata: the properties of characters that mean the same in Unicode
# 14.0 (CPython 3.11) and 15.0 (gilfree), the four normalization forms,
# lookup by name (derived Hangul and CJK names included), the errors and
# defaults, and many threads asking at once.
import threading
import unicodedata as u


def raises(exc, fn, *args):
    try:
        fn(*args)
    except exc as e:
        return e
    raise AssertionError("%s not raised" % exc.__name__)


assert isinstance(u.unidata_version, str) and u.unidata_version.count(".") == 2

# Categories, one of each kind.
cats = {"A": "Lu", "a": "Ll", "\u01c5": "Lt", "\u02b0": "Lm", "\u4e2d": "Lo",
        "\u0301": "Mn", "\u0903": "Mc", "\u20dd": "Me", "7": "Nd", "\u2163": "Nl",
        "\u00bd": "No", "_": "Pc", "-": "Pd", "(": "Ps", ")": "Pe", "\u00ab": "Pi",
        "\u00bb": "Pf", "!": "Po", "+": "Sm", "$": "Sc", "^": "Sk", "\u00a9": "So",
        " ": "Zs", "\u2028": "Zl", "\u2029": "Zp", "\n": "Cc", "\u200b": "Cf",
        "\ud800": "Cs", "\ue000": "Co", "\u0378": "Cn"}
for ch, cat in cats.items():
    assert u.category(ch) == cat, (ch, u.category(ch), cat)

# Names, both ways; lookup ignores case.
assert u.name("a") == "LATIN SMALL LETTER A"
assert u.name("\u00e9") == "LATIN SMALL LETTER E WITH ACUTE"
assert u.name("\U0001f600") == "GRINNING FACE"
assert u.name("\u4e2d") == "CJK UNIFIED IDEOGRAPH-4E2D"
assert u.name("\U00020000") == "CJK UNIFIED IDEOGRAPH-20000"
assert u.name("\uac00") == "HANGUL SYLLABLE GA"
assert u.name("\ud7a3") == "HANGUL SYLLABLE HIH"
assert u.name("\uc5ec") == "HANGUL SYLLABLE YEO"
assert u.name("\x00", None) is None and u.name("\ue000", "none") == "none"
assert str(raises(ValueError, u.name, "\x00")) == "no such name"
assert u.lookup("LATIN SMALL LETTER A") == "a"
assert u.lookup("latin small letter e with acute") == "\u00e9"
assert u.lookup("GRINNING FACE") == "\U0001f600"
assert u.lookup("CJK UNIFIED IDEOGRAPH-4E2D") == "\u4e2d"
assert u.lookup("HANGUL SYLLABLE GAG") == "\uac01"
raises(KeyError, u.lookup, "hangul syllable gag")
raises(KeyError, u.lookup, "CJK UNIFIED IDEOGRAPH-4e2d")
assert u.lookup("CJK UNIFIED IDEOGRAPH-04E2D") == "\u4e2d"
e = raises(KeyError, u.lookup, "NO SUCH CHARACTER")
assert e.args == ("undefined character name 'NO SUCH CHARACTER'",), e.args
raises(KeyError, u.lookup, "CJK UNIFIED IDEOGRAPH-0041")
raises(KeyError, u.lookup, "HANGUL SYLLABLE XX")
for cp in list(range(0x20, 0x7f)) + list(range(0x391, 0x3a2)) + [0x20ac, 0x1f4a9]:
    assert u.lookup(u.name(chr(cp))) == chr(cp)

# Numeric values.
assert u.decimal("7") == 7 and u.digit("7") == 7 and u.numeric("7") == 7.0
assert u.decimal("\u0663") == 3 and u.decimal("\uff19") == 9
assert u.digit("\u00b2") == 2 and u.decimal("\u00b2", -1) == -1
assert u.numeric("\u00bd") == 0.5 and u.numeric("\u2163") == 4.0
assert u.numeric("\u4e07") == 10000.0 and u.numeric("\u2155") == 0.2
assert u.digit("\u2460") == 1 and u.numeric("\u2469") == 10.0
assert u.digit("\u2469", None) is None
assert str(raises(ValueError, u.decimal, "a")) == "not a decimal"
assert str(raises(ValueError, u.digit, "\u00bd")) == "not a digit"
assert str(raises(ValueError, u.numeric, "x")) == "not a numeric character"
assert type(u.numeric("1")) is float and type(u.digit("1")) is int

# Bidirectional classes, combining classes, mirroring, widths.
bidi = {"a": "L", "\u05d0": "R", "\u0627": "AL", "1": "EN", "+": "ES", "$": "ET",
        "\u0661": "AN", ",": "CS", "\n": "B", "\t": "S", " ": "WS", "!": "ON",
        "\u200b": "BN", "\u0301": "NSM", "\u202a": "LRE", "\u202b": "RLE",
        "\u202c": "PDF", "\u202d": "LRO", "\u202e": "RLO", "\u2066": "LRI",
        "\u2067": "RLI", "\u2068": "FSI", "\u2069": "PDI", "\u0378": ""}
for ch, b in bidi.items():
    assert u.bidirectional(ch) == b, (ch, u.bidirectional(ch), b)
assert u.combining("a") == 0 and u.combining("\u0301") == 230
assert u.combining("\u0323") == 220 and u.combining("\u05b0") == 10
assert u.mirrored("(") == 1 and u.mirrored("a") == 0 and u.mirrored("\u2208") == 1
assert u.mirrored("\u00ab") == 1 and u.mirrored("\u0378") == 0
widths = {"a": "Na", "\u4e2d": "W", "\uff21": "F", "\uff71": "H", "\u00e9": "A", "\u0100": "N",
          "\u00a7": "A", "\U0001f600": "W", "\uac00": "W"}
for ch, w in widths.items():
    assert u.east_asian_width(ch) == w, (ch, u.east_asian_width(ch), w)

# Decompositions: canonical (no tag), compatibility with each kind of tag.
assert u.decomposition("a") == ""
assert u.decomposition("\u00e9") == "0065 0301"
assert u.decomposition("\u01d5") == "00DC 0304"
assert u.decomposition("\u00bd") == "<fraction> 0031 2044 0032"
assert u.decomposition("\u00a0") == "<noBreak> 0020"
assert u.decomposition("\u00b2") == "<super> 0032"
assert u.decomposition("\ufb01") == "<compat> 0066 0069"
assert u.decomposition("\uff21") == "<wide> 0041"
assert u.decomposition("\u2460") == "<circle> 0031"
assert u.decomposition("\U0001d400") == "<font> 0041"
assert u.decomposition("\u3300").startswith("<square> ")
assert u.decomposition("\uac00") == ""

# Normalization.
s = "e\u0301"
assert u.normalize("NFC", s) == "\u00e9" and u.normalize("NFD", "\u00e9") == s
assert u.normalize("NFKC", "\ufb01") == "fi" and u.normalize("NFC", "\ufb01") == "\ufb01"
assert u.normalize("NFKD", "\u00bd") == "1\u20442"
assert u.normalize("NFD", "\uac01") == "\u1100\u1161\u11a8"
assert u.normalize("NFC", "\u1100\u1161\u11a8") == "\uac01"
# Combining marks are reordered by class.
assert u.normalize("NFD", "a\u0301\u0323") == "a\u0323\u0301"
assert u.normalize("NFC", "\u1e0b\u0323") == "\u1e0d\u0307"
assert u.normalize("NFKC", "\u2460\u00b2\u2163") == "12IV"
assert u.normalize("NFC", "") == "" and u.normalize("NFC", "plain") == "plain"
assert u.normalize("NFC", "\ud800e\u0301") == "\ud800\u00e9"
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    assert u.is_normalized(form, "abc")
    assert u.is_normalized(form, u.normalize(form, "\u00e9\u1e0b\u0323\ufb01"))
assert not u.is_normalized("NFD", "\u00e9") and not u.is_normalized("NFC", s)
assert not u.is_normalized("NFKC", "\ufb01") and u.is_normalized("NFC", "\ufb01")
assert str(raises(ValueError, u.normalize, "NFX", "a")) == "invalid normalization form"
raises(ValueError, u.is_normalized, "nfc", "a")
raises(TypeError, u.normalize, "NFC", b"a")

# Arguments must be one character.
assert str(raises(TypeError, u.category, "ab")) == "category() argument must be a unicode character, not str"
assert str(raises(TypeError, u.name, 65)) == "name() argument 1 must be a unicode character, not int"
assert str(raises(TypeError, u.normalize, "NFC", b"a")) == "normalize() argument 2 must be str, not bytes"
raises(TypeError, u.category, "")

# Many threads at once, the first lookup (which builds the name index)
# among them.
errors = []
def worker(k):
    try:
        for i in range(200):
            cp = 0x41 + (i + k) % 26
            assert u.lookup(u.name(chr(cp))) == chr(cp)
            assert u.normalize("NFD", u.normalize("NFC", "e\u0301")) == "e\u0301"
            assert u.category(chr(cp)) == "Lu"
    except Exception as e:
        errors.append(e)
threads = [threading.Thread(target=worker, args=(k,)) for k in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert not errors, errors
print("unicodedata ok")
