# Text files in UTF-16 and UTF-32: the byte order mark written once at
# the start of a new file (not when appending), lines split at newlines
# that are not single bytes, newline translation, tell/seek back to a
# line, r+ files, and decoding errors as UnicodeDecodeError.
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "wide.txt")
TEXT = "héllo\nwörld 😀\r\nthird"

for enc in ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"):
    with open(p, "w", encoding=enc) as f:
        assert f.encoding == enc
        f.write("héllo\n")
        f.write("wörld 😀\r\nthird")
    raw = open(p, "rb").read()
    assert raw == TEXT.encode(enc), (enc, raw)
    bom = enc in ("utf-16", "utf-32")
    assert raw.startswith(b"\xff\xfe") == bom, enc

    with open(p, encoding=enc) as f:
        assert f.readline() == "héllo\n"
        pos = f.tell()
        assert pos == len("héllo\n".encode(enc)), (enc, pos)
        assert f.read() == "wörld 😀\nthird"
        f.seek(pos)
        assert f.readline() == "wörld 😀\n"
        assert f.readline() == "third"
        assert f.readline() == ""
    with open(p, encoding=enc, newline="") as f:
        assert list(f) == ["héllo\n", "wörld 😀\r\n", "third"], enc

    with open(p, "a", encoding=enc) as f:
        f.write("+more\n")
    raw = open(p, "rb").read()
    assert raw == (TEXT + "+more\n").encode(enc), (enc, raw)
    assert open(p, encoding=enc).read().split() == ["héllo", "wörld", "😀", "third+more"]

    with open(p, "r+", encoding=enc) as f:
        assert f.readline() == "héllo\n"
        f.seek(f.tell())
        assert f.read(5) == "wörld"
        f.seek(0)
        assert f.readline() == "héllo\n"

with open(p, "wb") as f:
    f.write(b"\xff\xfeh\x00\x00\xd8")
try:
    open(p, encoding="utf-16").read()
    raise AssertionError("no error")
except UnicodeDecodeError as e:
    assert e.encoding == "utf-16-le", e.encoding
    assert (e.start, e.end) == (4, 6), (e.start, e.end)
assert open(p, encoding="utf-16", errors="replace").read() == "h\ufffd"

os.remove(p)
os.rmdir(d)
print("ok")
