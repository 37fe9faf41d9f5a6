package runtime

import "fmt"

// Module is a module object: a namespace dict with a name. Modules and
// their dicts are deferred. The padding makes a module 64 bytes, a size
// class whose objects each fill one cache line (as lineKeys does for dict
// tables): every thread reads Dict at each mod.attr, and at 40 bytes a
// module shared lines with the ints and floats threads write.
type Module struct {
	Object
	Dict *Dict
	_    [24]byte
}

// ModuleType is the type of modules.
var ModuleType = builtinType(&Type{Name: "module", Doc: "Create a module object."})

// NewModule returns a new module with __name__ set.
func (t *Thread) NewModule(name string) *Module {
	m := &Module{Dict: t.NewDict()}
	t.initObject(&m.Object, ModuleType)
	m.MakeDeferred()
	m.Dict.MakeDeferred()
	t.DictSetStr(m.Dict, dnName, &Intern(name).Object)
	t.DictSetStr(m.Dict, dnDoc, None)
	t.DictSetStr(m.Dict, Intern("__package__"), None)
	t.DictSetStr(m.Dict, Intern("__loader__"), None)
	t.DictSetStr(m.Dict, Intern("__spec__"), None)
	return m
}

// Obj returns the module as an object reference.
func (m *Module) Obj() *Object { return &m.Object }

// Name returns __name__.
func (m *Module) Name() string {
	if n := m.Dict.GetStr(dnName); n != nil && IsStr(n) {
		return As[Str](n).s
	}
	return "?"
}

// SetAttrString sets a module attribute during set-up.
func (t *Thread) ModuleSet(m *Module, name string, v *Object) {
	t.DictSetStr(m.Dict, Intern(name), v)
}

// AddFunctions adds builtin functions to a module.
func (t *Thread) AddFunctions(m *Module, defs ...MethodDef) {
	mod := m.Name()
	// One array holds the module's functions (immortal, never freed):
	// the builtins module alone has about 150, made at every start.
	fs := make([]BuiltinFunction, len(defs))
	for i, d := range defs {
		fs[i].init(mod, d.Name, d.Fn, d.Doc)
		t.ModuleSet(m, d.Name, &fs[i].Object)
	}
}

func moduleGetAttr(t *Thread, o *Object, name *Str) (*Object, error) {
	v, err := t.genericGetAttr(o, name, true)
	if err != nil || v != nil {
		return v, err
	}
	m := As[Module](o)
	if ga := m.Dict.GetStr(dnGetAttrHook); ga != nil {
		return t.Call1(ga, &name.Object)
	}
	return nil, t.AttributeError("module '%s' has no attribute '%s'", m.Name(), name.s)
}

func moduleRepr(t *Thread, o *Object) (*Object, error) {
	m := As[Module](o)
	if f := m.Dict.GetStr(Intern("__file__")); f != nil && IsStr(f) {
		return t.NewStr(fmt.Sprintf("<module '%s' from '%s'>", m.Name(), As[Str](f).s)), nil
	}
	return t.NewStr(fmt.Sprintf("<module '%s' (built-in)>", m.Name())), nil
}

func moduleNew(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
	var m *Module
	if typ.IsHeap() {
		m = As[Module](t.allocInstance(typ))
		m.Dict = t.NewDict()
	} else {
		m = &Module{Dict: t.NewDict()}
		t.initObject(&m.Object, typ)
	}
	m.MakeDeferred()
	return &m.Object, nil
}

func moduleInit(t *Thread, self *Object, args []*Object, kwnames *Tuple) error {
	var a [2]*Object
	if err := t.ParseArgs("module", args, kwnames, []string{"name", "doc"}, 1, a[:]); err != nil {
		return err
	}
	if !IsStr(a[0]) {
		return t.TypeError("module.__init__() argument 'name' must be str, not %s", TypeOf(a[0]).Name)
	}
	m := As[Module](self)
	t.DictSetStr(m.Dict, dnName, a[0])
	doc := a[1]
	if doc == nil {
		doc = None
	}
	t.DictSetStr(m.Dict, dnDoc, doc)
	return nil
}

func moduleDir(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	m := As[Module](args[0])
	// A module's own __dir__ answers for it (PEP 562).
	if d := m.Dict.GetStr(Intern("__dir__")); d != nil {
		return t.Call(d, nil, nil)
	}
	keys, _ := m.Dict.Items()
	return t.NewListOf(keys...).Obj(), nil
}

func initModuleType() {
	mt := ModuleType
	mt.GetAttr = moduleGetAttr
	mt.Repr = moduleRepr
	mt.New = moduleNew
	mt.Init = moduleInit
	mt.addGetSets(GetSetDef{Name: "__dict__", Get: func(t *Thread, o *Object) (*Object, error) {
		return t.NewRef(As[Module](o).Dict.Obj()), nil
	}})
	mt.addMethods(MethodDef{"__dir__", moduleDir, ""})
	mt.Dealloc = deallocWeakable
	var m Module
	readyBuiltin(mt, ObjectType, FlagBaseType, layoutOf[Module](), fieldOffset(&m, &m.Dict))
}
