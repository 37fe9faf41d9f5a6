package collections

import (
	"gilfree/refcount"
	"gilfree/runtime"
)

// DefaultDict is a collections.defaultdict instance: a dict whose
// __missing__ calls default_factory. Its layout starts with the dict's,
// so every dict operation works on it unchanged.
type DefaultDict struct {
	runtime.Dict
	factory *runtime.Object // nil: None
}

// DefaultDictType is collections.defaultdict, a builtin subclass of dict.
var DefaultDictType = &runtime.Type{Name: "defaultdict", Module: "collections",
	Doc: "defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\nThe default factory is called without arguments to produce\na new value when a key is not present, in __getitem__ only.\nA defaultdict compares equal to a dict with the same items.\nAll remaining arguments are treated the same as if they were\npassed to the dict constructor, including keyword arguments.\n"}

func readyDefaultdict() {
	DefaultDictType.Init = defaultDictInit
	DefaultDictType.Repr = defaultDictRepr
	DefaultDictType.Num[runtime.OpOr] = defaultDictOr
	DefaultDictType.AddMethods(
		runtime.MethodDef{Name: "__missing__", Fn: defaultDictMissing, Doc: "__missing__(key) # Called by __getitem__ for missing key; pseudo-code:\n  if self.default_factory is None: raise KeyError((key,))\n  self[key] = value = self.default_factory()\n  return value"},
		runtime.MethodDef{Name: "copy", Fn: defaultDictCopy, Doc: "D.copy() -> a shallow copy of D."},
		runtime.MethodDef{Name: "__copy__", Fn: defaultDictCopy, Doc: "D.copy() -> a shallow copy of D."},
		runtime.MethodDef{Name: "__reduce__", Fn: defaultDictReduce, Doc: "Return state information for pickling."},
	)
	DefaultDictType.AddGetSets(runtime.GetSetDef{Name: "default_factory",
		Get: func(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
			if f := factoryOf(t, o); f != nil {
				return f, nil
			}
			return runtime.None, nil
		},
		Set: func(t *runtime.Thread, o, v *runtime.Object) error {
			if v == runtime.None {
				v = nil
			}
			if v != nil {
				v = t.NewRef(v)
			}
			d := runtime.As[DefaultDict](o)
			t.Lock(o)
			old := d.factory
			d.factory = v
			t.Unlock(o)
			t.XDecref(old)
			return nil
		},
		Doc: "Factory for default value called by __missing__()."})
	DefaultDictType.SetClear(defaultDictClear)
	// Instances are never put on the dict free list: the dict's Dealloc
	// would keep the factory alive and hand out the wrong layout.
	DefaultDictType.Dealloc = func(t *runtime.Thread, o *runtime.Object) {
		defaultDictClear(t, o)
		if refcount.Debug() {
			o.Poison()
		}
	}
	runtime.ReadyType[DefaultDict](DefaultDictType, runtime.DictType, runtime.FlagBaseType)
}

// factoryOf returns a new reference to the factory (nil for None), read
// in the dict's critical section so that a concurrent assignment to
// default_factory cannot free it under the reader.
func factoryOf(t *runtime.Thread, o *runtime.Object) *runtime.Object {
	t.Lock(o)
	f := runtime.As[DefaultDict](o).factory
	if f != nil {
		f = t.NewRef(f)
	}
	t.Unlock(o)
	return f
}

func defaultDictClear(t *runtime.Thread, o *runtime.Object) {
	d := runtime.As[DefaultDict](o)
	if d.factory != nil {
		t.Clearref(&d.factory)
	}
	t.DictClear(&d.Dict)
}

