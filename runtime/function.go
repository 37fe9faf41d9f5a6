package runtime

import (
	"fmt"
	"sync/atomic"
)

// Function is a Python function: code, the globals it runs in, and what
// the def statement evaluated (defaults, closure, annotations). A function
// defined at a module's or a class's top level is deferred: frame stacks
// refer to it without counts, and it lives until the collector finds it
// unreachable (module functions mostly live as long as their module). A
// nested function (a closure, a lambda, a comprehension; CO_NESTED, as
// CPython decides) is counted like any object, since programs make them
// by the million and drop them at once: it is freed when its count
// reaches zero, with its closure, so that what it refers to is counted
// down (and a __del__ there runs) when the function goes. Frames running
// it hold a count on it (PushCall, NewGenerator).
type Function struct {
	Object
	Code        *Code
	Globals     *Dict
	Builtins    *Dict
	Name        *Object // str
	QualName    *Object // str
	Defaults    *Tuple  // nil: none
	KwDefaults  *Dict   // nil: none
	Closure     *Tuple  // of cells, nil without free variables
	Doc         *Object
	Module      *Object
	Dict        *Dict
	Annotations *Object
}

// Method is a function bound to an instance.
type Method struct {
	Object
	Func *Object
	Self *Object
}

// Cell is a closure variable's cell.
type Cell struct {
	Object
	// value is the content, nil when empty. Closures running on several
	// threads share cells, so it is read and replaced atomically; a
	// reader takes its count with a try-increment (the value may die
	// under it when another thread stores into the cell).
	value atomic.Pointer[Object]
	// The padding makes a cell 64 bytes, a size class whose objects each
	// fill one cache line, as lineKeys does for dict tables: at 40 bytes
	// cells were allocated among the ints and floats threads write, and
	// a cell every thread reads must not share a line with them.
	_ [24]byte
}

var (
	FunctionType = builtinType(&Type{Name: "function", Doc: "Create a function object."})
	MethodType   = builtinType(&Type{Name: "method", Doc: "Create a bound instance method object."})
	CellType     = builtinType(&Type{Name: "cell", Doc: "Create a new cell object."})
)

// NewFunction makes a function of code running in globals; qualname
// defaults to the code's.
func (t *Thread) NewFunction(code *Code, globals *Dict) *Function {
	fn := As[Function](t.free.funcs.pop(t.State))
	if fn == nil {
		fn = new(Function)
	} else {
		// A recycled function's references were dropped and set to nil
		// by functionDealloc; these are the fields it leaves.
		fn.Builtins, fn.Defaults, fn.KwDefaults, fn.Closure = nil, nil, nil, nil
		fn.Dict, fn.Annotations = nil, nil
	}
	fn.Code, fn.Globals = code, globals
	t.Incref(globals.Obj())
	t.Incref(&code.Object)
	fn.Name = t.NewRef(code.NameObj)
	fn.QualName = t.NewRef(code.QualNameObj)
	fn.Doc = None
	if code.Flags&CoOptimized != 0 && len(code.Consts) > 0 && IsStr(code.Consts[0]) && code.HasDoc {
		fn.Doc = code.Consts[0]
	}
	if m := t.DictGetStrShared(globals, dnName); m != nil {
		fn.Module = m
	} else {
		fn.Module = None
	}
	if b := globals.GetStr(dnBuiltins); b != nil {
		if TypeOf(b) == DictType {
			fn.Builtins = As[Dict](b)
		} else if TypeOf(b) == ModuleType {
			fn.Builtins = As[Module](b).Dict
		}
	}
	if fn.Builtins == nil {
		fn.Builtins = t.Interp.Builtins
	}
	t.initObject(&fn.Object, FunctionType)
	if code.Flags&CoNested == 0 {
		fn.MakeDeferred()
	}
	return fn
}

// Obj returns the function as an object reference.
func (f *Function) Obj() *Object { return &f.Object }

func functionCall(t *Thread, callable *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	return t.Interp.Eval.CallFunction(t, As[Function](callable), args, kwnames)
}

func functionGet(t *Thread, descr, obj *Object, typ *Type) (*Object, error) {
	if obj == nil {
		return t.NewRef(descr), nil
	}
	return t.NewMethod(descr, obj), nil
}

// NewMethod binds callable to self.
func (t *Thread) NewMethod(callable, self *Object) *Object {
	m := As[Method](t.free.methods.pop(t.State))
	if m == nil {
		m = new(Method)
	}
	m.Func, m.Self = callable, self
	t.Incref(callable)
	t.Incref(self)
	t.initObject(&m.Object, MethodType)
	return &m.Object
}

