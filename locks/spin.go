package locks

import (
	"runtime"
	"sync/atomic"
)

// activeSpins is how many times a contended locker reads the lock word,
// pausing the CPU between reads, in each round of its wait before it
// yields (lockSpins counts the rounds). Object critical sections last
// from tens of nanoseconds to a microsecond or so: a waiter on another
// core usually sees the lock free within this spin, and takes it without
// entering the scheduler. runtime.Gosched alone cost a scheduler round
// trip per try and handed the waiter's core to any other runnable
// goroutine (the Go collector's workers among them) while the lock was
// about to be free; and a waiter that ran out of rounds parked, which
// costs a futex sleep and wake-up (several microseconds on a VM) and
// sends every later unlock through the parking lot. Two threads taking
// turns at writing one dict parked so often that the scheduler's idle
// loop was a sixth of the profile (docs/locks.md).
const activeSpins = 32

// multicore reports whether active spinning can ever pay: with one P
// the holder cannot run while a waiter spins.
var multicore = runtime.GOMAXPROCS(0) > 1

// spinUntilFree reads w until none of the bits in mask is set, for at most
// activeSpins rounds of a CPU pause, and reports whether it saw them
// clear. It takes nothing: the caller tries its compare-and-swap after.
func spinUntilFree(w *atomic.Uint32, mask uint32) bool {
	if !multicore {
		return false
	}
	for i := 0; i < activeSpins; i++ {
		if w.Load()&mask == 0 {
			return true
		}
		cpuRelax()
	}
	return w.Load()&mask == 0
}
