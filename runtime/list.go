package runtime

import "gilfree/locks"

// List is a Python list. Every change goes through the methods in this
// file and list_methods.go, in a critical section on the list (see
// critical.go); so do reads of several items as one (repr, comparison,
// copy). Single-item reads and len lock only once a second thread exists
// (lockRead); with threads they read the published view instead
// (list_publish.go).
type List struct {
	Object
	items []*Object
	listShared
}

// ListType is list.
var ListType = builtinType(&Type{Name: "list", Doc: "Built-in mutable sequence."})

// Obj returns the list as an object reference.
func (l *List) Obj() *Object { return &l.Object }

// Items returns the items, borrowed; valid until the list changes. The
// caller holds the list's lock (Lock) or knows no other thread can see
// the list.
func (l *List) Items() []*Object { return l.items }

// Len returns the number of items, with the same rule as Items.
func (l *List) Len() int { return len(l.items) }

// NewList returns a new empty list with room for n items.
func (t *Thread) NewList(n int) *List {
	l := As[List](t.free.lists.pop(t.State))
	if l == nil {
		l = new(List)
	}
	if n > 0 && cap(l.items) < n {
		l.items = make([]*Object, 0, n)
	}
	t.initObject(&l.Object, ListType)
	return l
}

// NewListFill returns a new list of n nil items for the caller to fill
// with new references before publishing it, and those items. A list from
// the free list brings its items array, so a small display such as
// [a, b, c] allocates nothing.
func (t *Thread) NewListFill(n int) (*List, []*Object) {
	l := t.NewList(n)
	l.items = l.items[:n]
	return l, l.items
}

// NewListSteal returns a list of the items, taking over their references
// and the slice.
func (t *Thread) NewListSteal(items []*Object) *List {
	l := As[List](t.free.lists.pop(t.State))
	if l == nil {
		l = new(List)
	}
	l.items = items
	t.initObject(&l.Object, ListType)
	return l
}

// NewListOf returns a list of the items, taking new references.
func (t *Thread) NewListOf(items ...*Object) *List {
	l := t.NewList(len(items))
	for _, it := range items {
		t.Incref(it)
		l.items = append(l.items, it)
	}
	return l
}

// ListAppend adds v (borrowed) at the end.
// Appends run no Python code, so they lock only with threads (lockRead).
func (t *Thread) ListAppend(l *List, v *Object) {
	t.Incref(v)
	if !t.lockRead(&l.Object) {
		l.items = append(l.items, v)
		return
	}
	l.appendSteal(v)
	t.Unlock(&l.Object)
}

// ListPush appends v to the list l, taking over v's reference: the eval
// loop's lst.append(v) without a call.
func (t *Thread) ListPush(l, v *Object) {
	if !t.lockRead(l) {
		As[List](l).appendSteal(v)
		return
	}
	As[List](l).appendSteal(v)
	t.Unlock(l)
}

// ListAppendSteal appends v to the list l, taking over v's reference,
// without a lock: LIST_APPEND of comprehensions, whose list no other
// thread can see yet.
func ListAppendSteal(l, v *Object) { As[List](l).appendSteal(v) }

// appendSteal adds v, taking over its reference.
func (l *List) appendSteal(v *Object) {
	if !l.published() {
		l.items = append(l.items, v)
		return
	}
	l.appendPublished(v)
}

// appendPublished is appendSteal for a published list: the new slot is
// stored atomically (a reader that loaded a longer length before a pop
// may be reading it), a new array is published whole.
func (l *List) appendPublished(v *Object) {
	if n := len(l.items); n < cap(l.items) {
		l.items = l.items[:n+1]
		locks.StorePointer(&l.items[n], v)
	} else {
		l.items = append(l.items, v)
	}
	l.publishNow()
}

// setItems replaces the whole contents with items (new references) and
// returns the old items, whose references the caller releases after the
// list is consistent again (releasing can run __del__, which may look at
// the list).
func (l *List) setItems(items []*Object) []*Object {
	old := l.items
	l.items = items
	l.publish()
	return old
}

// releaseItems drops references held by a slice taken out of a list.
func (t *Thread) releaseItems(items []*Object) {
	for i, it := range items {
		if it != nil {
			items[i] = nil
			t.Decref(it)
		}
	}
}

