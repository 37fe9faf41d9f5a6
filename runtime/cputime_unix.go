//go:build unix

package runtime

import "syscall"

// processCPUTime returns the CPU time of the process (user and system),
// in nanoseconds.
func processCPUTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
