package madvise

import "syscall"

// Populate maps in [lo, hi), rounded out to whole pages, writable or
// readable as advice says. Nothing changes in the memory's contents. An
// error (a kernel older than 5.14, a range past its mapping) leaves the
// pages to be faulted in as before.
func Populate(lo, hi, advice uintptr) {
	lo &^= PageSize - 1
	hi = (hi + PageSize - 1) &^ (PageSize - 1)
	if hi > lo {
		_, _, _ = syscall.Syscall(syscall.SYS_MADVISE, lo, hi-lo, advice)
	}
}
