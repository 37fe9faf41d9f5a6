package socketmod

import (
	"bufio"
	"net/netip"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"

	"gilfree/runtime"
	osmod "gilfree/runtime/lib/os"
)

// Name resolution: numeric addresses are read here, names go to the
// stub resolver of dns.go (/etc/hosts, then DNS), with the thread
// detached while it waits. Failures raise gaierror with glibc's EAI_
// numbers and messages, as CPython's do.

// glibc's getaddrinfo error numbers.
const (
	eaiBadFlags   = -1
	eaiNoName     = -2
	eaiAgain      = -3
	eaiFail       = -4
	eaiFamily     = -6
	eaiSockType   = -7
	eaiService    = -8
	eaiAddrFamily = -9
)

// eaiMessages are gai_strerror's texts.
var eaiMessages = map[int]string{
	eaiBadFlags:   "Bad value for ai_flags",
	eaiNoName:     "Name or service not known",
	eaiAgain:      "Temporary failure in name resolution",
	eaiFail:       "Non-recoverable failure in name resolution",
	-5:            "No address associated with hostname",
	eaiFamily:     "ai_family not supported",
	eaiSockType:   "ai_socktype not supported",
	eaiService:    "Servname not supported for ai_socktype",
	eaiAddrFamily: "Address family for hostname not supported",
}

// The module's exception classes, made at its first import.
var gaierrorClass, herrorClass atomic.Pointer[runtime.Object]

// errorClass makes (once) the class name, derived from OSError, of the
// _socket module.
func errorClass(t *runtime.Thread, slot *atomic.Pointer[runtime.Object], name string) *runtime.Object {
	if slot.Load() == nil {
		ns := t.NewDict()
		mod := t.NewStr("socket")
		t.DictSetStr(ns, runtime.Intern("__module__"), mod)
		t.Decref(mod)
		n := t.NewStr(name)
		bases := t.NewTuple(runtime.OSErrorType.Obj())
		cls, err := t.Call(runtime.TypeType.Obj(), []*runtime.Object{n, bases.Obj(), ns.Obj()}, nil)
		t.Decref(n)
		t.Decref(bases.Obj())
		t.Decref(ns.Obj())
		if err == nil && !slot.CompareAndSwap(nil, cls) {
			t.Decref(cls)
		}
	}
	return slot.Load()
}

// raiseNumbered raises cls(code, msg).
func raiseNumbered(t *runtime.Thread, cls *runtime.Object, code int, msg string) error {
	args := []*runtime.Object{t.NewInt(int64(code)), t.NewStr(msg)}
	e, err := t.Call(cls, args, nil)
	t.Decref(args[0])
	t.Decref(args[1])
	if err != nil {
		return err
	}
	exc := runtime.AsExc(e)
	t.Raising(exc)
	return exc
}

// gaiError raises socket.gaierror for an EAI_ code.
func gaiError(t *runtime.Thread, code int) error {
	return raiseNumbered(t, gaierrorClass.Load(), code, eaiMessages[code])
}

// lookup returns the addresses of host for family (0: both), numeric
// or found by the resolver, with its canonical name and aliases, or
// raises gaierror.
func lookup(t *runtime.Thread, host string, family, flags int) (hostEnt, error) {
	if a, ok := inetAton(host, false); ok {
		if family == syscall.AF_INET6 {
			return hostEnt{}, gaiError(t, eaiAddrFamily)
		}
		return hostEnt{name: host, addrs: []netip.Addr{netip.AddrFrom4(a)}}, nil
	}
	if a, err := netip.ParseAddr(host); err == nil && a.Is6() {
		if family == syscall.AF_INET {
			return hostEnt{}, gaiError(t, eaiAddrFamily)
		}
		return hostEnt{name: host, addrs: []netip.Addr{a}}, nil
	}
	if host == "" || flags&aiNumericHost != 0 {
		return hostEnt{}, gaiError(t, eaiNoName)
	}
	var h hostEnt
	code := 0
	if err := osmod.Blocking(t, func() { h, code = resolveName(host, family) }); err != nil {
		return hostEnt{}, err
	}
	if code != 0 {
		return hostEnt{}, gaiError(t, code)
	}
	return h, nil
}

// getaddrinfo's flags that change what is done here.
const (
	aiPassive     = 0x1
	aiCanonName   = 0x2
	aiNumericHost = 0x4
	aiNumericServ = 0x400
)

// sockKind is one socket type and protocol getaddrinfo reports.
type sockKind struct{ kind, proto int }

