package os

import (
	"os"
	"syscall"

	rt "gilfree/runtime"
)

func init() {
	rt.BuiltinModules["posix"] = newModule
}

func newModule(t *rt.Thread) *rt.Module {
	m := t.NewModule("posix")
	t.AddFunctions(m,
		rt.MethodDef{Name: "stat", Fn: posixStat, Doc: "Perform a stat system call on the given path."},
		rt.MethodDef{Name: "lstat", Fn: posixLstat, Doc: "Perform a stat system call on the given path, without following symbolic links."},
		rt.MethodDef{Name: "fstat", Fn: posixFstat, Doc: "Perform a stat system call on the given file descriptor."},
		rt.MethodDef{Name: "listdir", Fn: posixListdir, Doc: "Return a list containing the names of the files in the directory."},
		rt.MethodDef{Name: "_scandir", Fn: posixScandir, Doc: "Return (name, kind) pairs for the entries of a directory."},
		rt.MethodDef{Name: "mkdir", Fn: posixMkdir, Doc: "Create a directory."},
		onePath("rmdir", syscall.Rmdir),
		onePath("unlink", unlinkFile),
		onePath("remove", unlinkFile),
		onePath("chdir", syscall.Chdir),
		twoPaths("rename", syscall.Rename),
		twoPaths("replace", syscall.Rename),
		twoPaths("link", syscall.Link),
		twoPaths("symlink", syscall.Symlink),
		rt.MethodDef{Name: "getcwd", Fn: posixGetcwd, Doc: "Return a unicode string representing the current working directory."},
		rt.MethodDef{Name: "readlink", Fn: posixReadlink, Doc: "Return a string representing the path to which the symbolic link points."},
		rt.MethodDef{Name: "chmod", Fn: posixChmod, Doc: "Change the access permissions of a file."},
		rt.MethodDef{Name: "access", Fn: posixAccess, Doc: "Use the real uid/gid to test for access to a path."},
		rt.MethodDef{Name: "_utime", Fn: posixUtime, Doc: "Set the access and modified times of a path, in nanoseconds."},
		rt.MethodDef{Name: "truncate", Fn: posixTruncate, Doc: "Truncate a file, specified by path, to a specific length."},
		rt.MethodDef{Name: "cpu_count", Fn: posixCPUCount, Doc: "Return the number of CPUs in the system."},
		rt.MethodDef{Name: "open", Fn: posixOpen, Doc: "Open a file for low level IO.  Returns a file descriptor (integer)."},
		rt.MethodDef{Name: "read", Fn: posixRead, Doc: "Read from a file descriptor."},
		rt.MethodDef{Name: "write", Fn: posixWrite, Doc: "Write a bytes object to a file descriptor."},
		rt.MethodDef{Name: "close", Fn: posixClose, Doc: "Close a file descriptor."},
		rt.MethodDef{Name: "lseek", Fn: posixLseek, Doc: "Set the position of a file descriptor."},
		rt.MethodDef{Name: "pipe", Fn: posixPipe, Doc: "Create a pipe."},
		rt.MethodDef{Name: "dup", Fn: posixDup, Doc: "Return a duplicate of a file descriptor."},
		rt.MethodDef{Name: "isatty", Fn: posixIsatty, Doc: "Return True if the fd is connected to a terminal."},
		rt.MethodDef{Name: "fsync", Fn: posixFsync, Doc: "Force write of fd to disk."},
		rt.MethodDef{Name: "urandom", Fn: posixUrandom, Doc: "Return a bytes object containing random bytes suitable for cryptographic use."},
		rt.MethodDef{Name: "strerror", Fn: posixStrerror, Doc: "Translate an error code to a message string."},
		rt.MethodDef{Name: "kill", Fn: posixKill, Doc: "Kill a process with a signal."},
		rt.MethodDef{Name: "umask", Fn: posixUmask, Doc: "Set the current numeric umask and return the previous umask."},
		rt.MethodDef{Name: "_exit", Fn: posixExit, Doc: "Exit to the system with specified status, without normal exit processing."},
		rt.MethodDef{Name: "putenv", Fn: posixPutenv, Doc: "Change or add an environment variable."},
		rt.MethodDef{Name: "unsetenv", Fn: posixUnsetenv, Doc: "Delete an environment variable."},
		rt.MethodDef{Name: "_statvfs", Fn: posixStatvfs, Doc: "Sizes of the file system holding a path."},
		rt.MethodDef{Name: "uname", Fn: posixUname, Doc: "Return an object identifying the current operating system."},
		intResult("getpid", os.Getpid),
		intResult("getppid", os.Getppid),
		intResult("getuid", os.Getuid),
		intResult("geteuid", os.Geteuid),
		intResult("getgid", os.Getgid),
		intResult("getegid", os.Getegid),
	)
	t.AddFunctions(m, moreFunctions()...)
	t.AddFunctions(m, evenMoreFunctions()...)
	t.AddFunctions(m, terminalFunctions()...)
	t.ModuleSet(m, "environ", posixEnviron(t))
	for name, v := range constants {
		t.ModuleSet(m, name, t.NewInt(int64(v)))
	}
	for name, v := range moreConstants {
		t.ModuleSet(m, name, t.NewInt(int64(v)))
	}
	names := t.NewDict()
	for name, v := range sysconfNames {
		k, n := t.NewStr(name), t.NewInt(int64(v))
		t.DictSetItem(names, k, n)
		t.Decref(k)
		t.Decref(n)
	}
	t.ModuleSet(m, "sysconf_names", names.Obj())
	return m
}

// constants are the flag values scripts pass to the calls above.
var constants = map[string]int{
	"F_OK": 0, "R_OK": 4, "W_OK": 2, "X_OK": 1,
	"O_RDONLY": syscall.O_RDONLY, "O_WRONLY": syscall.O_WRONLY, "O_RDWR": syscall.O_RDWR,
	"O_APPEND": syscall.O_APPEND, "O_CREAT": syscall.O_CREAT, "O_EXCL": syscall.O_EXCL,
	"O_TRUNC": syscall.O_TRUNC, "O_NONBLOCK": syscall.O_NONBLOCK, "O_CLOEXEC": syscall.O_CLOEXEC,
	"O_NOFOLLOW": syscall.O_NOFOLLOW, "O_DIRECTORY": syscall.O_DIRECTORY, "O_SYNC": syscall.O_SYNC,
	"SEEK_SET": 0, "SEEK_CUR": 1, "SEEK_END": 2,
	"EX_OK":   0,
	"WNOHANG": syscall.WNOHANG,
}
