"""This module provides socket operations and some related functions.

The socket type itself and the system calls are in _socket (Go, over
file descriptors); this module adds what CPython's socket.py adds: the
AddressFamily, SocketKind, MsgFlag and AddressInfo enums, a socket class
with accept() returning socket objects, makefile(), the context manager,
and the helpers create_connection, create_server, socketpair, fromfd and
getfqdn.
"""

import _socket
from _socket import *

import os
import sys
import io
from enum import IntEnum, IntFlag

try:
    import errno
except ImportError:
    errno = None
EBADF = getattr(errno, 'EBADF', 9)
EAGAIN = getattr(errno, 'EAGAIN', 11)
EWOULDBLOCK = getattr(errno, 'EWOULDBLOCK', 11)

__all__ = ["fromfd", "getfqdn", "create_connection", "create_server",
           "has_dualstack_ipv6", "AddressFamily", "SocketKind"]
__all__.extend(n for n in dir(_socket) if not n.startswith('_'))


def _make_enum(base, name, prefix, exclude=()):
    members = {n: getattr(_socket, n) for n in dir(_socket)
               if n.startswith(prefix) and n.isupper() and n not in exclude
               and isinstance(getattr(_socket, n), int)}
    # Aliases (two names for one value) keep the first name in sorted
    # order, as the members' values must be unique for an IntEnum here.
    seen = {}
    for n in sorted(members):
        seen.setdefault(members[n], n)
    cls = base(name, {n: v for v, n in sorted(seen.items())}, module=__name__)
    globals().update({n: cls(v) for n, v in members.items()})
    return cls


AddressFamily = _make_enum(IntEnum, 'AddressFamily', 'AF_')
SocketKind = _make_enum(IntEnum, 'SocketKind', 'SOCK_')
MsgFlag = _make_enum(IntFlag, 'MsgFlag', 'MSG_')
AddressInfo = _make_enum(IntFlag, 'AddressInfo', 'AI_')

_LOCALHOST = '127.0.0.1'
_LOCALHOST_V6 = '::1'


def _intenum_converter(value, enum_klass):
    """Convert a numeric family value to an IntEnum member.

    If it's not a known member, return the numeric value itself.
    """
    try:
        return enum_klass(value)
    except ValueError:
        return value


class _GiveupOnSendfile(Exception):
    pass


