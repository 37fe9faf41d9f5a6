package refcount

import "sync/atomic"

// Incref adds a reference to h on behalf of t. The caller must already hold
// a reference (or h must be reachable from one it holds); to take a
// reference to an object that may be dying, use TryIncref.
func (t *Thread) Incref(h *Header) {
	if h.flags&flagImmortal != 0 {
		return
	}
	if atomic.LoadUint32(&h.owner) == t.id {
		h.local++
		return
	}
	t.increfShared(h)
}

// increfShared adds one to the shared count. A result that shows the object
// dead (merged with count zero before the add) or poisoned is a use after
// free: the caller held no reference.
func (t *Thread) increfShared(h *Header) {
	n := h.shared.Add(one)
	if n < poisonLimit || n == deadWord+one {
		t.freedPanic(h, n-one)
	}
}

// Decref drops a reference to h on behalf of t and reports whether it was
// the last one. Exactly one Decref (or MergeQueued or Exit callback) reports
// each object dead; the caller then frees it. Decref never reports an
// immortal or deferred object dead.
//
// The inlined fast path is the owner's decrement that leaves the local
// count above zero; everything else, immortal objects included, takes
// decrefSlow.
func (t *Thread) Decref(h *Header) (dead bool) {
	if atomic.LoadUint32(&h.owner) == t.id && h.local > 1 {
		h.local--
		return false
	}
	return t.decrefSlow(h)
}

// DecrefNotLast drops a reference when the calling thread owns h and its
// local count holds more than this one, the commonest decrement (an
// attribute's or a container's value dropped from a stack slot), and
// reports whether it did; otherwise nothing changed. Callers that free an
// object whose last reference they hold test this case first, so that it
// costs one test instead of the freeing test and then Decref's.
func (t *Thread) DecrefNotLast(h *Header) bool {
	if atomic.LoadUint32(&h.owner) == t.id && h.local > 1 {
		h.local--
		return true
	}
	return false
}

func (t *Thread) decrefSlow(h *Header) bool {
	if h.flags&flagImmortal != 0 {
		return false
	}
	if atomic.LoadUint32(&h.owner) == t.id {
		return t.mergeZeroLocal(h)
	}
	return t.decrefShared(h)
}

// mergeZeroLocal runs when the owner drops the reference its local count
// of one stands for. The object
// is dead if the shared word is zero; otherwise the owner gives up
// ownership and the shared count becomes the whole count. Either way the
// owner id is cleared first and the compare-and-swap is the last write, so
// that whoever sees the merged word may free the object.
func (t *Thread) mergeZeroLocal(h *Header) bool {
	h.local = t.id
	h.clearOwner()
	s := h.shared.Load()
	for {
		if s < 0 {
			t.freedPanic(h, s)
		}
		n := s&^stateMask | stateMerged
		if h.shared.CompareAndSwap(s, n) {
			return n == deadWord
		}
		s = h.shared.Load()
	}
}

// decrefShared drops a reference that a non-owner holds. A default-state
// shared count of zero means the reference was counted in the owner's local
// count: the object is queued to its owner instead, and the queue entry
// holds the reference.
func (t *Thread) decrefShared(h *Header) bool {
	s := h.shared.Load()
	for {
		var n int64
		queue := false
		switch {
		case s == deadWord || s < poisonLimit:
			t.freedPanic(h, s)
		case s&stateMask == stateQueued:
			n = s - one
		case s&stateMask == stateMerged:
			n = s - one
		case s>>stateBits == 0:
			n = stateQueued
			queue = true
		case s < 0:
			t.freedPanic(h, s)
		default:
			n = s - one
		}
		if h.shared.CompareAndSwap(s, n) {
			if queue {
				return t.enqueue(h)
			}
			return n == deadWord
		}
		s = h.shared.Load()
	}
}

// TryIncref adds a reference to h unless h is dead or dying, and reports
// whether it did. Lock-free readers use it on a pointer they loaded from a
// container slot that another thread may be clearing: on failure the
// reader retries from the slot. A success on an object whose true count had
// already reached zero but was not yet reported (while it sits on a merge
// queue) is harmless: that death has not been reported and now will not be
// until this reference is dropped.
//
// A success does not by itself mean that h is still the object the slot
// held: the runtime frees an object its owner held the only reference to
// without the death compare-and-swap, and reuses freed memory at once, so
// the try-increment may land on freed memory or on a new object in the
// old one's place. The reader must therefore load the slot again after a
// success and, if it no longer holds h, Decref h (which may free it) and
// retry. If it still holds h, the reference is to the slot's current
// content: an object the reader holds a count on cannot be freed, and
// InitHeader keeps a count that landed on freed memory.
func (t *Thread) TryIncref(h *Header) bool {
	if h.flags&flagImmortal != 0 {
		return true
	}
	if atomic.LoadUint32(&h.owner) == t.id {
		// An owned object's local count is at least one: it is alive.
		h.local++
		return true
	}
	s := h.shared.Load()
	for {
		if s == deadWord || s < poisonLimit {
			return false
		}
		if h.shared.CompareAndSwap(s, s+one) {
			return true
		}
		s = h.shared.Load()
	}
}
