package thread

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"gilfree/locks"
)

// TestDetachSuspendsSections: while a thread is detached its critical
// section's lock is free for another thread; Attach takes it back.
func TestDetachSuspendsSections(t *testing.T) {
	var obj atomic.Uint32
	a := newAttached(t)
	a.BeginSection(&obj)
	a.Detach()
	assert.False(t, locks.IsLocked(&obj))

	entered := make(chan struct{})
	leave := make(chan struct{})
	go func() {
		b := New(nil)
		b.Attach()
		b.BeginSection(&obj)
		close(entered)
		<-leave
		b.EndSection()
		b.Exit(nil)
	}()
	<-entered
	attached := make(chan struct{})
	go func() {
		a.Attach() // resumes the section: waits for b
		close(attached)
	}()
	select {
	case <-attached:
		t.Fatal("attached while another thread held the section's lock")
	case <-time.After(20 * time.Millisecond):
	}
	assert.Equal(t, Detached, a.Status(), "a resuming thread counts as detached")
	close(leave)
	<-attached
	assert.Equal(t, Attached, a.Status())
	assert.True(t, locks.IsLocked(&obj))
	a.EndSection()
	assert.False(t, locks.IsLocked(&obj))
}

// TestSectionWaitDetaches: a thread waiting for an object lock is
// detached meanwhile, so another goroutine can hold its state (to merge
// its queue, as the collector would).
func TestSectionWaitDetaches(t *testing.T) {
	var obj atomic.Uint32
	a := newAttached(t)
	a.BeginSection(&obj)

	done := make(chan struct{})
	b := New(nil)
	go func() {
		b.Attach()
		b.BeginSection(&obj)
		b.EndSection()
		b.Exit(nil)
		close(done)
	}()
	deadline := time.Now().Add(5 * time.Second)
	for !b.TryHold() {
		require.True(t, time.Now().Before(deadline), "the waiting thread never detached")
		time.Sleep(100 * time.Microsecond)
	}
	b.Release()
	a.EndSection()
	<-done
}

// TestSectionsAcrossThreadsStress: thread states take sections on two
// objects in opposite orders, nested and paired, and detach and attach in
// the middle; counters changed in the innermost section lose nothing.
func TestSectionsAcrossThreadsStress(t *testing.T) {
	const threads, perT = 6, 1000
	var x, y atomic.Uint32
	var cx, cy int
	var wg sync.WaitGroup
	states := make([]*State, threads)
	for g := range states {
		states[g] = New(nil) // on this goroutine, as New requires
	}
	assert.True(t, locks.Threaded(), "a second state switched locking on")
	for g := 0; g < threads; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := states[g]
			s.Attach()
			first, second, c1, c2 := &x, &y, &cx, &cy
			if g%2 == 1 {
				first, second, c1, c2 = &y, &x, &cy, &cx
			}
			for i := 0; i < perT; i++ {
				s.BeginSection(first)
				*c1++
				s.BeginSection2(second, first)
				*c2++
				if i%16 == 0 {
					s.Detach()
					s.Attach()
				}
				*c1++
				s.EndSection()
				s.EndSection()
			}
			s.Exit(nil)
		}()
	}
	finished := make(chan struct{})
	go func() { wg.Wait(); close(finished) }()
	select {
	case <-finished:
	case <-time.After(60 * time.Second):
		t.Fatal("deadlock")
	}
	assert.Equal(t, threads*perT*3/2, cx)
	assert.Equal(t, threads*perT*3/2, cy)
}
