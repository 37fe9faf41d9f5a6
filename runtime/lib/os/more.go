package os

import (
	"bytes"
	"crypto/rand"
	"os"
	"os/signal"
	goruntime "runtime"
	"strconv"
	"strings"
	"syscall"
	"unsafe"

	rt "gilfree/runtime"
)

// The rest of CPython's posix calls that everyday scripts use: CPU
// affinity and load, process times, descriptor plumbing (dup2, pread,
// pwrite, pipe2, blocking and inheritable flags), file-system sizes,
// sysconf, process groups and sessions, ownership, FIFOs, waiting for
// children, and niceness.
//
// Some Linux calls act on the calling OS thread only (sched_setaffinity,
// setpriority with pid 0). A Python thread here is a goroutine that Go
// moves between OS threads, so those calls, when they name the calling
// process, are applied to every OS thread of the process: the effect
// CPython's single-threaded scripts see.

func moreFunctions() []rt.MethodDef {
	return []rt.MethodDef{
		{Name: "sched_getaffinity", Fn: posixSchedGetaffinity, Doc: "Return the affinity of the process identified by pid (or the current process if zero)."},
		{Name: "sched_setaffinity", Fn: posixSchedSetaffinity, Doc: "Set the CPU affinity of the process identified by pid to mask."},
		{Name: "sched_yield", Fn: posixSchedYield, Doc: "Voluntarily relinquish the CPU."},
		{Name: "getloadavg", Fn: posixGetloadavg, Doc: "Return average recent system load information."},
		{Name: "_times", Fn: posixTimes, Doc: "Return (user, system, children_user, children_system, elapsed) in seconds."},
		{Name: "dup2", Fn: posixDup2, Doc: "Duplicate file descriptor."},
		{Name: "ftruncate", Fn: posixFtruncate, Doc: "Truncate a file, specified by file descriptor, to a specific length."},
		{Name: "_statvfs_full", Fn: posixStatvfsFull, Doc: "Perform a statvfs system call on the given path or descriptor."},
		{Name: "pread", Fn: posixPread, Doc: "Read a number of bytes from a file descriptor starting at a particular offset."},
		{Name: "pwrite", Fn: posixPwrite, Doc: "Write bytes to a file descriptor starting at a particular offset."},
		{Name: "pipe2", Fn: posixPipe2, Doc: "Create a pipe with flags set atomically."},
		{Name: "sync", Fn: posixSync, Doc: "Force write of everything to disk."},
		{Name: "fdatasync", Fn: posixFdatasync, Doc: "Force write of fd to disk without forcing update of metadata."},
		{Name: "sysconf", Fn: posixSysconf, Doc: "Return an integer-valued system configuration variable."},
		{Name: "get_blocking", Fn: posixGetBlocking, Doc: "Get the blocking mode of the file descriptor."},
		{Name: "set_blocking", Fn: posixSetBlocking, Doc: "Set the blocking mode of the specified file descriptor."},
		{Name: "get_inheritable", Fn: posixGetInheritable, Doc: "Get the close-on-exe flag of the specified file descriptor."},
		{Name: "set_inheritable", Fn: posixSetInheritable, Doc: "Set the inheritable flag of the specified file descriptor."},
		{Name: "getpgrp", Fn: posixGetpgrp, Doc: "Return the current process group id."},
		{Name: "getpgid", Fn: posixGetpgid, Doc: "Call the system call getpgid(), and return the result."},
		{Name: "setpgid", Fn: posixSetpgid, Doc: "Call the system call setpgid(pid, pgrp)."},
		{Name: "getsid", Fn: posixGetsid, Doc: "Call the system call getsid(pid) and return the result."},
		{Name: "setsid", Fn: posixSetsid, Doc: "Call the system call setsid()."},
		{Name: "getgroups", Fn: posixGetgroups, Doc: "Return list of supplemental group IDs for the process."},
		{Name: "getlogin", Fn: posixGetlogin, Doc: "Return the actual login name."},
		{Name: "killpg", Fn: posixKillpg, Doc: "Kill a process group with a signal."},
		{Name: "nice", Fn: posixNice, Doc: "Add increment to the priority of process and return the new priority."},
		{Name: "getpriority", Fn: posixGetpriority, Doc: "Return program scheduling priority."},
		{Name: "setpriority", Fn: posixSetpriority, Doc: "Set program scheduling priority."},
		{Name: "mkfifo", Fn: posixMkfifo, Doc: "Create a \"fifo\" (a POSIX named pipe)."},
		{Name: "chown", Fn: posixChown("chown", syscall.Chown), Doc: "Change the owner and group id of path to the numeric uid and gid."},
		{Name: "lchown", Fn: posixChown("lchown", syscall.Lchown), Doc: "Change the owner and group id of path to the numeric uid and gid. This function will not follow symbolic links."},
		{Name: "fchown", Fn: posixFchown, Doc: "Change the owner and group id of the file specified by file descriptor."},
		{Name: "fchmod", Fn: posixFchmod, Doc: "Change the access permissions of the file given by file descriptor fd."},
		{Name: "fchdir", Fn: posixFchdir, Doc: "Change to the directory of the given file descriptor."},
		{Name: "waitpid", Fn: posixWaitpid, Doc: "Wait for completion of a given child process."},
		{Name: "wait", Fn: posixWait, Doc: "Wait for completion of a child process."},
		{Name: "getresuid", Fn: posixGetres(syscall.SYS_GETRESUID, "getresuid"), Doc: "Return a tuple of the current process's real, effective, and saved user ids."},
		{Name: "getresgid", Fn: posixGetres(syscall.SYS_GETRESGID, "getresgid"), Doc: "Return a tuple of the current process's real, effective, and saved group ids."},
		{Name: "closerange", Fn: posixCloserange, Doc: "Closes all file descriptors in [fd_low, fd_high), ignoring errors."},
		{Name: "_environb", Fn: posixEnvironb, Doc: "Return the process environment as a dict of bytes."},
		{Name: "ttyname", Fn: posixTtyname, Doc: "Return the name of the terminal device connected to 'fd'."},
	}
}

