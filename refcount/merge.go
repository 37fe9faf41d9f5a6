package refcount

// enqueue hands a freshly queued object to its owner. t has just moved the
// shared word from default to queued and holds the queue's reference. It
// reports whether the object died, which happens only when t had to merge
// it itself.
func (t *Thread) enqueue(h *Header) bool {
	id := h.Owner()
	if id == 0 {
		// The owner gave up ownership after t queued the object: the word
		// is (or is about to be) merged and counts the queue's reference,
		// which t now drops as an ordinary shared reference.
		return t.decrefShared(h)
	}
	if o := lookup(id); o != nil {
		o.mu.Lock()
		if !o.exited {
			o.queue = append(o.queue, h)
			n := len(o.queue)
			o.mu.Unlock()
			o.requests.Or(RequestMerge)
			if n%LongQueue == 0 && o.onLong != nil {
				o.onLong()
			}
			return false
		}
		o.mu.Unlock()
	}
	// The owner has exited: its local counts will never change again, and
	// its exit happened-before the lookup or the lock above. Merge as the
	// owner would have.
	return t.mergeQueuedObject(h, id)
}

// mergeQueuedObject merges one queued object for the thread with id owner
// and drops the queue's reference, reporting whether the object died. It
// runs on the owner (or a thread acting for it) or on a thread merging for
// an exited owner; either way nothing else touches the local count.
func (t *Thread) mergeQueuedObject(h *Header, owner uint32) bool {
	if h.Owner() != owner {
		// The owner gave up ownership while the object was queued; the
		// merged shared count includes the queue's reference.
		return t.decrefShared(h)
	}
	local := int64(h.local)
	h.local = owner
	h.clearOwner()
	s := h.shared.Load()
	for {
		c := s>>stateBits + local - 1
		if s < poisonLimit || c < 0 {
			t.freedPanic(h, s)
		}
		n := c<<stateBits | stateMerged
		if h.shared.CompareAndSwap(s, n) {
			return n == deadWord
		}
		s = h.shared.Load()
	}
}

// MergeQueued drains t's merge queue: every object on it gives up
// ownership, the queue's reference is dropped, and dead is called for each
// object that died. The owner calls it when it sees RequestMerge in its
// request word; another goroutine may call it while it holds t's detached
// thread state. Objects queued while it runs stay for the next call, and
// their RequestMerge stays set.
func (t *Thread) MergeQueued(dead func(*Header)) {
	t.requests.And(^RequestMerge)
	t.mu.Lock()
	q := t.queue
	t.queue = t.spare[:0]
	t.spare = nil
	t.mu.Unlock()
	for i, h := range q {
		q[i] = nil
		if t.mergeQueuedObject(h, t.id) {
			dead(h)
		}
	}
	t.mu.Lock()
	if t.spare == nil && !t.exited {
		t.spare = q[:0]
	}
	t.mu.Unlock()
}

// LongQueue is the merge-queue length at which, and at every multiple of
// which, the thread that queues calls the owner's long-queue hook
// (SetLongQueueHook). An attached owner drains its queue at its next
// safepoint; a detached one (blocked in a lock wait, a sleep, I/O) does
// not, and its queue would grow without bound while other threads keep
// dropping its objects. The hook lets the queuer merge for it.
const LongQueue = 1024

// SetLongQueueHook installs the function a queuer calls when t's merge
// queue reaches a multiple of LongQueue entries. The runtime's hook tries
// to hold t's thread state, if it is detached, and drains the queue on its
// behalf. Call it before other threads can see t (it is read without a
// lock); the hook runs on the queuing goroutine, with no lock held.
func (t *Thread) SetLongQueueHook(f func()) { t.onLong = f }

// QueueLen returns the number of objects on t's merge queue now.
func (t *Thread) QueueLen() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	return len(t.queue)
}
