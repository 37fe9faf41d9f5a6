// Package selectmod is the select module: select() and poll objects over
// poll(2), with Linux's constants. A waiting call detaches the thread, so
// other Python threads run on; a signal's handler runs when it returns
// (EINTR is retried with the time left, as CPython does since PEP 475).
package selectmod

import (
	"math"
	"sync"
	"syscall"
	"time"
	"unsafe"

	"gilfree/runtime"
	osmod "gilfree/runtime/lib/os"
)

func init() { runtime.BuiltinModules["select"] = newModule }

// Linux's poll(2) event bits.
const (
	pollIn     = 0x1
	pollPri    = 0x2
	pollOut    = 0x4
	pollErr    = 0x8
	pollHup    = 0x10
	pollNval   = 0x20
	pollRdNorm = 0x40
	pollRdBand = 0x80
	pollWrNorm = 0x100
	pollWrBand = 0x200
	pollMsg    = 0x400
	pollRdHup  = 0x2000
)

// PollType is select.poll's type.
var PollType = &runtime.Type{Name: "poll", Module: "select"}

// pollObject is a poll object: the registered descriptors and their
// event masks, under a mutex (threads may register while another polls,
// which then sees the set as it was when it started).
type pollObject struct {
	runtime.Object
	mu  sync.Mutex
	fds map[int]int16
}

var ready sync.Once

func newModule(t *runtime.Thread) *runtime.Module {
	ready.Do(func() {
		PollType.AddMethods(
			runtime.MethodDef{Name: "register", Fn: pollRegister, Doc: "Register a file descriptor with the polling object."},
			runtime.MethodDef{Name: "modify", Fn: pollModify, Doc: "Modify an already registered file descriptor."},
			runtime.MethodDef{Name: "unregister", Fn: pollUnregister, Doc: "Remove a file descriptor being tracked by the polling object."},
			runtime.MethodDef{Name: "poll", Fn: pollPoll, Doc: "Polls the set of registered file descriptors."},
		)
		runtime.ReadyType[pollObject](PollType, runtime.ObjectType, 0)
	})
	m := t.NewModule("select")
	for _, c := range []struct {
		name  string
		value int64
	}{
		{"POLLIN", pollIn}, {"POLLPRI", pollPri}, {"POLLOUT", pollOut}, {"POLLERR", pollErr},
		{"POLLHUP", pollHup}, {"POLLNVAL", pollNval}, {"POLLRDNORM", pollRdNorm},
		{"POLLRDBAND", pollRdBand}, {"POLLWRNORM", pollWrNorm}, {"POLLWRBAND", pollWrBand},
		{"POLLMSG", pollMsg}, {"POLLRDHUP", pollRdHup}, {"PIPE_BUF", 4096},
	} {
		v := t.NewInt(c.value)
		t.ModuleSet(m, c.name, v)
		t.Decref(v)
	}
	t.ModuleSet(m, "error", runtime.OSErrorType.Obj())
	t.AddFunctions(m,
		runtime.MethodDef{Name: "select", Fn: selectSelect, Doc: "Wait until one or more file descriptors are ready for some kind of I/O."},
		runtime.MethodDef{Name: "poll", Fn: selectPoll, Doc: "Returns a polling object."},
	)
	return m
}

// pollfd is the kernel's struct pollfd.
type pollfd struct {
	fd      int32
	events  int16
	revents int16
}

// doPoll runs poll(2) on fds with t detached, for at most timeout (< 0:
// no limit), retrying after a signal whose handler raised nothing.
func doPoll(t *runtime.Thread, fds []pollfd, timeout time.Duration) (int, error) {
	deadline := time.Now().Add(timeout)
	for {
		ms := -1
		if timeout >= 0 {
			left := time.Until(deadline)
			ms = int(math.Ceil(float64(max(left, 0)) / float64(time.Millisecond)))
		}
		var n uintptr
		var errno syscall.Errno
		err := osmod.Blocking(t, func() {
			n, _, errno = syscall.Syscall(syscall.SYS_POLL, pollAddr(fds), uintptr(len(fds)), uintptr(ms))
		})
		if err != nil {
			return 0, err
		}
		if errno == syscall.EINTR {
			continue
		}
		if errno != 0 {
			return 0, osmod.Error(t, errno)
		}
		return int(n), nil
	}
}

// pollAddr is the address of fds' first element for poll(2), 0 for none.
// The rule that makes it safe: fds is a Go slice the caller keeps alive
// across the call, and the Go heap does not move objects.
func pollAddr(fds []pollfd) uintptr {
	if len(fds) == 0 {
		return 0
	}
	return uintptr(unsafe.Pointer(&fds[0]))
}

// timeoutArg reads a timeout in seconds (None: none) as a duration (-1:
// wait without limit).
func timeoutArg(t *runtime.Thread, o *runtime.Object, scale float64) (time.Duration, error) {
	if o == nil || o == runtime.None {
		return -1, nil
	}
	f, err := t.FloatOf(o)
	if err != nil {
		return 0, t.TypeError("timeout must be a float or None")
	}
	if math.IsNaN(f) {
		return 0, t.ValueError("Invalid value NaN (not a number)")
	}
	if f < 0 {
		if scale == 1 {
			return 0, t.ValueError("timeout must be non-negative")
		}
		return -1, nil // poll: a negative timeout waits forever
	}
	return time.Duration(f * scale * float64(time.Second)), nil
}

