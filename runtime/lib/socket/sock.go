package socketmod

import (
	"encoding/binary"
	"fmt"
	"math"
	"sync/atomic"
	"syscall"
	"time"
	"unsafe"

	"gilfree/runtime"
	osmod "gilfree/runtime/lib/os"
)

// SocketType is _socket.socket, the base of socket.py's socket class.
var SocketType = &runtime.Type{Name: "socket", Module: "_socket",
	Doc: "socket(family=AF_INET, type=SOCK_STREAM, proto=0, fileno=None) -> socket object\n\nOpen a socket of the given type."}

// Socket is a socket object: a file descriptor with the family, type and
// protocol it was made with, and its timeout. The descriptor is atomic
// (-1 once closed or detached) so that a thread closing the socket and
// another using it never race on the field; the system calls then see
// the descriptor or -1 (EBADF), as in CPython.
type Socket struct {
	runtime.Object
	fd                  atomic.Int64
	family, kind, proto atomic.Int32
	// timeout is in nanoseconds, -1 for none (a blocking socket); a
	// socket with a timeout has a non-blocking descriptor.
	timeout atomic.Int64
}

// defaultTimeout is setdefaulttimeout's value, in nanoseconds (-1: none).
var defaultTimeout atomic.Int64

func init() { defaultTimeout.Store(-1) }

func asSocket(t *runtime.Thread, name string, args []*runtime.Object) (*Socket, error) {
	if len(args) == 0 || !runtime.IsInstance(args[0], SocketType) {
		return nil, t.TypeError("descriptor '%s' for '_socket.socket' objects doesn't apply to this object", name)
	}
	return runtime.As[Socket](args[0]), nil
}

func readySocketType() {
	SocketType.New = socketNew
	SocketType.Init = socketInit
	SocketType.Repr = socketRepr
	SocketType.AddMethods(
		runtime.MethodDef{Name: "_accept", Fn: sockAccept, Doc: "_accept() -> (integer, address info)\n\nWait for an incoming connection."},
		runtime.MethodDef{Name: "bind", Fn: sockBind, Doc: "bind(address)\n\nBind the socket to a local address."},
		runtime.MethodDef{Name: "close", Fn: sockClose, Doc: "close()\n\nClose the socket.  It cannot be used after this call."},
		runtime.MethodDef{Name: "connect", Fn: sockConnect, Doc: "connect(address)\n\nConnect the socket to a remote address."},
		runtime.MethodDef{Name: "connect_ex", Fn: sockConnectEx, Doc: "connect_ex(address) -> errno\n\nThis is like connect(address), but returns an error code instead of raising."},
		runtime.MethodDef{Name: "detach", Fn: sockDetach, Doc: "detach()\n\nClose the socket object without closing the underlying file descriptor."},
		runtime.MethodDef{Name: "fileno", Fn: sockFileno, Doc: "fileno() -> integer\n\nReturn the integer file descriptor of the socket."},
		runtime.MethodDef{Name: "getpeername", Fn: sockGetpeername, Doc: "getpeername() -> address info\n\nReturn the address of the remote endpoint."},
		runtime.MethodDef{Name: "getsockname", Fn: sockGetsockname, Doc: "getsockname() -> address info\n\nReturn the address of the local endpoint."},
		runtime.MethodDef{Name: "getsockopt", Fn: sockGetsockopt, Doc: "getsockopt(level, option[, buffersize]) -> value\n\nGet a socket option."},
		runtime.MethodDef{Name: "setsockopt", Fn: sockSetsockopt, Doc: "setsockopt(level, option, value: int)\nsetsockopt(level, option, value: buffer)\nsetsockopt(level, option, None, optlen: int)\n\nSet a socket option."},
		runtime.MethodDef{Name: "listen", Fn: sockListen, Doc: "listen([backlog])\n\nEnable a server to accept connections."},
		runtime.MethodDef{Name: "recv", Fn: sockRecv, Doc: "recv(buffersize[, flags]) -> data\n\nReceive up to buffersize bytes from the socket."},
		runtime.MethodDef{Name: "recv_into", Fn: sockRecvInto, Doc: "recv_into(buffer, [nbytes[, flags]]) -> nbytes_read\n\nA version of recv() that stores its data into a buffer."},
		runtime.MethodDef{Name: "recvfrom", Fn: sockRecvfrom, Doc: "recvfrom(buffersize[, flags]) -> (data, address info)\n\nLike recv(buffersize, flags) but also return the sender's address info."},
		runtime.MethodDef{Name: "recvfrom_into", Fn: sockRecvfromInto, Doc: "recvfrom_into(buffer[, nbytes[, flags]]) -> (nbytes, address info)\n\nLike recv_into(buffer[, nbytes[, flags]]) but also return the sender's address info."},
		runtime.MethodDef{Name: "send", Fn: sockSend, Doc: "send(data[, flags]) -> count\n\nSend a data string to the socket."},
		runtime.MethodDef{Name: "sendall", Fn: sockSendall, Doc: "sendall(data[, flags])\n\nSend a data string to the socket, all of it."},
		runtime.MethodDef{Name: "sendto", Fn: sockSendto, Doc: "sendto(data[, flags], address) -> count\n\nLike send(data, flags) but allows specifying the destination address."},
		runtime.MethodDef{Name: "sendmsg", Fn: sockSendmsg, Doc: "sendmsg(buffers[, ancdata[, flags[, address]]]) -> count\n\nSend normal and ancillary data to the socket, gathering the non-ancillary data from a series of buffers."},
		runtime.MethodDef{Name: "recvmsg", Fn: sockRecvmsg, Doc: "recvmsg(bufsize[, ancbufsize[, flags]]) -> (data, ancdata, msg_flags, address)\n\nReceive normal data (up to bufsize bytes) and ancillary data from the socket."},
		runtime.MethodDef{Name: "recvmsg_into", Fn: sockRecvmsgInto, Doc: "recvmsg_into(buffers[, ancbufsize[, flags]]) -> (nbytes, ancdata, msg_flags, address)\n\nReceive normal data and ancillary data from the socket, scattering the non-ancillary data into a series of buffers."},
		runtime.MethodDef{Name: "setblocking", Fn: sockSetblocking, Doc: "setblocking(flag)\n\nSet the socket to blocking (flag is true) or non-blocking (false)."},
		runtime.MethodDef{Name: "getblocking", Fn: sockGetblocking, Doc: "getblocking()\n\nReturns True if socket is in blocking mode, or False if it is in non-blocking mode."},
		runtime.MethodDef{Name: "settimeout", Fn: sockSettimeout, Doc: "settimeout(timeout)\n\nSet a timeout on socket operations."},
		runtime.MethodDef{Name: "gettimeout", Fn: sockGettimeout, Doc: "gettimeout() -> timeout\n\nReturns the timeout in seconds (float) associated with socket operations."},
		runtime.MethodDef{Name: "shutdown", Fn: sockShutdown, Doc: "shutdown(flag)\n\nShut down the reading side of the socket (flag == SHUT_RD), the writing side (SHUT_WR), or both (SHUT_RDWR)."},
	)
	SocketType.AddGetSets(
		runtime.GetSetDef{Name: "family", Get: func(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
			return t.NewInt(int64(runtime.As[Socket](o).family.Load())), nil
		}, Doc: "the socket family"},
		runtime.GetSetDef{Name: "type", Get: func(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
			return t.NewInt(int64(runtime.As[Socket](o).kind.Load())), nil
		}, Doc: "the socket type"},
		runtime.GetSetDef{Name: "proto", Get: func(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
			return t.NewInt(int64(runtime.As[Socket](o).proto.Load())), nil
		}, Doc: "the socket protocol"},
		runtime.GetSetDef{Name: "timeout", Get: func(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
			return timeoutObj(t, runtime.As[Socket](o).timeout.Load()), nil
		}, Doc: "the socket timeout"},
	)
	// A socket that dies open closes its descriptor, as CPython's
	// finalizer does (without the ResourceWarning).
	SocketType.SetClear(func(t *runtime.Thread, o *runtime.Object) {
		if fd := runtime.As[Socket](o).fd.Swap(-1); fd >= 0 {
			syscall.Close(int(fd))
		}
	})
	runtime.ReadyType[Socket](SocketType, runtime.ObjectType, runtime.FlagBaseType)
}

