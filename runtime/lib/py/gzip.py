"""gzip: compress and decompress data in the gzip format, and gzip files.

compress and decompress work on whole buffers (decompress reads every
member of a multi-member file). open() and GzipFile read a whole file when
opened for reading, and compress what was written when closed, so they
hold the uncompressed data in memory; in text modes the whole text is
decoded at open or encoded at close. Each GzipFile is guarded by its own lock.
"""

import _thread
import builtins
import io
import os
import struct
import time
import zlib
from _zlib import _decompress_partial

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

READ, WRITE = 1, 2
_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def _header(mtime, level, name=b''):
    flags = 0x08 if name else 0
    xfl = 2 if level == _COMPRESS_LEVEL_BEST else (
        4 if level == _COMPRESS_LEVEL_FAST else 0)
    head = b'\x1f\x8b\x08' + bytes([flags]) + struct.pack(
        '<L', int(mtime) & 0xffffffff) + bytes([xfl, 255])
    if name:
        head += name + b'\x00'
    return head


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Compress data in one shot and return the gzip bytes."""
    data = bytes(data)
    if mtime is None:
        mtime = time.time()
    body = zlib.compress(data, compresslevel, -zlib.MAX_WBITS)
    return (_header(mtime, compresslevel) + body +
            struct.pack('<LL', zlib.crc32(data), len(data) & 0xffffffff))


def decompress(data):
    """Decompress gzip data (every member) in one shot."""
    data = bytes(data)
    out = []
    while data:
        if data[:2] != b'\x1f\x8b':
            raise BadGzipFile('Not a gzipped file (%r)' % data[:2])
        if len(data) < 10:
            raise EOFError("Compressed file ended before the "
                           "end-of-stream marker was reached")
        if data[2] != 8:
            raise BadGzipFile('Unknown compression method')
        try:
            chunk, complete, unused = _decompress_partial(data, 31)
        except zlib.error as e:
            if 'incorrect data check' in str(e):
                raise BadGzipFile('CRC check failed') from None
            raise
        if not complete:
            raise EOFError("Compressed file ended before the "
                           "end-of-stream marker was reached")
        out.append(chunk)
        data = data[len(data) - unused:] if unused else b''
        data = data.lstrip(b'\x00')   # padding between members
    return b''.join(out)


class GzipFile(io.BufferedIOBase):
    """A file object that compresses to or decompresses from a gzip
    file (see the module docstring for how)."""

    myfileobj = None

    def __init__(self, filename=None, mode=None,
                 compresslevel=_COMPRESS_LEVEL_BEST, fileobj=None,
                 mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        else:
            filename = os.fspath(filename)
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        self._lock = _thread.allocate_lock()
        self.name = filename
        self.fileobj = fileobj
        self.compresslevel = compresslevel
        self.mtime = mtime
        if mode.startswith('r'):
            self.mode = READ
            self._buf = io.BytesIO(decompress(fileobj.read()))
        elif mode.startswith(('w', 'a', 'x')):
            if not 0 <= compresslevel <= 9 and compresslevel != -1:
                raise ValueError(
                    "Invalid compresslevel: {}".format(compresslevel))
            self.mode = WRITE
            self._buf = io.BytesIO()
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))

    def __repr__(self):
        s = repr(self.fileobj)
        return '<gzip ' + s[1:-1] + ' ' + hex(id(self)) + '>'

    @property
    def closed(self):
        return self.fileobj is None

    def _check(self, mode):
        if self.fileobj is None:
            raise ValueError("I/O operation on closed file.")
        if mode is not None and self.mode != mode:
            import errno
            op = "read" if mode == READ else "write"
            raise OSError(errno.EBADF,
                          op + "() on " + ("write" if mode == READ
                                           else "read") + "-only GzipFile object")

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return self.mode == READ

    def write(self, data):
        with self._lock:
            self._check(WRITE)
            if not isinstance(data, (bytes, bytearray)):
                data = data.tobytes()   # array.array
            n = len(data)
            self._buf.write(data)
            return n

    def read(self, size=-1):
        with self._lock:
            self._check(READ)
            return self._buf.read(size)

    def read1(self, size=-1):
        return self.read(size)

    def peek(self, n):
        with self._lock:
            self._check(READ)
            pos = self._buf.tell()
            data = self._buf.read(max(n, 1))
            self._buf.seek(pos)
            return data

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        with self._lock:
            self._check(READ)
            return self._buf.readline(size)

    def __iter__(self):
        self._check(READ)
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, offset, whence=io.SEEK_SET):
        with self._lock:
            self._check(READ)
            return self._buf.seek(offset, whence)

    def tell(self):
        with self._lock:
            self._check(None)
            return self._buf.tell()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check(None)

    def fileno(self):
        return self.fileobj.fileno()

    def close(self):
        with self._lock:
            fileobj = self.fileobj
            if fileobj is None:
                return
            self.fileobj = None
            try:
                if self.mode == WRITE:
                    data = self._buf.getvalue()
                    mtime = time.time() if self.mtime is None else self.mtime
                    name = os.path.basename(self.name)
                    if isinstance(name, str):
                        name = name.encode('latin-1', 'replace')
                    if name.endswith(b'.gz'):
                        name = name[:-3]
                    fileobj.write(
                        _header(mtime, self.compresslevel, name) +
                        zlib.compress(data, self.compresslevel,
                                      -zlib.MAX_WBITS) +
                        struct.pack('<LL', zlib.crc32(data),
                                    len(data) & 0xffffffff))
            finally:
                myfileobj = self.myfileobj
                if myfileobj:
                    self.myfileobj = None
                    myfileobj.close()

    def __enter__(self):
        self._check(None)
        return self

    def __exit__(self, *exc):
        self.close()


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST,
         encoding=None, errors=None, newline=None):
    """Open a gzip file in binary ('rb', 'wb', 'ab', 'xb') or text ('rt',
    'wt', 'at', 'xt') mode; filename may be a file object."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        if encoding is not None:
            raise ValueError(
                "Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError(
                "Argument 'newline' not supported in binary mode")
    gz_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes, os.PathLike)):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, "
                        "or a file")
    if "t" in mode:
        return _TextFile(binary_file, encoding, errors, newline)
    return binary_file


