package runtime

import (
	"os"
	"os/signal"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"gilfree/thread"
)

// Signals (the _signal module; signal.py adds the enums). As in CPython,
// a signal's Python handler runs in the main thread, between bytecodes
// (or in a blocking wait, which resumes if the handler returns): the Go
// runtime's signal goroutine records the signal as pending and requests
// an interrupt of the main thread (RequestInterrupt), whose Poll runs the
// handlers of the pending signals. SIGINT's handler starts as
// default_int_handler, which raises KeyboardInterrupt. SIG_IGN and
// SIG_DFL hand the signal back to the operating system's action.

const nsig = 65 // signals 1..64

// signals is the interpreter's signal state.
var signals struct {
	mu       sync.Mutex // guards handlers and the registrations with os/signal
	handlers [nsig]*Object
	pending  [nsig]atomic.Bool
	ch       chan os.Signal
	// forwarding is set once a goroutine delivers what arrives on ch to
	// the main thread.
	forwarding bool
	// handled counts the handler runs, for pause() to wait on.
	handled atomic.Uint64
}

// signalPending records signal n as pending and asks the main thread t to
// run its handler.
func (t *Thread) signalPending(n int) {
	signals.pending[n].Store(true)
	t.Request(thread.RequestInterrupt)
	t.Wake()
}

// defaultIntHandler is signal.default_int_handler.
var defaultIntHandler *Object

func init() { BuiltinModules["_signal"] = newSignalModule }

// sigDFL and sigIGN are the values of SIG_DFL and SIG_IGN.
var (
	sigDFL = SmallInt(0)
	sigIGN = SmallInt(1)
)

// HandleSignals installs the handling of SIGINT that the main program
// starts with (KeyboardInterrupt) and delivers the signals to the main
// thread main; the caller does it off the main goroutine, since
// os/signal's first registration waits for the Go runtime's signal
// thread.
func HandleSignals(main *Thread) {
	signals.mu.Lock()
	defer signals.mu.Unlock()
	notifyIntLocked()
	if !signals.forwarding {
		signals.forwarding = true
		go func() {
			for s := range signals.ch {
				if n, ok := s.(syscall.Signal); ok && int(n) > 0 && int(n) < nsig {
					main.signalPending(int(n))
				}
			}
		}()
	}
}

// NotifySignals is the part of HandleSignals that needs no main thread:
// the registration of SIGINT with os/signal, whose handshake with the Go
// runtime's signal thread takes about a millisecond. The command calls
// it on a goroutine of its own as soon as it knows it will run a
// program, so that the handshake overlaps the program's compilation and
// the interpreter's set-up rather than being waited for at the end of
// them; HandleSignals then finds it done. A SIGINT that arrives in
// between waits in the channel and is the program's KeyboardInterrupt.
func NotifySignals() {
	signals.mu.Lock()
	defer signals.mu.Unlock()
	notifyIntLocked()
}

// notifyIntLocked registers SIGINT, with its default handler, unless the
// table has a handler for it already; and SIGPIPE as ignored, as CPython
// starts: a write to a closed pipe then fails with BrokenPipeError
// instead of killing the process (`gilfree script.py | head`).
func notifyIntLocked() {
	if signals.ch == nil {
		signals.ch = make(chan os.Signal, 16)
	}
	if signals.handlers[syscall.SIGINT] == nil {
		signals.handlers[syscall.SIGINT] = defaultIntHandlerObj()
		signal.Notify(signals.ch, syscall.SIGINT)
	}
	if signals.handlers[syscall.SIGPIPE] == nil {
		signals.handlers[syscall.SIGPIPE] = sigIGN
		ignorePipeLocked()
	}
}

// ignorePipeLocked ignores SIGPIPE by receiving it rather than by
// signal.Ignore: the Go runtime then returns EPIPE from writes to a
// closed stdout or stderr instead of exiting, and child processes start
// with SIGPIPE's default action, as CPython's subprocess gives them
// (restore_signals), where an ignored disposition would be inherited. A
// SIGPIPE reaching the main thread finds SIG_IGN and is dropped.
func ignorePipeLocked() { signal.Notify(signals.ch, syscall.SIGPIPE) }