func socketNew(t *runtime.Thread, typ *runtime.Type, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	var s *Socket
	if typ == SocketType {
		s = new(Socket)
		t.InitObject(&s.Object, typ)
	} else {
		s = runtime.As[Socket](t.NewInstance(typ))
	}
	s.fd.Store(-1)
	s.timeout.Store(-1)
	return &s.Object, nil
}

// Linux's flags and options used here.
const (
	sockNonblock = syscall.SOCK_NONBLOCK
	sockCloexec  = syscall.SOCK_CLOEXEC
	soDomain     = 39
	soProtocol   = 38
)

// getsockoptInt reads an int socket option.
func getsockoptInt(fd, level, opt int) (int, error) {
	return syscall.GetsockoptInt(fd, level, opt)
}

func socketInit(t *runtime.Thread, o *runtime.Object, args []*runtime.Object, kw *runtime.Tuple) error {
	var a [4]*runtime.Object
	if err := t.ParseArgs("socket", args, kw, []string{"family", "type", "proto", "fileno"}, 0, a[:]); err != nil {
		return err
	}
	v := [3]int{-1, -1, -1}
	for i := range 3 {
		if a[i] == nil {
			continue
		}
		n, err := intArg(t, a[i])
		if err != nil {
			return err
		}
		v[i] = n
	}
	family, kind, proto := v[0], v[1], v[2]
	s := runtime.As[Socket](o)
	var fd int
	if a[3] != nil && a[3] != runtime.None {
		if runtime.IsFloat(a[3]) {
			return t.TypeError("'float' object cannot be interpreted as an integer")
		}
		n, err := intArg(t, a[3])
		if err != nil {
			return err
		}
		if n < 0 {
			return t.ValueError("negative file descriptor")
		}
		fd = n
		// What the descriptor is, from the kernel, for what was not
		// given; this also checks that it is a socket.
		k, err := getsockoptInt(fd, syscall.SOL_SOCKET, syscall.SO_TYPE)
		if err != nil {
			return osmod.Error(t, err)
		}
		if kind == -1 {
			kind = k
		}
		if family == -1 {
			if family, err = getsockoptInt(fd, syscall.SOL_SOCKET, soDomain); err != nil {
				return osmod.Error(t, err)
			}
		}
		if proto == -1 {
			if proto, err = getsockoptInt(fd, syscall.SOL_SOCKET, soProtocol); err != nil {
				return osmod.Error(t, err)
			}
		}
	} else {
		if family == -1 {
			family = syscall.AF_INET
		}
		if kind == -1 {
			kind = syscall.SOCK_STREAM
		}
		if proto == -1 {
			proto = 0
		}
		n, _, errno := syscall.RawSyscall(syscall.SYS_SOCKET, uintptr(family), uintptr(kind|sockCloexec), uintptr(proto))
		if errno != 0 {
			return osmod.Error(t, errno)
		}
		fd = int(n)
	}
	if old := s.fd.Swap(int64(fd)); old >= 0 && old != int64(fd) {
		syscall.Close(int(old))
	}
	s.family.Store(int32(family))
	s.kind.Store(int32(kind &^ (sockNonblock | sockCloexec)))
	s.proto.Store(int32(proto))
	timeout := defaultTimeout.Load()
	if kind&sockNonblock != 0 {
		timeout = 0
	}
	s.timeout.Store(timeout)
	if timeout >= 0 {
		if err := setNonblock(fd, true); err != nil {
			return osmod.Error(t, err)
		}
	}
	return nil
}

