// Package locks holds the per-object lock of gilfree's mutable objects, the
// parking lot it waits in, and the critical sections built on it.
//
// # The lock
//
// Lists, dicts, sets, bytearrays and instance dicts are locked through a
// byte of their header's atomic word (refcount.Header.Word, bits 0..7),
// not a Go sync.Mutex, which would add eight bytes to every object and
// could not be suspended. Lock takes it with one compare-and-swap when it
// is free; under contention it yields a few times, then parks the
// goroutine in the parking lot; Unlock releases it with one
// compare-and-swap, and goes through the lot only when the byte says a
// waiter may be parked. A waiter that has been parked for HandoffAfter (a
// millisecond) is handed the lock directly by the next Unlock, so fast
// lockers cannot starve it (CPython's PyMutex does the same). The other
// bits of the word belong to other packages, and every change here keeps
// them.
//
// # The parking lot
//
// Park, UnparkOne and UnparkAll are the waiting primitive underneath: a
// goroutine parks on a word's address after a validate callback, run under
// the lot's bucket mutex, confirms it must still wait, so a wake-up can
// never be missed. Timeouts are honoured. Python-level locks, conditions,
// events and semaphores are built on the same primitives.
//
// # Critical sections
//
// Operations that change an object, or read several of its fields as one,
// run in a critical section on the object (BeginSection, EndSection on a
// thread's Sections); operations on two objects lock both in one section,
// in address order (BeginSection2). Beginning a section on a lock the
// innermost section already holds re-enters it.
//
// Critical sections never deadlock, by CPython's rule: a thread about to
// wait for a lock first suspends every section it holds (releases their
// locks), and a thread that detaches from the runtime (to block in a
// Python-level wait, a sleep, I/O) suspends them all too. When the thread
// runs again, only its innermost section is resumed; each section below is
// resumed when the ones above it end. So a thread never holds one
// section's lock while waiting for another's, except the lower lock of a
// two-lock section, taken in address order. The price is that a section's
// object may change while the section is suspended: code that may block
// inside a section, or call back into Python, must revalidate what it read
// before the call. Package thread embeds Sections in its State and
// suspends and resumes them in Detach and Attach.
//
// # Cost
//
// Measured with bench_test.go on the project's 2-core machine: see
// docs/locks.md.
package locks