func functionRepr(t *Thread, o *Object) (*Object, error) {
	f := As[Function](o)
	return t.NewStr(fmt.Sprintf("<function %s at %#x>", As[Str](f.QualName).s, Addr(o))), nil
}

// functionDealloc frees a function, after clearing the weak references
// to it (weakref.go). A nested function's memory goes to the thread's
// free list: every comprehension and generator expression makes one per
// evaluation (MAKE_FUNCTION), and a lambda or closure per call of its
// outer function. A deferred (top-level) function is left to Go's
// collector, as the sweep that frees it may run on any thread.
func functionDealloc(t *Thread, o *Object) {
	if o.IsWeakMarked() && t.weakDeath(o) {
		return
	}
	functionClear(t, o)
	if o.IsDeferred() || !recycle(o) {
		return
	}
	f := As[Function](o)
	f.Code, f.Globals, f.Builtins = nil, nil, nil
	t.free.funcs.push(o)
}

func functionClear(t *Thread, o *Object) {
	f := As[Function](o)
	t.Clearref(&f.Name)
	t.Clearref(&f.QualName)
	t.Clearref(&f.Doc)
	t.Clearref(&f.Module)
	t.Clearref(&f.Annotations)
	if f.Defaults != nil {
		t.Decref(f.Defaults.Obj())
		f.Defaults = nil
	}
	if f.KwDefaults != nil {
		t.Decref(f.KwDefaults.Obj())
		f.KwDefaults = nil
	}
	if f.Closure != nil {
		t.Decref(f.Closure.Obj())
		f.Closure = nil
	}
	if f.Dict != nil {
		t.Decref(f.Dict.Obj())
		f.Dict = nil
	}
}

func methodCall(t *Thread, callable *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	m := As[Method](callable)
	buf := t.args.push(len(args) + 1)
	buf[0] = m.Self
	copy(buf[1:], args)
	r, err := t.Call(m.Func, buf, kwnames)
	t.args.pop(buf)
	return r, err
}

func methodClear(t *Thread, o *Object) {
	m := As[Method](o)
	t.Clearref(&m.Func)
	t.Clearref(&m.Self)
}

func methodDealloc(t *Thread, o *Object) {
	if o.IsWeakMarked() && t.weakDeath(o) {
		return
	}
	methodClear(t, o)
	if recycle(o) {
		t.free.methods.push(o)
	}
}

func methodRepr(t *Thread, o *Object) (*Object, error) {
	m := As[Method](o)
	name := "?"
	if q, err := t.LookupAttr(m.Func, dnQualName); err == nil && q != nil {
		if s, ok := AsStr(q); ok {
			name = s
		}
		t.Decref(q)
	} else if err != nil {
		t.DropError(err)
	}
	self, err := t.ReprString(m.Self)
	if err != nil {
		return nil, err
	}
	return t.NewStr(fmt.Sprintf("<bound method %s of %s>", name, self)), nil
}

func methodRichCmp(t *Thread, a, b *Object, op CompareOp) (*Object, error) {
	if (op != CmpEq && op != CmpNe) || TypeOf(b) != MethodType {
		return NotImplemented, nil
	}
	x, y := As[Method](a), As[Method](b)
	eq := x.Self == y.Self
	if eq {
		var err error
		if eq, err = t.EqualFast(x.Func, y.Func); err != nil {
			return nil, err
		}
	}
	return NewBool(eq == (op == CmpEq)), nil
}

func methodHash(t *Thread, o *Object) (int64, error) {
	m := As[Method](o)
	h, err := t.Hash(m.Func)
	if err != nil {
		return 0, err
	}
	return h ^ objectHashOf(m.Self), nil
}

// methodGetAttr reads attributes of the bound method, then of its
// function.
func methodGetAttr(t *Thread, o *Object, name *Str) (*Object, error) {
	v, err := t.genericGetAttr(o, name, true)
	if err != nil || v != nil {
		return v, err
	}
	return t.GetAttr(As[Method](o).Func, name)
}

// NewCell returns a cell holding v (borrowed; nil for an empty cell).
func (t *Thread) NewCell(v *Object) *Cell {
	c := &Cell{}
	c.value.Store(v)
	if v != nil {
		t.Incref(v)
	}
	t.initObject(&c.Object, CellType)
	return c
}

