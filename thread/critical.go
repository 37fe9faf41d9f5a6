package thread

import "gilfree/locks"

// A thread's critical sections (locks.Sections, embedded in State) are
// tied to its status: a thread that detaches to block may be waited for
// by other threads for as long as it blocks, so it must not keep object
// locks. Detach suspends every section the thread holds, and Attach
// resumes the innermost one before the thread runs again (each section
// below is resumed when the ones above it end). The resume happens while
// the state still counts as detached: if it must wait for a lock, the
// wait holds up nobody, and the thread holds no other lock meanwhile.

// Attach marks the state attached before its goroutine runs bytecode
// again, brings it online for QSBR, and resumes its innermost critical
// section if it was suspended. If another goroutine holds the state, it
// waits until Release. Only the bound goroutine calls it; the eval loop
// polls the request word right after.
func (s *State) Attach() {
	s.ResumeSections()
	s.attachStatus()
}

// Detach suspends the thread's critical sections, marks the state
// detached before its goroutine blocks, and takes it offline for QSBR.
// From then until Attach the goroutine must not touch its frame stack,
// its objects' local counts, or any Python object.
func (s *State) Detach() {
	s.SuspendSections()
	s.detachStatus()
}

// sectionWaiter is the State as the locks.Waiter of its own Sections: a
// critical section that must wait for an object lock has already
// suspended the thread's sections, so only the status changes.
type sectionWaiter State

func (w *sectionWaiter) BeginWait() { (*State)(w).detachStatus() }
func (w *sectionWaiter) EndWait()   { (*State)(w).attachStatus() }

// enableLocking switches object locking on when a second thread state is
// registered (while one thread runs, critical sections take no locks; see
// locks.Threaded), and takes the locks of the sections the running
// thread is in. The first state was the only one that could run, and
// register runs on its goroutine (New is called by the thread that
// starts another) or while it is not running, so reading its sections
// here is safe.
func enableLocking(all []*State) {
	for _, o := range all {
		o.LockHeld()
	}
	locks.EnableThreads()
}
