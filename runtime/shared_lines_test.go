package runtime

import (
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
)

// TestSharedReadsOwnLines holds the objects that every thread reads
// without writing (a dict table's header, a cell, a module) to a cache
// line of their own: each must start on a line and be 64 bytes, Go's size
// class whose objects fill exactly one line, so that no int or float a
// thread allocates and writes can land beside one (docs/stress.md,
// session 6).
func TestSharedReadsOwnLines(t *testing.T) {
	th := thr(t)
	tests := []struct {
		name string
		size uintptr
		obj  func() unsafe.Pointer
	}{
		{"dict table header", unsafe.Sizeof(lineKeys{}), func() unsafe.Pointer { return unsafe.Pointer(newDictKeys(minDict * 4)) }},
		{"cell", unsafe.Sizeof(Cell{}), func() unsafe.Pointer { return unsafe.Pointer(&Cell{}) }},
		{"module", unsafe.Sizeof(Module{}), func() unsafe.Pointer { return unsafe.Pointer(&Module{}) }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, uintptr(64), tc.size)
			for range 32 {
				p := tc.obj()
				assert.Zero(t, uintptr(p)%64, "not on a cache line of its own")
				th.NewInt(1 << 20) // an int allocated between them, as a thread does
			}
		})
	}
}
