package runtime

import (
	"sync"
	"sync/atomic"
	"time"

	"gilfree/locks"
	"gilfree/refcount"
	"gilfree/thread"
)

// Shared-deferred module globals. Threads that read the same module global
// (a table, a list, a shared instance, a lock) would each write its count
// on every LOAD_GLOBAL: one cache line bouncing between cores, the largest
// cost left when threads only read shared objects. So the first time a
// thread reads a global's value that another thread owns, the value is
// made shared-deferred (refcount.Header.DeferShared) and recorded here,
// and from then on LOAD_GLOBAL pushes it tagged, without a count, as it
// does functions and classes.
//
// The rule that keeps this sound: a tagged reference to a shared-deferred
// object lives only in a frame slot (a thread's stack, or the slots of a
// generator frame while it runs) or, between two safepoints, in the Go
// locals of the code using the slot. Suspending a generator turns its tags
// into counts (PromoteShared), since a suspended frame is on no thread's
// frame chain; calls pass arguments in slots that stay until the call
// returns. Such an object is freed only by SweepShared, with the world
// stopped: it looks for each recorded object in every thread's stack and
// frame chain, and frees those that no slot holds and whose real count
// is zero.
//
// Go code may hold a pointer it took from a tagged slot in a local after
// clearing the slot (an opcode that pops its operands and then calls
// __setattr__, __eq__ or __bool__), and that local is invisible to the
// sweep. So the sweep frees nothing unless every thread is clean: it
// waits at the eval loop's own safepoint between instructions
// (SafePoll) or in a Python-level wait (Block), and every eval loop
// invocation on its Go stack but the first was entered from a clean
// call: a call the eval loop makes with the callable and arguments left
// in their slots until it returns (CALL's callObject, CALL_FUNCTION_EX,
// FOR_ITER's next), bracketed by BeginCleanCall and EndCleanCall. Eval
// loop invocations entered from anywhere else (EnterEval) count as
// unclean while they run. A thread with no frames is clean.
//
// Freed objects are found late (at the next sweep), so the sweep runs when
// the record has doubled since the last one, at gc.collect(), and when a
// thread is about to wait in Block and the last sweep is older than
// sweepEvery (so that a big object a program rebinds now and then, read
// by threads that wait between rounds, is not kept for long); their
// finalizers run on the finalizer thread. If sweeps keep failing (a thread
// never reaches a clean safepoint), the record stops growing at
// sharedHardLimit and further globals are counted as before.

const (
	sharedMinLimit  = 256
	sharedHardLimit = 1 << 16
	sweepEvery      = 100 * time.Millisecond
)

// shared is the record of shared-deferred objects. count mirrors
// len(objs) and last is the time of the last sweep (UnixNano), for
// maybeSweep's check without the lock.
var shared struct {
	mu    sync.Mutex
	objs  []*Object
	limit int
	count atomic.Int64
	last  atomic.Int64
}

// sharedDeferrable reports whether o may become shared-deferred: anything
// but the value types that programs replace all the time (numbers,
// strings), whose records would make sweeps frequent.
func sharedDeferrable(o *Object) bool {
	switch TypeOf(o) {
	case IntType, FloatType, ComplexType, StrType, BytesType, BoolType:
		return false
	}
	return !o.IsImmortal() && !o.IsDeferred()
}

// ShareGlobal is called by LOAD_GLOBAL when it had to count v, a value it
// loaded from a module's globals and checked the globals still hold: the
// thread holds a reference. If another thread owns v, v becomes
// shared-deferred so that later loads need no count.
func (t *Thread) ShareGlobal(v *Object) {
	if !locks.Threaded() || v.IsSharedDeferred() || v.Owner() == t.ID() || !sharedDeferrable(v) {
		return
	}
	t.deferShared(v)
}

// shareRead is called by a lock-free read of v from container c (a
// dict's value, a list's item) that counted v with a try-increment and
// checked that c still holds it: the thread holds a reference, and does
// not own v. When c is itself shared-deferred (a module-global container
// that several threads read), the first such read marks v
// (MarkSharedSeen) and the second makes it shared-deferred, whatever its
// type. The mark keeps values that one thread writes and another reads
// once (a shared counter's ints) counted, out of the record.
func (t *Thread) shareRead(c, v *Object) {
	if c.IsSharedDeferred() && v.MarkSharedSeen() && !v.IsSharedDeferred() {
		t.deferShared(v)
	}
}

// sharedRead is the count a lock-free read takes on v, loaded from a
// shared container, when TryIncrefStackRef did not take one: a tagged
// reference without a count if v is shared-deferred, otherwise a
// try-increment (ok false when v is dead). Either way the caller must then
// check that the container still holds v, and Close the reference and
// load again if it does not: the memory may have been freed and reused
// since the load. If the container still holds v after the bit was seen,
// the bit is the current object's, and a shared-deferred object dies only
// in a sweep, which waits for the reader's next safepoint and then finds
// the tag in the slot the caller puts it in.
func (t *Thread) sharedRead(v *Object) (r StackRef, ok bool) {
	if v.IsSharedDeferred() {
		return StackBorrow(v), true
	}
	if t.TryIncref(v) {
		return StackNew(v), true
	}
	return StackRef{}, false
}

