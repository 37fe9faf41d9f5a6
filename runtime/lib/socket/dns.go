package socketmod

import (
	"bufio"
	"encoding/binary"
	"errors"
	"io"
	"math/rand/v2"
	"net/netip"
	"os"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// A small stub resolver: /etc/hosts, then DNS queries over UDP to the
// servers of /etc/resolv.conf, with messages built and read here. Go's
// resolver lives in package net, and importing net links cgo and libc
// into the command (a dynamically linked binary whose threads are made
// by pthread_create), so the socket module carries its own.

// DNS record types and values used here.
const (
	dnsTypeA      = 1
	dnsTypeCNAME  = 5
	dnsTypePTR    = 12
	dnsTypeAAAA   = 28
	dnsClassIN    = 1
	dnsNXDomain   = 3
	dnsHeaderSize = 12
	eaiNoData     = -5
)

var errDNSFormat = errors.New("malformed DNS message")

// dnsQuery builds a query for name and qtype with recursion desired.
func dnsQuery(id uint16, name string, qtype uint16) ([]byte, error) {
	b := make([]byte, dnsHeaderSize, dnsHeaderSize+len(name)+6)
	binary.BigEndian.PutUint16(b, id)
	b[2] = 1 // RD
	b[5] = 1 // one question
	if name = strings.TrimSuffix(name, "."); name != "" {
		for label := range strings.SplitSeq(name, ".") {
			if label == "" || len(label) > 63 {
				return nil, errDNSFormat
			}
			b = append(b, byte(len(label)))
			b = append(b, label...)
		}
	}
	if len(b)-dnsHeaderSize > 254 {
		return nil, errDNSFormat
	}
	b = append(b, 0)
	b = binary.BigEndian.AppendUint16(b, qtype)
	return binary.BigEndian.AppendUint16(b, dnsClassIN), nil
}

// dnsName reads the possibly compressed name at off in msg and returns
// it (labels joined by dots, no final dot) and the offset just after it.
func dnsName(msg []byte, off int) (string, int, error) {
	var name []byte
	end := -1
	for jumps := 0; off < len(msg); {
		c := int(msg[off])
		switch {
		case c == 0:
			if end < 0 {
				end = off + 1
			}
			return string(name), end, nil
		case c&0xc0 == 0xc0:
			if off+2 > len(msg) || jumps > 64 {
				return "", 0, errDNSFormat
			}
			if end < 0 {
				end = off + 2
			}
			jumps++
			off = int(binary.BigEndian.Uint16(msg[off:]) & 0x3fff)
		case c&0xc0 != 0 || off+1+c > len(msg) || len(name)+c > 254:
			return "", 0, errDNSFormat
		default:
			if len(name) > 0 {
				name = append(name, '.')
			}
			name = append(name, msg[off+1:off+1+c]...)
			off += 1 + c
		}
	}
	return "", 0, errDNSFormat
}

// dnsRecord is one answer: its owner, type, data and, for CNAME and PTR
// records, the name the data holds.
type dnsRecord struct {
	name   string
	typ    uint16
	data   []byte
	target string
}

// dnsReply is a response's header fields, first question and answers.
type dnsReply struct {
	id        uint16
	rcode     int
	truncated bool
	qname     string
	qtype     uint16
	answers   []dnsRecord
}

// parseDNSReply reads a response message.
func parseDNSReply(msg []byte) (*dnsReply, error) {
	if len(msg) < dnsHeaderSize || msg[2]&0x80 == 0 {
		return nil, errDNSFormat
	}
	r := &dnsReply{id: binary.BigEndian.Uint16(msg), rcode: int(msg[3] & 0xf), truncated: msg[2]&0x02 != 0}
	qd, an := int(binary.BigEndian.Uint16(msg[4:])), int(binary.BigEndian.Uint16(msg[6:]))
	off := dnsHeaderSize
	for i := range qd {
		name, next, err := dnsName(msg, off)
		if err != nil || next+4 > len(msg) {
			return nil, errDNSFormat
		}
		if i == 0 {
			r.qname, r.qtype = name, binary.BigEndian.Uint16(msg[next:])
		}
		off = next + 4
	}
	for range an {
		name, next, err := dnsName(msg, off)
		if err != nil || next+10 > len(msg) {
			return nil, errDNSFormat
		}
		typ, class := binary.BigEndian.Uint16(msg[next:]), binary.BigEndian.Uint16(msg[next+2:])
		size := int(binary.BigEndian.Uint16(msg[next+8:]))
		off = next + 10 + size
		if off > len(msg) {
			return nil, errDNSFormat
		}
		if class != dnsClassIN {
			continue
		}
		rec := dnsRecord{name: name, typ: typ, data: msg[next+10 : off]}
		if typ == dnsTypeCNAME || typ == dnsTypePTR {
			if rec.target, _, err = dnsName(msg, next+10); err != nil {
				return nil, err
			}
		}
		r.answers = append(r.answers, rec)
	}
	return r, nil
}

// records returns the answers of type qtype for name, following the
// chain of CNAMEs from it, and the names on the chain (name first, the
// canonical name last).
func (r *dnsReply) records(name string, qtype uint16) ([]dnsRecord, []string) {
	chain := []string{strings.TrimSuffix(name, ".")}
	for range 16 {
		name := chain[len(chain)-1]
		var out []dnsRecord
		alias := ""
		for _, a := range r.answers {
			if !strings.EqualFold(a.name, name) {
				continue
			}
			if a.typ == qtype {
				out = append(out, a)
			} else if a.typ == dnsTypeCNAME {
				alias = a.target
			}
		}
		if len(out) > 0 || alias == "" {
			return out, chain
		}
		chain = append(chain, alias)
	}
	return nil, chain
}

// resolvConf is what the resolver uses of /etc/resolv.conf.
type resolvConf struct {
	servers  []netip.AddrPort
	search   []string
	ndots    int
	timeout  time.Duration
	attempts int
}

// parseResolvConf reads resolv.conf's nameserver, search, domain and
// options lines (ndots, timeout, attempts), with glibc's defaults.
func parseResolvConf(r io.Reader) resolvConf {
	c := resolvConf{ndots: 1, timeout: 5 * time.Second, attempts: 2}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 2 || f[0][0] == '#' || f[0][0] == ';' {
			continue
		}
		switch f[0] {
		case "nameserver":
			if a, err := netip.ParseAddr(f[1]); err == nil && len(c.servers) < 3 {
				c.servers = append(c.servers, netip.AddrPortFrom(a, dnsPort))
			}
		case "domain":
			c.search = f[1:2]
		case "search":
			c.search = f[1:]
		case "options":
			for _, o := range f[1:] {
				key, v, _ := strings.Cut(o, ":")
				n, err := strconv.Atoi(v)
				if err != nil || n < 0 {
					continue
				}
				switch key {
				case "ndots":
					c.ndots = min(n, 15)
				case "timeout":
					c.timeout = time.Duration(max(min(n, 30), 1)) * time.Second
				case "attempts":
					c.attempts = max(min(n, 5), 1)
				}
			}
		}
	}
	if len(c.servers) == 0 {
		c.servers = []netip.AddrPort{netip.AddrPortFrom(netip.AddrFrom4([4]byte{127, 0, 0, 1}), dnsPort)}
	}
	return c
}

