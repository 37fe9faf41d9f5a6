package runtime

import (
	goruntime "runtime"
	"sync"
	"sync/atomic"
	"time"

	"gilfree/refcount"
	"gilfree/thread"
)

// Acting across threads: the registry that finds a thread state's
// runtime Thread, merges on behalf of a detached thread, the handshake
// that makes every thread merge its queue (gc.collect), and stopping
// the world for the rare changes that readers do not synchronize with
// (a class's slots, its name, an object's __class__).
//
// A goroutine that holds another thread's detached state (thread.TryHold)
// acts as that thread: it drains the thread's merge queue with the
// thread's own runtime Thread, so the objects that die go to that
// thread's free lists and their children are released as that thread.
// It never runs Python code for it: a __del__ made due there goes to the
// finalizer thread (finalize.go).

// threadEntry is what the registry keeps for a runtime thread.
type threadEntry struct {
	t *Thread
	// acks counts the handshakes the thread answered (answerRequests),
	// for gc.collect to wait on.
	acks atomic.Uint64
}

// threads maps the reference-counting half of every registered thread
// state to its entry. The main thread's entry is mainEntry.
var threads = struct {
	mu sync.Mutex
	m  map[*refcount.Thread]*threadEntry
}{m: map[*refcount.Thread]*threadEntry{}}

var mainEntry = threadEntry{t: &mainThread}

// RegisterThread records a runtime thread other than the main one, so that
// other threads can merge its queue while it is detached and wait for its
// handshakes, and installs its long-queue hook. Call it after the thread
// state is made (thread.New) and before its goroutine starts; UnregisterThread
// undoes it when the thread exits.
func RegisterThread(t *Thread) {
	e := &threadEntry{t: t}
	t.SetLongQueueHook(t.longQueue)
	threads.mu.Lock()
	threads.m[&t.State.Thread] = e
	threads.mu.Unlock()
}

// UnregisterThread forgets a thread that exited.
func UnregisterThread(t *Thread) {
	threads.mu.Lock()
	delete(threads.m, &t.State.Thread)
	threads.mu.Unlock()
}

// entryOf returns the registry entry of a thread state, nil if the state
// belongs to no registered runtime thread.
func entryOf(s *thread.State) *threadEntry {
	if s == mainThread.State {
		return &mainEntry
	}
	threads.mu.Lock()
	e := threads.m[&s.Thread]
	threads.mu.Unlock()
	return e
}

// mergeQueue drains t's merge queue, as t or as a goroutine holding t's
// detached state. Objects that die are freed as t; their finalizers wait
// for the finalizer thread.
func (t *Thread) mergeQueue() {
	t.merging++
	t.MergeQueued(t.dealloc)
	t.merging--
}

// longQueue is the long-queue hook: a thread that has just queued t's
// LongQueue'th object drains t's queue for it if t is detached. An
// attached t drains it at its next safepoint.
func (t *Thread) longQueue() {
	if t.TryHold() {
		t.mergeQueue()
		t.Release()
	}
}

// answerRequests handles the merge and handshake bits of the request
// word, at a safepoint: merge, acknowledge, and if a thread is stopping
// the world, wait detached until it is done (it holds this state
// meanwhile).
//
// The handshake bit is taken before the merge, never after: a merge
// already under way when MergeAll asked (started for RequestMerge alone)
// may have taken the queue before the asker's last objects joined it, so
// acknowledging after that merge would let gc.collect return with those
// objects still queued.
func (t *Thread) answerRequests() {
	handshake := t.Take(thread.RequestHandshake) != 0
	if handshake || t.Pending()&thread.RequestMerge != 0 {
		t.mergeQueue()
	}
	if !handshake {
		return
	}
	if e := entryOf(t.State); e != nil {
		e.acks.Add(1)
	}
	if ended := stw.ended.Load(); ended != nil {
		t.Detach()
		<-*ended
		t.Attach()
	}
}

// MergeAll makes every thread merge its queue: the calling thread merges
// its own, attached threads are asked through a handshake and answer at
// their next safepoint, and detached ones are held and merged for. It
// returns once each has, and after merging its own queue once more (the
// others' merges may have released objects it owns). gc.collect calls it.
func (t *Thread) MergeAll() {
	t.mergeQueue()
	type waiting struct {
		s    *thread.State
		e    *threadEntry
		seen uint64
	}
	var pending []waiting
	thread.ForEach(func(s *thread.State) {
		if s == t.State {
			return
		}
		e := entryOf(s)
		if e == nil {
			return
		}
		pending = append(pending, waiting{s, e, e.acks.Load()})
		s.Request(thread.RequestHandshake)
	})
	for pause := 10 * time.Microsecond; len(pending) > 0; pause = min(2*pause, time.Millisecond) {
		left := pending[:0]
		for _, w := range pending {
			switch {
			case w.s.Status() == thread.Exited, w.e.acks.Load() != w.seen:
			case w.s.TryHold():
				w.e.t.mergeQueue()
				w.s.Take(thread.RequestHandshake)
				w.s.Release()
			default:
				left = append(left, w)
			}
		}
		pending = left
		if len(pending) > 0 {
			t.pause(pause)
		}
	}
	t.mergeQueue()
}

// pause sleeps detached, so that other threads may hold t meanwhile.
func (t *Thread) pause(d time.Duration) {
	t.Detach()
	time.Sleep(d)
	t.Attach()
}

// stw serializes stops of the world. ended is set while a stop is in
// progress to a channel closed when it ends: a thread that answers a
// handshake then waits on it, detached, so that the stopping thread can
// hold it.
var stw struct {
	mu    sync.Mutex
	ended atomic.Pointer[chan struct{}]
}

// StopTheWorld runs f while every other thread is held: none of them runs
// Python code or touches an object until f returns. It is for the rare
// changes that readers on other threads do not synchronize with: the
// slot functions and flags of a class when a dunder is assigned, a
// class's name, an object's __class__. f must not block, run Python code
// or release objects (a release may run a __del__ that waits for a held
// thread). With no other thread running it costs a load.
func (t *Thread) StopTheWorld(f func()) {
	if thread.Count() == 1 {
		f()
		return
	}
	t.Detach()
	stw.mu.Lock()
	t.Attach()
	ended := make(chan struct{})
	stw.ended.Store(&ended)
	var held []*thread.State
	isHeld := func(s *thread.State) bool {
		for _, h := range held {
			if h == s {
				return true
			}
		}
		return false
	}
	for spins := 0; ; spins++ {
		missing := false
		thread.ForEach(func(s *thread.State) {
			if s == t.State || isHeld(s) {
				return
			}
			if s.TryHold() {
				held = append(held, s)
				return
			}
			if s.Status() != thread.Exited {
				missing = true
				s.Request(thread.RequestHandshake)
			}
		})
		if !missing {
			break
		}
		if spins < 64 {
			goruntime.Gosched()
		} else {
			time.Sleep(20 * time.Microsecond)
		}
	}
	f()
	for _, s := range held {
		s.Release()
	}
	stw.ended.Store(nil)
	close(ended)
	stw.mu.Unlock()
}