// moreConstants are the flag values of the calls above and the rest of
// CPython's constants, as Linux defines them. The O_ flags that differ
// between architectures come from package syscall.
var moreConstants = map[string]int{
	"CLD_CONTINUED": 6, "CLD_DUMPED": 3, "CLD_EXITED": 1, "CLD_KILLED": 2, "CLD_STOPPED": 5, "CLD_TRAPPED": 4,
	"EFD_CLOEXEC": 524288, "EFD_NONBLOCK": 2048, "EFD_SEMAPHORE": 1,
	"EX_CANTCREAT": 73, "EX_CONFIG": 78, "EX_DATAERR": 65, "EX_IOERR": 74, "EX_NOHOST": 68, "EX_NOINPUT": 66,
	"EX_NOPERM": 77, "EX_NOUSER": 67, "EX_OSERR": 71, "EX_OSFILE": 72, "EX_PROTOCOL": 76, "EX_SOFTWARE": 70,
	"EX_TEMPFAIL": 75, "EX_UNAVAILABLE": 69, "EX_USAGE": 64,
	"F_LOCK": 1, "F_TEST": 3, "F_TLOCK": 2, "F_ULOCK": 0,
	"GRND_NONBLOCK": 1, "GRND_RANDOM": 2,
	"NGROUPS_MAX": 65536,
	"O_ACCMODE":   syscall.O_ACCMODE, "O_ASYNC": syscall.O_ASYNC, "O_DIRECT": syscall.O_DIRECT, "O_DSYNC": syscall.O_DSYNC,
	"O_FSYNC": syscall.O_FSYNC, "O_LARGEFILE": 0, "O_NDELAY": syscall.O_NDELAY, "O_NOATIME": syscall.O_NOATIME,
	"O_NOCTTY": syscall.O_NOCTTY, "O_RSYNC": syscall.O_RSYNC, "O_PATH": 0x200000,
	"O_TMPFILE":           0x400000 | syscall.O_DIRECTORY,
	"POSIX_FADV_DONTNEED": 4, "POSIX_FADV_NOREUSE": 5, "POSIX_FADV_NORMAL": 0, "POSIX_FADV_RANDOM": 1,
	"POSIX_FADV_SEQUENTIAL": 2, "POSIX_FADV_WILLNEED": 3,
	"PRIO_PGRP": 1, "PRIO_PROCESS": 0, "PRIO_USER": 2,
	"P_ALL": 0, "P_NOWAIT": 1, "P_NOWAITO": 1, "P_PGID": 2, "P_PID": 1, "P_PIDFD": 3, "P_WAIT": 0,
	"RTLD_DEEPBIND": 8, "RTLD_GLOBAL": 256, "RTLD_LAZY": 1, "RTLD_LOCAL": 0, "RTLD_NODELETE": 4096, "RTLD_NOLOAD": 4, "RTLD_NOW": 2,
	"RWF_APPEND": 16, "RWF_DSYNC": 2, "RWF_HIPRI": 1, "RWF_NOWAIT": 8, "RWF_SYNC": 4,
	"SCHED_BATCH": 3, "SCHED_FIFO": 1, "SCHED_IDLE": 5, "SCHED_OTHER": 0, "SCHED_RESET_ON_FORK": 1073741824, "SCHED_RR": 2,
	"SEEK_DATA": 3, "SEEK_HOLE": 4,
	"SPLICE_F_MORE": 4, "SPLICE_F_MOVE": 1, "SPLICE_F_NONBLOCK": 2,
	"ST_APPEND": 256, "ST_MANDLOCK": 64, "ST_NOATIME": 1024, "ST_NODEV": 4, "ST_NODIRATIME": 2048, "ST_NOEXEC": 8,
	"ST_NOSUID": 2, "ST_RDONLY": 1, "ST_RELATIME": 4096, "ST_SYNCHRONOUS": 16, "ST_WRITE": 128,
	"TMP_MAX":    238328,
	"WCONTINUED": 8, "WEXITED": 4, "WNOWAIT": 16777216, "WSTOPPED": 2, "WUNTRACED": 2,
	"XATTR_CREATE": 1, "XATTR_REPLACE": 2, "XATTR_SIZE_MAX": 65536,
}

// sysconfNames are the sysconf names gilfree answers, with glibc's
// numbers for them (what os.sysconf_names holds).
var sysconfNames = map[string]int{
	"SC_ARG_MAX": 0, "SC_CHILD_MAX": 1, "SC_CLK_TCK": 2, "SC_NGROUPS_MAX": 3, "SC_OPEN_MAX": 4,
	"SC_STREAM_MAX": 5, "SC_TZNAME_MAX": 6, "SC_PAGESIZE": 30, "SC_PAGE_SIZE": 30, "SC_VERSION": 29,
	"SC_RTSIG_MAX": 31, "SC_SEM_NSEMS_MAX": 32, "SC_SEM_VALUE_MAX": 33, "SC_SIGQUEUE_MAX": 34,
	"SC_BC_BASE_MAX": 36, "SC_BC_DIM_MAX": 37, "SC_BC_SCALE_MAX": 38, "SC_BC_STRING_MAX": 39,
	"SC_COLL_WEIGHTS_MAX": 40, "SC_EXPR_NEST_MAX": 42, "SC_LINE_MAX": 43, "SC_RE_DUP_MAX": 44,
	"SC_2_VERSION": 46, "SC_IOV_MAX": 60, "SC_UIO_MAXIOV": 60, "SC_GETGR_R_SIZE_MAX": 69, "SC_GETPW_R_SIZE_MAX": 70,
	"SC_LOGIN_NAME_MAX": 71, "SC_TTY_NAME_MAX": 72, "SC_THREAD_KEYS_MAX": 74, "SC_THREAD_STACK_MIN": 75,
	"SC_THREAD_THREADS_MAX": 76, "SC_NPROCESSORS_CONF": 83, "SC_NPROCESSORS_ONLN": 84, "SC_PHYS_PAGES": 85,
	"SC_AVPHYS_PAGES": 86, "SC_ATEXIT_MAX": 87, "SC_PASS_MAX": 88, "SC_XOPEN_VERSION": 89, "SC_NZERO": 109,
	"SC_MINSIGSTKSZ": 249,
}

// sysconfValue answers one sysconf number as glibc does on Linux: limits
// from the kernel where glibc asks it, glibc's constants otherwise.
func sysconfValue(n int) (int64, bool) {
	rlimit := func(res int) int64 {
		var r syscall.Rlimit
		if syscall.Getrlimit(res, &r) != nil || r.Cur == ^uint64(0) {
			return -1
		}
		return int64(r.Cur)
	}
	switch n {
	case 0: // ARG_MAX: a quarter of the stack limit, at least 128 KiB
		if s := rlimit(syscall.RLIMIT_STACK); s > 0 {
			return max(s/4, 131072), true
		}
		return 131072, true
	case 1, 34: // CHILD_MAX, SIGQUEUE_MAX
		return rlimit(6 /* RLIMIT_NPROC */), true
	case 2:
		return 100, true
	case 3:
		return 65536, true
	case 4:
		return rlimit(syscall.RLIMIT_NOFILE), true
	case 5:
		return 16, true
	case 6, 32, 76:
		return -1, true
	case 29, 46:
		return 200809, true
	case 30:
		return int64(os.Getpagesize()), true
	case 31:
		return 32, true
	case 33, 87:
		return 2147483647, true
	case 36, 38:
		return 99, true
	case 37, 43:
		return 2048, true
	case 39:
		return 1000, true
	case 40:
		return 255, true
	case 42, 72:
		return 32, true
	case 44:
		return 32767, true
	case 60, 69, 70, 74:
		return 1024, true
	case 71:
		return 256, true
	case 75:
		return 16384, true
	case 83:
		return int64(configuredCPUs()), true
	case 84:
		return int64(goruntime.NumCPU()), true
	case 85, 86:
		var si syscall.Sysinfo_t
		if syscall.Sysinfo(&si) != nil {
			return -1, true
		}
		total := uint64(si.Totalram)
		if n == 86 {
			total = uint64(si.Freeram)
		}
		return int64(total * uint64(si.Unit) / uint64(os.Getpagesize())), true
	case 88:
		return 8192, true
	case 89:
		return 700, true
	case 109:
		return 20, true
	case 249:
		return 2048, true
	}
	return 0, false
}

