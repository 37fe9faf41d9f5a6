package thread

import (
	"testing"

	"gilfree/refcount"
)

// newAttached returns a started, attached state for the calling goroutine
// and exits it when the test ends.
func newAttached(tb testing.TB) *State {
	tb.Helper()
	s := New(nil)
	s.Attach()
	tb.Cleanup(func() { exitState(s) })
	return s
}

// newDetached returns a started state that stays detached, exited when the
// test ends.
func newDetached(tb testing.TB) *State {
	tb.Helper()
	s := New(nil)
	tb.Cleanup(func() { exitState(s) })
	return s
}

// exitState exits s whatever its status, for cleanups.
func exitState(s *State) {
	switch s.Status() {
	case Exited:
		return
	case Held:
		s.Release()
	}
	if s.Status() == Detached {
		s.Attach()
	}
	s.Exit(func(*refcount.Header) {})
}

func registered(s *State) bool {
	found := false
	ForEach(func(o *State) { found = found || o == s })
	return found
}

// object is a stand-in for a runtime object.
type object struct {
	refcount.Header
}

func newObject(s *State) *refcount.Header {
	o := new(object)
	s.InitHeader(&o.Header, nil)
	return &o.Header
}
