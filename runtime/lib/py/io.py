"""The io module: in-memory streams (StringIO, BytesIO, from _io), the
file types of the builtin open, the abstract base classes for isinstance
checks and for streams written in Python, and TextIOWrapper over any
binary stream (here in Python; the builtin open's text files count as
its instances)."""

import builtins
import codecs
from _io import (StringIO, BytesIO, BufferedReader,
                 BufferedWriter, UnsupportedOperation, DEFAULT_BUFFER_SIZE)
from _io import TextIOWrapper as _FileTextIO

__all__ = ['BlockingIOError', 'open', 'open_code', 'IOBase', 'RawIOBase',
           'FileIO', 'BytesIO', 'StringIO', 'BufferedIOBase',
           'BufferedReader', 'BufferedWriter', 'BufferedRWPair',
           'BufferedRandom', 'TextIOBase', 'TextIOWrapper',
           'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END',
           'DEFAULT_BUFFER_SIZE', 'text_encoding',
           'IncrementalNewlineDecoder']

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


class IncrementalNewlineDecoder:
    """Wraps a decoder (or None for str input) to translate "\r\n" and
    "\r" into "\n" (when translate is true) and to record which line
    endings were seen (newlines). A "\r" at the end of a piece waits for
    the next piece, which may begin with "\n"."""

    _LF, _CR, _CRLF = 1, 2, 4

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self.seennl = 0
        self.pendingcr = False

    def decode(self, input, final=False):
        if self.decoder is None:
            output = input
        else:
            output = self.decoder.decode(input, final=final)
        if self.pendingcr and (output or final):
            output = "\r" + output
            self.pendingcr = False
        if output.endswith("\r") and not final:
            output = output[:-1]
            self.pendingcr = True
        crlf = output.count("\r\n")
        cr = output.count("\r") - crlf
        lf = output.count("\n") - crlf
        self.seennl |= ((lf and self._LF) | (cr and self._CR) |
                        (crlf and self._CRLF))
        if self.translate:
            if crlf:
                output = output.replace("\r\n", "\n")
            if cr:
                output = output.replace("\r", "\n")
        return output

    def getstate(self):
        if self.decoder is None:
            buf, flag = b"", 0
        else:
            buf, flag = self.decoder.getstate()
        flag <<= 1
        if self.pendingcr:
            flag |= 1
        return buf, flag

    def setstate(self, state):
        buf, flag = state
        self.pendingcr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buf, flag >> 1))

    def reset(self):
        self.seennl = 0
        self.pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return (None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"),
                ("\r", "\r\n"), ("\r", "\n", "\r\n"))[self.seennl]


