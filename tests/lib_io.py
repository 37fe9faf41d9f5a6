# The io module: StringIO and BytesIO (reading, writing, seeking past the
# end, truncation, newline translation, iteration, closing), the names
# of open()'s file types, and the abstract classes for isinstance checks
# and for streams written in Python.

import io
import sys


def raises(exc, fn, *args, **kw):
    """Call fn(*args), check it raises exc, and return the exception."""
    try:
        fn(*args, **kw)
    except exc as e:
        return e
    raise AssertionError(f"{fn!r}{args!r} did not raise {exc.__name__}")


# StringIO: reading.
s = io.StringIO('line one\nline two\nlast')
assert s.tell() == 0 and s.read(4) == 'line' and s.tell() == 4
assert s.readline() == ' one\n' and s.readline() == 'line two\n'
assert s.readline() == 'last' and s.readline() == '' and s.read() == ''
s.seek(0)
assert s.readlines() == ['line one\n', 'line two\n', 'last']
s.seek(0)
assert s.readlines(10) == ['line one\n', 'line two\n']
s.seek(0)
assert list(s) == ['line one\n', 'line two\n', 'last']
s.seek(5)
assert s.read(None) == 'one\nline two\nlast' and s.read(-1) == ''
s.seek(0)
assert s.readline(3) == 'lin' and s.readline(-1) == 'e one\n' and s.readline(None) == 'line two\n'
assert s.getvalue() == 'line one\nline two\nlast'
assert io.StringIO().read() == '' and io.StringIO(None).getvalue() == ''
u = io.StringIO('héllo wörld')
assert u.read(2) == 'hé' and u.tell() == 2 and u.read() == 'llo wörld'

# Writing, overwriting, seeking past the end.
s = io.StringIO()
assert s.write('hello') == 5 and s.write('') == 0 and s.getvalue() == 'hello'
assert s.tell() == 5
s.seek(1)
assert s.write('EL') == 2 and s.getvalue() == 'hELlo' and s.tell() == 3
assert s.seek(0, io.SEEK_END) == 5
s.seek(8)
s.write('x')
assert s.getvalue() == 'hELlo\x00\x00\x00x' and s.tell() == 9
s.writelines(['a', 'b'])
assert s.getvalue().endswith('xab')
s = io.StringIO('init')
assert s.tell() == 0
s.write('IN')
assert s.getvalue() == 'INit'
assert s.seek(0, io.SEEK_CUR) == 2

# Truncation keeps the position.
s = io.StringIO('abcdef')
s.seek(4)
assert s.truncate(2) == 2 and s.tell() == 4 and s.getvalue() == 'ab'
assert s.truncate() == 4 and s.getvalue() == 'ab'
s.seek(1)
assert s.truncate() == 1 and s.getvalue() == 'a'
e = raises(ValueError, s.truncate, -1)
assert str(e) == 'Negative size value -1'

# Seek errors.
e = raises(ValueError, s.seek, -1)
assert str(e) == 'Negative seek position -1'
e = raises(OSError, s.seek, 1, 1)
assert str(e) == "Can't do nonzero cur-relative seeks"
e = raises(OSError, s.seek, -2, 2)
assert str(e) == "Can't do nonzero cur-relative seeks"
e = raises(TypeError, s.truncate, 1.5)
assert str(e) == "argument should be integer or None, not 'float'"
e = raises(TypeError, s.read, 'x')
assert str(e) == "argument should be integer or None, not 'str'"
e = raises(ValueError, s.seek, 0, 3)
assert str(e) == 'Invalid whence (3, should be 0, 1 or 2)'
e = raises(TypeError, s.seek, 1.5)
assert str(e) == "'float' object cannot be interpreted as an integer"
e = raises(TypeError, s.write, 5)
assert str(e) == "string argument expected, got 'int'"
e = raises(TypeError, s.write, b'x')
assert str(e) == "string argument expected, got 'bytes'"
e = raises(TypeError, io.StringIO, b'x')
assert str(e) == 'initial_value must be str or None, not bytes'
e = raises(ValueError, io.StringIO, '', 'x')
assert str(e) == "illegal newline value: 'x'"

