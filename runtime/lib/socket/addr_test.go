package socketmod

import (
	"net/netip"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestInetAton checks glibc's inet_aton forms: one to four numbers in C
// notation, the last filling the bytes left.
func TestInetAton(t *testing.T) {
	for in, want := range map[string][4]byte{
		"1.2.3.4":   {1, 2, 3, 4},
		"127.1":     {127, 0, 0, 1},
		"0x7f.1":    {127, 0, 0, 1},
		"1":         {0, 0, 0, 1},
		"1.2.65535": {1, 2, 255, 255},
		"010.0.0.1": {8, 0, 0, 1},
	} {
		got, ok := inetAton(in, false)
		require.True(t, ok, in)
		assert.Equal(t, want, got, in)
	}
	for _, in := range []string{"", "1.2.3.4.5", "256.1.1.1", "1.2.65536", "x", "1..2", " 1.2.3.4", "1.2.3.4 x"} {
		_, ok := inetAton(in, false)
		assert.False(t, ok, in)
	}
	got, ok := inetAton("1.2.3.4 trailing", true)
	require.True(t, ok)
	assert.Equal(t, [4]byte{1, 2, 3, 4}, got)
}

// TestNtop6 checks IPv6 text as glibc's inet_ntop writes it.
func TestNtop6(t *testing.T) {
	for in, want := range map[string]string{
		"::":                    "::",
		"::1":                   "::1",
		"1::":                   "1::",
		"::ffff:1.2.3.4":        "::ffff:1.2.3.4",
		"::102:304":             "::1.2.3.4",
		"1:0:0:2:0:0:0:3":       "1:0:0:2::3",
		"1:0:2:3:4:5:6:7":       "1:0:2:3:4:5:6:7",
		"fe80::1:0:0:1":         "fe80::1:0:0:1",
		"2001:db8:0:0:1:0:0:1":  "2001:db8::1:0:0:1",
		"0:1:2:3:4:5:6:7":       "0:1:2:3:4:5:6:7",
		"1:2:3:4:5:6:7:0":       "1:2:3:4:5:6:7:0",
		"1:2:3:4:5:6:0:0":       "1:2:3:4:5:6::",
		"abcd:ef01:2345:6789::": "abcd:ef01:2345:6789::",
	} {
		assert.Equal(t, want, ntop6(netip.MustParseAddr(in).As16()), in)
	}
}
