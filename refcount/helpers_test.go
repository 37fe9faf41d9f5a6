package refcount

import (
	"testing"
)

// object is a stand-in for a runtime object: a header and a payload.
type object struct {
	Header
	_ [2]uint64 // a payload, so that objects are bigger than headers
}

// startThread starts a Thread and exits it when the test ends, unless the
// test exited it already.
func startThread(tb testing.TB) *Thread {
	tb.Helper()
	t := new(Thread)
	t.Start(nil)
	tb.Cleanup(func() {
		if !t.isExited() {
			t.Exit(func(*Header) {})
		}
	})
	return t
}

// isExited reports whether t has exited; tests only.
func (t *Thread) isExited() bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.exited
}

// queued returns the number of objects on t's merge queue; tests only.
func (t *Thread) queued() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	return len(t.queue)
}

// newObject returns an object owned by t with one reference.
func newObject(t *Thread) *Header {
	o := new(object)
	t.InitHeader(&o.Header, nil)
	return &o.Header
}

// state returns the state bits of h's shared word.
func (h *Header) state() int64 { return h.shared.Load() & stateMask }
