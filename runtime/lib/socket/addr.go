package socketmod

import (
	"encoding/binary"
	"net/netip"
	"strconv"
	"strings"
	"syscall"

	"gilfree/runtime"
)

// Socket addresses travel as the kernel's raw sockaddr bytes: parseAddr
// builds them from Python's forms (a (host, port) pair, a 4-tuple for
// IPv6, a path for AF_UNIX) with CPython's errors, and makeAddr turns
// what the kernel returns back into those forms.

// sockaddrMax is the size of struct sockaddr_storage.
const sockaddrMax = 128

// unixPathMax is the size of sockaddr_un's sun_path.
const unixPathMax = 108

// hostArg reads a host argument: a str (passed on as UTF-8: no IDNA
// encoding is done), bytes
// or a bytearray.
func hostArg(t *runtime.Thread, o *runtime.Object) (string, error) {
	switch {
	case runtime.IsStr(o):
		return runtime.StrValue(o), nil
	case runtime.IsBytesLike(o):
		b, err := t.BytesOf(o)
		return string(b), err
	}
	return "", t.TypeError("str, bytes or bytearray expected, not %s", runtime.TypeOf(o).Name)
}

// intArg reads an int argument (or one with __index__), refusing floats
// and strings with CPython's message.
func intArg(t *runtime.Thread, o *runtime.Object) (int, error) {
	if !runtime.IsInt(o) && runtime.TypeOf(o).Lookup(runtime.Intern("__index__")) == nil {
		return 0, t.TypeError("'%s' object cannot be interpreted as an integer", runtime.TypeOf(o).Name)
	}
	return t.IndexInt(o)
}

// parseAddr converts a Python address for family into a raw sockaddr;
// caller is the method's name for CPython's messages.
func parseAddr(t *runtime.Thread, family int, o *runtime.Object, caller string) ([]byte, error) {
	switch family {
	case syscall.AF_UNIX:
		var path []byte
		if runtime.IsStr(o) {
			path = []byte(runtime.StrValue(o))
		} else {
			b, err := t.BytesOf(o)
			if err != nil {
				return nil, err
			}
			path = b
		}
		abstract := len(path) > 0 && path[0] == 0
		if abstract && len(path) > unixPathMax || !abstract && len(path) >= unixPathMax {
			return nil, errMsg(t, runtime.OSErrorType, "AF_UNIX path too long")
		}
		raw := make([]byte, 2+len(path), 2+unixPathMax)
		binary.LittleEndian.PutUint16(raw, syscall.AF_UNIX)
		copy(raw[2:], path)
		if !abstract {
			raw = append(raw, 0)
		}
		return raw, nil
	case syscall.AF_INET, syscall.AF_INET6:
		name := "AF_INET"
		shape := "a pair (host, port)"
		if family == syscall.AF_INET6 {
			name, shape = "AF_INET6", "a tuple (host, port[, flowinfo[, scopeid]])"
		}
		if !runtime.IsInstance(o, runtime.TupleType) {
			return nil, t.TypeError("%s(): %s address must be tuple, not %s", caller, name, runtime.TypeOf(o).Name)
		}
		items := runtime.TupleItems(o)
		if family == syscall.AF_INET && len(items) != 2 || family == syscall.AF_INET6 && (len(items) < 2 || len(items) > 4) {
			return nil, t.TypeError("%s address must be %s", name, shape)
		}
		host, err := hostArg(t, items[0])
		if err != nil {
			return nil, err
		}
		port, err := intArg(t, items[1])
		if err != nil {
			return nil, err
		}
		var flowinfo, scope int
		if len(items) > 2 {
			if flowinfo, err = intArg(t, items[2]); err != nil {
				return nil, err
			}
		}
		if len(items) > 3 {
			if scope, err = intArg(t, items[3]); err != nil {
				return nil, err
			}
		}
		if port < 0 || port > 0xffff {
			return nil, t.OverflowError("%s(): port must be 0-65535.", caller)
		}
		if flowinfo < 0 || flowinfo > 0xfffff {
			return nil, t.OverflowError("%s(): flowinfo must be 0-1048575.", caller)
		}
		addr, err := resolveOne(t, host, family)
		if err != nil {
			return nil, err
		}
		if family == syscall.AF_INET {
			raw := make([]byte, 16)
			binary.LittleEndian.PutUint16(raw, syscall.AF_INET)
			binary.BigEndian.PutUint16(raw[2:], uint16(port))
			a4 := addr.As4()
			copy(raw[4:], a4[:])
			return raw, nil
		}
		raw := make([]byte, 28)
		binary.LittleEndian.PutUint16(raw, syscall.AF_INET6)
		binary.BigEndian.PutUint16(raw[2:], uint16(port))
		binary.BigEndian.PutUint32(raw[4:], uint32(flowinfo))
		a16 := addr.As16()
		copy(raw[8:], a16[:])
		if scope == 0 && addr.Zone() != "" {
			scope = zoneIndex(addr.Zone())
		}
		binary.LittleEndian.PutUint32(raw[24:], uint32(scope))
		return raw, nil
	}
	return nil, errMsg(t, runtime.OSErrorType, caller+"(): bad family")
}

// resolveOne finds the address of host for an AF_INET or AF_INET6 socket
// as CPython's setipaddr does: the empty string is the wildcard address,
// '<broadcast>' the broadcast one, numbers are read as inet_aton or
// inet_pton would, and names are looked up.
func resolveOne(t *runtime.Thread, host string, family int) (netip.Addr, error) {
	switch host {
	case "":
		if family == syscall.AF_INET6 {
			return netip.IPv6Unspecified(), nil
		}
		return netip.IPv4Unspecified(), nil
	case "<broadcast>", "255.255.255.255":
		if family == syscall.AF_INET {
			return netip.AddrFrom4([4]byte{255, 255, 255, 255}), nil
		}
	}
	h, err := lookup(t, host, family, 0)
	if err != nil {
		return netip.Addr{}, err
	}
	return h.addrs[0], nil
}

