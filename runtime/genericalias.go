package runtime

import "strings"

// GenericAlias is list[int] and the like (types.GenericAlias): a class
// with type arguments, callable as the class.
type GenericAlias struct {
	Object
	origin *Object
	args   *Tuple
}

// GenericAliasType is types.GenericAlias.
var GenericAliasType = builtinType(&Type{Name: "GenericAlias", Module: "types"})

// NewGenericAlias returns origin[args].
func (t *Thread) NewGenericAlias(origin, args *Object) *Object {
	g := &GenericAlias{origin: t.NewRef(origin)}
	if TypeOf(args).Flags&FlagTupleSubclass != 0 {
		g.args = As[Tuple](t.NewRef(args))
	} else {
		g.args = t.NewTuple(args)
	}
	t.initObject(&g.Object, GenericAliasType)
	return &g.Object
}

// classGetItem is cls[key] for classes: __class_getitem__.
func (t *Thread) classGetItem(o, key *Object) (*Object, error) {
	typ := As[Type](o)
	if typ == TypeType {
		// type[int], as in CPython: type itself has no __class_getitem__,
		// which its instances (every class) would inherit.
		return t.NewGenericAlias(o, key), nil
	}
	f := typ.Lookup(dnClassGetItem)
	if f == nil {
		return nil, t.TypeError("type '%s' is not subscriptable", typ.Name)
	}
	var bound *Object
	if get := TypeOf(f).DescrGet; get != nil {
		var err error
		if bound, err = get(t, f, nil, typ); err != nil {
			return nil, err
		}
	} else {
		bound = t.NewRef(f)
	}
	defer t.Decref(bound)
	return t.Call1(bound, key)
}

// genericAliasNew is types.GenericAlias(origin, args), what the
// __class_getitem__ of Python classes returns (classmethod(GenericAlias)).
func genericAliasNew(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
	if kwnames.Len() > 0 {
		return nil, t.TypeError("GenericAlias() takes no keyword arguments")
	}
	if len(args) != 2 {
		return nil, t.TypeError("GenericAlias expected 2 arguments, got %d", len(args))
	}
	return t.NewGenericAlias(args[0], args[1]), nil
}

func genericAliasRepr(t *Thread, o *Object) (*Object, error) {
	g := As[GenericAlias](o)
	var name func(x *Object) (string, error)
	name = func(x *Object) (string, error) {
		switch {
		case x == Ellipsis:
			return "...", nil
		case IsType(x):
			return As[Type](x).FullName(), nil
		case TypeOf(x) == ListType:
			// Callable[[int], str]: the argument list's items named
			// the same way.
			items := As[List](x).items
			parts := make([]string, len(items))
			for i, it := range items {
				s, err := name(it)
				if err != nil {
					return "", err
				}
				parts[i] = s
			}
			return "[" + strings.Join(parts, ", ") + "]", nil
		}
		return t.ReprString(x)
	}
	head, err := name(g.origin)
	if err != nil {
		return nil, err
	}
	parts := make([]string, 0, g.args.Len())
	for _, a := range g.args.items {
		s, err := name(a)
		if err != nil {
			return nil, err
		}
		parts = append(parts, s)
	}
	if len(parts) == 0 {
		parts = append(parts, "()")
	}
	return t.NewStr(head + "[" + strings.Join(parts, ", ") + "]"), nil
}

func genericAliasGetAttr(t *Thread, o *Object, name *Str) (*Object, error) {
	g := As[GenericAlias](o)
	switch name.s {
	case "__origin__":
		return t.NewRef(g.origin), nil
	case "__args__":
		return t.NewRef(g.args.Obj()), nil
	}
	if !isDunder(name.s) {
		return t.GetAttr(g.origin, name)
	}
	return t.genericGetAttr(o, name, false)
}

func initGenericAliasType() {
	gt := GenericAliasType
	gt.Repr = genericAliasRepr
	gt.New = genericAliasNew
	gt.GetAttr = genericAliasGetAttr
	gt.Call = func(t *Thread, o *Object, args []*Object, kw *Tuple) (*Object, error) {
		return t.Call(As[GenericAlias](o).origin, args, kw)
	}
	gt.RichCmp = func(t *Thread, a, b *Object, op CompareOp) (*Object, error) {
		if TypeOf(b) != GenericAliasType || (op != CmpEq && op != CmpNe) {
			return NotImplemented, nil
		}
		x, y := As[GenericAlias](a), As[GenericAlias](b)
		eq := x.origin == y.origin
		if eq {
			r, err := t.EqualFast(x.args.Obj(), y.args.Obj())
			if err != nil {
				return nil, err
			}
			eq = r
		}
		return NewBool(eq == (op == CmpEq)), nil
	}
	gt.Hash = func(t *Thread, o *Object) (int64, error) {
		g := As[GenericAlias](o)
		h, err := t.Hash(g.args.Obj())
		return h ^ objectHashOf(g.origin), err
	}
	gt.clear = func(t *Thread, o *Object) {
		g := As[GenericAlias](o)
		t.Clearref(&g.origin)
		if g.args != nil {
			t.Decref(g.args.Obj())
			g.args = nil
		}
	}
	readyBuiltin(gt, ObjectType, 0, Layout{}, 0)
}
