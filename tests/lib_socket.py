"""socket: TCP and UDP over loopback, socketpair, AF_UNIX, threads as
servers and clients, timeouts, non-blocking sockets, select on sockets,
makefile, descriptors shared with os, name and address helpers, and
CPython's errors for bad arguments. Loopback only: nothing here needs a
network or depends on this machine's names beyond 'localhost'."""

import enum
import errno
import os
import select
import signal
import socket
import tempfile
import threading
import time


def raises(exc, fn, *args, **kwargs):
    """Calls fn, which must raise exc; prints the exception's type and
    message so that the output is compared with python3's."""
    try:
        fn(*args, **kwargs)
    except exc as e:
        print(type(e).__name__ + ":", e)
        return e
    raise AssertionError("%r did not raise %s" % (fn, exc.__name__))


# Constants, enums and exception classes.
assert socket.AF_INET == 2 and socket.AF_UNIX == 1 and socket.AF_INET6 == 10
assert socket.AF_UNSPEC == 0 and socket.SOCK_STREAM == 1 and socket.SOCK_DGRAM == 2
assert isinstance(socket.AF_INET, socket.AddressFamily)
assert isinstance(socket.AF_INET, enum.IntEnum)
assert isinstance(socket.SOCK_DGRAM, socket.SocketKind)
print(repr(socket.AF_INET), repr(socket.SOCK_STREAM), str(socket.AF_INET6))
print(repr(socket.MSG_PEEK), repr(socket.AI_PASSIVE))
for name in ("SOCK_NONBLOCK", "SOCK_CLOEXEC", "SOL_SOCKET", "SO_REUSEADDR",
             "SO_REUSEPORT", "SO_KEEPALIVE", "SO_RCVBUF", "SO_SNDBUF",
             "SO_ERROR", "SO_TYPE", "IPPROTO_TCP", "IPPROTO_UDP",
             "TCP_NODELAY", "SHUT_RD", "SHUT_WR", "SHUT_RDWR", "MSG_PEEK",
             "MSG_DONTWAIT", "AI_PASSIVE", "AI_CANONNAME", "SOMAXCONN",
             "INADDR_ANY", "IPPROTO_IPV6", "IPV6_V6ONLY"):
    print(name, int(getattr(socket, name)))
assert socket.error is OSError
assert socket.timeout is TimeoutError
assert issubclass(socket.gaierror, OSError) and issubclass(socket.herror, OSError)
print(socket.gaierror.__module__, socket.gaierror.__name__, socket.herror.__name__)
assert isinstance(socket.has_ipv6, bool)
assert socket.SocketType is socket._socket.socket
assert socket.socket.__mro__[1] is socket._socket.socket

# Byte order and address text.
print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(16777216))
raises(OverflowError, socket.htons, -1)
raises(OverflowError, socket.htons, 70000)
raises(OverflowError, socket.htonl, 2 ** 32)
raises(TypeError, socket.htons, 1.5)
print(socket.inet_aton("1.2.3.4"), socket.inet_aton("127.1"), socket.inet_aton("0x7f.1"))
print(socket.inet_ntoa(b"\x7f\x00\x00\x01"))
print(socket.inet_pton(socket.AF_INET, "10.0.0.1"))
print(socket.inet_pton(socket.AF_INET6, "::1"))
for packed in (bytes(16), bytes(range(16)), socket.inet_pton(socket.AF_INET6, "::ffff:1.2.3.4"),
               socket.inet_pton(socket.AF_INET6, "fe80::1:0:0:1"),
               socket.inet_pton(socket.AF_INET6, "1:0:0:2:0:0:0:3")):
    print(socket.inet_ntop(socket.AF_INET6, packed))
print(socket.inet_ntop(socket.AF_INET, b"\xc0\xa8\x00\x01"))
raises(OSError, socket.inet_aton, "1.2.3.4.5")
raises(OSError, socket.inet_aton, "x")
raises(OSError, socket.inet_ntoa, b"123")
raises(OSError, socket.inet_pton, socket.AF_INET, "1.2.3")
raises(OSError, socket.inet_pton, socket.AF_INET6, "1:::2")
raises(ValueError, socket.inet_ntop, socket.AF_INET, b"12")
raises(TypeError, socket.inet_aton, b"1.2.3.4")

