package os

import (
	"crypto/rand"
	"os"
	"syscall"

	rt "gilfree/runtime"
)

// The calls on file descriptors and processes, and the environment.

func posixOpen(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	var out [4]*rt.Object
	if err := t.ParseArgs("open", args, kw, []string{"path", "flags", "mode", "$dir_fd"}, 2, out[:]); err != nil {
		return nil, err
	}
	path, _, err := pathArg(t, "open", out[0])
	if err != nil {
		return nil, err
	}
	flags, err := intArg(t, out[1])
	if err != nil {
		return nil, err
	}
	mode := 0o777
	if out[2] != nil {
		if mode, err = intArg(t, out[2]); err != nil {
			return nil, err
		}
	}
	var fd int
	var oerr error
	if err := blocking(t, func() { fd, oerr = syscall.Open(path, flags|syscall.O_CLOEXEC, uint32(mode)) }); err != nil {
		return nil, err
	}
	if oerr != nil {
		return nil, osErr(t, oerr, path)
	}
	return t.NewInt(int64(fd)), nil
}

func fdArgs(t *rt.Thread, name string, args []*rt.Object, kw *rt.Tuple, n int) ([]int, error) {
	if err := t.CheckArgs(name, args, kw, n, n); err != nil {
		return nil, err
	}
	out := make([]int, n)
	for i, a := range args {
		v, err := intArg(t, a)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

func posixRead(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	a, err := fdArgs(t, "read", args, kw, 2)
	if err != nil {
		return nil, err
	}
	return readCall(t, "read", a[1], func(buf []byte) (int, error) { return syscall.Read(a[0], buf) })
}

// readCall reads at most size bytes through call (read or pread) with the
// thread detached, returning them as bytes.
func readCall(t *rt.Thread, name string, size int, call func(buf []byte) (int, error)) (*rt.Object, error) {
	if size < 0 {
		return nil, t.ValueError("negative buffersize in %s", name)
	}
	buf := make([]byte, size)
	var n int
	var rerr error
	if err := blocking(t, func() { n, rerr = call(buf) }); err != nil {
		return nil, err
	}
	if rerr != nil {
		return nil, osErr(t, rerr, "")
	}
	return t.NewBytes(buf[:n]), nil
}

func posixWrite(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	if err := t.CheckArgs("write", args, kw, 2, 2); err != nil {
		return nil, err
	}
	return writeCall(t, args[0], args[1], nil, func(fd int, b []byte, _ int64) (int, error) { return syscall.Write(fd, b) })
}

// writeCall writes the bytes of data to the descriptor fdObj through call
// (write, or pwrite at the offset offObj) with the thread detached,
// returning the count written. The arguments convert in CPython's order.
func writeCall(t *rt.Thread, fdObj, data, offObj *rt.Object, call func(fd int, b []byte, off int64) (int, error)) (*rt.Object, error) {
	fd, err := intArg(t, fdObj)
	if err != nil {
		return nil, err
	}
	b, err := t.BytesOf(data)
	if err != nil {
		return nil, err
	}
	off := 0
	if offObj != nil {
		if off, err = intArg(t, offObj); err != nil {
			return nil, err
		}
	}
	var n int
	var werr error
	if err := blocking(t, func() { n, werr = call(fd, b, int64(off)) }); err != nil {
		return nil, err
	}
	if werr != nil {
		return nil, osErr(t, werr, "")
	}
	return t.NewInt(int64(n)), nil
}

func posixClose(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	a, err := fdArgs(t, "close", args, kw, 1)
	if err != nil {
		return nil, err
	}
	if err := syscall.Close(a[0]); err != nil {
		return nil, osErr(t, err, "")
	}
	return rt.None, nil
}

func posixLseek(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	a, err := fdArgs(t, "lseek", args, kw, 3)
	if err != nil {
		return nil, err
	}
	off, err := syscall.Seek(a[0], int64(a[1]), a[2])
	if err != nil {
		return nil, osErr(t, err, "")
	}
	return t.NewInt(off), nil
}

func posixFstat(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	a, err := fdArgs(t, "fstat", args, kw, 1)
	if err != nil {
		return nil, err
	}
	var st syscall.Stat_t
	if err := syscall.Fstat(a[0], &st); err != nil {
		return nil, osErr(t, err, "")
	}
	return statTuple(t, &st), nil
}

func posixPipe(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	if err := t.CheckArgs("pipe", args, kw, 0, 0); err != nil {
		return nil, err
	}
	var p [2]int
	if err := syscall.Pipe2(p[:], syscall.O_CLOEXEC); err != nil {
		return nil, osErr(t, err, "")
	}
	return t.NewTupleSteal([]*rt.Object{t.NewInt(int64(p[0])), t.NewInt(int64(p[1]))}).Obj(), nil
}

func posixDup(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	a, err := fdArgs(t, "dup", args, kw, 1)
	if err != nil {
		return nil, err
	}
	fd, err := syscall.Dup(a[0])
	if err != nil {
		return nil, osErr(t, err, "")
	}
	syscall.CloseOnExec(fd)
	return t.NewInt(int64(fd)), nil
}

func posixIsatty(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	a, err := fdArgs(t, "isatty", args, kw, 1)
	if err != nil {
		return nil, err
	}
	return rt.NewBool(isTerminal(a[0])), nil
}

func posixFsync(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	a, err := fdArgs(t, "fsync", args, kw, 1)
	if err != nil {
		return nil, err
	}
	if err := syscall.Fsync(a[0]); err != nil {
		return nil, osErr(t, err, "")
	}
	return rt.None, nil
}

func posixUrandom(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	a, err := fdArgs(t, "urandom", args, kw, 1)
	if err != nil {
		return nil, err
	}
	if a[0] < 0 {
		return nil, t.ValueError("negative argument not allowed")
	}
	buf := make([]byte, a[0])
	if _, err := rand.Read(buf); err != nil {
		return nil, osErr(t, err, "")
	}
	return t.NewBytes(buf), nil
}

func posixStrerror(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	a, err := fdArgs(t, "strerror", args, kw, 1)
	if err != nil {
		return nil, err
	}
	msg := Strerror(syscall.Errno(a[0]))
	if len(msg) > 5 && msg[:5] == "Errno" {
		msg = "Unknown error " + msg[6:]
	}
	return t.NewStr(msg), nil
}

func posixKill(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	a, err := fdArgs(t, "kill", args, kw, 2)
	if err != nil {
		return nil, err
	}
	if err := syscall.Kill(a[0], syscall.Signal(a[1])); err != nil {
		return nil, osErr(t, err, "")
	}
	return rt.None, nil
}

func posixUmask(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	a, err := fdArgs(t, "umask", args, kw, 1)
	if err != nil {
		return nil, err
	}
	return t.NewInt(int64(syscall.Umask(a[0]))), nil
}

func posixExit(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	a, err := fdArgs(t, "_exit", args, kw, 1)
	if err != nil {
		return nil, err
	}
	t.Interp.Stdout.Flush()
	t.Interp.Stderr.Flush()
	os.Exit(a[0])
	return rt.None, nil
}

// intResult wraps a call with no arguments that returns an int.
func intResult(name string, call func() int) rt.MethodDef {
	return rt.MethodDef{Name: name, Fn: func(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
		if err := t.CheckArgs(name, args, kw, 0, 0); err != nil {
			return nil, err
		}
		return t.NewInt(int64(call())), nil
	}}
}

// posixEnviron returns the process environment as a new dict of str.
func posixEnviron(t *rt.Thread) *rt.Object {
	d := t.NewDict()
	for _, kv := range os.Environ() {
		for i := 0; i < len(kv); i++ {
			if kv[i] == '=' && i > 0 {
				k, v := t.NewStr(kv[:i]), t.NewStr(kv[i+1:])
				t.DictSetItem(d, k, v)
				t.Decref(k)
				t.Decref(v)
				break
			}
		}
	}
	return d.Obj()
}

func strPair(t *rt.Thread, name string, args []*rt.Object, kw *rt.Tuple, n int) ([]string, error) {
	if err := t.CheckArgs(name, args, kw, n, n); err != nil {
		return nil, err
	}
	out := make([]string, n)
	for i, a := range args {
		s, _, err := pathArg(t, name, a)
		if err != nil {
			return nil, err
		}
		out[i] = s
	}
	return out, nil
}

func posixPutenv(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	kv, err := strPair(t, "putenv", args, kw, 2)
	if err != nil {
		return nil, err
	}
	if kv[0] == "" || containsByte(kv[0], '=') {
		return nil, t.ValueError("illegal environment variable name")
	}
	if containsByte(kv[0], 0) || containsByte(kv[1], 0) {
		return nil, t.ValueError("embedded null byte")
	}
	if err := os.Setenv(kv[0], kv[1]); err != nil {
		return nil, osErr(t, unwrap(err), "")
	}
	return rt.None, nil
}

func posixUnsetenv(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	k, err := strPair(t, "unsetenv", args, kw, 1)
	if err != nil {
		return nil, err
	}
	if k[0] == "" || containsByte(k[0], '=') {
		return nil, t.ValueError("illegal environment variable name")
	}
	os.Unsetenv(k[0])
	return rt.None, nil
}

func containsByte(s string, b byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			return true
		}
	}
	return false
}