// kindsFor is glibc's table of the socket types and protocols a result
// is given for: all three common ones when no type is asked for.
func kindsFor(kind, proto int) ([]sockKind, bool) {
	switch kind {
	case 0:
		all := []sockKind{{syscall.SOCK_STREAM, syscall.IPPROTO_TCP}, {syscall.SOCK_DGRAM, syscall.IPPROTO_UDP}, {syscall.SOCK_RAW, 0}}
		if proto == 0 {
			return all, true
		}
		for _, k := range all[:2] {
			if k.proto == proto {
				return []sockKind{k}, true
			}
		}
		return []sockKind{{syscall.SOCK_RAW, proto}}, true
	case syscall.SOCK_STREAM:
		return []sockKind{{kind, cmp(proto, syscall.IPPROTO_TCP)}}, true
	case syscall.SOCK_DGRAM:
		return []sockKind{{kind, cmp(proto, syscall.IPPROTO_UDP)}}, true
	case syscall.SOCK_RAW:
		return []sockKind{{kind, proto}}, true
	case syscall.SOCK_SEQPACKET:
		return []sockKind{{kind, cmp(proto, 132)}}, true // SCTP
	case 6: // SOCK_DCCP
		return []sockKind{{kind, cmp(proto, 33)}}, true
	}
	return nil, false
}

// cmp returns a unless it is 0, else b.
func cmp(a, b int) int {
	if a != 0 {
		return a
	}
	return b
}

// serviceTable is /etc/services: ports by "name/proto" (aliases
// included) and first names by "port/proto".
type serviceTable struct {
	ports map[string]int
	names map[string]string
}

// services is /etc/services, read at first use, or a few well-known
// entries on a machine without the file.
var services = sync.OnceValue(func() serviceTable {
	st := serviceTable{ports: map[string]int{}, names: map[string]string{}}
	add := func(name, proto string, port int) {
		key := name + "/" + proto
		if _, seen := st.ports[key]; !seen {
			st.ports[key] = port
		}
		pkey := strconv.Itoa(port) + "/" + proto
		if _, seen := st.names[pkey]; !seen {
			st.names[pkey] = name
		}
	}
	if f, err := os.Open("/etc/services"); err == nil {
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			line := sc.Text()
			if i := strings.IndexByte(line, '#'); i >= 0 {
				line = line[:i]
			}
			fields := strings.Fields(line)
			if len(fields) < 2 {
				continue
			}
			portStr, proto, ok := strings.Cut(fields[1], "/")
			port, err := strconv.Atoi(portStr)
			if !ok || err != nil {
				continue
			}
			add(fields[0], proto, port)
			for _, alias := range fields[2:] {
				if _, seen := st.ports[alias+"/"+proto]; !seen {
					st.ports[alias+"/"+proto] = port
				}
			}
		}
		f.Close()
		return st
	}
	for _, s := range []struct {
		name string
		port int
	}{{"ftp", 21}, {"ssh", 22}, {"smtp", 25}, {"domain", 53}, {"http", 80}, {"https", 443}} {
		add(s.name, "tcp", s.port)
		add(s.name, "udp", s.port)
	}
	return st
})

// servicePort returns the port of a named service for proto.
func servicePort(name, proto string) (int, bool) {
	p, ok := services().ports[name+"/"+proto]
	return p, ok
}

// serviceName returns the name of port for proto ("tcp", "udp").
func serviceName(port int, proto string) (string, bool) {
	n, ok := services().names[strconv.Itoa(port)+"/"+proto]
	return n, ok
}

// protoName is the name of a protocol in /etc/services' terms.
func protoName(proto int) string {
	if proto == syscall.IPPROTO_UDP {
		return "udp"
	}
	return "tcp"
}

