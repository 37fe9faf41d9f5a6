package locks

import (
	"sync"
	"sync/atomic"
	"time"
	"unsafe"
)

// The parking lot: goroutines that must wait for a word to change wait in
// a queue keyed by the word's address. The queues live in a fixed table of
// buckets, each with its own mutex; a bucket holds the waiters of every
// address that hashes to it, in arrival order, so the first waiter found
// for an address is the one that has waited longest.
//
// The bucket mutex is what makes parking race-free: Park checks the
// caller's condition (validate) and enqueues under it, and Unpark dequeues
// and updates the word (the callback) under it, so a waiter can never
// check, miss the wake-up that follows, and sleep forever.

// lotBuckets is the number of buckets, a power of two. More buckets than
// cores make it unlikely that unrelated locks share one.
const lotBuckets = 256

// bucket is one shard of the lot. The padding keeps neighbouring buckets'
// mutexes on different cache lines.
type bucket struct {
	mu         sync.Mutex
	head, tail *waiter
	_          [40]byte
}

var lot [lotBuckets]bucket

// waiter is one parked goroutine.
type waiter struct {
	key  *atomic.Uint32
	next *waiter
	wake chan struct{} // buffered: Unpark never blocks on it

	// start is when a mutex waiter first parked; handoff is set by the
	// unlocker, under the bucket mutex, when it handed the lock over
	// instead of releasing it. Only the mutex uses them.
	start   time.Time
	handoff bool
}

var waiterPool = sync.Pool{New: func() any { return &waiter{wake: make(chan struct{}, 1)} }}

func getWaiter() *waiter { return waiterPool.Get().(*waiter) }

func putWaiter(w *waiter) {
	w.key, w.next, w.handoff = nil, nil, false
	waiterPool.Put(w)
}

// bucketOf returns the bucket of an address. Go's heap objects do not
// move, so the address is a stable key for as long as the word lives.
func bucketOf(key *atomic.Uint32) *bucket {
	h := uintptr(unsafe.Pointer(key))
	h ^= h >> 9
	h *= 0x9e3779b1
	return &lot[(h>>16)%lotBuckets]
}

// addr is a word's address, the order in which two-lock sections lock.
func addr(w *atomic.Uint32) uintptr { return uintptr(unsafe.Pointer(w)) }

func (b *bucket) push(w *waiter) {
	if b.tail == nil {
		b.head = w
	} else {
		b.tail.next = w
	}
	b.tail = w
}

// popKey removes and returns the first waiter on key, or nil, and reports
// whether another waiter on key remains.
func (b *bucket) popKey(key *atomic.Uint32) (found *waiter, more bool) {
	var prev *waiter
	for w := b.head; w != nil; prev, w = w, w.next {
		if w.key != key {
			continue
		}
		for r := w.next; r != nil; r = r.next {
			if r.key == key {
				more = true
				break
			}
		}
		b.unlink(prev, w)
		return w, more
	}
	return nil, false
}

// remove takes w out of the bucket if it is still queued and reports
// whether it was.
func (b *bucket) remove(w *waiter) bool {
	var prev *waiter
	for x := b.head; x != nil; prev, x = x, x.next {
		if x == w {
			b.unlink(prev, x)
			return true
		}
	}
	return false
}

func (b *bucket) unlink(prev, w *waiter) {
	if prev == nil {
		b.head = w.next
	} else {
		prev.next = w.next
	}
	if b.tail == w {
		b.tail = prev
	}
	w.next = nil
}

// ParkResult says why Park returned.
type ParkResult int

const (
	// Unparked: an Unpark call woke the waiter.
	Unparked ParkResult = iota
	// TimedOut: the timeout passed first.
	TimedOut
	// Invalid: validate returned false, so the caller never waited.
	Invalid
)

// Park waits on key until UnparkOne or UnparkAll on the same key wakes the
// caller, or until timeout passes (a negative timeout waits without
// limit). validate runs first, under the bucket's mutex; if it returns
// false, Park returns Invalid at once without waiting. Callers use it to
// check, race-free, that the word still says they must wait (a lock still
// held, an event still clear). validate must not park, unpark or block.
//
// Park does not detach a thread state: a caller that may wait long
// (Python-level locks, conditions) detaches around it.
func Park(key *atomic.Uint32, validate func() bool, timeout time.Duration) ParkResult {
	w := getWaiter()
	defer putWaiter(w)
	return park(key, w, validate, timeout)
}

func park(key *atomic.Uint32, w *waiter, validate func() bool, timeout time.Duration) ParkResult {
	b := bucketOf(key)
	b.mu.Lock()
	if validate != nil && !validate() {
		b.mu.Unlock()
		return Invalid
	}
	w.key = key
	b.push(w)
	b.mu.Unlock()
	if timeout < 0 {
		<-w.wake
		return Unparked
	}
	timer := time.NewTimer(timeout)
	select {
	case <-w.wake:
		timer.Stop()
		return Unparked
	case <-timer.C:
	}
	b.mu.Lock()
	queued := b.remove(w)
	b.mu.Unlock()
	if queued {
		return TimedOut
	}
	// An unparker dequeued us before we could leave: its wake-up is on
	// its way, and the caller must treat it as one.
	<-w.wake
	return Unparked
}

// UnparkOne wakes the goroutine that has waited longest on key and reports
// whether there was one.
func UnparkOne(key *atomic.Uint32) bool {
	return unparkOne(key, nil)
}

// unparkOne dequeues the longest waiter on key and, still under the
// bucket mutex, calls update (if not nil) with it (nil when there is none)
// and whether others remain; then it wakes the waiter. The mutex uses
// update to rewrite its word while no waiter can come or go.
func unparkOne(key *atomic.Uint32, update func(w *waiter, more bool)) bool {
	b := bucketOf(key)
	b.mu.Lock()
	w, more := b.popKey(key)
	if update != nil {
		update(w, more)
	}
	b.mu.Unlock()
	if w == nil {
		return false
	}
	w.wake <- struct{}{}
	return true
}

// UnparkAll wakes every goroutine waiting on key and returns how many it
// woke.
func UnparkAll(key *atomic.Uint32) int {
	b := bucketOf(key)
	b.mu.Lock()
	var woken []*waiter
	for {
		w, _ := b.popKey(key)
		if w == nil {
			break
		}
		woken = append(woken, w)
	}
	b.mu.Unlock()
	for _, w := range woken {
		w.wake <- struct{}{}
	}
	return len(woken)
}
