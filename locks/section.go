package locks

import (
	"runtime"
	"sync/atomic"
)

// Waiter is told when a critical section is about to wait for a lock and
// when the wait is over. Package thread implements it by detaching and
// re-attaching the thread's status (without touching its sections, which
// the Sections have already suspended), so that a thread parked on an
// object lock holds up neither merges, collector handshakes nor QSBR.
type Waiter interface {
	BeginWait()
	EndWait()
}

// section is one active critical section: one lock (b nil) or two (a
// below b in address order). nest counts further Begins on the same locks
// while this section is the innermost, which end without unlocking. held
// is false while the section is suspended; locked says its locks are
// taken, which a held section's are once locking is on (Threaded).
type section struct {
	a, b   *atomic.Uint32
	nest   int32
	held   bool
	locked bool
}

func (c *section) covers(w *atomic.Uint32) bool { return c.a == w || c.b == w }

func (c *section) unlock() {
	if c.b != nil {
		Unlock(c.b)
	}
	Unlock(c.a)
	c.locked = false
}

// Sections is one thread's stack of active critical sections, innermost
// last. Package thread embeds it in its State. Only the thread's own
// goroutine uses it.
//
// Invariants:
//
//   - While the thread is attached and runs code, the innermost section
//     holds its locks. Sections below it may be suspended (held false):
//     they were suspended when the thread waited, and each is resumed
//     when the sections above it have ended.
//   - A lock is held by at most one section of the thread.
//   - A thread waits for a lock only while it holds no lock of an earlier
//     section: before it would wait, it suspends every section it holds.
//     The only lock it may hold while waiting is the lower lock of the
//     two-lock section it is beginning, and two-lock sections take their
//     locks in address order, so waits can never form a cycle.
type Sections struct {
	stack  []section
	waiter Waiter
}

// SetWaiter installs the hooks called around waits; package thread calls
// it when it starts a state.
func (s *Sections) SetWaiter(w Waiter) { s.waiter = w }

// Depth returns the number of active critical sections, nested Begins on
// the innermost one included.
func (s *Sections) Depth() int {
	n := 0
	for i := range s.stack {
		n += 1 + int(s.stack[i].nest)
	}
	return n
}

// BeginSection begins a critical section on the lock in w's low byte. If
// the innermost section already holds that lock, it is re-entered (the
// matching EndSection leaves it held). Otherwise the lock is taken; if
// that means waiting, the thread's other sections are suspended first.
func (s *Sections) BeginSection(w *atomic.Uint32) {
	if n := len(s.stack); n > 0 && s.stack[n-1].covers(w) {
		s.stack[n-1].nest++
		return
	}
	if !threaded.Load() {
		s.stack = append(s.stack, section{a: w, held: true})
		return
	}
	if TryLock(w) {
		s.stack = append(s.stack, section{a: w, held: true, locked: true})
		return
	}
	s.beginSlow(w, nil)
}

// BeginSection2 begins one critical section on two locks, taken in
// address order. The same lock twice is one lock.
func (s *Sections) BeginSection2(a, b *atomic.Uint32) {
	if a == b {
		s.BeginSection(a)
		return
	}
	if addr(a) > addr(b) {
		a, b = b, a
	}
	if n := len(s.stack); n > 0 && s.stack[n-1].covers(a) && s.stack[n-1].covers(b) {
		s.stack[n-1].nest++
		return
	}
	if !threaded.Load() {
		s.stack = append(s.stack, section{a: a, b: b, held: true})
		return
	}
	if TryLock(a) {
		if TryLock(b) {
			s.stack = append(s.stack, section{a: a, b: b, held: true, locked: true})
			return
		}
		Unlock(a)
	}
	s.beginSlow(a, b)
}