# getaddrinfo: numeric hosts, services, tuple shapes, errors.
for args in [("127.0.0.1", 80), ("127.0.0.1", "80", socket.AF_INET, socket.SOCK_STREAM),
             ("::1", 8080, socket.AF_INET6, socket.SOCK_DGRAM),
             (None, 0, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE),
             (None, 7, socket.AF_INET6, socket.SOCK_STREAM),
             (b"127.0.0.1", None, 0, socket.SOCK_STREAM),
             ("127.0.0.1", 80, 0, 0, socket.IPPROTO_UDP)]:
    print(socket.getaddrinfo(*args))
for args in [("127.0.0.1", "no-such-service-xyz"), (None, None),
             ("::1", 80, socket.AF_INET), ("127.0.0.1", 80, 12345),
             ("127.0.0.1", 80, 0, 99), ("localhost", 80, 0, 0, 0, socket.AI_NUMERICHOST)]:
    e = raises(socket.gaierror, socket.getaddrinfo, *args)
    assert e.errno < 0 and e.args[0] == e.errno
raises(TypeError, socket.getaddrinfo, 1, 80)
raises(OSError, socket.getaddrinfo, "127.0.0.1", 1.5)
try:
    infos = socket.getaddrinfo("localhost", 80, socket.AF_INET, socket.SOCK_STREAM)
except socket.gaierror:
    infos = None  # no 'localhost' on this machine
if infos is not None:
    assert ("127.0.0.1", 80) in [info[4] for info in infos]
    assert socket.gethostbyname("localhost").startswith("127.")
print(socket.gethostbyname("10.1.2.3"), socket.gethostbyname(""))
assert isinstance(socket.gethostname(), str) and socket.gethostname()
assert isinstance(socket.getfqdn("127.0.0.1"), str)
try:
    assert socket.getservbyname("http", "tcp") == 80
except OSError:
    pass  # no /etc/services on this machine (a minimal container)
assert socket.getprotobyname("udp") == 17

# The timeout default.
assert socket.getdefaulttimeout() is None
socket.setdefaulttimeout(2.5)
with socket.socket() as s:
    assert s.gettimeout() == 2.5 and s.getblocking() and s.timeout == 2.5
socket.setdefaulttimeout(None)
raises(ValueError, socket.setdefaulttimeout, -1)

# A TCP server thread that echoes lines upper-cased.
srv = socket.create_server(("127.0.0.1", 0))
assert srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0
assert srv.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE) == socket.SOCK_STREAM
host, port = srv.getsockname()
assert host == "127.0.0.1" and port > 0
assert repr(srv).startswith("<socket.socket fd=%d, family=2, type=1, proto=0, laddr=('127.0.0.1', " % srv.fileno())
served = []


def echo_server(n):
    for _ in range(n):
        conn, addr = srv.accept()
        assert isinstance(conn, socket.socket) and conn.gettimeout() is None
        assert addr == conn.getpeername()
        with conn, conn.makefile("rb") as rf, conn.makefile("wb") as wf:
            for line in rf:
                wf.write(b">" + line)
                wf.flush()
            served.append(addr)


server = threading.Thread(target=echo_server, args=(5,), daemon=True)
server.start()
with socket.create_connection(("127.0.0.1", port), timeout=5) as c:
    assert c.family == socket.AF_INET and c.type == socket.SOCK_STREAM and c.proto == socket.IPPROTO_TCP
    assert c.getpeername() == ("127.0.0.1", port)
    assert "raddr=('127.0.0.1', %d)" % port in repr(c)
    c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    assert c.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) == 1
    f = c.makefile("rw", encoding="utf-8", newline="\n")
    f.write("hello\n")
    f.flush()
    print(repr(f.readline()))
    f.write("ünïcode line\nsecond\n")
    f.flush()
    print(repr(f.readline()), repr(f.readline()))
    f.close()
    c.sendall(b"raw bytes\n")
    buf = bytearray(64)
    n = 0
    while not buf[:n].endswith(b"\n"):
        n += c.recv_into(memoryview(buf)[n:])
    print(bytes(buf[:n]))
    c.shutdown(socket.SHUT_WR)
    assert c.recv(10) == b""

