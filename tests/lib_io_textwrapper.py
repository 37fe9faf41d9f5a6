# io.TextIOWrapper over binary streams (io.BytesIO, a RawIOBase of one's
# own) and the incremental codecs it decodes and encodes with: round
# trips in UTF-8 and UTF-16, every newline mode, a multi-byte character
# split by a stream that reads one byte at a time, line_buffering,
# write_through, detach, seek(0)/tell, reconfigure, and
# codecs.getincrementaldecoder/getincrementalencoder.
import codecs
import io
import sys

assert isinstance(sys.stdout, io.TextIOWrapper)
assert issubclass(io.TextIOWrapper, io.TextIOBase)

TEXT = "héllo wörld\n€ and 😀\nlast"

# Round trips.
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-32", "latin-1", "utf-8-sig"]:
    text = TEXT if enc != "latin-1" else "héllo\nwörld\n"
    b = io.BytesIO()
    t = io.TextIOWrapper(b, encoding=enc)
    assert isinstance(t, io.TextIOWrapper) and isinstance(t, io.TextIOBase)
    assert isinstance(t, io.IOBase)
    assert t.encoding == enc and t.errors == "strict"
    assert t.write(text[:3]) == 3
    t.write(text[3:])
    t.flush()
    assert b.getvalue() == text.encode(enc), (enc, b.getvalue())
    assert t.seek(0) == 0
    assert t.read() == text, enc
    t.seek(0)
    assert t.readline() == text.splitlines(True)[0]
    t.seek(0)
    assert list(t) == text.splitlines(True)
    t.close()
    assert t.closed and b.closed
assert io.TextIOWrapper(io.BytesIO()).encoding.lower().replace("-", "") == "utf8"

# Newline modes, reading.
DATA = b"a\r\nb\rc\nd"
expect_lines = {
    None: ["a\n", "b\n", "c\n", "d"],
    "": ["a\r\n", "b\r", "c\n", "d"],
    "\n": ["a\r\n", "b\rc\n", "d"],
    "\r": ["a\r", "\nb\r", "c\nd"],
    "\r\n": ["a\r\n", "b\rc\nd"],
}
for nl, lines in expect_lines.items():
    t = io.TextIOWrapper(io.BytesIO(DATA), newline=nl)
    assert t.readlines() == lines, (nl, lines)
    t = io.TextIOWrapper(io.BytesIO(DATA), newline=nl)
    assert t.read() == ("a\nb\nc\nd" if nl is None else DATA.decode()), nl
t = io.TextIOWrapper(io.BytesIO(DATA))
t.read()
assert t.newlines == ("\r", "\n", "\r\n"), t.newlines
try:
    io.TextIOWrapper(io.BytesIO(), newline="x")
except ValueError as e:
    assert str(e) == "illegal newline value: x"
else:
    raise AssertionError("newline='x'")

# Newline modes, writing.
expect_written = {None: b"a\nb\r\n", "": b"a\nb\r\n", "\n": b"a\nb\r\n",
                  "\r": b"a\rb\r\r", "\r\n": b"a\r\nb\r\r\n"}
for nl, data in expect_written.items():
    b = io.BytesIO()
    t = io.TextIOWrapper(b, newline=nl)
    assert t.write("a\nb\r\n") == 5
    t.flush()
    assert b.getvalue() == data, (nl, b.getvalue())


