package runtime

import "strings"

// The descriptor classes of builtins: staticmethod, classmethod and
// property; and mappingproxy and the X | Y union of types.

// wrapperDescr is the layout of staticmethod and classmethod.
type wrapperDescr struct {
	Object
	callable *Object
	dict     *Dict
}

// Property is a property object.
type Property struct {
	Object
	fget, fset, fdel, doc *Object
	name                  *Object
}

var (
	StaticMethodType = builtinType(&Type{Name: "staticmethod", Doc: "Convert a function to be a static method."})
	ClassMethodType  = builtinType(&Type{Name: "classmethod", Doc: "Convert a function to be a class method."})
	PropertyType     = builtinType(&Type{Name: "property", Doc: "Property attribute."})
	MappingProxyType = builtinType(&Type{Name: "mappingproxy", Doc: "Read-only proxy of a mapping."})
	UnionType        = builtinType(&Type{Name: "UnionType", Module: "types", Doc: "Represent a PEP 604 union type"})
)

func (t *Thread) newWrapperDescr(typ *Type, f *Object) *Object {
	w := &wrapperDescr{callable: t.NewRef(f)}
	t.initObject(&w.Object, typ)
	return &w.Object
}

func (t *Thread) newClassMethod(f *Object) *Object  { return t.newWrapperDescr(ClassMethodType, f) }
func (t *Thread) newStaticMethod(f *Object) *Object { return t.newWrapperDescr(StaticMethodType, f) }