// selectSelect is select(rlist, wlist, xlist[, timeout]): each list's
// objects (descriptors or objects with fileno()) that are ready, as lists.
func selectSelect(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.CheckArgs("select", args, kw, 3, 4); err != nil {
		return nil, err
	}
	var timeoutObj *runtime.Object
	if len(args) == 4 {
		timeoutObj = args[3]
	}
	timeout, err := timeoutArg(t, timeoutObj, 1)
	if err != nil {
		return nil, err
	}
	masks := [3]int16{pollIn, pollOut, pollPri}
	var lists [3][]*runtime.Object
	defer func() {
		for _, l := range lists {
			for _, o := range l {
				t.Decref(o)
			}
		}
	}()
	var fds []pollfd
	var owner [][2]int // per pollfd: which list and index
	for k := range 3 {
		items, err := t.SequenceItems(args[k])
		if err != nil {
			return nil, t.TypeError("arguments 1-3 must be sequences")
		}
		lists[k] = items
		for i, o := range items {
			fd, err := t.Fildes(o)
			if err != nil {
				return nil, err
			}
			fds = append(fds, pollfd{fd: int32(fd), events: masks[k]})
			owner = append(owner, [2]int{k, i})
		}
	}
	if _, err := doPoll(t, fds, timeout); err != nil {
		return nil, err
	}
	var out [3][]*runtime.Object
	for j, p := range fds {
		if p.revents&pollNval != 0 {
			return nil, osmod.Error(t, syscall.EBADF)
		}
		k := owner[j][0]
		hit := p.revents&masks[k] != 0
		if k == 0 && p.revents&(pollHup|pollErr) != 0 || k == 1 && p.revents&pollErr != 0 {
			hit = true
		}
		if hit {
			out[k] = append(out[k], t.NewRef(lists[k][owner[j][1]]))
		}
	}
	r := make([]*runtime.Object, 3)
	for k := range 3 {
		r[k] = t.NewListSteal(out[k]).Obj()
	}
	return t.NewTupleSteal(r).Obj(), nil
}

func selectPoll(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.CheckArgs("poll", args, kw, 0, 0); err != nil {
		return nil, err
	}
	p := &pollObject{fds: map[int]int16{}}
	t.InitObject(&p.Object, PollType)
	return &p.Object, nil
}

func pollOf(o *runtime.Object) *pollObject { return runtime.As[pollObject](o) }

// pollSet registers (or, mustExist, modifies) args[1] with the event
// mask args[2] (default POLLIN|POLLPRI|POLLOUT).
func pollSet(t *runtime.Thread, args []*runtime.Object, mustExist bool) (*runtime.Object, error) {
	p := pollOf(args[0])
	fd, err := t.Fildes(args[1])
	if err != nil {
		return nil, err
	}
	mask := int16(pollIn | pollPri | pollOut)
	if len(args) > 2 {
		m, err := t.IndexInt(args[2])
		if err != nil {
			return nil, err
		}
		if m < 0 || m > 0xffff {
			return nil, t.OverflowError("Python int too large for C unsigned short")
		}
		mask = int16(uint16(m))
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if _, ok := p.fds[fd]; mustExist && !ok {
		return nil, osmod.Error(t, syscall.ENOENT)
	}
	p.fds[fd] = mask
	return runtime.None, nil
}

func pollRegister(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.CheckArgs("register", args[1:], kw, 1, 2); err != nil {
		return nil, err
	}
	return pollSet(t, args, false)
}

func pollModify(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.CheckArgs("modify", args[1:], kw, 2, 2); err != nil {
		return nil, err
	}
	return pollSet(t, args, true)
}

func pollUnregister(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.CheckArgs("unregister", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	p := pollOf(args[0])
	fd, err := t.Fildes(args[1])
	if err != nil {
		return nil, err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if _, ok := p.fds[fd]; !ok {
		return nil, t.NewErrorArgs(runtime.KeyErrorType, t.NewInt(int64(fd)))
	}
	delete(p.fds, fd)
	return runtime.None, nil
}

// pollPoll is poll([timeout]): (fd, events) pairs of the ready
// descriptors; the timeout is in milliseconds.
func pollPoll(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.CheckArgs("poll", args[1:], kw, 0, 1); err != nil {
		return nil, err
	}
	var timeoutObj *runtime.Object
	if len(args) == 2 {
		timeoutObj = args[1]
	}
	timeout, err := timeoutArg(t, timeoutObj, 1e-3)
	if err != nil {
		return nil, err
	}
	p := pollOf(args[0])
	p.mu.Lock()
	fds := make([]pollfd, 0, len(p.fds))
	for fd, m := range p.fds {
		fds = append(fds, pollfd{fd: int32(fd), events: m})
	}
	p.mu.Unlock()
	if _, err := doPoll(t, fds, timeout); err != nil {
		return nil, err
	}
	var out []*runtime.Object
	for _, f := range fds {
		if f.revents != 0 {
			out = append(out, t.NewTupleSteal([]*runtime.Object{t.NewInt(int64(f.fd)), t.NewInt(int64(uint16(f.revents)))}).Obj())
		}
	}
	return t.NewListSteal(out).Obj(), nil
}
