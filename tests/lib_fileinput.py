# fileinput: lines of several files as one stream with filename, lineno,
# filelineno, isfirstline and nextfile; the module-level input() and its
# "already active" rule; in-place rewriting with and without a backup;
# binary mode, open hooks (encoded and compressed), standard input, and
# separate FileInputs read from many threads.
import fileinput
import gzip
import io
import os
import sys
import tempfile
import threading


def raises(exc, fn, *args, **kw):
    try:
        fn(*args, **kw)
    except exc as e:
        return e
    raise AssertionError("%s not raised" % exc.__name__)


tmp = tempfile.mkdtemp()
def path(name, text, mode="w", **kw):
    p = os.path.join(tmp, name)
    with open(p, mode, **kw) as f:
        f.write(text)
    return p

a = path("a.txt", "a1\na2\n")
b = path("b.txt", "b1\nb2\nb3")
empty = path("empty.txt", "")

seen = []
with fileinput.input(files=(a, empty, b)) as f:
    for line in f:
        seen.append((line, os.path.basename(f.filename()), f.lineno(),
                     f.filelineno(), f.isfirstline(), f.isstdin()))
assert seen == [("a1\n", "a.txt", 1, 1, True, False),
                ("a2\n", "a.txt", 2, 2, False, False),
                ("b1\n", "b.txt", 3, 1, True, False),
                ("b2\n", "b.txt", 4, 2, False, False),
                ("b3", "b.txt", 5, 3, False, False)], seen

# The module functions follow the global instance.
for line in fileinput.input([a, b]):
    if fileinput.isfirstline():
        first = (line, fileinput.filename() == a, fileinput.lineno())
        assert fileinput.fileno() >= 0
        break
assert first == ("a1\n", True, 1)
assert str(raises(RuntimeError, fileinput.input, [a])) == "input() already active"
fileinput.nextfile()
assert next(fileinput._state) == "b1\n" and fileinput.filelineno() == 1
assert fileinput.lineno() == 2
fileinput.close()
assert str(raises(RuntimeError, fileinput.lineno)) == "no active input()"
assert str(raises(RuntimeError, fileinput.filename)) == "no active input()"

# readline, the files taken from a str and a PathLike, nextfile skipping.
import pathlib
fi = fileinput.FileInput(pathlib.Path(b))
assert fi.filename() is None and fi.lineno() == 0 and fi.fileno() == -1
assert fi.readline() == "b1\n" and fi.readline() == "b2\n"
fi.nextfile()
assert fi.readline() == "" and fi.lineno() == 2
fi.close()
assert list(fileinput.FileInput(a)) == ["a1\n", "a2\n"]

# Binary mode.
with fileinput.FileInput([a, b], mode="rb") as fb:
    assert list(fb) == [b"a1\n", b"a2\n", b"b1\n", b"b2\n", b"b3"]
assert str(raises(ValueError, fileinput.FileInput, a, mode="w")) == \
    "FileInput opening mode must be 'r' or 'rb'"
assert str(raises(ValueError, fileinput.FileInput, a, inplace=True, openhook=open)) == \
    "FileInput cannot use an opening hook in inplace mode"
assert str(raises(ValueError, fileinput.FileInput, a, openhook=3)) == \
    "FileInput openhook must be callable"

# In place: print() goes into the file being read.
c = path("c.txt", "one\ntwo\nthree\n")
with fileinput.input(c, inplace=True) as f:
    for line in f:
        if line != "two\n":
            print(line.upper(), end="")
assert sys.stdout is sys.__stdout__
assert open(c).read() == "ONE\nTHREE\n"
assert not os.path.exists(c + ".bak")
with fileinput.FileInput(c, inplace=True, backup=".orig") as f:
    for line in f:
        sys.stdout.write(str(f.lineno()) + ":" + line)
assert open(c).read() == "1:ONE\n2:THREE\n"
assert open(c + ".orig").read() == "ONE\nTHREE\n"

# Open hooks.
latin = path("latin.txt", "caf\xe9\n", encoding="latin-1")
assert list(fileinput.input(latin, openhook=fileinput.hook_encoded("latin-1"))) == ["caf\xe9\n"]
fileinput.close()
assert list(fileinput.FileInput(latin, encoding="latin-1")) == ["caf\xe9\n"]
gz = os.path.join(tmp, "z.gz")
with gzip.open(gz, "wb") as f:
    f.write(b"zipped 1\nzipped 2\n")
with fileinput.FileInput(gz, mode="rb", openhook=fileinput.hook_compressed) as f:
    assert list(f) == [b"zipped 1\n", b"zipped 2\n"]
with fileinput.FileInput(gz, openhook=fileinput.hook_compressed, encoding="utf-8") as f:
    assert list(f) == ["zipped 1\n", "zipped 2\n"]
with fileinput.FileInput(a, openhook=fileinput.hook_compressed) as f:
    assert list(f) == ["a1\n", "a2\n"]

# '-' is standard input.
old = sys.stdin
sys.stdin = io.StringIO("in1\nin2\n")
try:
    with fileinput.FileInput(["-", a]) as f:
        got = [(line, f.isstdin(), f.filename()) for line in f]
finally:
    sys.stdin = old
assert got == [("in1\n", True, "<stdin>"), ("in2\n", True, "<stdin>"),
               ("a1\n", False, a), ("a2\n", False, a)], got

# Many threads, each with its own FileInput over the same files.
errors = []
def worker():
    try:
        for _ in range(30):
            with fileinput.FileInput([a, b, a]) as f:
                lines = list(f)
                assert lines == ["a1\n", "a2\n", "b1\n", "b2\n", "b3a1\n"] or \
                    lines == ["a1\n", "a2\n", "b1\n", "b2\n", "b3", "a1\n", "a2\n"]
                assert f.lineno() == 7
    except Exception as e:
        errors.append(e)
threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert not errors, errors
print("fileinput ok")