// setNonblock sets or clears O_NONBLOCK on fd.
func setNonblock(fd int, on bool) error {
	flags, _, errno := syscall.RawSyscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_GETFL, 0)
	if errno != 0 {
		return errno
	}
	nf := flags &^ syscall.O_NONBLOCK
	if on {
		nf = flags | syscall.O_NONBLOCK
	}
	if nf != flags {
		if _, _, errno = syscall.RawSyscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_SETFL, nf); errno != 0 {
			return errno
		}
	}
	return nil
}

func socketRepr(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
	s := runtime.As[Socket](o)
	return t.NewStr(fmt.Sprintf("<socket object, fd=%d, family=%d, type=%d, proto=%d>",
		s.fd.Load(), s.family.Load(), s.kind.Load(), s.proto.Load())), nil
}

// timeoutObj is a timeout in nanoseconds as Python shows it.
func timeoutObj(t *runtime.Thread, ns int64) *runtime.Object {
	if ns < 0 {
		return runtime.None
	}
	return t.NewFloat(float64(ns) / 1e9)
}

// timeoutArg reads a timeout (None, or non-negative seconds) as
// nanoseconds, -1 for None.
func timeoutArg(t *runtime.Thread, o *runtime.Object) (int64, error) {
	if o == runtime.None {
		return -1, nil
	}
	var f float64
	if runtime.IsFloat(o) {
		f = runtime.FloatValue(o)
		if math.IsNaN(f) {
			return 0, t.ValueError("Invalid value NaN (not a number)")
		}
	} else {
		n, err := intArg(t, o)
		if err != nil {
			return 0, err
		}
		f = float64(n)
	}
	if f < 0 {
		return 0, t.ValueError("Timeout value out of range")
	}
	if f*1e9 >= math.MaxInt64 {
		return 0, t.OverflowError("timeout doesn't fit into C timeval")
	}
	// Rounded up to whole microseconds, as CPython's timeval does, so a
	// tiny timeout is not zero (which would mean non-blocking).
	ns := int64(math.Ceil(f * 1e6))
	return ns * 1000, nil
}

// errTimeout is the exception of a timed-out call.
func errTimeout(t *runtime.Thread) error { return errMsg(t, runtime.TimeoutErrorType, "timed out") }

// errMsg raises typ(msg) for an OSError subclass typ, made by calling the
// class so that OSError's attributes (errno None) are there.
func errMsg(t *runtime.Thread, typ *runtime.Type, msg string) error {
	m := t.NewStr(msg)
	e, err := t.Call(typ.Obj(), []*runtime.Object{m}, nil)
	t.Decref(m)
	if err != nil {
		return err
	}
	exc := runtime.AsExc(e)
	t.Raising(exc)
	return exc
}

// isAgain reports whether a call failed because it would have blocked.
func isAgain(err error) bool { return err == syscall.EAGAIN || err == syscall.EWOULDBLOCK }

// call runs attempt, a system call that never waits (it is made with
// MSG_DONTWAIT, or the descriptor is non-blocking), until it succeeds:
// when it would block, it waits for the descriptor to be ready for
// events, as long as the socket's timeout allows (a zero timeout not at
// all: the call's BlockingIOError is raised).
func (s *Socket) call(t *runtime.Thread, events int16, attempt func(fd int) error) error {
	timeout, deadline := s.deadline()
	return s.callUntil(t, events, timeout, deadline, attempt)
}

// deadline returns s's timeout and the deadline it sets for a call
// starting now.
func (s *Socket) deadline() (int64, time.Time) {
	timeout := s.timeout.Load()
	var deadline time.Time
	if timeout > 0 {
		deadline = time.Now().Add(time.Duration(timeout))
	}
	return timeout, deadline
}

