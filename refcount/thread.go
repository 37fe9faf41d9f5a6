package refcount

import (
	"math"
	"sync"
	"sync/atomic"
)

// RequestMerge is the bit of a thread's request word that asks it to drain
// its merge queue (MergeQueued). Package thread defines the word's other
// bits.
const RequestMerge uint32 = 1

// Thread is the reference-counting half of a thread state; package thread
// embeds it. Its methods are called by the goroutine the state is bound to,
// or by another goroutine that holds the state while it is detached, which
// then acts as that thread.
type Thread struct {
	id uint32

	// requests is the thread's request word (its eval breaker): other
	// threads set bits in it, the thread polls it. Refcount sets only
	// RequestMerge.
	requests atomic.Uint32

	// describe names an object's type for FreedError; nil leaves it out.
	describe func(*Header) string

	// onLong is the long-queue hook (SetLongQueueHook), nil if none.
	onLong func()

	mu     sync.Mutex // guards the fields below
	exited bool       // set once, at Exit: later queuers merge themselves
	queue  []*Header  // objects whose shared count went below zero
	spare  []*Header  // the previous queue, emptied, kept for reuse
}

// lastID is the last thread id handed out. Ids start at 1 (0 means no
// owner) and are never reused, so an owner id names one thread forever.
var lastID atomic.Uint32

// registry maps the ids of started, not yet exited threads to their
// Thread. Only the queueing slow path reads it; an id that is missing
// belongs to an exited thread.
var registry = struct {
	sync.RWMutex
	live map[uint32]*Thread
}{live: map[uint32]*Thread{}}

// Start gives the thread its id and registers it. describe, which may be
// nil, names an object's type in use-after-free panics; the runtime passes
// a function that reads the header's type pointer, which must stay intact
// in freed objects for it.
func (t *Thread) Start(describe func(*Header) string) {
	if t.id != 0 {
		panic("refcount: Thread started twice")
	}
	id := lastID.Add(1)
	if id == 0 || id == math.MaxUint32 {
		panic("refcount: thread ids exhausted")
	}
	t.id = id
	t.describe = describe
	registry.Lock()
	registry.live[id] = t
	registry.Unlock()
}

// ID returns the thread's id, 0 before Start.
func (t *Thread) ID() uint32 { return t.id }

// Requests returns the thread's request word. Other threads set bits in it
// to ask the thread to act at its next safepoint; package thread defines
// the bits other than RequestMerge and the polling.
func (t *Thread) Requests() *atomic.Uint32 { return &t.requests }

// lookup returns the live thread with the given id, or nil if it exited.
func lookup(id uint32) *Thread {
	registry.RLock()
	t := registry.live[id]
	registry.RUnlock()
	return t
}

// Exit drains the thread's merge queue, calling dead for every object that
// dies, and marks the thread exited, so that threads queueing its objects
// from then on merge them themselves. The thread must not use any count
// operation afterwards: its objects' local counts now belong to whichever
// thread merges them.
//
// Exit marks the thread exited only once a drain found the queue empty,
// because dead runs runtime code that may still change local counts of the
// thread's objects, and a thread merging on its behalf must never see a
// local count the thread may still write.
func (t *Thread) Exit(dead func(*Header)) {
	for {
		t.mu.Lock()
		if len(t.queue) == 0 {
			t.exited = true
			t.queue, t.spare = nil, nil
			t.mu.Unlock()
			break
		}
		t.mu.Unlock()
		t.MergeQueued(dead)
	}
	registry.Lock()
	delete(registry.live, t.id)
	registry.Unlock()
}
