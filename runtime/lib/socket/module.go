// Package socketmod is the _socket module, the system-call layer under
// socket.py: the socket type over a file descriptor (no Go net.Conn, so
// that fileno(), select, os.read and socket(fileno=...) behave as in
// CPython), address conversion, name resolution and the byte-order and
// address-text helpers. Calls that may wait detach the thread and end at
// Ctrl-C (see wait.go).
package socketmod

import (
	"encoding/binary"
	"net/netip"
	"strings"
	"sync"
	"syscall"
	"unsafe"

	"gilfree/runtime"
	osmod "gilfree/runtime/lib/os"
)

func init() { runtime.RegisterModule(sync.OnceFunc(readySocketType), newModule, "_socket") }

func newModule(t *runtime.Thread) *runtime.Module {
	m := t.NewModule("_socket")
	t.ModuleSet(m, "__doc__", t.NewStr("Implementation module for socket operations.\n\nSee the socket module for documentation."))
	for _, c := range constants {
		v := t.NewInt(c.value)
		t.ModuleSet(m, c.name, v)
		t.Decref(v)
	}
	t.ModuleSet(m, "socket", SocketType.Obj())
	t.ModuleSet(m, "SocketType", SocketType.Obj())
	t.ModuleSet(m, "error", runtime.OSErrorType.Obj())
	t.ModuleSet(m, "timeout", runtime.TimeoutErrorType.Obj())
	t.ModuleSet(m, "gaierror", errorClass(t, &gaierrorClass, "gaierror"))
	t.ModuleSet(m, "herror", errorClass(t, &herrorClass, "herror"))
	t.ModuleSet(m, "has_ipv6", runtime.True)
	t.AddFunctions(m,
		runtime.MethodDef{Name: "socketpair", Fn: socketSocketpair, Doc: "socketpair([family[, type [, proto]]]) -> (socket object, socket object)\n\nCreate a pair of socket objects from the sockets returned by the platform socketpair() function."},
		runtime.MethodDef{Name: "dup", Fn: socketDup, Doc: "dup(integer) -> integer\n\nDuplicate an integer socket file descriptor."},
		runtime.MethodDef{Name: "close", Fn: socketClose, Doc: "close(integer) -> None\n\nClose an integer socket file descriptor."},
		runtime.MethodDef{Name: "getdefaulttimeout", Fn: socketGetdefaulttimeout, Doc: "getdefaulttimeout() -> timeout\n\nReturns the default timeout in seconds (float) for new socket objects."},
		runtime.MethodDef{Name: "setdefaulttimeout", Fn: socketSetdefaulttimeout, Doc: "setdefaulttimeout(timeout)\n\nSet the default timeout in seconds (float) for new socket objects."},
		runtime.MethodDef{Name: "getaddrinfo", Fn: socketGetaddrinfo, Doc: "getaddrinfo(host, port [, family, type, proto, flags])\n    -> list of (family, type, proto, canonname, sockaddr)\n\nResolve host and port into addrinfo struct."},
		runtime.MethodDef{Name: "getnameinfo", Fn: socketGetnameinfo, Doc: "getnameinfo(sockaddr, flags) --> (host, port)\n\nGet host and port for a sockaddr."},
		runtime.MethodDef{Name: "gethostname", Fn: socketGethostname, Doc: "gethostname() -> string\n\nReturn the current host name."},
		runtime.MethodDef{Name: "gethostbyname", Fn: socketGethostbyname, Doc: "gethostbyname(host) -> address\n\nReturn the IP address (a string of the form '255.255.255.255') for a host."},
		runtime.MethodDef{Name: "gethostbyname_ex", Fn: socketGethostbynameEx, Doc: "gethostbyname_ex(host) -> (name, aliaslist, addresslist)\n\nReturn the true host name, a list of aliases, and a list of IP addresses, for a host."},
		runtime.MethodDef{Name: "gethostbyaddr", Fn: socketGethostbyaddr, Doc: "gethostbyaddr(host) -> (name, aliaslist, addresslist)\n\nReturn the true host name, a list of aliases, and a list of IP addresses, for a host."},
		runtime.MethodDef{Name: "getservbyname", Fn: socketGetservbyname, Doc: "getservbyname(servicename[, protocolname]) -> integer\n\nReturn a port number from a service name and protocol name."},
		runtime.MethodDef{Name: "getservbyport", Fn: socketGetservbyport, Doc: "getservbyport(port[, protocolname]) -> string\n\nReturn the service name from a port number and protocol name."},
		runtime.MethodDef{Name: "getprotobyname", Fn: socketGetprotobyname, Doc: "getprotobyname(name) -> integer\n\nReturn the protocol number for the named protocol."},
		runtime.MethodDef{Name: "if_nameindex", Fn: socketIfNameindex, Doc: "if_nameindex()\n\nReturns a list of network interface information (index, name) tuples."},
		runtime.MethodDef{Name: "if_nametoindex", Fn: socketIfNametoindex, Doc: "if_nametoindex(if_name)\n\nReturns the interface index corresponding to the interface name if_name."},
		runtime.MethodDef{Name: "if_indextoname", Fn: socketIfIndextoname, Doc: "if_indextoname(if_index)\n\nReturns the interface name corresponding to the interface index if_index."},
		runtime.MethodDef{Name: "inet_aton", Fn: socketInetAton, Doc: "inet_aton(string) -> bytes giving packed 32-bit IP representation\n\nConvert an IP address in string format (123.45.67.89) to the 32-bit packed binary format used in low-level network functions."},
		runtime.MethodDef{Name: "inet_ntoa", Fn: socketInetNtoa, Doc: "inet_ntoa(packed_ip) -> ip_address_string\n\nConvert an IP address from 32-bit packed binary format to string format."},
		runtime.MethodDef{Name: "inet_pton", Fn: socketInetPton, Doc: "inet_pton(af, ip) -> packed IP address string\n\nConvert an IP address from string format to a packed string suitable for use with low-level network functions."},
		runtime.MethodDef{Name: "inet_ntop", Fn: socketInetNtop, Doc: "inet_ntop(af, packed_ip) -> string formatted IP address\n\nConvert a packed IP address of the given family to string format."},
		runtime.MethodDef{Name: "CMSG_LEN", Fn: cmsgFunc("CMSG_LEN", syscall.CmsgLen), Doc: "CMSG_LEN(length) -> control message length\n\nReturn the total length, without trailing padding, of an ancillary data item with associated data of the given length."},
		runtime.MethodDef{Name: "CMSG_SPACE", Fn: cmsgFunc("CMSG_SPACE", syscall.CmsgSpace), Doc: "CMSG_SPACE(length) -> buffer size\n\nReturn the buffer size needed for recvmsg() to receive an ancillary data item with associated data of the given length."},
		runtime.MethodDef{Name: "htons", Fn: byteOrder("htons", 16), Doc: "Convert a 16-bit unsigned integer from host to network byte order."},
		runtime.MethodDef{Name: "ntohs", Fn: byteOrder("ntohs", 16), Doc: "Convert a 16-bit unsigned integer from network to host byte order."},
		runtime.MethodDef{Name: "htonl", Fn: byteOrder("htonl", 32), Doc: "Convert a 32-bit unsigned integer from host to network byte order."},
		runtime.MethodDef{Name: "ntohl", Fn: byteOrder("ntohl", 32), Doc: "Convert a 32-bit unsigned integer from network to host byte order."},
	)
	return m
}

