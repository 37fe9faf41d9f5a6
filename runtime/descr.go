package runtime

import (
	"fmt"
	"hash/maphash"
	"strings"
)

// NativeFunc is the Go shape of every builtin function and method: the
// vectorcall convention, positional arguments then the values of the
// keyword arguments named by kwnames. A method gets self as args[0].
type NativeFunc func(t *Thread, args []*Object, kwnames *Tuple) (*Object, error)

// BuiltinFunction is a builtin function, or a builtin method bound to its
// self (builtin_function_or_method).
type BuiltinFunction struct {
	Object
	Name   string
	Fn     NativeFunc
	Self   *Object // the bound object, nil for a plain function
	Module string
	Doc    string
}

// builtinFunctionGetSets are the attributes of a builtin function or
// bound builtin method, as CPython has them: __name__, __qualname__
// ("list.append" for a method bound to a list), __module__ (None for a
// method) and __self__ (the bound object; for a module's function, the
// module, found in sys.modules by name, or None).
var builtinFunctionGetSets = []GetSetDef{
	{Name: "__name__", Get: func(t *Thread, o *Object) (*Object, error) {
		return t.NewStr(As[BuiltinFunction](o).Name), nil
	}},
	{Name: "__qualname__", Get: func(t *Thread, o *Object) (*Object, error) {
		f := As[BuiltinFunction](o)
		if f.Self == nil || TypeOf(f.Self) == ModuleType {
			return t.NewStr(f.Name), nil
		}
		owner := TypeOf(f.Self)
		if IsType(f.Self) {
			owner = AsType(f.Self)
		}
		return t.NewStr(owner.Name + "." + f.Name), nil
	}},
	{Name: "__module__", Get: func(t *Thread, o *Object) (*Object, error) {
		if f := As[BuiltinFunction](o); f.Self == nil && f.Module != "" {
			return t.NewStr(f.Module), nil
		}
		return None, nil
	}},
	{Name: "__self__", Get: func(t *Thread, o *Object) (*Object, error) {
		f := As[BuiltinFunction](o)
		if f.Self != nil {
			return t.NewRef(f.Self), nil
		}
		if f.Module != "" {
			if m := t.DictGetStrRef(t.Interp.Modules, Intern(f.Module)); m != nil {
				return m, nil
			}
		}
		return None, nil
	}},
}

// splitDoc splits a builtin's docstring written CPython's way, "name(sig)"
// then a line "--" and a blank line before the text, into the text
// signature "(sig)" and the docstring proper. A docstring not written so
// has no signature. inspect.signature reads the one; help and __doc__ the
// other.
func splitDoc(name, doc string) (sig, text string) {
	if !strings.HasPrefix(doc, name+"(") {
		return "", doc
	}
	end := strings.Index(doc, ")\n--\n\n")
	if end < 0 || strings.Contains(doc[:end], "\n\n") {
		return "", doc
	}
	return doc[len(name) : end+1], doc[end+len(")\n--\n\n"):]
}

// docGetSets are the __doc__ and __text_signature__ of builtin functions
// and method descriptors, from the name and docstring that nameDoc finds
// in the object: None where there is no docstring or no signature, as in
// CPython.
func docGetSets(nameDoc func(o *Object) (name, doc string)) []GetSetDef {
	return []GetSetDef{
		{Name: "__doc__", Get: func(t *Thread, o *Object) (*Object, error) {
			_, text := splitDoc(nameDoc(o))
			if text == "" {
				return None, nil
			}
			return t.NewStr(text), nil
		}},
		{Name: "__text_signature__", Get: func(t *Thread, o *Object) (*Object, error) {
			sig, _ := splitDoc(nameDoc(o))
			if sig == "" {
				return None, nil
			}
			return t.NewStr(sig), nil
		}},
	}
}

