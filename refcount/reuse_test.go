package refcount

import (
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// valued is an object with a payload that its writer sets plainly after
// InitHeader, as the runtime's constructors do.
type valued struct {
	Header
	v int64
}

// TestReuseAtOnce runs the free-list protocol the runtime uses: one
// thread keeps replacing the content of a shared slot with new objects,
// freeing each old one and reusing its memory at once (the runtime's
// fast path frees an object its only reference dropped without the death
// compare-and-swap), while readers load the slot, try-increment and check
// that the slot still holds what they counted. A reader that passes the
// check must see the slot's values in the order they were stored (never an
// older one: that would be a stale object counted after its memory was
// reused), and every count taken must balance: no object is reported
// dead while counted, and the run ends with the last object's counts
// exact. Run it with -race: the readers' header reads race with
// InitHeader's writes unless InitHeader writes reused headers as it must.
func TestReuseAtOnce(t *testing.T) {
	const readers = 2
	rounds := 50000
	if testing.Short() {
		rounds = 5000
	}
	w := startThread(t)
	var slot atomic.Pointer[valued]
	first := new(valued)
	w.InitHeader(&first.Header, nil)
	slot.Store(first)

	var stop atomic.Bool
	var wg sync.WaitGroup
	var reads atomic.Int64
	for range readers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := new(Thread)
			r.Start(nil)
			defer r.Exit(func(*Header) {})
			last := int64(-1)
			for !stop.Load() {
				p := slot.Load()
				if !r.TryIncref(&p.Header) {
					continue
				}
				if slot.Load() != p {
					// Dropping a count on an object the slot moved on
					// from: if it was the last, the reader frees it
					// (here: lets Go collect it).
					r.Decref(&p.Header)
					continue
				}
				v := p.v
				if !assert.GreaterOrEqual(t, v, last, "a counted, re-checked value went back in time") {
					stop.Store(true)
				}
				last = v
				reads.Add(1)
				r.Decref(&p.Header)
				runtime.Gosched()
			}
		}()
	}

	var free []*valued
	reused := 0
	// The writer goes on past rounds until the readers have counted some
	// values: on a loaded machine their goroutines may not run at all
	// before it would have finished (the test failed so, with no read).
	const minReads = 100
	written := int64(0)
	for i := int64(1); i <= int64(rounds) || (reads.Load() < minReads && i <= 100*int64(rounds)); i++ {
		written = i
		var o *valued
		if n := len(free); n > 0 {
			o, free = free[n-1], free[:n-1]
			reused++
		} else {
			o = new(valued)
		}
		w.InitHeader(&o.Header, nil)
		o.v = i
		old := slot.Swap(o)
		h := &old.Header
		if h.Owner() == w.ID() && h.LocalCount() == 1 && h.SharedCount() == 0 {
			free = append(free, old) // the fast path: no death transition
		} else if w.Decref(h) {
			free = append(free, old)
		}
		if i%64 == 0 {
			w.MergeQueued(func(h *Header) { free = append(free, (*valued)(unsafe.Pointer(h))) })
		}
		if stop.Load() {
			break
		}
	}
	stop.Store(true)
	wg.Wait()
	w.MergeQueued(func(*Header) {})

	last := slot.Load()
	require.Equal(t, written, last.v)
	assert.Equal(t, uint32(1), last.LocalCount()+uint32(last.SharedCount()), "the slot's object holds exactly the slot's reference")
	assert.Positive(t, reused, "memory was reused")
	assert.Positive(t, reads.Load(), "readers counted values")
	t.Logf("%d rounds, %d reused, %d reads", written, reused, reads.Load())
}
