package thread

import "runtime"

// Status is the value of a state's status word.
type Status uint32

const (
	Detached Status = iota // not running bytecode; may be held (zero: a new state)
	Attached               // its goroutine runs bytecode
	Held                   // detached, and another goroutine acts for it
	Exited                 // ended by Exit
)

var statusNames = [...]string{"detached", "attached", "held", "exited"}

func (st Status) String() string {
	if int(st) < len(statusNames) {
		return statusNames[st]
	}
	return "invalid"
}

// attachSpins is how many times Attach yields while its state is held
// before it parks. Holds are short (a queue drain, a stack scan), so most
// end within a few yields.
const attachSpins = 16

// Status returns the state's status; from another goroutine, a snapshot.
func (s *State) Status() Status { return Status(s.status.Load()) }

// attachStatus marks the state attached and brings it online for QSBR. If
// another goroutine holds the state, it waits until Release. Attach (in
// critical.go) calls it after resuming the thread's critical section.
func (s *State) attachStatus() {
	if !s.status.CompareAndSwap(uint32(Detached), uint32(Attached)) {
		s.attachSlow()
	}
	s.qsbrOnline()
}

func (s *State) attachSlow() {
	for spins := 0; ; spins++ {
		switch Status(s.status.Load()) {
		case Detached:
			if s.status.CompareAndSwap(uint32(Detached), uint32(Attached)) {
				return
			}
		case Held:
			if spins < attachSpins {
				runtime.Gosched()
				continue
			}
			s.parkMu.Lock()
			for Status(s.status.Load()) == Held {
				s.parked.Wait()
			}
			s.parkMu.Unlock()
		default:
			panic("thread: Attach of a state that is " + s.Status().String())
		}
	}
}

// detachStatus marks the state detached and takes it offline for QSBR.
// Detach (in critical.go) calls it after suspending the thread's critical
// sections.
func (s *State) detachStatus() {
	s.qsbrOffline()
	if !s.status.CompareAndSwap(uint32(Attached), uint32(Detached)) {
		panic("thread: Detach of a state that is " + s.Status().String())
	}
}

// TryHold moves a detached state to held and reports whether it did. The
// caller, another goroutine, may then act as the thread (its refcount
// methods, its stack) until it calls Release. It fails if the state is
// attached, already held, or exited.
func (s *State) TryHold() bool {
	return s.status.CompareAndSwap(uint32(Detached), uint32(Held))
}

// Release ends a hold and wakes the thread if it is waiting to attach.
func (s *State) Release() {
	s.parkMu.Lock()
	ok := s.status.CompareAndSwap(uint32(Held), uint32(Detached))
	s.parkMu.Unlock()
	if !ok {
		panic("thread: Release of a state that is " + s.Status().String())
	}
	s.parked.Broadcast()
}
