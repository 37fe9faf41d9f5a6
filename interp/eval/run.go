package eval

import (
	"fmt"
	"io"
	"path/filepath"

	"gilfree/interp/compile"
	rt "gilfree/runtime"
)

// Program is a program for RunMain to run as __main__.
type Program struct {
	Code     *compile.Code
	Filename string // __file__ for a script, "" for -c and stdin
	Argv     []string
	Path     []string // the initial sys.path
	Module   bool     // run by -m: __package__ is Package, imported first
	Package  string
	Stdin    io.Reader
	Stdout   io.Writer
	Stderr   io.Writer
	// Unbuffered is -u: sys.stdout and sys.stderr write through.
	Unbuffered bool
	// WarnOptions are the values of -W options (sys.warnoptions, after
	// those of PYTHONWARNINGS).
	WarnOptions []string
	// ProcessExits says the process exits as soon as RunMain returns
	// (the command's case; tests run many programs in one process). The
	// signal handling RunMain installed is then left in place: undoing
	// it waits for the Go runtime's signal thread and its signal loop to
	// settle (signal.Stop), which took half a millisecond or more of
	// every run's exit.
	ProcessExits bool
}

// RunMain runs a program as the __main__ module on the main thread and
// returns the process's exit status: 0, the code of a SystemExit, or 1
// after printing an uncaught exception's traceback.
func RunMain(p Program) int {
	t := rt.StartMain()
	// Ctrl-C asks the main thread to raise KeyboardInterrupt at its next
	// eval breaker poll, and wakes it from a lock wait or a sleep. The
	// handler is installed by another goroutine while this one sets the
	// interpreter up: signal.Notify waits for the Go runtime's signal
	// thread, which it starts the first time, and that handshake took
	// about a millisecond of the start-up. No Python code runs before it
	// is done (notified), so a SIGINT is a KeyboardInterrupt from the
	// program's first instruction on, as before.
	notified := make(chan struct{})
	go func() {
		rt.HandleSignals(t)
		close(notified)
	}()
	defer func() {
		<-notified
		if !p.ProcessExits {
			rt.StopSignals()
		}
	}()
	t.Setup(p.Argv, p.Path, rt.Streams{Stdin: p.Stdin, Stdout: p.Stdout, Stderr: p.Stderr, Unbuffered: p.Unbuffered})
	Install(t)
	setWarnOptions(t, p.WarnOptions)
	main := t.NewModule("__main__")
	d := main.Dict
	t.DictSetStr(d, rt.Intern("__builtins__"), t.Interp.BuiltinsMod)
	if p.Filename != "" {
		t.DictSetStr(d, rt.Intern("__file__"), t.NewStr(p.Filename))
	}
	t.DictSetStr(t.Interp.Modules, rt.Intern("__main__"), main.Obj())
	t.Interp.Main = main.Obj()
	code := Load(t, p.Code)
	<-notified
	rt.FreezeInterned() // the names interned from here on may be Python threads'
	var r *rt.Object
	err := warnCompile(t, p.Code.Filename, p.Code.Warnings)
	if err == nil {
		r, err = runPackageFirst(t, p, d)
	}
	if err == nil {
		t.Decref(r)
		r, err = evaluator{}.Exec(t, code, d, d.Obj())
	}
	status := 0
	if err != nil {
		status = HandleUncaught(t, err)
	} else {
		t.Decref(r)
	}
	waitForThreads(t)
	t.FinishFinalizers()
	runAtexit(t)
	t.Interp.Finalizing.Store(true)
	flushStreams(t)
	return status
}

// waitForThreads waits, as CPython's finalization does, until every
// non-daemon thread has ended: it calls threading._shutdown when the
// program imported threading. Daemon threads are left running; the
// process exits under them.
func waitForThreads(t *rt.Thread) {
	mod := t.Interp.Modules.GetStr(rt.Intern("threading"))
	if mod == nil {
		return
	}
	t.Incref(mod)
	defer t.Decref(mod)
	r, err := t.CallMethod(mod, "_shutdown")
	if err != nil {
		if rt.Matches(err, rt.AttributeErrorType) {
			t.DropError(err)
			return
		}
		t.WriteUnraisable(err, mod)
		return
	}
	t.Decref(r)
}

// runAtexit calls atexit._run_exitfuncs when the program imported
// atexit: the registered functions run, last first, after the main
// module and the non-daemon threads have finished, as CPython's
// finalization runs them (after sys.exit too).
func runAtexit(t *rt.Thread) {
	mod := t.Interp.Modules.GetStr(rt.Intern("atexit"))
	if mod == nil {
		return
	}
	t.Incref(mod)
	defer t.Decref(mod)
	r, err := t.CallMethod(mod, "_run_exitfuncs")
	if err != nil {
		t.WriteUnraisable(err, mod)
		return
	}
	t.Decref(r)
}

// flushStreams flushes sys.stdout and sys.stderr (whatever they are now)
// and the real standard streams.
func flushStreams(t *rt.Thread) {
	sysDict := rt.As[rt.Module](t.Interp.Sys).Dict
	for _, name := range []string{"stdout", "stderr"} {
		// The usual case, the streams the interpreter made, needs no
		// Python-level call: their flush is the one below. Looking the
		// attribute up in the module's dict is what sys.stdout does (the
		// module type defines no "stdout"), without building the dicts
		// of the module and stream types for a program that never used
		// them.
		if v := sysDict.GetStr(rt.Intern(name)); v == t.Interp.Stdout.Obj() || v == t.Interp.Stderr.Obj() {
			continue
		}
		if s, err := t.GetAttrString(t.Interp.Sys, name); err == nil {
			if s != rt.None {
				if r, err := t.CallMethod(s, "flush"); err == nil {
					t.Decref(r)
				} else {
					t.DropError(err)
				}
			}
			t.Decref(s)
		} else {
			t.DropError(err)
		}
	}
	t.Interp.Stdout.Flush()
	t.Interp.Stderr.Flush()
}

// HandleUncaught reports an exception that reached the top and returns
// the exit status: SystemExit's code, or 1 after the traceback.
func HandleUncaught(t *rt.Thread, err error) int {
	exc := t.ExcOf(err)
	defer t.Decref(exc.Obj())
	if rt.IsInstance(exc.Obj(), rt.SystemExitType) {
		code := exc.Value()
		switch {
		case code == rt.None:
			return 0
		case rt.IsInt(code):
			if v, ok := rt.IntSmall(code); ok {
				return int(v) & 0xff
			}
			return 1
		}
		s, serr := t.StrString(code)
		if serr != nil {
			t.DropError(serr)
		}
		t.Interp.WriteStderr(s + "\n")
		return 1
	}
	flushStreams(t)
	t.ReportUncaught(exc)
	if rt.IsInstance(exc.Obj(), rt.KeyboardInterruptType) {
		// CPython ends by the signal: the shell sees 128+SIGINT.
		return 130
	}
	return 1
}

// ScriptPath returns sys.path[0] for a program: the script's directory,
// or "" for -c and stdin (the current directory).
func ScriptPath(filename string) string {
	if filename == "" {
		return ""
	}
	dir, err := filepath.Abs(filepath.Dir(filename))
	if err != nil {
		return filepath.Dir(filename)
	}
	return dir
}

// InternalError formats a Go panic for the command's top level.
func InternalError(r any) string { return fmt.Sprintf("gilfree: internal error: %v", r) }