// NewCellSteal returns a cell holding v, whose reference it takes over.
func (t *Thread) NewCellSteal(v *Object) *Cell {
	c := &Cell{}
	c.value.Store(v)
	t.initObject(&c.Object, CellType)
	return c
}

// Get returns the cell's content, borrowed, nil when empty.
func (c *Cell) Get() *Object { return c.value.Load() }

// CellSet stores v (borrowed; nil empties the cell).
func (t *Thread) CellSet(c *Cell, v *Object) {
	if v != nil {
		t.Incref(v)
	}
	if old := c.value.Swap(v); old != nil {
		t.Decref(old)
	}
}

// CellSetSteal stores v, taking over its reference.
func (t *Thread) CellSetSteal(c *Cell, v *Object) {
	if old := c.value.Swap(v); old != nil {
		t.Decref(old)
	}
}

func cellClear(t *Thread, o *Object) {
	if v := As[Cell](o).value.Swap(nil); v != nil {
		t.Decref(v)
	}
}

// CellRef returns a new reference to the cell's content, nil when empty.
// The count is taken with a try-increment, and the cell checked to still
// hold the content after it: another thread may store into the cell and
// drop the old content between the load and the count (freeing it
// without the death compare-and-swap if its own stack held the last
// reference, which a try-increment cannot see).
func (t *Thread) CellRef(c *Cell) *Object {
	for {
		v := c.value.Load()
		if v == nil {
			return nil
		}
		if t.TryIncref(v) {
			if c.value.Load() == v {
				return v
			}
			t.Decref(v)
		}
	}
}

func cellRepr(t *Thread, o *Object) (*Object, error) {
	v := t.CellRef(As[Cell](o))
	if v == nil {
		return t.NewStr(fmt.Sprintf("<cell at %#x: empty>", Addr(o))), nil
	}
	defer t.Decref(v)
	return t.NewStr(fmt.Sprintf("<cell at %#x: %s object at %#x>", Addr(o), TypeOf(v).Name, Addr(v))), nil
}

func cellGetContents(t *Thread, o *Object) (*Object, error) {
	v := t.CellRef(As[Cell](o))
	if v == nil {
		return nil, t.ValueError("Cell is empty")
	}
	return v, nil
}

func cellSetContents(t *Thread, o, v *Object) error {
	t.CellSet(As[Cell](o), v)
	return nil
}

// Function attributes.

func fnGetter(get func(f *Function) *Object) func(t *Thread, o *Object) (*Object, error) {
	return func(t *Thread, o *Object) (*Object, error) {
		v := get(As[Function](o))
		if v == nil {
			return None, nil
		}
		return t.NewRef(v), nil
	}
}

func fnSetStr(set func(f *Function) **Object, what string) func(t *Thread, o, v *Object) error {
	return func(t *Thread, o, v *Object) error {
		if v == nil || !IsStr(v) {
			return t.TypeError("%s must be set to a string object", what)
		}
		t.Incref(v)
		t.Setref(set(As[Function](o)), v)
		return nil
	}
}

func fnSetObj(set func(f *Function) **Object) func(t *Thread, o, v *Object) error {
	return func(t *Thread, o, v *Object) error {
		if v == nil {
			v = None
		}
		t.Incref(v)
		t.Setref(set(As[Function](o)), v)
		return nil
	}
}

func fnGetDefaults(t *Thread, o *Object) (*Object, error) {
	f := As[Function](o)
	if f.Defaults == nil {
		return None, nil
	}
	return t.NewRef(f.Defaults.Obj()), nil
}

func fnSetDefaults(t *Thread, o, v *Object) error {
	f := As[Function](o)
	if v != nil && v != None && TypeOf(v).Flags&FlagTupleSubclass == 0 {
		return t.TypeError("__defaults__ must be set to a tuple object")
	}
	old := f.Defaults
	f.Defaults = nil
	if v != nil && v != None {
		t.Incref(v)
		f.Defaults = As[Tuple](v)
	}
	if old != nil {
		t.Decref(old.Obj())
	}
	return nil
}

func fnGetKwDefaults(t *Thread, o *Object) (*Object, error) {
	f := As[Function](o)
	if f.KwDefaults == nil {
		return None, nil
	}
	return t.NewRef(f.KwDefaults.Obj()), nil
}