func socketGetaddrinfo(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	var a [6]*runtime.Object
	if err := t.ParseArgs("getaddrinfo", args, kw, []string{"host", "port", "family", "type", "proto", "flags"}, 2, a[:]); err != nil {
		return nil, err
	}
	hasHost := a[0] != runtime.None
	var host string
	if hasHost {
		if !runtime.IsStr(a[0]) && !runtime.IsBytes(a[0]) {
			return nil, t.TypeError("getaddrinfo() argument 1 must be string or None")
		}
		h, err := hostArg(t, a[0])
		if err != nil {
			return nil, err
		}
		host = h
	}
	var service string
	hasService := true
	switch {
	case a[1] == runtime.None:
		hasService = false
	case runtime.IsInt(a[1]):
		v, err := t.IndexInt(a[1])
		if err != nil {
			return nil, err
		}
		service = strconv.Itoa(v)
	case runtime.IsStr(a[1]):
		service = runtime.StrValue(a[1])
	case runtime.IsBytes(a[1]):
		service = runtime.BytesString(a[1])
	default:
		return nil, errMsg(t, runtime.OSErrorType, "Int or String expected")
	}
	var n [4]int
	for i, o := range a[2:] {
		if o == nil {
			continue
		}
		v, err := intArg(t, o)
		if err != nil {
			return nil, err
		}
		n[i] = v
	}
	family, kind, proto, flags := n[0], n[1], n[2], n[3]
	if !hasHost && !hasService {
		return nil, gaiError(t, eaiNoName)
	}
	if family != syscall.AF_UNSPEC && family != syscall.AF_INET && family != syscall.AF_INET6 {
		return nil, gaiError(t, eaiFamily)
	}
	kinds, ok := kindsFor(kind, proto)
	if !ok {
		return nil, gaiError(t, eaiSockType)
	}
	// The port, per kind: a number, or a name looked up for each kind's
	// protocol (raw sockets have no named services).
	ports := make([]int, len(kinds))
	if hasService {
		if v, err := strconv.ParseUint(service, 10, 64); err == nil {
			for i := range ports {
				ports[i] = int(v & 0xffff)
			}
		} else {
			if flags&aiNumericServ != 0 {
				return nil, gaiError(t, eaiNoName)
			}
			var keep []sockKind
			var keepPorts []int
			for _, k := range kinds {
				if k.kind == syscall.SOCK_RAW {
					continue
				}
				if p, ok := servicePort(service, protoName(k.proto)); ok {
					keep = append(keep, k)
					keepPorts = append(keepPorts, p)
				}
			}
			if len(keep) == 0 {
				return nil, gaiError(t, eaiService)
			}
			kinds, ports = keep, keepPorts
		}
	}
	var addrs []netip.Addr
	canonName := host
	if !hasHost {
		v6, v4 := netip.IPv6Loopback(), netip.AddrFrom4([4]byte{127, 0, 0, 1})
		if flags&aiPassive != 0 {
			v6, v4 = netip.IPv6Unspecified(), netip.IPv4Unspecified()
		}
		if family != syscall.AF_INET {
			addrs = append(addrs, v6)
		}
		if family != syscall.AF_INET6 {
			addrs = append(addrs, v4)
		}
	} else {
		h, err := lookup(t, host, family, flags)
		if err != nil {
			return nil, err
		}
		addrs, canonName = h.addrs, h.name
	}
	var out []*runtime.Object
	canon := flags&aiCanonName != 0 && hasHost
	for _, addr := range addrs {
		for i, k := range kinds {
			fam := syscall.AF_INET
			var sa *runtime.Object
			if addr.Is4() {
				sa = t.NewTupleSteal([]*runtime.Object{t.NewStr(addr.String()), t.NewInt(int64(ports[i]))}).Obj()
			} else {
				fam = syscall.AF_INET6
				scope := 0
				if addr.Zone() != "" {
					scope = zoneIndex(addr.Zone())
				}
				sa = t.NewTupleSteal([]*runtime.Object{t.NewStr(ntop6(addr.As16())), t.NewInt(int64(ports[i])),
					t.NewInt(0), t.NewInt(int64(scope))}).Obj()
			}
			name := ""
			if canon {
				name, canon = strings.TrimSuffix(canonName, "."), false
			}
			out = append(out, t.NewTupleSteal([]*runtime.Object{t.NewInt(int64(fam)), t.NewInt(int64(k.kind)),
				t.NewInt(int64(k.proto)), t.NewStr(name), sa}).Obj())
		}
	}
	return t.NewListSteal(out).Obj(), nil
}

func socketGethostname(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.CheckArgs("_socket.gethostname", args, kw, 0, 0); err != nil {
		return nil, err
	}
	var u syscall.Utsname
	if err := syscall.Uname(&u); err != nil {
		return nil, osmod.Error(t, err)
	}
	var b []byte
	for _, c := range u.Nodename {
		if c == 0 {
			break
		}
		b = append(b, byte(c))
	}
	return t.NewStr(string(b)), nil
}

// hostNameArg reads the one host argument of the gethostby* functions.
func hostNameArg(t *runtime.Thread, name string, args []*runtime.Object, kw *runtime.Tuple) (string, error) {
	if err := tupleArgs(t, name, args, kw, 1, 1); err != nil {
		return "", err
	}
	if !runtime.IsStr(args[0]) && !runtime.IsBytesLike(args[0]) {
		return "", t.TypeError("%s() argument 1 must be str, bytes or bytearray, not %s", name, runtime.TypeOf(args[0]).Name)
	}
	return hostArg(t, args[0])
}