// configuredCPUs counts the CPUs the kernel knows of, online or not, as
// glibc does from /sys/devices/system/cpu.
func configuredCPUs() int {
	b, err := os.ReadFile("/sys/devices/system/cpu/possible")
	if err != nil {
		return goruntime.NumCPU()
	}
	n := 0
	for _, r := range strings.Split(strings.TrimSpace(string(b)), ",") {
		lo, hi, found := strings.Cut(r, "-")
		a, err1 := strconv.Atoi(lo)
		b := a
		var err2 error
		if found {
			b, err2 = strconv.Atoi(hi)
		}
		if err1 != nil || err2 != nil {
			return goruntime.NumCPU()
		}
		n += b - a + 1
	}
	return n
}

func noArgs(t *rt.Thread, name string, args []*rt.Object, kw *rt.Tuple) error {
	return t.CheckArgs(name, args, kw, 0, 0)
}

// cpuSetWords is the size of the CPU mask passed to the kernel: 1024
// CPUs, glibc's CPU_SETSIZE; a bigger machine gets EINVAL, retried with a
// larger mask.
const cpuSetWords = 16

func getAffinity(pid int) ([]uint64, error) {
	for words := cpuSetWords; words <= 1<<16; words *= 4 {
		mask := make([]uint64, words)
		_, _, e := syscall.RawSyscall(syscall.SYS_SCHED_GETAFFINITY, uintptr(pid), uintptr(words*8), uintptr(unsafe.Pointer(&mask[0])))
		if e == syscall.EINVAL {
			continue
		}
		if e != 0 {
			return nil, e
		}
		return mask, nil
	}
	return nil, syscall.EINVAL
}

func posixSchedGetaffinity(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	a, err := fdArgs(t, "sched_getaffinity", args, kw, 1)
	if err != nil {
		return nil, err
	}
	mask, err := getAffinity(a[0])
	if err != nil {
		return nil, osErr(t, err, "")
	}
	s := t.NewSet()
	for w, bits := range mask {
		for b := 0; b < 64; b++ {
			if bits&(1<<b) != 0 {
				if err := t.SetAddSteal(s, t.NewInt(int64(w*64+b))); err != nil {
					return nil, err
				}
			}
		}
	}
	return s.Obj(), nil
}

// processTids lists the OS threads of this process.
func processTids() []int {
	ents, err := os.ReadDir("/proc/self/task")
	if err != nil {
		return []int{0}
	}
	tids := make([]int, 0, len(ents))
	for _, e := range ents {
		if n, err := strconv.Atoi(e.Name()); err == nil {
			tids = append(tids, n)
		}
	}
	return tids
}

// selfTargets is the threads a call naming pid acts on: every thread of
// this process when pid is 0 or this process, else pid alone.
func selfTargets(pid int) []int {
	if pid == 0 || pid == os.Getpid() {
		return processTids()
	}
	return []int{pid}
}