// methodDescrGetSets are a builtin method descriptor's __name__,
// __qualname__ ("list.append"), __objclass__ (the type that defines it),
// __doc__ and __text_signature__.
var methodDescrGetSets = append([]GetSetDef{
	{Name: "__name__", Get: func(t *Thread, o *Object) (*Object, error) {
		return t.NewStr(As[MethodDescr](o).Name), nil
	}},
	{Name: "__qualname__", Get: func(t *Thread, o *Object) (*Object, error) {
		m := As[MethodDescr](o)
		return t.NewStr(m.Owner.Name + "." + m.Name), nil
	}},
	{Name: "__objclass__", Get: func(t *Thread, o *Object) (*Object, error) {
		return t.NewRef(As[MethodDescr](o).Owner.Obj()), nil
	}},
}, docGetSets(func(o *Object) (string, string) {
	m := As[MethodDescr](o)
	return m.Name, m.Doc
})...)

// builtinFunctionRichCmp compares builtin functions as CPython does: equal
// when bound to the same object (by identity) and the same function,
// which a builtin's name and module identify here (Go functions do not
// compare). Unbound, only the object itself equals itself.
func builtinFunctionRichCmp(t *Thread, a, b *Object, op CompareOp) (*Object, error) {
	if (op != CmpEq && op != CmpNe) || TypeOf(b) != BuiltinFunctionType {
		return NotImplemented, nil
	}
	x, y := As[BuiltinFunction](a), As[BuiltinFunction](b)
	eq := a == b || x.Self != nil && x.Self == y.Self && x.Name == y.Name && x.Module == y.Module
	return NewBool(eq == (op == CmpEq)), nil
}

// builtinFunctionHash is consistent with builtinFunctionRichCmp: the
// bound object's address with the name's hash, or the function's own
// address when unbound.
func builtinFunctionHash(t *Thread, o *Object) (int64, error) {
	f := As[BuiltinFunction](o)
	if f.Self == nil {
		return objectHash(t, o)
	}
	h := objectHashOf(f.Self) ^ int64(maphash.String(strHasher, f.Name))
	if h == -1 {
		h = -2
	}
	return h, nil
}

// MethodDescr is a method of a builtin type, as found in its dict
// (method_descriptor), or a slot exposed as a dunder (wrapper_descriptor:
// slot is then its slot's id). Reading it from an instance binds it.
type MethodDescr struct {
	Object
	Name  string
	Fn    NativeFunc
	Owner *Type
	Doc   string
	kind  methodKind
	slot  slotID
}

type methodKind uint8

const (
	methodInstance methodKind = iota
	methodClass               // bound to the class (dict.fromkeys)
	methodSlot                // a slot exposed as a dunder (int.__add__)
)

// plainSlotMethods names the slot dunders that CPython defines as plain
// methods (method_descriptor) rather than slot wrappers: its dict and list
// give __getitem__, and dict, set and frozenset __contains__, a faster
// METH_O method beside the slot. Python code sees the difference in the
// descriptor's type, its repr and the wording of its TypeError for an
// instance of the wrong type, so ours are typed and worded the same.
var plainSlotMethods = map[[2]string]bool{
	{"dict", "__getitem__"}:       true,
	{"dict", "__contains__"}:      true,
	{"list", "__getitem__"}:       true,
	{"set", "__contains__"}:       true,
	{"frozenset", "__contains__"}: true,
}

// newSlotMethod returns the descriptor that exposes slot id of builtin
// type typ as name: a slot wrapper, or for plainSlotMethods a method
// descriptor. Either way it keeps its kind and slot, so that classes
// that inherit it keep typ's slot function (updateSlot).
func newSlotMethod(typ *Type, name string, fn NativeFunc, id slotID) *MethodDescr {
	m := &MethodDescr{Name: name, Fn: fn, Owner: typ, kind: methodSlot, slot: id, Doc: slotDoc(name)}
	descrType := WrapperDescrType
	if plainSlotMethods[[2]string{typ.Name, name}] {
		descrType = MethodDescrType
	}
	initStatic(&m.Object, descrType)
	return m
}

// isSlotMethod reports whether f is a descriptor made by newSlotMethod.
func isSlotMethod(f *Object) bool {
	typ := TypeOf(f)
	return (typ == WrapperDescrType || typ == MethodDescrType) && As[MethodDescr](f).kind == methodSlot
}

