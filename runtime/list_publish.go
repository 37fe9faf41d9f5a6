package runtime

import (
	"sync/atomic"

	"gilfree/locks"
)

// Lock-free list reads. Once a second thread exists, lst[i], len(lst) and
// a list iterator's step read the list without its lock, as dict lookups
// by str key do (dict_atomic.go), so that threads reading one shared list
// write nothing to it (its lock word shares the header's cache line with
// the reference count).
//
// The items slice (List.items) stays the writers' field, read and written
// only under the list's lock. Readers read what the writers publish:
//
//   - pub, the backing array at its full capacity and the length (a
//     listArray, made once per array), stored atomically whenever the
//     array is replaced;
//   - the listArray's length, stored atomically after every change of it;
//   - each slot of the array, stored atomically by every writer once the
//     list is published, including the nil a removal leaves behind.
//
// A list is published lazily: pub stays nil until a thread other than its
// owner takes the locked read path once and publishes it under the lock,
// so lists that no second thread reads (most lists) cost nothing: their
// owner reads them under the lock, uncontended, as before. Once pub is set, every
// writer (all of which hold the list's lock, since threads exist) keeps it
// current; with one thread, pub is nil and writers pay one nil check.
//
// A reader loads pub and its length, bounds the index by both the length
// and the array, loads the slot, takes its count, and then checks that the
// slot still holds the object, that pub is still the same array and that
// the index is still in range (for a negative index: that the length is
// unchanged). The length lives in the listArray, not in the list, so that
// a list costs one word more than its items slice (an empty list stays in
// the 64-byte size class). An array replaced by a growth or a
// clear keeps its old pointers for Go's collector and for readers that
// loaded it before, who then fail the check and retry; arrays are never
// written after they are replaced, except for nil stores, which are atomic.
// A count that passed the check is on the slot's current content, by the
// TryIncref rule (refcount), whatever the memory held in between.

// listArray is one published backing array of a list, at its capacity,
// with the list's length while it is the list's array. s never changes
// after it is published.
type listArray struct {
	s []*Object
	n atomic.Int64
}

// listShared holds the published view; List embeds it. pub is written
// under the list's lock, with StorePointer, and loaded by readers with
// LoadPointer. It is nil until the list is published, and lockedReads
// once its readers went back to the lock (lockReads).
type listShared struct {
	pub *listArray
}

// lockedReads is pub of a list whose readers take its lock: one whose
// items shift too much to store them atomically (see shiftInPlace).
var lockedReads listArray

// published reports whether readers may be reading l's slots without
// its lock; the caller holds the lock.
func (l *List) published() bool { return l.pub != nil && l.pub != &lockedReads }

// lockReads sends l's readers back to its lock for good. The current
// array must be one no reader has loaded (a new one).
func (l *List) lockReads() { locks.StorePointer(&l.pub, &lockedReads) }

// setSlot stores v as item i; atomically once readers may load the slot.
// The caller holds the list's lock (or knows no other thread sees it).
func (l *List) setSlot(i int, v *Object) {
	if l.published() {
		locks.StorePointer(&l.items[i], v)
		return
	}
	l.items[i] = v
}

// publish brings the published view up to date after a change, if the
// list is published.
func (l *List) publish() {
	if l.published() {
		l.publishNow()
	}
}

// publishNow publishes the current array (if it changed) and length. The
// caller holds the list's lock, and the list is published or never was.
func (l *List) publishNow() {
	full := l.items[:cap(l.items)]
	if p := l.pub; p != nil && sameArray(p.s, full) {
		p.n.Store(int64(len(l.items)))
		return
	}
	a := &listArray{s: full}
	a.n.Store(int64(len(l.items)))
	locks.StorePointer(&l.pub, a)
}

// unpublish forgets the published view of a dead list, before its memory
// goes back to the free list.
func (l *List) unpublish() {
	if l.pub != nil {
		locks.StorePointer(&l.pub, nil)
	}
}

// sameArray reports whether a and b are the same backing array at the
// same capacity.
func sameArray(a, b []*Object) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

// releaseTaken drops the references held by an array taken out of a list
// (setItems), which readers that loaded it before may still be reading:
// its slots are cleared atomically while threads exist.
func (t *Thread) releaseTaken(items []*Object) {
	if !locks.Threaded() {
		t.releaseItems(items)
		return
	}
	for i, it := range items {
		if it != nil {
			locks.StorePointer(&items[i], nil)
			t.Decref(it)
		}
	}
}

// listReadShared reads item i of l (negative counts from the end) without
// the lock, once threads exist; see the comment at the top of the file. It
// returns a reference for a frame slot (tagged without a count for an
// immortal, deferred or shared-deferred item: sharedRead), or a null one
// and false when i is out of range.
func (t *Thread) listReadShared(l *List, i int64) (StackRef, bool) {
	for try := 0; try < 4; try++ {
		a := locks.LoadPointer(&l.pub)
		if a == nil || a == &lockedReads {
			break
		}
		n := a.n.Load()
		j := i
		if j < 0 {
			j += n
		}
		if j < 0 || j >= n {
			return StackRef{}, false
		}
		if j >= int64(len(a.s)) {
			continue
		}
		v := locks.LoadPointer(&a.s[j])
		if v == nil {
			continue
		}
		r, ok := t.TryIncrefStackRef(v)
		tried := false
		if !ok {
			if r, ok = t.sharedRead(v); !ok {
				continue
			}
			tried = !r.IsTagged()
		}
		if locks.LoadPointer(&a.s[j]) == v && locks.LoadPointer(&l.pub) == a {
			if m := a.n.Load(); (i >= 0 && j < m) || m == n {
				if tried {
					t.shareRead(&l.Object, v)
				}
				return r, true
			}
		}
		t.Close(r)
	}
	if v, ok := t.listReadLocked(l, i); ok {
		if !v.IsImmortal() && !v.IsDeferred() && v.Owner() != t.ID() {
			t.shareRead(&l.Object, v) // a first read, which publishes l, counts as one
		}
		return StackNew(v), true
	}
	return StackRef{}, false
}

// listReadLocked is listReadShared's fallback: the read under the lock,
// which also publishes a list never published, read by a thread other
// than its owner, for the next lock-free read.
func (t *Thread) listReadLocked(l *List, i int64) (*Object, bool) {
	t.Lock(&l.Object)
	if l.pub == nil && l.Owner() != t.ID() {
		l.publishNow()
	}
	items := l.items
	if i < 0 {
		i += int64(len(items))
	}
	var v *Object
	if i >= 0 && i < int64(len(items)) {
		v = items[i]
		t.Incref(v)
	}
	t.Unlock(&l.Object)
	return v, v != nil
}

// listLenShared is len(l) once threads exist: the published length, or
// the locked read (which publishes) for a list not published yet.
func (t *Thread) listLenShared(l *List) int {
	if a := locks.LoadPointer(&l.pub); a != nil && a != &lockedReads {
		return int(a.n.Load())
	}
	t.Lock(&l.Object)
	if l.pub == nil && l.Owner() != t.ID() {
		l.publishNow()
	}
	n := len(l.items)
	t.Unlock(&l.Object)
	return n
}
