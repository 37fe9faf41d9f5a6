package runtime

import (
	"math"
	"runtime"
	"syscall"
	"time"

	"gilfree/thread"
)

// Threads beyond the main one. Each Python thread is one goroutine bound
// to one Thread: NewThread makes the state (detached), the goroutine
// attaches it before it touches any object, runs, and ends with Exit.
//
// A thread detaches around everything that blocks (a lock wait, a sleep,
// a join, a queue get), so that the collector and merges can act for it
// and QSBR does not wait on it. Block is the one way to wait: it detaches,
// waits on a channel with a deadline, and is woken early by a request
// that must raise (KeyboardInterrupt in the main thread, an asynchronous
// exception), which it raises after attaching again.

// NewThread returns a new thread state in interpreter in, with its own
// frame stack, free lists and argument stack, detached. The goroutine
// that runs it calls Attach first and Exit last; no other goroutine may
// use it meanwhile (except by holding it while it is detached, as package
// thread allows).
func (in *Interp) NewThread() *Thread {
	t := &Thread{
		State:  thread.New(describeType),
		Interp: in,
		wake:   make(chan struct{}, 1),
	}
	RegisterThread(t)
	return t
}

// Exit ends a thread made by NewThread: it drains its merge queue (so
// objects other threads dropped die now, on this thread), gives up the
// ownership of its objects as refcount's protocol says (threads that
// later drop them merge them themselves), leaves the registry and QSBR,
// and lets go of its stack and free lists. The thread must be attached
// and have no frames. The Thread may not be used again.
func (t *Thread) Exit() {
	if t.ExcInfo != nil {
		e := t.ExcInfo
		t.ExcInfo = nil
		t.Decref(e)
	}
	t.releaseLocals()
	t.merging++ // finalizers made due by the last merge run on the finalizer thread
	t.State.Exit(t.dealloc)
	t.merging--
	UnregisterThread(t)
	t.Frame = nil
	t.free = freeLists{}
	t.frames = framePool{}
	t.args = argStack{}
	t.reprStack = nil
}

// Interrupt delivers a SIGINT to the main thread t as the signal would:
// its handler (KeyboardInterrupt by default) runs at t's next eval
// breaker poll, or at once if t is blocked in Block.
func (t *Thread) Interrupt() { t.signalPending(int(syscall.SIGINT)) }

// Wake wakes the thread if it is blocked in Block, so that it attaches
// and handles its requests. A wake-up with nothing to raise is absorbed.
func (t *Thread) Wake() {
	select {
	case t.wake <- struct{}{}:
	default:
	}
}

// raising are the request bits that end a blocking wait early: they make
// Poll raise.
const raising = thread.RequestInterrupt | thread.RequestAsyncExc

// Block waits, detached, until ch delivers a value (got true), the
// timeout passes (got false; a negative timeout waits forever, a nil
// channel only times out), or a request arrives that raises an exception,
// which it returns. The thread must be attached; it is attached again
// when Block returns, and has handled its pending requests.
//
// Block is for one wait; callers that must re-check a condition after a
// wake-up (a lock another thread took first) call it in a loop with the
// time left, which Deadline helps compute.
func (t *Thread) Block(ch <-chan struct{}, timeout time.Duration) (got bool, err error) {
	t.clean = true
	defer func() {
		t.maybeSweep()
		t.clean = false
	}()
	t.maybeSweep()
	var timer *time.Timer
	var expired <-chan time.Time
	if timeout >= 0 {
		timer = time.NewTimer(timeout)
		defer timer.Stop()
		expired = timer.C
	}
	for {
		if t.Pending()&raising != 0 {
			if err := t.Poll(); err != nil {
				return false, err
			}
		}
		t.Detach()
		select {
		case <-ch:
			got = true
		case <-expired:
			t.Attach()
			return false, t.pollAfterBlock()
		case <-t.wake:
			t.Attach()
			continue
		}
		t.Attach()
		return got, t.pollAfterBlock()
	}
}

// pollAfterBlock handles the requests that arrived while the thread was
// detached, as the eval loop does after Attach.
func (t *Thread) pollAfterBlock() error {
	if t.Pending() != 0 {
		return t.Poll()
	}
	return nil
}

// Sleep is time.sleep: the thread sleeps detached; a request that raises
// (Ctrl-C in the main thread) ends the sleep early with its exception.
func (t *Thread) Sleep(d time.Duration) error {
	if d <= 0 {
		// sleep(0) gives the processor to another goroutine, as it gives
		// up the GIL in CPython: busy-wait loops stay fair.
		runtime.Gosched()
		return t.pollAfterBlock()
	}
	_, err := t.Block(nil, d)
	return err
}

// Ident returns the thread's identifier, as threading.get_ident reports
// it: the refcount thread id, which is never reused.
func (t *Thread) Ident() uint64 { return uint64(t.ID()) }

// SecondsArg converts a number of seconds (time.sleep's argument, a lock
// timeout) to a Duration with CPython's errors: a float or an integer
// (through __index__), NaN refused, values past what nanoseconds in an
// int64 hold refused with OverflowError. Negative values are returned for
// the caller to judge.
func (t *Thread) SecondsArg(o *Object) (time.Duration, error) {
	if IsFloat(o) {
		f := FloatValue(o)
		if math.IsNaN(f) {
			return 0, t.ValueError("Invalid value NaN (not a number)")
		}
		ns := f * 1e9
		if ns >= math.MaxInt64 || ns < math.MinInt64 {
			return 0, t.OverflowError("timestamp out of range for platform time_t")
		}
		return time.Duration(ns), nil
	}
	i, err := t.Index(o)
	if err != nil {
		return 0, err
	}
	v, ok := IntSmall(i)
	t.Decref(i)
	if !ok || v > math.MaxInt64/int64(time.Second) || v < math.MinInt64/int64(time.Second) {
		return 0, t.OverflowError("timestamp too large to convert to C _PyTime_t")
	}
	return time.Duration(v) * time.Second, nil
}
