package runtime

import (
	"sync"
	"sync/atomic"
)

// The gc module, as far as reference counting reaches. Objects die when
// their count reaches zero; what gc.collect adds is making every thread
// merge its queue of counts other threads dropped (MergeAll), so that
// objects released anywhere die now, and waiting until the finalizers
// that made due have run (WaitFinalizers). Finding garbage cycles comes
// with the cycle collector; until then collect() finds none and returns
// 0, and the thresholds, freezing and statistics are kept only so that
// programs that tune them run.

func init() { BuiltinModules["gc"] = newGCModule }

// gcState is the module's settings and statistics. It is per process, as
// CPython's is per interpreter; the mutex guards the fields that are not
// atomic and is never held while Python code runs.
var gcState struct {
	enabled atomic.Bool
	debug   atomic.Int64

	mu          sync.Mutex
	threshold   [3]int64
	collections [3]int64
	frozen      int64
}

const gcCollectDoc = `collect($module, /, generation=2)
--

Run the garbage collector.

Every thread merges the reference counts other threads dropped, objects
whose counts reach zero are freed, and collect() returns once their
__del__ methods have run. Unreachable reference cycles are not found
until gilfree has a cycle collector, so the number of unreachable objects
found is always 0.`

func newGCModule(t *Thread) *Module {
	gcState.enabled.Store(true)
	gcState.debug.Store(0)
	gcState.mu.Lock()
	gcState.threshold = [3]int64{700, 10, 10}
	gcState.collections = [3]int64{}
	gcState.frozen = 0
	gcState.mu.Unlock()

	m := t.NewModule("gc")
	t.ModuleSet(m, "__doc__", t.NewStr("This module provides access to the garbage collector for reference cycles.\n\n"+
		"gilfree frees objects by reference counting; collect() makes every thread\n"+
		"merge its pending counts and waits for the finalizers that made due.\n"+
		"Reference cycles are not collected yet."))
	garbage := t.NewList(0)
	t.ModuleSet(m, "garbage", garbage.Obj())
	t.Decref(garbage.Obj())
	callbacks := t.NewList(0)
	t.ModuleSet(m, "callbacks", callbacks.Obj())
	t.Decref(callbacks.Obj())
	for name, v := range map[string]int64{
		"DEBUG_STATS": 1, "DEBUG_COLLECTABLE": 2, "DEBUG_UNCOLLECTABLE": 4,
		"DEBUG_SAVEALL": 32, "DEBUG_LEAK": 38,
	} {
		o := t.NewInt(v)
		t.ModuleSet(m, name, o)
		t.Decref(o)
	}
	t.AddFunctions(m,
		MethodDef{"collect", gcCollect, gcCollectDoc},
		MethodDef{"enable", gcEnable, "Enable automatic garbage collection."},
		MethodDef{"disable", gcDisable, "Disable automatic garbage collection."},
		MethodDef{"isenabled", gcIsEnabled, "Returns true if automatic garbage collection is enabled."},
		MethodDef{"get_count", gcGetCount, "Return a three-tuple of the current collection counts."},
		MethodDef{"get_threshold", gcGetThreshold, "Return the current collection thresholds."},
		MethodDef{"set_threshold", gcSetThreshold, "set_threshold(threshold0, [threshold1, threshold2]) -> None\n\nSet the collection thresholds (kept, not used: there is no cycle collector yet)."},
		MethodDef{"get_stats", gcGetStats, "Return a list of dictionaries containing per-generation statistics."},
		MethodDef{"get_debug", gcGetDebug, "Get the garbage collection debugging flags."},
		MethodDef{"set_debug", gcSetDebug, "Set the garbage collection debugging flags."},
		MethodDef{"freeze", gcFreeze, "Freeze all current tracked objects and ignore them for future collections."},
		MethodDef{"unfreeze", gcUnfreeze, "Unfreeze all objects in the permanent generation."},
		MethodDef{"get_freeze_count", gcGetFreezeCount, "Return the number of objects in the permanent generation."},
		MethodDef{"is_tracked", gcIsTracked, "Returns true if the object is tracked by the garbage collector."},
		MethodDef{"get_referrers", gcGetReferrers, "Return the list of objects that directly refer to any of objs (none are found without a cycle collector)."},
	)
	return m
}

