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
	v := l.items[n-1]
	l.items[n-1] = nil
	l.items = l.items[:n-1]
	return v
}