# Many clients at once, each in its own thread, against the same server.
results = []
lock = threading.Lock()


def client(i):
    with socket.socket() as s:
        s.connect(("127.0.0.1", port))
        data = (b"client %d " % i) * 5000 + b"\n"
        s.sendall(data)
        s.shutdown(socket.SHUT_WR)
        got = bytearray()
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            got += chunk
        with lock:
            results.append(bytes(got) == b">" + data)


clients = [threading.Thread(target=client, args=(i,)) for i in range(4)]
for t in clients:
    t.start()
for t in clients:
    t.join()
server.join()
print("clients", results, len(served))

# makefile("rb") with a small buffer: readline with and without a limit,
# read, read1, iteration to a last line without a newline.
a, b = socket.socketpair()
lines = [b"line %d %s\n" % (i, b"x" * (i % 37)) for i in range(2000)]


def write_lines():
    a.sendall(b"".join(lines) + b"tail")
    a.close()


writer = threading.Thread(target=write_lines)
writer.start()
with b.makefile("rb", buffering=1000) as f:
    assert [f.readline() for _ in range(10)] == lines[:10]
    assert f.readline(5) + f.readline(200) == lines[10]
    assert f.read(7) == lines[11][:7] and f.read1(3) == lines[11][7:10]
    rest = list(f)
    assert rest[0] == lines[11][10:] and rest[1:-1] == lines[12:] and rest[-1] == b"tail"
    assert f.readline() == b"" and f.read() == b""
writer.join()
b.close()

# connect_ex and connect to a socket that is bound but not listening.
with socket.socket() as idle, socket.socket() as s:
    idle.bind(("127.0.0.1", 0))
    assert s.connect_ex(idle.getsockname()) == errno.ECONNREFUSED
with socket.socket() as idle, socket.socket() as s:
    idle.bind(("127.0.0.1", 0))
    raises(ConnectionRefusedError, s.connect, idle.getsockname())

# Timeouts: recv, accept and sendall give up with TimeoutError.
a, b = socket.socketpair()
print(a.family, a.type, repr(a.family), b.getsockname())
b.settimeout(0.05)
assert b.gettimeout() == 0.05 and b.getblocking() and not os.get_blocking(b.fileno())
e = raises(TimeoutError, b.recv, 10)
assert isinstance(e, socket.timeout) and e.errno is None and e.args == ("timed out",)
with socket.create_server(("127.0.0.1", 0)) as lsn:
    lsn.settimeout(0.05)
    raises(TimeoutError, lsn.accept)
a.settimeout(0.05)
raises(TimeoutError, a.sendall, b"x" * (16 << 20))
a.settimeout(None)
assert a.gettimeout() is None and os.get_blocking(a.fileno())
raises(ValueError, a.settimeout, -1)
raises(TypeError, a.settimeout, "1")
a.close()
b.close()

# Non-blocking sockets, MSG_PEEK and MSG_DONTWAIT, socketpair data.
a, b = socket.socketpair()
b.setblocking(False)
assert not b.getblocking() and b.gettimeout() == 0.0
raises(BlockingIOError, b.recv, 10)
a.setblocking(True)
raises(BlockingIOError, a.recv, 10, socket.MSG_DONTWAIT)
a.send(b"peekaboo")
assert b.recv(4, socket.MSG_PEEK) == b"peek"
buf = bytearray(8)
assert b.recv_into(buf, 4) == 4 and buf[:4] == b"peek"
assert b.recv(100) == b"aboo"
raises(ValueError, b.recv_into, bytearray(2), 5)
raises(TypeError, b.recv_into, b"immutable")
b.close()
a.close()

