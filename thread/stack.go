package thread

import "gilfree/refcount"

// Chunk sizes, in slots. The main thread's first chunk is a static array;
// other threads start small, since most threads stay shallow.
const (
	mainChunkSlots  = 1024
	firstChunkSlots = 256
	maxChunkSlots   = 1 << 16
)

// chunk is one fixed piece of a frame stack. Its slots never move.
type chunk struct {
	slots   []refcount.StackRef
	prev    *chunk // the chunk below, nil for the first
	prevTop int    // prev's top when this chunk was entered
}

func newChunk(n int) *chunk { return &chunk{slots: make([]refcount.StackRef, n)} }

// stack is a thread's frame stack: frames occupy cur.slots[:top] and the
// used parts of the chunks below. Every slot at or above top is zero.
type stack struct {
	cur   *chunk
	top   int
	spare *chunk // a chunk popped off, kept for the next push that needs one
}

// PushFrame returns a window of n zeroed slots on top of the stack for a
// new frame. The window stays valid, and its slots in place, until
// PopFrame.
func (s *State) PushFrame(n int) []refcount.StackRef {
	st := &s.stack
	top, end := st.top, st.top+n
	if end <= len(st.cur.slots) {
		st.top = end
		return st.cur.slots[top:end:end]
	}
	return st.pushChunk(n)
}

// TryPushFrame is PushFrame's common case, small enough to inline into
// the runtime's call path: the window when the current chunk has room
// for it, else false, and the caller calls PushFrame.
func (s *State) TryPushFrame(n int) ([]refcount.StackRef, bool) {
	st := &s.stack
	top, end := st.top, st.top+n
	if end > len(st.cur.slots) {
		return nil, false
	}
	st.top = end
	return st.cur.slots[top:end:end], true
}

// pushChunk moves the stack to a chunk that fits n slots: the spare if it
// fits, else a new one twice the current chunk's size (up to
// maxChunkSlots), or n slots if n is larger still. It stays out of line,
// so that PushFrame is small enough to inline into the eval loop's call
// path.
//
//go:noinline
func (st *stack) pushChunk(n int) []refcount.StackRef {
	c := st.spare
	if c != nil && len(c.slots) >= n {
		st.spare = nil
	} else {
		size := min(2*len(st.cur.slots), maxChunkSlots)
		c = newChunk(max(size, n))
	}
	c.prev, c.prevTop = st.cur, st.top
	st.cur, st.top = c, n
	return c.slots[:n:n]
}

// PopFrame releases the topmost frame's window, which the caller has
// finished with: its references closed or handed on. PopFrame clears the
// slots; it does not close them. Popping anything but the topmost window
// panics.
func (s *State) PopFrame(w []refcount.StackRef) {
	clear(w)
	s.PopFrameCleared(w)
}

// PopFrameCleared is PopFrame for a window whose slots the caller has
// already cleared (the eval loop's return zeroes each slot as it closes
// it): it saves a second pass over the window, which for the few slots of
// most frames costs more as a bulk clear than the call it ends.
func (s *State) PopFrameCleared(w []refcount.StackRef) {
	n := len(w)
	if n == 0 {
		return
	}
	st := &s.stack
	base := st.top - n
	if base < 0 || &st.cur.slots[base] != &w[0] {
		panic("thread: PopFrame of a window that is not the topmost frame")
	}
	st.top = base
	if base == 0 && st.cur.prev != nil {
		st.popChunk()
	}
}

// TryPopFrame is PopFrameCleared's common case, small enough to inline
// into the runtime's return path: it pops w and reports true when w is
// the topmost window and not the first of its chunk. Otherwise it does
// nothing, and the caller calls PopFrameCleared (which pops the chunk,
// or panics).
func (s *State) TryPopFrame(w []refcount.StackRef) bool {
	st := &s.stack
	base := st.top - len(w)
	if base <= 0 || len(w) == 0 || &st.cur.slots[base] != &w[0] {
		return false
	}
	st.top = base
	return true
}

// popChunk returns to the chunk below once the current one is empty,
// keeping the larger of it and the spare for reuse. Out of line, as
// pushChunk.
//
//go:noinline
func (st *stack) popChunk() {
	c := st.cur
	st.cur, st.top = c.prev, c.prevTop
	c.prev, c.prevTop = nil, 0
	if st.spare == nil || len(c.slots) > len(st.spare.slots) {
		st.spare = c
	}
}

// WalkStack calls f with the used slots of each chunk, the top chunk first.
// Only the thread, or a goroutine holding its detached state, may call it.
func (s *State) WalkStack(f func(slots []refcount.StackRef)) {
	top := s.stack.top
	for c := s.stack.cur; c != nil; c = c.prev {
		f(c.slots[:top])
		top = c.prevTop
	}
}

// StackDepth returns the number of slots in use.
func (s *State) StackDepth() int {
	n := 0
	s.WalkStack(func(slots []refcount.StackRef) { n += len(slots) })
	return n
}
