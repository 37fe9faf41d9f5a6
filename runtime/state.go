package runtime

import (
	"math/big"
	"sync"
	"sync/atomic"

	"gilfree/refcount"
	"gilfree/thread"
)

// Thread is the runtime's per-thread state. Every runtime function that
// can allocate, raise, call Python code or change a count takes it first.
//
// It embeds a pointer to the thread package's State rather than the State
// itself because the main thread's State is thread's own static variable
// (thread.Main), which the runtime's static main Thread points at; the
// extra load on a count operation is an L1 hit.
type Thread struct {
	*thread.State

	// Interp is the interpreter the thread runs in.
	Interp *Interp

	// Frame is the frame running now, the top of the thread's frame chain
	// (nil outside Python code). The eval loop keeps it current, and
	// sys._getframe, super() and tracebacks read it.
	Frame *Frame
	// ExcInfo is the exception being handled (sys.exc_info()), nil when
	// none.
	ExcInfo *Object
	// Depth counts the Python frames and Go re-entries of the eval loop
	// on this thread, against the recursion limit.
	Depth int

	free freeLists
	args argStack
	// bigScratch holds small operands of big int operations (bigArg).
	bigScratch [2]big.Int
	frames     framePool

	reprStack []*Object // objects whose repr is being computed (Py_ReprEnter)

	// osThreadLocked is set once the thread's goroutine is pinned to its
	// OS thread, for time.thread_time (time_more.go).
	osThreadLocked bool
	// traceFunc and profileFunc are what sys.settrace and sys.setprofile
	// installed on this thread (nil: none); no events reach them
	// (sysmore.go).
	traceFunc, profileFunc *Object

	// wake ends a Block early (Wake): one buffered token.
	wake chan struct{}
	// sentinels are the locks _thread._set_sentinel handed out, released
	// when the thread has ended.
	sentinels []*Lock
	// locals are the thread-local objects that hold a dict for this
	// thread, whose dicts Exit releases (threadlocal.go).
	locals []*localObj

	// merging is non-zero while the thread drains a merge queue (its own,
	// or a held thread's on its behalf): a __del__ made due then goes to
	// the finalizer thread instead of running in the middle of whatever
	// bytecode reached the safepoint (finalize.go).
	merging int
	// clean is set while the thread waits at a safepoint where its Go
	// stack holds no uncounted reference outside frame slots (SafePoll,
	// Block): a sweep of shared-deferred objects may run then
	// (shared_deferred.go).
	clean bool
	// cleanCall is set during a clean call of the eval loop, and
	// uncleanEntries counts the eval loop invocations entered from other
	// Go code that have not returned (shared_deferred.go).
	cleanCall      bool
	uncleanEntries int
}

// Interp is the interpreter state: the modules, the builtins and sys, and
// the eval loop's entry points. All threads of a program share it. Its
// fields are set once at start-up, before a second thread can exist;
// what changes later (the dicts, sys.modules) is made of objects with
// their own synchronization.
type Interp struct {
	Builtins    *Dict   // the builtins module's dict
	BuiltinsMod *Object // the builtins module
	Sys         *Object // the sys module
	Modules     *Dict   // sys.modules
	Main        *Object // __main__

	// Eval is the eval loop, installed by package interp at start-up: the
	// runtime calls Python functions and resumes generators through it.
	Eval Evaluator

	// recursionLimit is sys.getrecursionlimit().
	recursionLimit atomic.Int32

	// intMaxStrDigits is sys.get_int_max_str_digits() (intlimit.go).
	intMaxStrDigits atomic.Int64

	// Stdout and Stderr are the writers behind sys.stdout and sys.stderr
	// when they are the standard streams.
	Stdout, Stderr *File
	stdin          *File

	// Finalizing is set once the program has ended and the atexit
	// functions have run (sys.is_finalizing).
	Finalizing atomic.Bool
	// sysLazyBuilt holds the names of sys's attributes built on first use
	// (sysmore.go): one deleted after that stays deleted.
	sysLazyBuilt sync.Map

	// Argv is sys.argv; Path is the initial sys.path.
	Argv []string
	Path []string
}

