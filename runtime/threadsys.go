package runtime

import "sync/atomic"

// The parts of sys that concern threads.

// switchInterval is sys.getswitchinterval() in microseconds. With no
// global interpreter lock there is nothing to switch: the value is kept
// for programs that set and read it.
var switchInterval atomic.Int64

func init() { switchInterval.Store(5000) }

func (t *Thread) addThreadSys(m *Module) {
	t.AddFunctions(m,
		MethodDef{"_is_gil_enabled", func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
			if err := t.CheckArgs("_is_gil_enabled", args, kw, 0, 0); err != nil {
				return nil, err
			}
			return False, nil
		}, "Return True if the GIL is currently enabled and False otherwise."},
		MethodDef{"getswitchinterval", func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
			if err := t.CheckArgs("getswitchinterval", args, kw, 0, 0); err != nil {
				return nil, err
			}
			return t.NewFloat(float64(switchInterval.Load()) / 1e6), nil
		}, "Return the current thread switch interval; see sys.setswitchinterval()."},
		MethodDef{"setswitchinterval", sysSetSwitchInterval, "Set the ideal thread switching delay inside the Python interpreter."},
	)
}

func sysSetSwitchInterval(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("setswitchinterval", args, kw, 1, 1); err != nil {
		return nil, err
	}
	if !IsFloat(args[0]) && !IsInt(args[0]) && TypeOf(args[0]).Float == nil && TypeOf(args[0]).Index == nil {
		return nil, t.TypeError("must be real number, not %s", TypeOf(args[0]).Name)
	}
	v, err := t.FloatOf(args[0])
	if err != nil {
		return nil, err
	}
	if !(v > 0) {
		return nil, t.ValueError("switch interval must be strictly positive")
	}
	us := v * 1e6
	if us > 1<<62 {
		us = 1 << 62
	}
	switchInterval.Store(int64(us))
	return None, nil
}