class socket(_socket.socket):

    """A subclass of _socket.socket adding the makefile() method."""

    __slots__ = ["__weakref__", "_io_refs", "_closed"]

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None:
            if family == -1:
                family = AF_INET
            if type == -1:
                type = SOCK_STREAM
            if proto == -1:
                proto = 0
        _socket.socket.__init__(self, family, type, proto, fileno)
        self._io_refs = 0
        self._closed = False

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    def __repr__(self):
        """Wrap __repr__() to reveal the real class name and socket
        address(es).
        """
        closed = getattr(self, '_closed', False)
        s = "<%s.%s%s fd=%i, family=%s, type=%s, proto=%i" \
            % (self.__class__.__module__,
               self.__class__.__qualname__,
               " [closed]" if closed else "",
               self.fileno(),
               self.family,
               self.type,
               self.proto)
        if not closed:
            try:
                laddr = self.getsockname()
                if laddr:
                    s += ", laddr=%s" % str(laddr)
            except error:
                pass
            try:
                raddr = self.getpeername()
                if raddr:
                    s += ", raddr=%s" % str(raddr)
            except error:
                pass
        s += '>'
        return s

    def __getstate__(self):
        raise TypeError(f"cannot pickle {self.__class__.__name__!r} object")

    def dup(self):
        """dup() -> socket object

        Duplicate the socket. Return a new socket object connected to the
        same system resource. The new socket is non-inheritable.
        """
        fd = dup(self.fileno())
        sock = self.__class__(self.family, self.type, self.proto, fileno=fd)
        sock.settimeout(self.gettimeout())
        return sock

    def accept(self):
        """accept() -> (socket object, address info)

        Wait for an incoming connection.  Return a new socket
        representing the connection, and the address of the client.
        For IP sockets, the address info is a pair (hostaddr, port).
        """
        fd, addr = self._accept()
        sock = socket(self.family, self.type, self.proto, fileno=fd)
        # The accepted socket is blocking unless a default timeout is
        # set, whatever the listening socket's timeout, as in CPython.
        if getdefaulttimeout() is None and self.gettimeout():
            sock.setblocking(True)
        return sock, addr

    def makefile(self, mode="r", buffering=None, *,
                 encoding=None, errors=None, newline=None):
        """makefile(...) -> an I/O stream connected to the socket

        The arguments are as for io.open() after the filename, except the
        only supported mode values are 'r' (default), 'w' and 'b'.
        """
        if not set(mode) <= {"r", "w", "b"}:
            raise ValueError("invalid mode %r (only r, w, b allowed)" % (mode,))
        writing = "w" in mode
        reading = "r" in mode or not writing
        assert reading or writing
        binary = "b" in mode
        rawmode = ""
        if reading:
            rawmode += "r"
        if writing:
            rawmode += "w"
        raw = SocketIO(self, rawmode)
        self._io_refs += 1
        if buffering is None:
            buffering = -1
        if buffering < 0:
            buffering = io.DEFAULT_BUFFER_SIZE
        if buffering == 0:
            if not binary:
                raise ValueError("unbuffered streams must be binary")
            return raw
        if reading and writing:
            buffer = _BufferedRWPair(raw, raw, buffering)
        elif reading:
            buffer = _BufferedReader(raw, buffering)
        else:
            assert writing
            buffer = _BufferedWriter(raw, buffering)
        if binary:
            return buffer
        encoding = io.text_encoding(encoding)
        text = io.TextIOWrapper(buffer, encoding, errors, newline)
        text.mode = mode
        return text

    def sendfile(self, file, offset=0, count=None):
        """sendfile(file[, offset[, count]]) -> sent

        Send a file until EOF is reached, with plain send() calls.
        """
        self._check_sendfile_params(file, offset, count)
        if self.gettimeout() == 0:
            raise ValueError("non-blocking sockets are not supported")
        if offset:
            file.seek(offset)
        blocksize = min(count, 8192) if count else 8192
        total_sent = 0
        try:
            while True:
                if count:
                    blocksize = min(count - total_sent, blocksize)
                    if blocksize <= 0:
                        break
                data = memoryview(file.read(blocksize))
                if not data:
                    break
                while True:
                    try:
                        sent = self.send(data)
                    except BlockingIOError:
                        continue
                    else:
                        total_sent += sent
                        if sent < len(data):
                            data = data[sent:]
                        else:
                            break
            return total_sent
        finally:
            if total_sent > 0 and hasattr(file, 'seek'):
                file.seek(offset + total_sent)

    def _check_sendfile_params(self, file, offset, count):
        if 'b' not in getattr(file, 'mode', 'b'):
            raise ValueError("file should be opened in binary mode")
        if not self.type & SOCK_STREAM:
            raise ValueError("only SOCK_STREAM type sockets are supported")
        if count is not None:
            if not isinstance(count, int):
                raise TypeError(
                    "count must be a positive integer (got {!r})".format(count))
            if count <= 0:
                raise ValueError(
                    "count must be a positive integer (got {!r})".format(count))

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()

    def _real_close(self, _ss=_socket.socket):
        _ss.close(self)

    def close(self):
        self._closed = True
        if self._io_refs <= 0:
            self._real_close()

    def detach(self):
        """detach() -> file descriptor

        Close the socket object without closing the underlying file
        descriptor.  The object cannot be used after this call, but the
        file descriptor can be reused for other purposes.  The file
        descriptor is returned.
        """
        self._closed = True
        return super().detach()

    @property
    def family(self):
        """Read-only access to the address family for this socket."""
        return _intenum_converter(super().family, AddressFamily)

    @property
    def type(self):
        """Read-only access to the socket type."""
        return _intenum_converter(super().type, SocketKind)

    def get_inheritable(self):
        return os.get_inheritable(self.fileno())

    def set_inheritable(self, inheritable):
        os.set_inheritable(self.fileno(), inheritable)

    get_inheritable.__doc__ = "Get the inheritable flag of the socket"
    set_inheritable.__doc__ = "Set the inheritable flag of the socket"


