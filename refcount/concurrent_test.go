package refcount

import (
	"math/rand/v2"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// tracked is a set of objects with, for each, a shadow count of the
// references the test believes are held and the number of times it was
// reported dead. Every holder lowers the shadow count before it decrefs, so
// when an object is reported dead its shadow count must already be zero:
// death came neither early nor late.
type tracked struct {
	t      *testing.T
	objs   []*Header
	index  map[*Header]int
	shadow []atomic.Int64
	deaths []atomic.Int32
}

func newTracked(t *testing.T, owner *Thread, n int, refs int) *tracked {
	tr := &tracked{t: t, index: map[*Header]int{}, shadow: make([]atomic.Int64, n), deaths: make([]atomic.Int32, n)}
	for i := 0; i < n; i++ {
		h := newObject(owner)
		for k := 1; k < refs; k++ {
			owner.Incref(h)
		}
		tr.objs = append(tr.objs, h)
		tr.index[h] = i
		tr.shadow[i].Store(int64(refs))
	}
	return tr
}

func (tr *tracked) dead(h *Header) {
	i := tr.index[h]
	if tr.deaths[i].Add(1) != 1 {
		tr.t.Errorf("object %d reported dead twice", i)
	}
	if s := tr.shadow[i].Load(); s != 0 {
		tr.t.Errorf("object %d reported dead with %d references held", i, s)
	}
}

func (tr *tracked) incref(th *Thread, i int) {
	tr.shadow[i].Add(1)
	th.Incref(tr.objs[i])
}

func (tr *tracked) decref(th *Thread, i int) {
	tr.shadow[i].Add(-1)
	if th.Decref(tr.objs[i]) {
		tr.dead(tr.objs[i])
	}
}

func (tr *tracked) checkAllDead() {
	for i := range tr.objs {
		assert.Equal(tr.t, int32(1), tr.deaths[i].Load(), "deaths of object %d", i)
	}
}

// TestConcurrentIncDec: the owner and other threads increment and decrement
// the same objects at once, the others dropping references the owner
// counted (so objects are queued and merged), and every object is reported
// dead exactly once, when the last reference goes. In the second case the
// owner exits while the others still work, so they merge for it.
func TestConcurrentIncDec(t *testing.T) {
	const (
		workers = 6
		objects = 256
		lent    = 2 // references each worker starts with, per object
		rounds  = 20000
	)
	for _, exitEarly := range []bool{false, true} {
		name := "owner merges"
		if exitEarly {
			name = "owner exits first"
		}
		t.Run(name, func(t *testing.T) {
			owner := new(Thread)
			owner.Start(nil)
			tr := newTracked(t, owner, objects, 1+workers*lent)
			var wg sync.WaitGroup
			var finished atomic.Int32
			for w := 0; w < workers; w++ {
				wg.Add(1)
				go func(seed uint64) {
					defer wg.Done()
					defer finished.Add(1)
					th := new(Thread)
					th.Start(nil)
					defer th.Exit(tr.dead)
					rng := rand.New(rand.NewPCG(seed, 7))
					held := make([]int, objects)
					for i := range held {
						held[i] = lent
					}
					for r := 0; r < rounds; r++ {
						i := rng.IntN(objects)
						switch {
						case held[i] == 0:
						case rng.IntN(2) == 0:
							tr.incref(th, i)
							held[i]++
						default:
							held[i]--
							tr.decref(th, i)
						}
					}
					for i, n := range held {
						for ; n > 0; n-- {
							tr.decref(th, i)
						}
					}
				}(uint64(w))
			}
			rng := rand.New(rand.NewPCG(99, 7))
			held := make([]int, objects)
			for i := range held {
				held[i] = 1
			}
			ownerRounds := rounds
			if exitEarly {
				ownerRounds = rounds / 8
			}
			for r := 0; r < ownerRounds; r++ {
				i := rng.IntN(objects)
				switch {
				case held[i] == 0:
				case rng.IntN(2) == 0:
					tr.incref(owner, i)
					held[i]++
				default:
					held[i]--
					tr.decref(owner, i)
				}
				if r%16 == 0 {
					owner.MergeQueued(tr.dead)
				}
			}
			for i, n := range held {
				for ; n > 0; n-- {
					tr.decref(owner, i)
				}
			}
			if !exitEarly {
				for finished.Load() < workers {
					owner.MergeQueued(tr.dead)
					runtime.Gosched()
				}
			}
			owner.Exit(tr.dead)
			wg.Wait()
			tr.checkAllDead()
		})
	}
}

// TestQueueRacesExit: other threads drop the only references to objects an
// owner counted while the owner drains and exits. Each object is merged
// either by the owner (queued before its exit) or by the thread that queued
// it (after), and dies exactly once.
func TestQueueRacesExit(t *testing.T) {
	const (
		workers = 4
		objects = 400
		rounds  = 10
	)
	for round := 0; round < rounds; round++ {
		owner := new(Thread)
		owner.Start(nil)
		tr := newTracked(t, owner, objects, 1)
		start := make(chan struct{})
		var wg sync.WaitGroup
		for w := 0; w < workers; w++ {
			wg.Add(1)
			go func(w int) {
				defer wg.Done()
				th := new(Thread)
				th.Start(nil)
				defer th.Exit(tr.dead)
				<-start
				for i := w; i < objects; i += workers {
					tr.decref(th, i)
				}
			}(w)
		}
		close(start)
		for i := 0; i < round; i++ {
			owner.MergeQueued(tr.dead)
			runtime.Gosched()
		}
		owner.Exit(tr.dead)
		wg.Wait()
		tr.checkAllDead()
	}
}

// TestTryIncrefRacesRelease: readers try-increment an object while its last
// counted reference is released. A try-increment never succeeds after death
// was reported, and death is never reported while a reader holds the
// reference it got.
func TestTryIncrefRacesRelease(t *testing.T) {
	const (
		readers = 4
		rounds  = 150
		tries   = 2000
	)
	tests := []struct {
		name string
		// setup makes h's only remaining reference belong to the returned
		// releaser; the owner keeps merging while the round runs.
		setup func(owner, other *Thread, h *Header) (releaser *Thread)
	}{
		{name: "owner releases", setup: func(owner, _ *Thread, _ *Header) *Thread { return owner }},
		{name: "non-owner releases an owned object", setup: func(owner, other *Thread, h *Header) *Thread {
			return other // other drops the reference the owner counted
		}},
		{name: "non-owner releases a merged object", setup: func(owner, other *Thread, h *Header) *Thread {
			other.Incref(h)
			require.False(t, owner.Decref(h))
			return other
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			owner, other := startThread(t), startThread(t)
			rs := make([]*Thread, readers)
			for i := range rs {
				rs[i] = startThread(t)
			}
			for round := 0; round < rounds; round++ {
				h := newObject(owner)
				releaser := tt.setup(owner, other, h)
				var reported atomic.Bool
				var deaths atomic.Int32
				died := func(*Header) {
					deaths.Add(1)
					reported.Store(true)
				}
				start := make(chan struct{})
				var wg sync.WaitGroup
				for _, th := range rs {
					wg.Add(1)
					go func(th *Thread) {
						defer wg.Done()
						<-start
						for i := 0; i < tries; i++ {
							if !th.TryIncref(h) {
								assert.False(t, th.TryIncref(h), "a failed try-increment stays failed")
								return
							}
							assert.False(t, reported.Load(), "try-increment succeeded on a dead object")
							if th.Decref(h) {
								died(h)
							}
						}
					}(th)
				}
				var rel sync.WaitGroup
				rel.Add(1)
				go func() {
					defer rel.Done()
					<-start
					if releaser.Decref(h) {
						died(h)
					}
				}()
				if releaser == owner {
					close(start)
					rel.Wait()
				} else {
					close(start)
					rel.Wait()
					for deaths.Load() == 0 && h.Owner() != 0 {
						owner.MergeQueued(died)
						runtime.Gosched()
					}
				}
				wg.Wait()
				owner.MergeQueued(died)
				require.Equal(t, int32(1), deaths.Load(), "round %d", round)
				require.False(t, other.TryIncref(h))
			}
		})
	}
}

// TestConcurrentImmortal: counting on an immortal object from many threads
// changes nothing and races with nothing.
func TestConcurrentImmortal(t *testing.T) {
	owner := startThread(t)
	h := newObject(owner)
	h.MakeImmortal()
	before := snapshot(h)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			th := new(Thread)
			th.Start(nil)
			defer th.Exit(func(*Header) { t.Error("immortal object died") })
			for i := 0; i < 2000; i++ {
				th.Incref(h)
				assert.True(t, th.TryIncref(h))
				assert.False(t, th.Decref(h))
				assert.False(t, th.Decref(h))
			}
		}()
	}
	wg.Wait()
	assert.Equal(t, before, snapshot(h))
}