// newSocket wraps a descriptor in a blocking _socket.socket.
func newSocket(t *runtime.Thread, fd, family, kind, proto int) *runtime.Object {
	s := new(Socket)
	t.InitObject(&s.Object, SocketType)
	s.fd.Store(int64(fd))
	s.family.Store(int32(family))
	s.kind.Store(int32(kind &^ (sockNonblock | sockCloexec)))
	s.proto.Store(int32(proto))
	s.timeout.Store(-1)
	if d := defaultTimeout.Load(); d >= 0 {
		s.timeout.Store(d)
		setNonblock(fd, true)
	}
	return &s.Object
}

func socketSocketpair(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := tupleArgs(t, "socketpair", args, kw, 0, 3); err != nil {
		return nil, err
	}
	v := [3]int{syscall.AF_UNIX, syscall.SOCK_STREAM, 0}
	for i, o := range args {
		n, err := intArg(t, o)
		if err != nil {
			return nil, err
		}
		v[i] = n
	}
	var fds [2]int32
	_, _, errno := syscall.RawSyscall6(syscall.SYS_SOCKETPAIR, uintptr(v[0]), uintptr(v[1]|sockCloexec), uintptr(v[2]),
		uintptr(unsafe.Pointer(&fds)), 0, 0)
	if errno != 0 {
		return nil, osmod.Error(t, errno)
	}
	return t.NewTupleSteal([]*runtime.Object{
		newSocket(t, int(fds[0]), v[0], v[1], v[2]),
		newSocket(t, int(fds[1]), v[0], v[1], v[2]),
	}).Obj(), nil
}