func posixSchedSetaffinity(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	if err := t.CheckArgs("sched_setaffinity", args, kw, 2, 2); err != nil {
		return nil, err
	}
	pid, err := intArg(t, args[0])
	if err != nil {
		return nil, err
	}
	mask := make([]uint64, cpuSetWords)
	err = t.ForEach(args[1], func(v *rt.Object) (bool, error) {
		cpu, err := intArg(t, v)
		if err != nil {
			return false, err
		}
		if cpu < 0 {
			return false, t.ValueError("negative CPU number")
		}
		if cpu >= 1<<20 {
			return false, t.OverflowError("invalid CPU number")
		}
		for cpu/64 >= len(mask) {
			mask = append(mask, make([]uint64, len(mask))...)
		}
		mask[cpu/64] |= 1 << (cpu % 64)
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	for i, tid := range selfTargets(pid) {
		_, _, e := syscall.RawSyscall(syscall.SYS_SCHED_SETAFFINITY, uintptr(tid), uintptr(len(mask)*8), uintptr(unsafe.Pointer(&mask[0])))
		// A thread may exit between the listing and the call.
		if e != 0 && !(e == syscall.ESRCH && i > 0) {
			return nil, osErr(t, e, "")
		}
	}
	return rt.None, nil
}

func posixSchedYield(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	if err := noArgs(t, "sched_yield", args, kw); err != nil {
		return nil, err
	}
	goruntime.Gosched()
	return rt.None, nil
}

func posixGetloadavg(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	if err := noArgs(t, "getloadavg", args, kw); err != nil {
		return nil, err
	}
	b, err := os.ReadFile("/proc/loadavg")
	f := strings.Fields(string(b))
	if err != nil || len(f) < 3 {
		return nil, t.NewErrorMsg(rt.OSErrorType, "Load averages are unobtainable")
	}
	items := make([]*rt.Object, 3)
	for i := range items {
		v, err := strconv.ParseFloat(f[i], 64)
		if err != nil {
			for _, it := range items[:i] {
				t.Decref(it)
			}
			return nil, t.NewErrorMsg(rt.OSErrorType, "Load averages are unobtainable")
		}
		items[i] = t.NewFloat(v)
	}
	return t.NewTupleSteal(items).Obj(), nil
}

// posixTimes returns the five fields of os.times_result, in seconds.
func posixTimes(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	if err := noArgs(t, "times", args, kw); err != nil {
		return nil, err
	}
	var tms syscall.Tms
	ticks, err := syscall.Times(&tms)
	if err != nil {
		return nil, osErr(t, err, "")
	}
	const hz = 100.0 // sysconf(_SC_CLK_TCK) on Linux
	return t.NewTupleSteal([]*rt.Object{
		t.NewFloat(float64(tms.Utime) / hz), t.NewFloat(float64(tms.Stime) / hz),
		t.NewFloat(float64(tms.Cutime) / hz), t.NewFloat(float64(tms.Cstime) / hz),
		t.NewFloat(float64(uint64(ticks)) / hz),
	}).Obj(), nil
}

func posixDup2(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	var out [3]*rt.Object
	if err := t.ParseArgs("dup2", args, kw, []string{"fd", "fd2", "inheritable"}, 2, out[:]); err != nil {
		return nil, err
	}
	fd, err := intArg(t, out[0])
	if err != nil {
		return nil, err
	}
	fd2, err := intArg(t, out[1])
	if err != nil {
		return nil, err
	}
	inheritable := true
	if out[2] != nil {
		if inheritable, err = t.Truth(out[2]); err != nil {
			return nil, err
		}
	}
	if fd == fd2 {
		// dup3 refuses equal descriptors; dup2 checks fd and does nothing.
		if _, err := fcntl(fd, syscall.F_GETFD, 0); err != nil {
			return nil, osErr(t, err, "")
		}
		return t.NewInt(int64(fd2)), nil
	}
	flags := 0
	if !inheritable {
		flags = syscall.O_CLOEXEC
	}
	if err := syscall.Dup3(fd, fd2, flags); err != nil {
		return nil, osErr(t, err, "")
	}
	return t.NewInt(int64(fd2)), nil
}

func posixFtruncate(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	a, err := fdArgs(t, "ftruncate", args, kw, 2)
	if err != nil {
		return nil, err
	}
	if err := syscall.Ftruncate(a[0], int64(a[1])); err != nil {
		return nil, osErr(t, err, "")
	}
	return rt.None, nil
}

// posixStatvfsFull returns the eleven fields of os.statvfs_result.
func posixStatvfsFull(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	if err := t.CheckArgs("statvfs", args, kw, 1, 1); err != nil {
		return nil, err
	}
	path, fd, isFd, err := pathOrFd(t, "statvfs", args[0])
	if err != nil {
		return nil, err
	}
	var st syscall.Statfs_t
	if isFd {
		err = syscall.Fstatfs(fd, &st)
	} else {
		err = syscall.Statfs(path, &st)
	}
	if err != nil {
		return nil, osErr(t, err, path)
	}
	frsize := st.Frsize
	if frsize == 0 {
		frsize = st.Bsize
	}
	// f_flag: the ST_ bits, which statfs gives with the kernel's private
	// ST_VALID bit (0x20) that glibc's statvfs strips.
	fsid := uint64(uint32(st.Fsid.X__val[0])) | uint64(uint32(st.Fsid.X__val[1]))<<32
	return t.NewTupleSteal([]*rt.Object{
		t.NewInt(st.Bsize), t.NewInt(frsize), t.NewIntFromUint(st.Blocks), t.NewIntFromUint(st.Bfree),
		t.NewIntFromUint(st.Bavail), t.NewIntFromUint(st.Files), t.NewIntFromUint(st.Ffree),
		t.NewIntFromUint(st.Ffree), t.NewInt(st.Flags &^ 0x20), t.NewInt(st.Namelen), t.NewIntFromUint(fsid),
	}).Obj(), nil
}

func posixPread(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	a, err := fdArgs(t, "pread", args, kw, 3)
	if err != nil {
		return nil, err
	}
	return readCall(t, "pread", a[1], func(buf []byte) (int, error) { return syscall.Pread(a[0], buf, int64(a[2])) })
}

func posixPwrite(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	if err := t.CheckArgs("pwrite", args, kw, 3, 3); err != nil {
		return nil, err
	}
	return writeCall(t, args[0], args[1], args[2], syscall.Pwrite)
}

func posixPipe2(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	a, err := fdArgs(t, "pipe2", args, kw, 1)
	if err != nil {
		return nil, err
	}
	var p [2]int
	if err := syscall.Pipe2(p[:], a[0]); err != nil {
		return nil, osErr(t, err, "")
	}
	return t.NewTupleSteal([]*rt.Object{t.NewInt(int64(p[0])), t.NewInt(int64(p[1]))}).Obj(), nil
}

func posixSync(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	if err := noArgs(t, "sync", args, kw); err != nil {
		return nil, err
	}
	if err := blocking(t, syscall.Sync); err != nil {
		return nil, err
	}
	return rt.None, nil
}

// fdOf reads a descriptor argument as CPython's fildes converter does.
func fdOf(t *rt.Thread, o *rt.Object) (int, error) { return t.Fildes(o) }

func posixFdatasync(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	if err := t.CheckArgs("fdatasync", args, kw, 1, 1); err != nil {
		return nil, err
	}
	fd, err := fdOf(t, args[0])
	if err != nil {
		return nil, err
	}
	var serr error
	if err := blocking(t, func() { serr = syscall.Fdatasync(fd) }); err != nil {
		return nil, err
	}
	if serr != nil {
		return nil, osErr(t, serr, "")
	}
	return rt.None, nil
}

func posixSysconf(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	if err := t.CheckArgs("sysconf", args, kw, 1, 1); err != nil {
		return nil, err
	}
	var n int
	if s, ok := rt.AsStr(args[0]); ok {
		v, found := sysconfNames[s]
		if !found {
			return nil, t.ValueError("unrecognized configuration name")
		}
		n = v
	} else if rt.IsInt(args[0]) {
		v, err := t.IndexInt(args[0])
		if err != nil {
			return nil, err
		}
		n = v
	} else {
		return nil, t.TypeError("configuration names must be strings or integers")
	}
	v, ok := sysconfValue(n)
	if !ok {
		return nil, osErr(t, syscall.EINVAL, "")
	}
	return t.NewInt(v), nil
}

func fcntl(fd, cmd, arg int) (int, error) {
	r, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), uintptr(cmd), uintptr(arg))
	if e != 0 {
		return 0, e
	}
	return int(r), nil
}

func posixGetBlocking(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	a, err := fdArgs(t, "get_blocking", args, kw, 1)
	if err != nil {
		return nil, err
	}
	fl, err := fcntl(a[0], syscall.F_GETFL, 0)
	if err != nil {
		return nil, osErr(t, err, "")
	}
	return rt.NewBool(fl&syscall.O_NONBLOCK == 0), nil
}

func posixSetBlocking(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	if err := t.CheckArgs("set_blocking", args, kw, 2, 2); err != nil {
		return nil, err
	}
	fd, err := intArg(t, args[0])
	if err != nil {
		return nil, err
	}
	block, err := t.Truth(args[1])
	if err != nil {
		return nil, err
	}
	fl, err := fcntl(fd, syscall.F_GETFL, 0)
	if err == nil {
		nfl := fl | syscall.O_NONBLOCK
		if block {
			nfl = fl &^ syscall.O_NONBLOCK
		}
		if nfl != fl {
			_, err = fcntl(fd, syscall.F_SETFL, nfl)
		}
	}
	if err != nil {
		return nil, osErr(t, err, "")
	}
	return rt.None, nil
}

func posixGetInheritable(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	a, err := fdArgs(t, "get_inheritable", args, kw, 1)
	if err != nil {
		return nil, err
	}
	fl, err := fcntl(a[0], syscall.F_GETFD, 0)
	if err != nil {
		return nil, osErr(t, err, "")
	}
	return rt.NewBool(fl&syscall.FD_CLOEXEC == 0), nil
}

func posixSetInheritable(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	if err := t.CheckArgs("set_inheritable", args, kw, 2, 2); err != nil {
		return nil, err
	}
	fd, err := intArg(t, args[0])
	if err != nil {
		return nil, err
	}
	inh, err := t.Truth(args[1])
	if err != nil {
		return nil, err
	}
	fl, err := fcntl(fd, syscall.F_GETFD, 0)
	if err == nil {
		nfl := fl | syscall.FD_CLOEXEC
		if inh {
			nfl = fl &^ syscall.FD_CLOEXEC
		}
		if nfl != fl {
			_, err = fcntl(fd, syscall.F_SETFD, nfl)
		}
	}
	if err != nil {
		return nil, osErr(t, err, "")
	}
	return rt.None, nil
}

