package runtime

// Critical sections on objects, for the runtime's containers and for
// builtin types defined outside this package (the deque, for one).
//
// Every mutable container carries a lock in its header (package locks).
// An operation that changes the object, or reads several of its fields as
// one (a repr, a comparison, a copy, a sort), runs between Lock and
// Unlock; an operation on two objects (a.extend(b), a == b, dict.update)
// locks both with Lock2, which takes them in address order:
//
//	func dequeAppend(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
//		d := runtime.As[Deque](args[0])
//		t.Lock(&d.Object)
//		d.push(t.NewRef(args[1]))
//		t.Unlock(&d.Object)
//		return runtime.None, nil
//	}
//
// Sections nest: locking an object the innermost section already holds
// costs nothing. While a program has one thread they take no locks at all
// (locks.Threaded).
//
// # Callbacks inside a section
//
// The rule, CPython's: Python code may run inside a critical section (an
// __eq__ or __hash__ during a dict operation, sort's key, the __repr__ of
// an item, a __del__ that a released item runs). If that code blocks
// (waits for a lock, sleeps, does I/O, or merely waits for another
// object's lock), the thread's sections are suspended: their locks are
// released until the thread runs again, and other threads may change the
// object meanwhile. So code that calls back into Python inside a section
// must revalidate what it read before the call (the storage it indexes,
// the length it loops to) and never keep a Go slice of the object's items
// across the call; the operations here re-read the storage after every
// comparison and restart or stop as CPython does (a dict lookup restarts,
// "dictionary changed size during iteration", "list modified during
// sort"). No callback can deadlock a section: blocking suspends it.
//
// References released inside a section may run __del__ at once; as
// above, that is allowed. Operations that drop many references (clear,
// slice assignment) still release them after the object is consistent
// again, because __del__ may look at the object.

// Lock begins a critical section on o: until the matching Unlock, no other
// thread changes o or reads it as a whole, unless this thread blocks (see
// above). Lock and Unlock pair up in LIFO order on one thread.
func (t *Thread) Lock(o *Object) { t.BeginSection(o.Word()) }

// Unlock ends the critical section that the matching Lock began on o.
func (t *Thread) Unlock(o *Object) { t.EndSection() }

// Lock2 begins one critical section on two objects, locked in address
// order so that two threads locking the same pair can never deadlock; a
// and b may be the same object.
func (t *Thread) Lock2(a, b *Object) { t.BeginSection2(a.Word(), b.Word()) }

// Unlock2 ends the critical section that the matching Lock2 began.
func (t *Thread) Unlock2(a, b *Object) { t.EndSection() }

// CriticalSection runs f in a critical section on o.
func (t *Thread) CriticalSection(o *Object, f func()) {
	t.Lock(o)
	defer t.Unlock(o)
	f()
}

// CriticalSection2 runs f in a critical section on both a and b.
func (t *Thread) CriticalSection2(a, b *Object, f func()) {
	t.Lock2(a, b)
	defer t.Unlock2(a, b)
	f()
}