func wrapperDescrNew(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := t.CheckArgs(typ.Name, args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	var o *Object
	if typ.IsHeap() {
		o = t.allocInstance(typ)
	} else {
		o = &new(wrapperDescr).Object
		t.initObject(o, typ)
	}
	As[wrapperDescr](o).callable = t.NewRef(args[0])
	return o, nil
}

func wrapperDescrInit(t *Thread, self *Object, args []*Object, kwnames *Tuple) error { return nil }

func wrapperDescrClear(t *Thread, o *Object) {
	w := As[wrapperDescr](o)
	t.Clearref(&w.callable)
	if w.dict != nil {
		t.Decref(w.dict.Obj())
		w.dict = nil
	}
}

func staticMethodGet(t *Thread, descr, obj *Object, typ *Type) (*Object, error) {
	return t.NewRef(As[wrapperDescr](descr).callable), nil
}

func staticMethodCall(t *Thread, callable *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	return t.Call(As[wrapperDescr](callable).callable, args, kwnames)
}

func classMethodGet(t *Thread, descr, obj *Object, typ *Type) (*Object, error) {
	if typ == nil {
		typ = TypeOf(obj)
	}
	return t.NewMethod(As[wrapperDescr](descr).callable, &typ.Object), nil
}

func wrapperDescrRepr(t *Thread, o *Object) (*Object, error) {
	r, err := t.ReprString(As[wrapperDescr](o).callable)
	if err != nil {
		return nil, err
	}
	return t.NewStr(TypeOf(o).Name + "(" + r + ")"), nil
}

func wrapperDescrFunc(t *Thread, o *Object) (*Object, error) {
	return t.NewRef(As[wrapperDescr](o).callable), nil
}

func wrapperDescrAbstract(t *Thread, o *Object) (*Object, error) {
	v, err := t.LookupAttr(As[wrapperDescr](o).callable, Intern("__isabstractmethod__"))
	if err != nil || v != nil {
		return v, err
	}
	return False, nil
}

// Properties.

func propertyNew(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
	var o *Object
	if typ.IsHeap() {
		o = t.allocInstance(typ)
	} else {
		o = &new(Property).Object
		t.initObject(o, typ)
	}
	return o, nil
}

func propertyInit(t *Thread, self *Object, args []*Object, kwnames *Tuple) error {
	var a [4]*Object
	if err := t.ParseArgs("property", args, kwnames, []string{"fget", "fset", "fdel", "doc"}, 0, a[:]); err != nil {
		return err
	}
	p := As[Property](self)
	set := func(slot **Object, v *Object) {
		if v == None {
			v = nil
		}
		if v != nil {
			t.Incref(v)
		}
		t.Setref(slot, v)
	}
	set(&p.fget, a[0])
	set(&p.fset, a[1])
	set(&p.fdel, a[2])
	set(&p.doc, a[3])
	if p.doc == nil && p.fget != nil {
		d, err := t.LookupAttr(p.fget, dnDoc)
		if err != nil {
			return err
		}
		if d == None {
			t.Decref(d)
			d = nil
		}
		p.doc = d
	}
	if p.doc != nil && TypeOf(self) != PropertyType {
		if err := t.SetAttr(self, dnDoc, p.doc); err != nil {
			t.DropError(err)
		}
	}
	return nil
}

func propertyClear(t *Thread, o *Object) {
	p := As[Property](o)
	t.Clearref(&p.fget)
	t.Clearref(&p.fset)
	t.Clearref(&p.fdel)
	t.Clearref(&p.doc)
	t.Clearref(&p.name)
}

// propertyName returns the name errors use: from __set_name__, else the
// getter's __name__.
func (t *Thread) propertyName(p *Property) string {
	if p.name != nil {
		if s, ok := AsStr(p.name); ok {
			return s
		}
	}
	if p.fget != nil {
		if n, err := t.LookupAttr(p.fget, dnName); err == nil && n != nil {
			defer t.Decref(n)
			if s, ok := AsStr(n); ok {
				return s
			}
		} else if err != nil {
			t.DropError(err)
		}
	}
	return "?"
}

func propertyGet(t *Thread, descr, obj *Object, typ *Type) (*Object, error) {
	if obj == nil {
		return t.NewRef(descr), nil
	}
	p := As[Property](descr)
	if p.fget == nil {
		return nil, t.AttributeError("property '%s' of '%s' object has no getter", t.propertyName(p), TypeOf(obj).Name)
	}
	return t.Call1(p.fget, obj)
}

func propertySet(t *Thread, descr, obj, v *Object) error {
	p := As[Property](descr)
	var r *Object
	var err error
	if v == nil {
		if p.fdel == nil {
			return t.AttributeError("property '%s' of '%s' object has no deleter", t.propertyName(p), TypeOf(obj).Name)
		}
		r, err = t.Call1(p.fdel, obj)
	} else {
		if p.fset == nil {
			return t.AttributeError("property '%s' of '%s' object has no setter", t.propertyName(p), TypeOf(obj).Name)
		}
		r, err = t.Call2(p.fset, obj, v)
	}
	if err == nil {
		t.Decref(r)
	}
	return err
}

// propertyCopy makes a copy of a property with one accessor replaced:
// getter, setter and deleter.
func propertyCopy(which int) NativeFunc {
	return func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
		if err := t.CheckArgs("property", args[1:], kw, 1, 1); err != nil {
			return nil, err
		}
		p := As[Property](args[0])
		acc := []*Object{p.fget, p.fset, p.fdel, p.doc}
		acc[which] = args[1]
		for i, a := range acc {
			if a == nil {
				acc[i] = None
			}
		}
		if which == 0 && p.doc != nil {
			acc[3] = None
		}
		np, err := t.Call(&TypeOf(args[0]).Object, acc, nil)
		if err != nil {
			return nil, err
		}
		if TypeOf(np).IsSubtype(PropertyType) && p.name != nil {
			As[Property](np).name = t.NewRef(p.name)
		}
		return np, nil
	}
}

func propertySetName(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("__set_name__", args[1:], kw, 2, 2); err != nil {
		return nil, err
	}
	p := As[Property](args[0])
	t.Incref(args[2])
	t.Setref(&p.name, args[2])
	return None, nil
}

