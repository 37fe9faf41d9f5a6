// Package resource is the _resource module behind resource.py: getrusage,
// getrlimit, setrlimit and prlimit over the system calls, and the RLIMIT_
// and RUSAGE_ constants with Linux's values. resource.py builds
// struct_rusage and raises resource.error (OSError) as CPython's module.
package resource

import (
	"syscall"
	"unsafe"

	"gilfree/runtime"
	osmod "gilfree/runtime/lib/os"
)

func init() { runtime.BuiltinModules["_resource"] = newModule }

// constants are Linux's resource numbers and getrusage targets.
var constants = []struct {
	name  string
	value int64
}{
	{"RLIMIT_CPU", 0}, {"RLIMIT_FSIZE", 1}, {"RLIMIT_DATA", 2}, {"RLIMIT_STACK", 3}, {"RLIMIT_CORE", 4},
	{"RLIMIT_RSS", 5}, {"RLIMIT_NPROC", 6}, {"RLIMIT_NOFILE", 7}, {"RLIMIT_MEMLOCK", 8}, {"RLIMIT_AS", 9},
	{"RLIMIT_LOCKS", 10}, {"RLIMIT_SIGPENDING", 11}, {"RLIMIT_MSGQUEUE", 12}, {"RLIMIT_NICE", 13},
	{"RLIMIT_RTPRIO", 14}, {"RLIMIT_RTTIME", 15},
	{"RUSAGE_SELF", 0}, {"RUSAGE_CHILDREN", -1}, {"RUSAGE_THREAD", 1},
	{"RLIM_INFINITY", -1},
}

func newModule(t *runtime.Thread) *runtime.Module {
	m := t.NewModule("_resource")
	for _, c := range constants {
		v := t.NewInt(c.value)
		t.ModuleSet(m, c.name, v)
		t.Decref(v)
	}
	t.AddFunctions(m,
		runtime.MethodDef{Name: "getrusage", Fn: getrusage, Doc: "getrusage(who): the 16 fields of struct rusage, the two times in seconds."},
		runtime.MethodDef{Name: "prlimit", Fn: prlimit, Doc: "prlimit(pid, resource[, (soft, hard)]): the limits before any change."},
		runtime.MethodDef{Name: "getpagesize", Fn: func(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
			if err := t.CheckArgs("getpagesize", args, kw, 0, 0); err != nil {
				return nil, err
			}
			return t.NewInt(int64(syscall.Getpagesize())), nil
		}, Doc: "Return the size of a memory page in bytes."},
	)
	return m
}

func getrusage(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.CheckArgs("getrusage", args, kw, 1, 1); err != nil {
		return nil, err
	}
	who, err := t.IndexInt(args[0])
	if err != nil {
		return nil, err
	}
	var ru syscall.Rusage
	if err := syscall.Getrusage(who, &ru); err != nil {
		if err == syscall.EINVAL {
			return nil, t.ValueError("invalid who parameter")
		}
		return nil, osmod.Error(t, err)
	}
	seconds := func(tv syscall.Timeval) *runtime.Object {
		return t.NewFloat(float64(tv.Sec) + float64(tv.Usec)*1e-6)
	}
	ints := []int64{ru.Maxrss, ru.Ixrss, ru.Idrss, ru.Isrss, ru.Minflt, ru.Majflt, ru.Nswap, ru.Inblock,
		ru.Oublock, ru.Msgsnd, ru.Msgrcv, ru.Nsignals, ru.Nvcsw, ru.Nivcsw}
	items := []*runtime.Object{seconds(ru.Utime), seconds(ru.Stime)}
	for _, v := range ints {
		items = append(items, t.NewInt(v))
	}
	return t.NewTupleSteal(items).Obj(), nil
}

// rlimit is the kernel's struct rlimit64.
type rlimit struct{ cur, max uint64 }

// limitObject is a limit as Python sees it: RLIM_INFINITY is -1.
func limitObject(t *runtime.Thread, v uint64) *runtime.Object {
	if v == ^uint64(0) {
		return t.NewInt(-1)
	}
	return t.NewIntFromUint(v)
}

// limitValue reads a limit: -1 (RLIM_INFINITY) or a non-negative int.
func limitValue(t *runtime.Thread, o *runtime.Object) (uint64, error) {
	v, err := t.IndexInt(o)
	if err != nil {
		return 0, err
	}
	if v == -1 {
		return ^uint64(0), nil
	}
	if v < 0 {
		return 0, t.ValueError("Cannot convert negative int")
	}
	return uint64(v), nil
}

// prlimit is prlimit(2): the limits of resource res for process pid (0:
// this one), set to new when given, returned as they were.
func prlimit(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.CheckArgs("prlimit", args, kw, 2, 3); err != nil {
		return nil, err
	}
	pid, err := t.IndexInt(args[0])
	if err != nil {
		return nil, err
	}
	res, err := t.IndexInt(args[1])
	if err != nil {
		return nil, err
	}
	if res < 0 || res >= 16 {
		return nil, t.ValueError("invalid resource specified")
	}
	var newp *rlimit
	if len(args) == 3 {
		items, err := t.SequenceItems(args[2])
		if err != nil {
			return nil, err
		}
		defer func() {
			for _, it := range items {
				t.Decref(it)
			}
		}()
		if len(items) != 2 {
			return nil, t.ValueError("expected a tuple of 2 integers")
		}
		var nl rlimit
		if nl.cur, err = limitValue(t, items[0]); err != nil {
			return nil, err
		}
		if nl.max, err = limitValue(t, items[1]); err != nil {
			return nil, err
		}
		newp = &nl
	}
	var old rlimit
	_, _, errno := syscall.RawSyscall6(syscall.SYS_PRLIMIT64, uintptr(pid), uintptr(res),
		limitAddr(newp), limitAddr(&old), 0, 0)
	if errno != 0 {
		if errno == syscall.EINVAL && newp != nil {
			return nil, t.ValueError("current limit exceeds maximum limit")
		}
		return nil, osmod.Error(t, errno)
	}
	return t.NewTupleSteal([]*runtime.Object{limitObject(t, old.cur), limitObject(t, old.max)}).Obj(), nil
}

// limitAddr is the address of l for prlimit(2), 0 for nil. The rule that
// makes it safe: l is a Go variable the caller keeps alive across the
// system call, and the Go heap does not move objects.
func limitAddr(l *rlimit) uintptr {
	if l == nil {
		return 0
	}
	return uintptr(unsafe.Pointer(l))
}