// deferShared makes v, to which the thread holds a reference,
// shared-deferred and records it, sweeping when the record has doubled.
func (t *Thread) deferShared(v *Object) {
	shared.mu.Lock()
	if len(shared.objs) >= sharedHardLimit || !v.DeferShared() {
		shared.mu.Unlock()
		return
	}
	shared.objs = append(shared.objs, v)
	shared.count.Store(int64(len(shared.objs)))
	sweep := len(shared.objs) >= max(shared.limit, sharedMinLimit)
	shared.mu.Unlock()
	if sweep && t.sweepClean() {
		t.SweepShared()
	}
}

// PromoteShared turns the tagged references to shared-deferred objects in
// slots into counted ones: a generator's frame suspending, which leaves
// every thread's frame chain.
func (t *Thread) PromoteShared(slots []StackRef) {
	for i, r := range slots {
		if r.IsTagged() {
			if h := r.Header(); h.IsSharedDeferred() {
				t.Incref(h)
				slots[i] = refcount.NewStackRef(h)
			}
		}
	}
}

// SafePoll is Poll at one of the eval loop's own safepoints, between two
// instructions: a sweep that stops the world while the thread waits there
// may free shared-deferred objects (see above).
func (t *Thread) SafePoll() error {
	t.clean = true
	err := t.Poll()
	t.clean = false
	return err
}

// BeginCleanCall marks the start of a clean call (see above); pass its
// result to EndCleanCall when the call returns.
func (t *Thread) BeginCleanCall() bool {
	saved := t.cleanCall
	t.cleanCall = true
	return saved
}

// EndCleanCall ends what BeginCleanCall began.
func (t *Thread) EndCleanCall(saved bool) { t.cleanCall = saved }

// EnterEval is called when the eval loop is entered from Go with a first
// frame; pass its result to LeaveEval when that invocation returns. An
// entry from Go code below Python frames that is not a clean call makes
// the thread unclean meanwhile.
func (t *Thread) EnterEval() uint8 {
	var tok uint8
	if t.cleanCall {
		tok |= 1
	} else if t.Frame != nil {
		t.uncleanEntries++
		tok |= 2
	}
	t.cleanCall = false
	return tok
}

// LeaveEval ends what EnterEval began.
func (t *Thread) LeaveEval(tok uint8) {
	if tok&2 != 0 {
		t.uncleanEntries--
	}
	t.cleanCall = tok&1 != 0
}

// sweepClean reports whether t itself may run a sweep now: it is called
// from LOAD_GLOBAL or gc.collect, whose own Go locals hold only counted
// references.
func (t *Thread) sweepClean() bool { return t.uncleanEntries == 0 }

// uncleanCall marks the start of a call into Python that is not clean
// even inside a clean call: a finalizer run by a release, in the middle
// of a deallocation whose Go frames hold a dying object and the rest of
// what it held. That is a precaution: nothing found so far depends on it.
// Pass the result to EndCleanCall.
func (t *Thread) uncleanCall() bool {
	saved := t.cleanCall
	t.cleanCall = false
	return saved
}

// maybeSweep runs a sweep if objects are recorded and the last sweep is
// older than sweepEvery: Block calls it before a thread waits.
func (t *Thread) maybeSweep() {
	if shared.count.Load() == 0 || time.Now().UnixNano()-shared.last.Load() < int64(sweepEvery) || !t.sweepClean() {
		return
	}
	t.SweepShared()
}

// SweepShared frees the shared-deferred objects that nothing holds any
// more. It reports how many it freed.
func (t *Thread) SweepShared() int {
	var dead []*Object
	shared.last.Store(time.Now().UnixNano())
	t.StopTheWorld(func() { dead = sweepStopped(t) })
	t.merging++ // finalizers go to the finalizer thread
	for _, o := range dead {
		t.dealloc(o)
	}
	t.merging--
	return len(dead)
}

// sweepStopped is the sweep's part with the world stopped: it returns the
// objects it killed, or nothing if some thread is not at a clean
// safepoint.
func sweepStopped(t *Thread) []*Object {
	shared.mu.Lock()
	defer shared.mu.Unlock()
	if len(shared.objs) == 0 {
		return nil
	}
	held := make(map[*Object]bool, len(shared.objs))
	for _, o := range shared.objs {
		held[o] = false
	}
	clean := true
	look := func(slots []StackRef) {
		for _, r := range slots {
			if h := r.Header(); h != nil {
				if _, ok := held[h]; ok {
					held[h] = true
				}
			}
		}
	}
	thread.ForEach(func(s *thread.State) {
		if s.Status() == thread.Exited {
			return
		}
		e := entryOf(s)
		if e == nil {
			clean = false
			return
		}
		rt := e.t
		if rt != t && rt.Frame != nil && !(rt.clean && rt.uncleanEntries == 0) {
			clean = false
		}
		s.WalkStack(look)
		for f := rt.Frame; f != nil; f = f.Back {
			if !f.OnStack {
				look(f.Slots)
			}
		}
	})
	if !clean {
		shared.limit = 2 * len(shared.objs)
		return nil
	}
	var dead []*Object
	kept := shared.objs[:0]
	for _, o := range shared.objs {
		if !held[o] && o.SharedDeferredCount() == 0 {
			o.KillSharedDeferred()
			dead = append(dead, o)
		} else {
			kept = append(kept, o)
		}
	}
	clear(shared.objs[len(kept):])
	shared.objs = kept
	shared.count.Store(int64(len(kept)))
	shared.limit = 2 * len(kept)
	return dead
}
