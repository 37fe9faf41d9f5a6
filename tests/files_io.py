# open(): text and binary files, every mode, reading and writing methods,
# positions, errors; input() at the end of input. Runs in a scratch
# working directory.
import io
import os

NAME = "gilfree_files_io.tmp"

# Writing and reading text.
with open(NAME, "w") as f:
    assert f.name == NAME and f.mode == "w" and not f.closed
    assert f.writable() and not f.readable() and f.seekable()
    assert f.write("line one\n") == 9
    f.writelines(["line two\n", "ünïcode three\n"])
    assert isinstance(f.fileno(), int)
    f.flush()
assert f.closed
with open(NAME) as f:
    assert f.mode == "r" and f.readable() and not f.writable()
    assert f.readline() == "line one\n"
    assert f.read(4) == "line"
    assert f.read() == " two\nünïcode three\n"
    assert f.read() == "" and f.readline() == ""
with open(NAME, "rt", encoding="utf-8") as f:
    assert f.readlines() == ["line one\n", "line two\n", "ünïcode three\n"]
with open(NAME) as f:
    assert [line for line in f] == ["line one\n", "line two\n", "ünïcode three\n"]
with open(NAME) as f:
    assert next(f) == "line one\n"
    assert f.readlines(1) == ["line two\n"]

# Append, exclusive creation, read-write.
with open(NAME, "a") as f:
    assert f.mode == "a"
    f.write("four\n")
with open(NAME) as f:
    assert f.read().endswith("three\nfour\n")
try:
    open(NAME, "x")
    assert False
except FileExistsError as e:
    assert e.errno == 17 and e.filename == NAME
    assert str(e) == "[Errno 17] File exists: '%s'" % NAME
os.remove(NAME)
with open(NAME, "x") as f:
    f.write("abcdef")
with open(NAME, "r+") as f:
    assert f.read(2) == "ab"
    f.seek(0)
    f.write("XY")
    f.seek(0)
    assert f.read() == "XYcdef"
with open(NAME, "w+") as f:
    f.write("hello world")
    f.seek(0)
    assert f.read() == "hello world"
    f.seek(5)
    f.truncate()
    f.seek(0)
    assert f.read() == "hello"
with open(NAME, "a+") as f:
    f.write("!")
    f.seek(0)
    assert f.read() == "hello!"

# Binary files.
with open(NAME, "wb") as f:
    assert f.mode == "wb"
    assert f.write(b"\x00\x01\x02abc\n") == 7
    f.write(bytearray(b"xyz"))
with open(NAME, "rb") as f:
    assert f.mode == "rb"
    assert f.read(3) == b"\x00\x01\x02"
    assert f.tell() == 3
    assert f.readline() == b"abc\n"
    assert f.read() == b"xyz"
    f.seek(-3, os.SEEK_END)
    assert f.read(1) == b"x"
    f.seek(1, os.SEEK_CUR)
    assert f.read() == b"z"
with open(NAME, "rb") as f:
    assert f.readlines() == [b"\x00\x01\x02abc\n", b"xyz"]
with open(NAME, "r+b") as f:
    f.seek(3)
    f.write(b"ABC")
    f.seek(0)
    assert f.read() == b"\x00\x01\x02ABC\nxyz"
    assert f.truncate(4) == 4
with open(NAME, "rb", buffering=0) as f:
    assert f.read() == b"\x00\x01\x02A"
with open(NAME, "ab") as f:
    f.write(b"++")
with open(NAME, "rb") as f:
    assert f.read() == b"\x00\x01\x02A++"
    assert f.read(10) == b""

# tell and seek in text mode.
with open(NAME, "w") as f:
    f.write("abc\ndef\n")
with open(NAME) as f:
    f.readline()
    pos = f.tell()
    assert pos == 4
    assert f.read() == "def\n"
    f.seek(pos)
    assert f.readline() == "def\n"
    assert f.seek(0) == 0

# Newline translation.
with open(NAME, "w", newline="") as f:
    f.write("a\r\nb\rc\n")
with open(NAME, "rb") as f:
    assert f.read() == b"a\r\nb\rc\n"
with open(NAME) as f:
    assert f.read() == "a\nb\nc\n"
with open(NAME, newline="") as f:
    assert f.readlines() == ["a\r\n", "b\r", "c\n"]
with open(NAME, newline="\n") as f:
    assert f.read() == "a\r\nb\rc\n"
with open(NAME, "w", newline="\r\n") as f:
    f.write("x\ny\n")
with open(NAME, "rb") as f:
    assert f.read() == b"x\r\ny\r\n"

