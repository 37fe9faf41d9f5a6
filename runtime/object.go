package runtime

import "gilfree/refcount"

// Object is the header every Python object starts with; a Python
// reference is an *Object. The concrete object is the Go struct that
// embeds it first (As converts).
type Object = refcount.Header

// StackRef is a frame slot's reference (see refcount.StackRef).
type StackRef = refcount.StackRef

// Decref drops a reference to o and frees o if it was the last. It
// shadows the count-only Decref of the embedded thread state.
//
// When t holds the only reference (soleRef), o is freed without the
// compare-and-swap with which refcount reports a death. That swap exists
// so that a lock-free reader's try-increment fails on a dead object; it
// is not needed here because such a reader always re-checks the slot it
// loaded the pointer from after its try-increment and drops the reference
// when the slot changed (refcount's protocol), and InitHeader keeps a
// count that landed on the memory before it was reused. An object only t
// references is in no slot any reader could still find it in. Most
// deaths are of temporaries (the ints and floats of expressions, the
// tuples of calls), so this matters: the swap and the atomic store before
// it cost more than the rest of freeing.
func (t *Thread) Decref(o *Object) {
	if t.State.DecrefNotLast(o) {
		return
	}
	if o.Owner() == t.ID() && o.LocalCount() == 1 && o.SharedCount() == 0 && !o.IsDeferred() && !refcount.Debug() {
		if allocStatsOn {
			t.countFree(o)
		}
		TypeOf(o).Dealloc(t, o)
		return
	}
	if t.State.Decref(o) {
		if allocStatsOn {
			t.countFree(o)
		}
		TypeOf(o).Dealloc(t, o)
	}
}

// XDecref is Decref that accepts nil.
func (t *Thread) XDecref(o *Object) {
	if o != nil {
		t.Decref(o)
	}
}

// NewRef increments o and returns it: a new reference to hand on.
func (t *Thread) NewRef(o *Object) *Object {
	t.Incref(o)
	return o
}

// Close releases a stack reference, freeing its object if it was the last
// reference.
func (t *Thread) Close(r StackRef) {
	if isCounted(r) {
		t.CloseCounted(r)
	}
}

// IsCounted reports whether a stack reference holds a count: neither null
// nor tagged. Go inlines only the tiniest functions into a function as big
// as the eval loop, so the loop writes Close as this test and a call to
// CloseCounted, and a borrowed slot costs no call.
func IsCounted(r StackRef) bool { return isCounted(r) }

// CloseCounted is Close of a counted reference: Decref's body again, so
// that closing a slot is one call.
func (t *Thread) CloseCounted(r StackRef) {
	o := r.Header()
	if t.State.DecrefNotLast(o) {
		return
	}
	if o.Owner() == t.ID() && o.LocalCount() == 1 && o.SharedCount() == 0 && !o.IsDeferred() && !refcount.Debug() {
		if allocStatsOn {
			t.countFree(o)
		}
		if TypeOf(o) == FloatType {
			// floatDealloc without its call: an exact float holds no
			// references, and debug mode was ruled out above.
			t.free.floats.push(o)
			return
		}
		TypeOf(o).Dealloc(t, o)
		return
	}
	if t.State.Decref(o) {
		if allocStatsOn {
			t.countFree(o)
		}
		TypeOf(o).Dealloc(t, o)
	}
}

// IncrefCounted adds a reference for a copy of a counted stack reference
// (DupStackRef's counting half, for the eval loop as CloseCounted is).
func (t *Thread) IncrefCounted(r StackRef) { t.Incref(r.Header()) }

// Unique reports whether the caller's reference to o is the only one: o
// is owned by t with a local count of one and no shared references. No
// other thread can then reach o, and t may reuse its memory in place.
func (t *Thread) Unique(o *Object) bool {
	return o.Owner() == t.ID() && o.LocalCount() == 1 && o.SharedCount() == 0
}

// StackBorrow wraps a reference that something else keeps alive for as
// long as the slot lives.
func StackBorrow(o *Object) StackRef { return refcount.BorrowStackRef(o) }

// dealloc frees an object whose last reference was just dropped. It is
// also the callback of merge-queue drains. Decref and CloseCounted spell
// it out, so that the accounting check's call does not keep it from
// inlining into them.
func (t *Thread) dealloc(o *Object) {
	if allocStatsOn {
		t.countFree(o)
	}
	TypeOf(o).Dealloc(t, o)
}

// release finishes a dealloc that does not recycle memory: in debug mode
// the object is poisoned, otherwise Go's collector reclaims it.
func release(o *Object) {
	if refcount.Debug() {
		o.Poison()
	}
}

// deallocPlain is the Dealloc of types whose instances hold references
// only through their clear function and are not kept on free lists.
func deallocPlain(t *Thread, o *Object) {
	if c := TypeOf(o).clear; c != nil {
		c(t, o)
	}
	release(o)
}

// Setref replaces *slot with v (a new reference the slot takes over) and
// drops the old value: the assignment idiom of containers and fields.
func (t *Thread) Setref(slot **Object, v *Object) {
	old := *slot
	*slot = v
	if old != nil {
		t.Decref(old)
	}
}

// Clearref sets *slot to nil and drops what it held.
func (t *Thread) Clearref(slot **Object) {
	if old := *slot; old != nil {
		*slot = nil
		t.Decref(old)
	}
}

// initObject prepares a new object's header for type typ, owned by t.
// With allocation accounting on (allocstats.go) it counts the object;
// the hottest constructors (NewFloat, NewInt) spell it out instead of
// calling it.
func (t *Thread) initObject(o *Object, typ *Type) {
	t.InitHeader(o, typePtr(typ))
	if allocStatsOn {
		t.countAlloc(o)
	}
}

// initStatic prepares a statically allocated object's header: immortal,
// of type typ. It runs in package initialization, before any thread.
func initStatic(o *Object, typ *Type) {
	o.SetType(typePtr(typ))
	o.MakeImmortal()
}

// Immortalize makes an object that was just created, and is not yet
// visible to any other thread, immortal.
func Immortalize(o *Object) *Object {
	o.MakeImmortal()
	return o
}
