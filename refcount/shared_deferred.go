package refcount

import "sync/atomic"

// Shared-deferred objects: deferred counting given to an object after it
// was published, so that threads reading it from a shared place (a module
// global) can hold it on their stacks without a count.
//
// An object made deferred before publication (MakeDeferred: functions,
// classes, modules) lives as long as the program. A shared-deferred
// object is an ordinary object that became shared later: DeferShared adds
// the deferred bias to its shared count, so that no decrement takes it to
// zero, and then sets SharedDeferredBit in the header's atomic word, which
// readers test. From then on a reader that finds it in the shared place
// (and checks the place still holds it) may push it tagged, uncounted,
// like a deferred object. Such tags live in frame slots, where the runtime
// finds them: it stops the world, looks for the object in every thread's
// frames, and if none holds it and its real count (local plus shared,
// without the bias) is zero, it dies (KillSharedDeferred). Everything
// else in this file is only ever called with the world stopped.

// SharedDeferredBit in the header's atomic word marks a shared-deferred
// object. It is set after the bias is added, and cleared only when the
// object dies.
const SharedDeferredBit uint32 = 1 << 16

// SharedSeenBit in the header's atomic word marks an object that a thread
// other than its owner has read once from a shared-deferred container (a
// module-global dict or list that several threads read); the runtime
// makes it shared-deferred at the next such read. It is a hint, never a
// guarantee: set by a reader that holds a reference, cleared when the
// memory is reused (InitHeader), and left in place by every other change.
const SharedSeenBit uint32 = 1 << 17

// MarkSharedSeen sets SharedSeenBit and reports whether it was set
// already. The caller holds a reference to h.
func (h *Header) MarkSharedSeen() (already bool) {
	if h.word.Load()&SharedSeenBit != 0 {
		return true
	}
	h.word.Or(SharedSeenBit)
	return false
}

// DeferShared makes h shared-deferred and reports whether it did (false
// when it already was, or is immortal or deferred). The caller holds a
// reference to h, and serializes calls for the same object (the runtime
// does under its registry's lock).
func (h *Header) DeferShared() bool {
	if h.flags&(flagImmortal|flagDeferred) != 0 || h.word.Load()&SharedDeferredBit != 0 {
		return false
	}
	h.shared.Add(deferredBias << stateBits)
	h.word.Or(SharedDeferredBit)
	return true
}

// IsSharedDeferred reports whether h is shared-deferred. A reader that
// loaded h from a shared place without a count must check afterwards that
// the place still holds h before it relies on the answer: the memory may
// have been freed and reused meanwhile.
func (h *Header) IsSharedDeferred() bool { return h.word.Load()&SharedDeferredBit != 0 }

// SharedDeferredCount returns the references to a shared-deferred object
// that are counted: the owner's local count (if owned) plus the shared
// count without the bias. References held by tagged stack slots are not
// in it. Call it only while no other thread runs.
func (h *Header) SharedDeferredCount() int64 {
	n := h.shared.Load()>>stateBits - deferredBias
	if atomic.LoadUint32(&h.owner) != 0 {
		n += int64(h.local)
	}
	return n
}

// KillSharedDeferred makes a shared-deferred object that has no counted
// reference and no tagged one dead: unowned (its local count records the
// last owner, as mergeZeroLocal does), bit cleared, shared word dead. The
// caller then frees it. Call it only while no other thread runs.
func (h *Header) KillSharedDeferred() {
	if o := atomic.LoadUint32(&h.owner); o != 0 {
		h.local = o
		h.clearOwner()
	}
	h.word.And(^SharedDeferredBit)
	h.shared.Store(deadWord)
}