func defaultDictInit(t *runtime.Thread, o *runtime.Object, args []*runtime.Object, kw *runtime.Tuple) error {
	npos := len(args) - kw.Len()
	var factory *runtime.Object
	if npos > 0 {
		factory = args[0]
		if factory == runtime.None {
			factory = nil
		} else if !runtime.Callable(factory) {
			return t.TypeError("first argument must be callable or None")
		}
		args = args[1:]
	}
	d := runtime.As[DefaultDict](o)
	if factory != nil {
		factory = t.NewRef(factory)
	}
	t.Setref(&d.factory, factory)
	return runtime.DictType.Init(t, o, args, kw)
}

func defaultDictMissing(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if len(args) == 0 || !runtime.IsInstance(args[0], DefaultDictType) {
		return nil, t.TypeError("descriptor '__missing__' for 'collections.defaultdict' objects doesn't apply to this object")
	}
	if err := t.CheckArgs("__missing__", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	o, key := args[0], args[1]
	factory := factoryOf(t, o)
	if factory == nil {
		return nil, t.KeyError(key)
	}
	v, err := t.Call0(factory)
	t.Decref(factory)
	if err != nil {
		return nil, err
	}
	if err := t.SetItem(o, key, v); err != nil {
		t.Decref(v)
		return nil, err
	}
	return v, nil
}

// newLike returns type(d)(d.default_factory, src), as copy() and | do.
func newLike(t *runtime.Thread, d, src *runtime.Object) (*runtime.Object, error) {
	factory := factoryOf(t, d)
	if factory == nil {
		factory = runtime.None
	}
	defer t.Decref(factory)
	return t.Call(runtime.TypeOf(d).Obj(), []*runtime.Object{factory, src}, nil)
}

func defaultDictCopy(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if len(args) == 0 || !runtime.IsInstance(args[0], DefaultDictType) {
		return nil, t.TypeError("descriptor 'copy' for 'collections.defaultdict' objects doesn't apply to this object")
	}
	if err := t.CheckArgs("copy", args[1:], kw, 0, 0); err != nil {
		return nil, err
	}
	return newLike(t, args[0], args[0])
}

func defaultDictOr(t *runtime.Thread, a, b *runtime.Object) (*runtime.Object, error) {
	self, other := a, b
	if !runtime.IsInstance(a, DefaultDictType) {
		self, other = b, a
	}
	if !runtime.IsInstance(other, runtime.DictType) {
		return runtime.NotImplemented, nil
	}
	n, err := newLike(t, self, a)
	if err != nil {
		return nil, err
	}
	if err := t.DictUpdateFrom(runtime.As[runtime.Dict](n), b); err != nil {
		t.Decref(n)
		return nil, err
	}
	return n, nil
}

func defaultDictReduce(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	o := args[0]
	var ctorArgs *runtime.Object
	if f := factoryOf(t, o); f != nil {
		ctorArgs = t.NewTupleSteal([]*runtime.Object{f}).Obj()
	} else {
		ctorArgs = t.NewTuple().Obj()
	}
	items, err := t.CallMethod(o, "items")
	if err != nil {
		t.Decref(ctorArgs)
		return nil, err
	}
	it, err := t.Iter(items)
	t.Decref(items)
	if err != nil {
		t.Decref(ctorArgs)
		return nil, err
	}
	return t.NewTupleSteal([]*runtime.Object{t.NewRef(runtime.TypeOf(o).Obj()), ctorArgs, runtime.None, runtime.None, it}).Obj(), nil
}

func defaultDictRepr(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
	frepr := "None"
	if f := factoryOf(t, o); f != nil {
		defer t.Decref(f)
		if !t.ReprEnter(f) {
			frepr = "..."
		} else {
			s, err := t.ReprString(f)
			t.ReprLeave(f)
			if err != nil {
				return nil, err
			}
			frepr = s
		}
	}
	base, err := runtime.DictType.Repr(t, o)
	if err != nil {
		return nil, err
	}
	defer t.Decref(base)
	return t.NewStr(runtime.TypeOf(o).Name + "(" + frepr + ", " + runtime.StrValue(base) + ")"), nil
}
