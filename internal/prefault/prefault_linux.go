//go:build linux && (amd64 || arm64)

package prefault

import (
	"unsafe"

	"gilfree/internal/madvise"
)

const (
	// heapAhead is how much of the Go heap beyond the allocated pages is
	// populated: `-c pass` touches pages over about 980 KiB of it, 73%
	// of them.
	heapAhead = 1 << 20
	// bssAhead is how much of the anonymous mapping after the image is
	// populated: .bss (about 230 KiB) and the start of .noptrbss.
	bssAhead = 256 << 10

	// imageAhead bounds what is populated of the executable's text (3
	// MiB).
	imageAhead = 16 << 20
)

// mapsBuf receives /proc/self/maps. It is a package variable, in
// .noptrbss, so that finding the mapping that holds it also finds where
// .bss is, and so that reading the file allocates nothing.
var mapsBuf [32 << 10]byte

// marker is the heap object whose address tells where the heap's
// allocated pages end; it stays allocated (and untouched) so that those
// pages are not handed out again below the populated range.
var marker []byte

func init() {
	if _, off := madvise.Getenv("GILFREE_NOPREFAULT"); off {
		return
	}
	growStack()
	// An object larger than 32 KiB gets pages of its own from the page
	// allocator, the lowest free ones: the heap's allocated end.
	marker = make([]byte, 33<<10)
	heap := uintptr(unsafe.Pointer(unsafe.SliceData(marker))) + uintptr(len(marker))
	maps := readMaps()
	// The range stops at the end of the heap memory Go has mapped so far
	// (a 4 MiB chunk, at a random place): madvise fails as a whole, with
	// EINVAL, on a range that runs into the reserved, inaccessible rest
	// of the arena.
	heapEnd := heap + heapAhead
	if lo, hi, ok := anonMappingOf(maps, heap); ok {
		if hi-heap < heapAhead {
			if f, next, ok := growHeap(heap, hi); ok {
				// The pages below the filler, if any, are used first.
				madvise.Populate(heap, min(f, hi), madvise.PopulateWrite)
				madvise.FaultHuge(next &^ (madvise.HugePageSize - 1))
				maps = readMaps()
				heap, heapEnd = next, next+heapAhead
				if lo, hi, ok = anonMappingOf(maps, heap); !ok {
					lo, hi = heap, heap
				}
			}
		}
		heapEnd = min(heapEnd, hi)
		heap = hugeHeap(heap, lo, hi)
	}
	madvise.Populate(heap, heapEnd, madvise.PopulateWrite)
	if lo, hi, ok := anonMappingOf(maps, uintptr(unsafe.Pointer(&mapsBuf))); ok {
		madvise.Populate(lo, min(hi, lo+bssAhead), madvise.PopulateWrite)
	}
	// The code of the executable, its executable mapping, found as the
	// file that holds a string constant: it is in the page cache, and
	// mapping its 3 MiB at once costs less than the faults of running it,
	// each a trap that maps 16 pages around the one touched. The
	// read-only data after it (5 MiB, mostly the tables for tracebacks)
	// is read too sparsely for that to pay.
	var text [1][2]uintptr
	if readOnlyImage(maps, uintptr(unsafe.Pointer(unsafe.StringData(imageMarker))), text[:], true) == 1 {
		madvise.Populate(text[0][0], min(text[0][1], text[0][0]+imageAhead), madvise.PopulateRead)
	}
}

