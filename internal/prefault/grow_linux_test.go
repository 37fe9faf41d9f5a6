//go:build linux && (amd64 || arm64)

package prefault

import (
	"testing"
	"unsafe"

	"github.com/stretchr/testify/require"
)

// TestGrowHeap has growHeap fill the rest of the heap memory Go has
// mapped: when it reports success (its filler landed at the heap's end,
// as it does in a start-up's young heap, not always in a test's), the
// heap memory mapped now reaches past the point it returned.
func TestGrowHeap(t *testing.T) {
	sink = make([]byte, 64<<10)
	heap := uintptr(unsafe.Pointer(unsafe.SliceData(sink))) + uintptr(len(sink))
	lo, hi, ok := anonMappingOf(readMaps(), heap)
	require.True(t, ok, "no mapping holds the heap at %#x", heap)
	require.True(t, lo < heap && heap <= hi)
	f, next, ok := growHeap(heap, hi)
	if !ok {
		t.Skipf("the filler landed at %#x, not near the heap's end %#x", f, heap)
	}
	require.GreaterOrEqual(t, f, heap)
	require.Greater(t, next, hi)
	_, hi2, ok := anonMappingOf(readMaps(), next)
	require.True(t, ok, "no mapping holds %#x", next)
	require.Greater(t, hi2, next)
}

// sink keeps the test's allocations on the heap.
var sink []byte