# A raw stream that gives one byte per read: every multi-byte character
# arrives split.
class OneByte(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def readable(self):
        return True

    def readinto(self, b):
        if self.pos >= len(self.data):
            return 0
        b[0] = self.data[self.pos]
        self.pos += 1
        return 1


t = io.TextIOWrapper(OneByte(TEXT.encode()))
assert t.readline() == "héllo wörld\n"
assert t.read(3) == "€ a"
assert t.read() == "nd 😀\nlast"
t = io.TextIOWrapper(OneByte(TEXT.encode("utf-16")), encoding="utf-16")
assert t.readlines() == TEXT.splitlines(True)
t = io.TextIOWrapper(OneByte(b"x\r\ny\r"), newline=None)
assert list(t) == ["x\n", "y\n"]
t = io.TextIOWrapper(OneByte(b"x\r\ny\rz"), newline="")
assert list(t) == ["x\r\n", "y\r", "z"]

# Errors.
t = io.TextIOWrapper(io.BytesIO(b"\xffab"), errors="replace")
assert t.read() == "\ufffdab"
t = io.TextIOWrapper(io.BytesIO(b"ab\xff"))
try:
    t.read()
except UnicodeDecodeError as e:
    assert e.reason == "invalid start byte"
else:
    raise AssertionError("undecodable byte")
t = io.TextIOWrapper(io.BytesIO(b"ab\xe2\x82"))
try:
    t.read()
except UnicodeDecodeError as e:
    assert e.reason == "unexpected end of data"
else:
    raise AssertionError("truncated character")

# line_buffering writes at each newline (all written so far); otherwise
# at flush.
b = io.BytesIO()
t = io.TextIOWrapper(b, line_buffering=True)
assert t.line_buffering
t.write("abc")
assert b.getvalue() == b""
t.write("d\ne")
assert b.getvalue() == b"abcd\ne"
b = io.BytesIO()
t = io.TextIOWrapper(b, write_through=True)
t.write("x")
assert b.getvalue() == b"x"

# tell and seek at clean boundaries.
t = io.TextIOWrapper(io.BytesIO("l1\nlé\nl3\n".encode()))
assert t.tell() == 0
assert t.readline() == "l1\n" and t.tell() == 3
assert t.readline() == "lé\n" and t.tell() == 7
assert t.seek(0) == 0 and t.read() == "l1\nlé\nl3\n" and t.tell() == 10
assert t.seek(0, 2) == 10 and t.read() == ""
assert t.seekable()
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="utf-16")
t.write("ab")
t.seek(0)
t.write("c")
t.seek(0, 2)
t.write("d")
t.flush()
assert b.getvalue() == "cbd".encode("utf-16"), b.getvalue()

# detach, close, name.
b = io.BytesIO()
t = io.TextIOWrapper(b)
t.write("x")
assert t.detach() is b and b.getvalue() == b"x"
try:
    t.write("y")
except ValueError as e:
    assert "detached" in str(e)
else:
    raise AssertionError("write after detach")
t = io.TextIOWrapper(io.BytesIO())
t.close()
try:
    t.write("x")
except ValueError as e:
    assert str(e) == "I/O operation on closed file."
else:
    raise AssertionError("write after close")

# reconfigure.
t = io.TextIOWrapper(io.BytesIO(b"a\r\nb\n"))
t.reconfigure(newline="")
assert t.readlines() == ["a\r\n", "b\n"]
b = io.BytesIO()
t = io.TextIOWrapper(b)
t.reconfigure(encoding="latin-1", line_buffering=True)
t.write("é\n")
assert b.getvalue() == b"\xe9\n" and t.encoding == "latin-1"

# Over a text file's buffer.
NAME = "gilfree_textwrapper.tmp"
with open(NAME, "wb") as f:
    f.write("one\r\ntwö\n".encode())
with open(NAME) as f:
    t = io.TextIOWrapper(f.buffer, encoding="utf-8", newline="")
    assert t.readlines() == ["one\r\n", "twö\n"]
    assert t.name == NAME
import os
os.remove(NAME)

# The incremental codecs.
d = codecs.getincrementaldecoder("utf-8")()
assert [d.decode(bytes([c])) for c in "aé€".encode()] == ["a", "", "é", "", "", "€"]
assert d.decode(b"", True) == ""
d.decode(b"\xe2")
try:
    d.decode(b"", final=True)
except UnicodeDecodeError as e:
    assert e.reason == "unexpected end of data"
else:
    raise AssertionError("incomplete at the end")
d = codecs.getincrementaldecoder("utf-8")("replace")
assert d.decode(b"a\xffb\xe2") == "a\ufffdb" and d.decode(b"\x82\xac") == "€"
d = codecs.getincrementaldecoder("utf-16")()
assert "".join(d.decode(bytes([c])) for c in "aé😀".encode("utf-16")) == "aé😀"
d = codecs.getincrementaldecoder("utf-8-sig")()
assert [d.decode(bytes([c])) for c in b"\xef\xbb\xbfhi"] == ["", "", "", "h", "i"]
e = codecs.getincrementalencoder("utf-16")()
assert e.encode("ab") + e.encode("c") == "abc".encode("utf-16")
e.reset()
assert e.encode("x") == "x".encode("utf-16")
assert isinstance(codecs.getincrementaldecoder("latin-1")(), codecs.IncrementalDecoder)
assert isinstance(codecs.getincrementalencoder("ascii")(), codecs.IncrementalEncoder)
assert list(codecs.iterdecode([b"\xc3", b"\xa9x"], "utf-8")) == ["éx"]
assert b"".join(codecs.iterencode(["a", "b"], "utf-8-sig")) == b"\xef\xbb\xbfab"
nd = io.IncrementalNewlineDecoder(codecs.getincrementaldecoder("utf-8")(), True)
assert nd.decode(b"a\r") == "a" and nd.decode(b"\nb") == "\nb"
assert nd.newlines == "\r\n"

print("lib_io_textwrapper ok")
