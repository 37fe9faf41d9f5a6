package locks

import (
	"runtime"
	"sync/atomic"
	"time"
)

// The mutex lives in the low byte of a word that other packages share (an
// object header's Word: the collector owns bits 8..15). Every change is a
// compare-and-swap that keeps the other bits as they are.
//
// Two bits of the byte are used:
//
//	locked   someone holds the lock
//	parked   a goroutine may be parked on the word (in the lot)
//
// Lock sets locked with one compare-and-swap when it is clear. Otherwise it
// spins a little (reading the word with a CPU pause, then yielding), then
// sets parked and parks. Unlock clears
// locked with one compare-and-swap when parked is clear; when it is set,
// Unlock goes through the lot: under the bucket mutex it dequeues the
// longest waiter and rewrites the byte (parked stays set if more waiters
// remain). If that waiter has waited longer than HandoffAfter, the lock is
// not released but handed to it: locked stays set and the waiter returns
// from Lock owning it, so a stream of fast lockers cannot starve a parked
// one. Otherwise the waiter wakes and competes like any other locker.
const (
	lockedBit uint32 = 1 << 0
	parkedBit uint32 = 1 << 1
)

// HandoffAfter is how long a parked waiter waits before an unlock hands
// the lock directly to it.
const HandoffAfter = time.Millisecond

// lockSpins is how many times a contended Lock yields before it parks.
// Critical sections are short, so the holder is usually done within a few
// yields; parking costs a channel round trip.
const lockSpins = 40

// TryLock takes the lock in w's low byte if it is free and reports whether
// it did.
func TryLock(w *atomic.Uint32) bool {
	v := w.Load()
	return v&lockedBit == 0 && w.CompareAndSwap(v, v|lockedBit)
}

// Lock takes the lock in w's low byte, waiting as long as it takes. It
// does not detach a thread state; critical sections (Sections) do that
// around a wait.
func Lock(w *atomic.Uint32) {
	if !TryLock(w) {
		lockSlow(w, lockSpins)
	}
}

// lockParking takes the lock without spinning first: for callers that
// have spun already.
func lockParking(w *atomic.Uint32) {
	if !TryLock(w) {
		lockSlow(w, 0)
	}
}

// IsLocked reports whether the lock in w's low byte is held (by anyone): a
// snapshot, for assertions and tests.
func IsLocked(w *atomic.Uint32) bool { return w.Load()&lockedBit != 0 }

// Unlock releases the lock in w's low byte, which the caller holds, or
// hands it to a waiter that has waited past HandoffAfter.
func Unlock(w *atomic.Uint32) {
	v := w.Load()
	if v&(lockedBit|parkedBit) == lockedBit && w.CompareAndSwap(v, v&^lockedBit) {
		return
	}
	unlockSlow(w)
}

// lockSlow spins up to spins times, then parks until it gets the lock.
func lockSlow(w *atomic.Uint32, spins int) {
	var me *waiter
	for {
		v := w.Load()
		if v&lockedBit == 0 {
			if w.CompareAndSwap(v, v|lockedBit) {
				break
			}
			continue
		}
		if v&parkedBit == 0 {
			if spins > 0 {
				spins--
				if !spinUntilFree(w, lockedBit) {
					runtime.Gosched()
				}
				continue
			}
			if !w.CompareAndSwap(v, v|parkedBit) {
				continue
			}
		}
		if me == nil {
			me = getWaiter()
			me.start = time.Now()
		}
		r := park(w, me, func() bool { return w.Load()&(lockedBit|parkedBit) == lockedBit|parkedBit }, -1)
		if r == Unparked && me.handoff {
			break
		}
	}
	if me != nil {
		putWaiter(me)
	}
}

// unlockSlow releases the lock when a waiter may be parked: it wakes the
// longest waiter, handing the lock to it if it has waited long enough.
func unlockSlow(w *atomic.Uint32) {
	unparkOne(w, func(wt *waiter, more bool) {
		handoff := wt != nil && time.Since(wt.start) >= HandoffAfter
		for {
			v := w.Load()
			if v&lockedBit == 0 {
				panic("locks: Unlock of an unlocked lock")
			}
			n := v &^ (lockedBit | parkedBit)
			if handoff {
				n |= lockedBit
			}
			if more {
				n |= parkedBit
			}
			if w.CompareAndSwap(v, n) {
				break
			}
		}
		if wt != nil {
			wt.handoff = handoff
		}
	})
}
