package refcount

import (
	"fmt"
	"os"
	"sync/atomic"
)

// debug is the debug-mode switch: GILFREE_DEBUG=1 at start, or SetDebug.
var debug atomic.Bool

func init() {
	debug.Store(os.Getenv("GILFREE_DEBUG") == "1")
}

// Debug reports whether debug mode is on. In debug mode the runtime poisons
// every object it frees (Poison) and never reuses its memory, so that any
// later use of it panics.
func Debug() bool { return debug.Load() }

// SetDebug turns debug mode on or off and returns the previous setting. It
// is for tests; programs set GILFREE_DEBUG=1.
func SetDebug(on bool) (was bool) { return debug.Swap(on) }

// Poison marks a dead object freed: from then on Incref and Decref on it
// panic with a *FreedError and TryIncref fails. The runtime calls it in
// debug mode after freeing the object, on the thread that was told the
// object died, and keeps the type pointer intact so that the panic can name
// the type. Poisoning an object that is not dead panics: it would hide the
// very bug it is meant to catch.
func (h *Header) Poison() {
	if h.flags&flagImmortal != 0 || !h.shared.CompareAndSwap(deadWord, poisonWord) {
		panic(fmt.Sprintf("refcount: Poison of a live object at %p", h))
	}
}

// FreedError is the panic value of a count operation on a freed object.
type FreedError struct {
	Object *Header
	Type   string // the type's name, from the runtime's describe function
	Owner  uint32 // the thread that owned the object last
	Count  int64  // the shared count found: references taken since the free
}

func (e *FreedError) Error() string {
	what := "object"
	if e.Type != "" {
		what = e.Type + " object"
	}
	return fmt.Sprintf("gilfree: use of freed %s at %p (owner %d, count %d)",
		what, e.Object, e.Owner, e.Count)
}

// freedPanic panics with a *FreedError for h, whose shared word t found to
// be s. The last owner's id is in the local field of an unowned object; the
// atomic operation that found s ordered this read after the write of it.
func (t *Thread) freedPanic(h *Header, s int64) {
	e := &FreedError{Object: h, Owner: h.Owner()}
	if e.Owner == 0 {
		e.Owner = h.local
	}
	switch {
	case s < poisonLimit:
		e.Count = (s - poisonWord) >> stateBits
	default:
		e.Count = s >> stateBits
	}
	if t.describe != nil {
		e.Type = t.describe(h)
	}
	panic(e)
}