func propertyField(f func(p *Property) *Object) func(t *Thread, o *Object) (*Object, error) {
	return func(t *Thread, o *Object) (*Object, error) {
		if v := f(As[Property](o)); v != nil {
			return t.NewRef(v), nil
		}
		return None, nil
	}
}

// Mapping proxies.

type mappingProxy struct {
	Object
	mapping *Object
}

// NewMappingProxy returns a read-only view of a mapping.
func (t *Thread) NewMappingProxy(m *Object) *Object {
	p := &mappingProxy{mapping: t.NewRef(m)}
	t.initObject(&p.Object, MappingProxyType)
	return &p.Object
}

func mpMapping(o *Object) *Object { return As[mappingProxy](o).mapping }

func mpForward(name string) NativeFunc {
	n := Intern(name)
	return func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
		m, err := t.GetAttr(mpMapping(args[0]), n)
		if err != nil {
			return nil, err
		}
		r, err := t.Call(m, args[1:], kw)
		t.Decref(m)
		return r, err
	}
}

// Unions.

type unionObj struct {
	Object
	args *Tuple
}

func (t *Thread) newUnion(a, b *Object) *Object {
	var items []*Object
	add := func(x *Object) {
		if TypeOf(x) == UnionType {
			for _, y := range As[unionObj](x).args.items {
				items = appendUnique(items, y)
			}
			return
		}
		if x == None {
			x = &NoneType.Object
		}
		items = appendUnique(items, x)
	}
	add(a)
	add(b)
	u := &unionObj{args: t.NewTuple(items...)}
	t.initObject(&u.Object, UnionType)
	return &u.Object
}

func appendUnique(items []*Object, x *Object) []*Object {
	for _, y := range items {
		if y == x {
			return items
		}
	}
	return append(items, x)
}

// UnionArgs returns the members of a union, or nil for anything else.
func UnionArgs(o *Object) []*Object {
	if TypeOf(o) != UnionType {
		return nil
	}
	return As[unionObj](o).args.items
}

func unionRepr(t *Thread, o *Object) (*Object, error) {
	var parts []string
	for _, a := range As[unionObj](o).args.items {
		switch {
		case a == &NoneType.Object:
			parts = append(parts, "None")
		case IsType(a):
			parts = append(parts, As[Type](a).FullName())
		default:
			s, err := t.ReprString(a)
			if err != nil {
				return nil, err
			}
			parts = append(parts, s)
		}
	}
	return t.NewStr(strings.Join(parts, " | ")), nil
}