func socketGethostbyname(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	host, err := hostNameArg(t, "gethostbyname", args, kw)
	if err != nil {
		return nil, err
	}
	a, err := resolveOne(t, host, syscall.AF_INET)
	if err != nil {
		return nil, err
	}
	return t.NewStr(a.String()), nil
}

func socketGethostbynameEx(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	host, err := hostNameArg(t, "gethostbyname_ex", args, kw)
	if err != nil {
		return nil, err
	}
	h, err := lookup(t, host, syscall.AF_INET, 0)
	if err != nil {
		return nil, err
	}
	ips := make([]*runtime.Object, len(h.addrs))
	for i, a := range h.addrs {
		ips[i] = t.NewStr(a.String())
	}
	aliases := make([]*runtime.Object, len(h.aliases))
	for i, a := range h.aliases {
		aliases[i] = t.NewStr(a)
	}
	return t.NewTupleSteal([]*runtime.Object{t.NewStr(h.name), t.NewListSteal(aliases).Obj(), t.NewListSteal(ips).Obj()}).Obj(), nil
}

func socketGethostbyaddr(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	host, err := hostNameArg(t, "gethostbyaddr", args, kw)
	if err != nil {
		return nil, err
	}
	h, err := lookup(t, host, 0, 0)
	if err != nil {
		return nil, err
	}
	addrs := h.addrs
	ip := addrs[0].String()
	var names []string
	if err := osmod.Blocking(t, func() { names = reverseNames(addrs[0]) }); err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, raiseNumbered(t, herrorClass.Load(), 1, "Unknown host")
	}
	aliases := make([]*runtime.Object, 0, len(names)-1)
	for _, n := range names[1:] {
		aliases = append(aliases, t.NewStr(strings.TrimSuffix(n, ".")))
	}
	return t.NewTupleSteal([]*runtime.Object{t.NewStr(strings.TrimSuffix(names[0], ".")), t.NewListSteal(aliases).Obj(),
		t.NewListSteal([]*runtime.Object{t.NewStr(ip)}).Obj()}).Obj(), nil
}

// getnameinfo's flags.
const (
	niNumericHost = 0x1
	niNumericServ = 0x2
	niNameReqd    = 0x8
	niDgram       = 0x10
)

func socketGetnameinfo(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := tupleArgs(t, "getnameinfo", args, kw, 2, 2); err != nil {
		return nil, err
	}
	if !runtime.IsInstance(args[0], runtime.TupleType) {
		return nil, t.TypeError("getnameinfo() argument 1 must be a tuple")
	}
	items := runtime.TupleItems(args[0])
	if len(items) < 2 || len(items) > 4 || !runtime.IsStr(items[0]) {
		return nil, t.TypeError("getnameinfo(): illegal sockaddr argument")
	}
	port, err := intArg(t, items[1])
	if err != nil {
		return nil, err
	}
	flags, err := intArg(t, args[1])
	if err != nil {
		return nil, err
	}
	h, err := lookup(t, runtime.StrValue(items[0]), 0, aiNumericHost)
	if err != nil {
		return nil, err
	}
	addrs := h.addrs
	ip := addrs[0].String()
	host := ip
	if flags&niNumericHost == 0 {
		var names []string
		if err := osmod.Blocking(t, func() { names = reverseNames(addrs[0]) }); err != nil {
			return nil, err
		}
		if len(names) > 0 {
			host = strings.TrimSuffix(names[0], ".")
		} else if flags&niNameReqd != 0 {
			return nil, gaiError(t, eaiNoName)
		}
	}
	serv := strconv.Itoa(port)
	if flags&niNumericServ == 0 {
		proto := "tcp"
		if flags&niDgram != 0 {
			proto = "udp"
		}
		if name, ok := serviceName(port, proto); ok {
			serv = name
		}
	}
	return t.NewTupleSteal([]*runtime.Object{t.NewStr(host), t.NewStr(serv)}).Obj(), nil
}

// protoArg reads the optional protocol name of getservbyname and
// getservbyport.
func protoArg(t *runtime.Thread, args []*runtime.Object) (string, error) {
	if len(args) < 2 || args[1] == runtime.None {
		return "", nil
	}
	if !runtime.IsStr(args[1]) {
		return "", t.TypeError("argument 2 must be str, not %s", runtime.TypeOf(args[1]).Name)
	}
	return runtime.StrValue(args[1]), nil
}

