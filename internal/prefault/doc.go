// Package prefault maps in, with one system call each, the memory that
// every start of gilfree is about to touch, so that the process does not
// take a page fault for each page.
//
// Starting gilfree touches a few hundred fresh pages: the Go heap's new
// spans (one or two per size class used while the builtin types, the
// builtins module and the sys module are made), the statically allocated
// objects in .bss (the small ints, the one-character strs, the main
// thread's state), and the pages of its 8 MiB of code and read-only data
// that the start runs and reads. Each first touch is a page fault, and in
// the virtual machines this runs in a fault costs 10-15 µs, most of it
// trapping in and out of the kernel: `gilfree -c pass` took about 455 of
// them (an empty Go program 155). madvise(MADV_POPULATE_WRITE) and
// MADV_POPULATE_READ (Linux 5.14) do the same work for a whole range in
// one call, at about 2 µs a fresh page and 0.4 µs a page of the
// executable, which the page cache already holds.
//
// Importing the package (cmd/gilfree does, for its side effect) runs the
// population in its init function. Go initializes, of the packages whose
// imports are initialized, the one whose import path sorts first; this
// one imports only internal/madvise (no init function) and neither
// imports package syscall (its system calls are reached by name), so it
// initializes second of all the program's packages, after
// crypto/internal/fips140deps/cpu: before the runtime package and before
// the standard library's internal/godebug, hash/crc32, syscall and the
// rest, whose allocations and code then land in populated memory too. It
// populates
//
//   - the Go heap from the current end of the allocated pages on, for
//     heapAhead bytes: Go's page allocator hands out the lowest free
//     pages first, so what the start-up allocates next lands there
//     (the spans allocated below it, before this init, were populated
//     too while it ran later; since it runs second that no longer saves
//     faults);
//   - when that heap memory ends less than heapAhead past the allocated
//     end (Go 1.26 starts the heap at a random page of its first 4 MiB
//     chunk, so one start in four), the next chunk instead, which Go is
//     made to map at once by an allocation of the rest of the current one
//     (growHeap), its first 2 MiB as one huge page;
//   - the start of the anonymous mapping that follows the executable's
//     image, where .bss lies, for bssAhead bytes;
//   - the executable's text, read.
//
// It also grows the main goroutine's stack to 16 KiB at once (growStack),
// which copies it while it is shallow rather than deep in the runtime's
// initialization.
//
// Nothing else changes: the pages would have been faulted in a moment
// later; a page populated but never used costs its 2 µs and 4 KiB of
// resident memory. When the heap's allocated end is near the end of the
// heap memory Go has mapped so far (a 4 MiB chunk, placed at random), the
// population stops there (found in /proc/self/maps) and what the start
// allocates beyond is faulted in as before. On other systems, on Linux
// other than amd64 and arm64 (whose system call numbers internal/madvise
// does not list) and on kernels without MADV_POPULATE_WRITE (madvise
// fails with EINVAL), the package does nothing. Setting
// GILFREE_NOPREFAULT to any value skips it, to measure what it saves.
package prefault
