package refcount

import (
	"sync/atomic"
	"unsafe"
)

// StackRef is the reference a frame slot holds: one word, a pointer to an
// object's header whose low bit, the tag, says that the slot holds no count.
//
// The rule: an untagged StackRef owns one counted reference, which whoever
// drops the slot must release (CloseStackRef) or hand on (StealStackRef). A
// tagged StackRef owns nothing: it borrows a reference that something else
// keeps alive for as long as the slot lives (a local variable the frame
// outlives, a constant of the running code), or it names an immortal object,
// or a deferred object, which the collector keeps alive by scanning frame
// stacks. Copying a tagged StackRef is free; copying an untagged one needs
// an Incref (DupStackRef).
//
// The zero StackRef is null: an empty slot.
type StackRef struct {
	p unsafe.Pointer
}

// counted, tagged, untagged, countedHeader and isTagged are the only
// conversions between
// a StackRef's word and a header, and hold the package's only unsafe
// arithmetic. They are safe because:
//
//   - Every Header is at least 8-byte aligned (it holds an atomic.Int64), so
//     the low bit of an untagged pointer is always 0 and adding 1 sets it.
//   - A Header is 32 bytes, so p+1 points inside the same header. Go's
//     collector keeps an object alive through any pointer into it, and the
//     race detector's pointer checks (checkptr) accept unsafe.Add results
//     that stay inside the object they started from.
//   - untagged subtracts exactly the bit that tagged added (nothing from an
//     untagged word), returning the original pointer; countedHeader is the
//     same for a word known to be untagged. The word is inspected
//     as a uintptr but never rebuilt from one, so the collector always sees
//     a pointer.

func counted(h *Header) unsafe.Pointer { return unsafe.Pointer(h) }

func tagged(h *Header) unsafe.Pointer { return unsafe.Add(unsafe.Pointer(h), 1) }

func untagged(p unsafe.Pointer) *Header {
	return (*Header)(unsafe.Add(p, -int(uintptr(p)&1)))
}

func countedHeader(p unsafe.Pointer) *Header { return (*Header)(p) }

func isTagged(p unsafe.Pointer) bool { return uintptr(p)&1 != 0 }

// NewStackRef wraps a counted reference that the caller owns; the StackRef
// now owns it.
func NewStackRef(h *Header) StackRef { return StackRef{counted(h)} }

// BorrowStackRef returns a tagged StackRef to h for a reference that
// something else keeps alive for as long as the slot lives.
func BorrowStackRef(h *Header) StackRef { return StackRef{tagged(h)} }

// DeferredStackRef returns a tagged StackRef to a deferred (or immortal)
// object, which the collector keeps alive.
func DeferredStackRef(h *Header) StackRef { return StackRef{tagged(h)} }

// IncrefStackRef returns a StackRef holding a new reference to h: tagged
// without a count if h is immortal or deferred, counted otherwise.
func (t *Thread) IncrefStackRef(h *Header) StackRef {
	if h.flags&(flagImmortal|flagDeferred) != 0 {
		return StackRef{tagged(h)}
	}
	t.Incref(h)
	return StackRef{counted(h)}
}

// Header returns the object r refers to, nil for a null StackRef. The result
// is a borrowed reference, valid while r is.
func (r StackRef) Header() *Header {
	if r.p == nil {
		return nil
	}
	return untagged(r.p)
}

// IsTagged reports whether r carries no count.
func (r StackRef) IsTagged() bool { return isTagged(r.p) }

// IsNull reports whether r is the empty slot.
func (r StackRef) IsNull() bool { return r.p == nil }

// CloseStackRef releases r: a Decref unless r is tagged or null. It reports
// whether the object died, as Decref does.
func (t *Thread) CloseStackRef(r StackRef) (dead bool) {
	if r.p == nil || isTagged(r.p) {
		return false
	}
	return t.closeCounted(r)
}

// StealStackRef turns r into a counted reference that the caller owns: r's
// own count if it has one, a new one (Incref) if r is tagged. The slot must
// then be dropped without closing it. A null r gives nil.
func (t *Thread) StealStackRef(r StackRef) *Header {
	if !isTagged(r.p) {
		return countedHeader(r.p)
	}
	return t.stealTagged(r)
}

// DupStackRef returns a copy of r for another slot: the same tagged
// reference, or a new counted one.
func (t *Thread) DupStackRef(r StackRef) StackRef {
	if r.p != nil && !isTagged(r.p) {
		t.increfCounted(r)
	}
	return r
}

// closeCounted, stealTagged and increfCounted are the halves of the methods
// above that change a count. They are separate functions so that the other
// halves, which only look at the tag, fit Go's inlining budget.

func (t *Thread) closeCounted(r StackRef) bool { return t.Decref(countedHeader(r.p)) }

func (t *Thread) stealTagged(r StackRef) *Header {
	h := untagged(r.p)
	t.Incref(h)
	return h
}

func (t *Thread) increfCounted(r StackRef) { t.Incref(countedHeader(r.p)) }

// TryIncrefStackRef is IncrefStackRef for a pointer loaded from a shared
// structure that another thread may be changing (a module global, a
// cell), for the cases that need no atomic operation: an immortal or
// deferred object (tagged, no count: it cannot die under the reader) or
// one t owns (its local count: only t could drop it). For any other
// object it reports false and takes nothing: the caller takes the count
// with TryIncref and then checks that the structure still holds h,
// because an owner may free an object whose last reference its own stack
// held without the death compare-and-swap, and a try-increment landing
// just after that succeeds on freed memory.
func (t *Thread) TryIncrefStackRef(h *Header) (StackRef, bool) {
	if h.flags&(flagImmortal|flagDeferred) != 0 {
		return StackRef{tagged(h)}, true
	}
	if atomic.LoadUint32(&h.owner) == t.id {
		h.local++
		return StackRef{counted(h)}, true
	}
	return StackRef{}, false
}
