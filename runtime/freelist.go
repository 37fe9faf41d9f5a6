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
// waits for its goal; maxReady bounds what a free list keeps ready.
const (
	batchSize = 64
	maxReady  = 256
)

// freeList is one thread's free list for objects of Go type T. Its
// storage is fixed arrays, so that recycling never allocates.
type freeList[T any] struct {
	ready   [maxReady]*T // reusable now: ready[:nready]
	nready  int
	pending [batchSize]*T // freed since the last batch was sealed
	npend   int
	waiting [batchSize]*T // a sealed batch, reusable once Safe(goal)
	nwait   int
	goal    uint64 // the waiting batch's QSBR goal
}

// push takes the memory of a dead object.
func (f *freeList[T]) push(p *T) {
	if f.npend == batchSize {
		if f.nwait > 0 {
			if !thread.Safe(f.goal) {
				return // enough memory waits already: let Go collect this
			}
			f.promote()
		}
		f.waiting, f.nwait = f.pending, f.npend
		clear(f.pending[:])
		f.npend = 0
		f.goal = thread.Advance()
	}
	f.pending[f.npend] = p
	f.npend++
}

// pop returns reusable memory, or nil. The thread allocating declares a
// quiescent point first: allocation never happens between loading a
// pointer from a shared structure and taking a reference to it (the only
// window QSBR guards), and without it a thread running a long Go loop
// (sorted, sum) would never see its own batches become reusable.
func (f *freeList[T]) pop(s *thread.State) *T {
	if f.nready == 0 {
		if f.nwait == 0 {
			return nil
		}
		s.Quiescent()
		if !thread.Safe(f.goal) {
			return nil
		}
		f.promote()
	}
	f.nready--
	p := f.ready[f.nready]
	f.ready[f.nready] = nil
	return p
}

// promote moves the waiting batch, now safe, to ready (what does not fit
// is left to Go's collector).
func (f *freeList[T]) promote() {
	n := copy(f.ready[f.nready:], f.waiting[:f.nwait])
	f.nready += n
	clear(f.waiting[:f.nwait])
	f.nwait = 0
}

// freeLists are the free lists of one thread.
type freeLists struct {
	ints   freeList[Int]
	floats freeList[Float]
	strs   freeList[Str]
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
