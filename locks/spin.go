package locks

import (
	"runtime"
	"sync/atomic"
)

// spinBudget is how many CPU pauses (about 45 ns each on the project's
// machine) a contended locker spends, in each round of its wait, reading
// the lock word before it yields (lockSpins counts the rounds), and
// maxBackoff the longest pause run between two reads. Object critical
// sections last from tens of nanoseconds to a microsecond or so, so a
// waiter on another core usually sees the lock free within a round and
// takes it without entering the scheduler: runtime.Gosched alone cost a
// scheduler round trip per try and handed the waiter's core to any other
// runnable goroutine, and a waiter that ran out of rounds parked (a futex
// sleep and wake-up, several microseconds on a VM, after which every
// Unlock went through the parking lot).
//
// The reads back off exponentially. Threads that take turns at one lock
// also move the object's cache lines between their cores at every turn,
// and on the project's VM one such move (about 100-200 ns) costs as much
// as a dict insertion on a warm cache: a waiter that checks less often
// lets the holder take the lock again for its next operation, with the
// lines still in its cache. Two threads writing one dict went from 0.69
// to 0.89 of one thread's throughput with the backoff (docs/locks.md).
const (
	spinBudget = 1024
	maxBackoff = 512
)

// multicore reports whether active spinning can ever pay: with one P
// the holder cannot run while a waiter spins.
var multicore = runtime.GOMAXPROCS(0) > 1

// spinUntilFree reads w until none of the bits in mask is set, pausing
// between reads for exponentially longer runs, for at most spinBudget
// pauses, and reports whether it saw them clear. It takes nothing: the
// caller tries its compare-and-swap after.
func spinUntilFree(w *atomic.Uint32, mask uint32) bool {
	if !multicore {
		return false
	}
	delay := 1
	for spent := 0; spent < spinBudget; spent += delay {
		if w.Load()&mask == 0 {
			return true
		}
		for range delay {
			cpuRelax()
		}
		delay = min(delay*2, maxBackoff)
	}
	return w.Load()&mask == 0
}