func posixGetpgrp(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	if err := noArgs(t, "getpgrp", args, kw); err != nil {
		return nil, err
	}
	return t.NewInt(int64(syscall.Getpgrp())), nil
}

// intCall wraps a call on one int argument that returns an int or errno.
func intCall(t *rt.Thread, name string, args []*rt.Object, kw *rt.Tuple, call func(int) (int, error)) (*rt.Object, error) {
	a, err := fdArgs(t, name, args, kw, 1)
	if err != nil {
		return nil, err
	}
	r, err := call(a[0])
	if err != nil {
		return nil, osErr(t, err, "")
	}
	return t.NewInt(int64(r)), nil
}

func posixGetpgid(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	return intCall(t, "getpgid", args, kw, syscall.Getpgid)
}

func posixGetsid(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	return intCall(t, "getsid", args, kw, func(pid int) (int, error) {
		r, _, e := syscall.RawSyscall(syscall.SYS_GETSID, uintptr(pid), 0, 0)
		if e != 0 {
			return 0, e
		}
		return int(r), nil
	})
}

func posixSetpgid(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	a, err := fdArgs(t, "setpgid", args, kw, 2)
	if err != nil {
		return nil, err
	}
	if err := syscall.Setpgid(a[0], a[1]); err != nil {
		return nil, osErr(t, err, "")
	}
	return rt.None, nil
}

func posixSetsid(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	if err := noArgs(t, "setsid", args, kw); err != nil {
		return nil, err
	}
	if _, err := syscall.Setsid(); err != nil {
		return nil, osErr(t, err, "")
	}
	return rt.None, nil
}

func posixGetgroups(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	if err := noArgs(t, "getgroups", args, kw); err != nil {
		return nil, err
	}
	gs, err := syscall.Getgroups()
	if err != nil {
		return nil, osErr(t, err, "")
	}
	items := make([]*rt.Object, len(gs))
	for i, g := range gs {
		items[i] = t.NewInt(int64(g))
	}
	return t.NewListSteal(items).Obj(), nil
}

// posixGetlogin answers as glibc's getlogin does on Linux: the login uid
// the kernel keeps for the session (/proc/self/loginuid), named from
// /etc/passwd. Without a login session (a service, a container) it fails
// with ENXIO, as glibc's fallback to the terminal's utmp entry usually
// does there.
func posixGetlogin(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	if err := noArgs(t, "getlogin", args, kw); err != nil {
		return nil, err
	}
	b, err := os.ReadFile("/proc/self/loginuid")
	uid := strings.TrimSpace(string(b))
	if err != nil || uid == "" || uid == "4294967295" {
		return nil, osErr(t, syscall.ENXIO, "")
	}
	pw, err := os.ReadFile("/etc/passwd")
	if err == nil {
		for _, line := range bytes.Split(pw, []byte("\n")) {
			f := strings.Split(string(line), ":")
			if len(f) > 2 && f[2] == uid {
				return t.NewStr(f[0]), nil
			}
		}
	}
	return nil, osErr(t, syscall.ENXIO, "")
}

func posixKillpg(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	a, err := fdArgs(t, "killpg", args, kw, 2)
	if err != nil {
		return nil, err
	}
	if err := syscall.Kill(-a[0], syscall.Signal(a[1])); err != nil {
		return nil, osErr(t, err, "")
	}
	return rt.None, nil
}

// getNice returns the nice value of (which, who); the raw system call
// answers 20 minus it.
func getNice(which, who int) (int, error) {
	r, _, e := syscall.RawSyscall(syscall.SYS_GETPRIORITY, uintptr(which), uintptr(who), 0)
	if e != 0 {
		return 0, e
	}
	return 20 - int(r), nil
}

// setNice sets the nice value of (which, who); for this process, of
// every one of its threads.
func setNice(which, who, prio int) error {
	targets := []int{who}
	if which == 0 {
		targets = selfTargets(who)
	}
	for i, tid := range targets {
		if err := syscall.Setpriority(which, tid, prio); err != nil && !(err == syscall.ESRCH && i > 0) {
			return err
		}
	}
	return nil
}

func posixNice(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	a, err := fdArgs(t, "nice", args, kw, 1)
	if err != nil {
		return nil, err
	}
	cur, err := getNice(0, 0)
	if err == nil {
		n := min(max(cur+a[0], -20), 19)
		if err = setNice(0, 0, n); err == nil {
			cur, err = getNice(0, 0)
		}
	}
	if err != nil {
		return nil, osErr(t, err, "")
	}
	return t.NewInt(int64(cur)), nil
}

func posixGetpriority(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	a, err := fdArgs(t, "getpriority", args, kw, 2)
	if err != nil {
		return nil, err
	}
	n, err := getNice(a[0], a[1])
	if err != nil {
		return nil, osErr(t, err, "")
	}
	return t.NewInt(int64(n)), nil
}

func posixSetpriority(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	a, err := fdArgs(t, "setpriority", args, kw, 3)
	if err != nil {
		return nil, err
	}
	if err := setNice(a[0], a[1], a[2]); err != nil {
		return nil, osErr(t, err, "")
	}
	return rt.None, nil
}

func posixMkfifo(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	var out [3]*rt.Object
	if err := t.ParseArgs("mkfifo", args, kw, []string{"path", "mode", "$dir_fd"}, 1, out[:]); err != nil {
		return nil, err
	}
	if out[2] != nil && out[2] != rt.None {
		return nil, t.NotImplementedError("dir_fd unavailable on this platform")
	}
	path, _, err := pathArg(t, "mkfifo", out[0])
	if err != nil {
		return nil, err
	}
	mode := 0o666
	if out[1] != nil {
		if mode, err = intArg(t, out[1]); err != nil {
			return nil, err
		}
	}
	if err := syscall.Mkfifo(path, uint32(mode)); err != nil {
		return nil, osErr(t, err, "") // CPython names no file here
	}
	return rt.None, nil
}

func posixChown(name string, call func(string, int, int) error) func(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	return func(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
		var out [5]*rt.Object
		if err := t.ParseArgs(name, args, kw, []string{"path", "uid", "gid", "$dir_fd", "$follow_symlinks"}, 3, out[:]); err != nil {
			return nil, err
		}
		if out[3] != nil && out[3] != rt.None {
			return nil, t.NotImplementedError("dir_fd unavailable on this platform")
		}
		path, fd, isFd, err := pathOrFd(t, name, out[0])
		if name == "lchown" && isFd {
			return nil, t.TypeError("lchown: path should be string, bytes or os.PathLike, not int")
		}
		if err != nil {
			return nil, err
		}
		uid, err := intArg(t, out[1])
		if err != nil {
			return nil, err
		}
		gid, err := intArg(t, out[2])
		if err != nil {
			return nil, err
		}
		follow := true
		if out[4] != nil {
			if follow, err = t.Truth(out[4]); err != nil {
				return nil, err
			}
		}
		switch {
		case isFd:
			err = syscall.Fchown(fd, uid, gid)
		case !follow:
			err = syscall.Lchown(path, uid, gid)
		default:
			err = call(path, uid, gid)
		}
		if err != nil {
			return nil, osErr(t, err, path)
		}
		return rt.None, nil
	}
}

