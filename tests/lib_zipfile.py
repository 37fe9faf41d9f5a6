"""zipfile: reading an archive CPython wrote (deflated and stored members,
a directory, a UTF-8 name, a comment), writing and appending archives,
members opened as streams, extraction with unsafe names made safe, and
the errors of bad archives and missing members."""

import base64
import io
import os
import tempfile
import threading
import zipfile

CPYTHON_ZIP = base64.b64decode(
    "UEsDBBQAAAAAAIMYIlAAAAAAAAAAAAAAAAAEAAAAZGlyL1BLAwQUAAAICAAFOaZSvJ6dLhEAAADwAAAADgAAAGRpci9ow6lsbG8udHh0y0jNyclXKM8vyknhyhgBbABQSwMEFAAAAAAAAAAhVHOMBSkAAQAAAAEAAAkAAABwbGFpbi5iaW4AAQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyAhIiMkJSYnKCkqKywtLi8wMTIzNDU2Nzg5Ojs8PT4/QEFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaW1xdXl9gYWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXp7fH1+f4CBgoOEhYaHiImKi4yNjo+QkZKTlJWWl5iZmpucnZ6foKGio6SlpqeoqaqrrK2ur7CxsrO0tba3uLm6u7y9vr/AwcLDxMXGx8jJysvMzc7P0NHS09TV1tfY2drb3N3e3+Dh4uPk5ebn6Onq6+zt7u/w8fLz9PX29/j5+vv8/f7/UEsBAhQDFAAAAAAAgxgiUAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAIABAAAAAGRpci9QSwECFAMUAAAICAAFOaZSvJ6dLhEAAADwAAAADgAAAAAAAAAAAAAAgAEiAAAAZGlyL2jDqWxsby50eHRQSwECFAMUAAAAAAAAACFUc4wFKQABAAAAAQAACQAAAAAAAAAAAAAAgAFfAAAAcGxhaW4uYmluUEsFBgAAAAADAAMApQAAAIYBAAAPAG1hZGUgYnkgQ1B5dGhvbg==")

z = zipfile.ZipFile(io.BytesIO(CPYTHON_ZIP))
assert z.namelist() == ["dir/", "dir/h\u00e9llo.txt", "plain.bin"], z.namelist()
assert z.comment == b"made by CPython"
info = z.getinfo("dir/h\u00e9llo.txt")
assert info.compress_type == zipfile.ZIP_DEFLATED and info.file_size == 240
assert info.date_time == (2021, 5, 6, 7, 8, 10) and info.compress_size < info.file_size
assert z.read("dir/h\u00e9llo.txt") == b"hello world\n" * 20
assert z.read("plain.bin") == bytes(range(256))
assert z.getinfo("dir/").is_dir() and not info.is_dir()
with z.open("plain.bin") as f:
    assert f.read(3) == b"\x00\x01\x02" and f.read() == bytes(range(3, 256))
assert z.testzip() is None
try:
    z.getinfo("missing")
except KeyError as e:
    assert str(e) == "\"There is no item named 'missing' in the archive\"", str(e)
else:
    raise AssertionError("getinfo of a missing member")
z.close()
assert zipfile.is_zipfile(io.BytesIO(CPYTHON_ZIP)) and not zipfile.is_zipfile(io.BytesIO(b"not a zip"))
try:
    zipfile.ZipFile(io.BytesIO(b"not a zip"))
except zipfile.BadZipFile as e:
    assert str(e) == "File is not a zip file"
else:
    raise AssertionError("a bad archive opened")

# Threads reading members of one archive at once.
z = zipfile.ZipFile(io.BytesIO(CPYTHON_ZIP))
errors = []


def reader():
    for _ in range(50):
        if z.read("dir/h\u00e9llo.txt") != b"hello world\n" * 20 or z.read("plain.bin") != bytes(range(256)):
            errors.append("bad read")


ts = [threading.Thread(target=reader) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
assert not errors

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "a.zip")
    src = os.path.join(d, "src.txt")
    with open(src, "w") as f:
        f.write("from a file\n")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as w:
        w.writestr("one.txt", "first " * 100)
        w.writestr(zipfile.ZipInfo("stored.bin", (2000, 1, 1, 0, 0, 0)), b"\xff" * 10)
        w.write(src, "sub/src.txt")
        with w.open("streamed.txt", "w") as f:
            f.write(b"written as a stream")
        w.mkdir("emptydir")
        w.writestr("../evil.txt", b"kept inside")
    assert zipfile.is_zipfile(path)
    with zipfile.ZipFile(path, "a") as w:
        w.writestr("appended.txt", b"later")
    with zipfile.ZipFile(path) as r:
        assert r.namelist() == ["one.txt", "stored.bin", "sub/src.txt", "streamed.txt",
                                "emptydir/", "../evil.txt", "appended.txt"], r.namelist()
        assert r.read("one.txt") == b"first " * 100
        assert r.getinfo("one.txt").compress_type == zipfile.ZIP_DEFLATED
        assert r.getinfo("stored.bin").compress_type == zipfile.ZIP_STORED
        assert r.read("sub/src.txt") == b"from a file\n"
        assert r.read("streamed.txt") == b"written as a stream"
        assert r.read("appended.txt") == b"later"
        out = os.path.join(d, "out")
        r.extractall(out)
        assert open(os.path.join(out, "sub", "src.txt")).read() == "from a file\n"
        assert os.path.isdir(os.path.join(out, "emptydir"))
        assert open(os.path.join(out, "evil.txt"), "rb").read() == b"kept inside"
        assert not os.path.exists(os.path.join(d, "evil.txt"))
        assert r.extract("one.txt", os.path.join(d, "x")) == os.path.join(d, "x", "one.txt")
    try:
        zipfile.ZipFile(path, "x")
    except FileExistsError:
        pass
    else:
        raise AssertionError("mode x over an existing file")
    r = zipfile.ZipFile(path)
    r.close()
    try:
        r.read("one.txt")
    except ValueError as e:
        assert str(e) == "Attempt to use ZIP archive that was already closed", str(e)
    else:
        raise AssertionError("read after close")
try:
    zipfile.ZipFile(io.BytesIO(), "q")
except ValueError as e:
    assert str(e) == "ZipFile requires mode 'r', 'w', 'x', or 'a'"
else:
    raise AssertionError("mode q")
print("zipfile ok")