func gcCollect(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	var a [1]*Object
	if err := t.ParseArgs("collect", args, kw, []string{"generation"}, 0, a[:]); err != nil {
		return nil, err
	}
	gen := 2
	if a[0] != nil {
		g, err := t.IndexInt(a[0])
		if err != nil {
			return nil, err
		}
		if g < 0 || g > 2 {
			return nil, t.ValueError("invalid generation")
		}
		gen = g
	}
	if err := t.gcCallbacks("start", gen); err != nil {
		return nil, err
	}
	// Shared-deferred module globals that nothing holds any more die
	// first (shared_deferred.go).
	if t.sweepClean() {
		t.SweepShared()
	}
	// Finalizers may release objects other threads own, and those
	// threads' merges may make more finalizers due: two rounds settle what
	// the program dropped before the call.
	for range 2 {
		t.MergeAll()
		t.WaitFinalizers()
	}
	gcState.mu.Lock()
	gcState.collections[gen]++
	gcState.mu.Unlock()
	if err := t.gcCallbacks("stop", gen); err != nil {
		return nil, err
	}
	return t.NewInt(0), nil
}

// gcCallbacks calls every function in gc.callbacks with the phase and an
// info dict, as CPython does around a collection.
func (t *Thread) gcCallbacks(phase string, gen int) error {
	mod := t.Interp.Modules.GetStr(Intern("gc"))
	if mod == nil || TypeOf(mod) != ModuleType {
		return nil
	}
	cbs := As[Module](mod).Dict.GetStr(Intern("callbacks"))
	if cbs == nil || TypeOf(cbs) != ListType || As[List](cbs).Len() == 0 {
		return nil
	}
	fns, err := t.SequenceItems(cbs)
	if err != nil {
		return err
	}
	info := t.NewDict()
	for _, kv := range []struct {
		k string
		v int64
	}{{"generation", int64(gen)}, {"collected", 0}, {"uncollectable", 0}} {
		v := t.NewInt(kv.v)
		t.DictSetStr(info, Intern(kv.k), v)
		t.Decref(v)
	}
	ph := t.NewStr(phase)
	for i, fn := range fns {
		if err == nil {
			var r *Object
			if r, err = t.Call(fn, []*Object{ph, info.Obj()}, nil); err == nil {
				t.Decref(r)
			}
		}
		t.Decref(fns[i])
	}
	t.Decref(ph)
	t.Decref(info.Obj())
	return err
}

func gcEnable(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("enable", args, kw, 0, 0); err != nil {
		return nil, err
	}
	gcState.enabled.Store(true)
	return None, nil
}

func gcDisable(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("disable", args, kw, 0, 0); err != nil {
		return nil, err
	}
	gcState.enabled.Store(false)
	return None, nil
}

func gcIsEnabled(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("isenabled", args, kw, 0, 0); err != nil {
		return nil, err
	}
	return NewBool(gcState.enabled.Load()), nil
}

// gcIntTuple returns a tuple of ints.
func (t *Thread) gcIntTuple(vs ...int64) *Object {
	items := make([]*Object, len(vs))
	for i, v := range vs {
		items[i] = t.NewInt(v)
	}
	return t.NewTupleSteal(items).Obj()
}

func gcGetCount(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("get_count", args, kw, 0, 0); err != nil {
		return nil, err
	}
	return t.gcIntTuple(0, 0, 0), nil
}

func gcGetThreshold(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("get_threshold", args, kw, 0, 0); err != nil {
		return nil, err
	}
	gcState.mu.Lock()
	th := gcState.threshold
	gcState.mu.Unlock()
	return t.gcIntTuple(th[:]...), nil
}