// hostsLine is one line of /etc/hosts: an address and its names.
type hostsLine struct {
	addr  netip.Addr
	names []string
}

// parseHosts reads a hosts file, skipping comments and bad addresses.
func parseHosts(r io.Reader) []hostsLine {
	var out []hostsLine
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		if a, err := netip.ParseAddr(f[0]); err == nil {
			out = append(out, hostsLine{a.Unmap(), f[1:]})
		}
	}
	return out
}

// readFile parses a file with parse, or returns parse's result for an
// empty one when the file cannot be read.
func readFile[T any](path string, parse func(io.Reader) T) T {
	f, err := os.Open(path)
	if err != nil {
		return parse(strings.NewReader(""))
	}
	defer f.Close()
	return parse(f)
}

// hostEnt is what a name lookup finds: the canonical name, aliases and
// addresses, as in C's struct hostent.
type hostEnt struct {
	name    string
	aliases []string
	addrs   []netip.Addr
}

// hostsLookup returns the addresses the lines give name (or an alias),
// in file order, of family (0: both), with the names of the first
// matching line as the canonical name and aliases.
func hostsLookup(lines []hostsLine, name string, family int) hostEnt {
	name = strings.TrimSuffix(name, ".")
	var h hostEnt
	for _, l := range lines {
		if !familyOK(l.addr, family) || !slices.ContainsFunc(l.names, func(n string) bool { return strings.EqualFold(n, name) }) {
			continue
		}
		if h.addrs = append(h.addrs, l.addr); h.name == "" {
			h.name, h.aliases = l.names[0], l.names[1:]
		}
	}
	return h
}

// hostsNames returns the names of the first line for addr.
func hostsNames(lines []hostsLine, addr netip.Addr) []string {
	for _, l := range lines {
		if l.addr.WithZone("") == addr.WithZone("") {
			return l.names
		}
	}
	return nil
}

// familyOK reports whether a is of family (0: any).
func familyOK(a netip.Addr, family int) bool {
	return family == 0 || (family == syscall.AF_INET) == a.Is4()
}

