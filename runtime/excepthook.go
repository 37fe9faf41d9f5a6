package runtime

import (
	"strings"
	"sync"
)

// sys.excepthook: what an uncaught exception goes through. The default
// (also sys.__excepthook__) prints the exception and its chain to
// whatever sys.stderr is then; a program may install its own, and the
// interpreter calls that instead, as CPython does.

// defaultExcepthook is the builtin function sys.excepthook starts as,
// made once for every interpreter (excepthookOnce).
var (
	defaultExcepthook *Object
	excepthookOnce    sync.Once
)

// sysExcepthook is sys.excepthook(type, value, traceback).
func sysExcepthook(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("excepthook", args, kw, 3, 3); err != nil {
		return nil, err
	}
	v := args[1]
	if TypeOf(v).Flags&FlagExcSubclass == 0 {
		// CPython reports the misuse on stderr rather than raising.
		t.writeSysStderr("TypeError: print_exception(): Exception expected for value, " + TypeOf(v).Name + " found\n")
		return None, nil
	}
	e := As[BaseException](v)
	if e.traceback == nil && TypeOf(args[2]) == TracebackType {
		t.Setref(&e.traceback, t.NewRef(args[2]))
	}
	t.displayException(e)
	return None, nil
}

// displayException prints exc and its chain to sys.stderr.
func (t *Thread) displayException(exc *BaseException) {
	var b strings.Builder
	t.printChain(&b, exc, map[*BaseException]bool{})
	t.writeSysStderr(b.String())
}

// ReportUncaught hands an exception that ended the program (or the main
// thread's code) to sys.excepthook. If the hook is missing or fails, the
// exception is printed as CPython does then, with the hook's own error.
func (t *Thread) ReportUncaught(exc *BaseException) {
	hook, err := t.GetAttrString(t.Interp.Sys, "excepthook")
	if err != nil {
		t.DropError(err)
		t.writeSysStderr("sys.excepthook is missing\n")
		t.displayException(exc)
		return
	}
	defer t.Decref(hook)
	if hook == defaultExcepthook {
		t.displayException(exc)
		return
	}
	tb := exc.traceback
	if tb == nil {
		tb = None
	}
	r, err := t.Call(hook, []*Object{TypeOf(&exc.Object).Obj(), &exc.Object, tb}, nil)
	if err == nil {
		t.Decref(r)
		return
	}
	hookExc := t.ExcOf(err)
	defer t.Decref(&hookExc.Object)
	t.writeSysStderr("Error in sys.excepthook:\n")
	t.displayException(hookExc)
	t.writeSysStderr("\nOriginal exception was:\n")
	t.displayException(exc)
}