func gcSetThreshold(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if kw.Len() > 0 {
		return nil, t.TypeError("set_threshold() takes no keyword arguments")
	}
	if len(args) < 1 || len(args) > 3 {
		if len(args) < 1 {
			return nil, t.TypeError("set_threshold() takes at least 1 argument (0 given)")
		}
		return nil, t.TypeError("set_threshold() takes at most 3 arguments (%d given)", len(args))
	}
	var vals [3]int64
	for i, a := range args {
		if IsFloat(a) {
			return nil, t.TypeError("'float' object cannot be interpreted as an integer")
		}
		v, err := t.IndexInt(a)
		if err != nil {
			return nil, err
		}
		vals[i] = int64(v)
	}
	gcState.mu.Lock()
	for i := range args {
		gcState.threshold[i] = vals[i]
	}
	gcState.mu.Unlock()
	return None, nil
}

func gcGetStats(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("get_stats", args, kw, 0, 0); err != nil {
		return nil, err
	}
	gcState.mu.Lock()
	cols := gcState.collections
	gcState.mu.Unlock()
	l := t.NewList(3)
	for _, c := range cols {
		d := t.NewDict()
		for _, kv := range []struct {
			k string
			v int64
		}{{"collections", c}, {"collected", 0}, {"uncollectable", 0}} {
			v := t.NewInt(kv.v)
			t.DictSetStr(d, Intern(kv.k), v)
			t.Decref(v)
		}
		t.ListAppend(l, d.Obj())
		t.Decref(d.Obj())
	}
	return l.Obj(), nil
}

func gcGetDebug(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("get_debug", args, kw, 0, 0); err != nil {
		return nil, err
	}
	return t.NewInt(gcState.debug.Load()), nil
}

func gcSetDebug(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	var a [1]*Object
	if err := t.ParseArgs("set_debug", args, kw, []string{"flags"}, 1, a[:]); err != nil {
		return nil, err
	}
	if IsFloat(a[0]) {
		return nil, t.TypeError("'float' object cannot be interpreted as an integer")
	}
	v, err := t.IndexInt(a[0])
	if err != nil {
		return nil, err
	}
	gcState.debug.Store(int64(v))
	return None, nil
}

func gcFreeze(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("freeze", args, kw, 0, 0); err != nil {
		return nil, err
	}
	return None, nil
}

func gcUnfreeze(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("unfreeze", args, kw, 0, 0); err != nil {
		return nil, err
	}
	return None, nil
}

func gcGetFreezeCount(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("get_freeze_count", args, kw, 0, 0); err != nil {
		return nil, err
	}
	return t.NewInt(0), nil
}

func gcGetReferrers(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if kw.Len() > 0 {
		return nil, t.TypeError("get_referrers() takes no keyword arguments")
	}
	return t.NewList(0).Obj(), nil
}

func gcIsTracked(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("is_tracked", args, kw, 1, 1); err != nil {
		return nil, err
	}
	return NewBool(gcTracked(args[0], 0)), nil
}

// gcTracked answers is_tracked as CPython's collector would: objects that
// cannot refer to others (numbers, strings, bytes, None, builtin types)
// are not tracked;
// a dict is tracked once it holds a tracked key or value; everything else
// that can hold references is. depth bounds the walk into nested dicts.
func gcTracked(o *Object, depth int) bool {
	typ := TypeOf(o)
	switch typ {
	case IntType, BoolType, FloatType, ComplexType, StrType, BytesType, ByteArrayType, NoneType,
		RangeType, EllipsisType, NotImplementedType:
		return false
	case DictType:
		if depth > 50 {
			return true
		}
		keys, values := As[Dict](o).Items()
		for i := range keys {
			if gcTracked(keys[i], depth+1) || gcTracked(values[i], depth+1) {
				return true
			}
		}
		return false
	}
	if typ.Flags&FlagTypeSubclass != 0 {
		return As[Type](o).IsHeap() // builtin types are static
	}
	return true
}