// callUntil is call with the timeout and deadline given, for calls that
// make several (sendall).
func (s *Socket) callUntil(t *runtime.Thread, events int16, timeout int64, deadline time.Time, attempt func(fd int) error) error {
	for {
		fd := int(s.fd.Load())
		err := attempt(fd)
		if err == nil {
			return nil
		}
		if err == syscall.EINTR {
			if t.Pending() != 0 {
				if perr := t.Poll(); perr != nil {
					return perr
				}
			}
			continue
		}
		if !isAgain(err) || timeout == 0 {
			return osmod.Error(t, err)
		}
		ready, werr := waitFd(t, fd, events, timeout > 0, deadline)
		if werr != nil {
			return werr
		}
		if !ready {
			return errTimeout(t)
		}
	}
}

// sysErr converts a raw system call's errno into an error (nil for 0).
func sysErr(errno syscall.Errno) error {
	if errno != 0 {
		return errno
	}
	return nil
}

// bufPtr is the address of b's first byte for a system call that reads
// or writes it (0 for an empty b). The rule that makes it safe: b is a
// Go slice the caller keeps alive across the call, and the Go heap does
// not move objects.
func bufPtr(b []byte) uintptr {
	if len(b) == 0 {
		return 0
	}
	return uintptr(unsafe.Pointer(&b[0]))
}

// recvfrom receives into buf, returning the count and, with from, the
// sender's raw address.
func (s *Socket) recvfrom(t *runtime.Thread, buf []byte, flags int, from bool) (int, []byte, error) {
	var n int
	var raw []byte
	timeout, deadline := s.deadline()
	if flags&syscall.MSG_DONTWAIT != 0 {
		timeout = 0 // the caller's MSG_DONTWAIT: no waiting
	}
	err := s.callUntil(t, pollIn, timeout, deadline, func(fd int) error {
		var sa [sockaddrMax]byte
		salen := uint32(sockaddrMax)
		var sap, lenp uintptr
		if from {
			sap, lenp = uintptr(unsafe.Pointer(&sa[0])), uintptr(unsafe.Pointer(&salen))
		}
		r, _, errno := syscall.Syscall6(syscall.SYS_RECVFROM, uintptr(fd), bufPtr(buf), uintptr(len(buf)),
			uintptr(flags|syscall.MSG_DONTWAIT), sap, lenp)
		if errno != 0 {
			return errno
		}
		n = int(r)
		if from {
			raw = append([]byte(nil), sa[:min(salen, sockaddrMax)]...)
		}
		return nil
	})
	return n, raw, err
}

// sendto sends data (to the raw address to, if any), returning the
// count sent.
func (s *Socket) sendto(t *runtime.Thread, data []byte, flags int, to []byte) (int, error) {
	timeout, deadline := s.deadline()
	return s.sendUntil(t, data, flags, to, timeout, deadline)
}

// sendUntil is sendto with the timeout and deadline given.
func (s *Socket) sendUntil(t *runtime.Thread, data []byte, flags int, to []byte, timeout int64, deadline time.Time) (int, error) {
	var n int
	if flags&syscall.MSG_DONTWAIT != 0 {
		timeout = 0 // the caller's MSG_DONTWAIT: no waiting
	}
	err := s.callUntil(t, pollOut, timeout, deadline, func(fd int) error {
		r, _, errno := syscall.Syscall6(syscall.SYS_SENDTO, uintptr(fd), bufPtr(data), uintptr(len(data)),
			uintptr(flags|syscall.MSG_DONTWAIT|syscall.MSG_NOSIGNAL), bufPtr(to), uintptr(len(to)))
		n = int(r)
		return sysErr(errno)
	})
	return n, err
}

// tupleArgs checks the count of positional arguments as CPython's
// PyArg_ParseTuple does, with its messages, for the functions that parse
// their arguments that way.
func tupleArgs(t *runtime.Thread, name string, args []*runtime.Object, kw *runtime.Tuple, lo, hi int) error {
	if kw.Len() != 0 {
		return t.TypeError("%s() takes no keyword arguments", name)
	}
	return countArgs(t, name, args, lo, hi)
}

// methodArgs is tupleArgs for a socket method, which CPython names
// socket.name in the message about keywords.
func methodArgs(t *runtime.Thread, name string, args []*runtime.Object, kw *runtime.Tuple, lo, hi int) error {
	if kw.Len() != 0 {
		return t.TypeError("socket.%s() takes no keyword arguments", name)
	}
	return countArgs(t, name, args, lo, hi)
}

// countArgs checks the count of positional arguments with
// PyArg_ParseTuple's messages.
func countArgs(t *runtime.Thread, name string, args []*runtime.Object, lo, hi int) error {
	n := len(args)
	if n >= lo && n <= hi {
		return nil
	}
	which, want := "exactly", lo
	if lo != hi {
		which = "at least"
		if n > hi {
			which, want = "at most", hi
		}
	}
	plural := "s"
	if want == 1 {
		plural = ""
	}
	return t.TypeError("%s() takes %s %d argument%s (%d given)", name, which, want, plural, n)
}

// maxRecv bounds the buffer recv and recvfrom allocate: a call may
// return fewer bytes than asked for, and no datagram is larger, while a
// buffer of the size a program asks for (recv(2**40)) could end the
// process, as Go's allocator cannot fail softly.
const maxRecv = 64 << 20

// flagsArg reads an optional flags argument.
func flagsArg(t *runtime.Thread, args []*runtime.Object, i int) (int, error) {
	if len(args) <= i {
		return 0, nil
	}
	return intArg(t, args[i])
}

