package runtime

import (
	"fmt"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"

	"gilfree/refcount"
)

// The _thread module: starting threads, their identities, and the lock
// types (threadlock.go) and thread-local objects (threadlocal.go) that
// threading.py builds on.
//
// start_new_thread runs its function on a new goroutine bound to a new
// Thread (NewThread). The goroutine attaches, calls the function, reports
// an exception that escapes it (except SystemExit, which only ends the
// thread) as CPython does, releases the thread's sentinel locks, and ends
// with Exit.

// liveThreads counts the threads start_new_thread started that have not
// ended (_thread._count).
var liveThreads atomic.Int64

// CallArgs calls fn with the items of a tuple as positional arguments
// and a dict's items (kwargs, which may be nil) as keyword arguments,
// as fn(*args, **kwargs) does.
func (t *Thread) CallArgs(fn *Object, args *Object, kwargs *Object) (*Object, error) {
	pos := TupleItems(args)
	if kwargs == nil || As[Dict](kwargs).Len() == 0 {
		return t.Call(fn, pos, nil)
	}
	keys, values := As[Dict](kwargs).Items()
	for _, k := range keys {
		if TypeOf(k).Flags&FlagStrSubclass == 0 {
			return nil, t.TypeError("keywords must be strings")
		}
	}
	all := make([]*Object, 0, len(pos)+len(values))
	all = append(append(all, pos...), values...)
	for _, o := range all {
		t.Incref(o)
	}
	names := t.NewTuple(keys...)
	r, err := t.Call(fn, all, names)
	t.Decref(names.Obj())
	for _, o := range all {
		t.Decref(o)
	}
	return r, err
}

func threadStartNew(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("start_new_thread", args, kw, 2, 3); err != nil {
		return nil, err
	}
	fn := args[0]
	if !Callable(fn) {
		return nil, t.TypeError("first arg must be callable")
	}
	if TypeOf(args[1]).Flags&FlagTupleSubclass == 0 {
		return nil, t.TypeError("2nd arg must be a tuple")
	}
	var kwargs *Object
	if len(args) == 3 {
		if TypeOf(args[2]).Flags&FlagDictSubclass == 0 {
			return nil, t.TypeError("optional 3rd arg must be a dictionary")
		}
		kwargs = t.NewRef(args[2])
	}
	nt := t.Interp.NewThread()
	liveThreads.Add(1)
	go nt.bootstrap(t.NewRef(fn), t.NewRef(args[1]), kwargs)
	return t.NewInt(int64(nt.Ident())), nil
}

// bootstrap is the body of a thread's goroutine: it owns the references
// to fn, args and kwargs (which may be nil).
func (t *Thread) bootstrap(fn, args, kwargs *Object) {
	defer internalError()
	t.Attach()
	r, err := t.CallArgs(fn, args, kwargs)
	if err != nil {
		if !Matches(err, SystemExitType) {
			t.reportThreadError(err, fn)
		} else {
			t.DropError(err)
		}
	} else {
		t.Decref(r)
	}
	t.Decref(fn)
	t.Decref(args)
	if kwargs != nil {
		t.Decref(kwargs)
	}
	sentinels := t.sentinels
	t.sentinels = nil
	for _, l := range sentinels {
		t.Decref(&l.Object)
	}
	liveThreads.Add(-1)
	t.Exit()
	// The sentinels are released last, when nothing of the thread is left
	// to run: a join returns only after the thread's state is gone.
	for _, l := range sentinels {
		l.m.unlock()
	}
}

// internalError ends the process as the command does for a Go panic on
// the main thread (a bug, never Python semantics): the panic's message,
// its stack in debug mode, exit status 70.
func internalError() {
	if r := recover(); r != nil {
		fmt.Fprintf(os.Stderr, "gilfree: internal error: %v\n", r)
		if refcount.Debug() {
			os.Stderr.Write(debug.Stack())
		}
		os.Exit(70)
	}
}

