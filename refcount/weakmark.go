package refcount

// WeakBit in the header's atomic word marks an object that weak
// references point to, and a weak reference that is registered with its
// referent. Its Dealloc must then go through the runtime's weak-reference
// registry, under its lock, before the memory can be reused: clearing the
// references to it (or unregistering itself), or finding that a weak
// reference's read took a count after its owner decided, without the
// death compare-and-swap, that it held the last reference. The bit is
// set and cleared under the registry's lock; Dealloc reads it without.
const WeakBit uint32 = 1 << 18

// MarkWeak sets WeakBit.
func (h *Header) MarkWeak() { h.word.Or(WeakBit) }

// IsWeakMarked reports whether WeakBit is set.
func (h *Header) IsWeakMarked() bool { return h.word.Load()&WeakBit != 0 }

// ClearWeakMark clears WeakBit.
func (h *Header) ClearWeakMark() { h.word.And(^WeakBit) }
