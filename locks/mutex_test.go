package locks

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMutexExclusion increments a plain counter under the lock from many
// goroutines while another goroutine flips bits the lock does not own; the
// race detector checks the exclusion, the count checks no update was lost,
// and the other bits must come through untouched.
func TestMutexExclusion(t *testing.T) {
	const goroutines, perG = 8, 5000
	var w atomic.Uint32
	counter := 0
	stop := make(chan struct{})
	flipped := make(chan struct{})
	go func() {
		defer close(flipped)
		for {
			select {
			case <-stop:
				return
			default:
			}
			w.Or(0x5500)
			w.And(^uint32(0x5500))
		}
	}()
	var wg sync.WaitGroup
	for g := 0; g < goroutines; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < perG; i++ {
				Lock(&w)
				counter++
				Unlock(&w)
			}
		}()
	}
	wg.Wait()
	close(stop)
	<-flipped
	assert.Equal(t, goroutines*perG, counter)
	assert.Equal(t, uint32(0), w.Load(), "lock byte clear and other bits restored")
}

func TestTryLock(t *testing.T) {
	var w atomic.Uint32
	w.Store(0xab00)
	require.True(t, TryLock(&w))
	assert.True(t, IsLocked(&w))
	assert.False(t, TryLock(&w))
	Unlock(&w)
	assert.False(t, IsLocked(&w))
	assert.Equal(t, uint32(0xab00), w.Load())
	assert.Panics(t, func() { Unlock(&w) })
}

// waitParked waits until a goroutine has announced itself parked on w.
func waitParked(t *testing.T, w *atomic.Uint32) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for w.Load()&parkedBit == 0 {
		require.True(t, time.Now().Before(deadline), "no waiter parked")
		time.Sleep(50 * time.Microsecond)
	}
}

// TestHandoff: a waiter parked for longer than HandoffAfter gets the lock
// from the unlocker directly, so the lock is never free in between.
func TestHandoff(t *testing.T) {
	var w atomic.Uint32
	Lock(&w)
	got := make(chan struct{})
	release := make(chan struct{})
	go func() {
		Lock(&w)
		close(got)
		<-release
		Unlock(&w)
	}()
	waitParked(t, &w)
	time.Sleep(3 * HandoffAfter)
	Unlock(&w)
	assert.False(t, TryLock(&w), "the lock went to the waiter, not back to free")
	<-got
	close(release)
	Lock(&w)
	Unlock(&w)
	assert.Equal(t, uint32(0), w.Load())
}

// TestContendedNoStarvation: a goroutine that wants the lock once gets it
// while others take and release it in a tight loop.
func TestContendedNoStarvation(t *testing.T) {
	var w atomic.Uint32
	stop := atomic.Bool{}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for !stop.Load() {
				Lock(&w)
				time.Sleep(10 * time.Microsecond)
				Unlock(&w)
			}
		}()
	}
	done := make(chan struct{})
	go func() {
		for i := 0; i < 20; i++ {
			Lock(&w)
			Unlock(&w)
		}
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("a waiter starved")
	}
	stop.Store(true)
	wg.Wait()
}

func TestParkTimeout(t *testing.T) {
	var w atomic.Uint32
	start := time.Now()
	r := Park(&w, func() bool { return true }, 20*time.Millisecond)
	assert.Equal(t, TimedOut, r)
	assert.GreaterOrEqual(t, time.Since(start), 20*time.Millisecond)

	assert.Equal(t, Invalid, Park(&w, func() bool { return false }, -1))
	assert.False(t, UnparkOne(&w), "nobody left parked")
}

func TestParkUnpark(t *testing.T) {
	var w atomic.Uint32
	var parked atomic.Int32
	results := make(chan ParkResult, 5)
	for i := 0; i < 5; i++ {
		go func() {
			results <- Park(&w, func() bool { parked.Add(1); return true }, 10*time.Second)
		}()
	}
	deadline := time.Now().Add(5 * time.Second)
	for parked.Load() < 5 {
		require.True(t, time.Now().Before(deadline))
		time.Sleep(100 * time.Microsecond)
	}
	require.True(t, UnparkOne(&w))
	assert.Equal(t, Unparked, <-results)
	assert.Equal(t, 4, UnparkAll(&w))
	for i := 0; i < 4; i++ {
		assert.Equal(t, Unparked, <-results)
	}
	assert.Equal(t, 0, UnparkAll(&w))
}

// TestParkTimeoutRacingUnpark: timeouts and wake-ups racing each other
// never lose a wake-up or report one twice.
func TestParkTimeoutRacingUnpark(t *testing.T) {
	var w atomic.Uint32
	const n = 200
	var unparked, timedOut atomic.Int32
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			switch Park(&w, nil, time.Duration(i%5)*100*time.Microsecond) {
			case Unparked:
				unparked.Add(1)
			case TimedOut:
				timedOut.Add(1)
			}
		}()
	}
	woke := 0
	for i := 0; i < n; i++ {
		if UnparkOne(&w) {
			woke++
		}
	}
	wg.Wait()
	woke += UnparkAll(&w)
	assert.Equal(t, int32(n), unparked.Load()+timedOut.Load())
	assert.Equal(t, int32(woke), unparked.Load())
}