# Encodings and errors.
with open(NAME, "w", encoding="latin-1") as f:
    f.write("café")
with open(NAME, "rb") as f:
    assert f.read() == b"caf\xe9"
with open(NAME, encoding="latin-1") as f:
    assert f.read() == "café"
try:
    with open(NAME, encoding="utf-8") as f:
        f.read()
    assert False
except UnicodeDecodeError as e:
    assert str(e) == "'utf-8' codec can't decode byte 0xe9 in position 3: unexpected end of data"
with open(NAME, encoding="utf-8", errors="replace") as f:
    assert f.read() == "caf\ufffd"
with open(NAME, encoding="ascii", errors="ignore") as f:
    assert f.read() == "caf"
with open(NAME, "w", encoding="ascii", errors="replace") as f:
    f.write("naïve")
with open(NAME) as f:
    assert f.read() == "na?ve"
assert open(NAME).encoding.lower().replace("-", "") == "utf8"
f = open(NAME, encoding="latin-1")
assert f.encoding == "latin-1" and f.errors == "strict"
f.close()

# Closed files and unsupported operations.
f = open(NAME)
f.close()
f.close()
for op in (f.read, f.readline, f.tell, lambda: f.seek(0), lambda: next(iter(f))):
    try:
        op()
        assert False
    except ValueError as e:
        assert str(e) == "I/O operation on closed file."
with open(NAME) as f:
    try:
        f.write("x")
        assert False
    except io.UnsupportedOperation as e:
        assert isinstance(e, OSError) and isinstance(e, ValueError)
        assert str(e) == "not writable"
with open(NAME, "w") as f:
    try:
        f.read()
        assert False
    except io.UnsupportedOperation as e:
        assert str(e) == "not readable"
with open(NAME, "rb") as f:
    try:
        f.write(b"x")
        assert False
    except io.UnsupportedOperation as e:
        assert str(e) == "write"
with open(NAME, "w") as f:
    try:
        f.write(b"bytes")
        assert False
    except TypeError as e:
        assert str(e) == "write() argument must be str, not bytes"
with open(NAME, "wb") as f:
    try:
        f.write("text")
        assert False
    except TypeError as e:
        assert str(e) == "a bytes-like object is required, not 'str'"

# Missing files and bad arguments.
try:
    open("no_such_dir_gilfree/x.txt")
    assert False
except FileNotFoundError as e:
    assert e.errno == 2 and e.filename == "no_such_dir_gilfree/x.txt"
    assert str(e) == "[Errno 2] No such file or directory: 'no_such_dir_gilfree/x.txt'"
try:
    open(".", "w")
    assert False
except IsADirectoryError as e:
    assert e.errno == 21
for mode, msg in [("rw", "must have exactly one of create/read/write/append mode"),
                  ("z", "invalid mode: 'z'"),
                  ("rbt", "can't have text and binary mode at once")]:
    try:
        open(NAME, mode)
        assert False
    except ValueError as e:
        assert str(e) == msg, (mode, str(e))
try:
    open(NAME, "rb", encoding="utf-8")
    assert False
except ValueError as e:
    assert str(e) == "binary mode doesn't take an encoding argument"
try:
    open(NAME, "r", buffering=0)
    assert False
except ValueError as e:
    assert str(e) == "can't have unbuffered text I/O"
try:
    open(NAME, encoding="no-such-codec")
    assert False
except LookupError as e:
    assert str(e) == "unknown encoding: no-such-codec"

# The repr of files.
with open(NAME, "w", encoding="utf-8") as f:
    assert repr(f) == "<_io.TextIOWrapper name='%s' mode='w' encoding='utf-8'>" % NAME
with open(NAME, "rb") as f:
    assert repr(f) == "<_io.BufferedReader name='%s'>" % NAME
with open(NAME, "wb") as f:
    assert repr(f) == "<_io.BufferedWriter name='%s'>" % NAME

os.remove(NAME)

# input() with standard input at its end.
try:
    input("prompt> ")
    assert False
except EOFError as e:
    assert str(e) == "EOF when reading a line"
print()
print("files_io ok")

# encoding="locale" (PEP 597) is the locale's encoding (UTF-8 in
# gilfree; python3's depends on the environment's locale).
import os as _os, tempfile as _tf
_p = _os.path.join(_tf.mkdtemp(), "loc.txt")
with open(_p, "w", encoding="locale") as _f:
    assert isinstance(_f.encoding, str) and _f.encoding != "locale", _f.encoding
    _f.write("abc")
with open(_p, encoding="locale") as _f:
    assert _f.read() == "abc"
