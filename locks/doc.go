// Package locks will hold the per-object lock of mutable Python objects
// and the critical sections built on it.
//
// The model, from the design brief: lists, dicts, sets, bytearrays and
// instance dicts carry a lock in the low byte of their header's atomic
// word (refcount.Header.Word), not a Go sync.Mutex, which costs eight
// bytes and cannot be suspended. A lock spins briefly, then parks; a
// waiter that has waited past about a millisecond is handed the lock
// directly. Operations that change an object, or read several of its
// fields as one, run in a critical section on its lock; operations on two
// objects lock both in address order. When a thread blocks, its critical
// sections are suspended and resumed when it runs again, so two critical
// sections can never deadlock.
//
// The package is built with the threads work (issue 4); until then the
// runtime runs one thread per interpreter and takes no object locks.
package locks
