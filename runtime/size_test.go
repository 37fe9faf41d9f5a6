package runtime

import (
	goruntime "runtime"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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

// heapBytesPer returns the bytes of Go heap that one call of alloc takes,
// measured over n calls whose results stay alive: the struct rounded up
// to Go's size class, plus whatever else the object allocates.
func heapBytesPer(n int, alloc func() *Object) float64 {
	keep := make([]*Object, n)
	var before, after goruntime.MemStats
	goruntime.GC()
	goruntime.ReadMemStats(&before)
	for i := range keep {
		keep[i] = alloc()
	}
	goruntime.ReadMemStats(&after)
	goruntime.KeepAlive(keep)
	return float64(after.TotalAlloc-before.TotalAlloc) / float64(n)
}

// TestHeapSizes measures what an empty list, an empty dict and an
// instance really take from Go's heap, beside CPython 3.11's
// sys.getsizeof of the same objects (docs/runtime.md's table). An
// instance's __dict__ is made with its first attribute.
func TestHeapSizes(t *testing.T) {
	th := thr(t)
	cls, err := th.Call(TypeType.Obj(), []*Object{th.NewStr("C"), th.NewTuple().Obj(), th.NewDict().Obj()}, nil)
	require.NoError(t, err)
	x := Intern("x")
	const n = 20000
	cases := []struct {
		name    string
		cpython int // sys.getsizeof in CPython 3.11.7 on x86-64
		want    float64
		make    func() *Object
	}{
		{"empty list", 56, 64, func() *Object { return th.NewList(0).Obj() }},
		{"empty dict", 64, 64, func() *Object { return th.NewDict().Obj() }},
		{"instance, no attributes", 56, 80, func() *Object { return th.NewInstance(AsType(cls)) }},
		{"instance, one attribute (with its dict)", 56 + 296, 352, func() *Object {
			o := th.NewInstance(AsType(cls))
			require.NoError(t, th.SetAttr(o, x, None))
			return o
		}},
	}
	for _, c := range cases {
		got := heapBytesPer(n, c.make)
		t.Logf("%-42s gilfree %6.1f bytes   CPython %4d", c.name, got, c.cpython)
		assert.InDelta(t, c.want, got, 2, c.name)
	}
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

// TestCacheEntryOwnsLine holds an inline cache entry to 64 bytes, Go's
// size class whose objects start on a cache line: entries that every
// thread reads must not share a line with objects a thread writes (see
// Cache's padding).
func TestCacheEntryOwnsLine(t *testing.T) {
	assert.Equal(t, uintptr(64), unsafe.Sizeof(Cache{}))
	entries := make([]*Cache, 64)
	for i := range entries {
		entries[i] = &Cache{Index: int32(i)}
	}
	for _, e := range entries {
		assert.Zero(t, uintptr(unsafe.Pointer(e))%64, "entry not on a cache line")
	}
}