// TestConcurrentDeferred: a deferred object is never reported dead by
// counting, even when every counted reference is gone, and its counts add
// up to the references held.
func TestConcurrentDeferred(t *testing.T) {
	const workers, lent, rounds = 4, 2, 2000
	owner := startThread(t)
	h := newObject(owner)
	h.MakeDeferred()
	for i := 0; i < workers*lent; i++ {
		owner.Incref(h)
	}
	never := func(*Header) { t.Error("deferred object reported dead") }
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(seed uint64) {
			defer wg.Done()
			th := new(Thread)
			th.Start(nil)
			defer th.Exit(never)
			rng := rand.New(rand.NewPCG(seed, 3))
			held := lent
			for i := 0; i < rounds; i++ {
				if held > 0 && rng.IntN(2) == 0 {
					held--
					assert.False(t, th.Decref(h))
				} else {
					th.Incref(h)
					held++
				}
			}
			for ; held > 0; held-- {
				assert.False(t, th.Decref(h))
			}
		}(uint64(w))
	}
	wg.Wait()
	owner.MergeQueued(never)
	assert.Equal(t, int64(1), int64(h.LocalCount())+h.SharedCount(), "only the owner's reference is left")
	assert.False(t, owner.Decref(h), "the last counted reference")
	assert.Zero(t, int64(h.LocalCount())+h.SharedCount())
}

// TestGiveUpRacesQueue: the owner gives up ownership of an object just after
// another thread queued it, so that the queueing thread may find no owner
// and the owner may find the queued object no longer its own. Either way the
// object dies exactly once.
func TestGiveUpRacesQueue(t *testing.T) {
	const rounds = 1500
	o, x, y := startThread(t), startThread(t), startThread(t)
	for round := 0; round < rounds; round++ {
		h := newObject(o)
		o.Incref(h) // lent to x
		var deaths atomic.Int32
		died := func(*Header) { deaths.Add(1) }
		done := make(chan struct{})
		go func() {
			defer close(done)
			if x.Decref(h) {
				died(h)
			}
		}()
		for h.state() != stateQueued {
			runtime.Gosched()
		}
		y.Incref(h) // a shared reference, handed to o
		assert.False(t, o.Decref(h))
		// Giving up ownership reports death if x already found no owner
		// and dropped the queue's reference.
		if o.Decref(h) {
			died(h)
		}
		<-done
		o.MergeQueued(died)
		require.Equal(t, int32(1), deaths.Load(), "round %d", round)
	}
}
