package eval

import (
	"sync"
	"sync/atomic"

	rt "gilfree/runtime"
)

// Per-module import locks, as CPython's _ModuleLock: a thread that imports
// a module another thread is importing waits until that import ends, and
// then uses its result, so a module's body runs once and nobody sees it
// half initialized. A module is registered in sys.modules before its body
// runs (so that a cycle of imports in one thread finds it, partly
// initialized, as CPython does); the lock is what tells another thread to
// wait instead.
//
// Two threads that each import a module the other is importing would wait
// for each other forever. As CPython does, the thread whose wait would
// close such a cycle does not wait: it uses the module as sys.modules has
// it, partly initialized.

// importLock is the lock of one module being imported.
type importLock struct {
	owner *rt.Thread
	done  chan struct{} // closed when the import ends
}

var importLocks = struct {
	mu sync.Mutex
	// active counts the entries of byName, so that the common case,
	// importing a module that is loaded and no import running, skips the
	// mutex.
	active  atomic.Int32
	byName  map[string]*importLock
	waiting map[*rt.Thread]*importLock // what each waiting thread waits for
}{byName: map[string]*importLock{}, waiting: map[*rt.Thread]*importLock{}}

// lockImport takes the import lock of module name for t, waiting (detached)
// while another thread holds it. It reports whether t took it (then t
// calls unlockImport when the import ends); false means t holds it
// already (an import cycle in one thread) or waiting would deadlock, and
// t goes on with what sys.modules has.
func lockImport(t *rt.Thread, name string) bool {
	importLocks.mu.Lock()
	for {
		l := importLocks.byName[name]
		if l == nil {
			importLocks.byName[name] = &importLock{owner: t, done: make(chan struct{})}
			importLocks.active.Add(1)
			importLocks.mu.Unlock()
			return true
		}
		if !waitImportLocked(t, l) {
			importLocks.mu.Unlock()
			return false
		}
	}
}

// waitImport waits while another thread imports module name, and reports
// whether it waited (the caller looks at sys.modules again).
func waitImport(t *rt.Thread, name string) bool {
	if importLocks.active.Load() == 0 {
		return false
	}
	importLocks.mu.Lock()
	waited := false
	if l := importLocks.byName[name]; l != nil {
		waited = waitImportLocked(t, l)
	}
	importLocks.mu.Unlock()
	return waited
}

// waitImportLocked waits for lock l to be released, with importLocks.mu
// held on entry and on return (it is released while waiting). It does not
// wait, and returns false, when t holds l or when l's owner waits, directly
// or through others, for a lock t holds.
func waitImportLocked(t *rt.Thread, l *importLock) bool {
	for o := l.owner; ; {
		if o == t {
			return false
		}
		w := importLocks.waiting[o]
		if w == nil {
			break
		}
		o = w.owner
	}
	importLocks.waiting[t] = l
	importLocks.mu.Unlock()
	t.Detach()
	<-l.done
	t.Attach()
	importLocks.mu.Lock()
	delete(importLocks.waiting, t)
	return true
}

// unlockImport releases the import lock of module name, waking the threads
// that wait for it.
func unlockImport(name string) {
	importLocks.mu.Lock()
	l := importLocks.byName[name]
	delete(importLocks.byName, name)
	importLocks.active.Add(-1)
	importLocks.mu.Unlock()
	close(l.done)
}