// reportThreadError reports an exception that escaped a thread's function,
// as CPython's unraisable hook does for start_new_thread.
func (t *Thread) reportThreadError(err error, fn *Object) {
	exc := t.ExcOf(err)
	r, rerr := t.ReprString(fn)
	if rerr != nil {
		t.DropError(rerr)
		r = "<object repr() failed>"
	}
	var b strings.Builder
	b.WriteString("Exception ignored in thread started by: " + r + "\n")
	t.printChain(&b, exc, map[*BaseException]bool{})
	t.writeSysStderr(b.String())
	t.Decref(&exc.Object)
}

// writeSysStderr writes to whatever sys.stderr is now, falling back to the
// process's standard error.
func (t *Thread) writeSysStderr(s string) {
	f, err := t.GetAttrString(t.Interp.Sys, "stderr")
	if err != nil {
		t.DropError(err)
		t.Interp.WriteStderr(s)
		return
	}
	defer t.Decref(f)
	if f == None {
		return
	}
	if f == t.Interp.Stderr.Obj() {
		t.Interp.WriteStderr(s)
		return
	}
	str := t.NewStr(s)
	r, err := t.CallMethod(f, "write", str)
	t.Decref(str)
	if err != nil {
		t.DropError(err)
		return
	}
	t.Decref(r)
	if r, err := t.CallMethod(f, "flush"); err == nil {
		t.Decref(r)
	} else {
		t.DropError(err)
	}
}

func threadAllocateLock(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if len(args) > 0 || kw.Len() > 0 {
		return nil, t.TypeError("_thread.allocate_lock() takes no arguments (%d given)", len(args)+kw.Len())
	}
	return t.NewLock().Obj(), nil
}

// Obj returns the lock as an object reference.
func (l *Lock) Obj() *Object { return &l.Object }

func threadGetIdent(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("get_ident", args, kw, 0, 0); err != nil {
		return nil, err
	}
	return t.NewInt(int64(t.Ident())), nil
}

func threadCount(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("_count", args, kw, 0, 0); err != nil {
		return nil, err
	}
	return t.NewInt(liveThreads.Load()), nil
}

// threadStackSize accepts the sizes CPython accepts (0, or at least 32
// KiB) and reports 0: goroutine stacks grow as needed.
func threadStackSize(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("stack_size", args, kw, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 1 {
		n, err := t.IndexInt(args[0])
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, t.ValueError("size must be 0 or a positive value")
		}
		if n != 0 && n < 32768 {
			return nil, t.ValueError("size not valid: %d bytes", n)
		}
	}
	return SmallInt(0), nil
}

func threadExit(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	return nil, t.NewError(SystemExitType)
}

// threadInterruptMain makes the main thread raise KeyboardInterrupt, as a
// SIGINT would.
func threadInterruptMain(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	var a [1]*Object
	if err := t.ParseArgs("interrupt_main", args, kw, []string{"signum"}, 0, a[:]); err != nil {
		return nil, err
	}
	n := int(syscall.SIGINT)
	if a[0] != nil {
		var err error
		if n, err = t.signalNumber(a[0]); err != nil {
			return nil, err
		}
	}
	mainThread.signalPending(n)
	return None, nil
}

// threadSetSentinel returns a new lock, locked, that the calling thread
// releases when it has ended: threading's join waits on it.
func threadSetSentinel(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("_set_sentinel", args, kw, 0, 0); err != nil {
		return nil, err
	}
	l := t.NewLock()
	l.m.tryLock()
	t.Incref(&l.Object)
	t.sentinels = append(t.sentinels, l)
	return l.Obj(), nil
}