// recvBytes is recv and recvfrom: it reads (size[, flags]) and receives
// at most size bytes, with the sender's raw address when from is set.
func recvBytes(t *runtime.Thread, name string, args []*runtime.Object, kw *runtime.Tuple, from bool) ([]byte, []byte, error) {
	s, err := asSocket(t, name, args)
	if err != nil {
		return nil, nil, err
	}
	if err := methodArgs(t, name, args[1:], kw, 1, 2); err != nil {
		return nil, nil, err
	}
	size, err := intArg(t, args[1])
	if err != nil {
		return nil, nil, err
	}
	if size < 0 {
		return nil, nil, t.ValueError("negative buffersize in %s", name)
	}
	flags, err := flagsArg(t, args, 2)
	if err != nil {
		return nil, nil, err
	}
	buf := make([]byte, min(size, maxRecv))
	n, raw, err := s.recvfrom(t, buf, flags, from)
	if err != nil {
		return nil, nil, err
	}
	return buf[:n], raw, nil
}

func sockRecv(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	b, _, err := recvBytes(t, "recv", args, kw, false)
	if err != nil {
		return nil, err
	}
	return t.NewBytes(b), nil
}

func sockRecvfrom(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	b, raw, err := recvBytes(t, "recvfrom", args, kw, true)
	if err != nil {
		return nil, err
	}
	return t.NewTupleSteal([]*runtime.Object{t.NewBytes(b), makeAddr(t, raw)}).Obj(), nil
}

// recvInto is recv_into and recvfrom_into: it receives into a temporary
// buffer while detached, then copies into the caller's buffer in a
// section on it.
func recvInto(t *runtime.Thread, name string, args []*runtime.Object, kw *runtime.Tuple, from bool) (int, []byte, error) {
	s, err := asSocket(t, name, args)
	if err != nil {
		return 0, nil, err
	}
	var a [3]*runtime.Object
	if err := t.ParseArgs(name, args[1:], kw, []string{"buffer", "nbytes", "flags"}, 1, a[:]); err != nil {
		return 0, nil, err
	}
	if runtime.IsBytes(a[0]) || !runtime.IsBuffer(a[0]) {
		return 0, nil, t.TypeError("%s() argument 1 must be read-write bytes-like object, not %s", name, runtime.TypeOf(a[0]).Name)
	}
	size := -1
	if _, err := t.FillBuffer(a[0], name, func(dst []byte) int { size = len(dst); return 0 }); err != nil {
		return 0, nil, err
	}
	nbytes, flags := 0, 0
	if a[1] != nil {
		if nbytes, err = intArg(t, a[1]); err != nil {
			return 0, nil, err
		}
	}
	if a[2] != nil {
		if flags, err = intArg(t, a[2]); err != nil {
			return 0, nil, err
		}
	}
	if nbytes < 0 {
		return 0, nil, t.ValueError("negative buffersize in %s", name)
	}
	if nbytes == 0 {
		nbytes = size
	} else if nbytes > size {
		if from {
			return 0, nil, t.ValueError("nbytes is greater than the length of the buffer")
		}
		return 0, nil, t.ValueError("buffer too small for requested bytes")
	}
	buf := make([]byte, nbytes)
	n, raw, err := s.recvfrom(t, buf, flags, from)
	if err != nil {
		return 0, nil, err
	}
	if _, err := t.FillBuffer(a[0], name, func(dst []byte) int { return copy(dst, buf[:n]) }); err != nil {
		return 0, nil, err
	}
	return n, raw, nil
}

func sockRecvInto(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	n, _, err := recvInto(t, "recv_into", args, kw, false)
	if err != nil {
		return nil, err
	}
	return t.NewInt(int64(n)), nil
}

func sockRecvfromInto(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	n, raw, err := recvInto(t, "recvfrom_into", args, kw, true)
	if err != nil {
		return nil, err
	}
	return t.NewTupleSteal([]*runtime.Object{t.NewInt(int64(n)), makeAddr(t, raw)}).Obj(), nil
}

// sendArgs reads send's and sendall's (data[, flags]).
func sendArgs(t *runtime.Thread, name string, args []*runtime.Object, kw *runtime.Tuple) (*Socket, []byte, int, error) {
	s, err := asSocket(t, name, args)
	if err != nil {
		return nil, nil, 0, err
	}
	if err := methodArgs(t, name, args[1:], kw, 1, 2); err != nil {
		return nil, nil, 0, err
	}
	data, err := t.BytesOf(args[1])
	if err != nil {
		return nil, nil, 0, err
	}
	flags, err := flagsArg(t, args, 2)
	if err != nil {
		return nil, nil, 0, err
	}
	return s, data, flags, nil
}

func sockSend(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	s, data, flags, err := sendArgs(t, "send", args, kw)
	if err != nil {
		return nil, err
	}
	n, err := s.sendto(t, data, flags, nil)
	if err != nil {
		return nil, err
	}
	return t.NewInt(int64(n)), nil
}

