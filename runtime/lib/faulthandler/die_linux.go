package faulthandler

import (
	"os"
	goruntime "runtime"
	"syscall"
	"time"
	"unsafe"
)

// dieBy ends the process by sig with the signal's default action: Go
// keeps its own handler installed for every signal, so the handler is
// set back to SIG_DFL by a raw rt_sigaction, and the signal is sent to
// the calling OS thread itself, where it is delivered as the tgkill
// returns. The exit after it is a fallback, should the signal be blocked.
func dieBy(sig syscall.Signal) {
	var act struct {
		handler  uintptr
		flags    uint64
		restorer uintptr
		mask     uint64
	}
	goruntime.LockOSThread()
	syscall.RawSyscall6(syscall.SYS_RT_SIGACTION, uintptr(sig), uintptr(unsafe.Pointer(&act)), 0, 8, 0, 0)
	syscall.Tgkill(syscall.Getpid(), syscall.Gettid(), sig)
	time.Sleep(time.Second)
	os.Exit(128 + int(sig))
}
