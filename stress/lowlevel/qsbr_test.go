package lowlevel

import (
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"unsafe"

	"gilfree/refcount"
	"gilfree/thread"
)

// cell is a recyclable object: its memory is reused for a new object
// (a new generation) once QSBR says no reader can still hold it.
type cell struct {
	refcount.Header
	gen atomic.Int64
}

func cellOf(h *refcount.Header) *cell { return (*cell)(unsafe.Pointer(h)) }

// retired is a dead cell waiting for its grace period.
type retired struct {
	c    *cell
	goal uint64
}

// recycler is one thread's free list of dead cells.
type recycler struct {
	s       *thread.State
	pending []retired
	deaths  *deaths
	reused  *atomic.Int64
}

func (r *recycler) dead(h *refcount.Header) {
	c := cellOf(h)
	r.deaths.record(int(c.gen.Load()))
	r.pending = append(r.pending, retired{c, thread.Advance()})
}

// fresh returns a cell for a new object: a retired one whose grace period
// is over, or new memory.
func (r *recycler) fresh(gen int64) *cell {
	var c *cell
	if len(r.pending) > 0 && thread.Safe(r.pending[0].goal) {
		c = r.pending[0].c
		r.pending = r.pending[1:]
		r.reused.Add(1)
	} else {
		c = new(cell)
	}
	r.s.InitHeader(&c.Header, nil)
	c.gen.Store(gen)
	return c
}

func (r *recycler) drop(c *cell) {
	if r.s.Decref(&c.Header) {
		r.dead(&c.Header)
	}
}

// TestTryIncrefRacesRecycle: writers replace the objects in shared slots
// and drop the slots' references; readers load a slot and try-increment
// what they found, with no lock, as the runtime's lock-free container
// reads do. Dead objects' memory is reused for new objects once QSBR's
// grace period is over. A reader's try-increment must fail on a dead
// object, and one that succeeds must hold the very object it loaded: its
// generation may not change while the reader holds it (memory reused
// under a reader). Every generation dies exactly once; the race detector
// checks that reuse (InitHeader's plain writes) is ordered after every
// reader's access.
func TestTryIncrefRacesRecycle(t *testing.T) {
	enableThreads(t)
	var (
		writers = 2
		readers = 4
		rounds  = scaled(20000)
	)
	slots := make([]atomic.Pointer[cell], 8)
	d := newDeaths(t)
	var gens, reused, hits, misses atomic.Int64

	setup := thread.New(nil)
	setup.Attach()
	for i := range slots {
		c := new(cell)
		setup.InitHeader(&c.Header, nil)
		c.gen.Store(gens.Add(1) - 1)
		slots[i].Store(c)
	}
	setup.Detach() // the slots' references stay with it until the end

	var wg sync.WaitGroup
	var writersLeft atomic.Int32
	writersLeft.Store(int32(writers))
	for w := 0; w < writers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			defer writersLeft.Add(-1)
			s := thread.New(nil)
			s.Attach()
			r := &recycler{s: s, deaths: d, reused: &reused}
			for i := 0; i < rounds; i++ {
				c := r.fresh(gens.Add(1) - 1)
				old := slots[(i+w)%len(slots)].Swap(c)
				r.drop(old)
				if i%16 == 0 {
					s.MergeQueued(r.dead)
					s.Quiescent()
				}
			}
			s.MergeQueued(r.dead)
			s.Exit(r.dead)
		}(w)
	}
	for k := 0; k < readers; k++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			s := thread.New(nil)
			s.Attach()
			r := &recycler{s: s, deaths: d, reused: &reused}
			for i := 0; writersLeft.Load() > 0; i++ {
				s.Quiescent() // holds no pointer loaded from a slot
				c := slots[(i+k)%len(slots)].Load()
				g := c.gen.Load()
				if !s.TryIncref(&c.Header) {
					misses.Add(1)
					continue
				}
				hits.Add(1)
				runtime.Gosched()
				if c.gen.Load() != g {
					t.Errorf("a held object's memory was reused: generation %d became %d", g, c.gen.Load())
				}
				r.drop(c)
				if i%64 == 0 {
					s.MergeQueued(r.dead)
				}
				if i%512 == 0 {
					s.Detach()
					s.Attach()
				}
			}
			s.MergeQueued(r.dead)
			s.Exit(r.dead)
		}(k)
	}
	wg.Wait()

	setup.Attach()
	r := &recycler{s: setup, deaths: d, reused: &reused}
	for i := range slots {
		r.drop(slots[i].Swap(nil))
	}
	setup.MergeQueued(r.dead)
	setup.Exit(r.dead)
	d.checkAll(int(gens.Load()))
	t.Logf("%d generations, %d reused, %d try-increments held, %d failed", gens.Load(), reused.Load(), hits.Load(), misses.Load())
}
