package thread

import "sync/atomic"

// QSBR sequences. The write sequence starts at 1 so that 0 can mean
// "offline" in a state's read sequence.
var (
	qsbrWrite atomic.Uint64 // advanced by every retirement
	qsbrSafe  atomic.Uint64 // a cached lower bound of every online read sequence
)

func init() {
	qsbrWrite.Store(1)
	qsbrSafe.Store(1)
}

// Advance advances the global write sequence and returns its new value: the
// goal to pass to Safe before reusing memory retired just now. Call it after
// the memory was made unreachable from shared structures.
func Advance() uint64 { return qsbrWrite.Add(1) }

// Quiescent records that the thread holds no pointer it loaded from a
// shared structure, so everything retired so far may be reused as far as
// it is concerned. The eval loop calls it where it polls the request word.
// Only the bound goroutine calls it, while attached.
func (s *State) Quiescent() {
	w := qsbrWrite.Load()
	if r := s.rdSeq.Load(); r != w && r != 0 {
		s.rdSeq.Store(w)
	}
}

// qsbrOnline brings an attaching thread back into QSBR at the current write
// sequence: it cannot hold a pointer loaded before attaching.
func (s *State) qsbrOnline() { s.rdSeq.Store(qsbrWrite.Load()) }

// qsbrOffline takes a detaching thread out of QSBR: while detached it holds
// no pointers and never holds up reuse.
func (s *State) qsbrOffline() { s.rdSeq.Store(0) }

// Safe reports whether every attached thread has passed a quiescent point
// since the write sequence reached goal, so that memory retired with that
// goal may be reused.
func Safe(goal uint64) bool {
	return goal <= qsbrSafe.Load() || goal <= Poll()
}

// Poll walks the thread states and returns the highest sequence that every
// online thread has passed (the write sequence if none is online), raising
// the cached bound Safe checks first.
func Poll() uint64 {
	low := qsbrWrite.Load()
	for _, s := range states() {
		if r := s.rdSeq.Load(); r != 0 && r < low {
			low = r
		}
	}
	for {
		old := qsbrSafe.Load()
		if low <= old || qsbrSafe.CompareAndSwap(old, low) {
			return max(low, old)
		}
	}
}