// growHeap makes Go map the next chunk of heap memory now, when the
// heap's allocated end, heap, is less than heapAhead from the end of the
// heap memory mapped so far, hi: the start-up would run past it, and the
// runtime maps the next 4 MiB chunk only when an allocation finds no
// room, so those pages would be faulted in one by one. (Since Go 1.26 the
// heap starts at a random page of its first chunk, so this is one start
// in four.) It allocates the rest of the mapped memory and a little more,
// which the page allocator (lowest free pages first) places at heap or a
// little above, and whose pages stay untouched; what the start-up
// allocates next lands after it, at next, in the new chunk's first 2 MiB,
// all of them fresh, which FaultHuge then makes one huge page. f is where
// the filler starts. The filler is not kept: the first collection frees
// it (its at most 1 MiB and a little do not bring that collection
// forward from the start-up, whose heap stays under Go's 4 MiB minimum).
// Faults per -c pass, medians of the starts that grow (one in four): 307
// to 274 and 287 to 270.
func growHeap(heap, hi uintptr) (f, next uintptr, ok bool) {
	filler := make([]byte, hi-heap+fillerPast)
	f = uintptr(unsafe.Pointer(unsafe.SliceData(filler)))
	next = f + uintptr(len(filler))
	return f, next, f >= heap && next > hi && next-hi < madvise.HugePageSize/2
}

// fillerPast is how far past the mapped heap memory growHeap's filler
// reaches: enough that it is a large object, which the page allocator
// places itself rather than a processor's page cache.
const fillerPast = 64 << 10

// hugeHeap makes the 2 MiB-aligned stretch of the heap mapping [lo, hi)
// that holds addr (the heap's allocated end) one transparent huge page,
// and returns where the heap's population must go on from: the end of
// the huge page, or addr if none was made. The heap's first 4 MiB are
// mapped at a 4 MiB boundary and the start-up's allocations, about a
// megabyte, fall in that stretch. On a huge page they fault nothing, and
// the runtime's initialization and the builtin modules' construction,
// which touch objects all over that megabyte, take one TLB entry for it
// instead of 256 (each miss a nested page-table walk in a virtual
// machine): -c pass ran about 1 ms faster. The huge page adds about
// 0.6 MB to the resident memory (8.5 MB rather than 7.9).
func hugeHeap(addr, lo, hi uintptr) uintptr {
	start := addr &^ (madvise.HugePageSize - 1)
	if start < lo || start+madvise.HugePageSize > hi || !madvise.Collapse(start) {
		return addr
	}
	return start + madvise.HugePageSize
}

// imageMarker is a string constant, whose bytes lie in the executable's
// read-only data.
const imageMarker = "gilfree/internal/prefault"

// readMaps returns the start of /proc/self/maps, read into mapsBuf; the
// mappings of the executable come early in it.
func readMaps() []byte {
	fd, _, errno := madvise.Syscall(madvise.SysOpenat, atFDCWD, uintptr(unsafe.Pointer(&mapsPath[0])), oRDONLY|oCLOEXEC)
	if errno != 0 {
		return nil
	}
	defer madvise.Syscall(madvise.SysClose, fd, 0, 0)
	n, _, errno := madvise.Syscall(madvise.SysRead, fd, uintptr(unsafe.Pointer(&mapsBuf[0])), uintptr(len(mapsBuf)))
	if errno != 0 || int(n) <= 0 {
		return nil
	}
	return mapsBuf[:n]
}

// mapsPath is the file readMaps opens, NUL-terminated for the system
// call.
var mapsPath = [...]byte{'/', 'p', 'r', 'o', 'c', '/', 's', 'e', 'l', 'f', '/', 'm', 'a', 'p', 's', 0}

// The arguments of openat, as package syscall names them on Linux
// (AT_FDCWD is -100).
const (
	atFDCWD  = ^uintptr(99)
	oRDONLY  = 0
	oCLOEXEC = 0x80000
)

// growIndex is where growStack touches its frame: a variable, so that the
// compiler keeps the frame.
var growIndex = 1

// growStack makes the calling goroutine's stack 16 KiB: called from a
// package's init, that is the main goroutine, which runs every package
// initialization and then main. It starts with 2 KiB and doubles when a
// call needs more; each doubling copies the stack and walks its frames,
// decoding each function's tables, which is slow deep inside the big
// functions of the runtime's initialization, where it doubled from 4 to
// 8 KiB. Grown here, at a shallow depth, the stack needs no copy until a
// program recurses. (A bigger frame would cost more than it saves: Go
// zeroes it, touching fresh pages of the new stack.)
//
//go:noinline
func growStack() byte {
	var frame [12 << 10]byte
	frame[growIndex] = 1
	return frame[growIndex*3]
}
