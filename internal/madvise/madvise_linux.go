//go:build linux && (amd64 || arm64)

package madvise

// Populate maps in [lo, hi), rounded out to whole pages, writable or
// readable as advice says. Nothing changes in the memory's contents. An
// error (a kernel older than 5.14, a range past its mapping) leaves the
// pages to be faulted in as before.
func Populate(lo, hi, advice uintptr) {
	lo &^= PageSize - 1
	hi = (hi + PageSize - 1) &^ (PageSize - 1)
	if hi > lo {
		Syscall(SysMadvise, lo, hi-lo, advice)
	}
}