func posixUname(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	var u syscall.Utsname
	if err := syscall.Uname(&u); err != nil {
		return nil, osErr(t, err, "")
	}
	field := func(a [65]int8) *rt.Object {
		b := make([]byte, 0, len(a))
		for _, c := range a {
			if c == 0 {
				break
			}
			b = append(b, byte(c))
		}
		return t.NewStr(string(b))
	}
	return t.NewTupleSteal([]*rt.Object{field(u.Sysname), field(u.Nodename), field(u.Release), field(u.Version), field(u.Machine)}).Obj(), nil
}

// posixStatvfs returns (fragment size, blocks, free blocks, blocks free
// to unprivileged users) of the file system holding path.
func posixStatvfs(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	if err := t.CheckArgs("_statvfs", args, kw, 1, 1); err != nil {
		return nil, err
	}
	path, _, err := pathArg(t, "statvfs", args[0])
	if err != nil {
		return nil, err
	}
	var st syscall.Statfs_t
	if err := syscall.Statfs(path, &st); err != nil {
		return nil, osErr(t, err, path)
	}
	frsize := st.Frsize
	if frsize == 0 {
		frsize = st.Bsize
	}
	return t.NewTupleSteal([]*rt.Object{t.NewInt(frsize), t.NewIntFromUint(st.Blocks), t.NewIntFromUint(st.Bfree), t.NewIntFromUint(st.Bavail)}).Obj(), nil
}
