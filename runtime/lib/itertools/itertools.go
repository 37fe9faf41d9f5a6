// Package itertools is the itertools module, written in Go: each
// iterator is a builtin type whose Next slot does one step, so a loop
// over chain(...) or islice(...) costs no Python frames.
//
// Every iterator owns references to what it iterates over and releases
// them in its clear function. Each step runs in a critical section on
// the iterator (see ready), so an iterator shared by threads hands each
// of them distinct items and never corrupts its own state; tee's shared
// buffer has a section of its own, and a groupby's groups lock the
// groupby they read from. Where CPython raises for bad arguments, the
// same exception type and message are raised here.
package itertools

import "gilfree/runtime"

// types lists the module's public types, in the order they are set.
var types []*runtime.Type

// ready registers a type of layout T: self-iterating, subclassable,
// releasing its references on clear. Each step runs in a critical
// section on the iterator, so threads sharing one iterator (a count()
// handing out ids is the classic case) take turns instead of racing on
// its fields; the step may call Python code inside the section, which
// the runtime allows.
func ready[T any](typ *runtime.Type, next runtime.NextFunc, clear func(t *runtime.Thread, o *T)) {
	typ.Iter = selfIter
	typ.Next = func(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
		t.Lock(o)
		v, err := next(t, o)
		t.Unlock(o)
		return v, err
	}
	if clear != nil {
		typ.SetClear(func(t *runtime.Thread, o *runtime.Object) { clear(t, runtime.As[T](o)) })
	}
	runtime.ReadyType[T](typ, runtime.ObjectType, runtime.FlagBaseType)
	if typ.Module == "itertools" {
		types = append(types, typ)
	}
}

func newModule(t *runtime.Thread) *runtime.Module {
	m := t.NewModule("itertools")
	t.ModuleSet(m, "__doc__", t.NewStr("Functional tools for creating and using iterators."))
	for _, typ := range types {
		t.ModuleSet(m, typ.Name, typ.Obj())
	}
	t.AddFunctions(m, runtime.MethodDef{Name: "tee", Fn: teeFunc, Doc: "Returns a tuple of n independent iterators."})
	return m
}

func selfIter(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) { return t.NewRef(o), nil }

// alloc returns a new instance of typ: made by mk when typ is base
// itself, else laid out by the runtime for the subclass.
func alloc(t *runtime.Thread, typ, base *runtime.Type, mk func() *runtime.Object) *runtime.Object {
	if typ != base {
		return t.NewInstance(typ)
	}
	o := mk()
	t.InitObject(o, typ)
	return o
}

func clearRef(t *runtime.Thread, p **runtime.Object) {
	if *p != nil {
		t.Clearref(p)
	}
}

func releaseAll(t *runtime.Thread, items []*runtime.Object) {
	for _, v := range items {
		t.XDecref(v)
	}
}

// noKw fails when keywords were passed to a type that takes none, with
// CPython's wording for these constructors.
func noKw(t *runtime.Thread, name string, typ, base *runtime.Type, kw *runtime.Tuple) error {
	if kw.Len() > 0 && typ == base {
		return t.TypeError("%s() takes no keyword arguments", name)
	}
	return nil
}

func checkCount(t *runtime.Thread, name string, args []*runtime.Object, min, max int) error {
	n := len(args)
	if n >= min && n <= max {
		return nil
	}
	if min == max {
		return t.TypeError("%s expected %d argument%s, got %d", name, min, plural(min), n)
	}
	if n < min {
		return t.TypeError("%s expected at least %d argument%s, got %d", name, min, plural(min), n)
	}
	return t.TypeError("%s expected at most %d argument%s, got %d", name, max, plural(max), n)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// truth calls pred on v (or takes v's truth when pred is None).
func truth(t *runtime.Thread, pred, v *runtime.Object) (bool, error) {
	if pred == nil || pred == runtime.None {
		return t.Truth(v)
	}
	r, err := t.Call1(pred, v)
	if err != nil {
		return false, err
	}
	b, err := t.Truth(r)
	t.Decref(r)
	return b, err
}
