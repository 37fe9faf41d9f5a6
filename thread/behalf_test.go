package thread

import (
	"runtime"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"gilfree/refcount"
)

// deathLog counts how often each object was reported dead.
type deathLog struct {
	mu     sync.Mutex
	deaths map[*refcount.Header]int
}

func (d *deathLog) dead(h *refcount.Header) {
	d.mu.Lock()
	d.deaths[h]++
	d.mu.Unlock()
}

// TestMergeOnBehalf drops, from several goroutines, the references to
// objects a detached thread owns. The owner's queue grows; the long-queue
// hook holds the owner and merges for it, the test's collector does the
// same at the end, and the owner itself sometimes attaches and merges at
// a safepoint. Every object dies exactly once, after its last reference.
func TestMergeOnBehalf(t *testing.T) {
	const (
		workers = 4
		objects = 3 * refcount.LongQueue
	)
	owner := New(nil)
	log := &deathLog{deaths: map[*refcount.Header]int{}}
	var onBehalf atomic.Int32
	owner.SetLongQueueHook(func() {
		if owner.TryHold() {
			onBehalf.Add(1)
			owner.MergeQueued(log.dead)
			owner.Release()
		}
	})

	// The owner makes the objects, each with one reference per worker,
	// and drops its own; then it detaches.
	owner.Attach()
	objs := make([]*refcount.Header, objects)
	for i := range objs {
		objs[i] = newObject(owner)
		for k := 1; k < workers; k++ {
			owner.Incref(objs[i])
		}
	}
	owner.Detach()

	var wg sync.WaitGroup
	stop := make(chan struct{})
	// The owner wakes now and then and answers its requests.
	ownerDone := make(chan struct{})
	go func() {
		defer close(ownerDone)
		for {
			select {
			case <-stop:
				return
			default:
			}
			owner.Attach()
			if owner.Pending()&RequestMerge != 0 {
				owner.MergeQueued(log.dead)
			}
			owner.Detach()
			runtime.Gosched()
		}
	}()
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := New(nil)
			s.Attach()
			for _, h := range objs {
				if s.Decref(h) {
					log.dead(h)
				}
			}
			s.Exit(log.dead)
		}()
	}
	wg.Wait()
	close(stop)
	<-ownerDone

	// A collector merges what is left for the detached owner.
	require.True(t, owner.TryHold())
	owner.MergeQueued(log.dead)
	owner.Release()

	for i, h := range objs {
		require.Equal(t, 1, log.deaths[h], "object %d", i)
	}
	assert.Equal(t, 0, owner.QueueLen())
	t.Logf("merges on behalf from the long-queue hook: %d", onBehalf.Load())
	owner.Attach()
	owner.Exit(log.dead)
}

// TestMergeRacesExit has workers drop objects of an owner that exits
// meanwhile: each object dies exactly once, whether the owner's exit
// drain, a holder, or a worker merging for the exited owner finds it.
func TestMergeRacesExit(t *testing.T) {
	const objects = 2000
	for round := 0; round < 5; round++ {
		owner := New(nil)
		owner.Attach()
		log := &deathLog{deaths: map[*refcount.Header]int{}}
		objs := make([]*refcount.Header, objects)
		for i := range objs {
			objs[i] = newObject(owner)
			owner.Incref(objs[i]) // one for the owner, one for a worker
		}
		var wg sync.WaitGroup
		wg.Add(2)
		go func() {
			defer wg.Done()
			s := New(nil)
			s.Attach()
			for _, h := range objs {
				if s.Decref(h) {
					log.dead(h)
				}
			}
			s.Exit(log.dead)
		}()
		go func() {
			defer wg.Done()
			for i, h := range objs {
				if owner.Decref(h) {
					log.dead(h)
				}
				if i == objects/2 {
					owner.Exit(log.dead)
					return
				}
			}
		}()
		wg.Wait()
		// The owner exited halfway: its remaining references are dropped
		// by a thread that inherits them, as the runtime's exit does
		// with what an exiting thread still holds.
		heir := New(nil)
		heir.Attach()
		for _, h := range objs[objects/2+1:] {
			if heir.Decref(h) {
				log.dead(h)
			}
		}
		heir.Exit(log.dead)
		for i, h := range objs {
			require.Equal(t, 1, log.deaths[h], "round %d object %d", round, i)
		}
	}
}
