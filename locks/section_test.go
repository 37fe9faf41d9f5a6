package locks

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// countingWaiter records the waits a Sections announces.
type countingWaiter struct{ begins, ends int }

func (c *countingWaiter) BeginWait() { c.begins++ }
func (c *countingWaiter) EndWait()   { c.ends++ }

func TestSectionNesting(t *testing.T) {
	var x, y atomic.Uint32
	var s Sections
	s.BeginSection(&x)
	s.BeginSection(&x) // re-enters
	assert.Equal(t, 2, s.Depth())
	s.EndSection()
	assert.True(t, IsLocked(&x), "re-entry's end keeps the lock")
	s.BeginSection2(&y, &x)
	assert.True(t, IsLocked(&y))
	s.BeginSection2(&x, &y) // same pair, either order: re-enters
	s.BeginSection(&y)      // one of the pair: re-enters
	assert.Equal(t, 4, s.Depth())
	s.EndSection()
	s.EndSection()
	assert.True(t, IsLocked(&x) && IsLocked(&y))
	s.EndSection()
	assert.False(t, IsLocked(&y))
	assert.True(t, IsLocked(&x))
	s.EndSection()
	assert.False(t, IsLocked(&x))
	assert.Equal(t, 0, s.Depth())

	s.BeginSection2(&x, &x)
	assert.Equal(t, 1, s.Depth())
	s.EndSection()
	assert.False(t, IsLocked(&x))
}

// TestSectionSuspendResume: a suspended section (its thread detached) lets
// another goroutine take the lock; resuming retakes it.
func TestSectionSuspendResume(t *testing.T) {
	var x, y atomic.Uint32
	var s Sections
	s.BeginSection(&x)
	s.BeginSection2(&x, &y)
	s.SuspendSections()
	assert.False(t, IsLocked(&x))
	assert.False(t, IsLocked(&y))

	entered := make(chan struct{})
	leave := make(chan struct{})
	go func() {
		var o Sections
		o.BeginSection(&x)
		close(entered)
		<-leave
		o.EndSection()
	}()
	<-entered
	resumed := make(chan struct{})
	go func() {
		s.ResumeSections() // waits for the other goroutine
		close(resumed)
	}()
	select {
	case <-resumed:
		t.Fatal("resumed while another goroutine held the lock")
	case <-time.After(20 * time.Millisecond):
	}
	close(leave)
	<-resumed
	assert.True(t, IsLocked(&x) && IsLocked(&y), "only the innermost section resumes, with both locks")
	s.EndSection()
	assert.True(t, IsLocked(&x), "ending the innermost resumed the outer one")
	assert.False(t, IsLocked(&y))
	s.EndSection()
	assert.Equal(t, uint32(0), x.Load()|y.Load())
}

// TestSectionWaitSuspends: a thread that must wait for a lock first
// releases the locks of the sections it holds, which lets the holder of
// that lock, who wants one of them, finish: the classic lock-order
// deadlock cannot happen.
func TestSectionWaitSuspends(t *testing.T) {
	var x, y atomic.Uint32
	var a, b Sections
	wa, wb := &countingWaiter{}, &countingWaiter{}
	a.SetWaiter(wa)
	b.SetWaiter(wb)
	a.BeginSection(&x)
	b.BeginSection(&y)
	done := make(chan struct{})
	go func() {
		b.BeginSection(&x) // waits: suspends y
		b.EndSection()     // resumes y
		assert.True(t, IsLocked(&y))
		b.EndSection()
		close(done)
	}()
	a.BeginSection(&y) // waits for y, which b releases when it waits
	assert.True(t, IsLocked(&y))
	a.EndSection()
	a.EndSection()
	<-done
	assert.Equal(t, uint32(0), x.Load()|y.Load())
	assert.Equal(t, wa.begins, wa.ends)
	assert.Equal(t, wb.begins, wb.ends)
	assert.GreaterOrEqual(t, wa.begins+wb.begins, 1, "at least one side waited")
}

// TestSectionsNoDeadlockStress: many goroutines nest sections on two
// objects in opposite orders and lock both in two-object sections in
// either order. Nothing deadlocks and each counter, changed only in the
// innermost section holding its lock, loses nothing.
func TestSectionsNoDeadlockStress(t *testing.T) {
	const goroutines, perG = 8, 2000
	var x, y atomic.Uint32
	var cx, cy int
	var wg sync.WaitGroup
	for g := 0; g < goroutines; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var s Sections
			first, second, c1, c2 := &x, &y, &cx, &cy
			if g%2 == 1 {
				first, second, c1, c2 = &y, &x, &cy, &cx
			}
			for i := 0; i < perG; i++ {
				s.BeginSection(first)
				*c1++
				s.BeginSection(second)
				*c2++
				s.EndSection()
				*c1++ // the outer section holds first again
				s.EndSection()
				s.BeginSection2(second, first)
				*c1++
				*c2++
				s.EndSection()
			}
		}()
	}
	finished := make(chan struct{})
	go func() { wg.Wait(); close(finished) }()
	select {
	case <-finished:
	case <-time.After(60 * time.Second):
		t.Fatal("deadlock")
	}
	assert.Equal(t, goroutines*perG*5/2, cx, "three per pass for half the goroutines, two for the rest")
	assert.Equal(t, goroutines*perG*5/2, cy)
	require.Equal(t, uint32(0), x.Load()|y.Load())
}

// TestSectionSelfWait: beginning a two-object section when an outer
// section holds one of the locks suspends it rather than waiting for
// itself.
func TestSectionSelfWait(t *testing.T) {
	var x, y, z atomic.Uint32
	var s Sections
	s.BeginSection(&x)
	s.BeginSection(&z)
	s.BeginSection2(&x, &y) // x is held by a section that is not innermost
	assert.True(t, IsLocked(&x) && IsLocked(&y))
	assert.False(t, IsLocked(&z), "z's section was suspended")
	s.EndSection()
	assert.True(t, IsLocked(&z))
	assert.False(t, IsLocked(&x), "x's section stays suspended until z's ends")
	s.EndSection()
	assert.True(t, IsLocked(&x))
	s.EndSection()
	assert.Equal(t, uint32(0), x.Load()|y.Load()|z.Load())
}

// TestLockingSwitchedOn: sections begun while locking was off take their
// locks when it is switched on, and end as locked sections.
func TestLockingSwitchedOn(t *testing.T) {
	var x, y atomic.Uint32
	var s Sections
	threaded.Store(false)
	s.BeginSection(&x)
	s.BeginSection2(&x, &y)
	s.SuspendSections()
	s.ResumeSections()
	assert.False(t, IsLocked(&x) || IsLocked(&y), "no locks while one thread runs")
	s.LockHeld()
	EnableThreads()
	assert.True(t, IsLocked(&x) && IsLocked(&y), "the innermost section locked")
	s.EndSection()
	assert.True(t, IsLocked(&x), "the outer section was suspended and resumes with its lock")
	assert.False(t, IsLocked(&y))
	s.EndSection()
	assert.Equal(t, uint32(0), x.Load()|y.Load())
}
