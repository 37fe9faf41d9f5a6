package lowlevel

import (
	"math/rand/v2"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"gilfree/locks"
	"gilfree/thread"
)

// guarded is an object with a lock word and two counters that writers
// change together inside a critical section on it: whoever holds the
// section must always find them equal.
type guarded struct {
	word atomic.Uint32
	a, b int
}

// TestSectionsContended: threads take critical sections on one or two of
// a few objects (two in random order; BeginSection2 sorts them), nest
// them three deep, and suspend them by detaching mid-section, while the
// other threads contend for the same locks. Inside every section the
// counters of the objects it covers must be equal (mutual exclusion),
// re-checked after each suspension and after each inner section ends (the
// lock was given up and taken back), and no increment may be lost.
func TestSectionsContended(t *testing.T) {
	enableThreads(t)
	var (
		workers = 6
		rounds  = scaled(5000)
	)
	objs := make([]*guarded, 5)
	for i := range objs {
		objs[i] = new(guarded)
	}
	var bumps [5]atomic.Int64 // increments per object, counted outside
	var suspended atomic.Int64
	check := func(o *guarded) {
		if o.a != o.b {
			t.Errorf("counters %d != %d inside a section", o.a, o.b)
		}
	}
	bump := func(i int) {
		o := objs[i]
		check(o)
		o.a++
		o.b++
		bumps[i].Add(1)
	}
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(seed uint64) {
			defer wg.Done()
			s := thread.New(nil)
			s.Attach()
			rng := rand.New(rand.NewPCG(seed, 5))
			for r := 0; r < rounds; r++ {
				i, j := rng.IntN(len(objs)), rng.IntN(len(objs))
				if i == j {
					s.BeginSection(&objs[i].word)
					bump(i)
				} else {
					s.BeginSection2(&objs[i].word, &objs[j].word)
					bump(i)
					bump(j)
				}
				if rng.IntN(4) == 0 {
					k := rng.IntN(len(objs))
					s.BeginSection(&objs[k].word)
					bump(k)
					if rng.IntN(2) == 0 {
						l := rng.IntN(len(objs))
						s.BeginSection(&objs[l].word)
						bump(l)
						s.EndSection()
					}
					s.EndSection()
					check(objs[i]) // the outer section was resumed
					check(objs[j])
				}
				if rng.IntN(8) == 0 {
					s.Detach() // suspends: other threads may take the locks
					suspended.Add(1)
					runtime.Gosched()
					s.Attach() // resumes: the locks are ours again
					bump(i)
					check(objs[j])
				}
				s.EndSection()
				if rng.IntN(64) == 0 {
					s.Detach()
					time.Sleep(10 * time.Microsecond)
					s.Attach()
				}
			}
			s.Exit(nil)
		}(uint64(w))
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Minute):
		require.FailNow(t, "deadlock: the sections never finished")
	}
	for i, o := range objs {
		assert.Equal(t, bumps[i].Load(), int64(o.a), "object %d", i)
		assert.Equal(t, o.a, o.b, "object %d", i)
		assert.False(t, locks.IsLocked(&o.word), "object %d left locked", i)
	}
	t.Logf("%d suspensions", suspended.Load())
}
