package thread

import (
	"runtime"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestQSBR(t *testing.T) {
	a, b := newAttached(t), newAttached(t)
	d := newDetached(t)
	_ = d // detached: never holds anything up

	goal := Advance()
	assert.False(t, Safe(goal), "no thread has passed a quiescent point")
	a.Quiescent()
	assert.False(t, Safe(goal), "b has not")
	b.Quiescent()
	assert.True(t, Safe(goal))
	assert.GreaterOrEqual(t, Poll(), goal)

	goal = Advance()
	a.Quiescent()
	b.Detach()
	assert.True(t, Safe(goal), "a detached thread counts as quiescent")
	b.Attach()
	assert.True(t, Safe(goal), "it comes back online past the goal")

	goal = Advance()
	b.Quiescent()
	assert.False(t, Safe(goal), "a is behind")
	a.Exit(nil)
	assert.True(t, Safe(goal), "an exited thread holds nothing up")
}

// item is memory guarded by QSBR: while a reader may hold it, its value is
// its generation; once the writer reuses it, -1.
type item struct {
	gen atomic.Int64
}

// TestQSBRReuse: readers load the current item from a shared slot and check
// it between quiescent points, sometimes detaching; the writer replaces the
// item, retires the old one, and reuses retired items only when Safe. No
// reader ever sees a reused item.
func TestQSBRReuse(t *testing.T) {
	const readers, writes = 3, 3000
	var slot atomic.Pointer[item]
	first := new(item)
	slot.Store(first)

	var stop atomic.Bool
	var wg sync.WaitGroup
	for r := 0; r < readers; r++ {
		wg.Add(1)
		s := New(nil)
		go func(r int) {
			defer wg.Done()
			s.Attach()
			defer s.Exit(nil)
			for i := 0; !stop.Load(); i++ {
				p := slot.Load()
				g := p.gen.Load()
				runtime.Gosched()
				if p.gen.Load() != g || g < 0 {
					t.Errorf("reader %d: item reused while held (gen %d)", r, g)
					return
				}
				s.Quiescent()
				if i%64 == r {
					s.Detach()
					runtime.Gosched()
					s.Attach()
				}
			}
		}(r)
	}

	w := newAttached(t)
	type retired struct {
		p    *item
		goal uint64
	}
	var pending []retired
	reuse := func() {
		for len(pending) > 0 && Safe(pending[0].goal) {
			pending[0].p.gen.Store(-1)
			pending = pending[1:]
		}
	}
	for gen := int64(1); gen <= writes; gen++ {
		next := new(item)
		next.gen.Store(gen)
		old := slot.Swap(next)
		pending = append(pending, retired{old, Advance()})
		reuse()
		w.Quiescent()
		if gen%16 == 0 {
			runtime.Gosched()
		}
	}
	during := writes - len(pending)
	// The readers keep passing quiescent points, so everything retired
	// becomes reusable.
	for len(pending) > 0 {
		runtime.Gosched()
		reuse()
	}
	stop.Store(true)
	wg.Wait()
	t.Logf("%d of %d retired items reused while the writer ran", during, writes)
}