func posixFchown(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	a, err := fdArgs(t, "fchown", args, kw, 3)
	if err != nil {
		return nil, err
	}
	if err := syscall.Fchown(a[0], a[1], a[2]); err != nil {
		return nil, osErr(t, err, "")
	}
	return rt.None, nil
}

func posixFchmod(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	a, err := fdArgs(t, "fchmod", args, kw, 2)
	if err != nil {
		return nil, err
	}
	if err := syscall.Fchmod(a[0], uint32(a[1])); err != nil {
		return nil, osErr(t, err, "")
	}
	return rt.None, nil
}

func posixFchdir(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	if err := t.CheckArgs("fchdir", args, kw, 1, 1); err != nil {
		return nil, err
	}
	fd, err := fdOf(t, args[0])
	if err != nil {
		return nil, err
	}
	if err := syscall.Fchdir(fd); err != nil {
		return nil, osErr(t, err, "")
	}
	return rt.None, nil
}

// wait4 waits with the thread state detached, retrying on EINTR as
// CPython does (PEP 475) after giving pending requests their turn.
func wait4(t *rt.Thread, pid, options int) (int, syscall.WaitStatus, error) {
	if r, ws, handled, err := waitRecorded(t, pid, options); handled || err != nil {
		return r, ws, err
	}
	for {
		var ws syscall.WaitStatus
		var r int
		var werr error
		if err := blocking(t, func() { r, werr = syscall.Wait4(pid, &ws, options, nil) }); err != nil {
			return 0, 0, err
		}
		if werr == syscall.EINTR {
			continue
		}
		if werr != nil {
			return 0, 0, osErr(t, werr, "")
		}
		return r, ws, nil
	}
}

func posixWaitpid(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	a, err := fdArgs(t, "waitpid", args, kw, 2)
	if err != nil {
		return nil, err
	}
	r, ws, err := wait4(t, a[0], a[1])
	if err != nil {
		return nil, err
	}
	return t.NewTupleSteal([]*rt.Object{t.NewInt(int64(r)), t.NewInt(int64(ws))}).Obj(), nil
}

func posixWait(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	if err := noArgs(t, "wait", args, kw); err != nil {
		return nil, err
	}
	r, ws, err := wait4(t, -1, 0)
	if err != nil {
		return nil, err
	}
	return t.NewTupleSteal([]*rt.Object{t.NewInt(int64(r)), t.NewInt(int64(ws))}).Obj(), nil
}

func posixGetres(trap uintptr, name string) func(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	return func(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
		if err := noArgs(t, name, args, kw); err != nil {
			return nil, err
		}
		var r, e, s uint32
		_, _, errno := syscall.RawSyscall(trap, uintptr(unsafe.Pointer(&r)), uintptr(unsafe.Pointer(&e)), uintptr(unsafe.Pointer(&s)))
		if errno != 0 {
			return nil, osErr(t, errno, "")
		}
		return t.NewTupleSteal([]*rt.Object{t.NewInt(int64(r)), t.NewInt(int64(e)), t.NewInt(int64(s))}).Obj(), nil
	}
}

// posixCloserange closes the open descriptors in [low, high), found in
// /proc/self/fd (so that closerange(3, 2**31) costs what is open, not
// the range), except the Go runtime's own poller descriptors, which no
// Python program opened and whose loss is fatal to the process.
func posixCloserange(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	a, err := fdArgs(t, "closerange", args, kw, 2)
	if err != nil {
		return nil, err
	}
	ents, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		return nil, osErr(t, unwrap(err), "")
	}
	for _, e := range ents {
		fd, err := strconv.Atoi(e.Name())
		if err != nil || fd < a[0] || fd >= a[1] {
			continue
		}
		if link, err := os.Readlink("/proc/self/fd/" + e.Name()); err != nil || isRuntimeFd(link) {
			continue
		}
		syscall.Close(fd)
	}
	return rt.None, nil
}

// isRuntimeFd reports whether a descriptor's /proc link is one of the
// kinds Go's network poller opens (its epoll instance and wake-up
// eventfd), which os offers no way to make.
func isRuntimeFd(link string) bool {
	return link == "anon_inode:[eventpoll]" || link == "anon_inode:[eventfd]"
}

// posixEnvironb returns the process environment as a new dict of bytes,
// for os.environb.
func posixEnvironb(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	if err := noArgs(t, "_environb", args, kw); err != nil {
		return nil, err
	}
	d := t.NewDict()
	for _, kv := range os.Environ() {
		if i := strings.IndexByte(kv[min(1, len(kv)):], '='); i >= 0 {
			i++
			k, v := t.NewBytesString(kv[:i]), t.NewBytesString(kv[i+1:])
			err := t.DictSetItem(d, k, v)
			t.Decref(k)
			t.Decref(v)
			if err != nil {
				return nil, err
			}
		}
	}
	return d.Obj(), nil
}

func posixTtyname(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	a, err := fdArgs(t, "ttyname", args, kw, 1)
	if err != nil {
		return nil, err
	}
	if !isTerminal(a[0]) {
		var st syscall.Stat_t
		if err := syscall.Fstat(a[0], &st); err != nil {
			return nil, osErr(t, err, "")
		}
		return nil, osErr(t, syscall.ENOTTY, "")
	}
	name, err := os.Readlink("/proc/self/fd/" + strconv.Itoa(a[0]))
	if err != nil {
		return nil, osErr(t, unwrap(err), "")
	}
	return t.NewStr(name), nil
}

func evenMoreFunctions() []rt.MethodDef {
	return []rt.MethodDef{
		{Name: "abort", Fn: posixAbort, Doc: "Abort the interpreter immediately."},
		{Name: "device_encoding", Fn: posixDeviceEncoding, Doc: "Return a string describing the encoding of a terminal's file descriptor."},
		{Name: "major", Fn: posixMajor, Doc: "Extracts a device major number from a raw device number."},
		{Name: "minor", Fn: posixMinor, Doc: "Extracts a device minor number from a raw device number."},
		{Name: "makedev", Fn: posixMakedev, Doc: "Composes a raw device number from the major and minor device numbers."},
		{Name: "getrandom", Fn: posixGetrandom, Doc: "Obtain a series of random bytes."},
		{Name: "execv", Fn: posixExecv, Doc: "Execute an executable path with arguments, replacing current process."},
		{Name: "execve", Fn: posixExecve, Doc: "Execute an executable path with arguments, replacing current process."},
		{Name: "chroot", Fn: onePath("chroot", syscall.Chroot).Fn, Doc: "Change root directory to path."},
		{Name: "mknod", Fn: posixMknod, Doc: "Create a node in the file system."},
		{Name: "setuid", Fn: idCall("setuid", syscall.Setuid), Doc: "Set the current process's user id."},
		{Name: "setgid", Fn: idCall("setgid", syscall.Setgid), Doc: "Set the current process's group id."},
		{Name: "seteuid", Fn: idCall("seteuid", syscall.Seteuid), Doc: "Set the current process's effective user id."},
		{Name: "setegid", Fn: idCall("setegid", syscall.Setegid), Doc: "Set the current process's effective group id."},
		{Name: "setreuid", Fn: idCall2("setreuid", syscall.Setreuid), Doc: "Set the current process's real and effective user ids."},
		{Name: "setregid", Fn: idCall2("setregid", syscall.Setregid), Doc: "Set the current process's real and effective group ids."},
		{Name: "setpgrp", Fn: posixSetpgrp, Doc: "Make the current process the leader of its process group."},
	}
}