def send_fds(sock, buffers, fds, flags=0, address=None):
    """ send_fds(sock, buffers, fds[, flags[, address]]) -> integer

    Send the list of file descriptors fds over an AF_UNIX socket.
    """
    import array
    return sock.sendmsg(buffers, [(_socket.SOL_SOCKET,
                        _socket.SCM_RIGHTS, array.array("i", fds))])


def recv_fds(sock, bufsize, maxfds, flags=0):
    """ recv_fds(sock, bufsize, maxfds[, flags]) -> (data, list of file
    descriptors, msg_flags, address)

    Receive up to maxfds file descriptors returning the message
    data and a list containing the descriptors.
    """
    import array
    # Array of ints
    fds = array.array("i")
    msg, ancdata, flags, addr = sock.recvmsg(bufsize,
        _socket.CMSG_LEN(maxfds * fds.itemsize))
    for cmsg_level, cmsg_type, cmsg_data in ancdata:
        if (cmsg_level == _socket.SOL_SOCKET and cmsg_type == _socket.SCM_RIGHTS):
            fds.frombytes(cmsg_data[:
                    len(cmsg_data) - (len(cmsg_data) % fds.itemsize)])

    return msg, list(fds), flags, addr


__all__ += ["send_fds", "recv_fds"]


def fromfd(fd, family, type, proto=0):
    """ fromfd(fd, family, type[, proto]) -> socket object

    Create a socket object from a duplicate of the given file
    descriptor.  The remaining arguments are the same as for socket().
    """
    nfd = dup(fd)
    return socket(family, type, proto, nfd)


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    """socketpair([family[, type[, proto]]]) -> (socket object, socket object)

    Create a pair of socket objects from the sockets returned by the platform
    socketpair() function.
    The arguments are the same as for socket() except the default family is
    AF_UNIX if defined on the platform; otherwise, the default is AF_INET.
    """
    if family is None:
        family = AF_UNIX
    a, b = _socket.socketpair(family, type, proto)
    a = socket(family, type, proto, a.detach())
    b = socket(family, type, proto, b.detach())
    return a, b


_blocking_errnos = {EAGAIN, EWOULDBLOCK}


class SocketIO(io.RawIOBase):

    """Raw I/O implementation for stream sockets.

    This class supports the makefile() method on sockets.  It provides
    the raw I/O interface on top of a socket object.
    """

    def __init__(self, sock, mode):
        if mode not in ("r", "w", "rw", "rb", "wb", "rwb"):
            raise ValueError("invalid mode: %r" % mode)
        io.RawIOBase.__init__(self)
        self._sock = sock
        if "b" not in mode:
            mode += "b"
        self._mode = mode
        self._reading = "r" in mode
        self._writing = "w" in mode
        self._timeout_occurred = False

    def readinto(self, b):
        """Read up to len(b) bytes into the writable buffer *b* and return
        the number of bytes read.  If the socket is non-blocking and no bytes
        are available, None is returned.

        If *b* is non-empty, a 0 return value indicates that the connection
        was shutdown at the other end.
        """
        self._checkClosed()
        self._checkReadable()
        if self._timeout_occurred:
            raise OSError("cannot read from timed out object")
        while True:
            try:
                return self._sock.recv_into(b)
            except timeout:
                self._timeout_occurred = True
                raise
            except error as e:
                if e.errno in _blocking_errnos:
                    return None
                raise

    def write(self, b):
        """Write the given bytes or bytearray object *b* to the socket
        and return the number of bytes written.  This can be less than
        len(b) if not all data could be written.  If the socket is
        non-blocking and no bytes could be written None is returned.
        """
        self._checkClosed()
        self._checkWritable()
        try:
            return self._sock.send(b)
        except error as e:
            # XXX what about EINTR?
            if e.errno in _blocking_errnos:
                return None
            raise

    def readable(self):
        """True if the SocketIO is open for reading.
        """
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return self._reading

    def writable(self):
        """True if the SocketIO is open for writing.
        """
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return self._writing

    def seekable(self):
        """True if the SocketIO is open for seeking.
        """
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return False

    def _checkClosed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def _checkReadable(self):
        if not self._reading:
            raise io.UnsupportedOperation("File or stream is not readable.")

    def _checkWritable(self):
        if not self._writing:
            raise io.UnsupportedOperation("File or stream is not writable.")

    def fileno(self):
        """Return the file descriptor of the underlying socket.
        """
        self._checkClosed()
        return self._sock.fileno()

    @property
    def name(self):
        if not self.closed:
            return self.fileno()
        else:
            return -1

    @property
    def mode(self):
        return self._mode

    def close(self):
        """Close the SocketIO object.  This doesn't close the underlying
        socket, except if all references to it have disappeared.
        """
        if self.closed:
            return
        io.RawIOBase.close(self)
        self._sock._decref_socketios()
        self._sock = None