func sockSendall(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	s, data, flags, err := sendArgs(t, "sendall", args, kw)
	if err != nil {
		return nil, err
	}
	// The timeout applies to the whole of sendall, as in CPython.
	timeout, deadline := s.deadline()
	for len(data) > 0 {
		n, err := s.sendUntil(t, data, flags, nil, timeout, deadline)
		if err != nil {
			return nil, err
		}
		data = data[n:]
		if t.Pending() != 0 {
			if err := t.Poll(); err != nil {
				return nil, err
			}
		}
	}
	return runtime.None, nil
}

func sockSendto(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	s, err := asSocket(t, "sendto", args)
	if err != nil {
		return nil, err
	}
	if kw.Len() != 0 {
		return nil, t.TypeError("socket.sendto() takes no keyword arguments")
	}
	var dataObj, addrObj *runtime.Object
	flags := 0
	switch len(args) - 1 {
	case 2:
		dataObj, addrObj = args[1], args[2]
	case 3:
		dataObj, addrObj = args[1], args[3]
		if flags, err = intArg(t, args[2]); err != nil {
			return nil, err
		}
	default:
		return nil, t.TypeError("sendto() takes 2 or 3 arguments (%d given)", len(args)-1)
	}
	data, err := t.BytesOf(dataObj)
	if err != nil {
		return nil, err
	}
	to, err := parseAddr(t, int(s.family.Load()), addrObj, "sendto")
	if err != nil {
		return nil, err
	}
	n, err := s.sendto(t, data, flags, to)
	if err != nil {
		return nil, err
	}
	return t.NewInt(int64(n)), nil
}

func sockAccept(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	s, err := asSocket(t, "_accept", args)
	if err != nil {
		return nil, err
	}
	if err := t.CheckArgs("socket._accept", args[1:], kw, 0, 0); err != nil {
		return nil, err
	}
	var nfd int
	var raw []byte
	attempt := func(fd int) error {
		var sa [sockaddrMax]byte
		salen := uint32(sockaddrMax)
		r, _, errno := syscall.Syscall6(syscall.SYS_ACCEPT4, uintptr(fd), uintptr(unsafe.Pointer(&sa[0])),
			uintptr(unsafe.Pointer(&salen)), sockCloexec, 0, 0)
		if errno != 0 {
			return errno
		}
		nfd = int(r)
		raw = append([]byte(nil), sa[:min(salen, sockaddrMax)]...)
		return nil
	}
	if s.timeout.Load() < 0 {
		// A blocking descriptor: wait until a connection is there, then
		// accept it detached (another thread may take it first, and
		// then this one waits in accept(2)).
		for {
			fd := int(s.fd.Load())
			if _, err := waitFd(t, fd, pollIn, false, time.Time{}); err != nil {
				return nil, err
			}
			var aerr error
			if err := osmod.Blocking(t, func() { aerr = attempt(fd) }); err != nil {
				if aerr == nil {
					syscall.Close(nfd)
				}
				return nil, err
			}
			if aerr == syscall.EINTR || isAgain(aerr) {
				continue
			}
			if aerr != nil {
				return nil, osmod.Error(t, aerr)
			}
			break
		}
	} else if err := s.call(t, pollIn, attempt); err != nil {
		return nil, err
	}
	return t.NewTupleSteal([]*runtime.Object{t.NewInt(int64(nfd)), makeAddr(t, raw)}).Obj(), nil
}

// addrMethod reads the one address argument of bind and connect.
func addrMethod(t *runtime.Thread, name string, args []*runtime.Object, kw *runtime.Tuple) (*Socket, []byte, error) {
	s, err := asSocket(t, name, args)
	if err != nil {
		return nil, nil, err
	}
	if err := t.CheckArgs("socket."+name, args[1:], kw, 1, 1); err != nil {
		return nil, nil, err
	}
	raw, err := parseAddr(t, int(s.family.Load()), args[1], name)
	return s, raw, err
}

func sockBind(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	s, raw, err := addrMethod(t, "bind", args, kw)
	if err != nil {
		return nil, err
	}
	_, _, errno := syscall.RawSyscall(syscall.SYS_BIND, uintptr(s.fd.Load()), bufPtr(raw), uintptr(len(raw)))
	if errno != 0 {
		return nil, osmod.Error(t, errno)
	}
	return runtime.None, nil
}

// connect connects s to raw, returning the connection's own failure as
// an errno (for connect_ex) and anything else (a timeout, an interrupt)
// as an exception.
func (s *Socket) connect(t *runtime.Thread, raw []byte) (syscall.Errno, error) {
	fd := int(s.fd.Load())
	timeout := s.timeout.Load()
	if timeout == 0 {
		_, _, errno := syscall.RawSyscall(syscall.SYS_CONNECT, uintptr(fd), bufPtr(raw), uintptr(len(raw)))
		return errno, nil
	}
	if timeout < 0 && s.family.Load() == syscall.AF_UNIX {
		// A local connect waits only while the listener's backlog is
		// full, and a non-blocking one would fail with EAGAIN then
		// instead of waiting: it is made as it is, detached.
		var errno syscall.Errno
		if err := osmod.Blocking(t, func() {
			_, _, errno = syscall.Syscall(syscall.SYS_CONNECT, uintptr(fd), bufPtr(raw), uintptr(len(raw)))
		}); err != nil {
			return 0, err
		}
		return errno, nil
	}
	if timeout < 0 {
		// A blocking socket is made non-blocking for the call, so that
		// the wait for the connection can end at Ctrl-C.
		if err := setNonblock(fd, true); err != nil {
			return err.(syscall.Errno), nil
		}
		defer setNonblock(fd, false)
	}
	_, _, errno := syscall.RawSyscall(syscall.SYS_CONNECT, uintptr(fd), bufPtr(raw), uintptr(len(raw)))
	if errno != syscall.EINPROGRESS && errno != syscall.EINTR {
		return errno, nil
	}
	var deadline time.Time
	if timeout > 0 {
		deadline = time.Now().Add(time.Duration(timeout))
	}
	ready, err := waitFd(t, fd, pollOut, timeout > 0, deadline)
	if err != nil {
		return 0, err
	}
	if !ready {
		return 0, errTimeout(t)
	}
	soerr, gerr := getsockoptInt(fd, syscall.SOL_SOCKET, syscall.SO_ERROR)
	if gerr != nil {
		return gerr.(syscall.Errno), nil
	}
	return syscall.Errno(soerr), nil
}

