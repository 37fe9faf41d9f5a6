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

// terminalSize asks the terminal driver for the window size of fd, in
// columns and lines (TIOCGWINSZ).
func terminalSize(fd int) (cols, lines int, err error) {
	var ws struct{ Row, Col, Xpixel, Ypixel uint16 }
	_, _, errno := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), uintptr(syscall.TIOCGWINSZ), uintptr(unsafe.Pointer(&ws)))
	if errno != 0 {
		return 0, 0, errno
	}
	return int(ws.Col), int(ws.Row), nil
}
