package runtime

import "fmt"

// type, the class of classes.

// TypeType is type.
var TypeType = builtinType(&Type{Name: "type", Doc: "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type"})

func typeRepr(t *Thread, o *Object) (*Object, error) {
	typ := As[Type](o)
	return t.NewStr(fmt.Sprintf("<class '%s'>", typ.FullName())), nil
}

// typeCall is calling a class: __new__, then __init__ when __new__
// returned an instance of the class.
func typeCall(t *Thread, callable *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	typ := As[Type](callable)
	if typ == TypeType && len(args) == 1 && kwnames.Len() == 0 {
		return t.NewRef(&TypeOf(args[0]).Object), nil
	}
	if typ.New == nil {
		return nil, t.TypeError("cannot create '%s' instances", typ.FullName())
	}
	obj, err := typ.New(t, typ, args, kwnames)
	if err != nil {
		return nil, err
	}
	ot := TypeOf(obj)
	if !ot.IsSubtype(typ) {
		return obj, nil
	}
	if init := ot.Init; init != nil {
		if err := init(t, obj, args, kwnames); err != nil {
			t.Decref(obj)
			return nil, err
		}
	}
	return obj, nil
}

// typeNew is type.__new__: type(x) or type(name, bases, dict, **kw).
func typeNew(t *Thread, meta *Type, args []*Object, kwnames *Tuple) (*Object, error) {
	npos := len(args) - kwnames.Len()
	if meta == TypeType && npos == 1 && kwnames.Len() == 0 {
		return t.NewRef(&TypeOf(args[0]).Object), nil
	}
	if npos != 3 {
		return nil, t.TypeError("type() takes 1 or 3 arguments")
	}
	name, bases, ns := args[0], args[1], args[2]
	if !IsStr(name) {
		return nil, t.TypeError("type.__new__() argument 1 must be str, not %s", TypeOf(name).Name)
	}
	if TypeOf(bases).Flags&FlagTupleSubclass == 0 {
		return nil, t.TypeError("type.__new__() argument 2 must be tuple, not %s", TypeOf(bases).Name)
	}
	if TypeOf(ns).Flags&FlagDictSubclass == 0 {
		return nil, t.TypeError("type.__new__() argument 3 must be dict, not %s", TypeOf(ns).Name)
	}
	kw := t.NewDict()
	defer t.Decref(kw.Obj())
	for i := 0; i < kwnames.Len(); i++ {
		t.DictSetStr(kw, As[Str](kwnames.items[i]), args[npos+i])
	}
	return t.newClass(meta, As[Str](name).s, TupleItems(bases), As[Dict](ns), kw)
}

func typeInit(t *Thread, self *Object, args []*Object, kwnames *Tuple) error {
	n := len(args) - kwnames.Len()
	if n != 1 && n != 3 {
		return t.TypeError("type.__init__() takes 1 or 3 arguments")
	}
	return nil
}

func typeGetName(t *Thread, o *Object) (*Object, error) { return t.NewStr(As[Type](o).Name), nil }
func typeSetName(t *Thread, o, v *Object) error {
	typ := As[Type](o)
	if err := typ.checkSettable(t, "__name__", v); err != nil {
		return err
	}
	s, ok := AsStr(v)
	if !ok {
		return t.TypeError("can only assign string to %s.__name__, not '%s'", typ.Name, TypeOf(v).Name)
	}
	// A Go string is two words: other threads reading the name must not
	// see half of the change.
	t.StopTheWorld(func() { typ.Name = s })
	return nil
}

func typeGetQualName(t *Thread, o *Object) (*Object, error) {
	return t.NewStr(As[Type](o).QualName), nil
}
func typeSetQualName(t *Thread, o, v *Object) error {
	typ := As[Type](o)
	if err := typ.checkSettable(t, "__qualname__", v); err != nil {
		return err
	}
	s, ok := AsStr(v)
	if !ok {
		return t.TypeError("can only assign string to %s.__qualname__, not '%s'", typ.Name, TypeOf(v).Name)
	}
	t.StopTheWorld(func() { typ.QualName = s })
	return nil
}

// checkSettable refuses changes to builtin types' attributes.
func (typ *Type) checkSettable(t *Thread, name string, v *Object) error {
	if typ.Flags&FlagImmutable != 0 {
		return t.TypeError("cannot set '%s' attribute of immutable type '%s'", name, typ.Name)
	}
	if v == nil {
		return t.TypeError("cannot delete '%s' attribute of immutable type '%s'", name, typ.Name)
	}
	return nil
}

