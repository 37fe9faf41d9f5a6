package socketmod

import (
	"runtime"
	"syscall"
	"unsafe"

	rt "gilfree/runtime"
)

// sendmsg and recvmsg, with ancillary data (SCM_RIGHTS passes
// descriptors; socket.py's send_fds and recv_fds are built on them), and
// the CMSG_LEN and CMSG_SPACE helpers. The message header points into Go
// slices that stay alive across the call (runtime.KeepAlive), and the Go
// heap does not move objects.

// itemsOf returns the items of an iterable argument, or CPython's
// TypeError naming the argument.
func itemsOf(t *rt.Thread, o *rt.Object, which string) ([]*rt.Object, error) {
	if rt.TypeOf(o).Lookup(rt.Intern("__iter__")) == nil {
		return nil, t.TypeError("sendmsg() argument %s must be an iterable", which)
	}
	return t.SequenceItems(o)
}

// decrefAll drops the references in items.
func decrefAll(t *rt.Thread, items []*rt.Object) {
	for _, o := range items {
		t.Decref(o)
	}
}

func sockSendmsg(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	s, err := asSocket(t, "sendmsg", args)
	if err != nil {
		return nil, err
	}
	if err := methodArgs(t, "sendmsg", args[1:], kw, 1, 4); err != nil {
		return nil, err
	}
	items, err := itemsOf(t, args[1], "1")
	if err != nil {
		return nil, err
	}
	defer decrefAll(t, items)
	bufs := make([][]byte, len(items))
	for i, o := range items {
		if bufs[i], err = t.BytesOf(o); err != nil {
			return nil, err
		}
	}
	var control []byte
	if len(args) > 2 {
		anc, err := itemsOf(t, args[2], "2")
		if err != nil {
			return nil, err
		}
		defer decrefAll(t, anc)
		for _, a := range anc {
			if !rt.IsInstance(a, rt.TupleType) || len(rt.TupleItems(a)) != 3 {
				n := 0
				if rt.IsInstance(a, rt.TupleType) {
					n = len(rt.TupleItems(a))
				}
				return nil, t.TypeError("[sendmsg() ancillary data items]() argument must be sequence of length 3, not %d", n)
			}
			f := rt.TupleItems(a)
			level, err := intArg(t, f[0])
			if err != nil {
				return nil, err
			}
			typ, err := intArg(t, f[1])
			if err != nil {
				return nil, err
			}
			data, err := t.BytesOf(f[2])
			if err != nil {
				return nil, err
			}
			start := len(control)
			control = append(control, make([]byte, syscall.CmsgSpace(len(data)))...)
			h := (*syscall.Cmsghdr)(unsafe.Pointer(&control[start]))
			h.Level, h.Type = int32(level), int32(typ)
			h.SetLen(syscall.CmsgLen(len(data)))
			copy(control[start+syscall.CmsgLen(0):], data)
		}
	}
	flags := 0
	if len(args) > 3 {
		if flags, err = intArg(t, args[3]); err != nil {
			return nil, err
		}
	}
	var to []byte
	if len(args) > 4 && args[4] != rt.None {
		if to, err = parseAddr(t, int(s.family.Load()), args[4], "sendmsg"); err != nil {
			return nil, err
		}
	}
	iov := make([]syscall.Iovec, 0, len(bufs))
	for _, b := range bufs {
		if len(b) > 0 {
			v := syscall.Iovec{Base: &b[0]}
			v.SetLen(len(b))
			iov = append(iov, v)
		}
	}
	var msg syscall.Msghdr
	if len(to) > 0 {
		msg.Name, msg.Namelen = &to[0], uint32(len(to))
	}
	if len(iov) > 0 {
		msg.Iov = &iov[0]
		msg.Iovlen = uint64(len(iov))
	}
	if len(control) > 0 {
		msg.Control = &control[0]
		msg.SetControllen(len(control))
	}
	timeout, deadline := s.deadline()
	if flags&syscall.MSG_DONTWAIT != 0 {
		timeout = 0
	}
	var n int
	err = s.callUntil(t, pollOut, timeout, deadline, func(fd int) error {
		r, _, errno := syscall.Syscall(syscall.SYS_SENDMSG, uintptr(fd), uintptr(unsafe.Pointer(&msg)),
			uintptr(flags|syscall.MSG_DONTWAIT|syscall.MSG_NOSIGNAL))
		n = int(r)
		return sysErr(errno)
	})
	runtime.KeepAlive(bufs)
	runtime.KeepAlive(iov)
	runtime.KeepAlive(control)
	runtime.KeepAlive(to)
	if err != nil {
		return nil, err
	}
	return t.NewInt(int64(n)), nil
}

