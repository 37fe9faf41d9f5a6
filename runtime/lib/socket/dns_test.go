package socketmod

import (
	"encoding/binary"
	"net/netip"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDNSQuery checks the bytes of a query: header with RD and one
// question, the name as labels, type and class.
func TestDNSQuery(t *testing.T) {
	q, err := dnsQuery(0x1234, "www.Example.com.", dnsTypeAAAA)
	require.NoError(t, err)
	want := []byte{0x12, 0x34, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0,
		3, 'w', 'w', 'w', 7, 'E', 'x', 'a', 'm', 'p', 'l', 'e', 3, 'c', 'o', 'm', 0, 0, 28, 0, 1}
	assert.Equal(t, want, q)
	assert.Equal(t, "www.Example.com", queryName(q))
	for _, bad := range []string{"a..b", strings.Repeat("x", 64) + ".com", strings.Repeat("abcdefghi.", 26)} {
		_, err := dnsQuery(1, bad, dnsTypeA)
		assert.Error(t, err, bad)
	}
}

// cnameReply is a reply for www.example.com A: a CNAME to
// web.example.com, whose name points into the question, and an A record
// for it owned by a pointer to the CNAME's data.
var cnameReply = []byte{
	0xab, 0xcd, 0x81, 0x80, 0, 1, 0, 3, 0, 0, 0, 0,
	// 12: question www.example.com A IN
	3, 'w', 'w', 'w', 7, 'e', 'x', 'a', 'm', 'p', 'l', 'e', 3, 'c', 'o', 'm', 0, 0, 1, 0, 1,
	// 33: www.example.com CNAME web.example.com (data at 45: "web" + pointer to 16)
	0xc0, 12, 0, 5, 0, 1, 0, 0, 0x0e, 0x10, 0, 6, 3, 'w', 'e', 'b', 0xc0, 16,
	// web.example.com A 93.184.216.34
	0xc0, 45, 0, 1, 0, 1, 0, 0, 0x0e, 0x10, 0, 4, 93, 184, 216, 34,
	// an unrelated A record, not on the chain
	0xc0, 16, 0, 1, 0, 1, 0, 0, 0x0e, 0x10, 0, 4, 1, 2, 3, 4,
}

// TestDNSReply reads a reply with compressed names and follows its
// CNAME to the address.
func TestDNSReply(t *testing.T) {
	r, err := parseDNSReply(cnameReply)
	require.NoError(t, err)
	assert.Equal(t, uint16(0xabcd), r.id)
	assert.Equal(t, 0, r.rcode)
	assert.Equal(t, "www.example.com", r.qname)
	assert.Equal(t, uint16(dnsTypeA), r.qtype)
	require.Len(t, r.answers, 3)
	assert.Equal(t, "web.example.com", r.answers[0].target)
	assert.Equal(t, "web.example.com", r.answers[1].name)
	assert.Equal(t, "example.com", r.answers[2].name)
	recs, chain := r.records("WWW.example.com.", dnsTypeA)
	require.Len(t, recs, 1)
	assert.Equal(t, []byte{93, 184, 216, 34}, recs[0].data)
	assert.Equal(t, []string{"WWW.example.com", "web.example.com"}, chain)
	recs, _ = r.records("www.example.com", dnsTypeAAAA)
	assert.Empty(t, recs)

	nx := append([]byte(nil), cnameReply[:33]...)
	nx[3], nx[7] = 0x83, 0
	r, err = parseDNSReply(nx)
	require.NoError(t, err)
	assert.Equal(t, dnsNXDomain, r.rcode)
	assert.Empty(t, r.answers)

	// Truncated messages, a query, a pointer loop and a label running
	// past the end are errors, not panics.
	for i := range len(cnameReply) - 1 {
		_, err := parseDNSReply(cnameReply[:i])
		assert.Error(t, err, i)
	}
	query := append([]byte(nil), cnameReply[:33]...)
	query[2] = 1
	_, err = parseDNSReply(query)
	assert.Error(t, err)
	_, _, err = dnsName([]byte{0xc0, 2, 0xc0, 0}, 0)
	assert.Error(t, err)
	_, _, err = dnsName([]byte{5, 'a', 'b'}, 0)
	assert.Error(t, err)
}

// TestHosts reads a hosts file: comments, aliases, case, both families
// and the first line for a reverse lookup.
func TestHosts(t *testing.T) {
	path := filepath.Join(t.TempDir(), "hosts")
	require.NoError(t, os.WriteFile(path, []byte(`# comment
127.0.0.1	localhost
10.0.0.5   Alpha.example alpha  # trailing comment
::1 localhost ip6-localhost
fe80::1%lo alpha
bogus line here
10.0.0.6 beta alpha
`), 0o644))
	lines := readFile(path, parseHosts)
	require.Len(t, lines, 5)
	v4 := netip.MustParseAddr("10.0.0.5")
	assert.Equal(t, hostEnt{"Alpha.example", []string{"alpha"}, []netip.Addr{v4, netip.MustParseAddr("fe80::1%lo"), netip.MustParseAddr("10.0.0.6")}},
		hostsLookup(lines, "ALPHA", 0))
	assert.Equal(t, []netip.Addr{v4, netip.MustParseAddr("10.0.0.6")}, hostsLookup(lines, "alpha.", syscall.AF_INET).addrs)
	assert.Equal(t, hostEnt{"localhost", []string{"ip6-localhost"}, []netip.Addr{netip.IPv6Loopback()}}, hostsLookup(lines, "localhost", syscall.AF_INET6))
	assert.Equal(t, hostEnt{}, hostsLookup(lines, "gamma", 0))
	assert.Equal(t, []string{"Alpha.example", "alpha"}, hostsNames(lines, v4))
	assert.Equal(t, []string{"alpha"}, hostsNames(lines, netip.MustParseAddr("fe80::1")))
	assert.Empty(t, readFile(filepath.Join(t.TempDir(), "none"), parseHosts))
}

// TestResolvConf reads servers, the search list and options, and falls
// back to a local server.
func TestResolvConf(t *testing.T) {
	c := parseResolvConf(strings.NewReader(`# comment
nameserver 10.0.0.1
nameserver fe80::1%eth0
nameserver nonsense
domain corp.example
search a.example b.example
options ndots:2 timeout:1 attempts:3 rotate
`))
	assert.Equal(t, []netip.AddrPort{netip.MustParseAddrPort("10.0.0.1:53"), netip.MustParseAddrPort("[fe80::1%eth0]:53")}, c.servers)
	assert.Equal(t, []string{"a.example", "b.example"}, c.search)
	assert.Equal(t, 2, c.ndots)
	assert.Equal(t, time.Second, c.timeout)
	assert.Equal(t, 3, c.attempts)
	assert.Equal(t, []string{"b.example.a.example", "b.example.b.example", "b.example"}, searchNames(c, "b.example"))
	assert.Equal(t, []string{"x.y.z", "x.y.z.a.example", "x.y.z.b.example"}, searchNames(c, "x.y.z"))
	assert.Equal(t, []string{"b.example."}, searchNames(c, "b.example."))

	d := parseResolvConf(strings.NewReader(""))
	assert.Equal(t, []netip.AddrPort{netip.MustParseAddrPort("127.0.0.1:53")}, d.servers)
	assert.Equal(t, 1, d.ndots)
	assert.Equal(t, 2, d.attempts)
}

// fakeDNS serves DNS on a loopback port, over UDP and TCP, until the
// test ends, sending answer's reply to each query (none when it returns
// nil), and returns the port.
func fakeDNS(t *testing.T, answer func(q []byte, tcp bool) []byte) int {
	var udp, tcp, port int
	for range 20 {
		l, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM|syscall.SOCK_CLOEXEC, 0)
		require.NoError(t, err)
		require.NoError(t, syscall.Bind(l, &syscall.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}}))
		require.NoError(t, syscall.Listen(l, 4))
		sa, err := syscall.Getsockname(l)
		require.NoError(t, err)
		port = sa.(*syscall.SockaddrInet4).Port
		u, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_DGRAM|syscall.SOCK_CLOEXEC, 0)
		require.NoError(t, err)
		if syscall.Bind(u, &syscall.SockaddrInet4{Port: port, Addr: [4]byte{127, 0, 0, 1}}) == nil {
			udp, tcp = u, l
			break
		}
		syscall.Close(u)
		syscall.Close(l)
	}
	require.NotZero(t, udp, "no port free for both UDP and TCP")
	sa := &syscall.SockaddrInet4{Port: port, Addr: [4]byte{127, 0, 0, 1}}
	var stop atomic.Bool
	var wg sync.WaitGroup
	wg.Go(func() {
		buf := make([]byte, 512)
		for {
			n, from, err := syscall.Recvfrom(udp, buf, 0)
			if err != nil || n < dnsHeaderSize {
				return
			}
			if reply := answer(append([]byte(nil), buf[:n]...), false); reply != nil {
				copy(reply, buf[:2])
				syscall.Sendto(udp, reply, 0, from)
			}
		}
	})
	wg.Go(func() {
		for {
			c, _, err := syscall.Accept(tcp)
			if err != nil || stop.Load() {
				if err == nil {
					syscall.Close(c)
				}
				return
			}
			buf := make([]byte, 514)
			got := 0
			for got < 2 || got < 2+int(binary.BigEndian.Uint16(buf)) {
				n, err := syscall.Read(c, buf[got:])
				if err != nil || n <= 0 {
					break
				}
				got += n
			}
			if got > 2+dnsHeaderSize {
				if reply := answer(append([]byte(nil), buf[2:got]...), true); reply != nil {
					copy(reply, buf[2:4])
					syscall.Write(c, append(binary.BigEndian.AppendUint16(nil, uint16(len(reply))), reply...))
				}
			}
			syscall.Close(c)
		}
	})
	t.Cleanup(func() {
		// A short packet ends the UDP server, a connection the TCP one.
		stop.Store(true)
		if c, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_DGRAM|syscall.SOCK_CLOEXEC, 0); err == nil {
			syscall.Sendto(c, []byte{0}, 0, sa)
			syscall.Close(c)
		}
		if c, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM|syscall.SOCK_CLOEXEC, 0); err == nil {
			syscall.Connect(c, sa)
			syscall.Close(c)
		}
		wg.Wait()
		syscall.Close(udp)
		syscall.Close(tcp)
	})
	return port
}