// GetSetDescr is an attribute of a builtin type computed by Go functions
// (getset_descriptor): a data descriptor when it has a setter.
type GetSetDescr struct {
	Object
	Name  string
	Get   func(t *Thread, o *Object) (*Object, error)
	Set   func(t *Thread, o, v *Object) error // v nil: delete
	Owner *Type
	Doc   string
}

// MemberDescr is a __slots__ entry (member_descriptor): index into the
// instance's slot storage.
type MemberDescr struct {
	Object
	Name  string
	index int
	Owner *Type
}

var (
	BuiltinFunctionType  = builtinType(&Type{Name: "builtin_function_or_method"})
	MethodDescrType      = builtinType(&Type{Name: "method_descriptor"})
	ClassMethodDescrType = builtinType(&Type{Name: "classmethod_descriptor"})
	WrapperDescrType     = builtinType(&Type{Name: "wrapper_descriptor"})
	GetSetDescrType      = builtinType(&Type{Name: "getset_descriptor"})
	MemberDescrType      = builtinType(&Type{Name: "member_descriptor"})
)

// NewBuiltin returns an immortal builtin function.
func NewBuiltin(name string, fn NativeFunc, doc string) *Object {
	return NewBuiltinIn("builtins", name, fn, doc)
}

// NewBuiltinIn returns an immortal builtin function of module mod.
func NewBuiltinIn(mod, name string, fn NativeFunc, doc string) *Object {
	f := new(BuiltinFunction)
	f.init(mod, name, fn, doc)
	return &f.Object
}

// init makes f the immortal builtin function name of module mod.
func (f *BuiltinFunction) init(mod, name string, fn NativeFunc, doc string) {
	f.Name, f.Fn, f.Doc, f.Module = name, fn, doc, mod
	initStatic(&f.Object, BuiltinFunctionType)
}

// bindBuiltin returns fn bound to self, a new reference; doc is the
// method's docstring.
func (t *Thread) bindBuiltin(name string, fn NativeFunc, self *Object, doc string) *Object {
	f := As[BuiltinFunction](t.free.builtins.pop(t.State))
	if f == nil {
		f = new(BuiltinFunction)
	}
	f.Name, f.Fn, f.Self, f.Doc = name, fn, self, doc
	t.Incref(self)
	t.initObject(&f.Object, BuiltinFunctionType)
	return &f.Object
}

func builtinFunctionClear(t *Thread, o *Object) {
	f := As[BuiltinFunction](o)
	t.Clearref(&f.Self)
}

// builtinFunctionDealloc keeps a dead builtin function's memory for the
// next bound builtin method (bindBuiltin): `random = self.random` in a
// method called per record makes one per call, as Python methods bound
// as values do (methodDealloc).
func builtinFunctionDealloc(t *Thread, o *Object) {
	if o.IsWeakMarked() && t.weakDeath(o) {
		return
	}
	builtinFunctionClear(t, o)
	if !recycle(o) {
		return
	}
	f := As[BuiltinFunction](o)
	f.Name, f.Fn, f.Module, f.Doc = "", nil, "", ""
	t.free.builtins.push(o)
}

func builtinFunctionCall(t *Thread, callable *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	f := As[BuiltinFunction](callable)
	if f.Self == nil {
		return f.Fn(t, args, kwnames)
	}
	buf := t.args.push(len(args) + 1)
	buf[0] = f.Self
	copy(buf[1:], args)
	r, err := f.Fn(t, buf, kwnames)
	t.args.pop(buf)
	return r, err
}

func builtinFunctionRepr(t *Thread, o *Object) (*Object, error) {
	f := As[BuiltinFunction](o)
	if f.Self == nil || TypeOf(f.Self) == ModuleType {
		return t.NewStr("<built-in function " + f.Name + ">"), nil
	}
	return t.NewStr(fmt.Sprintf("<built-in method %s of %s object at %#x>", f.Name, TypeOf(f.Self).Name, Addr(f.Self))), nil
}

