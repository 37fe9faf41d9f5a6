package runtime

import (
	"syscall"
	"unsafe"
)

// madvPopulateWrite is MADV_POPULATE_WRITE (Linux 5.14).
const madvPopulateWrite = 23

// populateMin is the size from which a new array's pages are mapped in
// by populate rather than faulted in one by one.
const populateMin = 64 << 10

// populate maps in, writable, the whole pages of a new large array, in
// one system call: a page fault costs 10-15 µs in the virtual machines
// gilfree runs in, a page populated by madvise about 2 µs (see
// internal/prefault). A dict's table of millions of slots is rebuilt
// under the dict's lock, where every fault also stalls the other threads
// writing it.
//
// The rule that makes the conversion safe: the address is only passed to
// the kernel, which maps the pages in without changing a byte of them,
// while s keeps the array alive; only pages wholly inside s are named,
// and an error (an older kernel) leaves the pages to be faulted in as
// before.
func populate[T any](s []T) {
	n := uintptr(len(s)) * unsafe.Sizeof(*new(T))
	if n < populateMin {
		return
	}
	const page = 4096
	lo := uintptr(unsafe.Pointer(unsafe.SliceData(s)))
	hi := (lo + n) &^ (page - 1)
	lo = (lo + page - 1) &^ (page - 1)
	if hi > lo {
		_, _, _ = syscall.Syscall(syscall.SYS_MADVISE, lo, hi-lo, madvPopulateWrite)
	}
}