func sockConnect(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	s, raw, err := addrMethod(t, "connect", args, kw)
	if err != nil {
		return nil, err
	}
	errno, err := s.connect(t, raw)
	if err != nil {
		return nil, err
	}
	if errno != 0 {
		return nil, osmod.Error(t, errno)
	}
	return runtime.None, nil
}

func sockConnectEx(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	s, raw, err := addrMethod(t, "connect_ex", args, kw)
	if err != nil {
		return nil, err
	}
	errno, err := s.connect(t, raw)
	if err != nil {
		return nil, err
	}
	return t.NewInt(int64(errno)), nil
}

func sockClose(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	s, err := asSocket(t, "close", args)
	if err != nil {
		return nil, err
	}
	if err := t.CheckArgs("socket.close", args[1:], kw, 0, 0); err != nil {
		return nil, err
	}
	if fd := s.fd.Swap(-1); fd >= 0 {
		// ECONNRESET from close is ignored, as CPython does: the peer
		// reset a connection that is being closed anyway.
		if err := syscall.Close(int(fd)); err != nil && err != syscall.ECONNRESET {
			return nil, osmod.Error(t, err)
		}
	}
	return runtime.None, nil
}

func sockDetach(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	s, err := asSocket(t, "detach", args)
	if err != nil {
		return nil, err
	}
	if err := t.CheckArgs("socket.detach", args[1:], kw, 0, 0); err != nil {
		return nil, err
	}
	return t.NewInt(s.fd.Swap(-1)), nil
}

func sockFileno(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	s, err := asSocket(t, "fileno", args)
	if err != nil {
		return nil, err
	}
	if err := t.CheckArgs("socket.fileno", args[1:], kw, 0, 0); err != nil {
		return nil, err
	}
	return t.NewInt(s.fd.Load()), nil
}

// sockName is getsockname and getpeername.
func sockName(t *runtime.Thread, name string, sysno uintptr, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	s, err := asSocket(t, name, args)
	if err != nil {
		return nil, err
	}
	if err := t.CheckArgs("socket."+name, args[1:], kw, 0, 0); err != nil {
		return nil, err
	}
	var sa [sockaddrMax]byte
	salen := uint32(sockaddrMax)
	_, _, errno := syscall.RawSyscall(sysno, uintptr(s.fd.Load()), uintptr(unsafe.Pointer(&sa[0])), uintptr(unsafe.Pointer(&salen)))
	if errno != 0 {
		return nil, osmod.Error(t, errno)
	}
	if salen == 0 || salen == 2 && binary.LittleEndian.Uint16(sa[:]) == syscall.AF_UNIX {
		// An unbound AF_UNIX socket has an empty name.
		if s.family.Load() == syscall.AF_UNIX {
			return t.NewStr(""), nil
		}
	}
	return makeAddr(t, sa[:min(salen, sockaddrMax)]), nil
}

func sockGetsockname(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	return sockName(t, "getsockname", syscall.SYS_GETSOCKNAME, args, kw)
}

func sockGetpeername(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	return sockName(t, "getpeername", syscall.SYS_GETPEERNAME, args, kw)
}

func sockGetsockopt(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	s, err := asSocket(t, "getsockopt", args)
	if err != nil {
		return nil, err
	}
	if err := methodArgs(t, "getsockopt", args[1:], kw, 2, 3); err != nil {
		return nil, err
	}
	var v [3]int
	for i, o := range args[1:] {
		if v[i], err = intArg(t, o); err != nil {
			return nil, err
		}
	}
	level, opt, buflen := v[0], v[1], v[2]
	fd := s.fd.Load()
	if len(args) < 4 || buflen == 0 {
		var n int32
		size := uint32(4)
		_, _, errno := syscall.RawSyscall6(syscall.SYS_GETSOCKOPT, uintptr(fd), uintptr(level), uintptr(opt),
			uintptr(unsafe.Pointer(&n)), uintptr(unsafe.Pointer(&size)), 0)
		if errno != 0 {
			return nil, osmod.Error(t, errno)
		}
		return t.NewInt(int64(n)), nil
	}
	if buflen < 0 || buflen > 1024 {
		return nil, errMsg(t, runtime.OSErrorType, "getsockopt buflen out of range")
	}
	buf := make([]byte, buflen)
	size := uint32(buflen)
	_, _, errno := syscall.RawSyscall6(syscall.SYS_GETSOCKOPT, uintptr(fd), uintptr(level), uintptr(opt),
		bufPtr(buf), uintptr(unsafe.Pointer(&size)), 0)
	if errno != 0 {
		return nil, osmod.Error(t, errno)
	}
	return t.NewBytes(buf[:min(int(size), buflen)]), nil
}

