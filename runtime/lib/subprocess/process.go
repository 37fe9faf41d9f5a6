// Package subprocess is the _subprocess module: child processes started
// with os/exec, their pipes, and waiting for them. The subprocess module
// (runtime/lib/py/subprocess.py) builds Popen, run and the rest on it.
//
// A Process owns the parent's ends of the pipes it made. A goroutine per
// process waits for it from the start, so wait and poll only look at a
// channel; communicate feeds stdin and drains stdout and stderr on
// goroutines of its own, so that a child blocked on one pipe never
// deadlocks the parent reading another. Every call that waits detaches
// the thread state.
package subprocess

import (
	"bufio"
	"bytes"
	"io"
	"os"
	"os/exec"
	"sync"
	"syscall"
	"time"

	rt "gilfree/runtime"
	gos "gilfree/runtime/lib/os"
)

// The standard-stream specifications, as subprocess.py passes them; a
// value >= 0 is a file descriptor the child gets.
const (
	specInherit = -1
	specPipe    = -2
	specDevnull = -3
	specStdout  = -4
)

// Process is a started child process.
type Process struct {
	rt.Object
	cmd    *exec.Cmd
	pid    int
	done   chan struct{} // closed when the process has been waited for
	status int           // the return code, valid once done is closed
	// reaped tells os.waitpid the child's raw wait status.
	reaped func(syscall.WaitStatus)

	mu     sync.Mutex // guards the pipes and the communication
	stdin  *os.File
	stdout *bufio.Reader
	stderr *bufio.Reader
	outF   *os.File
	errF   *os.File
	comm   *communication
}

// communication is one communicate() in progress; it survives a timeout
// so that a later call collects what the first one started.
type communication struct {
	done     chan struct{}
	out, err bytes.Buffer
	hasOut   bool
	hasErr   bool
}

// ProcessType is the type of _subprocess.Process objects.
var ProcessType = &rt.Type{Name: "Process", Module: "_subprocess"}

func asProcess(o *rt.Object) *Process { return rt.As[Process](o) }

// lookPath finds the program as the child's PATH would: a name with a
// slash is used as it is.
func lookPath(name string, env []string) (string, error) {
	if name == "" {
		return "", syscall.ENOENT
	}
	for i := 0; i < len(name); i++ {
		if name[i] == '/' {
			return name, nil
		}
	}
	path, found := os.LookupEnv("PATH")
	if env != nil {
		path, found = "", false
		for _, kv := range env {
			if len(kv) > 5 && kv[:5] == "PATH=" {
				path, found = kv[5:], true
			}
		}
	}
	if !found {
		path = "/bin:/usr/bin"
	}
	var denied bool
	for _, dir := range splitList(path) {
		if dir == "" {
			dir = "."
		}
		p := dir + "/" + name
		var st syscall.Stat_t
		if syscall.Stat(p, &st) != nil || st.Mode&syscall.S_IFMT == syscall.S_IFDIR {
			continue
		}
		if syscall.Access(p, 1) == nil {
			return p, nil
		}
		denied = true
	}
	if denied {
		return "", syscall.EACCES
	}
	return "", syscall.ENOENT
}

func splitList(s string) []string {
	var out []string
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ':' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return out
}

func strList(t *rt.Thread, o *rt.Object) ([]string, error) {
	var out []string
	err := t.ForEach(o, func(v *rt.Object) (bool, error) {
		s, ok := rt.AsStr(v)
		if !ok {
			if !rt.IsBytes(v) {
				return false, t.TypeError("expected str, bytes or os.PathLike object, not %s", rt.TypeOf(v).Name)
			}
			s = string(rt.BytesValue(v))
		}
		out = append(out, s)
		return true, nil
	})
	return out, err
}

