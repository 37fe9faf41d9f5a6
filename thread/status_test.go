package thread

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"gilfree/refcount"
)

func TestStatusTransitions(t *testing.T) {
	ops := map[string]func(s *State) bool{
		"Attach":  func(s *State) bool { s.Attach(); return true },
		"Detach":  func(s *State) bool { s.Detach(); return true },
		"TryHold": func(s *State) bool { return s.TryHold() },
		"Release": func(s *State) bool { s.Release(); return true },
	}
	tests := []struct {
		from   Status
		op     string
		ok     bool   // TryHold's answer
		want   Status // the status after
		panics bool
	}{
		{from: Detached, op: "Attach", ok: true, want: Attached},
		{from: Detached, op: "Detach", panics: true},
		{from: Detached, op: "TryHold", ok: true, want: Held},
		{from: Detached, op: "Release", panics: true},
		{from: Attached, op: "Attach", panics: true},
		{from: Attached, op: "Detach", ok: true, want: Detached},
		{from: Attached, op: "TryHold", ok: false, want: Attached},
		{from: Attached, op: "Release", panics: true},
		{from: Held, op: "Detach", panics: true},
		{from: Held, op: "TryHold", ok: false, want: Held},
		{from: Held, op: "Release", ok: true, want: Detached},
	}
	for _, tt := range tests {
		t.Run(tt.from.String()+"/"+tt.op, func(t *testing.T) {
			s := newDetached(t)
			switch tt.from {
			case Attached:
				s.Attach()
			case Held:
				require.True(t, s.TryHold())
			}
			if tt.panics {
				assert.Panics(t, func() { ops[tt.op](s) })
				assert.Equal(t, tt.from, s.Status(), "unchanged")
				return
			}
			assert.Equal(t, tt.ok, ops[tt.op](s))
			assert.Equal(t, tt.want, s.Status())
		})
	}
}

// TestAttachWaitsForHold: a thread attaching while its state is held
// returns only after Release, and sees what the holder did (the race
// detector checks the ordering of the plain variable). The holder releases
// at once, after a few yields (the thread spins), or after the thread has
// had time to park.
func TestAttachWaitsForHold(t *testing.T) {
	for _, delay := range []time.Duration{0, time.Microsecond, 20 * time.Millisecond} {
		t.Run(delay.String(), func(t *testing.T) {
			s := newDetached(t)
			require.True(t, s.TryHold())
			var released atomic.Bool
			work := 0
			done := make(chan struct{})
			go func() {
				defer close(done)
				s.Attach()
				assert.True(t, released.Load(), "Attach returned while held")
				assert.Equal(t, 42, work)
				s.Detach()
			}()
			time.Sleep(delay)
			work = 42
			released.Store(true)
			s.Release()
			<-done
		})
	}
}

// TestHoldActsForThread: while a thread is detached, a holder drains its
// merge queue as the thread, racing the thread's own attach-detach cycles.
// Every queued object dies exactly once, drained by one or the other.
func TestHoldActsForThread(t *testing.T) {
	const objects, rounds = 64, 40
	owner := New(nil)
	owner.Attach()
	objs := make([]*refcount.Header, objects*rounds)
	for i := range objs {
		objs[i] = newObject(owner)
	}
	owner.Detach()

	var deaths atomic.Int32
	dead := func(*refcount.Header) { deaths.Add(1) }
	var wg sync.WaitGroup
	stop := make(chan struct{})
	wg.Add(1)
	go func() { // the owner's goroutine: attach, merge, detach
		defer wg.Done()
		for {
			select {
			case <-stop:
				owner.Attach()
				owner.Exit(dead)
				return
			default:
			}
			owner.Attach()
			if owner.Take(RequestMerge) != 0 {
				owner.MergeQueued(dead)
			}
			owner.Detach()
		}
	}()
	other := newAttached(t)
	holds := 0
	for r := 0; r < rounds; r++ {
		for _, h := range objs[r*objects : (r+1)*objects] {
			other.Decref(h)
		}
		if owner.TryHold() {
			holds++
			owner.MergeQueued(dead)
			owner.Release()
		}
	}
	close(stop)
	wg.Wait()
	assert.Equal(t, int32(len(objs)), deaths.Load())
	t.Logf("%d of %d rounds drained by a holder", holds, rounds)
}
