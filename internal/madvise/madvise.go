// Package madvise maps memory in ahead of use, with one system call for a
// whole range: madvise(MADV_POPULATE_WRITE) or MADV_POPULATE_READ (Linux
// 5.14). A page fault costs 10-15 µs in the virtual machines gilfree runs
// in, a populated page about 2 µs (0.4 µs for a page the page cache
// already holds). Package prefault uses it at start-up, and the runtime
// for large new tables.
//
// It imports nothing but unsafe (not even syscall: sys_linux.go says
// why) and has no init function, so that prefault, which must initialize
// before every other package of the module, may import it.
package madvise

// The advice values, as Linux numbers them.
const (
	PopulateRead  uintptr = 22 // MADV_POPULATE_READ
	PopulateWrite uintptr = 23 // MADV_POPULATE_WRITE
	collapse      uintptr = 25 // MADV_COLLAPSE
	hugepage      uintptr = 14 // MADV_HUGEPAGE
	PageSize              = 4096
	// HugePageSize is the size of a transparent huge page (a PMD) with
	// 4 KiB pages, on amd64 and arm64.
	HugePageSize = 2 << 20
)