# Newline handling.
assert io.StringIO('a\rb\r\nc', newline=None).getvalue() == 'a\nb\nc'
assert io.StringIO('a\nb', newline='\r\n').getvalue() == 'a\r\nb'
assert io.StringIO('a\nb', newline='\r').getvalue() == 'a\rb'
assert io.StringIO('a\r\nb').getvalue() == 'a\r\nb'
assert io.StringIO('a\rb\r\nc\nd', newline='').readlines() == ['a\r', 'b\r\n', 'c\n', 'd']
assert io.StringIO('a\rb\r\nc\nd').readlines() == ['a\rb\r\n', 'c\n', 'd']
assert io.StringIO('x\ny', newline='\r').readlines() == ['x\r', 'y']
assert io.StringIO('x\r\ny\rz', newline='\r\n').readlines() == ['x\r\r\n', 'y\rz']
assert io.StringIO('p\rq', newline='\r').readlines() == ['p\r', 'q']
w = io.StringIO(newline=None)
w.write('1\r\n2\r3')
assert w.getvalue() == '1\n2\n3'

# Properties, closing, the context manager.
s = io.StringIO('abc')
assert s.readable() and s.writable() and s.seekable() and not s.isatty()
assert s.encoding is None and s.errors is None and s.line_buffering is False
assert s.closed is False and s.flush() is None
e = raises(io.UnsupportedOperation, s.fileno)
assert isinstance(e, OSError) and isinstance(e, ValueError)
with s as same:
    assert same is s
assert s.closed
for op in (s.read, s.getvalue, s.tell, s.readline, lambda: s.write('x'), lambda: s.seek(0), s.readable):
    e = raises(ValueError, op)
    assert str(e) == 'I/O operation on closed file'
s.close()
assert repr(io.StringIO()).startswith('<_io.StringIO object at 0x')

# print() into a StringIO, a subclass.
buf = io.StringIO()
print('a', 1, 2.5, sep='|', end='!\n', file=buf)
print('second', file=buf)
assert buf.getvalue() == 'a|1|2.5!\nsecond\n'


class Upper(io.StringIO):
    def write(self, text):
        return super().write(text.upper())


up = Upper('x')
assert up.write('abc') == 3 and up.getvalue() == 'ABC'
assert isinstance(up, io.StringIO) and type(up).__name__ == 'Upper'

# BytesIO.
b = io.BytesIO(b'first\nsecond\nthird')
assert b.read(5) == b'first' and b.readline() == b'\n' and b.tell() == 6
assert b.readline() == b'second\n' and b.read() == b'third' and b.read() == b''
b.seek(0)
assert list(b) == [b'first\n', b'second\n', b'third']
b.seek(0)
assert b.readlines() == [b'first\n', b'second\n', b'third']
assert b.seek(-5, 2) == 13 and b.read(2) == b'th'
assert b.seek(-100, 1) == 0
assert b.seek(3, io.SEEK_CUR) == 3 and b.read1(2) == b'st'
b = io.BytesIO()
assert b.write(b'abc') == 3 and b.write(bytearray(b'de')) == 2 and b.getvalue() == b'abcde'
b.seek(8)
b.write(b'Z')
assert b.getvalue() == b'abcde\x00\x00\x00Z'
b.seek(1)
b.write(b'XY')
assert b.getvalue() == b'aXYde\x00\x00\x00Z' and b.tell() == 3
assert b.truncate(4) == 4 and b.getvalue() == b'aXYd' and b.tell() == 3
b.writelines([b'1', b'2'])
assert b.getvalue() == b'aXY12'
ba = bytearray(3)
b.seek(1)
assert b.readinto(ba) == 3 and ba == bytearray(b'XY1')
e = raises(TypeError, b.write, 'text')
assert str(e) == "a bytes-like object is required, not 'str'"
e = raises(ValueError, b.seek, -1)
assert str(e) == 'negative seek value -1'
e = raises(ValueError, b.seek, 0, 5)
assert str(e) == 'invalid whence (5, should be 0, 1 or 2)'
e = raises(TypeError, io.BytesIO, 'text')
assert str(e) == "a bytes-like object is required, not 'str'"
assert io.BytesIO(bytearray(b'ba')).getvalue() == b'ba'
with io.BytesIO(b'x') as bb:
    assert bb.read() == b'x'
