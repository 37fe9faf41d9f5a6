package refcount

import (
	"sync/atomic"
	"unsafe"
)

// Header starts every heap object. Runtime types embed it as their first
// field, so a *Header is a reference to the whole object and keeps all of it
// alive for Go's collector. It is 32 bytes; a test holds it to that.
//
// Which thread may touch which field:
//
//   - owner is read by every thread on every count operation and written
//     only to clear it (to zero), always with atomic.LoadUint32 and
//     atomic.StoreUint32 once the object is published (InitHeader stores
//     it atomically when it reuses memory). It is a plain uint32
//     rather than an atomic.Uint32 because the typed wrapper costs the
//     inliner three more units, which pushed Incref and Decref past Go's
//     inlining budget and doubled the owner's increment-decrement pair
//     (2.9 ns against 1.4 ns).
//   - local is plain memory that only the owner reads and writes while it
//     may run; once the owner id is zero it records the last owner's id for
//     diagnostics and no longer counts anything.
//   - shared is changed by any thread, atomically.
//   - word is the per-object lock (bits 0..7, package locks) and the
//     collector's bits (8..15), changed atomically by those packages.
//   - flags and typ are written only before the object is published, and
//     on reuse only when their value changes (InitHeader), so any thread
//     may read them without a race.
type Header struct {
	owner  uint32
	local  uint32
	shared atomic.Int64
	word   atomic.Uint32
	flags  uint8
	typ    unsafe.Pointer
}

// Header flags, written before publication.
const (
	flagImmortal uint8 = 1 << iota
	flagDeferred
)

// Layout of the header's atomic word (Word).
const (
	LockMask uint32 = 0x000000ff // bits 0..7: the per-object lock
	GCShift         = 8          // first bit of the collector's byte
	GCMask   uint32 = 0x0000ff00 // bits 8..15: the collector's bits
)

// The shared word: count<<stateBits | state.
const (
	stateBits = 2
	stateMask = 1<<stateBits - 1
	one       = 1 << stateBits // one reference, as added to the shared word

	stateDefault  = 0
	stateWeakrefs = 1 // reserved, never set: see the package doc
	stateQueued   = 2
	stateMerged   = 3

	// deadWord is the shared word of a dead object: merged, count zero.
	deadWord = stateMerged

	// deferredBias is added to a deferred object's shared count so that
	// counting never takes it to zero. It leaves room for 2^60 real
	// references on either side.
	deferredBias int64 = 1 << 40

	// poisonWord is the shared word of an object freed in debug mode: a
	// merged count so far below zero that no increment or decrement of a
	// live object can reach it. Anything below poisonLimit is poisoned.
	poisonWord  int64 = -1<<62 | stateMerged
	poisonLimit int64 = -1 << 61
)

// InitHeader prepares a new object's header: t owns it with one reference
// (the creator's), its lock and collector bits are clear, and its type is
// typ. The runtime calls it before the object is published, and again when
// it reuses a freed object's memory from a free list, which it does at
// once, without waiting for other threads.
//
// Reuse at once is safe because a lock-free reader that loaded a pointer
// to the old object before it left its container only ever touches the
// header (the owner id and the shared word, atomically, and the flags)
// before it has taken a count and checked that the container still holds
// the pointer (see TryIncref). So a header is written as follows:
//
//   - Fresh memory from Go's allocator (owner id and shared word zero,
//     which no freed object has: a death leaves the shared word merged,
//     and the runtime's fast path leaves the owner id in place) is visible
//     to nobody and is written plainly.
//   - The owner id is stored atomically, and only when it changes: memory
//     that t itself freed without the death transition (the runtime's
//     fast path) still names t.
//   - The flags and the type are written only when they change: a free
//     list holds one type, and objects on free lists have no flags. A
//     read of the same value that a plain write would store would still
//     be a data race.
//   - The shared word is made live last, and only when it is dead: a
//     stale reader's try-increment that succeeded on memory the runtime
//     freed without the death transition (its shared word still live and
//     zero) is kept, not overwritten, so that the reader's later Decref,
//     or the reference it keeps when its re-check finds the new object in
//     the slot, counts against the right total.
func (t *Thread) InitHeader(h *Header, typ unsafe.Pointer) {
	s := h.shared.Load()
	if s == 0 {
		if h.owner == t.id && h.typ == typ {
			// Memory t freed without the death transition, the common
			// reuse: only the local count needs writing (an object on
			// a free list has no flags and is not locked), and the word
			// when another thread's read left SharedSeenBit in it.
			h.local = 1
			if h.word.Load() != 0 {
				h.word.Store(0)
			}
			return
		}
		if h.owner == 0 {
			*h = Header{owner: t.id, local: 1, typ: typ}
			return
		}
	}
	if h.owner != t.id {
		atomic.StoreUint32(&h.owner, t.id)
	}
	h.local = 1
	if h.flags != 0 {
		h.flags = 0
	}
	if h.typ != typ {
		h.typ = typ
	}
	if h.word.Load() != 0 {
		h.word.Store(0)
	}
	if s&stateMask != stateDefault {
		h.shared.Store(0)
	}
}

