package os

import (
	"syscall"
	"unsafe"
)

// isTerminal reports whether fd is a terminal, as isatty(3) decides on
// Linux (the only system this package builds for): the
// terminal-attributes ioctl succeeds. It asks the kernel about the number
// without wrapping it in an *os.File, whose finalizer would close a
// descriptor the program still uses.
//
// The unsafe conversion is safe because the kernel writes at most
// sizeof(Termios) bytes into the Termios value, which lives until the
// call returns.
func isTerminal(fd int) bool {
	var tio syscall.Termios
	_, _, errno := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), uintptr(syscall.TCGETS), uintptr(unsafe.Pointer(&tio)))
	return errno == 0
}
