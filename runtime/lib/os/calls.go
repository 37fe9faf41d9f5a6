package os

import (
	"os"
	"runtime"
	"syscall"

	rt "gilfree/runtime"
)

// The calls on paths: stat, directories, renames, links, permissions.

func fnPath(name string) func(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (string, error) {
	return func(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (string, error) {
		var out [1]*rt.Object
		if err := t.ParseArgs(name, args, kw, []string{"path"}, 1, out[:]); err != nil {
			return "", err
		}
		p, _, err := pathArg(t, name, out[0])
		return p, err
	}
}

// statTuple returns the fields of a stat as a tuple, which os.py turns
// into an os.stat_result: mode, ino, dev, nlink, uid, gid, size, the
// three times in nanoseconds, then blksize, blocks and rdev.
func statTuple(t *rt.Thread, st *syscall.Stat_t) *rt.Object {
	ns := func(ts syscall.Timespec) *rt.Object { return t.NewInt(ts.Sec*1e9 + ts.Nsec) }
	return t.NewTupleSteal([]*rt.Object{
		t.NewInt(int64(st.Mode)), t.NewIntFromUint(st.Ino), t.NewIntFromUint(st.Dev), t.NewInt(int64(st.Nlink)),
		t.NewInt(int64(st.Uid)), t.NewInt(int64(st.Gid)), t.NewInt(st.Size),
		ns(st.Atim), ns(st.Mtim), ns(st.Ctim),
		t.NewInt(int64(st.Blksize)), t.NewInt(st.Blocks), t.NewIntFromUint(st.Rdev),
	}).Obj()
}

func posixStat(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	var out [3]*rt.Object
	if err := t.ParseArgs("stat", args, kw, []string{"path", "$dir_fd", "$follow_symlinks"}, 1, out[:]); err != nil {
		return nil, err
	}
	path, fd, isFd, err := pathOrFd(t, "stat", out[0])
	if err != nil {
		return nil, err
	}
	follow := true
	if out[2] != nil {
		if follow, err = t.Truth(out[2]); err != nil {
			return nil, err
		}
	}
	var st syscall.Stat_t
	switch {
	case isFd:
		err = syscall.Fstat(fd, &st)
	case !follow:
		err = syscall.Lstat(path, &st)
	default:
		err = syscall.Stat(path, &st)
	}
	if err != nil {
		if isFd {
			return nil, osErr(t, err, "")
		}
		return nil, osErr(t, err, path)
	}
	return statTuple(t, &st), nil
}

func posixLstat(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	var out [2]*rt.Object
	if err := t.ParseArgs("lstat", args, kw, []string{"path", "$dir_fd"}, 1, out[:]); err != nil {
		return nil, err
	}
	path, _, err := pathArg(t, "lstat", out[0])
	if err != nil {
		return nil, err
	}
	var st syscall.Stat_t
	if err := syscall.Lstat(path, &st); err != nil {
		return nil, osErr(t, err, path)
	}
	return statTuple(t, &st), nil
}

func posixListdir(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	var out [1]*rt.Object
	if err := t.ParseArgs("listdir", args, kw, []string{"path"}, 0, out[:]); err != nil {
		return nil, err
	}
	path, asBytes := ".", false
	if out[0] != nil && out[0] != rt.None {
		var err error
		if path, asBytes, err = pathArg(t, "listdir", out[0]); err != nil {
			return nil, err
		}
	}
	names, err := readDir(path)
	if err != nil {
		return nil, osErr(t, err, path)
	}
	l := t.NewList(len(names))
	for _, n := range names {
		v := newPath(t, n.name, asBytes)
		t.ListAppend(l, v)
		t.Decref(v)
	}
	return l.Obj(), nil
}

type dirent struct {
	name string
	kind byte // 'd', 'f', 'l' or '?' (other)
}

// readDir lists a directory in the order the system gives, as CPython's
// listdir does, with each entry's kind from the directory itself.
func readDir(path string) ([]dirent, error) {
	var st syscall.Stat_t
	if err := syscall.Stat(path, &st); err != nil {
		return nil, err
	}
	if st.Mode&syscall.S_IFMT != syscall.S_IFDIR {
		return nil, syscall.ENOTDIR
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, unwrap(err)
	}
	defer f.Close()
	entries, err := f.ReadDir(-1)
	if err != nil {
		return nil, unwrap(err)
	}
	out := make([]dirent, len(entries))
	for i, e := range entries {
		k := byte('?')
		switch m := e.Type(); {
		case m.IsDir():
			k = 'd'
		case m.IsRegular():
			k = 'f'
		case m&os.ModeSymlink != 0:
			k = 'l'
		}
		out[i] = dirent{e.Name(), k}
	}
	return out, nil
}

// unwrap digs the errno out of an error of package os.
func unwrap(err error) error {
	switch e := err.(type) {
	case *os.PathError:
		return e.Err
	case *os.LinkError:
		return e.Err
	case *os.SyscallError:
		return e.Err
	}
	return err
}

// posixScandir returns (name, kind) pairs for os.scandir.
func posixScandir(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	if err := t.CheckArgs("_scandir", args, kw, 1, 1); err != nil {
		return nil, err
	}
	path, _, err := pathArg(t, "scandir", args[0])
	if err != nil {
		return nil, err
	}
	names, err := readDir(path)
	if err != nil {
		return nil, osErr(t, err, path)
	}
	items := make([]*rt.Object, len(names))
	for i, n := range names {
		items[i] = t.NewTupleSteal([]*rt.Object{t.NewStr(n.name), t.NewStr(string(n.kind))}).Obj()
	}
	return t.NewListSteal(items).Obj(), nil
}

func posixMkdir(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	var out [3]*rt.Object
	if err := t.ParseArgs("mkdir", args, kw, []string{"path", "mode", "$dir_fd"}, 1, out[:]); err != nil {
		return nil, err
	}
	path, _, err := pathArg(t, "mkdir", out[0])
	if err != nil {
		return nil, err
	}
	mode := 0o777
	if out[1] != nil {
		if mode, err = intArg(t, out[1]); err != nil {
			return nil, err
		}
	}
	if err := syscall.Mkdir(path, uint32(mode)); err != nil {
		return nil, osErr(t, err, path)
	}
	return rt.None, nil
}

// onePath wraps a call that takes one path and returns nothing.
func onePath(name string, call func(string) error) rt.MethodDef {
	get := fnPath(name)
	return rt.MethodDef{Name: name, Fn: func(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
		path, err := get(t, args, kw)
		if err != nil {
			return nil, err
		}
		if err := call(path); err != nil {
			return nil, osErr(t, err, path)
		}
		return rt.None, nil
	}}
}

// twoPaths wraps a call that takes two paths (rename, link, symlink).
func twoPaths(name string, call func(a, b string) error) rt.MethodDef {
	return rt.MethodDef{Name: name, Fn: func(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
		var out [2]*rt.Object
		if err := t.ParseArgs(name, args, kw, []string{"src", "dst"}, 2, out[:]); err != nil {
			return nil, err
		}
		a, _, err := pathArg(t, name, out[0])
		if err != nil {
			return nil, err
		}
		b, _, err := pathArg(t, name, out[1])
		if err != nil {
			return nil, err
		}
		if err := call(a, b); err != nil {
			return nil, osErr2(t, err, a, b)
		}
		return rt.None, nil
	}}
}

func unlinkFile(path string) error { return syscall.Unlink(path) }

func posixGetcwd(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	if err := t.CheckArgs("getcwd", args, kw, 0, 0); err != nil {
		return nil, err
	}
	wd, err := syscall.Getwd()
	if err != nil {
		return nil, osErr(t, err, "")
	}
	return t.NewStr(wd), nil
}

func posixReadlink(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	var out [2]*rt.Object
	if err := t.ParseArgs("readlink", args, kw, []string{"path", "$dir_fd"}, 1, out[:]); err != nil {
		return nil, err
	}
	path, asBytes, err := pathArg(t, "readlink", out[0])
	if err != nil {
		return nil, err
	}
	buf := make([]byte, 4096)
	n, err := syscall.Readlink(path, buf)
	if err != nil {
		return nil, osErr(t, err, path)
	}
	return newPath(t, string(buf[:n]), asBytes), nil
}

func posixChmod(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	var out [4]*rt.Object
	if err := t.ParseArgs("chmod", args, kw, []string{"path", "mode", "$dir_fd", "$follow_symlinks"}, 2, out[:]); err != nil {
		return nil, err
	}
	path, fd, isFd, err := pathOrFd(t, "chmod", out[0])
	if err != nil {
		return nil, err
	}
	mode, err := intArg(t, out[1])
	if err != nil {
		return nil, err
	}
	if isFd {
		err = syscall.Fchmod(fd, uint32(mode))
	} else {
		err = syscall.Chmod(path, uint32(mode))
	}
	if err != nil {
		return nil, osErr(t, err, path)
	}
	return rt.None, nil
}

func posixAccess(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	var out [5]*rt.Object
	if err := t.ParseArgs("access", args, kw, []string{"path", "mode", "$dir_fd", "$effective_ids", "$follow_symlinks"}, 2, out[:]); err != nil {
		return nil, err
	}
	path, _, err := pathArg(t, "access", out[0])
	if err != nil {
		return nil, err
	}
	mode, err := intArg(t, out[1])
	if err != nil {
		return nil, err
	}
	return rt.NewBool(syscall.Access(path, uint32(mode)) == nil), nil
}

// posixUtime sets the access and modification times, in nanoseconds
// (os.py converts the times and ns arguments).
func posixUtime(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	if err := t.CheckArgs("_utime", args, kw, 3, 3); err != nil {
		return nil, err
	}
	path, _, err := pathArg(t, "utime", args[0])
	if err != nil {
		return nil, err
	}
	var ts [2]syscall.Timespec
	for i := range ts {
		v, ok := rt.Int64Of(args[i+1])
		if !ok {
			return nil, t.OverflowError("timestamp out of range")
		}
		ts[i] = syscall.NsecToTimespec(v)
	}
	if err := syscall.UtimesNano(path, ts[:]); err != nil {
		return nil, osErr(t, err, path)
	}
	return rt.None, nil
}

func posixTruncate(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	if err := t.CheckArgs("truncate", args, kw, 2, 2); err != nil {
		return nil, err
	}
	path, fd, isFd, err := pathOrFd(t, "truncate", args[0])
	if err != nil {
		return nil, err
	}
	n, err := intArg(t, args[1])
	if err != nil {
		return nil, err
	}
	if isFd {
		err = syscall.Ftruncate(fd, int64(n))
	} else {
		err = syscall.Truncate(path, int64(n))
	}
	if err != nil {
		return nil, osErr(t, err, path)
	}
	return rt.None, nil
}

func posixCPUCount(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	return t.NewInt(int64(runtime.NumCPU())), nil
}