class _BufferedReader(io.BufferedIOBase):
    """A read buffer over a raw stream (io.BufferedReader's part that
    makefile needs: read, read1, readline, peek and iteration)."""

    def __init__(self, raw, buffer_size=io.DEFAULT_BUFFER_SIZE):
        self.raw = raw
        self.buffer_size = buffer_size
        self._buf = b""
        self._pos = 0

    def readable(self):
        return self.raw.readable()

    def writable(self):
        return False

    def seekable(self):
        return False

    def fileno(self):
        return self.raw.fileno()

    @property
    def closed(self):
        return self.raw.closed

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    def close(self):
        self.raw.close()

    def detach(self):
        raw, self.raw = self.raw, None
        return raw

    # The buffer is self._buf from self._pos on: reads move the position
    # and only a refill copies what is left, so reading many short lines
    # does not copy the rest of the buffer for each.

    def _fill(self, n):
        """Reads once from the raw stream, at least n bytes worth of
        room; returns False at end of stream, None if it would block."""
        chunk = self.raw.read(max(n, self.buffer_size))
        if chunk is None:
            return None
        if not chunk:
            return False
        self._buf = self._buf[self._pos:] + chunk
        self._pos = 0
        return True

    def _take(self, end):
        data = self._buf[self._pos:end]
        self._pos = end
        return data

    def read(self, size=-1):
        if self.closed:
            raise ValueError("read of closed file")
        if size is None or size < 0:
            chunks = [self._take(len(self._buf))]
            while True:
                chunk = self.raw.read(self.buffer_size)
                if not chunk:
                    break
                chunks.append(chunk)
            return b"".join(chunks)
        while len(self._buf) - self._pos < size:
            if not self._fill(size - (len(self._buf) - self._pos)):
                break
        return self._take(min(self._pos + size, len(self._buf)))

    def read1(self, size=-1):
        if self.closed:
            raise ValueError("read of closed file")
        if self._pos == len(self._buf):
            self._fill(size if size and size > 0 else self.buffer_size)
        if size is None or size < 0:
            return self._take(len(self._buf))
        return self._take(min(self._pos + size, len(self._buf)))

    def peek(self, size=0):
        if self._pos == len(self._buf):
            self._fill(self.buffer_size)
        return self._buf[self._pos:]

    def readline(self, size=-1):
        if self.closed:
            raise ValueError("readline of closed file")
        if size is None:
            size = -1
        scanned = 0
        while True:
            i = self._buf.find(b"\n", self._pos + scanned)
            if i >= 0:
                end = i + 1
                break
            scanned = len(self._buf) - self._pos
            if 0 <= size <= scanned:
                end = self._pos + size
                break
            if not self._fill(self.buffer_size):
                end = len(self._buf)
                break
        if 0 <= size < end - self._pos:
            end = self._pos + size
        return self._take(end)

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)