// Where the resolver's files are and the servers' port (variables for
// the tests).
var (
	hostsPath         = "/etc/hosts"
	resolvPath        = "/etc/resolv.conf"
	dnsPort    uint16 = 53
)

// resolveName returns the addresses of a host name of family (0: both)
// from /etc/hosts, 'localhost', or DNS, or an EAI_ code as glibc's
// getaddrinfo would (NXDOMAIN: EAI_NONAME, a known name without such
// addresses: EAI_NODATA, no answer from any server: EAI_AGAIN).
func resolveName(name string, family int) (hostEnt, int) {
	if h := hostsLookup(readFile(hostsPath, parseHosts), name, family); len(h.addrs) > 0 {
		return h, 0
	}
	if lower := strings.ToLower(strings.TrimSuffix(name, ".")); lower == "localhost" || strings.HasSuffix(lower, ".localhost") {
		h := hostEnt{name: strings.TrimSuffix(name, ".")}
		for _, a := range []netip.Addr{netip.AddrFrom4([4]byte{127, 0, 0, 1}), netip.IPv6Loopback()} {
			if familyOK(a, family) {
				h.addrs = append(h.addrs, a)
			}
		}
		return h, 0
	}
	conf := readFile(resolvPath, parseResolvConf)
	qtypes := []uint16{dnsTypeA, dnsTypeAAAA}
	switch family {
	case syscall.AF_INET:
		qtypes = qtypes[:1]
	case syscall.AF_INET6:
		qtypes = qtypes[1:]
	}
	noData, failed := false, false
	for _, fqdn := range searchNames(conf, name) {
		var h hostEnt
		for i, r := range dnsAsk(conf, fqdn, qtypes) {
			switch {
			case r == nil:
				failed = true
			case r.rcode != dnsNXDomain:
				noData = true
				recs, chain := r.records(fqdn, qtypes[i])
				for _, rec := range recs {
					if a, ok := netip.AddrFromSlice(rec.data); ok && a.Is4() == (rec.typ == dnsTypeA) {
						h.addrs = append(h.addrs, a.Unmap())
					}
				}
				if len(recs) > 0 && h.name == "" {
					h.name, h.aliases = chain[len(chain)-1], chain[:len(chain)-1]
				}
			}
		}
		if len(h.addrs) > 0 {
			return h, 0
		}
	}
	switch {
	case noData:
		return hostEnt{}, eaiNoData
	case failed:
		return hostEnt{}, eaiAgain
	}
	return hostEnt{}, eaiNoName
}

// searchNames lists the names res_search tries for name: as given
// first when it has ndots dots or more, then with each search domain,
// and as given last otherwise; a name ending in a dot only as given.
func searchNames(conf resolvConf, name string) []string {
	if strings.HasSuffix(name, ".") {
		return []string{name}
	}
	var out []string
	dots := strings.Count(name, ".")
	if dots >= conf.ndots {
		out = append(out, name)
	}
	for _, d := range conf.search {
		out = append(out, name+"."+strings.TrimSuffix(d, "."))
	}
	if dots < conf.ndots {
		out = append(out, name)
	}
	return out
}

// reverseNames returns the names of addr from /etc/hosts or a PTR
// query, none if neither knows it.
func reverseNames(addr netip.Addr) []string {
	if n := hostsNames(readFile(hostsPath, parseHosts), addr); len(n) > 0 {
		return n
	}
	var b strings.Builder
	if addr.Is4() {
		a := addr.As4()
		for i := 3; i >= 0; i-- {
			b.WriteString(strconv.Itoa(int(a[i])) + ".")
		}
		b.WriteString("in-addr.arpa")
	} else {
		a := addr.As16()
		const hex = "0123456789abcdef"
		for i := 15; i >= 0; i-- {
			b.Write([]byte{hex[a[i]&0xf], '.', hex[a[i]>>4], '.'})
		}
		b.WriteString("ip6.arpa")
	}
	r := dnsAsk(readFile(resolvPath, parseResolvConf), b.String(), []uint16{dnsTypePTR})[0]
	if r == nil {
		return nil
	}
	var names []string
	recs, _ := r.records(b.String(), dnsTypePTR)
	for _, rec := range recs {
		names = append(names, rec.target)
	}
	return names
}

// dnsAsk sends a query of each type for name to the servers in turn
// (attempts rounds, each server given conf.timeout) and returns the
// reply to each, nil where no server answered or all failed (SERVFAIL,
// REFUSED, ...). The queries to one server go out together on one
// socket, as glibc's A and AAAA queries do.
func dnsAsk(conf resolvConf, name string, qtypes []uint16) []*dnsReply {
	replies := make([]*dnsReply, len(qtypes))
	queries := make([][]byte, len(qtypes))
	for i, qt := range qtypes {
		q, err := dnsQuery(uint16(rand.Uint32()), name, qt)
		if err != nil {
			return replies
		}
		queries[i] = q
	}
	left := len(qtypes)
	for range conf.attempts {
		for _, server := range conf.servers {
			left -= dnsExchange(server, conf.timeout, queries, replies)
			if left == 0 {
				return replies
			}
		}
	}
	return replies
}

