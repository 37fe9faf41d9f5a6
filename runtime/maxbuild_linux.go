package runtime

import (
	"sync"
	"syscall"
)

// maxBuild bounds the size in bytes of a str, bytes or padding that a
// repetition, a justification or a format width asks for: the machine's
// memory and swap, at most 2^40. Go's allocator cannot fail: beyond about
// 2^47 bytes it panics ("makeslice: len out of range"), and a mapping the
// kernel refuses (more than memory and swap) is a fatal "out of memory",
// so the builders raise MemoryError, as CPython does, for anything larger
// than this first. Read on first use: start-up makes no system call for it.
var maxBuild = sync.OnceValue(func() int {
	var si syscall.Sysinfo_t
	if syscall.Sysinfo(&si) != nil {
		return maxBuildCeiling
	}
	total := (uint64(si.Totalram) + uint64(si.Totalswap)) * uint64(max(si.Unit, 1))
	if total == 0 || total > maxBuildCeiling {
		return maxBuildCeiling
	}
	return int(total)
})

// maxBuildCeiling is maxBuild's bound where the machine's memory is unknown.
const maxBuildCeiling = 1 << 40
