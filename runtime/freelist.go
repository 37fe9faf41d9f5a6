package runtime

import (
	"gilfree/refcount"
	"gilfree/thread"
)

// Free lists keep the memory of freed objects of the busiest types (int,
// float, small tuples, lists, dicts, str, iterators, tracebacks) for reuse
// by the same thread, which saves Go's allocator and collector most of the
// churn of temporaries.
//
// A freed object may still be read by a lock-free reader on another
// thread that loaded a pointer to it just before it left its container.
// Such a reader touches only the header before it holds a count, and
// after its try-increment it checks that the container still holds the
// pointer, dropping the count and retrying if not (refcount's TryIncref
// rule). So reusing the memory at once is safe: the reader either sees
// the old object dead, or counts an object that is then really the
// container's content; and InitHeader writes a reused header so that
// such a reader's atomic reads do not race with it. Most lists therefore
// hand memory back at once (freeList).
//
// Two lists keep memory whose other fields lock-free readers read without
// a count, and wait for QSBR (package thread) before reuse (gatedList):
// strs, whose type and text a lock-free dict lookup compares when it meets
// a key that is being deleted, and dicts, whose tables lock-free readers
// probe. There freed objects collect in a pending batch; when the batch is
// full, one Advance gives it a goal, and the batch becomes reusable once
// thread.Safe(goal) says every attached thread has passed a quiescent
// point since. One Advance per batch keeps the global write sequence out
// of the per-object path. Waiting is what makes a thread that is not
// running (more threads than cores) hold up every other thread's reuse,
// which is why only these two lists wait. Up to waitBatches sealed batches
// wait at once, oldest first, so that a thread descheduled for a while
// delays reuse rather than sending every free to Go's collector (with one
// waiting batch, strs were reused 49% of the time with two threads on a
// loaded machine). In debug mode nothing is
// recycled: freed objects are poisoned instead (release).

// batchSize is the number of objects a pending batch collects before it
// waits for its goal; maxReady bounds what a free list keeps ready.
const (
	batchSize   = 64
	maxReady    = 256
	waitBatches = 8
)

// freeList is one thread's free list for objects of one Go type whose
// memory may be reused at once. Its storage is a fixed array, so that
// recycling never allocates. It holds the objects' headers rather than
// being generic over the type: Go compiles a generic method once per
// memory shape with a dictionary argument, which kept push and pop from
// inlining.
type freeList struct {
	ready  [maxReady]*Object // ready[:nready]
	nready int
}

// push takes the memory of a dead object (what does not fit is left to
// Go's collector).
func (f *freeList) push(p *Object) {
	if f.nready < maxReady {
		f.ready[f.nready] = p
		f.nready++
	}
}

// pop returns reusable memory, or nil. The slot keeps its pointer until
// overwritten: at most maxReady stale pointers per list, to objects that
// are in use or were handed back to Go's collector, which this delays.
// The thread state is unused; pop takes it so that both kinds of list
// are used alike.
func (f *freeList) pop(_ *thread.State) *Object {
	if f.nready > 0 {
		f.nready--
		return f.ready[f.nready]
	}
	return nil
}

// gatedList is a free list whose memory waits for QSBR before reuse.
type gatedList struct {
	ready   [maxReady]*Object // reusable now: ready[:nready]
	nready  int
	pending [batchSize]*Object // freed since the last batch was sealed
	npend   int
	// waiting is a ring of sealed batches, each reusable once
	// Safe(its goal): nwait of them from first on, oldest first.
	waiting [waitBatches]sealedBatch
	first   int
	nwait   int
}

// sealedBatch is a full batch waiting for its QSBR goal.
type sealedBatch struct {
	objs [batchSize]*Object
	goal uint64
}

// push takes the memory of a dead object. The common case, room in the
// pending batch, is small enough to inline into the types' deallocators.
func (f *gatedList) push(p *Object) {
	if f.npend < batchSize {
		f.pending[f.npend] = p
		f.npend++
		return
	}
	f.seal(p)
}

