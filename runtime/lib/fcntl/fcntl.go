// Package fcntl is the fcntl module: fcntl, ioctl, flock and lockf over
// the system calls, with Linux's constants. Waiting calls (F_SETLKW,
// LOCK_EX without LOCK_NB) detach the thread while they wait, so other
// Python threads run on.
package fcntl

import (
	"syscall"
	"unsafe"

	"gilfree/runtime"
	osmod "gilfree/runtime/lib/os"
)

func init() { runtime.BuiltinModules["fcntl"] = newModule }

// constants are the module's integer constants, Linux's values.
var constants = []struct {
	name  string
	value int
}{
	{"LOCK_SH", syscall.LOCK_SH}, {"LOCK_EX", syscall.LOCK_EX}, {"LOCK_NB", syscall.LOCK_NB}, {"LOCK_UN", syscall.LOCK_UN},
	{"F_DUPFD", syscall.F_DUPFD}, {"F_DUPFD_CLOEXEC", syscall.F_DUPFD_CLOEXEC},
	{"F_GETFD", syscall.F_GETFD}, {"F_SETFD", syscall.F_SETFD}, {"F_GETFL", syscall.F_GETFL}, {"F_SETFL", syscall.F_SETFL},
	{"F_GETLK", syscall.F_GETLK}, {"F_SETLK", syscall.F_SETLK}, {"F_SETLKW", syscall.F_SETLKW},
	{"F_GETOWN", syscall.F_GETOWN}, {"F_SETOWN", syscall.F_SETOWN}, {"F_GETSIG", syscall.F_GETSIG}, {"F_SETSIG", syscall.F_SETSIG},
	{"F_RDLCK", syscall.F_RDLCK}, {"F_WRLCK", syscall.F_WRLCK}, {"F_UNLCK", syscall.F_UNLCK},
	{"F_SETLEASE", 1024}, {"F_GETLEASE", 1025}, {"F_NOTIFY", 1026}, {"F_SETPIPE_SZ", 1031}, {"F_GETPIPE_SZ", 1032},
	{"F_OFD_GETLK", 36}, {"F_OFD_SETLK", 37}, {"F_OFD_SETLKW", 38},
	{"FD_CLOEXEC", syscall.FD_CLOEXEC},
	{"FASYNC", syscall.O_ASYNC}, {"DN_ACCESS", 1}, {"DN_MODIFY", 2}, {"DN_CREATE", 4}, {"DN_DELETE", 8}, {"DN_RENAME", 16},
	{"DN_ATTRIB", 32}, {"DN_MULTISHOT", 0x80000000},
	{"LOCK_MAND", 32}, {"LOCK_READ", 64}, {"LOCK_WRITE", 128}, {"LOCK_RW", 192},
}

func newModule(t *runtime.Thread) *runtime.Module {
	m := t.NewModule("fcntl")
	t.ModuleSet(m, "__doc__", t.NewStr("This module performs file control and I/O control on file\ndescriptors.  It is an interface to the fcntl() and ioctl() Unix\nroutines.  File descriptors can be obtained with the fileno() method of\na file or socket object."))
	for _, c := range constants {
		v := t.NewInt(int64(c.value))
		t.ModuleSet(m, c.name, v)
		t.Decref(v)
	}
	t.AddFunctions(m,
		runtime.MethodDef{Name: "fcntl", Fn: fcntlFcntl, Doc: "Perform the operation `cmd` on file descriptor fd."},
		runtime.MethodDef{Name: "ioctl", Fn: fcntlIoctl, Doc: "Perform the operation `request` on file descriptor `fd`."},
		runtime.MethodDef{Name: "flock", Fn: fcntlFlock, Doc: "Perform the lock operation `operation` on file descriptor `fd`."},
		runtime.MethodDef{Name: "lockf", Fn: fcntlLockf, Doc: "A wrapper around the fcntl() locking calls."},
	)
	return m
}

