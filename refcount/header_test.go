package refcount

import (
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestHeaderLayout(t *testing.T) {
	require.LessOrEqual(t, unsafe.Sizeof(Header{}), uintptr(32), "the brief allows 32 bytes")
	require.Zero(t, unsafe.Alignof(Header{})%8, "StackRef tagging needs the low bit free")
	assert.Zero(t, unsafe.Offsetof(object{}.Header), "runtime objects embed the header first")
}

func TestThreadIDs(t *testing.T) {
	a, b := startThread(t), startThread(t)
	assert.NotZero(t, a.ID())
	assert.Greater(t, b.ID(), a.ID(), "ids come from a counter and are never reused")
	assert.Same(t, a, lookup(a.ID()))

	a.Exit(func(*Header) {})
	assert.Nil(t, lookup(a.ID()), "an exited thread leaves the registry")
	c := startThread(t)
	assert.Greater(t, c.ID(), b.ID())
	assert.Panics(t, func() { c.Start(nil) }, "starting twice")
}

func TestInitHeader(t *testing.T) {
	th := startThread(t)
	typ := unsafe.Pointer(new(int))
	o := new(object)
	o.Word().Store(0xffff)
	th.InitHeader(&o.Header, typ)
	h := &o.Header
	assert.Equal(t, th.ID(), h.Owner())
	assert.Equal(t, uint32(1), h.LocalCount())
	assert.Zero(t, h.SharedCount())
	assert.Zero(t, h.Word().Load())
	assert.Equal(t, typ, h.Type())
	assert.False(t, h.IsImmortal())
	assert.False(t, h.IsDeferred())
}

func TestLastOwner(t *testing.T) {
	a, b := startThread(t), startThread(t)
	// Death by the owner's own last decrement.
	h := newObject(a)
	require.True(t, a.Decref(h))
	assert.Equal(t, a.ID(), h.LastOwner())
	// Death by another thread's release after the owner merged.
	h = newObject(a)
	b.Incref(h)
	require.False(t, a.Decref(h))
	require.True(t, b.Decref(h))
	assert.Equal(t, a.ID(), h.LastOwner())
	// An owned object freed without the transition keeps its owner.
	h = newObject(b)
	assert.Equal(t, b.ID(), h.LastOwner())
}

// TestRevive gives a dead object one unowned reference: whichever thread
// drops it, through the shared path, reports it dead again, and the former
// owner counts it as a non-owner.
func TestRevive(t *testing.T) {
	a, b := startThread(t), startThread(t)
	for _, viaFastPath := range []bool{false, true} {
		h := newObject(a)
		if !viaFastPath {
			require.True(t, a.Decref(h))
		}
		h.Revive()
		assert.Equal(t, uint32(0), h.Owner())
		assert.Equal(t, a.ID(), h.LastOwner())
		assert.Equal(t, int64(1), h.SharedCount())
		a.Incref(h) // resurrected into a container a owns
		require.False(t, b.Decref(h))
		require.True(t, a.Decref(h))
	}
}