// Evaluator is what the eval loop provides to the runtime, for calls that
// start in Go: a slot wrapper calling __eq__, sorted calling its key,
// __build_class__ running a class body, next() resuming a generator.
type Evaluator interface {
	// CallFunction runs fn with the arguments (positional, then keyword
	// values named by kwnames) in a new frame and returns its result.
	CallFunction(t *Thread, fn *Function, args []*Object, kwnames *Tuple) (*Object, error)
	// RunBody runs the code of a class body function with locals as its
	// namespace mapping and returns what the body returns (its __class__
	// cell or None).
	RunBody(t *Thread, fn *Function, locals *Object) (*Object, error)
	// Resume runs the generator's frame until it yields or returns.
	// Exactly one of sent and exc is non-nil: the value send() passes, or
	// the exception throw() raises at the suspension point. It returns
	// the yielded value with done false, the return value with done true,
	// or an error.
	Resume(t *Thread, g *Generator, sent *Object, exc *BaseException) (v *Object, done bool, err error)
	// Exec runs a code object with the given globals and locals mapping.
	Exec(t *Thread, code *Code, globals *Dict, locals *Object) (*Object, error)
	// YieldFrom returns the iterator a suspended generator delegates to
	// with yield from (borrowed), or None.
	YieldFrom(g *Generator) *Object
	// CaretAnchors parses a traceback's source segment and returns the
	// byte range within it to mark with '^' when it is an operator
	// expression (the operator of a binary operation, the index of a
	// subscript), as CPython's traceback printer does.
	CaretAnchors(segment string) (leftEnd, rightStart int, ok bool)
}

// The main interpreter and the main thread are statically allocated.
var (
	mainInterp Interp
	mainThread = Thread{Interp: &mainInterp}
)

// DefaultRecursionLimit is sys.getrecursionlimit() at start-up.
const DefaultRecursionLimit = 1000

// StartMain starts the main thread's state, attaches it, and returns the
// main Thread with its interpreter, ready for Setup. Later calls (tests
// that run several programs in one process) return the same thread with
// its interpreter reset to its start-up state by the next Setup.
func StartMain() *Thread {
	if mainThread.State == nil {
		mainThread.State = thread.StartMain(describeType)
		mainThread.wake = make(chan struct{}, 1)
	}
	mainInterp.recursionLimit.Store(DefaultRecursionLimit)
	mainThread.Frame = nil
	mainThread.ExcInfo = nil
	mainThread.Depth = 0
	return &mainThread
}

// describeType names an object's type for use-after-free reports.
func describeType(h *refcount.Header) string {
	if typ := TypeOf(h); typ != nil {
		return typ.Name
	}
	return ""
}

// RecursionLimit returns sys.getrecursionlimit().
func (in *Interp) RecursionLimit() int { return int(in.recursionLimit.Load()) }

// SetRecursionLimit sets sys.setrecursionlimit().
func (in *Interp) SetRecursionLimit(n int) { in.recursionLimit.Store(int32(n)) }

// maxGoDepth bounds the Go re-entries of the eval loop (and of repr, hash
// and compare on nested containers) whatever the recursion limit says, so
// that a program can never overflow the Go stack: at roughly 2 KiB of Go
// stack a level it stays far below Go's 1 GiB limit.
const maxGoDepth = 200000

// Enter counts one more level of recursion (a Python call or a Go
// re-entry) and fails with RecursionError past the limit. Each successful
// Enter is matched by Leave.
func (t *Thread) Enter() error {
	t.Depth++
	if t.Depth > t.Interp.RecursionLimit() || t.Depth > maxGoDepth {
		t.Depth--
		return t.RecursionError("maximum recursion depth exceeded")
	}
	return nil
}

// EnterWhile is Enter with CPython's wording for recursion inside an
// operation ("maximum recursion depth exceeded while calling a Python
// object").
func (t *Thread) EnterWhile(what string) error {
	t.Depth++
	if t.Depth > t.Interp.RecursionLimit() || t.Depth > maxGoDepth {
		t.Depth--
		return t.NewErrorMsg(RecursionErrorType, "maximum recursion depth exceeded "+what)
	}
	return nil
}

// Leave undoes Enter.
func (t *Thread) Leave() { t.Depth-- }

// Poll handles the requests other threads left in the request word: the
// eval breaker, called by the eval loop at backward jumps, calls and
// function entry when Pending is non-zero. It is also a quiescent point.
func (t *Thread) Poll() error {
	if t.Pending()&(thread.RequestMerge|thread.RequestHandshake) != 0 {
		t.answerRequests()
	}
	t.Take(thread.RequestAsyncExc)
	if t.Take(thread.RequestInterrupt) != 0 {
		if err := t.runSignalHandlers(); err != nil {
			return err
		}
	}
	t.Quiescent()
	return nil
}
