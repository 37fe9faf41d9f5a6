package thread

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"gilfree/refcount"
)

// fill stores a borrowed reference to h in every slot of w.
func fill(w []refcount.StackRef, h *refcount.Header) {
	for i := range w {
		w[i] = refcount.BorrowStackRef(h)
	}
}

func allNull(w []refcount.StackRef) bool {
	for _, r := range w {
		if !r.IsNull() {
			return false
		}
	}
	return true
}

func TestPushPopFrames(t *testing.T) {
	s := newAttached(t)
	h := newObject(s)

	a := s.PushFrame(10)
	require.Len(t, a, 10)
	assert.Equal(t, 10, cap(a), "a window cannot be appended into the next frame")
	assert.True(t, allNull(a))
	fill(a, h)
	b := s.PushFrame(6)
	assert.Same(t, &a[9], &s.stack.cur.slots[9])
	assert.Same(t, &s.stack.cur.slots[10], &b[0], "frames are adjacent")
	assert.Equal(t, 16, s.StackDepth())

	assert.Panics(t, func() { s.PopFrame(a) }, "not the topmost frame")
	s.PopFrame(b)
	s.PopFrame(a)
	assert.Zero(t, s.StackDepth())
	assert.True(t, allNull(s.stack.cur.slots), "popped slots are cleared")

	c := s.PushFrame(0)
	assert.Empty(t, c)
	s.PopFrame(c)
}

// TestChunks: frames that do not fit move to a new chunk that never moves
// the old one, chunk sizes double up to the cap, and a frame larger than
// the cap gets a chunk of its own size.
func TestChunks(t *testing.T) {
	s := newAttached(t)
	h := newObject(s)
	first := s.stack.cur
	require.Len(t, first.slots, firstChunkSlots)

	bottom := s.PushFrame(firstChunkSlots - 10)
	fill(bottom, h)
	addr := &bottom[0]

	var frames [][]refcount.StackRef
	var sizes []int
	for size := firstChunkSlots; size < maxChunkSlots; size *= 2 {
		w := s.PushFrame(size - 1) // fills what is left of the chunk below, opens one of size
		fill(w, h)
		frames = append(frames, w)
		sizes = append(sizes, len(s.stack.cur.slots))
	}
	assert.Equal(t, []int{512, 1024, 2048, 4096, 8192, 16384, 32768, 65536}, sizes)
	w := s.PushFrame(maxChunkSlots)
	frames = append(frames, w)
	assert.Len(t, s.stack.cur.slots, maxChunkSlots, "capped")
	big := s.PushFrame(maxChunkSlots + 5)
	frames = append(frames, big)
	assert.Len(t, s.stack.cur.slots, maxChunkSlots+5, "a chunk of the frame's own size")

	assert.Same(t, addr, &bottom[0], "the bottom frame never moved")
	assert.Same(t, first, s.stack.cur.prev.prev.prev.prev.prev.prev.prev.prev.prev.prev)

	depth := len(bottom)
	for _, f := range frames {
		depth += len(f)
	}
	assert.Equal(t, depth, s.StackDepth())

	for i := len(frames) - 1; i >= 0; i-- {
		s.PopFrame(frames[i])
	}
	assert.Same(t, first, s.stack.cur, "back in the first chunk")
	assert.Equal(t, len(bottom), s.StackDepth())
	assert.Len(t, s.stack.spare.slots, maxChunkSlots+5, "the largest popped chunk is kept")
	assert.True(t, allNull(s.stack.spare.slots))
	s.PopFrame(bottom)
}

// TestSpareChunk: a call that crosses a chunk boundary again and again reuses
// the spare chunk and does not allocate.
func TestSpareChunk(t *testing.T) {
	s := newAttached(t)
	base := s.PushFrame(firstChunkSlots - 4)
	allocs := testing.AllocsPerRun(100, func() {
		w := s.PushFrame(16)
		s.PopFrame(w)
	})
	assert.Zero(t, allocs)
	s.PopFrame(base)
}

func TestPushPopDoesNotAllocate(t *testing.T) {
	s := newAttached(t)
	allocs := testing.AllocsPerRun(1000, func() {
		a := s.PushFrame(16)
		b := s.PushFrame(16)
		s.PopFrame(b)
		s.PopFrame(a)
	})
	assert.Zero(t, allocs)
}

func TestWalkStack(t *testing.T) {
	s := newAttached(t)
	h := newObject(s)
	a := s.PushFrame(firstChunkSlots - 1)
	b := s.PushFrame(3) // opens a second chunk
	fill(b, h)
	var seen [][]refcount.StackRef
	s.WalkStack(func(slots []refcount.StackRef) { seen = append(seen, slots) })
	require.Len(t, seen, 2)
	assert.Same(t, &b[0], &seen[0][0], "top chunk first")
	assert.Len(t, seen[0], 3)
	assert.Same(t, &a[0], &seen[1][0])
	assert.Len(t, seen[1], firstChunkSlots-1)
	s.PopFrame(b)
	s.PopFrame(a)
}
