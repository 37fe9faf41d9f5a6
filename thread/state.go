package thread

import (
	"sync"
	"sync/atomic"

	"gilfree/locks"
	"gilfree/refcount"
)

// State is one Python thread's state. Its goroutine passes it explicitly to
// every runtime function. The embedded refcount.Thread gives it Incref,
// Decref and the other count operations, acting as this thread; New and
// StartMain start it, so the embedded Start is not to be called on a
// State, and Exit here replaces the embedded one.
type State struct {
	refcount.Thread
	locks.Sections // the active critical sections (critical.go)

	status atomic.Uint32 // a Status

	// parkMu and parked let an attaching thread wait out a hold.
	parkMu sync.Mutex
	parked sync.Cond

	// rdSeq is the QSBR write sequence this thread last saw at a quiescent
	// point, or 0 while it is offline (detached or not started).
	rdSeq atomic.Uint64

	// The frame stack is written on every call by this thread alone. The
	// padding keeps it off the cache lines of the fields above, which
	// other threads read and write (the request word, the status, the
	// QSBR sequence), and off the next object in memory: without it two
	// threads' calls slowed each other down (PushFrame's first load was a
	// quarter of a two-thread profile).
	_     [cacheLine]byte
	stack stack
	_     [cacheLine]byte
}

// cacheLine is a conservative cache-line size (two 64-byte lines, for
// adjacent-line prefetching).
const cacheLine = 128

// The main thread's state and its first stack chunk are statically
// allocated.
var (
	mainSlots [mainChunkSlots]refcount.StackRef
	mainChunk = chunk{slots: mainSlots[:]}
	mainState = State{stack: stack{cur: &mainChunk}}
)

// Main returns the main thread's state, which StartMain starts.
func Main() *State { return &mainState }

// StartMain starts the main thread's state and attaches it to the calling
// goroutine. describe names object types in use-after-free panics (see
// refcount.Thread.Start). It may be called once.
func StartMain(describe func(*refcount.Header) string) *State {
	s := &mainState
	s.start(describe)
	s.Attach()
	return s
}

// New returns a started, detached state with a fresh stack. The goroutine
// that will run the thread calls Attach before anything else. The first
// New after StartMain (or the second New) switches object locking on
// (critical.go): it must be called on the goroutine of the thread that
// starts the new one, or while no other state runs.
func New(describe func(*refcount.Header) string) *State {
	s := &State{stack: stack{cur: newChunk(firstChunkSlots)}}
	s.start(describe)
	return s
}

func (s *State) start(describe func(*refcount.Header) string) {
	s.Thread.Start(describe)
	s.parked.L = &s.parkMu
	s.SetWaiter((*sectionWaiter)(s))
	register(s)
}

// Exit ends the thread: it drains the merge queue (calling dead for each
// object that dies, see refcount.Thread.Exit), takes the state out of the
// registry and QSBR, and drops its stack. The state must be attached, its
// frames popped; it may not be used again.
func (s *State) Exit(dead func(*refcount.Header)) {
	if s.Status() != Attached {
		panic("thread: Exit of a state that is not attached")
	}
	s.Thread.Exit(dead)
	s.rdSeq.Store(0)
	s.status.Store(uint32(Exited))
	unregister(s)
	s.stack = stack{}
}

// registry holds every started, not exited state. Readers (ForEach, QSBR
// polls) load the snapshot without a lock; writers copy it under mu.
var registry struct {
	mu  sync.Mutex
	all atomic.Pointer[[]*State]
}

func register(s *State) {
	registry.mu.Lock()
	defer registry.mu.Unlock()
	var all []*State
	if old := registry.all.Load(); old != nil {
		all = append(all, *old...)
	}
	all = append(all, s)
	if len(all) > 1 && !locks.Threaded() {
		enableLocking(all)
	}
	registry.all.Store(&all)
}

func unregister(s *State) {
	registry.mu.Lock()
	defer registry.mu.Unlock()
	old := *registry.all.Load()
	all := make([]*State, 0, len(old))
	for _, o := range old {
		if o != s {
			all = append(all, o)
		}
	}
	registry.all.Store(&all)
}

// states returns the current snapshot of the registry.
func states() []*State {
	if p := registry.all.Load(); p != nil {
		return *p
	}
	return nil
}

// ForEach calls f for every started, not exited state, in start order, as
// of the call. States started or exited meanwhile may be missed or
// included. The collector and gc.collect use it to reach every thread.
func ForEach(f func(*State)) {
	for _, s := range states() {
		f(s)
	}
}