func typeGetModule(t *Thread, o *Object) (*Object, error) {
	typ := As[Type](o)
	if typ.IsHeap() {
		if v := typ.Dict().GetStr(dnModuleAttr); v != nil {
			return t.NewRef(v), nil
		}
		return nil, t.AttributeError("__module__")
	}
	return t.NewStr(typ.Module), nil
}

func typeSetModule(t *Thread, o, v *Object) error {
	typ := As[Type](o)
	if err := typ.checkSettable(t, "__module__", v); err != nil {
		return err
	}
	t.DictSetStr(typ.Dict(), dnModuleAttr, v)
	typ.modified()
	return nil
}

func typeGetDoc(t *Thread, o *Object) (*Object, error) {
	typ := As[Type](o)
	// A builtin type's own docstring comes first, as CPython's tp_doc:
	// its dict's __doc__ may be a descriptor for its instances (a bound
	// method's docstring is its function's).
	if !typ.IsHeap() && typ.Doc != "" {
		return Intern(typ.Doc).Obj(), nil
	}
	v := typ.Dict().GetStr(dnDoc)
	if v == nil {
		return None, nil
	}
	if get := TypeOf(v).DescrGet; get != nil && typ.IsHeap() {
		return get(t, v, nil, typ)
	}
	return t.NewRef(v), nil
}

func typeGetBases(t *Thread, o *Object) (*Object, error) {
	typ := As[Type](o)
	items := make([]*Object, len(typ.Bases))
	for i, b := range typ.Bases {
		items[i] = &b.Object
	}
	return t.NewTuple(items...).Obj(), nil
}

func typeGetBase(t *Thread, o *Object) (*Object, error) {
	typ := As[Type](o)
	if typ.Base == nil {
		return None, nil
	}
	return t.NewRef(&typ.Base.Object), nil
}

func typeGetMRO(t *Thread, o *Object) (*Object, error) {
	typ := As[Type](o)
	items := make([]*Object, len(typ.MRO))
	for i, b := range typ.MRO {
		items[i] = &b.Object
	}
	return t.NewTuple(items...).Obj(), nil
}

func typeGetDict(t *Thread, o *Object) (*Object, error) {
	return t.NewMappingProxy(&As[Type](o).Dict().Object), nil
}

func typeMRO(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	typ := As[Type](args[0])
	mro, err := t.c3(typ, typ.Bases)
	if err != nil {
		return nil, err
	}
	items := make([]*Object, len(mro))
	for i, b := range mro {
		items[i] = &b.Object
	}
	return t.NewListOf(items...).Obj(), nil
}

func typeSubclasses(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	typ := As[Type](args[0])
	typ.mu.Lock()
	subs := append([]*Type(nil), typ.subclasses...)
	typ.mu.Unlock()
	l := t.NewList(len(subs))
	for _, s := range subs {
		t.ListAppend(l, &s.Object)
	}
	return l.Obj(), nil
}

