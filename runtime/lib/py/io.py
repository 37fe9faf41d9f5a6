"""The io module: in-memory streams (StringIO, BytesIO, from _io), the
file types of the builtin open, and the abstract base classes for
isinstance checks and for streams written in Python."""

import builtins
from _io import (StringIO, BytesIO, TextIOWrapper, BufferedReader,
                 BufferedWriter, UnsupportedOperation, DEFAULT_BUFFER_SIZE)

__all__ = ['BlockingIOError', 'open', 'open_code', 'IOBase', 'RawIOBase',
           'FileIO', 'BytesIO', 'StringIO', 'BufferedIOBase',
           'BufferedReader', 'BufferedWriter', 'BufferedRWPair',
           'BufferedRandom', 'TextIOBase', 'TextIOWrapper',
           'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END',
           'DEFAULT_BUFFER_SIZE', 'text_encoding']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

open = builtins.open
BlockingIOError = builtins.BlockingIOError
BufferedRandom = BufferedWriter
BufferedRWPair = BufferedWriter
FileIO = BufferedReader


def open_code(path):
    return open(path, 'rb')


def text_encoding(encoding, stacklevel=2):
    if encoding is None:
        return 'utf-8'
    return encoding


class _IOMeta(type):
    """Lets the built-in stream types count as instances of the abstract
    classes below, which they cannot inherit from."""

    def __instancecheck__(cls, inst):
        return cls.__subclasscheck__(type(inst))

    def __subclasscheck__(cls, sub):
        if type.__subclasscheck__(cls, sub):
            return True
        return any(issubclass(sub, r) for r in _BUILTIN.get(cls, ()))


class IOBase(metaclass=_IOMeta):
    """The base of all streams: closing, the context manager, iteration
    by lines, and the capability queries (all False here)."""

    __closed = False

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def seek(self, pos, whence=0):
        self._unsupported('seek')

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported('truncate')

    def flush(self):
        self._checkClosed()

    def close(self):
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    @property
    def closed(self):
        return self.__closed

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError('I/O operation on closed file.' if msg is None else msg)

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def fileno(self):
        self._unsupported('fileno')

    def isatty(self):
        self._checkClosed()
        return False

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def readline(self, size=-1):
        if size is None:
            size = -1
        out = bytearray()
        while size < 0 or len(out) < size:
            b = self.read(1)
            if not b:
                break
            out += b
            if out.endswith(b'\n'):
                break
        return bytes(out)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        lines, n = [], 0
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    """Unbuffered binary streams: read and readall over readinto."""

    def read(self, size=-1):
        if size is None:
            size = -1
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        return bytes(b[:n])

    def readall(self):
        res = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            res += data
        return bytes(res)

    def readinto(self, b):
        raise NotImplementedError

    def write(self, b):
        raise NotImplementedError


class BufferedIOBase(IOBase):
    """Buffered binary streams."""

    def read(self, size=-1):
        self._unsupported('read')

    def read1(self, size=-1):
        return self.read(size)

    def write(self, b):
        self._unsupported('write')

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def detach(self):
        self._unsupported('detach')


class TextIOBase(IOBase):
    """Text streams."""

    encoding = None
    errors = None
    newlines = None

    def read(self, size=-1):
        self._unsupported('read')

    def write(self, s):
        self._unsupported('write')

    def readline(self, size=-1):
        if size is None:
            size = -1
        out = []
        n = 0
        while size < 0 or n < size:
            c = self.read(1)
            if not c:
                break
            out.append(c)
            n += 1
            if c == '\n':
                break
        return ''.join(out)

    def detach(self):
        self._unsupported('detach')


# The built-in types each abstract class counts as its own.
_BUILTIN = {
    IOBase: (StringIO, BytesIO, TextIOWrapper, BufferedReader, BufferedWriter),
    BufferedIOBase: (BytesIO, BufferedReader, BufferedWriter),
    TextIOBase: (StringIO, TextIOWrapper),
}
