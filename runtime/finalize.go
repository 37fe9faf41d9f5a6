package runtime

import (
	"sync"
	"sync/atomic"
	"time"
)

// The finalizer thread.
//
// A count reaching zero in a thread's own ordinary release of an object
// it owned runs the object's __del__ (or a suspended generator's close)
// at once, as CPython does. Every other death runs it later, on a runtime
// thread of its own:
//
//   - a death found while draining a merge queue: the owner at a
//     safepoint (which may be in the middle of any bytecode, holding
//     any lock, even inside another __del__), a goroutine merging for a
//     detached thread (which must not run Python code as that thread),
//     or a thread merging for an exited owner;
//   - a death another thread's release made due: an unowned object
//     whose shared count that thread took to zero, created elsewhere.
//
// Running those on the thread where the count happened to reach zero is
// what deadlocks CPython's free-threaded build when a __del__ that takes
// a threading.Lock is run by a merge inside another __del__ that holds
// it. Here the finalizer thread waits for the lock like any thread.
//
// The queue holds a reference: the dead object is revived as unowned with
// a count of one (refcount.Header.Revive) and marked finalized, so that
// its __del__ runs once. The finalizer thread calls __del__ and drops the
// reference; if __del__ stored the object somewhere it lives on
// (resurrection), otherwise that release frees it, without __del__ this
// time. The thread starts on first need, and gc.collect waits until the
// queue is empty and nothing runs (WaitFinalizers).

var finalizer struct {
	mu      sync.Mutex
	wake    sync.Cond // signalled when the queue gains work
	idle    sync.Cond // broadcast when pending reaches zero
	queue   []*Object
	pending int // queued plus running
	// t is the finalizer thread, nil until started (set under mu, read
	// by any thread).
	t atomic.Pointer[Thread]
}

func init() {
	finalizer.wake.L = &finalizer.mu
	finalizer.idle.L = &finalizer.mu
}

// finalizeNow reports whether the __del__ of o, just reported dead by t,
// may run at once on t: t's own ordinary release of an object it owned,
// outside any merge, and t is not the finalizer thread (whose own
// finalizers must not nest).
func (t *Thread) finalizeNow(o *Object) bool {
	return t.merging == 0 && o.LastOwner() == t.ID() && t != finalizer.t.Load()
}

// finalizeLater queues o, reported dead, for the finalizer thread. The
// caller marked it finalized.
func (t *Thread) finalizeLater(o *Object) {
	weakMarked := o.IsWeakMarked()
	o.Revive()
	if weakMarked {
		// Revive cleared the word: the death to come must still clear
		// the weak references to o (weakref.go).
		o.MarkWeak()
	}
	t.finalizeQueue(o)
}

// finalizeQueue hands o, to which the queue now holds a reference, to the
// finalizer thread, starting it the first time.
func (t *Thread) finalizeQueue(o *Object) {
	finalizer.mu.Lock()
	finalizer.queue = append(finalizer.queue, o)
	finalizer.pending++
	if finalizer.t.Load() == nil {
		ft := t.newFinalizerThread()
		finalizer.t.Store(ft)
		go ft.runFinalizers()
	}
	finalizer.wake.Signal()
	finalizer.mu.Unlock()
}

// newFinalizerThread makes the finalizer thread's state, detached; its
// goroutine attaches when there is work.
func (t *Thread) newFinalizerThread() *Thread {
	return t.Interp.NewThread()
}

// runFinalizers is the finalizer thread's loop. It is detached while it
// waits, so that it never holds up QSBR, handshakes or a stop of the
// world, and attached while it runs __del__ methods.
func (ft *Thread) runFinalizers() {
	finalizer.mu.Lock()
	for {
		for len(finalizer.queue) == 0 {
			finalizer.wake.Wait()
		}
		batch := finalizer.queue
		finalizer.queue = nil
		finalizer.mu.Unlock()

		ft.Attach()
		for i, o := range batch {
			batch[i] = nil
			ft.finalize(o)
			if ft.State.Decref(o) {
				ft.dealloc(o)
			}
			// A safepoint between finalizers: merges, handshakes.
			ft.answerRequests()
			ft.Quiescent()
		}
		ft.Detach()

		finalizer.mu.Lock()
		finalizer.pending -= len(batch)
		if finalizer.pending == 0 {
			finalizer.idle.Broadcast()
		}
	}
}

// finalize runs what the death of o queued: __del__, or the close of a
// suspended generator (its finally blocks), whose exception is reported
// as unraisable as genDealloc reports it.
func (ft *Thread) finalize(o *Object) {
	if wr := asWeakref(o); wr != nil && wr.callbackDue {
		wr.callbackDue = false
		ft.callWeakCallback(wr)
		return
	}
	if TypeOf(o) == GeneratorType {
		saved := ft.ExcInfo
		if err := ft.GenClose(As[Generator](o)); err != nil {
			ft.WriteUnraisable(err, o)
		}
		ft.ExcInfo = saved
		return
	}
	ft.callFinalizer(o)
}

// WaitFinalizers returns once every finalizer queued so far, and every one
// those queue in turn, has run. The caller waits detached. On the
// finalizer thread itself (a __del__ calling gc.collect) it returns at
// once: it would wait for itself.
func (t *Thread) WaitFinalizers() { t.waitFinalizers(-1) }

// waitFinalizers is WaitFinalizers with a limit (negative: none); it
// reports whether the queue emptied.
func (t *Thread) waitFinalizers(limit time.Duration) bool {
	if t == finalizer.t.Load() {
		return true
	}
	finalizer.mu.Lock()
	if finalizer.pending == 0 {
		finalizer.mu.Unlock()
		return true
	}
	expired := false
	if limit >= 0 {
		timer := time.AfterFunc(limit, func() {
			finalizer.mu.Lock()
			expired = true
			finalizer.idle.Broadcast()
			finalizer.mu.Unlock()
		})
		defer timer.Stop()
	}
	t.Detach()
	for finalizer.pending > 0 && !expired {
		finalizer.idle.Wait()
	}
	done := finalizer.pending == 0
	finalizer.mu.Unlock()
	t.Attach()
	return done
}

// exitFinalizerWait bounds how long FinishFinalizers waits: a finalizer
// that blocks (on a lock a daemon thread holds) must not keep the process
// from exiting.
const exitFinalizerWait = 2 * time.Second

// FinishFinalizers runs, at program exit, the finalizers of objects other
// threads dropped: every thread merges its queue and the finalizer thread
// gets up to a couple of seconds to drain, so that what their __del__
// methods print is printed, as CPython would have printed it when the
// objects died.
func (t *Thread) FinishFinalizers() {
	t.MergeAll()
	t.waitFinalizers(exitFinalizerWait)
}

// PendingFinalizers returns the number of finalizers queued or running.
func PendingFinalizers() int {
	finalizer.mu.Lock()
	defer finalizer.mu.Unlock()
	return finalizer.pending
}