// newMethod returns an immortal method descriptor for a builtin type.
func newMethod(owner *Type, name string, fn NativeFunc, kind methodKind, doc string) *MethodDescr {
	m := &MethodDescr{Name: name, Fn: fn, Owner: owner, kind: kind, Doc: doc}
	switch kind {
	case methodClass:
		initStatic(&m.Object, ClassMethodDescrType)
	default:
		initStatic(&m.Object, MethodDescrType)
	}
	return m
}

// methodDescrGet binds a method descriptor: o.method.
func methodDescrGet(t *Thread, descr, obj *Object, typ *Type) (*Object, error) {
	m := As[MethodDescr](descr)
	switch m.kind {
	case methodClass:
		if typ == nil {
			typ = TypeOf(obj)
		}
		return t.bindBuiltin(m.Name, m.Fn, &typ.Object, m.Doc), nil
	}
	if obj == nil {
		return t.NewRef(descr), nil
	}
	if !TypeOf(obj).IsSubtype(m.Owner) {
		return nil, t.TypeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", m.Name, m.Owner.Name, TypeOf(obj).Name)
	}
	return t.bindBuiltin(m.Name, m.Fn, obj, m.Doc), nil
}

// methodDescrCall calls an unbound method: list.append(l, x).
func methodDescrCall(t *Thread, callable *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	m := As[MethodDescr](callable)
	if m.kind == methodClass {
		return nil, t.TypeError("descriptor '%s' of '%s' object needs an argument", m.Name, m.Owner.Name)
	}
	if len(args) == 0 || (kwnames != nil && len(args) == kwnames.Len()) {
		return nil, t.TypeError("unbound method %s.%s() needs an argument", m.Owner.Name, m.Name)
	}
	if !TypeOf(args[0]).IsSubtype(m.Owner) {
		if TypeOf(callable) == WrapperDescrType {
			// A slot wrapper's wording (wrapperdescr_call).
			return nil, t.TypeError("descriptor '%s' requires a '%s' object but received a '%s'", m.Name, m.Owner.Name, TypeOf(args[0]).Name)
		}
		return nil, t.TypeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", m.Name, m.Owner.Name, TypeOf(args[0]).Name)
	}
	return m.Fn(t, args, kwnames)
}

// MethodDescrFast returns the function of a method descriptor called with
// args (and no keywords) when the call passes methodDescrCall's checks: a
// plain method whose first argument is of its owner type or a subclass
// (a Python subclass of a builtin, as random.Random is of
// _random.Random, calls its inherited methods this way). Otherwise nil.
func MethodDescrFast(callable *Object, args []*Object) NativeFunc {
	m := As[MethodDescr](callable)
	if m.kind == methodClass || len(args) == 0 {
		return nil
	}
	if typ := TypeOf(args[0]); typ != m.Owner && !typ.IsSubtype(m.Owner) {
		return nil
	}
	return m.Fn
}

func methodDescrRepr(t *Thread, o *Object) (*Object, error) {
	m := As[MethodDescr](o)
	if TypeOf(o) == WrapperDescrType {
		return t.NewStr(fmt.Sprintf("<slot wrapper '%s' of '%s' objects>", m.Name, m.Owner.Name)), nil
	}
	return t.NewStr(fmt.Sprintf("<method '%s' of '%s' objects>", m.Name, m.Owner.Name)), nil
}

func getSetDescrGet(t *Thread, descr, obj *Object, typ *Type) (*Object, error) {
	g := As[GetSetDescr](descr)
	if obj == nil {
		return t.NewRef(descr), nil
	}
	if g.Get == nil {
		return nil, t.AttributeError("attribute '%s' of '%s' objects is not readable", g.Name, g.Owner.Name)
	}
	return g.Get(t, obj)
}

func getSetDescrSet(t *Thread, descr, obj, v *Object) error {
	g := As[GetSetDescr](descr)
	if g.Set == nil {
		return t.AttributeError("attribute '%s' of '%s' objects is not writable", g.Name, g.Owner.Name)
	}
	return g.Set(t, obj, v)
}

func getSetDescrRepr(t *Thread, o *Object) (*Object, error) {
	g := As[GetSetDescr](o)
	return t.NewStr(fmt.Sprintf("<attribute '%s' of '%s' objects>", g.Name, g.Owner.Name)), nil
}