// listReplace replaces items [i, j) with items (new references, not an
// array of l's own) and returns removed with the items taken out appended,
// for the caller to release once the list is consistent again (releasing
// can run __del__, which may look at the list). A replacement of the same
// length stores the new items in place, as does any replacement in a list
// no other thread reads without the lock; a published list whose length
// changes gets a new array, since readers may be reading the old one.
func (t *Thread) listReplace(l *List, i, j int, items, removed []*Object) []*Object {
	removed = append(removed, l.items[i:j]...)
	oldLen := len(l.items)
	n := oldLen - (j - i) + len(items)
	switch {
	case len(items) == j-i:
		for k, v := range items {
			l.setSlot(i+k, v)
		}
		return removed
	case !l.published() && n <= cap(l.items):
		if n > oldLen {
			l.items = l.items[:n]
		}
		copy(l.items[i+len(items):], l.items[j:oldLen])
		copy(l.items[i:], items)
		if n < oldLen {
			clear(l.items[n:oldLen])
			l.items = l.items[:n]
		}
		return removed
	}
	ni := make([]*Object, 0, max(n, 4))
	ni = append(ni, l.items[:i]...)
	ni = append(ni, items...)
	ni = append(ni, l.items[j:]...)
	if !l.published() {
		// A published array is left to readers that may have loaded
		// it, and to Go's collector.
		clear(l.items)
	}
	l.items = ni
	l.publish()
	return removed
}

// insert puts v (a new reference) before position i (clamped).
func (l *List) insert(i int, v *Object) {
	if !l.published() {
		l.items = append(l.items, nil)
		copy(l.items[i+1:], l.items[i:])
		l.items[i] = v
		return
	}
	n := len(l.items)
	if n == cap(l.items) || n-i > shiftInPlace {
		// A new array, which no reader sees before it is published.
		ni := make([]*Object, n+1, max(cap(l.items), 2*n+4))
		copy(ni, l.items[:i])
		copy(ni[i+1:], l.items[i:])
		ni[i] = v
		l.items = ni
		if n-i > shiftInPlace {
			l.lockReads()
		} else {
			l.publishNow()
		}
		return
	}
	// In place, from the end, so that each slot goes straight from its old
	// item to its new one.
	l.items = l.items[:n+1]
	for k := n; k > i; k-- {
		locks.StorePointer(&l.items[k], l.items[k-1])
	}
	locks.StorePointer(&l.items[i], v)
	l.publishNow()
}

// remove takes out item i and returns its reference.
func (l *List) remove(i int) *Object {
	v := l.items[i]
	n := len(l.items)
	if !l.published() {
		copy(l.items[i:], l.items[i+1:])
		l.items[n-1] = nil
		l.items = l.items[:n-1]
		return v
	}
	if n-1-i > shiftInPlace {
		ni := make([]*Object, n-1, cap(l.items))
		copy(ni, l.items[:i])
		copy(ni[i:], l.items[i+1:])
		l.items = ni
		l.lockReads()
		return v
	}
	for k := i; k < n-1; k++ {
		locks.StorePointer(&l.items[k], l.items[k+1])
	}
	locks.StorePointer(&l.items[n-1], nil)
	l.items = l.items[:n-1]
	l.publishNow()
	return v
}

// shiftInPlace is the most items an insertion or removal in a published
// list moves with atomic stores. A longer shift (a big list used as a
// queue, insert(0) and pop(0)) copies the items to a new array once,
// leaves the old one to readers that loaded it and to Go's collector, and
// sends later readers to the lock (lockReads), so that the list's shifts
// are plain copies again.
const shiftInPlace = 32

func listClear(t *Thread, o *Object) {
	l := As[List](o)
	t.Lock(o)
	items := l.setItems(nil)
	t.Unlock(o)
	t.releaseTaken(items)
}

func listDealloc(t *Thread, o *Object) {
	l := As[List](o)
	items := l.items
	l.unpublish()
	t.releaseItems(items)
	if cap(items) <= 64 {
		l.items = items[:0]
	} else {
		l.items = nil
	}
	if recycle(o) {
		t.free.lists.push(&l.Object)
	}
}

// ListItems returns the items of a list or list subclass instance,
// borrowed, with the rule of List.Items.
func ListItems(o *Object) []*Object { return As[List](o).items }

// ListSnapshot returns the items of a list or list subclass instance as
// new references, read in one critical section, for code that loops over
// them while calling Python code. The caller releases them
// (ReleaseItems).
func (t *Thread) ListSnapshot(o *Object) []*Object {
	t.Lock(o)
	items := As[List](o).items
	out := make([]*Object, len(items))
	for i, v := range items {
		t.Incref(v)
		out[i] = v
	}
	t.Unlock(o)
	return out
}

