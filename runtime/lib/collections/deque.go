// Package collections is the _collections module: deque, the
// double-ended queue written in Go, defaultdict, a builtin subclass of
// dict whose __missing__ calls the factory without a Python frame, and
// _tuplegetter, the field accessor of namedtuple classes. The rest of
// collections (namedtuple, Counter, OrderedDict, ChainMap...) is Python
// in runtime/lib/py/collections.
//
// # The deque's model
//
// A deque is a ring buffer of references: items[(head+i) % len(items)]
// is the i-th item, and the buffer doubles when full and halves when a
// quarter full. Its fields are guarded by a critical section on the deque
// (runtime.Thread.Lock, the lock byte in its header, free while the
// program has one thread), held only for the few instructions that read
// or change them, never while Python code runs: comparisons (count, index, remove, ==), iteration
// over an argument (extend) and dropping references (which can run
// __del__) all happen outside it, on snapshots or one item at a time. So
// append, appendleft, pop and popleft are each atomic and safe from many
// threads at once, which is the guarantee CPython documents.
//
// Every change bumps state; an iterator remembers the state it started
// with and raises "deque mutated during iteration" when it differs, as
// CPython's does. Operations that compare items while scanning (count,
// index, remove) do the same when a comparison changes the deque.
package collections

import "gilfree/runtime"

// Deque is a collections.deque instance.
type Deque struct {
	runtime.Object
	items  []*runtime.Object // the ring; len is the capacity (a power of two, or 0)
	head   int               // index in items of the first item
	n      int               // number of items
	maxlen int               // -1: unbounded
	state  uint64            // bumped by every change, for iterators
}

// at returns the slot of the i-th item (0 <= i < n). Hold the deque's lock.
func (d *Deque) at(i int) **runtime.Object {
	return &d.items[(d.head+i)&(len(d.items)-1)]
}

// grow makes room for one more item. Hold the deque's lock.
func (d *Deque) grow() {
	if d.n < len(d.items) {
		return
	}
	size := 2 * len(d.items)
	if size == 0 {
		size = 8
	}
	d.resize(size)
}

// resize copies the items, in order, into a new ring of size slots
// (size >= n, a power of two). Hold the deque's lock.
func (d *Deque) resize(size int) {
	next := make([]*runtime.Object, size)
	for i := 0; i < d.n; i++ {
		next[i] = *d.at(i)
	}
	d.items, d.head = next, 0
}

// shrink halves the ring when it is a quarter full. Hold the deque's lock.
func (d *Deque) shrink() {
	if len(d.items) > 16 && d.n <= len(d.items)/4 {
		d.resize(len(d.items) / 2)
	}
}

// pushRight appends v (a new reference) and returns the item dropped from
// the left end to respect maxlen, or nil. Hold the deque's lock.
func (d *Deque) pushRight(v *runtime.Object) (dropped *runtime.Object) {
	if d.maxlen == 0 {
		return v
	}
	if d.n == d.maxlen {
		dropped = d.popLeftLocked()
	}
	d.grow()
	d.n++
	*d.at(d.n - 1) = v
	d.state++
	return dropped
}

// pushLeft is pushRight at the other end.
func (d *Deque) pushLeft(v *runtime.Object) (dropped *runtime.Object) {
	if d.maxlen == 0 {
		return v
	}
	if d.n == d.maxlen {
		dropped = d.popRightLocked()
	}
	d.grow()
	d.head = (d.head - 1) & (len(d.items) - 1)
	d.n++
	*d.at(0) = v
	d.state++
	return dropped
}

// popRightLocked removes and returns the last item (its reference passes
// to the caller); the deque must not be empty. Hold the deque's lock.
func (d *Deque) popRightLocked() *runtime.Object {
	slot := d.at(d.n - 1)
	v := *slot
	*slot = nil
	d.n--
	d.state++
	d.shrink()
	return v
}

// popLeftLocked removes and returns the first item.
func (d *Deque) popLeftLocked() *runtime.Object {
	slot := d.at(0)
	v := *slot
	*slot = nil
	d.head = (d.head + 1) & (len(d.items) - 1)
	d.n--
	d.state++
	d.shrink()
	return v
}

// snapshot returns new references to the items in order, and the state
// they were read at.
func (d *Deque) snapshot(t *runtime.Thread) ([]*runtime.Object, uint64) {
	t.Lock(&d.Object)
	out := make([]*runtime.Object, d.n)
	for i := range out {
		out[i] = t.NewRef(*d.at(i))
	}
	st := d.state
	t.Unlock(&d.Object)
	return out, st
}

// takeAll empties the deque and returns its items (their references pass
// to the caller, who releases them outside the lock).
func (d *Deque) takeAll(t *runtime.Thread) []*runtime.Object {
	t.Lock(&d.Object)
	out := make([]*runtime.Object, d.n)
	for i := range out {
		slot := d.at(i)
		out[i] = *slot
		*slot = nil
	}
	d.items, d.head, d.n = nil, 0, 0
	d.state++
	t.Unlock(&d.Object)
	return out
}

// release drops references taken out of the deque, outside its lock.
func release(t *runtime.Thread, items []*runtime.Object) {
	for _, v := range items {
		t.XDecref(v)
	}
}

// rotate moves the last k items to the front (k may be negative). Hold the deque's lock.
func (d *Deque) rotate(k int) {
	if d.n <= 1 {
		return
	}
	k %= d.n
	if k < 0 {
		k += d.n
	}
	if k == 0 {
		return
	}
	if d.n == len(d.items) {
		// A full ring rotates by moving its head.
		d.head = (d.head - k) & (len(d.items) - 1)
	} else {
		tmp := make([]*runtime.Object, d.n)
		for i := 0; i < d.n; i++ {
			tmp[(i+k)%d.n] = *d.at(i)
		}
		for i := 0; i < d.n; i++ {
			*d.at(i) = tmp[i]
		}
	}
	d.state++
}
