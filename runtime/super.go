package runtime

import "fmt"

// super: attribute lookup that starts after a class in an object's MRO.

type superObj struct {
	Object
	typ     *Type   // the class to skip past
	obj     *Object // the instance or class, nil when unbound
	objType *Type   // the type whose MRO is searched
}

// SuperType is super.
var SuperType = builtinType(&Type{Name: "super", Doc: "super() -> same as super(__class__, <first argument>)"})

func superNew(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
	var o *Object
	if typ.IsHeap() {
		o = t.allocInstance(typ)
	} else {
		o = &new(superObj).Object
		t.initObject(o, typ)
	}
	return o, nil
}

// superCheck returns the type whose MRO super(typ, obj) searches.
func (t *Thread) superCheck(typ *Type, obj *Object) (*Type, error) {
	if IsType(obj) && As[Type](obj).IsSubtype(typ) {
		return As[Type](obj), nil
	}
	if TypeOf(obj).IsSubtype(typ) {
		return TypeOf(obj), nil
	}
	return nil, t.TypeError("super(type, obj): obj must be an instance or subtype of type")
}

func superInit(t *Thread, self *Object, args []*Object, kwnames *Tuple) error {
	if err := t.CheckArgs("super", args, kwnames, 0, 2); err != nil {
		return err
	}
	var typ *Type
	var obj *Object
	switch len(args) {
	case 0:
		var err error
		if typ, obj, err = t.superFromFrame(); err != nil {
			return err
		}
	default:
		if !IsType(args[0]) {
			return t.TypeError("super() argument 1 must be a type, not %s", TypeOf(args[0]).Name)
		}
		typ = As[Type](args[0])
		if len(args) == 2 && args[1] != None {
			obj = args[1]
		}
	}
	s := As[superObj](self)
	s.typ = typ
	if obj != nil {
		ot, err := t.superCheck(typ, obj)
		if err != nil {
			return err
		}
		s.obj = t.NewRef(obj)
		s.objType = ot
	}
	return nil
}

// superFromFrame finds the arguments of a zero-argument super(): the
// calling frame's __class__ cell and its first argument.
func (t *Thread) superFromFrame() (*Type, *Object, error) {
	f := t.Frame
	if f == nil {
		return nil, nil, t.RuntimeError("super(): no current frame")
	}
	c := f.Code
	if c.ArgCount == 0 && c.Flags&CoVarArgs == 0 {
		return nil, nil, t.RuntimeError("super(): no arguments")
	}
	first := f.Slots[0]
	if first.IsNull() {
		return nil, nil, t.RuntimeError("super(): arg[0] deleted")
	}
	obj := first.Header()
	if c.Kinds[0]&SlotCell != 0 && TypeOf(obj) == CellType {
		obj = As[Cell](obj).Get()
		if obj == nil {
			return nil, nil, t.RuntimeError("super(): arg[0] deleted")
		}
	}
	base := len(c.VarNames) + len(c.CellVars)
	for i, n := range c.FreeVars {
		if n.s != "__class__" {
			continue
		}
		r := f.Slots[base+i]
		if r.IsNull() {
			break
		}
		cls := As[Cell](r.Header()).Get()
		if cls == nil {
			return nil, nil, t.RuntimeError("super(): empty __class__ cell")
		}
		if !IsType(cls) {
			return nil, nil, t.RuntimeError("super(): __class__ is not a type (%s)", TypeOf(cls).Name)
		}
		return As[Type](cls), obj, nil
	}
	return nil, nil, t.RuntimeError("super(): __class__ cell not found")
}

// SuperMethod finds a method through a super object without binding it:
// the function and the instance to call it with, for the eval loop's
// LOAD_METHOD. ok is false when the attribute is not a plain function
// found on the MRO (the generic path handles it).
func (t *Thread) SuperMethod(o *Object, name *Str) (fn, self *Object, ok bool) {
	s := As[superObj](o)
	if s.objType == nil || s.obj == nil || s.obj == &s.objType.Object || TypeOf(o) != SuperType {
		return nil, nil, false
	}
	mro := s.objType.MRO
	i := 0
	for i < len(mro) && mro[i] != s.typ {
		i++
	}
	for i++; i < len(mro); i++ {
		if v := mro[i].Dict().GetStr(name); v != nil {
			if TypeOf(v) == FunctionType {
				return v, s.obj, true
			}
			return nil, nil, false
		}
	}
	return nil, nil, false
}

func superGetAttr(t *Thread, o *Object, name *Str) (*Object, error) {
	s := As[superObj](o)
	if s.objType != nil && name.s != "__class__" {
		mro := s.objType.MRO
		i := 0
		for i < len(mro) && mro[i] != s.typ {
			i++
		}
		for i++; i < len(mro); i++ {
			v := mro[i].Dict().GetStr(name)
			if v == nil {
				continue
			}
			if get := TypeOf(v).DescrGet; get != nil {
				obj := s.obj
				if obj == &s.objType.Object {
					obj = nil
				}
				t.Incref(v)
				r, err := get(t, v, obj, s.objType)
				t.Decref(v)
				return r, err
			}
			return t.NewRef(v), nil
		}
	}
	return t.genericGetAttr(o, name, false)
}

func superDescrGet(t *Thread, descr, obj *Object, typ *Type) (*Object, error) {
	s := As[superObj](descr)
	if obj == nil || s.obj != nil {
		return t.NewRef(descr), nil
	}
	return t.Call2(&SuperType.Object, &s.typ.Object, obj)
}

func superRepr(t *Thread, o *Object) (*Object, error) {
	s := As[superObj](o)
	if s.objType != nil {
		return t.NewStr(fmt.Sprintf("<super: <class '%s'>, <%s object>>", s.typ.Name, s.objType.Name)), nil
	}
	return t.NewStr(fmt.Sprintf("<super: <class '%s'>, NULL>", s.typ.Name)), nil
}

func initSuperType() {
	st := SuperType
	st.New = superNew
	st.Init = superInit
	st.GetAttr = superGetAttr
	st.DescrGet = superDescrGet
	st.Repr = superRepr
	st.clear = func(t *Thread, o *Object) { t.Clearref(&As[superObj](o).obj) }
	st.addGetSets(
		GetSetDef{Name: "__thisclass__", Get: func(t *Thread, o *Object) (*Object, error) {
			return t.NewRef(&As[superObj](o).typ.Object), nil
		}},
		GetSetDef{Name: "__self__", Get: func(t *Thread, o *Object) (*Object, error) {
			if s := As[superObj](o); s.obj != nil {
				return t.NewRef(s.obj), nil
			}
			return None, nil
		}},
		GetSetDef{Name: "__self_class__", Get: func(t *Thread, o *Object) (*Object, error) {
			if s := As[superObj](o); s.objType != nil {
				return t.NewRef(&s.objType.Object), nil
			}
			return None, nil
		}},
	)
	readyBuiltin(st, ObjectType, FlagBaseType, layoutOf[superObj](), 0)
}