func memberDescrGet(t *Thread, descr, obj *Object, typ *Type) (*Object, error) {
	m := As[MemberDescr](descr)
	if obj == nil {
		return t.NewRef(descr), nil
	}
	if !TypeOf(obj).IsSubtype(m.Owner) {
		return nil, t.TypeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", m.Name, m.Owner.Name, TypeOf(obj).Name)
	}
	ex := instExtra(obj)
	v := ex.slots[m.index]
	if v == nil {
		return nil, t.AttributeError("'%s' object has no attribute '%s'", TypeOf(obj).Name, m.Name)
	}
	return t.NewRef(v), nil
}

func memberDescrSet(t *Thread, descr, obj, v *Object) error {
	m := As[MemberDescr](descr)
	if !TypeOf(obj).IsSubtype(m.Owner) {
		return t.TypeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", m.Name, m.Owner.Name, TypeOf(obj).Name)
	}
	ex := instExtra(obj)
	if v == nil {
		if ex.slots[m.index] == nil {
			return t.AttributeError("'%s' object has no attribute '%s'", TypeOf(obj).Name, m.Name)
		}
		t.Clearref(&ex.slots[m.index])
		return nil
	}
	t.Incref(v)
	t.Setref(&ex.slots[m.index], v)
	return nil
}

// memberDescrGetSets are a __slots__ member's __name__, __qualname__
// ("Class.name") and __objclass__ (the class that declared it), as
// CPython's member descriptors have them.
var memberDescrGetSets = []GetSetDef{
	{Name: "__name__", Get: func(t *Thread, o *Object) (*Object, error) {
		return t.NewStr(As[MemberDescr](o).Name), nil
	}},
	{Name: "__qualname__", Get: func(t *Thread, o *Object) (*Object, error) {
		m := As[MemberDescr](o)
		q := m.Owner.QualName
		if q == "" {
			q = m.Owner.Name
		}
		return t.NewStr(q + "." + m.Name), nil
	}},
	{Name: "__objclass__", Get: func(t *Thread, o *Object) (*Object, error) {
		return t.NewRef(As[MemberDescr](o).Owner.Obj()), nil
	}},
}

func memberDescrRepr(t *Thread, o *Object) (*Object, error) {
	m := As[MemberDescr](o)
	return t.NewStr(fmt.Sprintf("<member '%s' of '%s' objects>", m.Name, m.Owner.Name)), nil
}

// instExtra returns the extras of an instance of a heap type.
func instExtra(o *Object) *InstExtra { return extraOf(o, TypeOf(o).extraOff) }

// MethodDef describes a builtin method for a type's dict.
type MethodDef struct {
	Name string
	Fn   NativeFunc
	Doc  string
}

// GetSetDef describes a computed attribute for a type's dict.
type GetSetDef struct {
	Name string
	Get  func(t *Thread, o *Object) (*Object, error)
	Set  func(t *Thread, o, v *Object) error
	Doc  string
}

// addMethods puts method descriptors in a builtin type's dict.
func (typ *Type) addMethods(defs ...MethodDef) {
	typ.record(dictOp{kind: opMethods, methods: defs})
}

// addClassMethods puts class method descriptors in a builtin type's dict.
func (typ *Type) addClassMethods(defs ...MethodDef) {
	typ.record(dictOp{kind: opClassMethods, methods: defs})
}

// addStaticMethods puts static methods in a builtin type's dict: plain
// builtin functions, which do not bind.
func (typ *Type) addStaticMethods(defs ...MethodDef) {
	typ.record(dictOp{kind: opStaticMethods, methods: defs})
}

// addGetSets puts getset descriptors in a builtin type's dict.
func (typ *Type) addGetSets(defs ...GetSetDef) {
	typ.record(dictOp{kind: opGetSets, getsets: defs})
}

// setStatic binds name to an immortal value in a builtin type's dict.
func (typ *Type) setStatic(name string, v *Object) {
	typ.record(dictOp{kind: opValue, name: name, value: v})
}