func socketGetservbyname(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := tupleArgs(t, "getservbyname", args, kw, 1, 2); err != nil {
		return nil, err
	}
	if !runtime.IsStr(args[0]) {
		return nil, t.TypeError("getservbyname() argument 1 must be str, not %s", runtime.TypeOf(args[0]).Name)
	}
	proto, err := protoArg(t, args)
	if err != nil {
		return nil, err
	}
	name := runtime.StrValue(args[0])
	for _, p := range []string{"tcp", "udp"} {
		if proto != "" && proto != p {
			continue
		}
		if port, ok := servicePort(name, p); ok {
			return t.NewInt(int64(port)), nil
		}
	}
	return nil, errMsg(t, runtime.OSErrorType, "service/proto not found")
}

func socketGetservbyport(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := tupleArgs(t, "getservbyport", args, kw, 1, 2); err != nil {
		return nil, err
	}
	port, err := intArg(t, args[0])
	if err != nil {
		return nil, err
	}
	if port < 0 || port > 0xffff {
		return nil, t.OverflowError("getservbyport: port must be 0-65535.")
	}
	proto, err := protoArg(t, args)
	if err != nil {
		return nil, err
	}
	for _, p := range []string{"tcp", "udp"} {
		if proto != "" && proto != p {
			continue
		}
		if name, ok := serviceName(port, p); ok {
			return t.NewStr(name), nil
		}
	}
	return nil, errMsg(t, runtime.OSErrorType, "port/proto not found")
}

// protocols are the entries of /etc/protocols that programs ask for.
var protocols = map[string]int{"ip": 0, "icmp": 1, "igmp": 2, "tcp": 6, "udp": 17, "ipv6": 41,
	"gre": 47, "esp": 50, "ah": 51, "ipv6-icmp": 58, "sctp": 132, "udplite": 136, "raw": 255}

func socketGetprotobyname(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := tupleArgs(t, "getprotobyname", args, kw, 1, 1); err != nil {
		return nil, err
	}
	if !runtime.IsStr(args[0]) {
		return nil, t.TypeError("getprotobyname() argument must be str, not %s", runtime.TypeOf(args[0]).Name)
	}
	if p, ok := protocols[strings.ToLower(runtime.StrValue(args[0]))]; ok {
		return t.NewInt(int64(p)), nil
	}
	return nil, errMsg(t, runtime.OSErrorType, "protocol not found")
}

// sysClassNet lists the network interfaces: a directory per interface
// holding its index in the file ifindex.
const sysClassNet = "/sys/class/net/"

// interfaceByName returns the index of a network interface.
func interfaceByName(name string) (int, error) {
	if name == "" || name == "." || name == ".." || strings.ContainsAny(name, "/\x00") {
		return 0, syscall.ENODEV
	}
	b, err := os.ReadFile(sysClassNet + name + "/ifindex")
	if err != nil {
		return 0, err
	}
	return strconv.Atoi(strings.TrimSpace(string(b)))
}

// netInterface is an interface's index and name.
type netInterface struct {
	index int
	name  string
}

// interfaces lists the network interfaces by index.
func interfaces() ([]netInterface, error) {
	entries, err := os.ReadDir(sysClassNet)
	if err != nil {
		return nil, err
	}
	var out []netInterface
	for _, e := range entries {
		if i, err := interfaceByName(e.Name()); err == nil {
			out = append(out, netInterface{i, e.Name()})
		}
	}
	slices.SortFunc(out, func(a, b netInterface) int { return a.index - b.index })
	return out, nil
}

func socketIfNametoindex(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := tupleArgs(t, "if_nametoindex", args, kw, 1, 1); err != nil {
		return nil, err
	}
	name, err := hostArg(t, args[0])
	if err != nil {
		return nil, err
	}
	i, err := interfaceByName(name)
	if err != nil {
		return nil, errMsg(t, runtime.OSErrorType, "no interface with this name")
	}
	return t.NewInt(int64(i)), nil
}

func socketIfIndextoname(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.CheckArgs("_socket.if_indextoname", args, kw, 1, 1); err != nil {
		return nil, err
	}
	i, err := intArg(t, args[0])
	if err != nil {
		return nil, err
	}
	ifs, _ := interfaces()
	for _, ifi := range ifs {
		if ifi.index == i {
			return t.NewStr(ifi.name), nil
		}
	}
	return nil, osmod.Error(t, syscall.ENXIO)
}

func socketIfNameindex(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.CheckArgs("_socket.if_nameindex", args, kw, 0, 0); err != nil {
		return nil, err
	}
	ifs, err := interfaces()
	if err != nil {
		return nil, osmod.Error(t, err)
	}
	out := make([]*runtime.Object, len(ifs))
	for i, ifi := range ifs {
		out[i] = t.NewTupleSteal([]*runtime.Object{t.NewInt(int64(ifi.index)), t.NewStr(ifi.name)}).Obj()
	}
	return t.NewListSteal(out).Obj(), nil
}