// recvmsg receives into bufs with room for ancbufsize bytes of
// ancillary data; it returns the count, the ancillary data as a list of
// (level, type, data) tuples, the message flags and the sender's address.
func (s *Socket) recvmsg(t *rt.Thread, bufs [][]byte, ancbufsize, flags int) (int, *rt.Object, int, *rt.Object, error) {
	iov := make([]syscall.Iovec, 0, len(bufs))
	for _, b := range bufs {
		if len(b) > 0 {
			v := syscall.Iovec{Base: &b[0]}
			v.SetLen(len(b))
			iov = append(iov, v)
		}
	}
	control := make([]byte, ancbufsize)
	var sa [sockaddrMax]byte
	var msg syscall.Msghdr
	timeout, deadline := s.deadline()
	if flags&syscall.MSG_DONTWAIT != 0 {
		timeout = 0
	}
	var n int
	err := s.callUntil(t, pollIn, timeout, deadline, func(fd int) error {
		msg = syscall.Msghdr{Name: &sa[0], Namelen: sockaddrMax}
		if len(iov) > 0 {
			msg.Iov = &iov[0]
			msg.Iovlen = uint64(len(iov))
		}
		if len(control) > 0 {
			msg.Control = &control[0]
			msg.SetControllen(len(control))
		}
		r, _, errno := syscall.Syscall(syscall.SYS_RECVMSG, uintptr(fd), uintptr(unsafe.Pointer(&msg)),
			uintptr(flags|syscall.MSG_DONTWAIT))
		n = int(r)
		return sysErr(errno)
	})
	runtime.KeepAlive(bufs)
	runtime.KeepAlive(iov)
	if err != nil {
		return 0, nil, 0, nil, err
	}
	var anc []*rt.Object
	if msgs, perr := syscall.ParseSocketControlMessage(control[:min(int(msg.Controllen), len(control))]); perr == nil {
		for _, m := range msgs {
			anc = append(anc, t.NewTupleSteal([]*rt.Object{t.NewInt(int64(m.Header.Level)),
				t.NewInt(int64(m.Header.Type)), t.NewBytes(m.Data)}).Obj())
		}
	}
	var addr *rt.Object = rt.None
	if msg.Namelen > 0 {
		addr = makeAddr(t, sa[:min(msg.Namelen, sockaddrMax)])
	}
	return n, t.NewListSteal(anc).Obj(), int(msg.Flags), addr, nil
}

// ancArg reads recvmsg's ancillary buffer size.
func ancArg(t *rt.Thread, args []*rt.Object, i int) (int, error) {
	if len(args) <= i {
		return 0, nil
	}
	n, err := intArg(t, args[i])
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, t.ValueError("invalid ancillary data buffer length")
	}
	return n, nil
}

func sockRecvmsg(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	s, err := asSocket(t, "recvmsg", args)
	if err != nil {
		return nil, err
	}
	if err := methodArgs(t, "recvmsg", args[1:], kw, 1, 3); err != nil {
		return nil, err
	}
	size, err := intArg(t, args[1])
	if err != nil {
		return nil, err
	}
	if size < 0 {
		return nil, t.ValueError("negative buffer size in recvmsg()")
	}
	ancbufsize, err := ancArg(t, args, 2)
	if err != nil {
		return nil, err
	}
	flags, err := flagsArg(t, args, 3)
	if err != nil {
		return nil, err
	}
	buf := make([]byte, min(size, maxRecv))
	n, anc, mflags, addr, err := s.recvmsg(t, [][]byte{buf}, ancbufsize, flags)
	if err != nil {
		return nil, err
	}
	return t.NewTupleSteal([]*rt.Object{t.NewBytes(buf[:n]), anc, t.NewInt(int64(mflags)), addr}).Obj(), nil
}

func sockRecvmsgInto(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	s, err := asSocket(t, "recvmsg_into", args)
	if err != nil {
		return nil, err
	}
	if err := methodArgs(t, "recvmsg_into", args[1:], kw, 1, 3); err != nil {
		return nil, err
	}
	if rt.TypeOf(args[1]).Lookup(rt.Intern("__iter__")) == nil {
		return nil, t.TypeError("recvmsg_into() argument 1 must be an iterable")
	}
	targets, err := t.SequenceItems(args[1])
	if err != nil {
		return nil, err
	}
	defer decrefAll(t, targets)
	bufs := make([][]byte, len(targets))
	for i, o := range targets {
		if rt.IsBytes(o) || !rt.IsBuffer(o) {
			return nil, t.TypeError("recvmsg_into() argument 1 must be an iterable of single-segment read-write buffers")
		}
		size := 0
		if _, err := t.FillBuffer(o, "recvmsg_into", func(dst []byte) int { size = len(dst); return 0 }); err != nil {
			return nil, err
		}
		bufs[i] = make([]byte, size)
	}
	ancbufsize, err := ancArg(t, args, 2)
	if err != nil {
		return nil, err
	}
	flags, err := flagsArg(t, args, 3)
	if err != nil {
		return nil, err
	}
	n, anc, mflags, addr, err := s.recvmsg(t, bufs, ancbufsize, flags)
	if err != nil {
		return nil, err
	}
	left := n
	for i, o := range targets {
		part := bufs[i][:min(left, len(bufs[i]))]
		left -= len(part)
		if _, err := t.FillBuffer(o, "recvmsg_into", func(dst []byte) int { return copy(dst, part) }); err != nil {
			t.Decref(anc)
			t.Decref(addr)
			return nil, err
		}
	}
	return t.NewTupleSteal([]*rt.Object{t.NewInt(int64(n)), anc, t.NewInt(int64(mflags)), addr}).Obj(), nil
}

// cmsgFunc is CMSG_LEN or CMSG_SPACE.
func cmsgFunc(name string, f func(int) int) rt.NativeFunc {
	return func(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
		if err := tupleArgs(t, name, args, kw, 1, 1); err != nil {
			return nil, err
		}
		n, err := intArg(t, args[0])
		if err != nil {
			return nil, err
		}
		if n < 0 || n > 1<<31 {
			return nil, t.OverflowError("%s() argument out of range", name)
		}
		return t.NewInt(int64(f(n))), nil
	}
}