func fnSetKwDefaults(t *Thread, o, v *Object) error {
	f := As[Function](o)
	if v != nil && v != None && TypeOf(v).Flags&FlagDictSubclass == 0 {
		return t.TypeError("__kwdefaults__ must be set to a dict object")
	}
	old := f.KwDefaults
	f.KwDefaults = nil
	if v != nil && v != None {
		t.Incref(v)
		f.KwDefaults = As[Dict](v)
	}
	if old != nil {
		t.Decref(old.Obj())
	}
	return nil
}

func fnGetClosure(t *Thread, o *Object) (*Object, error) {
	f := As[Function](o)
	if f.Closure == nil {
		return None, nil
	}
	return t.NewRef(f.Closure.Obj()), nil
}

func fnGetAnnotations(t *Thread, o *Object) (*Object, error) {
	f := As[Function](o)
	if f.Annotations == nil || f.Annotations == None {
		d := t.NewDict()
		t.Setref(&f.Annotations, d.Obj())
	}
	return t.NewRef(f.Annotations), nil
}

func initFunctionTypes() {
	ft := FunctionType
	ft.Call = functionCall
	ft.DescrGet = functionGet
	ft.Repr = functionRepr
	ft.clear = functionClear
	ft.Dealloc = functionDealloc
	ft.addGetSets(
		GetSetDef{Name: "__name__", Get: fnGetter(func(f *Function) *Object { return f.Name }),
			Set: fnSetStr(func(f *Function) **Object { return &f.Name }, "__name__")},
		GetSetDef{Name: "__qualname__", Get: fnGetter(func(f *Function) *Object { return f.QualName }),
			Set: fnSetStr(func(f *Function) **Object { return &f.QualName }, "__qualname__")},
		GetSetDef{Name: "__doc__", Get: fnGetter(func(f *Function) *Object { return f.Doc }),
			Set: fnSetObj(func(f *Function) **Object { return &f.Doc })},
		GetSetDef{Name: "__module__", Get: fnGetter(func(f *Function) *Object { return f.Module }),
			Set: fnSetObj(func(f *Function) **Object { return &f.Module })},
		GetSetDef{Name: "__code__", Get: fnGetter(func(f *Function) *Object { return &f.Code.Object })},
		GetSetDef{Name: "__globals__", Get: fnGetter(func(f *Function) *Object { return f.Globals.Obj() })},
		GetSetDef{Name: "__builtins__", Get: fnGetter(func(f *Function) *Object { return f.Builtins.Obj() })},
		GetSetDef{Name: "__defaults__", Get: fnGetDefaults, Set: fnSetDefaults},
		GetSetDef{Name: "__kwdefaults__", Get: fnGetKwDefaults, Set: fnSetKwDefaults},
		GetSetDef{Name: "__closure__", Get: fnGetClosure},
		GetSetDef{Name: "__annotations__", Get: fnGetAnnotations,
			Set: fnSetObj(func(f *Function) **Object { return &f.Annotations })},
		GetSetDef{Name: "__dict__", Get: instanceGetDict, Set: instanceSetDict},
	)
	var fn Function
	readyBuiltin(ft, ObjectType, FlagMethodLike, Layout{}, fieldOffset(&fn, &fn.Dict))

	mt := MethodType
	mt.New = methodNew
	mt.Call = methodCall
	mt.Repr = methodRepr
	mt.RichCmp = methodRichCmp
	mt.Hash = methodHash
	mt.GetAttr = methodGetAttr
	mt.Dealloc = methodDealloc
	mt.clear = methodClear
	mt.addGetSets(
		GetSetDef{Name: "__func__", Get: func(t *Thread, o *Object) (*Object, error) { return t.NewRef(As[Method](o).Func), nil }},
		GetSetDef{Name: "__self__", Get: func(t *Thread, o *Object) (*Object, error) { return t.NewRef(As[Method](o).Self), nil }},
		// A bound method's docstring is its function's, as in CPython.
		GetSetDef{Name: "__doc__", Get: func(t *Thread, o *Object) (*Object, error) {
			return t.GetAttr(As[Method](o).Func, Intern("__doc__"))
		}},
	)
	readyBuiltin(mt, ObjectType, 0, Layout{}, 0)

	ct := CellType
	ct.Repr = cellRepr
	ct.clear = cellClear
	ct.Hash = nil
	ct.addGetSets(GetSetDef{Name: "cell_contents", Get: cellGetContents, Set: cellSetContents})
	readyBuiltin(ct, ObjectType, 0, Layout{}, 0)
	ct.Hash = hashNotImplemented
}

// Obj returns the cell as an object reference.
func (c *Cell) Obj() *Object { return &c.Object }