// fdArg reads a descriptor argument of dup and close.
func fdArg(t *runtime.Thread, name string, args []*runtime.Object, kw *runtime.Tuple) (int, error) {
	if err := t.CheckArgs("_socket."+name, args, kw, 1, 1); err != nil {
		return 0, err
	}
	return intArg(t, args[0])
}

func socketDup(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	fd, err := fdArg(t, "dup", args, kw)
	if err != nil {
		return nil, err
	}
	n, _, errno := syscall.RawSyscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_DUPFD_CLOEXEC, 0)
	if errno != 0 {
		return nil, osmod.Error(t, errno)
	}
	return t.NewInt(int64(n)), nil
}

func socketClose(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	fd, err := fdArg(t, "close", args, kw)
	if err != nil {
		return nil, err
	}
	if err := syscall.Close(fd); err != nil && err != syscall.ECONNRESET {
		return nil, osmod.Error(t, err)
	}
	return runtime.None, nil
}

func socketGetdefaulttimeout(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.CheckArgs("_socket.getdefaulttimeout", args, kw, 0, 0); err != nil {
		return nil, err
	}
	return timeoutObj(t, defaultTimeout.Load()), nil
}

func socketSetdefaulttimeout(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.CheckArgs("_socket.setdefaulttimeout", args, kw, 1, 1); err != nil {
		return nil, err
	}
	ns, err := timeoutArg(t, args[0])
	if err != nil {
		return nil, err
	}
	defaultTimeout.Store(ns)
	return runtime.None, nil
}

// strArg reads a str argument of the inet_ functions.
func strArg(t *runtime.Thread, name string, n int, o *runtime.Object) (string, error) {
	if !runtime.IsStr(o) {
		return "", t.TypeError("%s() argument %d must be str, not %s", name, n, runtime.TypeOf(o).Name)
	}
	return runtime.StrValue(o), nil
}

func socketInetAton(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := tupleArgs(t, "inet_aton", args, kw, 1, 1); err != nil {
		return nil, err
	}
	s, err := strArg(t, "inet_aton", 1, args[0])
	if err != nil {
		return nil, err
	}
	a, ok := inetAton(s, true)
	if !ok {
		return nil, errMsg(t, runtime.OSErrorType, "illegal IP address string passed to inet_aton")
	}
	return t.NewBytes(a[:]), nil
}