assert bb.closed
e = raises(ValueError, bb.getvalue)
assert str(e) == 'I/O operation on closed file.'
assert repr(io.BytesIO()).startswith('<_io.BytesIO object at 0x')

# The file types of open(), and the abstract classes.
with open('io_scratch.txt', 'w') as f:
    assert isinstance(f, io.TextIOWrapper) and isinstance(f, io.TextIOBase) and isinstance(f, io.IOBase)
    f.write('text\n')
with open('io_scratch.txt', 'rb') as f:
    assert isinstance(f, io.BufferedReader) and isinstance(f, io.BufferedIOBase)
    assert not isinstance(f, io.TextIOBase) and f.read() == b'text\n'
with open('io_scratch.txt', 'wb') as f:
    assert isinstance(f, io.BufferedWriter) and isinstance(f, io.IOBase)
with io.open('io_scratch.txt') as f:
    assert f.read() == ''
import os
os.remove('io_scratch.txt')
assert io.open is open
assert isinstance(sys.stdout, io.TextIOWrapper)
assert isinstance(io.StringIO(), io.TextIOBase) and isinstance(io.StringIO(), io.IOBase)
assert isinstance(io.BytesIO(), io.BufferedIOBase) and not isinstance(io.BytesIO(), io.TextIOBase)
assert not isinstance(io.StringIO(), io.RawIOBase) and not isinstance(3, io.IOBase)
assert issubclass(io.StringIO, io.IOBase) and not issubclass(int, io.IOBase)
assert issubclass(io.UnsupportedOperation, OSError) and issubclass(io.UnsupportedOperation, ValueError)
assert io.DEFAULT_BUFFER_SIZE == 8192


class Chunks(io.RawIOBase):
    """A raw stream over a bytes value, handing out at most 3 bytes a
    read."""

    def __init__(self, data):
        self.data = data

    def readable(self):
        return True

    def readinto(self, b):
        n = min(len(b), 3, len(self.data))
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n


c = Chunks(b'ab\ncdefg\nh')
assert isinstance(c, io.IOBase) and isinstance(c, io.RawIOBase) and not isinstance(c, io.TextIOBase)
assert c.readline() == b'ab\n' and c.read(2) == b'cd' and c.read() == b'efg\nh'
assert Chunks(b'1\n2\n').readlines() == [b'1\n', b'2\n']
with Chunks(b'') as c2:
    assert not c2.closed
assert c2.closed
e = raises(ValueError, c2.__enter__)
assert str(e) == 'I/O operation on closed file.'
raises(NotImplementedError, Chunks(b'').write, b'x')
e = raises(io.UnsupportedOperation, Chunks(b'').seek, 0)
assert str(e) == 'seek'
e = raises(io.UnsupportedOperation, Chunks(b'').tell)
assert str(e) == 'seek'
e = raises(io.UnsupportedOperation, io.TextIOBase().read)
assert str(e) == 'read'
assert not io.IOBase().readable() and not io.IOBase().seekable()


class Shout(io.TextIOBase):
    def __init__(self):
        self.parts = []

    def writable(self):
        return True

    def write(self, s):
        self.parts.append(s.upper())
        return len(s)


sh = Shout()
print('quiet', file=sh)
assert ''.join(sh.parts) == 'QUIET\n' and isinstance(sh, io.TextIOBase)

# One stream shared by threads loses no write.
import threading
shared_s, shared_b = io.StringIO(), io.BytesIO()


def writer():
    for i in range(2000):
        shared_s.write('abc')
        shared_b.write(b'de')


threads = [threading.Thread(target=writer) for _ in range(4)]
for th in threads:
    th.start()
for th in threads:
    th.join()
assert len(shared_s.getvalue()) == 24000 and shared_s.tell() == 24000 and shared_s.getvalue().count('abc') == 8000
assert shared_b.getvalue() == b'de' * 8000

print(io.StringIO('a\nb').readlines(), io.BytesIO(b'xyz').read(2))
print("ok")
