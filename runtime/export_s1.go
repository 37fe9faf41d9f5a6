package runtime

// Exported wrappers for the standard-library modules in runtime/lib
// (collections, itertools, operator) that need runtime internals.

// ReprEnter marks o as being repr'd by this thread; it reports false when
// o already is, so a container that contains itself prints as [...].
// Every true result must be paired with ReprLeave.
func (t *Thread) ReprEnter(o *Object) bool { return t.reprEnter(o) }

// ReprLeave ends what ReprEnter began.
func (t *Thread) ReprLeave(o *Object) { t.reprLeave(o) }

// ListPopLast removes the last item of the list o and returns its
// reference (nil when the list is empty), for _heapq. The caller holds a
// critical section on o.
func ListPopLast(o *Object) *Object {
	l := As[List](o)
	n := len(l.items)
	if n == 0 {
		return nil
	}
	return l.remove(n - 1)
}

// ListSwap exchanges items i and j (in range) of the list o, for _heapq's
// sifts. The caller holds a critical section on o. Lock-free readers may
// see either item at either index meanwhile, never anything else.
func ListSwap(o *Object, i, j int) {
	l := As[List](o)
	a, b := l.items[i], l.items[j]
	l.setSlot(i, b)
	l.setSlot(j, a)
}

// ListPut stores v as item i (in range) of the list o, taking over v's
// reference, and returns the reference of the item it replaced, for
// _heapq. The caller holds a critical section on o.
func ListPut(o *Object, i int, v *Object) *Object {
	l := As[List](o)
	old := l.items[i]
	l.setSlot(i, v)
	return old
}