class TextIOWrapper(TextIOBase):
    """A text stream over a binary stream (io.BytesIO, a file's .buffer,
    a RawIOBase or BufferedIOBase of one's own): decodes what it reads
    piece by piece with the codec's incremental decoder and encodes what
    it writes, translating line endings as newline says (None: any
    ending reads as "\n" and "\n" writes as os.linesep; "": any ending
    ends a line, untranslated; "\n", "\r", "\r\n": that ending, written
    for "\n"). Writes go to the buffer at once. tell() is a byte offset,
    exact where the decoder holds no partial character."""

    _CHUNK_SIZE = 8192

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        self._check_newline(newline)
        if encoding is None or encoding == "locale":
            encoding = "UTF-8" if encoding is None else "utf-8"
        if not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be "
                            "str or None, not %s" % type(encoding).__name__)
        if errors is None:
            errors = "strict"
        elif not isinstance(errors, str):
            raise TypeError("TextIOWrapper() argument 'errors' must be "
                            "str or None, not %s" % type(errors).__name__)
        info = codecs.lookup(encoding)
        if not getattr(info, '_is_text_encoding', True):
            raise LookupError("%r is not a text encoding; use codecs.open() "
                              "to handle arbitrary codecs" % encoding)
        self._buffer = buffer
        self._encoding = encoding
        self._errors = errors
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        self._set_newline(newline)
        self._decoder = None
        self._encoder = None
        self._decoded = ""
        self._used = 0
        self._snapshot = None
        self._detached = False
        self._pending = []
        self._pending_size = 0
        self._seekable = self._telling = self._buffer_call('seekable', False)
        if self._seekable and self._writable_buffer():
            try:
                if self._buffer.tell() != 0:
                    self._get_encoder().setstate(1)
            except (OSError, ValueError):
                pass

    @staticmethod
    def _check_newline(newline):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("TextIOWrapper() argument 'newline' must be str "
                            "or None, not %s" % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %s" % (newline,))

    def _set_newline(self, newline):
        self._readuniversal = not newline
        self._readtranslate = newline is None
        self._readnl = newline
        self._writetranslate = newline != ""
        self._writenl = newline or "\n"

    def _buffer_call(self, name, default):
        try:
            return getattr(self._buffer, name)()
        except (AttributeError, UnsupportedOperation):
            return default

    def _writable_buffer(self):
        return self._buffer_call('writable', False)

    def _get_encoder(self):
        if self._encoder is None:
            self._encoder = codecs.getincrementalencoder(self._encoding)(
                self._errors)
        return self._encoder

    def _get_decoder(self):
        if self._decoder is None:
            decoder = codecs.getincrementaldecoder(self._encoding)(
                self._errors)
            if self._readuniversal:
                decoder = IncrementalNewlineDecoder(decoder,
                                                    self._readtranslate)
            self._decoder = decoder
        return self._decoder

    # -- attributes ----------------------------------------------------

    @property
    def buffer(self):
        if self._detached:
            raise ValueError("underlying buffer has been detached")
        return self._buffer

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def newlines(self):
        return self._decoder.newlines if self._decoder is not None and \
            hasattr(self._decoder, 'newlines') else None

    @property
    def name(self):
        return self.buffer.name

    @property
    def closed(self):
        return self.buffer.closed

    def __repr__(self):
        cls = type(self)
        result = "<" + ("_io.TextIOWrapper" if cls is TextIOWrapper
                        else cls.__qualname__)
        try:
            name = self.name
        except Exception:
            pass
        else:
            result += " name=%r" % (name,)
        try:
            mode = self.mode
        except AttributeError:
            pass
        else:
            result += " mode=%r" % (mode,)
        return result + " encoding=%r>" % (self._encoding,)

    def fileno(self):
        return self.buffer.fileno()

    def isatty(self):
        return self.buffer.isatty()

    def seekable(self):
        self._checkClosed()
        return self._seekable

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def flush(self):
        self._checkClosed()
        self._write_pending()
        self.buffer.flush()
        self._telling = self._seekable

    def close(self):
        buffer = self.buffer
        if not buffer.closed:
            try:
                self.flush()
            finally:
                buffer.close()

    def detach(self):
        buffer = self.buffer
        self.flush()
        self._detached = True
        self._buffer = None
        return buffer

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file."
                             if msg is None else msg)

    def __del__(self):
        try:
            if not self._detached:
                self.close()
        except Exception:
            pass

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis,
                    line_buffering=None, write_through=None):
        """Change the codec, newline handling or buffering for what is
        read and written from now on."""
        if self._decoder is not None and (encoding is not None or
                                          errors is not None or
                                          newline is not Ellipsis):
            if self._decoded[self._used:]:
                raise UnsupportedOperation(
                    "It is not possible to set the encoding or newline of "
                    "stream after the first read")
        if encoding is not None:
            if not isinstance(encoding, str):
                raise TypeError("reconfigure() argument 'encoding' must be "
                                "str or None, not %s" % type(encoding).__name__)
            codecs.lookup(encoding)
            if errors is None:
                errors = "strict"
        if errors is not None and not isinstance(errors, str):
            raise TypeError("reconfigure() argument 'errors' must be str "
                            "or None, not %s" % type(errors).__name__)
        if newline is not Ellipsis:
            self._check_newline(newline)
        self.flush()
        if encoding is not None:
            self._encoding = encoding
        if errors is not None:
            self._errors = errors
        if encoding is not None or errors is not None:
            self._encoder = None
            self._decoder = None
        if newline is not Ellipsis:
            self._set_newline(newline)
            self._decoder = None
        if line_buffering is not None:
            self._line_buffering = bool(line_buffering)
        if write_through is not None:
            self._write_through = bool(write_through)

    # -- writing -------------------------------------------------------

    def write(self, s):
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s"
                            % type(s).__name__)
        length = len(s)
        haslf = (self._writetranslate or self._line_buffering) and "\n" in s
        text = s
        if haslf and self._writetranslate and self._writenl != "\n":
            text = text.replace("\n", self._writenl)
        if self._decoded[self._used:] or self._snapshot is not None:
            # Reading ahead moved the buffer past the logical position.
            if self._seekable:
                self.seek(self.tell())
            else:
                self._reset_read()
        data = self._get_encoder().encode(text)
        self._pending.append(data)
        self._pending_size += len(data)
        if self._line_buffering and (haslf or "\r" in text):
            self.flush()
        elif self._write_through or self._pending_size >= self._CHUNK_SIZE:
            self._write_pending()
        return length

    def _write_pending(self):
        """Hand the encoded text written so far to the buffer."""
        if self._pending:
            data = b"".join(self._pending)
            self._pending = []
            self._pending_size = 0
            self.buffer.write(data)

    # -- reading -------------------------------------------------------

    def _reset_read(self):
        self._decoded = ""
        self._used = 0
        self._snapshot = None
        if self._decoder is not None:
            self._decoder.reset()

    def _take(self, n=None):
        """The decoded text not read yet, or its first n characters."""
        avail = self._decoded[self._used:] if self._used else self._decoded
        if n is not None and n < len(avail):
            avail = avail[:n]
        self._used += len(avail)
        return avail

    def _read_chunk(self):
        """Decode one more piece of the buffer; False at its end."""
        if self._decoder is None:
            self._get_decoder()
        self._write_pending()
        state = self._decoder.getstate() if self._telling else None
        read1 = getattr(self.buffer, 'read1', None)
        if read1 is not None:
            chunk = read1(self._CHUNK_SIZE)
        else:
            chunk = self.buffer.read(self._CHUNK_SIZE)
        if chunk is None:
            chunk = b""
        eof = not chunk
        rest = self._decoded[self._used:]
        self._decoded = rest + self._decoder.decode(chunk, eof)
        self._used = 0
        if state is not None:
            self._snapshot = (state, chunk, len(rest))
        return not eof

    def read(self, size=-1):
        self._checkClosed()
        if not self.readable():
            raise UnsupportedOperation("not readable")
        if size is None:
            size = -1
        elif not isinstance(size, int):
            try:
                size = size.__index__()
            except AttributeError:
                raise TypeError("argument should be integer or None, not '%s'"
                                % type(size).__name__) from None
        decoder = self._decoder or self._get_decoder()
        if size < 0:
            self._write_pending()
            data = self.buffer.read()
            if data is None:
                data = b""
            result = self._take() + decoder.decode(data, final=True)
            self._decoded = ""
            self._used = 0
            self._snapshot = None
            return result
        parts = []
        n = 0
        more = True
        while n < size:
            piece = self._take(size - n)
            parts.append(piece)
            n += len(piece)
            if n >= size or not more:
                break
            more = self._read_chunk()
        return "".join(parts)

    def __next__(self):
        self._telling = False
        line = self.readline()
        if not line:
            self._snapshot = None
            self._telling = self._seekable
            raise StopIteration
        return line

    def readline(self, size=None):
        self._checkClosed()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            size = size.__index__()
        if self._decoder is None:
            self._get_decoder()
        more = True
        while True:
            buf, base = self._decoded, self._used
            end = self._line_end(buf, base, not more)
            if end >= 0:
                break
            if size >= 0 and len(buf) - base >= size:
                end = base + size
                break
            if not more:
                end = len(buf)
                break
            more = self._read_chunk()
        if size >= 0 and end - base > size:
            end = base + size
        self._used = end
        return buf[base:end]

    def _line_end(self, buf, base, eof):
        """Where the line starting at base ends in buf (past its
        ending), or -1 if buf holds no ending yet."""
        if self._readtranslate:
            pos = buf.find("\n", base)
            return -1 if pos < 0 else pos + 1
        if self._readuniversal:
            nlpos = buf.find("\n", base)
            crpos = buf.find("\r", base, nlpos if nlpos >= 0 else len(buf))
            if crpos < 0:
                return -1 if nlpos < 0 else nlpos + 1
            if crpos + 1 < len(buf):
                return crpos + (2 if buf[crpos + 1] == "\n" else 1)
            return crpos + 1 if eof else -1  # "\n" may follow
        pos = buf.find(self._readnl, base)
        return -1 if pos < 0 else pos + len(self._readnl)

    # -- position ------------------------------------------------------

    def tell(self):
        self._checkClosed()
        if not self._seekable:
            raise UnsupportedOperation("underlying stream is not seekable")
        if not self._telling:
            raise OSError("telling position disabled by next() call")
        self.flush()
        position = self.buffer.tell()
        if self._snapshot is None or self._decoder is None:
            return position
        state, chunk, carried = self._snapshot
        position -= len(chunk)
        skip = self._used - carried
        if skip <= 0 and not self._decoded[self._used:]:
            return position + len(chunk)
        # Feed the piece again byte by byte from the state before it
        # until as many characters came out as were read.
        decoder = self._decoder
        saved = decoder.getstate()
        try:
            decoder.setstate(state)
            got = 0
            for i in range(len(chunk)):
                if got >= skip and decoder.getstate()[0] == b"":
                    return position + i
                got += len(decoder.decode(chunk[i:i + 1]))
            return position + len(chunk)
        finally:
            decoder.setstate(saved)

    def seek(self, cookie, whence=0):
        self._checkClosed()
        if not self._seekable:
            raise UnsupportedOperation("underlying stream is not seekable")
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            whence, cookie = 0, self.tell()
        elif whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            position = self.buffer.seek(0, 2)
            self._reset_read()
            if self._encoder is not None:
                self._encoder.setstate(1 if position else 0)
            return position
        if whence != 0:
            raise ValueError("invalid whence (%r, should be 0, 1 or 2)"
                             % (whence,))
        if not isinstance(cookie, int):
            raise TypeError("an integer is required")
        if cookie < 0:
            raise ValueError("negative seek position %r" % (cookie,))
        self.flush()
        self.buffer.seek(cookie)
        self._reset_read()
        if self._decoder is not None and cookie != 0:
            # Past the start no byte order mark comes.
            buf, flag = self._decoder.getstate()
            self._decoder.setstate((buf, flag & ~2 if self._readuniversal
                                    else 0))
        if self._encoder is not None or cookie != 0:
            self._get_encoder().setstate(1 if cookie else 0)
        return cookie

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        return self.buffer.truncate(pos)


# The built-in types each abstract class counts as its own.
_BUILTIN = {
    IOBase: (StringIO, BytesIO, _FileTextIO, BufferedReader, BufferedWriter),
    BufferedIOBase: (BytesIO, BufferedReader, BufferedWriter),
    TextIOBase: (StringIO, _FileTextIO),
    TextIOWrapper: (_FileTextIO,),
}