func initDescrObjTypes() {
	for _, typ := range []*Type{StaticMethodType, ClassMethodType} {
		typ.New = wrapperDescrNew
		typ.Init = wrapperDescrInit
		typ.Repr = wrapperDescrRepr
		typ.clear = wrapperDescrClear
		typ.addGetSets(
			GetSetDef{Name: "__func__", Get: wrapperDescrFunc},
			GetSetDef{Name: "__wrapped__", Get: wrapperDescrFunc},
			GetSetDef{Name: "__isabstractmethod__", Get: wrapperDescrAbstract},
			GetSetDef{Name: "__dict__", Get: instanceGetDict, Set: instanceSetDict},
		)
	}
	var w wrapperDescr
	StaticMethodType.DescrGet = staticMethodGet
	StaticMethodType.Call = staticMethodCall
	readyBuiltin(StaticMethodType, ObjectType, FlagBaseType, layoutOf[wrapperDescr](), fieldOffset(&w, &w.dict))
	ClassMethodType.DescrGet = classMethodGet
	readyBuiltin(ClassMethodType, ObjectType, FlagBaseType, layoutOf[wrapperDescr](), fieldOffset(&w, &w.dict))

	pt := PropertyType
	pt.New = propertyNew
	pt.Init = propertyInit
	pt.DescrGet = propertyGet
	pt.DescrSet = propertySet
	pt.clear = propertyClear
	pt.addMethods(
		MethodDef{"getter", propertyCopy(0), "Descriptor to obtain a copy of the property with a different getter."},
		MethodDef{"setter", propertyCopy(1), "Descriptor to obtain a copy of the property with a different setter."},
		MethodDef{"deleter", propertyCopy(2), "Descriptor to obtain a copy of the property with a different deleter."},
		MethodDef{"__set_name__", propertySetName, "Method to set name of a property."},
	)
	pt.addGetSets(
		GetSetDef{Name: "fget", Get: propertyField(func(p *Property) *Object { return p.fget })},
		GetSetDef{Name: "fset", Get: propertyField(func(p *Property) *Object { return p.fset })},
		GetSetDef{Name: "fdel", Get: propertyField(func(p *Property) *Object { return p.fdel })},
		GetSetDef{Name: "__doc__", Get: propertyField(func(p *Property) *Object { return p.doc }), Set: func(t *Thread, o, v *Object) error {
			if v != nil {
				t.Incref(v)
			}
			t.Setref(&As[Property](o).doc, v)
			return nil
		}},
		GetSetDef{Name: "__isabstractmethod__", Get: func(t *Thread, o *Object) (*Object, error) {
			p := As[Property](o)
			for _, f := range []*Object{p.fget, p.fset, p.fdel} {
				if f == nil {
					continue
				}
				v, err := t.LookupAttr(f, Intern("__isabstractmethod__"))
				if err != nil {
					return nil, err
				}
				if v != nil {
					b, err := t.Truth(v)
					t.Decref(v)
					if err != nil || b {
						return True, err
					}
				}
			}
			return False, nil
		}},
	)
	readyBuiltin(pt, ObjectType, FlagBaseType, layoutOf[Property](), 0)

	mp := MappingProxyType
	mp.GetItem = func(t *Thread, o, k *Object) (*Object, error) { return t.GetItem(mpMapping(o), k) }
	mp.Len = func(t *Thread, o *Object) (int, error) { return t.Len(mpMapping(o)) }
	mp.Iter = func(t *Thread, o *Object) (*Object, error) { return t.Iter(mpMapping(o)) }
	mp.Contains = func(t *Thread, o, k *Object) (bool, error) { return t.Contains(mpMapping(o), k) }
	mp.Repr = func(t *Thread, o *Object) (*Object, error) {
		r, err := t.ReprString(mpMapping(o))
		if err != nil {
			return nil, err
		}
		return t.NewStr("mappingproxy(" + r + ")"), nil
	}
	// str() of a proxy is str() of its mapping, as CPython's.
	mp.New = mappingProxyNew
	mp.RichCmp = mappingProxyRichCmp
	mp.Str = func(t *Thread, o *Object) (*Object, error) { return t.StrOf(mpMapping(o)) }
	mp.clear = func(t *Thread, o *Object) { t.Clearref(&As[mappingProxy](o).mapping) }
	mp.addMethods(
		MethodDef{"keys", mpForward("keys"), ""},
		MethodDef{"values", mpForward("values"), ""},
		MethodDef{"items", mpForward("items"), ""},
		MethodDef{"get", mpForward("get"), ""},
		MethodDef{"copy", mpForward("copy"), ""},
	)
	readyBuiltin(mp, ObjectType, 0, Layout{}, 0)

	ut := UnionType
	ut.Repr = unionRepr
	ut.Num[OpOr] = typeOr
	ut.clear = func(t *Thread, o *Object) {
		u := As[unionObj](o)
		if u.args != nil {
			t.Decref(u.args.Obj())
			u.args = nil
		}
	}
	ut.addGetSets(GetSetDef{Name: "__args__", Get: func(t *Thread, o *Object) (*Object, error) {
		return t.NewRef(As[unionObj](o).args.Obj()), nil
	}})
	readyBuiltin(ut, ObjectType, 0, Layout{}, 0)
}