// StopSignals stops delivering signals to Python handlers, at exit: the
// signals the program handled or ignored get their default actions back,
// and the handlers are forgotten (a program run again in the same process,
// as tests do, starts afresh).
func StopSignals() {
	signals.mu.Lock()
	defer signals.mu.Unlock()
	if signals.ch != nil {
		signal.Stop(signals.ch)
	}
	for n := 1; n < nsig; n++ {
		if signals.handlers[n] != nil {
			signal.Reset(syscall.Signal(n))
			signals.handlers[n] = nil
		}
		signals.pending[n].Store(false)
	}
}

func defaultIntHandlerObj() *Object {
	if defaultIntHandler == nil {
		f := new(BuiltinFunction)
		f.init("_signal", "default_int_handler", signalDefaultIntHandler, "The default handler for SIGINT installed by Python: it raises KeyboardInterrupt.")
		defaultIntHandler = &f.Object
	}
	return defaultIntHandler
}

func signalDefaultIntHandler(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	return nil, t.NewError(KeyboardInterruptType)
}

// runSignalHandlers runs the handlers of the pending signals, in the main
// thread; the first exception a handler raises ends the run (the other
// signals stay pending for the next poll).
func (t *Thread) runSignalHandlers() error {
	for n := 1; n < nsig; n++ {
		if !signals.pending[n].Load() {
			continue
		}
		signals.pending[n].Store(false)
		signals.handled.Add(1)
		signals.mu.Lock()
		h := signals.handlers[n]
		signals.mu.Unlock()
		switch {
		case h == nil || h == defaultIntHandler:
			if n == int(syscall.SIGINT) {
				t.requeueOtherSignals(n)
				return t.NewError(KeyboardInterruptType)
			}
		case h == sigDFL || h == sigIGN:
		default:
			sig := t.NewInt(int64(n))
			frame := t.currentFrameObject()
			r, err := t.Call2(h, sig, frame)
			t.Decref(sig)
			t.Decref(frame)
			if err != nil {
				t.requeueOtherSignals(n)
				return err
			}
			t.Decref(r)
		}
	}
	return nil
}

// requeueOtherSignals asks for another run if signals after n are still
// pending when a handler's exception ends this one.
func (t *Thread) requeueOtherSignals(n int) {
	for m := n + 1; m < nsig; m++ {
		if signals.pending[m].Load() {
			t.Request(thread.RequestInterrupt)
			return
		}
	}
}

// currentFrameObject is the frame a handler receives: the running Python
// frame, or None.
func (t *Thread) currentFrameObject() *Object {
	if t.Frame == nil {
		return t.NewRef(None)
	}
	return t.FrameObjectOf(t.Frame)
}

func newSignalModule(t *Thread) *Module {
	m := t.NewModule("_signal")
	t.ModuleSet(m, "SIG_DFL", sigDFL)
	t.ModuleSet(m, "SIG_IGN", sigIGN)
	t.ModuleSet(m, "NSIG", t.NewInt(nsig))
	t.ModuleSet(m, "default_int_handler", defaultIntHandlerObj())
	for name, n := range signalNumbers {
		t.ModuleSet(m, name, t.NewInt(int64(n)))
	}
	t.AddFunctions(m,
		MethodDef{"signal", signalSignal, "Set the action for the given signal."},
		MethodDef{"getsignal", signalGetSignal, "Return the current action for the given signal."},
		MethodDef{"raise_signal", signalRaise, "Send a signal to the executing process."},
		MethodDef{"strsignal", signalStrSignal, "Return the system description of the given signal."},
		MethodDef{"valid_signals", signalValidSignals, "Return a set of valid signal numbers on this platform."},
		MethodDef{"alarm", signalAlarm, "Arrange for SIGALRM to arrive after the given number of seconds."},
		MethodDef{"pause", signalPause, "Wait until a signal arrives."},
	)
	return m
}

