//go:build linux && (amd64 || arm64)

package prefault

import (
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const sampleMaps = `00400000-00716000 r-xp 00000000 fe:00 10232155                           /tmp/gilfree
00716000-00bfb000 r--p 00316000 fe:00 10232155                           /tmp/gilfree
00bfb000-00c96000 rw-p 007fb000 fe:00 10232155                           /tmp/gilfree
00c96000-02ce5000 rw-p 00000000 00:00 0 
17ba4fc00000-17ba50400000 rw-p 00000000 00:00 0 
7ffd1a7e2000-7ffd1a803000 rw-p 00000000 00:00 0                          [stack]
`

func TestAnonMappingOf(t *testing.T) {
	tests := []struct {
		name   string
		maps   string
		addr   uintptr
		lo, hi uintptr
		ok     bool
	}{
		{"bss mapping", sampleMaps, 0xd00000, 0xc96000, 0x2ce5000, true},
		{"first byte", sampleMaps, 0xc96000, 0xc96000, 0x2ce5000, true},
		{"heap arena", sampleMaps, 0x17ba50000000, 0x17ba4fc00000, 0x17ba50400000, true},
		{"named anonymous mapping", sampleMaps, 0x7ffd1a7e2000, 0x7ffd1a7e2000, 0x7ffd1a803000, true},
		{"file mapping", sampleMaps, 0xbfc000, 0, 0, false},
		{"end is exclusive", sampleMaps, 0x2ce5000, 0, 0, false},
		{"no mapping", sampleMaps, 0x1000, 0, 0, false},
		{"empty", "", 0xd00000, 0, 0, false},
		{"malformed", "zz-yy rw-p 0 0:0 0\n", 0xd00000, 0, 0, false},
		{"cut short", "00c96000-02ce5000 rw-p", 0xd00000, 0, 0, false},
		{"no newline at end", "00c96000-02ce5000 rw-p 00000000 00:00 0", 0xd00000, 0xc96000, 0x2ce5000, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lo, hi, ok := anonMappingOf([]byte(tt.maps), tt.addr)
			require.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.lo, lo)
			assert.Equal(t, tt.hi, hi)
		})
	}
}

func TestReadOnlyImage(t *testing.T) {
	tests := []struct {
		name string
		maps string
		addr uintptr
		exec bool
		want [][2]uintptr
	}{
		{"text and rodata of the file holding addr", sampleMaps, 0x800000, false,
			[][2]uintptr{{0x400000, 0x716000}, {0x716000, 0xbfb000}}},
		{"addr in the text", sampleMaps, 0x400000, false,
			[][2]uintptr{{0x400000, 0x716000}, {0x716000, 0xbfb000}}},
		{"text only", sampleMaps, 0x800000, true, [][2]uintptr{{0x400000, 0x716000}}},
		{"other files are left out", sampleMaps + "7f0000000000-7f0000001000 r--p 00000000 fe:00 99 /lib/x.so\n", 0x800000, false,
			[][2]uintptr{{0x400000, 0x716000}, {0x716000, 0xbfb000}}},
		{"anonymous mapping", sampleMaps, 0xd00000, false, nil},
		{"no mapping", sampleMaps, 0x1000, false, nil},
		{"malformed", "00400000-00716000 r-xp\n", 0x400000, false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out [4][2]uintptr
			n := readOnlyImage([]byte(tt.maps), tt.addr, out[:], tt.exec)
			assert.Equal(t, tt.want, append([][2]uintptr(nil), out[:n]...))
		})
	}
	var one [1][2]uintptr
	assert.Equal(t, 1, readOnlyImage([]byte(sampleMaps), 0x800000, one[:], false), "out bounds the count")
}

// TestOwnMaps checks the parse against this process: mapsBuf lies in the
// anonymous mapping after the test binary's image.
func TestOwnMaps(t *testing.T) {
	addr := uintptr(unsafe.Pointer(&mapsBuf))
	lo, hi, ok := anonMappingOf(readMaps(), addr)
	require.True(t, ok)
	assert.LessOrEqual(t, lo, addr)
	assert.Less(t, addr, hi)
	assert.NotNil(t, marker, "init allocated the heap marker")
	var image [4][2]uintptr
	n := readOnlyImage(readMaps(), uintptr(unsafe.Pointer(unsafe.StringData(imageMarker))), image[:], false)
	require.GreaterOrEqual(t, n, 1, "the test binary's text and read-only data")
	text := uintptr(unsafe.Pointer(unsafe.StringData(imageMarker)))
	found := false
	for _, r := range image[:n] {
		found = found || r[0] <= text && text < r[1]
	}
	assert.True(t, found)
}
