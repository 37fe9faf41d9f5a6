package runtime

import (
	"fmt"
	"runtime"
	"sync/atomic"
	"time"
)

// The lock types of _thread: lock (threading.Lock) and RLock.
//
// A lock is a word with three states (unlocked, locked, locked with
// possible waiters) and a wake-up channel holding at most one token, the
// mutex of Drepper's "Futexes Are Tricky" with the channel standing in for
// the futex. Acquire takes an unlocked word with one compare-and-swap.
// Otherwise it spins briefly (the holder is usually on another core and
// about to release), then marks the word contended and waits for a token
// in Block, detached, so that the collector and merges can act for it
// and Ctrl-C can interrupt it. Release swaps the word to unlocked and,
// when it was contended, leaves a token. A token is never lost: a waiter
// that gives up (timeout, interrupt) leaves it for the next one, and a
// token nobody waits for makes some later waiter re-check the word once
// for nothing. Any thread may release a lock (threading.Lock has no
// owner); RLock adds an owner and a count on top.

const (
	lockFree      = 0
	lockHeld      = 1
	lockContended = 2
)

// lockSpins is how many times a contended acquire re-reads the word before
// it parks: about a microsecond, less than a park and wake-up costs.
const lockSpins = 64

// pyMutex is the lock word with its wake-up channel.
type pyMutex struct {
	state atomic.Int32
	wake  atomic.Pointer[chan struct{}]
}

// tryLock takes the lock if it is free.
func (m *pyMutex) tryLock() bool { return m.state.CompareAndSwap(lockFree, lockHeld) }

// unlock releases the lock and reports whether it was held.
func (m *pyMutex) unlock() bool {
	switch m.state.Swap(lockFree) {
	case lockFree:
		return false
	case lockContended:
		select {
		case m.wakeChan() <- struct{}{}:
		default:
		}
	}
	return true
}

// wakeChan returns the wake-up channel, made on first contention.
func (m *pyMutex) wakeChan() chan struct{} {
	if p := m.wake.Load(); p != nil {
		return *p
	}
	ch := make(chan struct{}, 1)
	if m.wake.CompareAndSwap(nil, &ch) {
		return ch
	}
	return *m.wake.Load()
}

// lock takes the lock, waiting up to timeout (forever when negative),
// and reports whether it did; an exception raised while waiting
// (KeyboardInterrupt) is returned instead.
func (t *Thread) lock(m *pyMutex, timeout time.Duration) (bool, error) {
	if m.tryLock() {
		return true, nil
	}
	if timeout == 0 {
		return false, nil
	}
	for i := 0; i < lockSpins; i++ {
		if m.state.Load() == lockFree && m.tryLock() {
			return true, nil
		}
		if i%8 == 7 {
			runtime.Gosched()
		}
	}
	var deadline time.Time
	if timeout > 0 {
		deadline = time.Now().Add(timeout)
	}
	ch := m.wakeChan()
	for {
		if m.state.Swap(lockContended) == lockFree {
			return true, nil
		}
		left := time.Duration(-1)
		if timeout > 0 {
			if left = time.Until(deadline); left <= 0 {
				return false, nil
			}
		}
		if _, err := t.Block(ch, left); err != nil {
			return false, err
		}
	}
}

// Lock is a _thread.lock, threading.Lock.
type Lock struct {
	Object
	m pyMutex
}

// RLock is a _thread.RLock, threading.RLock: a lock its owner may take
// again, released when the owner has released it as many times.
type RLock struct {
	Object
	m     pyMutex
	owner atomic.Uint64 // the owner's Ident, 0 when free
	count uint64        // changed only by the owner
}

var (
	LockType = builtinType(&Type{Name: "lock", Module: "_thread",
		Doc: "A lock object is a synchronization primitive.  To create a lock,\ncall threading.Lock().  Methods are:"})
	RLockType = builtinType(&Type{Name: "RLock", Module: "_thread"})
)

// NewLock returns a new, unlocked _thread.lock.
func (t *Thread) NewLock() *Lock {
	l := new(Lock)
	t.initObject(&l.Object, LockType)
	return l
}

// timeoutMax is _thread.TIMEOUT_MAX in seconds, the largest timeout a
// lock accepts: the whole seconds an int64 of nanoseconds holds.
const timeoutMax = float64((1<<63 - 1) / int64(time.Second))