// seal handles a full pending batch: it joins the waiting ring (unless
// the ring is full and its oldest batch still waits, in which case p is
// left to Go's collector) and p starts the next.
func (f *gatedList) seal(p *Object) {
	if f.nwait == waitBatches {
		if !thread.Safe(f.waiting[f.first].goal) {
			return // enough memory waits already: let Go collect this
		}
		f.promote()
	}
	b := &f.waiting[(f.first+f.nwait)%waitBatches]
	b.objs = f.pending
	b.goal = thread.Advance()
	f.nwait++
	clear(f.pending[:])
	f.pending[0] = p
	f.npend = 1
}

// pop returns reusable memory, or nil. Taking from the ready objects is
// the inlined fast path; refill does the rest.
func (f *gatedList) pop(s *thread.State) *Object {
	if f.nready > 0 {
		f.nready--
		return f.ready[f.nready]
	}
	return f.refill(s)
}

// refill makes the waiting batch ready if QSBR allows, and pops from it.
// The thread allocating declares a quiescent point first: allocation never
// happens between loading a pointer from a shared structure and taking a
// reference to it (the only window QSBR guards), and without it a thread
// running a long Go loop (sorted, sum) would never see its own batches
// become reusable.
func (f *gatedList) refill(s *thread.State) *Object {
	if f.nwait == 0 {
		return nil
	}
	s.Quiescent()
	if !thread.Safe(f.waiting[f.first].goal) {
		return nil
	}
	f.promote()
	f.nready--
	p := f.ready[f.nready]
	f.ready[f.nready] = nil
	return p
}

// promote moves the oldest waiting batch, now safe, to ready (what does
// not fit is left to Go's collector).
func (f *gatedList) promote() {
	b := &f.waiting[f.first]
	n := copy(f.ready[f.nready:], b.objs[:])
	f.nready += n
	clear(b.objs[:])
	f.first = (f.first + 1) % waitBatches
	f.nwait--
}

// freeLists are the free lists of one thread.
type freeLists struct {
	ints freeList
	// bigInts are dead big ints that keep their big.Int's memory.
	bigInts freeList
	floats  freeList
	strs    gatedList
	tuples  [maxFreeTuple + 1]freeList
	lists   freeList
	dicts   gatedList
	iters   freeList
	slices  freeList
	sets    freeList
	// gens are dead generators, each keeping its frame's slot array: a
	// search that yields from a generator per node makes one per call.
	gens freeList
	// instances are dead instances of classes based on object alone
	// (objecttype.go), each keeping its slot array.
	instances freeList
	// setTables are emptied set tables past the first size (set.go).
	setTables setTableStash
	ranges    freeList
	// rangeIters are range iterators (each `for i in range(n)` makes one).
	rangeIters freeList
	// tracebacks and frameObjs are the objects an exception's traceback
	// is made of.
	tracebacks freeList
	frameObjs  freeList
	// exceptions are instances of the builtin exception types (a raise
	// and catch in a loop makes one per iteration).
	exceptions freeList
	// methods are bound methods: obj.method as a value (a callback, a
	// method kept in a local) makes one per evaluation.
	methods freeList
	// zips are exact zip objects of up to two iterables.
	zips freeList
	// funcs are nested functions: each comprehension or generator
	// expression evaluated makes one (function.go).
	funcs freeList
	// builtins are builtin functions, mostly bound builtin methods
	// (`random = self.random`).
	builtins freeList
	// counts are the thread's allocation counters while allocation
	// accounting is on (allocstats.go), nil otherwise.
	counts *allocCounts
}

// maxFreeTuple is the largest tuple size kept on a free list: CPython's
// bound. Rows of a dozen or so items are common (permutations of a
// board, records), and a tuple past the bound costs Go's allocator and
// collector two blocks.
const maxFreeTuple = 20

// recycle reports whether a freed object's memory may go to a free list:
// not in debug mode, where it is poisoned instead.
func recycle(o *Object) bool {
	if refcount.Debug() {
		o.Poison()
		return false
	}
	return true
}