func socketInetNtoa(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := tupleArgs(t, "inet_ntoa", args, kw, 1, 1); err != nil {
		return nil, err
	}
	b, err := t.BytesOf(args[0])
	if err != nil {
		return nil, err
	}
	if len(b) != 4 {
		return nil, errMsg(t, runtime.OSErrorType, "packed IP wrong length for inet_ntoa")
	}
	return t.NewStr(netip.AddrFrom4([4]byte(b)).String()), nil
}

func socketInetPton(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := tupleArgs(t, "inet_pton", args, kw, 2, 2); err != nil {
		return nil, err
	}
	af, err := intArg(t, args[0])
	if err != nil {
		return nil, err
	}
	s, err := strArg(t, "inet_pton", 2, args[1])
	if err != nil {
		return nil, err
	}
	if af != syscall.AF_INET && af != syscall.AF_INET6 {
		return nil, osmod.Error(t, syscall.EAFNOSUPPORT)
	}
	a, perr := netip.ParseAddr(s)
	if perr == nil && a.Zone() == "" && !strings.Contains(s, "%") {
		if af == syscall.AF_INET && a.Is4() {
			b := a.As4()
			return t.NewBytes(b[:]), nil
		}
		if af == syscall.AF_INET6 && a.Is6() {
			b := a.As16()
			return t.NewBytes(b[:]), nil
		}
	}
	return nil, errMsg(t, runtime.OSErrorType, "illegal IP address string passed to inet_pton")
}

func socketInetNtop(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := tupleArgs(t, "inet_ntop", args, kw, 2, 2); err != nil {
		return nil, err
	}
	af, err := intArg(t, args[0])
	if err != nil {
		return nil, err
	}
	b, err := t.BytesOf(args[1])
	if err != nil {
		return nil, err
	}
	switch af {
	case syscall.AF_INET:
		if len(b) != 4 {
			return nil, t.ValueError("invalid length of packed IP address string")
		}
		return t.NewStr(netip.AddrFrom4([4]byte(b)).String()), nil
	case syscall.AF_INET6:
		if len(b) != 16 {
			return nil, t.ValueError("invalid length of packed IP address string")
		}
		return t.NewStr(ntop6([16]byte(b))), nil
	}
	return nil, t.ValueError("unknown address family %d", af)
}

// byteOrder makes htons, ntohs (bits 16) or htonl, ntohl (bits 32):
// byte swaps on a little-endian machine, with CPython's range errors.
func byteOrder(name string, bits int) func(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	return func(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
		var err error
		if bits == 16 {
			err = tupleArgs(t, name, args, kw, 1, 1)
		} else {
			err = t.CheckArgs("_socket."+name, args, kw, 1, 1)
		}
		if err != nil {
			return nil, err
		}
		if !runtime.IsInt(args[0]) {
			return nil, t.TypeError("'%s' object cannot be interpreted as an integer", runtime.TypeOf(args[0]).Name)
		}
		neg, err := t.CompareBool(args[0], runtime.SmallInt(0), runtime.CmpLt)
		if err != nil {
			return nil, err
		}
		if bits == 16 {
			if neg {
				return nil, t.OverflowError("%s: can't convert negative Python int to C 16-bit unsigned integer", name)
			}
			v, err := t.IndexInt(args[0])
			if err != nil || v > 0xffff {
				return nil, t.OverflowError("%s: Python int too large to convert to C 16-bit unsigned integer", name)
			}
			var b [2]byte
			binary.BigEndian.PutUint16(b[:], uint16(v))
			return t.NewInt(int64(binary.LittleEndian.Uint16(b[:]))), nil
		}
		if neg {
			return nil, t.OverflowError("can't convert negative value to unsigned int")
		}
		v, err := t.IndexInt(args[0])
		if err != nil || v > 0xffffffff {
			return nil, t.OverflowError("int larger than 32 bits")
		}
		var b [4]byte
		binary.BigEndian.PutUint32(b[:], uint32(v))
		return t.NewInt(int64(binary.LittleEndian.Uint32(b[:]))), nil
	}
}