// signalNumbers are the signals the module names.
var signalNumbers = map[string]syscall.Signal{
	"SIGHUP": syscall.SIGHUP, "SIGINT": syscall.SIGINT, "SIGQUIT": syscall.SIGQUIT, "SIGILL": syscall.SIGILL,
	"SIGTRAP": syscall.SIGTRAP, "SIGABRT": syscall.SIGABRT, "SIGIOT": syscall.SIGIOT, "SIGBUS": syscall.SIGBUS,
	"SIGFPE": syscall.SIGFPE, "SIGKILL": syscall.SIGKILL, "SIGUSR1": syscall.SIGUSR1, "SIGSEGV": syscall.SIGSEGV,
	"SIGUSR2": syscall.SIGUSR2, "SIGPIPE": syscall.SIGPIPE, "SIGALRM": syscall.SIGALRM, "SIGTERM": syscall.SIGTERM,
	"SIGSTKFLT": syscall.SIGSTKFLT, "SIGCHLD": syscall.SIGCHLD, "SIGCONT": syscall.SIGCONT, "SIGSTOP": syscall.SIGSTOP,
	"SIGTSTP": syscall.SIGTSTP, "SIGTTIN": syscall.SIGTTIN, "SIGTTOU": syscall.SIGTTOU, "SIGURG": syscall.SIGURG,
	"SIGXCPU": syscall.SIGXCPU, "SIGXFSZ": syscall.SIGXFSZ, "SIGVTALRM": syscall.SIGVTALRM, "SIGPROF": syscall.SIGPROF,
	"SIGWINCH": syscall.SIGWINCH, "SIGIO": syscall.SIGIO, "SIGPOLL": syscall.SIGIO, "SIGPWR": syscall.SIGPWR,
	"SIGSYS": syscall.SIGSYS, "SIGRTMIN": 34, "SIGRTMAX": 64,
}

// signalNumber checks a signal number argument.
func (t *Thread) signalNumber(o *Object) (int, error) {
	n, err := t.IndexInt(o)
	if err != nil {
		return 0, err
	}
	if n < 1 || n >= nsig {
		return 0, t.ValueError("signal number out of range")
	}
	return n, nil
}

// signalSignal is signal(signalnum, handler): the previous handler.
func signalSignal(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("signal", args, kw, 2, 2); err != nil {
		return nil, err
	}
	n, err := t.signalNumber(args[0])
	if err != nil {
		return nil, err
	}
	h := args[1]
	isDFL, isIGN := false, false
	if TypeOf(h) == IntType {
		if v, ok := IntSmall(h); ok && (v == 0 || v == 1) {
			isDFL, isIGN = v == 0, v == 1
		}
	}
	if !isDFL && !isIGN && TypeOf(h).Call == nil {
		return nil, t.TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
	}
	if t != &mainThread {
		return nil, t.ValueError("signal only works in main thread of the main interpreter")
	}
	sig := syscall.Signal(n)
	if sig == syscall.SIGKILL || sig == syscall.SIGSTOP {
		return nil, t.OSErrorFrom(int(syscall.EINVAL), "Invalid argument", nil)
	}
	HandleSignals(t)
	signals.mu.Lock()
	old := signals.handlers[n]
	switch {
	case isDFL:
		signals.handlers[n] = sigDFL
		signal.Reset(sig)
	case isIGN && sig == syscall.SIGPIPE:
		signals.handlers[n] = sigIGN
		ignorePipeLocked()
	case isIGN:
		signals.handlers[n] = sigIGN
		signal.Ignore(sig)
	default:
		signals.handlers[n] = t.NewRef(h)
		signal.Notify(signals.ch, sig)
	}
	signals.mu.Unlock()
	if old == nil {
		return sigDFL, nil
	}
	// The table's reference passes to the caller (an immortal for SIG_DFL,
	// SIG_IGN and default_int_handler).
	return old, nil
}

