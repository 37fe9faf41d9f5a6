package runtime

import (
	"gilfree/refcount"
	"gilfree/thread"
)

// Free lists keep the memory of freed objects of the busiest types (int,
// float, small tuples, lists, dicts, frames' slot arrays) for reuse by the
// same thread, which saves Go's allocator and collector most of the churn
// of temporaries.
//
// A freed object may still be read by a lock-free reader on another
// thread that loaded a pointer to it just before it left its container;
// such a reader try-increments the object, sees it dead, and retries.
// Reusing the memory before every such reader is done would let the
// try-increment succeed on an unrelated object. So reuse waits for QSBR
// (package thread): freed objects collect in a pending batch; when the
// batch is full, one Advance gives it a goal, and the batch becomes
// reusable once thread.Safe(goal) says every attached thread has passed a
// quiescent point since. One Advance per batch keeps the global write
// sequence out of the per-object path. In debug mode nothing is recycled:
// freed objects are poisoned instead (release).

// batchSize is the number of objects a pending batch collects before it
// waits for its goal; maxReady bounds what a free list keeps.
const (
	batchSize = 64
	maxReady  = 1024
)

// freeList is one thread's free list for objects of Go type T.
type freeList[T any] struct {
	ready   []*T   // reusable now
	pending []*T   // freed since the last batch was sealed
	waiting []*T   // a sealed batch, reusable once Safe(goal)
	goal    uint64 // the waiting batch's QSBR goal
}

// push takes the memory of a dead object.
func (f *freeList[T]) push(p *T) {
	if len(f.pending) >= batchSize {
		if f.waiting != nil {
			if !thread.Safe(f.goal) {
				return // enough memory waits already: let Go collect it
			}
			f.promote()
		}
		f.waiting, f.pending = f.pending, make([]*T, 0, batchSize)
		f.goal = thread.Advance()
	}
	f.pending = append(f.pending, p)
}

// pop returns reusable memory, or nil.
func (f *freeList[T]) pop() *T {
	if n := len(f.ready); n > 0 {
		p := f.ready[n-1]
		f.ready = f.ready[:n-1]
		return p
	}
	if f.waiting != nil && thread.Safe(f.goal) {
		f.promote()
		return f.pop()
	}
	return nil
}

// promote moves the waiting batch, now safe, to ready.
func (f *freeList[T]) promote() {
	if len(f.ready)+len(f.waiting) <= maxReady {
		f.ready = append(f.ready, f.waiting...)
	}
	clear(f.waiting)
	f.waiting = f.waiting[:0]
	if f.pending == nil || cap(f.pending) == 0 {
		f.pending = f.waiting
	}
	f.waiting = nil
}

// freeLists are the free lists of one thread.
type freeLists struct {
	ints   freeList[Int]
	floats freeList[Float]
	tuples [maxFreeTuple + 1]freeList[Tuple]
	lists  freeList[List]
	dicts  freeList[Dict]
	iters  freeList[seqIter]
}

// maxFreeTuple is the largest tuple size kept on a free list.
const maxFreeTuple = 8

// recycle reports whether a freed object's memory may go to a free list:
// not in debug mode, where it is poisoned instead.
func recycle(o *Object) bool {
	if refcount.Debug() {
		o.Poison()
		return false
	}
	return true
}