class _BufferedWriter(io.BufferedIOBase):
    """A write buffer over a raw stream, flushed when it holds
    buffer_size bytes, on flush() and on close()."""

    def __init__(self, raw, buffer_size=io.DEFAULT_BUFFER_SIZE):
        self.raw = raw
        self.buffer_size = buffer_size
        self._buf = bytearray()

    def readable(self):
        return False

    def writable(self):
        return self.raw.writable()

    def seekable(self):
        return False

    def fileno(self):
        return self.raw.fileno()

    @property
    def closed(self):
        return self.raw.closed

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    def write(self, b):
        if self.closed:
            raise ValueError("write to closed file")
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        n = len(memoryview(b).cast("B")) if not isinstance(b, (bytes, bytearray)) else len(b)
        self._buf += b
        if len(self._buf) >= self.buffer_size:
            self.flush()
        return n

    def flush(self):
        if self.closed:
            raise ValueError("flush of closed file")
        while self._buf:
            n = self.raw.write(bytes(self._buf))
            if n is None:
                raise BlockingIOError(EAGAIN, "write could not complete without blocking", 0)
            del self._buf[:n]

    def close(self):
        if self.raw is None or self.raw.closed:
            return
        try:
            self.flush()
        finally:
            self.raw.close()

    def detach(self):
        self.flush()
        raw, self.raw = self.raw, None
        return raw


class _BufferedRWPair(io.BufferedIOBase):
    """A reader and a writer over one raw stream (makefile('rw'))."""

    def __init__(self, reader, writer, buffer_size=io.DEFAULT_BUFFER_SIZE):
        self.reader = _BufferedReader(reader, buffer_size)
        self.writer = _BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self.reader.read(size)

    def read1(self, size=-1):
        return self.reader.read1(size)

    def readline(self, size=-1):
        return self.reader.readline(size)

    def peek(self, size=0):
        return self.reader.peek(size)

    def readinto(self, b):
        return self.reader.readinto(b)

    def write(self, b):
        return self.writer.write(b)

    def flush(self):
        return self.writer.flush()

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def seekable(self):
        return False

    def fileno(self):
        return self.reader.fileno()

    @property
    def closed(self):
        return self.writer.closed

    @property
    def name(self):
        return self.reader.name

    @property
    def mode(self):
        return self.reader.mode

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()


def getfqdn(name=''):
    """Get fully qualified domain name from name.

    An empty argument is interpreted as meaning the local host.

    First the hostname returned by gethostbyaddr() is checked, then
    possibly existing aliases. In case no FQDN is available and `name`
    was given, it is returned unchanged. If `name` was empty, '0.0.0.0' or '::',
    hostname from gethostname() is returned.
    """
    name = name.strip()
    if not name or name in ('0.0.0.0', '::'):
        name = gethostname()
    try:
        hostname, aliases, ipaddrs = gethostbyaddr(name)
    except error:
        pass
    else:
        aliases.insert(0, hostname)
        for name in aliases:
            if '.' in name:
                break
        else:
            name = hostname
    return name


_GLOBAL_DEFAULT_TIMEOUT = object()


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT,
                      source_address=None, *, all_errors=False):
    """Connect to *address* and return the socket object.

    Convenience function.  Connect to *address* (a 2-tuple ``(host,
    port)``) and return the socket object.  Passing the optional
    *timeout* parameter will set the timeout on the socket instance
    before attempting to connect.  If no *timeout* is supplied, the
    global default timeout setting returned by :func:`getdefaulttimeout`
    is used.  If *source_address* is set it must be a tuple of (host, port)
    for the socket to bind as a source address before making the connection.
    A host of '' or port 0 tells the OS to use the default. When a connection
    cannot be created, raises the last error if *all_errors* is False,
    and an ExceptionGroup of all errors if *all_errors* is True.
    """

    host, port = address
    exceptions = []
    for res in getaddrinfo(host, port, 0, SOCK_STREAM):
        af, socktype, proto, canonname, sa = res
        sock = None
        try:
            sock = socket(af, socktype, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sa)
            # Break explicitly a reference cycle
            exceptions.clear()
            return sock

        except error as exc:
            if not all_errors:
                exceptions.clear()  # raise only the last error
            exceptions.append(exc)
            if sock is not None:
                sock.close()

    if len(exceptions):
        try:
            if not all_errors:
                raise exceptions[0]
            raise ExceptionGroup("create_connection failed", exceptions)
        finally:
            # Break explicitly a reference cycle
            exceptions.clear()
    else:
        raise error("getaddrinfo returns an empty list")