// control runs fcntl(2) or ioctl(2) (sysno) with an int argument or,
// for a bytes-like one, a copy of its bytes (at most 1024, as CPython),
// returning the call's result or the changed buffer as bytes.
func control(t *runtime.Thread, name string, sysno uintptr, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	var a [3]*runtime.Object
	if err := t.ParseArgs(name, args, kw, []string{"fd", "cmd", "arg"}, 2, a[:]); err != nil {
		return nil, err
	}
	fd, err := t.Fildes(a[0])
	if err != nil {
		return nil, err
	}
	cmd, err := t.IndexInt(a[1])
	if err != nil {
		return nil, err
	}
	if a[2] != nil && !runtime.IsInt(a[2]) {
		var data []byte
		if runtime.IsStr(a[2]) {
			data = []byte(runtime.StrValue(a[2]))
		} else if data, err = t.BytesOf(a[2]); err != nil {
			return nil, err
		}
		if len(data) > 1024 {
			return nil, t.ValueError("%s string arg too long", name)
		}
		buf := make([]byte, 1024)
		copy(buf, data)
		var errno syscall.Errno
		err := osmod.Blocking(t, func() {
			_, _, errno = syscall.Syscall(sysno, uintptr(fd), uintptr(cmd), bufAddr(buf))
		})
		if err != nil {
			return nil, err
		}
		if errno != 0 {
			return nil, osmod.Error(t, errno)
		}
		return t.NewBytes(buf[:len(data)]), nil
	}
	arg := 0
	if a[2] != nil {
		if arg, err = t.IndexInt(a[2]); err != nil {
			return nil, err
		}
	}
	var r uintptr
	var errno syscall.Errno
	if err := osmod.Blocking(t, func() { r, _, errno = syscall.Syscall(sysno, uintptr(fd), uintptr(cmd), uintptr(arg)) }); err != nil {
		return nil, err
	}
	if errno != 0 {
		return nil, osmod.Error(t, errno)
	}
	return t.NewInt(int64(int32(r))), nil
}

// bufAddr is the address of buf's first byte for a system call that reads
// or writes it. The rule that makes it safe: buf is a Go slice that stays
// alive (referenced by the caller) across the call, and the Go heap does
// not move objects.
func bufAddr(buf []byte) uintptr { return uintptr(unsafe.Pointer(&buf[0])) }

func fcntlFcntl(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	return control(t, "fcntl", syscall.SYS_FCNTL, args, kw)
}

func fcntlIoctl(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	// mutate_flag (a fourth argument) is accepted: the changed buffer
	// is returned as bytes either way.
	if len(args) == 4 && kw.Len() == 0 {
		args = args[:3]
	}
	return control(t, "ioctl", syscall.SYS_IOCTL, args, kw)
}

func fcntlFlock(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.CheckArgs("flock", args, kw, 2, 2); err != nil {
		return nil, err
	}
	fd, err := t.Fildes(args[0])
	if err != nil {
		return nil, err
	}
	op, err := t.IndexInt(args[1])
	if err != nil {
		return nil, err
	}
	var serr error
	if err := osmod.Blocking(t, func() { serr = syscall.Flock(fd, op) }); err != nil {
		return nil, err
	}
	if serr != nil {
		return nil, osmod.Error(t, serr)
	}
	return runtime.None, nil
}

// fcntlLockf is lockf(fd, cmd, len=0, start=0, whence=0): a record lock
// through fcntl's F_SETLK (F_SETLKW unless LOCK_NB), as CPython's.
func fcntlLockf(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	var a [5]*runtime.Object
	if err := t.ParseArgs("lockf", args, kw, []string{"fd", "cmd", "len", "start", "whence"}, 2, a[:]); err != nil {
		return nil, err
	}
	fd, err := t.Fildes(a[0])
	if err != nil {
		return nil, err
	}
	var v [4]int
	for i, o := range a[1:] {
		if o == nil {
			continue
		}
		if v[i], err = t.IndexInt(o); err != nil {
			return nil, err
		}
	}
	cmd, length, start, whence := v[0], v[1], v[2], v[3]
	var lk syscall.Flock_t
	switch cmd &^ syscall.LOCK_NB {
	case syscall.LOCK_UN:
		lk.Type = syscall.F_UNLCK
	case syscall.LOCK_SH:
		lk.Type = syscall.F_RDLCK
	case syscall.LOCK_EX:
		lk.Type = syscall.F_WRLCK
	default:
		return nil, t.ValueError("unrecognized lockf argument")
	}
	lk.Start, lk.Len, lk.Whence = int64(start), int64(length), int16(whence)
	op := syscall.F_SETLKW
	if cmd&syscall.LOCK_NB != 0 {
		op = syscall.F_SETLK
	}
	var serr error
	if err := osmod.Blocking(t, func() { serr = syscall.FcntlFlock(uintptr(fd), op, &lk) }); err != nil {
		return nil, err
	}
	if serr != nil {
		return nil, osmod.Error(t, serr)
	}
	return runtime.None, nil
}
