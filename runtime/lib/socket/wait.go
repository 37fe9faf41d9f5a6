package socketmod

import (
	"math"
	"sync"
	"syscall"
	"time"
	"unsafe"

	"gilfree/runtime"
	osmod "gilfree/runtime/lib/os"
)

// Waiting for a socket. A blocking socket call must let other Python
// threads run and must end at Ctrl-C, as CPython's does (there the signal
// interrupts the system call with EINTR). The Go runtime installs its
// signal handlers with SA_RESTART, so a recv(2) blocked in the kernel
// would not notice the signal. So no call here blocks in the kernel:
// each is tried without waiting (MSG_DONTWAIT, or a descriptor made
// non-blocking for the call), and when it would block, the thread waits
// for the descriptor in Thread.Block while a helper goroutine runs
// poll(2) on the descriptor and on an eventfd. Block returns when the
// poll does, or at once for a KeyboardInterrupt (or an asynchronous
// exception), after which the eventfd ends the helper's poll.

// Linux's poll(2) bits.
const (
	pollIn  = 0x1
	pollOut = 0x4
)

// pollfd is the kernel's struct pollfd.
type pollfd struct {
	fd      int32
	events  int16
	revents int16
}

// eventfds are idle eventfd descriptors kept for the next wait: one is
// in use per waiting thread, and making one costs a system call.
var eventfds struct {
	mu   sync.Mutex
	free []int
}

// getEventfd returns an idle eventfd, made if none is kept.
func getEventfd() (int, error) {
	eventfds.mu.Lock()
	if n := len(eventfds.free); n > 0 {
		fd := eventfds.free[n-1]
		eventfds.free = eventfds.free[:n-1]
		eventfds.mu.Unlock()
		return fd, nil
	}
	eventfds.mu.Unlock()
	const efdCloexec, efdNonblock = 0o2000000, 0o4000
	fd, _, errno := syscall.RawSyscall(syscall.SYS_EVENTFD2, 0, efdCloexec|efdNonblock, 0)
	if errno != 0 {
		return -1, errno
	}
	return int(fd), nil
}

// putEventfd resets fd (which may have been signalled) and keeps it for
// the next wait, or closes it when enough are kept.
func putEventfd(fd int, signalled bool) {
	if signalled {
		var b [8]byte
		syscall.Read(fd, b[:])
	}
	eventfds.mu.Lock()
	if len(eventfds.free) < 16 {
		eventfds.free = append(eventfds.free, fd)
		fd = -1
	}
	eventfds.mu.Unlock()
	if fd >= 0 {
		syscall.Close(fd)
	}
}

// poll runs poll(2) on fds for at most ms milliseconds (-1: no limit),
// retrying after EINTR with the time left.
func poll(fds []pollfd, hasDeadline bool, deadline time.Time) (int, error) {
	for {
		ms := -1
		if hasDeadline {
			left := max(time.Until(deadline), 0)
			ms = int(math.Ceil(float64(left) / float64(time.Millisecond)))
		}
		n, _, errno := syscall.Syscall(syscall.SYS_POLL, uintptr(unsafe.Pointer(&fds[0])), uintptr(len(fds)), uintptr(ms))
		if errno == syscall.EINTR {
			continue
		}
		if errno != 0 {
			return 0, errno
		}
		return int(n), nil
	}
}

// waitFd waits until fd is ready for events (pollIn or pollOut; an error
// or hang-up counts as ready, for the call to report), until the
// deadline if hasDeadline. It reports false when the deadline passed.
// It returns the exception of an interrupt (KeyboardInterrupt) that
// arrived meanwhile.
func waitFd(t *runtime.Thread, fd int, events int16, hasDeadline bool, deadline time.Time) (bool, error) {
	if fd < 0 {
		// A closed socket: poll(2) would ignore it and wait forever.
		return false, osmod.Error(t, syscall.EBADF)
	}
	// Most waits find the descriptor ready at once, or are for a socket
	// with a zero timeout: one poll without waiting settles those.
	one := []pollfd{{fd: int32(fd), events: events}}
	n, err := poll(one, true, time.Time{})
	if err != nil {
		return false, osmod.Error(t, err)
	}
	if n > 0 || hasDeadline && !time.Now().Before(deadline) {
		return n > 0, nil
	}
	efd, err := getEventfd()
	if err != nil {
		return false, osmod.Error(t, err)
	}
	fds := []pollfd{{fd: int32(fd), events: events}, {fd: int32(efd), events: pollIn}}
	done := make(chan struct{})
	var perr error
	go func() {
		n, perr = poll(fds, hasDeadline, deadline)
		close(done)
	}()
	if _, berr := t.Block(done, -1); berr != nil {
		one := uint64(1)
		syscall.Write(efd, (*[8]byte)(unsafe.Pointer(&one))[:])
		<-done
		putEventfd(efd, true)
		return false, berr
	}
	putEventfd(efd, false)
	if perr != nil {
		return false, osmod.Error(t, perr)
	}
	return fds[0].revents != 0, nil
}