func posixAbort(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	t.Interp.Stdout.Flush()
	t.Interp.Stderr.Flush()
	// Restore the default action so that the signal ends the process
	// with a core dump, as abort(3) does, whatever Go installed.
	signalDefault(syscall.SIGABRT)
	syscall.Kill(os.Getpid(), syscall.SIGABRT)
	os.Exit(134)
	return rt.None, nil
}

func posixDeviceEncoding(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	a, err := fdArgs(t, "device_encoding", args, kw, 1)
	if err != nil {
		return nil, err
	}
	if !isTerminal(a[0]) {
		return rt.None, nil
	}
	return t.NewStr("UTF-8"), nil
}

func devArg(t *rt.Thread, name string, args []*rt.Object, kw *rt.Tuple) (uint64, error) {
	if err := t.CheckArgs(name, args, kw, 1, 1); err != nil {
		return 0, err
	}
	v, err := intArg(t, args[0])
	return uint64(v), err
}

// The device number encodings are glibc's gnu_dev_major/minor/makedev.

func posixMajor(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	d, err := devArg(t, "major", args, kw)
	if err != nil {
		return nil, err
	}
	return t.NewInt(int64((d>>8)&0xfff | (d>>32)&^0xfff)), nil
}

func posixMinor(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	d, err := devArg(t, "minor", args, kw)
	if err != nil {
		return nil, err
	}
	return t.NewInt(int64(d&0xff | (d>>12)&^0xff)), nil
}

func posixMakedev(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	a, err := fdArgs(t, "makedev", args, kw, 2)
	if err != nil {
		return nil, err
	}
	ma, mi := uint64(a[0]), uint64(a[1])
	return t.NewIntFromUint(mi&0xff | (ma&0xfff)<<8 | (mi&^0xff)<<12 | (ma&^0xfff)<<32), nil
}

func posixGetrandom(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	var out [2]*rt.Object
	if err := t.ParseArgs("getrandom", args, kw, []string{"size", "flags"}, 1, out[:]); err != nil {
		return nil, err
	}
	n, err := intArg(t, out[0])
	if err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, osErr(t, syscall.EINVAL, "")
	}
	flags := 0
	if out[1] != nil {
		if flags, err = intArg(t, out[1]); err != nil {
			return nil, err
		}
	}
	_ = flags // Go's reader uses getrandom(2) and never blocks once the pool is ready.
	buf := make([]byte, n)
	if _, err := rand.Read(buf); err != nil {
		return nil, osErr(t, err, "")
	}
	return t.NewBytes(buf), nil
}

// strList reads a list or tuple of str/bytes/path-like for exec.
func strList(t *rt.Thread, name, what string, o *rt.Object) ([]string, error) {
	if rt.TypeOf(o).Flags&(rt.FlagListSubclass|rt.FlagTupleSubclass) == 0 {
		return nil, t.TypeError("%s: %s must be a tuple or list", name, what)
	}
	items, err := t.SequenceItems(o)
	if err != nil {
		return nil, err
	}
	defer func() {
		for _, it := range items {
			t.Decref(it)
		}
	}()
	out := make([]string, len(items))
	for i, it := range items {
		s, _, err := pathArg(t, name, it)
		if err != nil {
			return nil, err
		}
		out[i] = s
	}
	return out, nil
}

func execArgs(t *rt.Thread, name string, path, argv *rt.Object) (string, []string, error) {
	p, _, err := pathArg(t, name, path)
	if err != nil {
		return "", nil, err
	}
	av, err := strList(t, name, "argv", argv)
	if err != nil {
		return "", nil, err
	}
	if len(av) == 0 {
		return "", nil, t.ValueError("%s: argv must not be empty", name)
	}
	if av[0] == "" {
		return "", nil, t.ValueError("%s: argv first element cannot be empty", name)
	}
	return p, av, nil
}

func doExec(t *rt.Thread, path string, argv, env []string) (*rt.Object, error) {
	t.Interp.Stdout.Flush()
	t.Interp.Stderr.Flush()
	err := syscall.Exec(path, argv, env)
	return nil, osErr(t, err, "")
}

func posixExecv(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	if err := t.CheckArgs("execv", args, kw, 2, 2); err != nil {
		return nil, err
	}
	p, av, err := execArgs(t, "execv", args[0], args[1])
	if err != nil {
		return nil, err
	}
	return doExec(t, p, av, os.Environ())
}

