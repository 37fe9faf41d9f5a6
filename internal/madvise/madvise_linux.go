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

// errEAGAIN is EAGAIN: MADV_COLLAPSE could not get a huge page at once.
const errEAGAIN = 11

// Collapse makes [lo, lo+HugePageSize), which must be aligned to
// HugePageSize and lie in one anonymous mapping, a single transparent
// huge page (madvise(MADV_COLLAPSE), Linux 6.1), whatever the system's
// transparent huge page setting short of "never": the kernel copies the
// pages already in use into it and zeroes the rest. It reports whether
// that was done; when not (an older kernel, no huge page to be had after
// one retry), nothing has changed.
func Collapse(lo uintptr) bool {
	for range 2 {
		_, _, errno := Syscall(SysMadvise, lo, HugePageSize, collapse)
		if errno != errEAGAIN {
			return errno == 0
		}
	}
	return false
}

// FaultHuge makes [lo, lo+HugePageSize), which must be aligned to
// HugePageSize, lie in one anonymous mapping and have no page in use yet,
// a single transparent huge page: it marks the range for huge pages
// (madvise(MADV_HUGEPAGE), which the system's "madvise" setting asks
// for) and populates its first page, a fault that then maps a whole huge
// page, zeroed, instead of one 4 KiB page. That costs less than Collapse,
// which refuses a range without pages anyway. It reports whether the
// advice was taken; whether a huge page could be had, Collapse on the
// range then tells (cheaply, finding it mapped).
func FaultHuge(lo uintptr) bool {
	if _, _, errno := Syscall(SysMadvise, lo, HugePageSize, hugepage); errno != 0 {
		return false
	}
	Populate(lo, lo+PageSize, PopulateWrite)
	return true
}