class _TextFile:
    """The text-mode file gzip.open returns: reading decodes the whole
    file into an io.StringIO; writing collects text and encodes it into
    the GzipFile when closed."""

    def __init__(self, binary, encoding, errors, newline):
        self.buffer = binary
        self.encoding = encoding or 'utf-8'
        self.errors = errors or 'strict'
        self._newline = newline
        self._lock = _thread.allocate_lock()
        if binary.mode == READ:
            text = binary.read().decode(self.encoding, self.errors)
            if newline is None:
                text = text.replace('\r\n', '\n').replace('\r', '\n')
            self._io = io.StringIO(text)
        else:
            self._io = None
            self._parts = []

    @property
    def closed(self):
        return self.buffer.closed

    def __getattr__(self, name):
        if name in ('read', 'readline', 'readlines', 'seek', 'tell'):
            if self.closed:
                raise ValueError("I/O operation on closed file.")
            if self._io is None:
                raise io.UnsupportedOperation("not readable")
            return getattr(self._io, name)
        raise AttributeError(name)

    def __iter__(self):
        if self._io is None:
            raise io.UnsupportedOperation("not readable")
        return iter(self._io)

    def readable(self):
        return self._io is not None

    def writable(self):
        return self._io is None

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s"
                            % type(s).__name__)
        with self._lock:
            if self.closed:
                raise ValueError("I/O operation on closed file.")
            if self._io is not None:
                raise io.UnsupportedOperation("not writable")
            self._parts.append(s)
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        pass

    def close(self):
        with self._lock:
            if self.closed:
                return
            if self._io is None:
                text = ''.join(self._parts)
                self._parts = []
                if self._newline not in (None, '', '\n'):
                    text = text.replace('\n', self._newline)
                self.buffer.write(text.encode(self.encoding, self.errors))
            self.buffer.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