// acquireArgs parses acquire(blocking=True, timeout=-1) with CPython's
// checks and returns the timeout: 0 for a non-blocking call, negative to
// wait forever.
func (t *Thread) acquireArgs(args []*Object, kw *Tuple) (time.Duration, error) {
	if len(args) == 0 && kw.Len() == 0 {
		// acquire() and with lock: block with no timeout.
		return -1, nil
	}
	for i := 0; i < kw.Len(); i++ {
		if name, _ := AsStr(kw.items[i]); name != "blocking" && name != "timeout" {
			return 0, t.TypeError("'%s' is an invalid keyword argument for acquire()", name)
		}
	}
	var a [2]*Object
	if err := t.ParseArgs("acquire", args, kw, []string{"blocking", "timeout"}, 0, a[:]); err != nil {
		return 0, err
	}
	blocking := true
	if a[0] != nil {
		n, err := t.Index(a[0])
		if err != nil {
			return 0, err
		}
		v, small := IntSmall(n)
		blocking = !small || v != 0
		t.Decref(n)
	}
	timeout := time.Duration(-1)
	explicit := false
	if a[1] != nil {
		d, err := t.SecondsArg(a[1])
		if err != nil {
			return 0, err
		}
		timeout, explicit = d, d != -time.Second
	}
	if !blocking {
		if explicit {
			return 0, t.ValueError("can't specify a timeout for a non-blocking call")
		}
		return 0, nil
	}
	if explicit && timeout < 0 {
		return 0, t.ValueError("timeout value must be positive")
	}
	if timeout < 0 {
		timeout = -1
	} else if timeout.Seconds() > timeoutMax {
		return 0, t.OverflowError("timeout value is too large")
	}
	return timeout, nil
}

func lockAcquire(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	l := As[Lock](args[0])
	timeout, err := t.acquireArgs(args[1:], kw)
	if err != nil {
		return nil, err
	}
	ok, err := t.lock(&l.m, timeout)
	if err != nil {
		return nil, err
	}
	return NewBool(ok), nil
}

func lockRelease(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("release", args[1:], kw, 0, 0); err != nil {
		return nil, err
	}
	if !As[Lock](args[0]).m.unlock() {
		return nil, t.RuntimeError("release unlocked lock")
	}
	return None, nil
}

func lockExit(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if !As[Lock](args[0]).m.unlock() {
		return nil, t.RuntimeError("release unlocked lock")
	}
	return None, nil
}

func lockLocked(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("locked", args[1:], kw, 0, 0); err != nil {
		return nil, err
	}
	return NewBool(As[Lock](args[0]).m.state.Load() != lockFree), nil
}

func lockRepr(t *Thread, o *Object) (*Object, error) {
	state := "unlocked"
	if As[Lock](o).m.state.Load() != lockFree {
		state = "locked"
	}
	return t.NewStr(fmt.Sprintf("<%s %s object at %#x>", state, TypeOf(o).FullName(), Addr(o))), nil
}

func lockNew(t *Thread, typ *Type, args []*Object, kw *Tuple) (*Object, error) {
	return nil, t.TypeError("cannot create '_thread.lock' instances")
}

func rlockNew(t *Thread, typ *Type, args []*Object, kw *Tuple) (*Object, error) {
	if typ != RLockType {
		return t.NewInstance(typ), nil
	}
	r := new(RLock)
	t.initObject(&r.Object, typ)
	return &r.Object, nil
}

// rlockTake acquires an RLock for t, waiting up to timeout.
func (t *Thread) rlockTake(r *RLock, timeout time.Duration) (bool, error) {
	me := t.Ident()
	if r.owner.Load() == me {
		if r.count == 1<<63-1 {
			return false, t.OverflowError("Internal lock count overflowed")
		}
		r.count++
		return true, nil
	}
	ok, err := t.lock(&r.m, timeout)
	if !ok || err != nil {
		return ok, err
	}
	r.owner.Store(me)
	r.count = 1
	return true, nil
}

func rlockAcquire(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	timeout, err := t.acquireArgs(args[1:], kw)
	if err != nil {
		return nil, err
	}
	ok, err := t.rlockTake(As[RLock](args[0]), timeout)
	if err != nil {
		return nil, err
	}
	return NewBool(ok), nil
}