// ListUnpack stores new references to the items of list o in dst, last
// item first (UNPACK_SEQUENCE's order on the stack), when the list has
// len(dst) items, and returns the list's length either way (dst is
// untouched when it differs). The items are read in one critical section
// once threads exist, so they are one state of the list; the increments
// run no Python code. Unpacking a list used to copy it into a new slice
// first.
func (t *Thread) ListUnpack(o *Object, dst []StackRef) int {
	locked := t.lockRead(o)
	items := As[List](o).items
	n := len(items)
	if n == len(dst) {
		for i, v := range items {
			dst[n-1-i] = t.IncrefStackRef(v)
		}
	}
	if locked {
		t.Unlock(o)
	}
	return n
}

// ReleaseItems drops the references of a slice of new references, such
// as a snapshot, and clears it.
func (t *Thread) ReleaseItems(items []*Object) { t.releaseItems(items) }

// ListGetIndex returns a new reference to item i of a list (i already
// normalized by the caller or not: negative counts from the end), and
// false when i is out of range: the eval loop's lst[i].
func (t *Thread) ListGetIndex(o *Object, i int64) (*Object, bool) {
	if locks.Threaded() {
		r, ok := t.listReadShared(As[List](o), i)
		return t.StealStackRef(r), ok
	}
	items := As[List](o).items
	if i < 0 {
		i += int64(len(items))
	}
	if i >= 0 && i < int64(len(items)) {
		v := items[i]
		t.Incref(v)
		return v, true
	}
	return nil, false
}

// ListGetIndexRef is ListGetIndex for a frame slot, the eval loop's
// BINARY_SUBSCR: once threads exist, an item read without the lock may
// come tagged, without a count (listReadShared).
func (t *Thread) ListGetIndexRef(o *Object, i int64) (StackRef, bool) {
	if locks.Threaded() {
		return t.listReadShared(As[List](o), i)
	}
	if v, ok := t.ListGetIndex(o, i); ok {
		return StackNew(v), true
	}
	return StackRef{}, false
}

// ListSetIndex stores v (borrowed) as item i of a list (negative counts
// from the end) and reports false, storing nothing, when i is out of
// range: the eval loop's lst[i] = v.
// It runs no Python code while locked (the old item is released after
// the unlock), so it locks only with threads (lockRead).
func (t *Thread) ListSetIndex(o *Object, i int64, v *Object) bool {
	locked := t.lockRead(o)
	items := As[List](o).items
	if i < 0 {
		i += int64(len(items))
	}
	if i < 0 || i >= int64(len(items)) {
		if locked {
			t.Unlock(o)
		}
		return false
	}
	t.Incref(v)
	old := items[i]
	As[List](o).setSlot(int(i), v)
	if locked {
		t.Unlock(o)
	}
	t.Decref(old)
	return true
}

// ListItemAt returns a new reference to item i (not negative) of list o,
// or nil when i is past the end: an iteration step.
func (t *Thread) ListItemAt(o *Object, i int) *Object {
	if !locks.Threaded() {
		if items := As[List](o).items; i < len(items) {
			v := items[i]
			t.Incref(v)
			return v
		}
		return nil
	}
	r, _ := t.listReadShared(As[List](o), int64(i))
	return t.StealStackRef(r)
}

// listSliceFast is SliceFast for a list: l[start:stop] with bounds that
// are None or ints, copied in a critical section.
// The copy runs no Python code, so it locks only with threads (lockRead).
func (t *Thread) listSliceFast(o, start, stop *Object) (*Object, bool) {
	locked := t.lockRead(o)
	items := As[List](o).items
	lo, ok1 := sliceBound(start, 0, len(items))
	hi, ok2 := sliceBound(stop, len(items), len(items))
	var r *Object
	if ok1 && ok2 {
		r = t.NewListOf(items[lo:max(hi, lo)]...).Obj()
	}
	if locked {
		t.Unlock(o)
	}
	return r, r != nil
}

// lockRead begins a critical section on o and reports whether it did:
// only once a second thread exists, since with one thread nothing can
// change o meanwhile. It serves single-item reads, and changes that run
// no Python code while locked (the references they drop are released
// after the unlock): a section needs recording while one thread runs only
// if Python code inside it could start a second thread (see
// locks.Threaded), and such code cannot run in them.
func (t *Thread) lockRead(o *Object) bool {
	if !locks.Threaded() {
		return false
	}
	t.lockThreaded(o)
	return true
}

// lockThreaded is lockRead's lock, out of line so that lockRead inlines
// to a load and a branch.
//
//go:noinline
func (t *Thread) lockThreaded(o *Object) { t.Lock(o) }
