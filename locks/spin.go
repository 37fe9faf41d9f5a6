package locks

import (
	"runtime"
	"sync/atomic"
)

// activeSpins is how many times a contended locker reads the lock word,
// pausing the CPU between reads, in each of its first activeRounds rounds
// of waiting, before it yields (lockSpins counts the rounds).
// Object critical sections last from tens of nanoseconds to a microsecond
// or so: a waiter on another core usually sees the lock free within this
// spin, and takes it without entering the scheduler. runtime.Gosched
// alone, as the first resort, cost a scheduler round trip per try and
// handed the waiter's core to any other runnable goroutine (the Go
// collector's workers among them) while the lock was about to be free.
const activeSpins = 32

// activeRounds is how many rounds of a contended wait spin actively;
// the later ones only yield, so that more threads than cores do not burn
// their time slices spinning (sync.Mutex spins four times, too).
const activeRounds = 4

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