func rlockRelease(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	r := As[RLock](args[0])
	if r.owner.Load() != t.Ident() || r.count == 0 {
		return nil, t.RuntimeError("cannot release un-acquired lock")
	}
	r.count--
	if r.count == 0 {
		r.owner.Store(0)
		r.m.unlock()
	}
	return None, nil
}

func rlockIsOwned(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	r := As[RLock](args[0])
	return NewBool(r.owner.Load() == t.Ident() && r.count > 0), nil
}

func rlockRecursionCount(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	r := As[RLock](args[0])
	if r.owner.Load() != t.Ident() {
		return SmallInt(0), nil
	}
	return t.NewInt(int64(r.count)), nil
}

// rlockReleaseSave releases an RLock completely and returns its state
// (count, owner), for Condition.wait to restore with _acquire_restore.
func rlockReleaseSave(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	r := As[RLock](args[0])
	if r.count == 0 || r.owner.Load() != t.Ident() {
		return nil, t.RuntimeError("cannot release un-acquired lock")
	}
	count, owner := r.count, r.owner.Load()
	r.count = 0
	r.owner.Store(0)
	r.m.unlock()
	return t.NewTupleSteal([]*Object{t.NewInt(int64(count)), t.NewInt(int64(owner))}).Obj(), nil
}

func rlockAcquireRestore(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("_acquire_restore", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	var items []*Object
	switch typ := TypeOf(args[1]); {
	case typ.Flags&FlagTupleSubclass != 0:
		items = TupleItems(args[1])
	case typ.Flags&FlagListSubclass != 0:
		items = ListItems(args[1])
	default:
		return nil, t.TypeError("_acquire_restore() argument 1 must be 2-item sequence, not %s", typ.Name)
	}
	if len(items) != 2 {
		return nil, t.TypeError("_acquire_restore() argument 1 must be sequence of length 2, not %d", len(items))
	}
	count, err := t.IndexInt(items[0])
	if err != nil {
		return nil, err
	}
	owner, err := t.IndexInt(items[1])
	if err != nil {
		return nil, err
	}
	r := As[RLock](args[0])
	if _, err := t.lock(&r.m, -1); err != nil {
		return nil, err
	}
	r.owner.Store(uint64(owner))
	r.count = uint64(count)
	return None, nil
}

func rlockRepr(t *Thread, o *Object) (*Object, error) {
	r := As[RLock](o)
	state := "unlocked"
	if r.m.state.Load() != lockFree {
		state = "locked"
	}
	owner := r.owner.Load()
	var count uint64
	if owner != 0 {
		count = r.count
	}
	return t.NewStr(fmt.Sprintf("<%s %s object owner=%d count=%d at %#x>",
		state, TypeOf(o).FullName(), owner, count, Addr(o))), nil
}

func initLockTypes() {
	acquireDoc := "Lock the lock."
	LockType.AddMethods(
		MethodDef{"acquire", lockAcquire, acquireDoc},
		MethodDef{"acquire_lock", lockAcquire, acquireDoc},
		MethodDef{"__enter__", lockAcquire, acquireDoc},
		MethodDef{"release", lockRelease, "Release the lock."},
		MethodDef{"release_lock", lockRelease, "Release the lock."},
		MethodDef{"__exit__", lockExit, "Release the lock."},
		MethodDef{"locked", lockLocked, "Test whether the lock is currently locked."},
		MethodDef{"locked_lock", lockLocked, "Test whether the lock is currently locked."},
	)
	LockType.Repr = lockRepr
	LockType.New = lockNew
	ReadyType[Lock](LockType, ObjectType, 0)

	RLockType.AddMethods(
		MethodDef{"acquire", rlockAcquire, "Lock the lock."},
		MethodDef{"__enter__", rlockAcquire, "Lock the lock."},
		MethodDef{"release", rlockRelease, "Release the lock."},
		MethodDef{"__exit__", rlockRelease, "Release the lock."},
		MethodDef{"_is_owned", rlockIsOwned, "For internal use by `threading.Condition`."},
		MethodDef{"_recursion_count", rlockRecursionCount, "For internal use by reentrancy checks."},
		MethodDef{"_release_save", rlockReleaseSave, "For internal use by `threading.Condition`."},
		MethodDef{"_acquire_restore", rlockAcquireRestore, "For internal use by `threading.Condition`."},
	)
	RLockType.Repr = rlockRepr
	RLockType.New = rlockNew
	ReadyType[RLock](RLockType, ObjectType, FlagBaseType)
}
