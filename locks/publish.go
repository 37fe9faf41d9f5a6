package locks

import (
	"sync/atomic"
	"unsafe"
)

// Lock-free readers (a dict lookup, a cached global read) load pointers
// from storage that writers change in a critical section. Such a field is
// written with StorePointer once other threads may read it, and read with
// LoadPointer by readers that hold no lock: the atomic pair orders the
// writer's earlier stores (a new table's contents, an entry's hash and
// value) before the reader's later loads, on every architecture, and
// tells the race detector so. Writers holding the lock may read such a
// field plainly.

// LoadPointer atomically loads *p.
func LoadPointer[T any](p **T) *T {
	return (*T)(atomic.LoadPointer((*unsafe.Pointer)(unsafe.Pointer(p))))
}

// StorePointer atomically stores v in *p.
func StorePointer[T any](p **T, v *T) {
	atomic.StorePointer((*unsafe.Pointer)(unsafe.Pointer(p)), unsafe.Pointer(v))
}
