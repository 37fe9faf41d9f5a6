package runtime

// List is a Python list. Every change goes through the methods in this
// file and list_methods.go, which is where the threads issue puts the
// per-object lock; single-item reads take none.
type List struct {
	Object
	items []*Object
}

// ListType is list.
var ListType = &Type{Name: "list", Doc: "Built-in mutable sequence."}

// Obj returns the list as an object reference.
func (l *List) Obj() *Object { return &l.Object }

// Items returns the items, borrowed; valid until the list changes.
func (l *List) Items() []*Object { return l.items }

// Len returns the number of items.
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

// Append adds v (borrowed) at the end.
func (t *Thread) ListAppend(l *List, v *Object) {
	t.Incref(v)
	l.items = append(l.items, v)
}

// ListAppendSteal appends v to the list l, taking over v's reference:
// LIST_APPEND of comprehensions.
func ListAppendSteal(l, v *Object) { As[List](l).appendSteal(v) }

// listAppendSteal adds v, taking over its reference.
func (l *List) appendSteal(v *Object) { l.items = append(l.items, v) }

// setItems replaces the whole contents with items (new references) and
// returns the old items, whose references the caller releases after the
// list is consistent again (releasing can run __del__, which may look at
// the list).
func (l *List) setItems(items []*Object) []*Object {
	old := l.items
	l.items = items
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

// setItem replaces item i (in range) with v, a new reference.
func (t *Thread) listSetItem(l *List, i int, v *Object) {
	old := l.items[i]
	l.items[i] = v
	t.Decref(old)
}

// replaceRange replaces items [i, j) with items (new references).
func (t *Thread) listReplace(l *List, i, j int, items []*Object) {
	n := len(l.items) - (j - i) + len(items)
	removed := make([]*Object, j-i)
	copy(removed, l.items[i:j])
	if n <= cap(l.items) && len(items) == j-i {
		copy(l.items[i:j], items)
	} else {
		ni := make([]*Object, 0, max(n, 4))
		ni = append(ni, l.items[:i]...)
		ni = append(ni, items...)
		ni = append(ni, l.items[j:]...)
		clear(l.items)
		l.items = ni
	}
	t.releaseItems(removed)
}

// insert puts v (a new reference) before position i (clamped).
func (l *List) insert(i int, v *Object) {
	l.items = append(l.items, nil)
	copy(l.items[i+1:], l.items[i:])
	l.items[i] = v
}

// remove takes out item i and returns its reference.
func (l *List) remove(i int) *Object {
	v := l.items[i]
	copy(l.items[i:], l.items[i+1:])
	l.items[len(l.items)-1] = nil
	l.items = l.items[:len(l.items)-1]
	return v
}

func listClear(t *Thread, o *Object) {
	l := As[List](o)
	items := l.items
	l.items = nil
	t.releaseItems(items)
}

func listDealloc(t *Thread, o *Object) {
	l := As[List](o)
	items := l.items
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

// ListItems returns the items of a list or list subclass instance.
func ListItems(o *Object) []*Object { return As[List](o).items }