func posixExecve(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	var out [3]*rt.Object
	if err := t.ParseArgs("execve", args, kw, []string{"path", "argv", "env"}, 3, out[:]); err != nil {
		return nil, err
	}
	p, av, err := execArgs(t, "execve", out[0], out[1])
	if err != nil {
		return nil, err
	}
	var env []string
	keys, err := t.CallMethod(out[2], "keys")
	if err != nil {
		return nil, t.TypeError("execve: environment must be a mapping object")
	}
	defer t.Decref(keys)
	err = t.ForEach(keys, func(k *rt.Object) (bool, error) {
		v, err := t.GetItem(out[2], k)
		if err != nil {
			return false, err
		}
		defer t.Decref(v)
		ks, _, err := pathArg(t, "execve", k)
		if err != nil {
			return false, err
		}
		vs, _, err := pathArg(t, "execve", v)
		if err != nil {
			return false, err
		}
		if ks == "" || strings.Contains(ks[1:], "=") {
			return false, t.ValueError("illegal environment variable name")
		}
		env = append(env, ks+"="+vs)
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	return doExec(t, p, av, env)
}

func posixMknod(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	var out [4]*rt.Object
	if err := t.ParseArgs("mknod", args, kw, []string{"path", "mode", "device", "$dir_fd"}, 1, out[:]); err != nil {
		return nil, err
	}
	path, _, err := pathArg(t, "mknod", out[0])
	if err != nil {
		return nil, err
	}
	mode, dev := 0o600, 0
	if out[1] != nil {
		if mode, err = intArg(t, out[1]); err != nil {
			return nil, err
		}
	}
	if out[2] != nil {
		if dev, err = intArg(t, out[2]); err != nil {
			return nil, err
		}
	}
	if err := syscall.Mknod(path, uint32(mode), dev); err != nil {
		return nil, osErr(t, err, path)
	}
	return rt.None, nil
}

func idCall(name string, call func(int) error) func(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	return func(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
		a, err := fdArgs(t, name, args, kw, 1)
		if err != nil {
			return nil, err
		}
		if err := call(a[0]); err != nil {
			return nil, osErr(t, err, "")
		}
		return rt.None, nil
	}
}

func idCall2(name string, call func(int, int) error) func(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	return func(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
		a, err := fdArgs(t, name, args, kw, 2)
		if err != nil {
			return nil, err
		}
		if err := call(a[0], a[1]); err != nil {
			return nil, osErr(t, err, "")
		}
		return rt.None, nil
	}
}

func posixSetpgrp(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	if err := noArgs(t, "setpgrp", args, kw); err != nil {
		return nil, err
	}
	if err := syscall.Setpgid(0, 0); err != nil {
		return nil, osErr(t, err, "")
	}
	return rt.None, nil
}

// signalDefault restores the default action of sig.
func signalDefault(sig syscall.Signal) {
	signal.Reset(sig)
}

func terminalFunctions() []rt.MethodDef {
	return []rt.MethodDef{
		{Name: "lockf", Fn: posixLockf, Doc: "Apply, test or remove a POSIX lock on an open file descriptor."},
		{Name: "posix_fallocate", Fn: posixFallocate, Doc: "Ensure a file has allocated at least a particular number of bytes on disk."},
		{Name: "writev", Fn: posixWritev, Doc: "Iterate over buffers, and write the contents of each to a file descriptor."},
		{Name: "ctermid", Fn: func(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
			if err := noArgs(t, "ctermid", args, kw); err != nil {
				return nil, err
			}
			return t.NewStr("/dev/tty"), nil
		}, Doc: "Return the name of the controlling terminal for this process."},
		{Name: "tcgetpgrp", Fn: posixTcgetpgrp, Doc: "Return the process group associated with the terminal specified by fd."},
		{Name: "tcsetpgrp", Fn: posixTcsetpgrp, Doc: "Set the process group associated with the terminal specified by fd."},
		{Name: "_terminal_size", Fn: posixTerminalSize, Doc: "Return (columns, lines) of the terminal on fd."},
	}
}

// posixLockf is lockf(3) as glibc builds it on fcntl record locks over
// [current offset, +len).
func posixLockf(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	a, err := fdArgs(t, "lockf", args, kw, 3)
	if err != nil {
		return nil, err
	}
	fd, cmd := a[0], a[1]
	lk := syscall.Flock_t{Whence: 1, Start: 0, Len: int64(a[2])} // SEEK_CUR
	var serr error
	switch cmd {
	case 0: // F_ULOCK
		lk.Type = syscall.F_UNLCK
		serr = syscall.FcntlFlock(uintptr(fd), syscall.F_SETLK, &lk)
	case 1: // F_LOCK: waits
		lk.Type = syscall.F_WRLCK
		if err := blocking(t, func() { serr = syscall.FcntlFlock(uintptr(fd), syscall.F_SETLKW, &lk) }); err != nil {
			return nil, err
		}
	case 2: // F_TLOCK
		lk.Type = syscall.F_WRLCK
		serr = syscall.FcntlFlock(uintptr(fd), syscall.F_SETLK, &lk)
	case 3: // F_TEST
		lk.Type = syscall.F_RDLCK
		serr = syscall.FcntlFlock(uintptr(fd), syscall.F_GETLK, &lk)
		if serr == nil && lk.Type != syscall.F_UNLCK && int(lk.Pid) != os.Getpid() {
			serr = syscall.EACCES
		}
	default:
		serr = syscall.EINVAL
	}
	if serr != nil {
		return nil, osErr(t, serr, "")
	}
	return rt.None, nil
}

func posixFallocate(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	a, err := fdArgs(t, "posix_fallocate", args, kw, 3)
	if err != nil {
		return nil, err
	}
	var ferr error
	if err := blocking(t, func() {
		for {
			if ferr = syscall.Fallocate(a[0], 0, int64(a[1]), int64(a[2])); ferr != syscall.EINTR {
				return
			}
		}
	}); err != nil {
		return nil, err
	}
	if ferr != nil {
		return nil, osErr(t, ferr, "")
	}
	return rt.None, nil
}

// posixWritev writes the buffers with one writev(2), so that a reader
// sees them as one write, as it would under CPython.
func posixWritev(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	if err := t.CheckArgs("writev", args, kw, 2, 2); err != nil {
		return nil, err
	}
	fd, err := intArg(t, args[0])
	if err != nil {
		return nil, err
	}
	items, err := t.SequenceItems(args[1])
	if err != nil {
		return nil, t.TypeError("writev() arg 2 must be a sequence")
	}
	bufs := make([][]byte, len(items))
	for i, it := range items {
		b, err := t.BytesOf(it)
		t.Decref(it)
		if err != nil {
			for _, rest := range items[i+1:] {
				t.Decref(rest)
			}
			return nil, err
		}
		bufs[i] = b
	}
	iov := make([]syscall.Iovec, 0, len(bufs))
	for _, b := range bufs {
		if len(b) > 0 {
			v := syscall.Iovec{Base: &b[0]}
			v.SetLen(len(b))
			iov = append(iov, v)
		}
	}
	if len(iov) == 0 {
		return t.NewInt(0), nil
	}
	var n uintptr
	var e syscall.Errno
	if err := blocking(t, func() {
		n, _, e = syscall.Syscall(syscall.SYS_WRITEV, uintptr(fd), uintptr(unsafe.Pointer(&iov[0])), uintptr(len(iov)))
	}); err != nil {
		return nil, err
	}
	goruntime.KeepAlive(bufs)
	if e != 0 {
		return nil, osErr(t, e, "")
	}
	return t.NewInt(int64(n)), nil
}

func posixTcgetpgrp(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	a, err := fdArgs(t, "tcgetpgrp", args, kw, 1)
	if err != nil {
		return nil, err
	}
	var pg int32
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(a[0]), syscall.TIOCGPGRP, uintptr(unsafe.Pointer(&pg))); e != 0 {
		return nil, osErr(t, e, "")
	}
	return t.NewInt(int64(pg)), nil
}

func posixTcsetpgrp(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	a, err := fdArgs(t, "tcsetpgrp", args, kw, 2)
	if err != nil {
		return nil, err
	}
	pg := int32(a[1])
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(a[0]), syscall.TIOCSPGRP, uintptr(unsafe.Pointer(&pg))); e != 0 {
		return nil, osErr(t, e, "")
	}
	return rt.None, nil
}

// posixTerminalSize returns (columns, lines) of the terminal on fd, for
// os.get_terminal_size.
func posixTerminalSize(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	a, err := fdArgs(t, "get_terminal_size", args, kw, 1)
	if err != nil {
		return nil, err
	}
	cols, lines, err := terminalSize(a[0])
	if err != nil {
		return nil, osErr(t, err, "")
	}
	return t.NewTupleSteal([]*rt.Object{t.NewInt(int64(cols)), t.NewInt(int64(lines))}).Obj(), nil
}