# select and os.read work on socket descriptors; fileno, dup, detach.
a, b = socket.socketpair()
assert select.select([b], [], [], 0) == ([], [], [])
assert select.select([], [a], [], 0) == ([], [a], [])
a.send(b"ping")
assert select.select([b], [], [], 5) == ([b], [], [])
assert os.read(b.fileno(), 10) == b"ping"
os.write(a.fileno(), b"pong")
assert b.recv(10) == b"pong"
d = b.dup()
assert d.fileno() != b.fileno() and d.family == socket.AF_UNIX
a.send(b"via dup")
assert d.recv(100) == b"via dup"
d.close()
fd = b.detach()
assert b.fileno() == -1
s = socket.socket(fileno=fd)
assert s.family == socket.AF_UNIX and s.type == socket.SOCK_STREAM
a.send(b"adopted")
assert s.recv(100) == b"adopted"
f2 = socket.fromfd(s.fileno(), socket.AF_UNIX, socket.SOCK_STREAM)
assert f2.fileno() != s.fileno()
f2.close()
s.close()
a.close()
assert "[closed]" in repr(a) and a.fileno() == -1
for name, args in [("recv", (1,)), ("send", (b"x",)), ("getsockname", ()),
                   ("listen", ()), ("shutdown", (socket.SHUT_RDWR,)),
                   ("accept", ()), ("connect", ("/nonexistent-socket",))]:
    raises(OSError, getattr(a, name), *args)
a.close()  # closing twice is fine

# sendmsg/recvmsg: gathered buffers, ancillary data, descriptors passed
# over AF_UNIX with send_fds/recv_fds.
a, b = socket.socketpair()
print(socket.CMSG_LEN(4), socket.CMSG_SPACE(4))
assert a.sendmsg([b"ab", bytearray(b"cd"), memoryview(b"ef")]) == 6
print(b.recvmsg(10, 100))
r, w = os.pipe()
assert socket.send_fds(a, [b"fds"], [r, w]) == 3
msg, fds, flags, addr = socket.recv_fds(b, 10, 4)
assert msg == b"fds" and len(fds) == 2 and flags == 0
os.write(fds[1], b"through a passed pipe")
print(os.read(r, 100))
for fd in fds + [r, w]:
    os.close(fd)
a.sendmsg([b"scatter me"])
bufs = [bytearray(3), bytearray(20)]
n, anc, flags, addr = b.recvmsg_into(bufs)
print(n, bufs, anc, flags, addr)
raises(TypeError, a.sendmsg, 1)
raises(TypeError, a.sendmsg, [b"x"], [(1, 2)])
raises(TypeError, a.sendmsg, ["x"])
raises(ValueError, b.recvmsg, -1)
raises(ValueError, b.recvmsg, 1, -1)
raises(OverflowError, socket.CMSG_LEN, -1)
a.close()
b.close()

# A thread blocked in recv does not hold up the others.
a, b = socket.socketpair()
got = []
reader = threading.Thread(target=lambda: got.append(b.recv(100)))
reader.start()
total = 0
for i in range(20000):
    total += i
assert not got
a.send(b"late")
reader.join()
print("blocked reader", got, total)
a.close()
b.close()

# Ctrl-C ends a blocking recv in the main thread with KeyboardInterrupt.
a, b = socket.socketpair()
killer = threading.Timer(0.1, os.kill, (os.getpid(), signal.SIGINT))
try:
    killer.start()
    b.recv(10)
except KeyboardInterrupt:
    print("recv interrupted")
killer.join()
a.close()
b.close()

# UDP: sendto/recvfrom, recvfrom_into, a connected datagram socket.
with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as u, \
        socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as v:
    u.bind(("127.0.0.1", 0))
    v.bind(("127.0.0.1", 0))
    assert v.sendto(b"datagram", u.getsockname()) == 8
    data, addr = u.recvfrom(100)
    assert data == b"datagram" and addr == v.getsockname()
    v.sendto(b"two", 0, u.getsockname())
    buf = bytearray(10)
    n, addr = u.recvfrom_into(buf)
    assert buf[:n] == b"two" and addr == v.getsockname()
    v.connect(u.getsockname())
    v.send(b"connected")
    assert u.recv(100) == b"connected"
    u.settimeout(0.02)
    raises(TimeoutError, u.recvfrom, 100)
    raises(TypeError, v.sendto, b"x", "nowhere")
    raises(TypeError, v.sendto, b"x")