// threadExceptHook is _thread._excepthook, threading.excepthook's
// default: it prints "Exception in thread NAME:" and the traceback of
// args.exc_value to sys.stderr, and ignores SystemExit.
func threadExceptHook(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("_excepthook", args, kw, 1, 1); err != nil {
		return nil, err
	}
	get := func(name string) (*Object, error) { return t.GetAttrString(args[0], name) }
	typ, err := get("exc_type")
	if err != nil {
		return nil, err
	}
	defer t.Decref(typ)
	if typ == SystemExitType.Obj() {
		return None, nil
	}
	val, err := get("exc_value")
	if err != nil {
		return nil, err
	}
	defer t.Decref(val)
	th, err := get("thread")
	if err != nil {
		return nil, err
	}
	defer t.Decref(th)
	var name string
	if th != None {
		n, err := t.GetAttrString(th, "name")
		if err != nil {
			t.DropError(err)
		} else {
			name, err = t.StrString(n)
			t.Decref(n)
			if err != nil {
				t.DropError(err)
			}
		}
	}
	if name == "" {
		name = strconv.FormatUint(t.Ident(), 10)
	}
	var b strings.Builder
	b.WriteString("Exception in thread " + name + ":\n")
	if IsInstance(val, BaseExceptionType) {
		t.printChain(&b, As[BaseException](val), map[*BaseException]bool{})
	} else {
		s, err := t.StrString(typ)
		if err != nil {
			t.DropError(err)
		}
		b.WriteString(s + "\n")
	}
	t.writeSysStderr(b.String())
	return None, nil
}

func newThreadModule(t *Thread) *Module {
	m := t.NewModule("_thread")
	t.ModuleSet(m, "__doc__", t.NewStr("This module provides primitive operations to write multi-threaded programs.\nThe 'threading' module provides a more convenient interface."))
	startDoc := "Start a new thread and return its identifier."
	lockDoc := "Create a new lock object. See help(type(threading.Lock())) for\ninformation about locks."
	t.AddFunctions(m,
		MethodDef{"start_new_thread", threadStartNew, startDoc},
		MethodDef{"start_new", threadStartNew, startDoc},
		MethodDef{"allocate_lock", threadAllocateLock, lockDoc},
		MethodDef{"allocate", threadAllocateLock, lockDoc},
		MethodDef{"get_ident", threadGetIdent, "Return a non-zero integer that uniquely identifies the current thread\namongst other threads that exist simultaneously."},
		MethodDef{"get_native_id", threadGetIdent, "Return a non-negative integer identifying the thread as reported\nby the OS (kernel)."},
		MethodDef{"_count", threadCount, "Return the number of currently running Python threads, excluding\nthe main thread."},
		MethodDef{"stack_size", threadStackSize, "Return the thread stack size used when creating new threads."},
		MethodDef{"exit", threadExit, "This is synonymous to ``raise SystemExit''."},
		MethodDef{"exit_thread", threadExit, "This is synonymous to ``raise SystemExit''."},
		MethodDef{"interrupt_main", threadInterruptMain, "Simulate the arrival of the given signal in the main thread."},
		MethodDef{"_set_sentinel", threadSetSentinel, "Set a sentinel lock that will be released when the current thread\nstate is finalized."},
		MethodDef{"_excepthook", threadExceptHook, "Handle uncaught Thread.run() exception."},
		MethodDef{"daemon_threads_allowed", func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
			return True, nil
		}, "Return True if daemon threads are allowed in the current interpreter."},
	)
	t.ModuleSet(m, "LockType", LockType.Obj())
	t.ModuleSet(m, "RLock", RLockType.Obj())
	t.ModuleSet(m, "_local", LocalType.Obj())
	t.ModuleSet(m, "error", RuntimeErrorType.Obj())
	t.ModuleSet(m, "TIMEOUT_MAX", t.NewFloat(timeoutMax))
	return m
}

// Type registration runs after the package's main init (bootstrap.go),
// which readies the types these derive from: Go runs a package's init
// functions in the order of their files' names.
func init() {
	initLockTypes()
	initLocalType()
	BuiltinModules["_thread"] = newThreadModule
}
