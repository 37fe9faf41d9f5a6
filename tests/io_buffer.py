# The .buffer of text streams: sys.stdout.buffer writes come out in order
# with print's text (checked through a child interpreter), sys.stdin and
# sys.stderr have one, open() text files read and write bytes through
# theirs, closing either closes both, detach() hands it over, and threads
# writing text and bytes to one file at once lose nothing. Runs in a
# scratch working directory.
import io
import os
import subprocess
import sys
import threading

# Order with print, in a child whose stdout is a pipe (block buffered).
# CPython keeps text apart from the buffer's bytes until a flush, so the
# child flushes before each switch to bytes; gilfree's text goes into the
# buffer's own bufio.Writer and keeps its order unflushed too (the second
# child, checked only under gilfree).
CHILD = r"""
import sys
print("one", flush=True)
sys.stdout.buffer.write(b"two\n")
print("three", flush=True)
sys.stdout.buffer.write("fünf\n".encode())
sys.stdout.write("six\n")
sys.stdout.flush()
sys.stdout.buffer.write(b"seven")
sys.stdout.buffer.flush()
sys.stderr.buffer.write(b"err\n")
sys.stderr.flush()
data = sys.stdin.buffer.read()
sys.stdout.write("[" + str(len(data)) + "]\n")
sys.stdout.flush()
sys.stdout.buffer.write(data)
"""
p = subprocess.run([sys.executable, "-c", CHILD], input=b"in\xffput\n",
                   capture_output=True)
assert p.returncode == 0, p.stderr
assert p.stdout == ("one\ntwo\nthree\nfünf\nsix\n".encode() +
                    b"seven[7]\nin\xffput\n"), p.stdout
assert p.stderr == b"err\n", p.stderr
if sys.implementation.name != "cpython":
    UNFLUSHED = "import sys\nfor i in range(3):\n print(i)\n sys.stdout.buffer.write(b'b%d\\n' % i)\n"
    p = subprocess.run([sys.executable, "-c", UNFLUSHED], capture_output=True)
    assert p.stdout == b"0\nb0\n1\nb1\n2\nb2\n", p.stdout

# The attributes of the standard streams' buffers.
out = sys.stdout.buffer
assert out is sys.stdout.buffer
assert out.mode == "wb" and out.name == "<stdout>"
assert out.writable() and not out.readable() and not out.closed
assert out.fileno() == sys.stdout.fileno() == 1
assert sys.stdin.buffer.mode == "rb" and sys.stdin.buffer.readable()
assert sys.stderr.buffer.name == "<stderr>"
# (A raw FileIO in CPython under -u or PYTHONUNBUFFERED.)
assert isinstance(out, io.IOBase)

NAME = "gilfree_io_buffer.tmp"

# Writing bytes through a text file's buffer, and reading through one.
with open(NAME, "w") as f:
    b = f.buffer
    assert isinstance(b, io.BufferedWriter) and isinstance(b, io.BufferedIOBase)
    assert b.mode == "wb" and b.name == NAME and b.writable()
    assert not b.readable() and b.seekable()
    f.write("hé\n")
    f.flush()
    assert b.write(b"raw\n") == 4
    b.writelines([b"a", b"b\n"])
    b.flush()
    f.write("end\n")
assert f.closed and b.closed
with open(NAME, "rb") as f:
    assert f.read() == "hé\nraw\nab\nend\n".encode()

with open(NAME) as f:
    b = f.buffer
    assert isinstance(b, io.BufferedReader)
    assert b.mode == "rb" and b.readable() and not b.writable()
    assert b.read(3) == "hé".encode()
    assert b.readline() == b"\n"
    assert b.read1(2) == b"ra"
    buf = bytearray(3)
    assert b.readinto(buf) == 3 and buf == bytearray(b"w\na")
    assert b.readlines() == [b"b\n", b"end\n"]
    assert b.read() == b""

# Closing the buffer closes the text file, and the other way round.
f = open(NAME)
b = f.buffer
b.close()
assert f.closed and b.closed
try:
    f.read()
except ValueError as e:
    assert str(e) == "I/O operation on closed file."
else:
    raise AssertionError("read after close")
f = open(NAME)
b = f.buffer
f.close()
assert b.closed

# detach() returns the buffer, which outlives the text file.
f = open(NAME)
b = f.detach()
assert isinstance(b, io.BufferedReader)
try:
    f.read()
except ValueError as e:
    assert "detached" in str(e), e
else:
    raise AssertionError("read after detach")
assert not b.closed
assert b.read(3) == "hé".encode()
b.close()
assert b.closed

# A file open for writing and reading: bytes and text at the logical
# position.
with open(NAME, "w+") as f:
    f.write("abc")
    f.flush()
    f.buffer.write(b"def")
    f.buffer.flush()
    f.seek(0)
    assert f.read() == "abcdef"

# Threads writing lines of text and of bytes to one file at once lose
# nothing and never mix two lines.
N, LINES = 4, 300
with open(NAME, "w") as f:
    def writer(i):
        for j in range(LINES):
            if j % 2:
                f.write("t%d-%d\n" % (i, j))
            else:
                f.buffer.write(b"b%d-%d\n" % (i, j))
    threads = [threading.Thread(target=writer, args=(i,)) for i in range(N)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
with open(NAME) as f:
    lines = f.read().splitlines()
expected = {("t" if j % 2 else "b") + "%d-%d" % (i, j)
            for i in range(N) for j in range(LINES)}
assert len(lines) == N * LINES, len(lines)
assert set(lines) == expected

os.remove(NAME)
print("io_buffer ok")
