# str.casefold is full Unicode case folding, not lower(): no final-sigma
# rule, ligatures and sharp s expanded, Cherokee folded to its capitals.
assert "Straße ΣΑΣ".casefold() == "strasse σασ"
assert "ΣΑΣ".lower() == "σας"
assert "ﬁ ﬀ ſ µ ẞ".casefold() == "fi ff s μ ss"
assert "ῼ".casefold() == "ωι" and "\u0390".casefold() == "\u03b9\u0308\u0301"
assert "Ꭰ".casefold() == "Ꭰ" and "ꭰ".casefold() == "Ꭰ" and "ᏸ".casefold() == "Ᏸ"
assert "İ".casefold() == "i̇"
assert "ABC".casefold() == "abc" and "".casefold() == ""
words = ["Straße", "STRASSE", "strasse"]
assert len({w.casefold() for w in words}) == 1

# bytes.hex and bytearray.hex take a separator and a group size, counted
# from the right (from the left when negative).
data = bytes(range(1, 6))
assert data.hex() == "0102030405"
assert data.hex("-") == "01-02-03-04-05"
assert data.hex(":", 2) == "01:0203:0405"
assert data.hex(":", -2) == "0102:0304:05"
assert data.hex(b" ", 3) == "0102 030405"
assert data.hex(sep="|", bytes_per_sep=0) == "0102030405"
assert data.hex(",", 10) == "0102030405"
assert bytearray(b"ab").hex("_") == "61_62"
assert b"".hex(":") == ""


def error(f):
    try:
        f()
    except (TypeError, ValueError) as e:
        return type(e).__name__ + ": " + str(e)
    return None


assert error(lambda: data.hex("ab")) == "ValueError: sep must be length 1."
assert error(lambda: data.hex("é")) == "ValueError: sep must be ASCII."
assert error(lambda: data.hex(b"")) == "ValueError: sep must be length 1."
assert error(lambda: data.hex(",", "x")) == "TypeError: 'str' object cannot be interpreted as an integer"

# The hash of an empty str or bytes is 0 whatever the hash seed.
assert hash("") == 0 and hash(b"") == 0
assert hash("a") == hash("a") and hash(b"abc") == hash(b"abc")
print("ok")