// spawn(args, executable, cwd, env, stdin, stdout, stderr) starts a
// process. args and env are lists of str (env None: inherit); the
// stream specs are the constants above or descriptors.
func spawn(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	if err := t.CheckArgs("spawn", args, kw, 7, 7); err != nil {
		return nil, err
	}
	argv, err := strList(t, args[0])
	if err != nil {
		return nil, err
	}
	if len(argv) == 0 {
		return nil, t.IndexError("list index out of range")
	}
	var env []string
	if args[3] != rt.None {
		if env, err = strList(t, args[3]); err != nil {
			return nil, err
		}
	}
	exe := argv[0]
	if args[1] != rt.None {
		exe, _ = rt.AsStr(args[1])
	}
	cwd := ""
	if args[2] != rt.None {
		cwd, _ = rt.AsStr(args[2])
		var st syscall.Stat_t
		if err := syscall.Stat(cwd, &st); err != nil {
			return nil, osError(t, err, cwd)
		}
		if st.Mode&syscall.S_IFMT != syscall.S_IFDIR {
			return nil, osError(t, syscall.ENOTDIR, cwd)
		}
	}
	path, err := lookPath(exe, env)
	if err != nil {
		return nil, osError(t, err, exe)
	}
	var specs [3]int
	for i := range specs {
		if specs[i], err = t.IndexInt(args[4+i]); err != nil {
			return nil, err
		}
	}
	p := &Process{done: make(chan struct{})}
	cmd := &exec.Cmd{Path: path, Args: argv, Dir: cwd, Env: env}
	var closeAfter []*os.File
	defer func() {
		for _, f := range closeAfter {
			f.Close()
		}
	}()
	open := func(i int) (*os.File, error) {
		switch specs[i] {
		case specInherit:
			return []*os.File{os.Stdin, os.Stdout, os.Stderr}[i], nil
		case specDevnull:
			flag := os.O_WRONLY
			if i == 0 {
				flag = os.O_RDONLY
			}
			f, err := os.OpenFile(os.DevNull, flag, 0)
			closeAfter = append(closeAfter, f)
			return f, err
		case specPipe:
			r, w, err := os.Pipe()
			if err != nil {
				return nil, err
			}
			if i == 0 {
				p.stdin = w
				closeAfter = append(closeAfter, r)
				return r, nil
			}
			closeAfter = append(closeAfter, w)
			if i == 1 {
				p.outF, p.stdout = r, bufio.NewReader(r)
			} else {
				p.errF, p.stderr = r, bufio.NewReader(r)
			}
			return w, nil
		}
		// A descriptor of the caller's: the child gets a duplicate, so
		// that closing ours never closes theirs.
		fd, err := syscall.Dup(specs[i])
		if err != nil {
			return nil, err
		}
		f := os.NewFile(uintptr(fd), "")
		closeAfter = append(closeAfter, f)
		return f, nil
	}
	files := make([]*os.File, 3)
	for i := range files {
		if i == 2 && specs[2] == specStdout {
			files[2] = files[1]
			continue
		}
		if files[i], err = open(i); err != nil {
			p.closePipes()
			return nil, osError(t, err, "")
		}
	}
	cmd.Stdin, cmd.Stdout, cmd.Stderr = files[0], files[1], files[2]
	if err := cmd.Start(); err != nil {
		p.closePipes()
		var perr *os.PathError
		if errorsAs(err, &perr) {
			return nil, osError(t, perr.Err, exe)
		}
		return nil, osError(t, err, exe)
	}
	p.cmd, p.pid = cmd, cmd.Process.Pid
	p.reaped = gos.ChildStarted(p.pid)
	go p.waitLoop()
	t.InitObject(&p.Object, ProcessType)
	return &p.Object, nil
}

func errorsAs(err error, target **os.PathError) bool {
	pe, ok := err.(*os.PathError)
	if ok {
		*target = pe
	}
	return ok
}

// waitLoop reaps the process and records its return code: the exit
// status, or minus the signal that killed it.
func (p *Process) waitLoop() {
	err := p.cmd.Wait()
	code := 0
	var raw syscall.WaitStatus
	if st := p.cmd.ProcessState; st != nil {
		raw, _ = st.Sys().(syscall.WaitStatus)
		if ws, ok := st.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			code = -int(ws.Signal())
		} else {
			code = st.ExitCode()
		}
	} else if err != nil {
		code = -1
	}
	p.status = code
	p.reaped(raw)
	close(p.done)
}

func (p *Process) closePipes() {
	for _, f := range []*os.File{p.stdin, p.outF, p.errF} {
		if f != nil {
			f.Close()
		}
	}
}

func osError(t *rt.Thread, err error, filename string) error {
	errno, ok := err.(syscall.Errno)
	if !ok {
		if pe, ok := err.(*os.PathError); ok {
			return osError(t, pe.Err, filename)
		}
		return t.NewErrorMsg(rt.OSErrorType, err.Error())
	}
	var fn *rt.Object
	if filename != "" {
		fn = t.NewStr(filename)
		defer t.Decref(fn)
	}
	return t.OSErrorFrom(int(errno), gos.Strerror(errno), fn)
}

// timeoutArg converts an optional timeout in seconds; ok is false for
// none (wait forever).
func timeoutArg(t *rt.Thread, o *rt.Object) (d time.Duration, ok bool, err error) {
	if o == nil || o == rt.None {
		return 0, false, nil
	}
	f, err := t.FloatOf(o)
	if err != nil {
		return 0, false, err
	}
	return time.Duration(f * 1e9), true, nil
}

// waitFor waits for ch, at most d when limited, with the thread
// detached (t.Block, so that Ctrl-C ends the wait with
// KeyboardInterrupt); it reports whether ch closed.
func waitFor(t *rt.Thread, ch <-chan struct{}, d time.Duration, limited bool) (bool, error) {
	timeout := time.Duration(-1)
	if limited {
		timeout = max(d, 0)
	}
	return t.Block(ch, timeout)
}

// drain reads r to its end into buf.
func drain(r io.Reader, buf *bytes.Buffer, wg *sync.WaitGroup) {
	defer wg.Done()
	buf.ReadFrom(r)
}