// signalGetSignal is getsignal(signalnum).
func signalGetSignal(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("getsignal", args, kw, 1, 1); err != nil {
		return nil, err
	}
	n, err := t.signalNumber(args[0])
	if err != nil {
		return nil, err
	}
	signals.mu.Lock()
	h := signals.handlers[n]
	if h != nil {
		t.Incref(h)
	}
	signals.mu.Unlock()
	if h == nil {
		return sigDFL, nil
	}
	return h, nil
}

// signalRaise is raise_signal(signalnum): the signal, sent to this
// process.
func signalRaise(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("raise_signal", args, kw, 1, 1); err != nil {
		return nil, err
	}
	n, err := t.signalNumber(args[0])
	if err != nil {
		return nil, err
	}
	if err := syscall.Kill(os.Getpid(), syscall.Signal(n)); err != nil {
		return nil, t.osError(err, nil)
	}
	// Let the delivery reach the main thread before the next instruction,
	// as CPython's raise() runs the handler at once.
	if t == &mainThread {
		deadline := time.Now().Add(50 * time.Millisecond)
		for !signals.pending[n].Load() && t.Pending()&thread.RequestInterrupt == 0 && time.Now().Before(deadline) {
			signals.mu.Lock()
			h := signals.handlers[n]
			signals.mu.Unlock()
			if h == nil || h == sigDFL || h == sigIGN {
				break
			}
			time.Sleep(20 * time.Microsecond)
		}
	}
	return None, nil
}

func signalStrSignal(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("strsignal", args, kw, 1, 1); err != nil {
		return nil, err
	}
	n, err := t.signalNumber(args[0])
	if err != nil {
		return nil, err
	}
	s := syscall.Signal(n).String()
	if len(s) > 7 && s[:7] == "signal " {
		return None, nil
	}
	if s != "" {
		s = string(s[0]-'a'+'A') + s[1:]
	}
	return t.NewStr(s), nil
}

func signalValidSignals(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("valid_signals", args, kw, 0, 0); err != nil {
		return nil, err
	}
	s := t.NewSet()
	for n := 1; n < nsig; n++ {
		if n == 32 || n == 33 {
			continue // glibc keeps these for its threads
		}
		v := t.NewInt(int64(n))
		err := t.SetAdd(s, v)
		t.Decref(v)
		if err != nil {
			t.Decref(s.Obj())
			return nil, err
		}
	}
	return s.Obj(), nil
}

// alarmTimer is the pending alarm(), nil if none.
var alarmTimer struct {
	mu sync.Mutex
	t  *time.Timer
	at time.Time
}

// signalAlarm is alarm(seconds): SIGALRM to this process after seconds
// (0 cancels), returning the seconds left of the previous alarm.
func signalAlarm(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("alarm", args, kw, 1, 1); err != nil {
		return nil, err
	}
	secs, err := t.IndexInt(args[0])
	if err != nil {
		return nil, err
	}
	alarmTimer.mu.Lock()
	defer alarmTimer.mu.Unlock()
	left := 0
	if alarmTimer.t != nil && alarmTimer.t.Stop() {
		left = int((time.Until(alarmTimer.at) + time.Second - 1) / time.Second)
	}
	alarmTimer.t = nil
	if secs > 0 {
		alarmTimer.at = time.Now().Add(time.Duration(secs) * time.Second)
		alarmTimer.t = time.AfterFunc(time.Duration(secs)*time.Second, func() {
			_ = syscall.Kill(os.Getpid(), syscall.SIGALRM)
		})
	}
	return t.NewInt(int64(left)), nil
}

// signalPause is pause(): wait, detached, until a signal's handler has run.
func signalPause(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("pause", args, kw, 0, 0); err != nil {
		return nil, err
	}
	start := signals.handled.Load()
	for signals.handled.Load() == start {
		if _, err := t.Block(nil, 50*time.Millisecond); err != nil {
			return nil, err
		}
	}
	return None, nil
}
