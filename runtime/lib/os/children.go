package os

import (
	"sync"
	"syscall"

	rt "gilfree/runtime"
)

// Children started by subprocess are reaped by a goroutine as soon as
// they exit (Go's exec.Cmd.Wait), so a wait4 of os.waitpid would find
// nothing, or steal the status that Popen.wait needs. subprocess records
// each child here instead, and waitpid and wait answer for recorded
// children from the record: once each, as the kernel would, with the raw
// wait status. Children not recorded here (there are none today: gilfree
// has no fork or posix_spawn) fall through to wait4.

type childRecord struct {
	done      <-chan struct{}
	status    syscall.WaitStatus // valid once done is closed
	collected bool
	orphan    bool // the owner forgot the child before it exited
}

var children struct {
	mu sync.Mutex
	m  map[int]*childRecord
	// exited is closed, and replaced, whenever a recorded child exits:
	// what wait() blocks on.
	exited chan struct{}
}

// ChildStarted records a child process that the caller reaps itself; it
// returns the function to call, with the raw wait status, once the child
// has been reaped.
func ChildStarted(pid int) (reaped func(syscall.WaitStatus)) {
	done := make(chan struct{})
	rec := &childRecord{done: done}
	children.mu.Lock()
	if children.m == nil {
		children.m = map[int]*childRecord{}
		children.exited = make(chan struct{})
	}
	children.m[pid] = rec
	children.mu.Unlock()
	return func(ws syscall.WaitStatus) {
		children.mu.Lock()
		rec.status = ws
		if rec.orphan {
			delete(children.m, pid)
		}
		close(done)
		close(children.exited)
		children.exited = make(chan struct{})
		children.mu.Unlock()
	}
}

// ChildCollected forgets a recorded child once its owner no longer needs
// the record (Popen's object is gone) and os.waitpid has not taken it.
func ChildCollected(pid int) {
	children.mu.Lock()
	if rec := children.m[pid]; rec != nil {
		select {
		case <-rec.done:
			delete(children.m, pid)
		default:
			rec.orphan = true
		}
	}
	children.mu.Unlock()
}

// waitRecorded answers waitpid(pid, options) from the records. handled
// is false when no recorded child matches pid, and the caller should ask
// the kernel.
func waitRecorded(t *rt.Thread, pid, options int) (rpid int, ws syscall.WaitStatus, handled bool, err error) {
	for {
		children.mu.Lock()
		var wait <-chan struct{}
		pending := false
		for cpid, rec := range children.m {
			if rec.collected || (pid > 0 && cpid != pid) || (pid != -1 && pid <= 0) {
				continue
			}
			select {
			case <-rec.done:
				rec.collected = true
				delete(children.m, cpid)
				children.mu.Unlock()
				return cpid, rec.status, true, nil
			default:
				pending = true
			}
		}
		wait = children.exited
		children.mu.Unlock()
		if !pending {
			return 0, 0, false, nil
		}
		if options&syscall.WNOHANG != 0 {
			return 0, 0, true, nil
		}
		if _, err := t.Block(wait, -1); err != nil {
			return 0, 0, true, err
		}
	}
}