// EndSection ends the innermost critical section (or one re-entry of it),
// releasing its locks, and resumes the section below if it was suspended.
func (s *Sections) EndSection() {
	n := len(s.stack) - 1
	c := &s.stack[n]
	if c.nest > 0 {
		c.nest--
		return
	}
	if c.locked {
		c.unlock()
	}
	s.stack[n] = section{}
	s.stack = s.stack[:n]
	if n > 0 && !s.stack[n-1].held {
		s.acquire(&s.stack[n-1])
	}
}

// SuspendSections releases the locks of every held section; package
// thread calls it when the thread detaches. Each stays on the stack and
// is resumed when it becomes the innermost again with the thread attached.
func (s *Sections) SuspendSections() {
	for i := range s.stack {
		c := &s.stack[i]
		if c.locked {
			c.unlock()
		}
		c.held = false
	}
}

// ResumeSections retakes the locks of the innermost section if it is
// suspended; package thread calls it when the thread attaches, before the
// thread counts as attached, so the wait needs no detaching. The thread
// holds no other lock, so the wait cannot deadlock.
func (s *Sections) ResumeSections() {
	n := len(s.stack)
	if n == 0 || s.stack[n-1].held {
		return
	}
	c := &s.stack[n-1]
	c.held = true
	if !threaded.Load() {
		return
	}
	Lock(c.a)
	if c.b != nil {
		Lock(c.b)
	}
	c.locked = true
}

// beginSlow pushes a section that does not yet hold its locks and
// acquires them.
func (s *Sections) beginSlow(a, b *atomic.Uint32) {
	s.stack = append(s.stack, section{a: a, b: b})
	s.acquire(&s.stack[len(s.stack)-1])
}

// acquire takes c's locks for the attached thread: it spins a little
// unless one of them is held by another of its own sections (waiting
// would be for itself), then suspends every held section and waits,
// detached, for the locks.
func (s *Sections) acquire(c *section) {
	if !threaded.Load() {
		c.held = true
		return
	}
	if !s.holds(c.a) && (c.b == nil || !s.holds(c.b)) {
		for i := 0; i < lockSpins; i++ {
			if TryLock(c.a) {
				if c.b == nil || TryLock(c.b) {
					c.held, c.locked = true, true
					return
				}
				Unlock(c.a)
			}
			if !spinUntilFree(c.a, lockedBit) {
				runtime.Gosched()
			}
		}
	}
	s.SuspendSections()
	if s.waiter != nil {
		s.waiter.BeginWait()
	}
	lockParking(c.a)
	if c.b != nil {
		lockParking(c.b)
	}
	c.held, c.locked = true, true
	if s.waiter != nil {
		s.waiter.EndWait()
	}
}

// holds reports whether a held section of the thread holds w.
func (s *Sections) holds(w *atomic.Uint32) bool {
	for i := range s.stack {
		if s.stack[i].locked && s.stack[i].covers(w) {
			return true
		}
	}
	return false
}

// Object locking starts switched off: while a program has one thread,
// critical sections are recorded but take no locks, which saves two
// atomic operations on every list, dict and set change. Package thread
// switches it on for good (EnableThreads) when a second thread state is
// registered, which happens on the goroutine of the one thread running:
// its held sections take their locks then, before the new thread can run,
// and from then on every section locks.
var threaded atomic.Bool

// Threaded reports whether object locking is on.
func Threaded() bool { return threaded.Load() }

// EnableThreads switches object locking on for good. Its caller must make
// sure that no goroutine begins or ends a section meanwhile, other than
// the one calling it, and then call LockHeld on every thread's Sections.
func EnableThreads() { threaded.Store(true) }

// LockHeld takes the locks of the held sections that began while locking
// was off. Nobody else can hold them: no second thread ran then.
func (s *Sections) LockHeld() {
	for i := range s.stack {
		c := &s.stack[i]
		if c.held && !c.locked {
			if !TryLock(c.a) || (c.b != nil && !TryLock(c.b)) {
				panic("locks: LockHeld found a section's lock taken")
			}
			c.locked = true
		}
	}
}
