package lowlevel

import (
	"math/rand/v2"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/require"

	"gilfree/refcount"
	"gilfree/thread"
)

// obj is a stand-in for a runtime object: a header and the test's id.
type obj struct {
	refcount.Header
	id int
}

func objOf(h *refcount.Header) *obj { return (*obj)(unsafe.Pointer(h)) }

// pool is a shared array of slots, each holding one counted reference or
// nothing: the shape of a container many threads put objects into and
// take them out of.
type pool struct {
	slots  []atomic.Pointer[obj]
	nextID atomic.Int64
	deaths *deaths
}

func (p *pool) dead(h *refcount.Header) {
	p.deaths.record(objOf(h).id)
	h.Poison()
}

// drop releases one reference s holds.
func (p *pool) drop(s *thread.State, o *obj) {
	if s.Decref(&o.Header) {
		p.dead(&o.Header)
	}
}

// put stores a reference s holds in an empty slot near i, or drops it.
func (p *pool) put(s *thread.State, o *obj, i int) {
	for k := 0; k < 4; k++ {
		if p.slots[(i+k)%len(p.slots)].CompareAndSwap(nil, o) {
			return
		}
	}
	p.drop(s, o)
}

// TestPoolChurn: generations of thread states create objects, share them
// through a pool, take, duplicate and drop each other's references, detach
// now and then (a collector goroutine holds detached states and merges
// their queues for them), and exit while other threads still hold their
// objects, so that merges race exits. Every object must die exactly once,
// after its last reference: a death reported early poisons the object and
// the next count operation on it panics.
func TestPoolChurn(t *testing.T) {
	enableThreads(t)
	var (
		workers     = 6
		generations = scaled(6)
		opsPerGen   = scaled(3000)
	)
	p := &pool{slots: make([]atomic.Pointer[obj], 128), deaths: newDeaths(t)}
	stop := make(chan struct{})
	var collector sync.WaitGroup
	var onBehalf atomic.Int64
	collector.Add(1)
	go func() {
		defer collector.Done()
		for {
			select {
			case <-stop:
				return
			default:
			}
			thread.ForEach(func(s *thread.State) {
				if s.TryHold() {
					if s.QueueLen() > 0 {
						onBehalf.Add(1)
						s.MergeQueued(p.dead)
					}
					s.Release()
				}
			})
			runtime.Gosched()
		}
	}()

	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(seed uint64) {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(seed, 11))
			for g := 0; g < generations; g++ {
				s := thread.New(nil)
				s.Attach()
				for op := 0; op < opsPerGen; op++ {
					i := rng.IntN(len(p.slots))
					switch r := rng.IntN(10); {
					case r < 3:
						o := &obj{id: int(p.nextID.Add(1) - 1)}
						s.InitHeader(&o.Header, nil)
						p.put(s, o, i)
					default:
						o := p.slots[i].Swap(nil)
						if o == nil {
							continue
						}
						switch {
						case r < 6:
							p.drop(s, o)
						case r < 8:
							p.put(s, o, rng.IntN(len(p.slots)))
						default:
							s.Incref(&o.Header)
							p.put(s, o, i)
							p.put(s, o, rng.IntN(len(p.slots)))
						}
					}
					if op%32 == 0 && s.Pending()&thread.RequestMerge != 0 {
						s.MergeQueued(p.dead)
					}
					if op%200 == 0 {
						s.Detach()
						runtime.Gosched()
						s.Attach()
					}
				}
				s.Exit(p.dead) // its objects stay in the pool
			}
		}(uint64(w))
	}
	wg.Wait()
	close(stop)
	collector.Wait()

	last := thread.New(nil)
	last.Attach()
	for i := range p.slots {
		if o := p.slots[i].Swap(nil); o != nil {
			p.drop(last, o)
		}
	}
	last.MergeQueued(p.dead)
	last.Exit(p.dead)
	created := int(p.nextID.Load())
	require.Positive(t, created)
	p.deaths.checkAll(created)
	t.Logf("%d objects, %d merges on behalf of detached threads", created, onBehalf.Load())
}