// emptyReply answers q with rcode and no records.
func emptyReply(q []byte, rcode byte) []byte {
	r := append([]byte(nil), q...)
	r[2], r[3] = 0x81, 0x80|rcode
	return r
}

// TestDNSAsk runs the client against a server that answers A with a
// CNAME chain and AAAA with NXDOMAIN, after dropping the first A query
// (the client must ask again).
func TestDNSAsk(t *testing.T) {
	var mu sync.Mutex
	seenA := 0
	port := fakeDNS(t, func(q []byte, _ bool) []byte {
		if binary.BigEndian.Uint16(q[len(q)-4:]) != dnsTypeA {
			return emptyReply(q, dnsNXDomain)
		}
		mu.Lock()
		defer mu.Unlock()
		if seenA++; seenA == 1 {
			return nil
		}
		return append([]byte(nil), cnameReply...)
	})
	conf := resolvConf{servers: []netip.AddrPort{netip.AddrPortFrom(netip.MustParseAddr("127.0.0.1"), uint16(port))},
		ndots: 1, timeout: time.Second, attempts: 5}
	replies := dnsAsk(conf, "www.example.com", []uint16{dnsTypeA, dnsTypeAAAA})
	require.NotNil(t, replies[0])
	require.NotNil(t, replies[1])
	assert.Equal(t, dnsNXDomain, replies[1].rcode)
	recs, _ := replies[0].records("www.example.com", dnsTypeA)
	require.Len(t, recs, 1)
	assert.Equal(t, []byte{93, 184, 216, 34}, recs[0].data)
	mu.Lock()
	assert.GreaterOrEqual(t, seenA, 2)
	mu.Unlock()
}

