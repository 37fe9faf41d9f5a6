package runtime

// The builtins about types and attributes: isinstance, issubclass,
// getattr, setattr, hasattr, delattr.

// IsInstanceOf is isinstance(o, cls) with tuples, unions and
// __instancecheck__.
func (t *Thread) IsInstanceOf(o, cls *Object) (bool, error) {
	if IsType(cls) && TypeOf(o).IsSubtype(As[Type](cls)) {
		return true, nil
	}
	if TypeOf(cls) == TypeType {
		return t.instanceByClass(o, As[Type](cls))
	}
	if TypeOf(cls).Flags&FlagTupleSubclass != 0 {
		for _, c := range TupleItems(cls) {
			if err := t.Enter(); err != nil {
				return false, err
			}
			ok, err := t.IsInstanceOf(o, c)
			t.Leave()
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	if args := UnionArgs(cls); args != nil {
		for _, c := range args {
			if ok, err := t.IsInstanceOf(o, c); err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	if f := TypeOf(cls).Lookup(dnInstCheck); f != nil {
		r, err := t.callBound(f, cls, []*Object{o}, nil)
		if err != nil {
			return false, err
		}
		defer t.Decref(r)
		return t.Truth(r)
	}
	if !IsType(cls) {
		return false, t.TypeError("isinstance() arg 2 must be a type, a tuple of types, or a union")
	}
	return t.instanceByClass(o, As[Type](cls))
}

// instanceByClass is isinstance's second chance, as CPython's: an object
// whose class overrides __class__ (a mock with a spec, a proxy) is also
// an instance of the class that attribute names. FlagClassAttr marks the
// classes that do, so the others pay one flag test.
func (t *Thread) instanceByClass(o *Object, cls *Type) (bool, error) {
	typ := TypeOf(o)
	if typ.Flags&FlagClassAttr == 0 {
		return false, nil
	}
	c, err := t.LookupAttr(o, Intern("__class__"))
	if err != nil || c == nil {
		return false, err
	}
	defer t.Decref(c)
	return IsType(c) && c != typ.Obj() && As[Type](c).IsSubtype(cls), nil
}

// IsSubclassOf is issubclass(c, cls).
func (t *Thread) IsSubclassOf(c, cls *Object) (bool, error) {
	if TypeOf(cls).Flags&FlagTupleSubclass != 0 {
		for _, x := range TupleItems(cls) {
			if ok, err := t.IsSubclassOf(c, x); err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	if args := UnionArgs(cls); args != nil {
		for _, x := range args {
			if ok, err := t.IsSubclassOf(c, x); err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	if TypeOf(cls) != TypeType {
		if f := TypeOf(cls).Lookup(dnSubCheck); f != nil {
			r, err := t.callBound(f, cls, []*Object{c}, nil)
			if err != nil {
				return false, err
			}
			defer t.Decref(r)
			return t.Truth(r)
		}
	}
	if !IsType(cls) {
		return false, t.TypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union")
	}
	if !IsType(c) {
		return false, t.TypeError("issubclass() arg 1 must be a class")
	}
	return As[Type](c).IsSubtype(As[Type](cls)), nil
}

func builtinIsInstance(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("isinstance", args, kw, 2, 2); err != nil {
		return nil, err
	}
	ok, err := t.IsInstanceOf(args[0], args[1])
	if err != nil {
		return nil, err
	}
	return NewBool(ok), nil
}

func builtinIsSubclass(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("issubclass", args, kw, 2, 2); err != nil {
		return nil, err
	}
	ok, err := t.IsSubclassOf(args[0], args[1])
	if err != nil {
		return nil, err
	}
	return NewBool(ok), nil
}

func attrName(t *Thread, o *Object, fname string) (*Str, error) {
	if !IsStr(o) {
		return nil, t.TypeError("attribute name must be string, not '%s'", TypeOf(o).Name)
	}
	return As[Str](o), nil
}

func builtinGetAttr(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("getattr", args, kw, 2, 3); err != nil {
		return nil, err
	}
	name, err := attrName(t, args[1], "getattr")
	if err != nil {
		return nil, err
	}
	if len(args) == 3 {
		v, err := t.LookupAttr(args[0], name)
		if err != nil || v != nil {
			return v, err
		}
		return t.NewRef(args[2]), nil
	}
	return t.GetAttr(args[0], name)
}

func builtinHasAttr(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("hasattr", args, kw, 2, 2); err != nil {
		return nil, err
	}
	name, err := attrName(t, args[1], "hasattr")
	if err != nil {
		return nil, err
	}
	v, err := t.LookupAttr(args[0], name)
	if err != nil {
		return nil, err
	}
	if v == nil {
		return False, nil
	}
	t.Decref(v)
	return True, nil
}

func builtinSetAttr(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("setattr", args, kw, 3, 3); err != nil {
		return nil, err
	}
	name, err := attrName(t, args[1], "setattr")
	if err != nil {
		return nil, err
	}
	if err := t.SetAttr(args[0], name, args[2]); err != nil {
		return nil, err
	}
	return None, nil
}

func builtinDelAttr(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("delattr", args, kw, 2, 2); err != nil {
		return nil, err
	}
	name, err := attrName(t, args[1], "delattr")
	if err != nil {
		return nil, err
	}
	if err := t.SetAttr(args[0], name, nil); err != nil {
		return nil, err
	}
	return None, nil
}