// dnsExchange sends the queries without a reply to server over UDP and
// fills in the replies that come before the timeout, returning how many
// it filled.
func dnsExchange(server netip.AddrPort, timeout time.Duration, queries [][]byte, replies []*dnsReply) int {
	family := syscall.AF_INET
	var sa syscall.Sockaddr = &syscall.SockaddrInet4{Port: int(server.Port()), Addr: server.Addr().As4()}
	if !server.Addr().Is4() {
		family = syscall.AF_INET6
		sa = &syscall.SockaddrInet6{Port: int(server.Port()), Addr: server.Addr().As16(), ZoneId: uint32(zoneIndex(server.Addr().Zone()))}
	}
	fd, err := syscall.Socket(family, syscall.SOCK_DGRAM|syscall.SOCK_CLOEXEC|syscall.SOCK_NONBLOCK, 0)
	if err != nil {
		return 0
	}
	defer syscall.Close(fd)
	if syscall.Connect(fd, sa) != nil {
		return 0
	}
	for i, q := range queries {
		if replies[i] == nil {
			if _, err := syscall.Write(fd, q); err != nil {
				return 0
			}
		}
	}
	filled, want := 0, 0
	for _, r := range replies {
		if r == nil {
			want++
		}
	}
	deadline := time.Now().Add(timeout)
	for filled < want {
		if !waitFor(fd, pollIn, deadline) {
			return filled
		}
		buf := make([]byte, 512) // the replies keep slices of it
		n, err := syscall.Read(fd, buf)
		if err == syscall.EAGAIN {
			continue
		}
		if err != nil {
			return filled // ECONNREFUSED: no server there
		}
		r, err := parseDNSReply(buf[:n])
		if err != nil {
			continue
		}
		for i, q := range queries {
			if replies[i] != nil || !answers(r, q) {
				continue
			}
			if r.truncated {
				if full := dnsTCP(family, sa, deadline, q); full != nil {
					r = full
				}
			}
			if r.rcode == 0 || r.rcode == dnsNXDomain {
				replies[i] = r
				filled++
			} else {
				return filled // this server fails: ask the next
			}
		}
	}
	return filled
}

// answers reports whether r is the reply to query q.
func answers(r *dnsReply, q []byte) bool {
	return r.id == binary.BigEndian.Uint16(q) && r.qtype == binary.BigEndian.Uint16(q[len(q)-4:]) &&
		strings.EqualFold(r.qname, queryName(q))
}

// waitFor waits until fd is ready for events or the deadline passes.
func waitFor(fd int, events int16, deadline time.Time) bool {
	n, err := poll([]pollfd{{fd: int32(fd), events: events}}, true, deadline)
	return err == nil && n > 0
}

// dnsTCP asks query q again over TCP, as resolvers do when the reply
// over UDP was truncated; nil if that fails.
func dnsTCP(family int, sa syscall.Sockaddr, deadline time.Time, q []byte) *dnsReply {
	fd, err := syscall.Socket(family, syscall.SOCK_STREAM|syscall.SOCK_CLOEXEC|syscall.SOCK_NONBLOCK, 0)
	if err != nil {
		return nil
	}
	defer syscall.Close(fd)
	if err := syscall.Connect(fd, sa); err != nil && err != syscall.EINPROGRESS {
		return nil
	}
	out := append(binary.BigEndian.AppendUint16(nil, uint16(len(q))), q...)
	for len(out) > 0 {
		if !waitFor(fd, pollOut, deadline) {
			return nil
		}
		n, err := syscall.Write(fd, out)
		if err != nil && err != syscall.EAGAIN {
			return nil
		}
		out = out[max(n, 0):]
	}
	in := make([]byte, 2+65535)
	got := 0
	for got < 2 || got < 2+int(binary.BigEndian.Uint16(in)) {
		if !waitFor(fd, pollIn, deadline) {
			return nil
		}
		n, err := syscall.Read(fd, in[got:])
		if err == syscall.EAGAIN {
			continue
		}
		if err != nil || n == 0 {
			return nil
		}
		got += n
	}
	r, err := parseDNSReply(in[2 : 2+int(binary.BigEndian.Uint16(in))])
	if err != nil || !answers(r, q) {
		return nil
	}
	return r
}

// queryName is the question name of a query dnsQuery built.
func queryName(q []byte) string {
	n, _, _ := dnsName(q, dnsHeaderSize)
	return n
}