// TestResolveName runs the whole lookup over files in a temporary
// directory and a fake server: hosts first, 'localhost' without a hosts
// entry, the search list, NXDOMAIN, a name without addresses of the
// family asked for, a failing server, and PTR queries.
func TestResolveName(t *testing.T) {
	ptr := append([]byte{0, 0, 0x81, 0x80, 0, 1, 0, 1, 0, 0, 0, 0}, "\x015\x010\x010\x0210\x07in-addr\x04arpa\x00\x00\x0c\x00\x01"...)
	ptr = append(ptr, 0xc0, 12, 0, dnsTypePTR, 0, 1, 0, 0, 0, 60, 0, 9, 4, 'h', 'o', 's', 't', 2, 'e', 'x', 0)
	port := fakeDNS(t, func(q []byte, tcp bool) []byte {
		switch name, qtype := queryName(q), binary.BigEndian.Uint16(q[len(q)-4:]); {
		case name == "both.test":
			// One address per family, the second reply read after the first.
			r := emptyReply(q, 0)
			r[7] = 1
			data := []byte{192, 0, 2, 1}
			if qtype == dnsTypeAAAA {
				data = netip.MustParseAddr("2001:db8::1").AsSlice()
			}
			r = append(r, 0xc0, 12, 0, byte(qtype), 0, 1, 0, 0, 0, 60, 0, byte(len(data)))
			return append(r, data...)
		case name == "big.test" && !tcp:
			r := emptyReply(q, 0)
			r[2] |= 0x02 // truncated
			return r
		case name == "big.test":
			r := emptyReply(q, 0)
			r[7] = 40
			for i := range 40 {
				r = append(r, 0xc0, 12, 0, dnsTypeA, 0, 1, 0, 0, 0, 60, 0, 4, 10, 2, 0, byte(i))
			}
			return r
		case name == "www.example.com" && qtype == dnsTypeA:
			return append([]byte(nil), cnameReply...)
		case name == "www.example.com":
			return emptyReply(q, 0)
		case name == "5.0.0.10.in-addr.arpa":
			return ptr
		case name == "broken":
			return emptyReply(q, 2) // SERVFAIL
		}
		return emptyReply(q, dnsNXDomain)
	})
	dir := t.TempDir()
	oldHosts, oldResolv := hostsPath, resolvPath
	hostsPath, resolvPath = filepath.Join(dir, "hosts"), filepath.Join(dir, "resolv.conf")
	t.Cleanup(func() { hostsPath, resolvPath = oldHosts, oldResolv })
	require.NoError(t, os.WriteFile(hostsPath, []byte("10.1.1.1 files.test alias\n"), 0o644))
	require.NoError(t, os.WriteFile(resolvPath, []byte("nameserver 127.0.0.1\nsearch nope.test example.com\n"), 0o644))
	// resolv.conf has no ports: the servers' port is pointed at the fake.
	dnsPort = uint16(port)
	t.Cleanup(func() { dnsPort = 53 })

	h, code := resolveName("ALIAS", 0)
	assert.Equal(t, 0, code)
	assert.Equal(t, hostEnt{"files.test", []string{"alias"}, []netip.Addr{netip.MustParseAddr("10.1.1.1")}}, h)
	h, code = resolveName("localhost", syscall.AF_INET6)
	assert.Equal(t, 0, code)
	assert.Equal(t, []netip.Addr{netip.IPv6Loopback()}, h.addrs)
	h, code = resolveName("www", syscall.AF_INET)
	assert.Equal(t, 0, code)
	assert.Equal(t, hostEnt{"web.example.com", []string{"www.example.com"}, []netip.Addr{netip.MustParseAddr("93.184.216.34")}}, h)
	_, code = resolveName("www.example.com", syscall.AF_INET6)
	assert.Equal(t, eaiNoData, code)
	h, code = resolveName("both.test", 0)
	assert.Equal(t, 0, code)
	assert.Equal(t, []netip.Addr{netip.MustParseAddr("192.0.2.1"), netip.MustParseAddr("2001:db8::1")}, h.addrs)
	h, code = resolveName("big.test", syscall.AF_INET)
	assert.Equal(t, 0, code)
	require.Len(t, h.addrs, 40)
	assert.Equal(t, netip.MustParseAddr("10.2.0.39"), h.addrs[39])
	_, code = resolveName("nothing.example.com", 0)
	assert.Equal(t, eaiNoName, code)
	assert.Equal(t, []string{"host.ex"}, reverseNames(netip.MustParseAddr("10.0.0.5")))
	assert.Equal(t, []string{"files.test", "alias"}, reverseNames(netip.MustParseAddr("10.1.1.1")))
	assert.Empty(t, reverseNames(netip.MustParseAddr("10.0.0.6")))
	require.NoError(t, os.WriteFile(resolvPath, []byte("nameserver 127.0.0.1\noptions timeout:1 attempts:1\n"), 0o644))
	_, code = resolveName("broken.", 0)
	assert.Equal(t, eaiAgain, code)
}