def has_dualstack_ipv6():
    """Return True if the platform supports creating a SOCK_STREAM socket
    which can handle both AF_INET and AF_INET6 (IPv4 / IPv6) connections.
    """
    if not has_ipv6 \
            or not hasattr(_socket, 'IPPROTO_IPV6') \
            or not hasattr(_socket, 'IPV6_V6ONLY'):
        return False
    try:
        with socket(AF_INET6, SOCK_STREAM) as sock:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0)
            return True
    except error:
        return False


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False,
                  dualstack_ipv6=False):
    """Convenience function which creates a SOCK_STREAM type socket
    bound to *address* (a 2-tuple (host, port)) and return the socket
    object.

    *family* should be either AF_INET or AF_INET6.
    *backlog* is the queue size passed to socket.listen().
    *reuse_port* dictates whether to use the SO_REUSEPORT socket option.
    *dualstack_ipv6*: if true and the platform supports it, it will
    create an AF_INET6 socket able to accept both IPv4 or IPv6
    connections. When false it will explicitly disable this option on
    platforms that enable it by default (e.g. Linux).
    """
    if reuse_port and not hasattr(_socket, "SO_REUSEPORT"):
        raise ValueError("SO_REUSEPORT not supported on this platform")
    if dualstack_ipv6:
        if not has_dualstack_ipv6():
            raise ValueError("dualstack_ipv6 not supported on this platform")
        if family != AF_INET6:
            raise ValueError("dualstack_ipv6 requires AF_INET6 family")
    sock = socket(family, SOCK_STREAM)
    try:
        # Note about Windows. We don't set SO_REUSEADDR because:
        # 1) It's unnecessary: bind() will succeed even in case of a
        # previous closed socket on the same address and still in
        # TIME_WAIT state.
        # 2) If set, another socket is free to bind() on the same
        # address, effectively preventing this one from accepting
        # connections. Also, it may set the process in a state where
        # it'll no longer respond to any signals or graceful kills.
        # See: https://learn.microsoft.com/windows/win32/winsock/using-so-reuseaddr-and-so-exclusiveaddruse
        if os.name not in ('nt', 'cygwin') and \
                hasattr(_socket, 'SO_REUSEADDR'):
            try:
                sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
            except error:
                # Fail later on bind(), for platforms which may not
                # support this option.
                pass
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        if has_ipv6 and family == AF_INET6:
            if dualstack_ipv6:
                sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0)
            elif hasattr(_socket, "IPV6_V6ONLY") and \
                    hasattr(_socket, "IPPROTO_IPV6"):
                sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 1)
        try:
            sock.bind(address)
        except error as err:
            msg = '%s (while attempting to bind on address %r)' % \
                (err.strerror, address)
            raise error(err.errno, msg) from None
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except error:
        sock.close()
        raise


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """Resolve host and port into list of address info entries.

    Translate the host/port argument into a sequence of 5-tuples that contain
    all the necessary arguments for creating a socket connected to that service.
    host is a domain name, a string representation of an IPv4/v6 address or
    None. port is a string service name such as 'http', a numeric port number or
    None. By passing None as the value of host and port, you can pass NULL to
    the underlying C API.

    The family, type and proto arguments can be optionally specified in order to
    narrow the list of addresses returned. Passing zero as a value for each of
    these arguments selects the full range of results.
    """
    # We override this function since we want to translate the numeric family
    # and socket type values to enum constants.
    addrlist = []
    for res in _socket.getaddrinfo(host, port, family, type, proto, flags):
        af, socktype, proto, canonname, sa = res
        addrlist.append((_intenum_converter(af, AddressFamily),
                         _intenum_converter(socktype, SocketKind),
                         proto, canonname, sa))
    return addrlist