// zoneIndex returns the index of the interface an IPv6 zone names (the
// zone itself when it is a number), 0 if none.
func zoneIndex(zone string) int {
	if n, err := strconv.Atoi(zone); err == nil {
		return n
	}
	if ifi, err := interfaceByName(zone); err == nil {
		return ifi
	}
	return 0
}

// makeAddr converts a raw sockaddr from the kernel into Python's form
// (None for an empty one, as a connected stream's recvfrom returns).
func makeAddr(t *runtime.Thread, raw []byte) *runtime.Object {
	if len(raw) < 2 {
		return runtime.None
	}
	switch binary.LittleEndian.Uint16(raw) {
	case syscall.AF_INET:
		var a [4]byte
		copy(a[:], raw[4:8])
		return t.NewTupleSteal([]*runtime.Object{
			t.NewStr(netip.AddrFrom4(a).String()),
			t.NewInt(int64(binary.BigEndian.Uint16(raw[2:]))),
		}).Obj()
	case syscall.AF_INET6:
		var a [16]byte
		copy(a[:], raw[8:24])
		return t.NewTupleSteal([]*runtime.Object{
			t.NewStr(ntop6(a)),
			t.NewInt(int64(binary.BigEndian.Uint16(raw[2:]))),
			t.NewInt(int64(binary.BigEndian.Uint32(raw[4:]))),
			t.NewInt(int64(binary.LittleEndian.Uint32(raw[24:]))),
		}).Obj()
	case syscall.AF_UNIX:
		path := raw[2:]
		if len(path) > 0 && path[0] == 0 {
			// Linux's abstract namespace: the name is bytes, NUL and all.
			return t.NewBytes(path)
		}
		if i := strings.IndexByte(string(path), 0); i >= 0 {
			path = path[:i]
		}
		return t.NewStr(string(path))
	}
	return t.NewTupleSteal([]*runtime.Object{
		t.NewInt(int64(binary.LittleEndian.Uint16(raw))),
		t.NewBytes(raw[2:]),
	}).Obj()
}

// ntop6 formats an IPv6 address as glibc's inet_ntop does: the longest
// run of two or more zero groups as "::", and an IPv4-mapped or
// IPv4-compatible address with its last 32 bits in dotted form.
func ntop6(a [16]byte) string {
	var w [8]int
	for i := range w {
		w[i] = int(a[2*i])<<8 | int(a[2*i+1])
	}
	best, bestLen, cur, curLen := -1, 0, -1, 0
	for i := range 8 {
		if w[i] == 0 {
			if cur < 0 {
				cur, curLen = i, 0
			}
			curLen++
			if curLen > bestLen {
				best, bestLen = cur, curLen
			}
		} else {
			cur = -1
		}
	}
	if bestLen < 2 {
		best = -1
	}
	var b strings.Builder
	for i := 0; i < 8; i++ {
		if best >= 0 && i >= best && i < best+bestLen {
			if i == best {
				b.WriteByte(':')
			}
			continue
		}
		if i > 0 {
			b.WriteByte(':')
		}
		if i == 6 && best == 0 && (bestLen == 6 || bestLen == 5 && w[5] == 0xffff) {
			b.WriteString(netip.AddrFrom4([4]byte{a[12], a[13], a[14], a[15]}).String())
			break
		}
		b.WriteString(strconv.FormatInt(int64(w[i]), 16))
	}
	if best >= 0 && best+bestLen == 8 {
		b.WriteByte(':')
	}
	return b.String()
}

// atonPart reads one number of an inet_aton address in C's notation
// (0x hex, 0 octal, decimal).
func atonPart(s string) (uint64, bool) {
	if s == "" {
		return 0, false
	}
	base := 10
	switch {
	case len(s) > 1 && (s[:2] == "0x" || s[:2] == "0X"):
		base, s = 16, s[2:]
		if s == "" {
			return 0, true // glibc reads "0x" as 0
		}
	case len(s) > 1 && s[0] == '0':
		base, s = 8, s[1:]
	}
	v, err := strconv.ParseUint(s, base, 32)
	return v, err == nil
}

// inetAton reads an IPv4 address as glibc's inet_aton does: one to four
// numbers, the last filling the bytes left; with trailing, anything after
// a space is ignored.
func inetAton(s string, trailing bool) ([4]byte, bool) {
	if trailing {
		if i := strings.IndexAny(s, " \t\n\v\f\r"); i >= 0 {
			s = s[:i]
		}
	}
	parts := strings.Split(s, ".")
	var out [4]byte
	if len(parts) > 4 {
		return out, false
	}
	vals := make([]uint64, len(parts))
	for i, p := range parts {
		v, ok := atonPart(p)
		if !ok {
			return out, false
		}
		vals[i] = v
	}
	last := vals[len(vals)-1]
	for i, v := range vals[:len(vals)-1] {
		if v > 0xff {
			return out, false
		}
		out[i] = byte(v)
	}
	rest := 4 - (len(vals) - 1)
	if rest < 4 && last>>(8*uint(rest)) != 0 {
		return out, false
	}
	for i := range rest {
		out[3-i] = byte(last >> (8 * uint(i)))
	}
	return out, true
}