func typeInstanceCheck(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("__instancecheck__", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	return NewBool(TypeOf(args[1]).IsSubtype(As[Type](args[0]))), nil
}

func typeSubclassCheck(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("__subclasscheck__", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	if !IsType(args[1]) {
		return nil, t.TypeError("issubclass() arg 1 must be a class")
	}
	return NewBool(As[Type](args[1]).IsSubtype(As[Type](args[0]))), nil
}

func typePrepare(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	return t.NewDict().Obj(), nil
}

func typeDir(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	typ := As[Type](args[0])
	names := t.NewDict()
	defer t.Decref(names.Obj())
	for _, m := range typ.MRO {
		if err := t.DictMerge(names, m.Dict(), true); err != nil {
			return nil, err
		}
	}
	keys, _ := names.Items()
	return t.NewListOf(keys...).Obj(), nil
}

func typeGetAbstract(t *Thread, o *Object) (*Object, error) {
	typ := As[Type](o)
	if v := typ.Dict().GetStr(Intern("__abstractmethods__")); v != nil && typ != TypeType {
		return t.NewRef(v), nil
	}
	return nil, t.AttributeError("__abstractmethods__")
}

func typeSetAbstract(t *Thread, o, v *Object) error {
	typ := As[Type](o)
	name := Intern("__abstractmethods__")
	if v == nil {
		if !t.DictDelStr(typ.Dict(), name) {
			return t.AttributeError("__abstractmethods__")
		}
		t.setTypeFlag(typ, FlagAbstract, false)
	} else {
		t.DictSetStr(typ.Dict(), name, v)
		b, err := t.Truth(v)
		if err != nil {
			return err
		}
		t.setTypeFlag(typ, FlagAbstract, b)
	}
	typ.modified()
	return nil
}

func typeGetAnnotations(t *Thread, o *Object) (*Object, error) {
	typ := As[Type](o)
	if v := typ.Dict().GetStr(dnAnnotations); v != nil {
		return t.NewRef(v), nil
	}
	if !typ.IsHeap() {
		return nil, t.AttributeError("type object '%s' has no attribute '__annotations__'", typ.Name)
	}
	d := t.NewDict()
	t.DictSetStr(typ.Dict(), dnAnnotations, d.Obj())
	return d.Obj(), nil
}

func typeSetAnnotations(t *Thread, o, v *Object) error {
	typ := As[Type](o)
	if err := typ.checkSettable(t, "__annotations__", v); err != nil && v != nil {
		return err
	}
	if v == nil {
		t.DictDelStr(typ.Dict(), dnAnnotations)
	} else {
		t.DictSetStr(typ.Dict(), dnAnnotations, v)
	}
	typ.modified()
	return nil
}

func typeOr(t *Thread, a, b *Object) (*Object, error) {
	ok := func(o *Object) bool { return o == None || IsType(o) || TypeOf(o) == UnionType }
	if !ok(a) || !ok(b) {
		return NotImplemented, nil
	}
	return t.newUnion(a, b), nil
}

func initTypeType() {
	tt := TypeType
	tt.Repr = typeRepr
	tt.Call = typeCall
	tt.GetAttr = typeGetAttr
	tt.SetAttr = typeSetAttr
	tt.New = typeNew
	tt.Init = typeInit
	tt.Num[OpOr] = typeOr
	tt.addGetSets(
		GetSetDef{Name: "__name__", Get: typeGetName, Set: typeSetName},
		GetSetDef{Name: "__qualname__", Get: typeGetQualName, Set: typeSetQualName},
		GetSetDef{Name: "__module__", Get: typeGetModule, Set: typeSetModule},
		GetSetDef{Name: "__doc__", Get: typeGetDoc, Set: typeSetDoc},
		GetSetDef{Name: "__bases__", Get: typeGetBases},
		GetSetDef{Name: "__base__", Get: typeGetBase},
		GetSetDef{Name: "__mro__", Get: typeGetMRO},
		GetSetDef{Name: "__dict__", Get: typeGetDict},
		GetSetDef{Name: "__abstractmethods__", Get: typeGetAbstract, Set: typeSetAbstract},
		GetSetDef{Name: "__annotations__", Get: typeGetAnnotations, Set: typeSetAnnotations},
	)
	tt.addGetSets(typeLayoutGetSets()...)
	tt.addMethods(
		MethodDef{"mro", typeMRO, "Return a type's method resolution order."},
		MethodDef{"__subclasses__", typeSubclasses, "Return a list of immediate subclasses."},
		MethodDef{"__instancecheck__", typeInstanceCheck, "Check if an object is an instance."},
		MethodDef{"__subclasscheck__", typeSubclassCheck, "Check if a class is a subclass."},
		MethodDef{"__dir__", typeDir, "Specialized __dir__ implementation for types."},
	)
	tt.addClassMethods(MethodDef{"__prepare__", typePrepare, "__prepare__() -> dict"})
	readyBuiltin(tt, ObjectType, FlagBaseType|FlagTypeSubclass, layoutOf[Type](), fieldOffset(tt, &tt.dict))
	// Classes keep their namespace in Dict, which is not an instance
	// __dict__ for attribute lookup: type_getattro reads it itself.
	tt.dictOff = 0
}

// setTypeFlag sets or clears a flag of a heap type after creation. Flags
// are plain memory every thread reads, so the change is made with the
// world stopped, and only when it changes anything.
func (t *Thread) setTypeFlag(typ *Type, flag TypeFlags, on bool) {
	if (typ.Flags&flag != 0) == on {
		return
	}
	t.StopTheWorld(func() {
		if on {
			typ.Flags |= flag
		} else {
			typ.Flags &^= flag
		}
	})
}
