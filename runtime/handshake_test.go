package runtime

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// spinner runs a thread that polls like the eval loop and reads *field
// (a plain field, as slot functions are) until stop is set; it reports
// how many reads it made.
func spinner(in *Interp, field *int, stop *atomic.Bool, reads *atomic.Int64, wg *sync.WaitGroup) {
	nt := in.NewThread()
	go func() {
		defer wg.Done()
		nt.Attach()
		n := int64(0)
		for !stop.Load() {
			if *field < 0 {
				panic("torn read")
			}
			n++
			if nt.Pending() != 0 {
				if err := nt.Poll(); err != nil {
					panic(err)
				}
			}
		}
		reads.Add(n)
		nt.Exit()
	}()
}

// TestStopTheWorld changes a plain field under StopTheWorld while other
// threads read it between polls: under -race, no race is reported, and
// every stop returns.
func TestStopTheWorld(t *testing.T) {
	main := thr(t)
	field := 0
	var stop atomic.Bool
	var reads atomic.Int64
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		spinner(main.Interp, &field, &stop, &reads, &wg)
	}
	for i := 1; i <= 50; i++ {
		main.StopTheWorld(func() { field = i })
		time.Sleep(100 * time.Microsecond)
	}
	stop.Store(true)
	main.Detach()
	wg.Wait()
	main.Attach()
	assert.Equal(t, 50, field)
	assert.Positive(t, reads.Load())
}

// TestMergeAll hands references to objects that a detached thread and an
// attached one own to the main thread, which drops them: each drop queues
// the object to its owner. MergeAll makes the attached owner merge through
// a handshake (or it merged already at a poll) and merges for the
// detached one while holding it; every object has died, once, when it
// returns.
func TestMergeAll(t *testing.T) {
	main := thr(t)
	const n = 200
	var deaths atomic.Int64
	probe := &Type{Name: "mergeall_probe"}
	probe.Dealloc = func(t *Thread, o *Object) { deaths.Add(1) }
	newObjs := func(owner *Thread) []*Object {
		objs := make([]*Object, n)
		for i := range objs {
			o := new(Object)
			owner.initObject(o, probe)
			objs[i] = o
		}
		return objs
	}

	detached := main.Interp.NewThread()
	detached.Attach()
	objsD := newObjs(detached)
	detached.Detach()

	attached := main.Interp.NewThread()
	ready := make(chan []*Object)
	var stop atomic.Bool
	done := make(chan struct{})
	go func() {
		attached.Attach()
		ready <- newObjs(attached)
		for !stop.Load() {
			if attached.Pending() != 0 {
				if err := attached.Poll(); err != nil {
					panic(err)
				}
			}
		}
		attached.Exit()
		close(done)
	}()
	objsA := <-ready

	for _, o := range append(objsD, objsA...) {
		main.Decref(o) // the owners handed their references over
	}
	main.MergeAll()
	assert.Equal(t, int64(2*n), deaths.Load())

	stop.Store(true)
	main.Detach()
	<-done
	main.Attach()
	detached.Attach()
	detached.Exit()
}
