package runtime

import (
	"unsafe"

	"gilfree/internal/madvise"
)

// populateMin is the size from which a new array's pages are mapped in
// by populate rather than faulted in one by one.
const populateMin = 64 << 10

// populate maps in, writable, the whole pages of a new large array, in
// one system call (internal/madvise): a page fault costs 10-15 µs in the
// virtual machines gilfree runs in, a populated page about 2 µs. A dict's
// table of millions of slots is rebuilt under the dict's lock, where
// every fault also stalls the other threads writing it.
//
// The rule that makes the conversion safe: the address is only passed to
// the kernel, which maps the pages in without changing a byte of them,
// while s keeps the array alive; only pages wholly inside s are named.
func populate[T any](s []T) {
	n := uintptr(len(s)) * unsafe.Sizeof(*new(T))
	if n < populateMin {
		return
	}
	lo := uintptr(unsafe.Pointer(unsafe.SliceData(s)))
	hi := (lo + n) &^ (madvise.PageSize - 1)
	lo = (lo + madvise.PageSize - 1) &^ (madvise.PageSize - 1)
	madvise.Populate(lo, hi, madvise.PopulateWrite)
}