func sockSetsockopt(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	s, err := asSocket(t, "setsockopt", args)
	if err != nil {
		return nil, err
	}
	if kw.Len() == 0 && len(args) != 4 && len(args) != 5 {
		return nil, t.TypeError("setsockopt() takes exactly 3 arguments (%d given)", len(args)-1)
	}
	if err := t.CheckArgs("socket.setsockopt", args[1:], kw, 3, 4); err != nil {
		return nil, err
	}
	level, err := intArg(t, args[1])
	if err != nil {
		return nil, err
	}
	opt, err := intArg(t, args[2])
	if err != nil {
		return nil, err
	}
	var ptr uintptr
	var size int
	var keep []byte
	var n int32
	switch {
	case len(args) == 5:
		if args[3] != runtime.None {
			return nil, t.TypeError("setsockopt() argument 3 must be NoneType, not %s", runtime.TypeOf(args[3]).Name)
		}
		if size, err = intArg(t, args[4]); err != nil {
			return nil, err
		}
	case runtime.IsInt(args[3]):
		v, err := t.IndexInt(args[3])
		if err != nil {
			return nil, err
		}
		n = int32(v)
		ptr, size = uintptr(unsafe.Pointer(&n)), 4
	default:
		if keep, err = t.BytesOf(args[3]); err != nil {
			return nil, err
		}
		ptr, size = bufPtr(keep), len(keep)
	}
	_, _, errno := syscall.RawSyscall6(syscall.SYS_SETSOCKOPT, uintptr(s.fd.Load()), uintptr(level), uintptr(opt), ptr, uintptr(size), 0)
	if errno != 0 {
		return nil, osmod.Error(t, errno)
	}
	return runtime.None, nil
}

func sockListen(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	s, err := asSocket(t, "listen", args)
	if err != nil {
		return nil, err
	}
	if err := methodArgs(t, "listen", args[1:], kw, 0, 1); err != nil {
		return nil, err
	}
	backlog := min(syscall.SOMAXCONN, 128)
	if len(args) == 2 {
		if backlog, err = intArg(t, args[1]); err != nil {
			return nil, err
		}
		backlog = max(backlog, 0)
	}
	_, _, errno := syscall.RawSyscall(syscall.SYS_LISTEN, uintptr(s.fd.Load()), uintptr(backlog), 0)
	if errno != 0 {
		return nil, osmod.Error(t, errno)
	}
	return runtime.None, nil
}

func sockShutdown(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	s, err := asSocket(t, "shutdown", args)
	if err != nil {
		return nil, err
	}
	if err := t.CheckArgs("socket.shutdown", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	how, err := intArg(t, args[1])
	if err != nil {
		return nil, err
	}
	if _, _, errno := syscall.RawSyscall(syscall.SYS_SHUTDOWN, uintptr(s.fd.Load()), uintptr(how), 0); errno != 0 {
		return nil, osmod.Error(t, errno)
	}
	return runtime.None, nil
}

// setTimeout sets s's timeout (ns, -1: none) and its descriptor's
// blocking mode to match.
func (s *Socket) setTimeout(t *runtime.Thread, ns int64) error {
	s.timeout.Store(ns)
	if err := setNonblock(int(s.fd.Load()), ns >= 0); err != nil {
		return osmod.Error(t, err)
	}
	return nil
}

func sockSettimeout(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	s, err := asSocket(t, "settimeout", args)
	if err != nil {
		return nil, err
	}
	if err := t.CheckArgs("socket.settimeout", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	ns, err := timeoutArg(t, args[1])
	if err != nil {
		return nil, err
	}
	if err := s.setTimeout(t, ns); err != nil {
		return nil, err
	}
	return runtime.None, nil
}

func sockGettimeout(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	s, err := asSocket(t, "gettimeout", args)
	if err != nil {
		return nil, err
	}
	if err := t.CheckArgs("socket.gettimeout", args[1:], kw, 0, 0); err != nil {
		return nil, err
	}
	return timeoutObj(t, s.timeout.Load()), nil
}

func sockSetblocking(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	s, err := asSocket(t, "setblocking", args)
	if err != nil {
		return nil, err
	}
	if err := t.CheckArgs("socket.setblocking", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	on, err := t.Truth(args[1])
	if err != nil {
		return nil, err
	}
	ns := int64(0)
	if on {
		ns = -1
	}
	if err := s.setTimeout(t, ns); err != nil {
		return nil, err
	}
	return runtime.None, nil
}

func sockGetblocking(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	s, err := asSocket(t, "getblocking", args)
	if err != nil {
		return nil, err
	}
	if err := t.CheckArgs("socket.getblocking", args[1:], kw, 0, 0); err != nil {
		return nil, err
	}
	if s.fd.Load() < 0 {
		return nil, osmod.Error(t, syscall.EBADF)
	}
	return runtime.NewBool(s.timeout.Load() != 0), nil
}