// SetType sets the header's type pointer; like InitHeader, only before the
// object is published. It serves statically allocated immortal objects,
// which are never initialized by a thread.
func (h *Header) SetType(typ unsafe.Pointer) { h.typ = typ }

// clearOwner makes the object unowned. Every caller does it before the
// compare-and-swap on the shared word that publishes the change.
func (h *Header) clearOwner() { atomic.StoreUint32(&h.owner, 0) }

// Type returns the type pointer the runtime stored. Refcount never looks
// through it.
func (h *Header) Type() unsafe.Pointer { return h.typ }

// MakeImmortal marks the object immortal: from then on every count
// operation on it does nothing. Call it before the object is published.
// The object becomes unowned, so that nothing reads its local count.
func (h *Header) MakeImmortal() {
	h.flags |= flagImmortal
	h.owner = 0
	h.local = 0
	h.shared.Store(0)
}

// MakeDeferred marks the object deferred: stack references to it carry no
// count and Decref never reports it dead; only the collector frees it.
// Call it before the object is published, after InitHeader.
func (h *Header) MakeDeferred() {
	h.flags |= flagDeferred
	h.shared.Add(deferredBias << stateBits)
}

// IsImmortal reports whether the object is immortal.
func (h *Header) IsImmortal() bool { return h.flags&flagImmortal != 0 }

// IsDeferred reports whether the object is deferred.
func (h *Header) IsDeferred() bool { return h.flags&flagDeferred != 0 }

// Owner returns the id of the owning thread, or 0 if the object is unowned
// (merged, immortal or dead).
func (h *Header) Owner() uint32 { return atomic.LoadUint32(&h.owner) }

// LocalCount returns the owner's local count, 0 for an unowned object. The
// local count is plain memory: call it only as the owner, or while the owner
// is held, parked at a handshake or exited, so that its last write
// happened-before this read.
func (h *Header) LocalCount() uint32 {
	if atomic.LoadUint32(&h.owner) == 0 {
		return 0
	}
	return h.local
}

// SharedCount returns the shared count without its state bits and, for a
// deferred object, without the bias. It may be negative while the object is
// queued. Any thread may call it; the value is a snapshot. A
// shared-deferred object's count keeps its bias here on purpose: the
// runtime's "only reference" tests (a local count of one and a shared
// count of zero: free at once, reuse in place) must fail for an object
// that other threads may hold tagged without a count.
func (h *Header) SharedCount() int64 {
	c := h.shared.Load() >> stateBits
	if h.flags&flagDeferred != 0 {
		c -= deferredBias
	}
	return c
}

// Word returns the header's atomic word: the per-object lock in LockMask and
// the collector's bits in GCMask. Packages locks and the collector own those
// bits; refcount never touches them after InitHeader.
func (h *Header) Word() *atomic.Uint32 { return &h.word }

// LastOwner returns the id of the thread that last owned a dead object:
// the death transition leaves it in the local count's place (see the
// Header comment), and an owner that frees an object it holds the only
// reference to without the transition (the runtime's fast path for a
// stack slot) leaves its id in place. The runtime uses it to tell a death
// its own thread caused in ordinary code from one another thread's
// release or a merge made due. Only meaningful once the object was
// reported dead.
func (h *Header) LastOwner() uint32 {
	if o := atomic.LoadUint32(&h.owner); o != 0 {
		return o
	}
	return h.local
}

// Revive gives a dead object one reference again, unowned: its shared
// word becomes "merged, count one", so that whichever thread drops that
// reference later does so through the shared path, and no thread's local
// count is involved. The runtime calls it on an object reported dead that
// must outlive its death for a while (queued for its __del__ on the
// finalizer thread); the lock and collector bits are cleared as InitHeader
// clears them. The object is not reachable from any live reference, so
// only lock-free readers that loaded it earlier can see the change, and
// they see it through the atomic shared word.
//
// An object its owner freed without the death transition (the runtime's
// fast path) still names that owner and has a local count of one; Revive
// clears both, as the transition would have, so that the owner does not
// later count against a stale local count if __del__ hands the object
// back to it.
func (h *Header) Revive() {
	last := h.LastOwner()
	atomic.StoreUint32(&h.owner, 0)
	h.local = last
	h.word.Store(0)
	h.shared.Store(one | stateMerged)
}
