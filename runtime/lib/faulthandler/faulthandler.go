// Package faulthandler is the _faulthandler module, what faulthandler.py
// needs from the runtime: the Python stacks of every thread, formatted as
// CPython's faulthandler writes them, and a watcher that writes them to a
// file descriptor when the process receives a fatal signal.
//
// The watcher covers fatal signals sent to the process (kill, abort(),
// signal.raise_signal). A fault in gilfree's own Go code is a Go runtime
// error, which Go reports with its goroutine dump instead.
package faulthandler

import (
	"fmt"
	"os"
	"os/signal"
	"strings"
	"sync"
	"syscall"

	"gilfree/runtime"
	"gilfree/runtime/lib"
)

func init() {
	runtime.BuiltinModules["_faulthandler"] = newModule
}

func newModule(t *runtime.Thread) *runtime.Module {
	m := t.NewModule("_faulthandler")
	t.AddFunctions(m,
		runtime.MethodDef{Name: "format", Fn: formatStacks, Doc: "format(all_threads, skip=0): the tracebacks of the current thread, or of all threads but the one whose ident is skip, as faulthandler writes them."},
		runtime.MethodDef{Name: "enable_fatal", Fn: enableFatal, Doc: "enable_fatal(fd, all_threads): write the tracebacks to fd when a fatal signal arrives."},
		runtime.MethodDef{Name: "disable_fatal", Fn: disableFatal, Doc: "disable_fatal(): stop watching for fatal signals."},
	)
	return m
}

// ownFile is faulthandler.py's file name: its frames (the function that
// asked for the dump, a signal handler) are left out of the dump, where
// CPython's C module has no frames of its own.
const ownFile = lib.Dir + "/faulthandler.py"

// format writes stacks as CPython's faulthandler does: a "Stack" heading
// for the current thread alone, else one paragraph per thread with its
// identifier.
func format(stacks []runtime.ThreadStack, all bool, skip uint64) string {
	var b strings.Builder
	first := true
	for i := range stacks {
		s := &stacks[i]
		if s.Ident == skip {
			continue
		}
		if !first {
			b.WriteByte('\n')
		}
		first = false
		switch {
		case !all:
			b.WriteString("Stack (most recent call first):\n")
		case s.Current:
			fmt.Fprintf(&b, "Current thread 0x%016x (most recent call first):\n", s.Ident)
		default:
			fmt.Fprintf(&b, "Thread 0x%016x (most recent call first):\n", s.Ident)
		}
		frames := s.Frames
		for len(frames) > 0 && frames[0].Filename == ownFile {
			frames = frames[1:]
		}
		if len(frames) == 0 {
			b.WriteString("  <no Python frame>\n")
		}
		for j, f := range frames {
			if j == 100 {
				b.WriteString("  ...\n")
				break
			}
			fmt.Fprintf(&b, "  File \"%s\", line %d in %s\n", f.Filename, f.Line, f.Name)
		}
	}
	return b.String()
}

func formatStacks(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	var a [2]*runtime.Object
	if err := t.ParseArgs("format", args, kw, []string{"all_threads", "skip"}, 1, a[:]); err != nil {
		return nil, err
	}
	all, err := t.Truth(a[0])
	if err != nil {
		return nil, err
	}
	var skip uint64
	if a[1] != nil {
		n, err := t.IndexInt(a[1])
		if err != nil {
			return nil, err
		}
		skip = uint64(n)
	}
	return t.NewStr(format(t.ThreadStacks(all), all, skip)), nil
}

// fatal is the watcher's state: the signals' channel while enabled, the
// descriptor to write to and whether to show every thread.
var fatal struct {
	mu  sync.Mutex
	ch  chan os.Signal
	fd  int
	all bool
}

// fatalSignals are the signals faulthandler.enable() watches, with the
// names CPython's report gives them.
func fatalSignals() []os.Signal {
	return []os.Signal{syscall.SIGSEGV, syscall.SIGFPE, syscall.SIGABRT, syscall.SIGBUS, syscall.SIGILL}
}

func signalName(s os.Signal) string {
	switch s {
	case syscall.SIGSEGV:
		return "Segmentation fault"
	case syscall.SIGFPE:
		return "Floating point exception"
	case syscall.SIGABRT:
		return "Aborted"
	case syscall.SIGBUS:
		return "Bus error"
	case syscall.SIGILL:
		return "Illegal instruction"
	}
	return s.String()
}

func enableFatal(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	var a [2]*runtime.Object
	if err := t.ParseArgs("enable_fatal", args, kw, []string{"fd", "all_threads"}, 2, a[:]); err != nil {
		return nil, err
	}
	fd, err := t.IndexInt(a[0])
	if err != nil {
		return nil, err
	}
	all, err := t.Truth(a[1])
	if err != nil {
		return nil, err
	}
	fatal.mu.Lock()
	defer fatal.mu.Unlock()
	fatal.fd, fatal.all = fd, all
	if fatal.ch == nil {
		ch := make(chan os.Signal, 1)
		signal.Notify(ch, fatalSignals()...)
		fatal.ch = ch
		go watch(ch)
	}
	return t.NewRef(runtime.None), nil
}

func disableFatal(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.CheckArgs("disable_fatal", args, kw, 0, 0); err != nil {
		return nil, err
	}
	fatal.mu.Lock()
	defer fatal.mu.Unlock()
	if fatal.ch != nil {
		signal.Stop(fatal.ch)
		close(fatal.ch)
		fatal.ch = nil
	}
	return t.NewRef(runtime.None), nil
}

// watch waits for a fatal signal, writes the report, and ends the
// process by the same signal with its default action, so that the parent
// sees the death it would have seen without the handler.
func watch(ch chan os.Signal) {
	sig, ok := <-ch
	if !ok {
		return
	}
	fatal.mu.Lock()
	fd, all := fatal.fd, fatal.all
	fatal.mu.Unlock()
	stacks := runtime.ThreadStacksRacy()
	if !all {
		// Without a calling thread there is no current one: show the
		// main thread's stack (the oldest, listed last), where signals
		// are raised from.
		stacks = stacks[len(stacks)-1:]
	}
	report := "Fatal Python error: " + signalName(sig) + "\n\n" + format(stacks, all, 0)
	syscall.Write(fd, []byte(report))
	dieBy(sig.(syscall.Signal))
}
