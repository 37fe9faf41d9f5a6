package runtime

import (
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
)

// TestObjectSizes records the memory of the common objects (docs/runtime.md
// compares them with CPython's sys.getsizeof) and holds the header to
// refcount's 32 bytes.
func TestObjectSizes(t *testing.T) {
	sizes := []struct {
		name string
		size uintptr
	}{
		{"header", unsafe.Sizeof(Object{})},
		{"int", unsafe.Sizeof(Int{})},
		{"float", unsafe.Sizeof(Float{})},
		{"str (plus its bytes)", unsafe.Sizeof(Str{})},
		{"tuple (plus 8 per item)", unsafe.Sizeof(Tuple{})},
		{"empty list", unsafe.Sizeof(List{})},
		{"empty dict", unsafe.Sizeof(Dict{})},
		{"instance (without its dict)", unsafe.Sizeof(Instance{})},
		{"function", unsafe.Sizeof(Function{})},
		{"frame (pooled, not an object)", unsafe.Sizeof(Frame{})},
	}
	for _, s := range sizes {
		t.Logf("%-30s %4d bytes", s.name, s.size)
	}
	assert.Equal(t, uintptr(32), unsafe.Sizeof(Object{}))
}

// BenchmarkFloatNewFree is one float allocated from the free list and
// freed by its last reference.
func BenchmarkFloatNewFree(b *testing.B) {
	th := thr(b)
	for b.Loop() {
		th.Decref(th.NewFloat(1.5))
	}
}

// BenchmarkDictSetGetStr is a str-keyed store and lookup.
func BenchmarkDictSetGetStr(b *testing.B) {
	th := thr(b)
	d := th.NewDict()
	k := Intern("key")
	v := th.NewInt(5000)
	for b.Loop() {
		th.DictSetStr(d, k, v)
		if d.GetStr(k) == nil {
			b.Fatal("missing")
		}
	}
}
