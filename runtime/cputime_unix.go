//go:build unix

package runtime

import (
	"syscall"
	"unsafe"
)

// processCPUTime returns the CPU time of the process (user and system),
// in nanoseconds: CLOCK_PROCESS_CPUTIME_ID, as CPython's process_time
// reads it, else getrusage's microseconds.
func processCPUTime() int64 {
	var ts syscall.Timespec
	if _, _, e := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockProcessCPUTime, uintptr(unsafe.Pointer(&ts)), 0); e == 0 {
		return ts.Nano()
	}
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
