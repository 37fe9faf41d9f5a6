// Package os is the posix module: the operating-system calls that the
// Python-source modules os and os.path (runtime/lib/py/os.py and
// posixpath.py) are built on, as CPython's os module is built on its
// posix extension.
//
// The split keeps Go to what only Go can do. Each function here is a thin
// wrapper around one system call (through package syscall, so that the
// errno is the kernel's own and the OSError subclass and message are
// exactly CPython's); the Python layer adds the conveniences: stat_result,
// environ as a mapping, walk, makedirs, scandir's DirEntry. Calls that can
// block (reads and writes on descriptors, waiting for a process) detach
// the thread state while they wait, so other threads and the collector
// never wait for them.
package os

import (
	"syscall"

	rt "gilfree/runtime"
)

// pathArg converts a path argument as CPython's path converter does: a
// str or bytes as it is, or the result of __fspath__. isBytes says the
// caller should answer in bytes.
func pathArg(t *rt.Thread, fname string, o *rt.Object) (path string, isBytes bool, err error) {
	if s, ok := rt.AsStr(o); ok {
		return s, false, nil
	}
	if rt.IsBytes(o) {
		return string(rt.BytesValue(o)), true, nil
	}
	r, found, err := t.CallDunder(o, rt.Intern("__fspath__"), nil)
	if err != nil {
		return "", false, err
	}
	if found {
		defer t.Decref(r)
		if s, ok := rt.AsStr(r); ok {
			return s, false, nil
		}
		if rt.IsBytes(r) {
			return string(rt.BytesValue(r)), true, nil
		}
		return "", false, t.TypeError("expected %s.__fspath__() to return str or bytes, not %s", rt.TypeOf(o).Name, rt.TypeOf(r).Name)
	}
	return "", false, t.TypeError("%s: path should be string, bytes or os.PathLike, not %s", fname, rt.TypeOf(o).Name)
}

// pathOrFd is pathArg for the calls that also take an open descriptor.
func pathOrFd(t *rt.Thread, fname string, o *rt.Object) (path string, fd int, isFd bool, err error) {
	if rt.IsInt(o) && rt.TypeOf(o) != rt.BoolType {
		n, err := t.IndexInt(o)
		return "", n, true, err
	}
	if !rt.IsStr(o) && !rt.IsBytes(o) {
		if _, found, _ := lookupFspath(o); !found {
			return "", 0, false, t.TypeError("%s: path should be string, bytes, os.PathLike or integer, not %s", fname, rt.TypeOf(o).Name)
		}
	}
	path, _, err = pathArg(t, fname, o)
	return path, 0, false, err
}

// lookupFspath reports whether o's type defines __fspath__.
func lookupFspath(o *rt.Object) (*rt.Object, bool, error) {
	v := rt.TypeOf(o).Lookup(rt.Intern("__fspath__"))
	return v, v != nil, nil
}

// newPath returns a result path in the kind (str or bytes) of the
// argument it came from.
func newPath(t *rt.Thread, s string, asBytes bool) *rt.Object {
	if asBytes {
		return t.NewBytesString(s)
	}
	return t.NewStr(s)
}

// osErr converts a system call's error into the OSError subclass its
// errno selects, naming the file (or nothing when filename is "").
func osErr(t *rt.Thread, err error, filename string) error {
	var fn *rt.Object
	if filename != "" {
		fn = t.NewStr(filename)
		defer t.Decref(fn)
	}
	return osErrObj(t, err, fn)
}

// osErrObj is osErr with the filename as an object (may be nil).
func osErrObj(t *rt.Thread, err error, filename *rt.Object) error {
	errno, ok := err.(syscall.Errno)
	if !ok {
		return t.NewErrorMsg(rt.OSErrorType, err.Error())
	}
	return t.OSErrorFrom(int(errno), Strerror(errno), filename)
}

// osErr2 reports an error about two files (rename, link): "... 'a' -> 'b'".
func osErr2(t *rt.Thread, err error, a, b string) error {
	errno, ok := err.(syscall.Errno)
	if !ok {
		return t.NewErrorMsg(rt.OSErrorType, err.Error())
	}
	args := []*rt.Object{t.NewInt(int64(errno)), t.NewStr(Strerror(errno)), t.NewStr(a), rt.None, t.NewStr(b)}
	defer func() {
		for _, a := range args {
			t.Decref(a)
		}
	}()
	e, cerr := t.Call(rt.OSErrorType.Obj(), args, nil)
	if cerr != nil {
		return cerr
	}
	return rt.As[rt.BaseException](e)
}

// Strerror is the C library's message for an errno, as Python shows it.
func Strerror(e syscall.Errno) string {
	s := e.Error()
	if s == "" {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

// blocking runs fn with the thread state detached, for calls that may
// wait, then honours any request that arrived meanwhile.
func blocking(t *rt.Thread, fn func()) error {
	t.Detach()
	fn()
	t.Attach()
	if t.Pending() != 0 {
		return t.Poll()
	}
	return nil
}

// intArg converts an argument that must be an int.
func intArg(t *rt.Thread, o *rt.Object) (int, error) {
	if !rt.IsInt(o) {
		return 0, t.TypeError("'%s' object cannot be interpreted as an integer", rt.TypeOf(o).Name)
	}
	return t.IndexInt(o)
}

// Error converts a system call's error into the OSError subclass its
// errno selects, as os's own functions raise it: for the other modules
// over system calls (fcntl, resource).
func Error(t *rt.Thread, err error) error { return osErr(t, err, "") }

// Blocking runs fn, a system call that may wait, with t detached, as
// os's own functions do, and polls for signals after it.
func Blocking(t *rt.Thread, fn func()) error { return blocking(t, fn) }