# AF_UNIX in a temporary directory.
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "sock")
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as lsn:
        lsn.bind(path)
        lsn.listen()
        assert lsn.getsockname() == path
        assert os.path.exists(path)

        def unix_client():
            with socket.socket(socket.AF_UNIX) as s:
                s.connect(path)
                s.sendall(b"over unix")

        t = threading.Thread(target=unix_client)
        t.start()
        conn, addr = lsn.accept()
        with conn:
            assert addr == "" and conn.getsockname() == path
            chunks = []
            while True:
                chunk = conn.recv(100)
                if not chunk:
                    break
                chunks.append(chunk)
            assert b"".join(chunks) == b"over unix"
        t.join()
    # Blocking connects wait while the listener's backlog is full.
    path2 = os.path.join(tmp, "small-backlog")
    with socket.socket(socket.AF_UNIX) as lsn:
        lsn.bind(path2)
        lsn.listen(1)

        def numbered_client(i):
            with socket.socket(socket.AF_UNIX) as s:
                s.connect(path2)
                s.sendall(b"%d" % i)

        ts = [threading.Thread(target=numbered_client, args=(i,)) for i in range(12)]
        for t in ts:
            t.start()
        numbers = []
        for _ in ts:
            conn, _ = lsn.accept()
            with conn:
                numbers.append(int(conn.recv(10)))
        for t in ts:
            t.join()
        assert sorted(numbers) == list(range(12))
    with socket.socket(socket.AF_UNIX) as s:
        raises(OSError, s.bind, "/x" * 100)
        raises(TypeError, s.bind, 1)
        raises(FileNotFoundError, s.connect, os.path.join(tmp, "missing"))

# IPv6 loopback, when this machine has it.
v6 = None
if socket.has_ipv6:
    try:
        v6 = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
        v6.bind(("::1", 0))
    except OSError:
        if v6 is not None:
            v6.close()
        v6 = None
if v6 is not None:
    with v6:
        v6.listen()
        addr = v6.getsockname()
        assert addr[0] == "::1" and len(addr) == 4
        with socket.create_connection(addr[:2], timeout=5) as c:
            conn, peer = v6.accept()
            with conn:
                assert peer[0] == "::1"
                c.sendall(b"six")
                assert conn.recv(10) == b"six"

# Bad arguments: CPython's exceptions and messages.
with socket.socket() as s:
    raises(TypeError, s.bind, "127.0.0.1")
    raises(TypeError, s.bind, ("127.0.0.1",))
    raises(TypeError, s.bind, (1, 2))
    raises(TypeError, s.bind, ("127.0.0.1", "80"))
    raises(OverflowError, s.bind, ("127.0.0.1", 70000))
    raises(OverflowError, s.connect, ("127.0.0.1", -1))
    raises(ValueError, s.recv, -1)
    raises(TypeError, s.recv)
    raises(TypeError, s.recv, 1, 2, 3)
    raises(TypeError, s.send, "text")
    raises(TypeError, s.setsockopt, socket.SOL_SOCKET)
    raises(TypeError, s.fileno, 1)
    raises(TypeError, s.bind)
    raises(TypeError, socket.htonl)
    raises(TypeError, socket.htons)
    raises(TypeError, socket.getdefaulttimeout, 1)
    raises(OSError, s.getsockopt, socket.SOL_SOCKET, socket.SO_RCVBUF, 2000)
    raises(OSError, s.getpeername)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, True)
    assert s.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE) == 1
    s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, (8192).to_bytes(4, "little"))
    assert len(s.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4)) == 4
    assert s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR) == 0
with socket.socket(socket.AF_INET6) as s:
    raises(TypeError, s.bind, ("::1",))
    raises(OverflowError, s.bind, ("::1", 0, 2 ** 21))
raises(OSError, socket.socket, 12345)
raises(ValueError, socket.socket, fileno=-5)
with tempfile.TemporaryFile() as f:
    raises(OSError, socket.socket, fileno=f.fileno())
raises(TypeError, socket.socket, "x")
with socket.socket() as s:
    raises(TypeError, s.__getstate__)
print("socket ok")
