package runtime

// The generic operations: what the eval loop and builtins call on any
// object. Each dispatches through the object's type slots and raises
// CPython's TypeError when the type has none.

// Call calls callable with the vectorcall convention.
func (t *Thread) Call(callable *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	typ := TypeOf(callable)
	if typ.Call == nil {
		return nil, t.TypeError("'%s' object is not callable", typ.Name)
	}
	return typ.Call(t, callable, args, kwnames)
}

// Call0, Call1 and Call2 are Call with fixed positional arguments.
func (t *Thread) Call0(callable *Object) (*Object, error) { return t.Call(callable, nil, nil) }

func (t *Thread) Call1(callable, a *Object) (*Object, error) {
	buf := t.args.push(1)
	buf[0] = a
	r, err := t.Call(callable, buf, nil)
	t.args.pop(buf)
	return r, err
}

func (t *Thread) Call2(callable, a, b *Object) (*Object, error) {
	buf := t.args.push(2)
	buf[0], buf[1] = a, b
	r, err := t.Call(callable, buf, nil)
	t.args.pop(buf)
	return r, err
}

// Callable reports whether o can be called.
func Callable(o *Object) bool { return TypeOf(o).Call != nil }

// Repr is repr(o), a new str reference.
func (t *Thread) Repr(o *Object) (*Object, error) {
	if err := t.EnterWhile("while getting the repr of an object"); err != nil {
		return nil, err
	}
	r, err := TypeOf(o).Repr(t, o)
	t.Leave()
	return r, err
}

// ReprString is repr(o) as a Go string.
func (t *Thread) ReprString(o *Object) (string, error) {
	r, err := t.Repr(o)
	if err != nil {
		return "", err
	}
	s := As[Str](r).s
	t.Decref(r)
	return s, nil
}

// StrOf is str(o), a new str reference.
func (t *Thread) StrOf(o *Object) (*Object, error) {
	if TypeOf(o) == StrType {
		return t.NewRef(o), nil
	}
	typ := TypeOf(o)
	if typ.Str == nil {
		return t.Repr(o)
	}
	return typ.Str(t, o)
}

// StrString is str(o) as a Go string.
func (t *Thread) StrString(o *Object) (string, error) {
	if TypeOf(o) == StrType {
		return As[Str](o).s, nil
	}
	r, err := t.StrOf(o)
	if err != nil {
		return "", err
	}
	s := As[Str](r).s
	t.Decref(r)
	return s, nil
}

// Hash is hash(o).
func (t *Thread) Hash(o *Object) (int64, error) {
	typ := TypeOf(o)
	switch typ {
	case StrType:
		return strHash(As[Str](o)), nil
	case IntType:
		// The commonest key of sets and dicts after str, without the
		// slot's indirect call (s.add(i), s.remove(i), d[i]).
		return intHash(o), nil
	}
	if typ.Hash == nil {
		return 0, t.TypeError("unhashable type: '%s'", typ.Name)
	}
	return typ.Hash(t, o)
}

// Truth is bool(o): __bool__, else __len__, else true.
func (t *Thread) Truth(o *Object) (bool, error) {
	switch o {
	case True:
		return true, nil
	case False, None:
		return false, nil
	}
	typ := TypeOf(o)
	if typ.Bool != nil {
		return typ.Bool(t, o)
	}
	if typ.Len != nil {
		n, err := typ.Len(t, o)
		return n > 0, err
	}
	return true, nil
}

// Len is len(o).
func (t *Thread) Len(o *Object) (int, error) {
	typ := TypeOf(o)
	if typ.Len == nil {
		return 0, t.TypeError("object of type '%s' has no len()", typ.Name)
	}
	return typ.Len(t, o)
}

// GetItem is o[key].
func (t *Thread) GetItem(o, key *Object) (*Object, error) {
	typ := TypeOf(o)
	if typ.GetItem == nil {
		if typ == TypeType || typ.IsSubtype(TypeType) {
			return t.classGetItem(o, key)
		}
		return nil, t.TypeError("'%s' object is not subscriptable", typ.Name)
	}
	return typ.GetItem(t, o, key)
}

// SetItem is o[key] = v.
func (t *Thread) SetItem(o, key, v *Object) error {
	typ := TypeOf(o)
	if typ.SetItem == nil {
		return t.TypeError("'%s' object does not support item assignment", typ.Name)
	}
	return typ.SetItem(t, o, key, v)
}

// DelItem is del o[key].
func (t *Thread) DelItem(o, key *Object) error {
	typ := TypeOf(o)
	if typ.SetItem == nil {
		return t.TypeError("'%s' object does not support item deletion", typ.Name)
	}
	return typ.SetItem(t, o, key, nil)
}

// Iter is iter(o): __iter__, else the sequence protocol over __getitem__.
func (t *Thread) Iter(o *Object) (*Object, error) {
	typ := TypeOf(o)
	if typ.Iter != nil {
		it, err := typ.Iter(t, o)
		if err != nil {
			return nil, err
		}
		if TypeOf(it).Next == nil {
			name := TypeOf(it).Name
			t.Decref(it)
			return nil, t.TypeError("iter() returned non-iterator of type '%s'", name)
		}
		return it, nil
	}
	if typ.GetItem != nil && typ.Flags&FlagDictSubclass == 0 {
		return t.newSeqIterGeneric(o), nil
	}
	return nil, t.TypeError("'%s' object is not iterable", typ.Name)
}

// Next advances an iterator: the next item, or (nil, nil) at the end.
func (t *Thread) Next(it *Object) (*Object, error) {
	typ := TypeOf(it)
	if typ.Next == nil {
		return nil, t.TypeError("'%s' object is not an iterator", typ.Name)
	}
	return typ.Next(t, it)
}

// Contains is v in o: __contains__, else a search of the iteration.
func (t *Thread) Contains(o, v *Object) (bool, error) {
	typ := TypeOf(o)
	if typ.Contains != nil {
		return typ.Contains(t, o, v)
	}
	if typ.Iter == nil && typ.GetItem == nil {
		return false, t.TypeError("argument of type '%s' is not iterable", typ.Name)
	}
	it, err := t.Iter(o)
	if err != nil {
		return false, err
	}
	defer t.Decref(it)
	for {
		x, err := t.Next(it)
		if err != nil || x == nil {
			return false, err
		}
		eq, err := t.EqualFast(x, v)
		t.Decref(x)
		if err != nil || eq {
			return eq, err
		}
	}
}

// Index is operator.index(o): o as an exact int, through __index__.
func (t *Thread) Index(o *Object) (*Object, error) {
	typ := TypeOf(o)
	if typ == IntType {
		return t.NewRef(o), nil
	}
	if typ.Index == nil {
		return nil, t.TypeError("'%s' object cannot be interpreted as an integer", typ.Name)
	}
	return typ.Index(t, o)
}

// IndexInt returns o.__index__() as a Go int, with OverflowError (or
// IndexError when the caller passes one in errType) past int64.
func (t *Thread) IndexInt(o *Object) (int, error) {
	if TypeOf(o) == IntType {
		if v, ok := IntSmall(o); ok {
			return int(v), nil
		}
		return 0, t.OverflowError("Python int too large to convert to C ssize_t")
	}
	i, err := t.Index(o)
	if err != nil {
		return 0, err
	}
	defer t.Decref(i)
	v, ok := IntSmall(i)
	if !ok {
		return 0, t.OverflowError("Python int too large to convert to C ssize_t")
	}
	return int(v), nil
}

// asIndexForSeq converts a sequence index, with CPython's wording for a
// value that is not an integer.
func (t *Thread) asIndexForSeq(o *Object, what string) (int, error) {
	typ := TypeOf(o)
	if typ == IntType {
		if v, ok := IntSmall(o); ok {
			return int(v), nil
		}
		return 0, t.IndexError("cannot fit 'int' into an index-sized integer")
	}
	if typ.Index == nil {
		return 0, t.TypeError("%s indices must be integers or slices, not %s", what, typ.Name)
	}
	i, err := typ.Index(t, o)
	if err != nil {
		return 0, err
	}
	defer t.Decref(i)
	v, ok := IntSmall(i)
	if !ok {
		return 0, t.IndexError("cannot fit 'int' into an index-sized integer")
	}
	return int(v), nil
}

// GetAttr is getattr(o, name).
func (t *Thread) GetAttr(o *Object, name *Str) (*Object, error) {
	return TypeOf(o).GetAttr(t, o, name)
}

// GetAttrString is GetAttr by a Go string.
func (t *Thread) GetAttrString(o *Object, name string) (*Object, error) {
	return t.GetAttr(o, Intern(name))
}

// LookupAttr is GetAttr that returns (nil, nil) instead of raising
// AttributeError.
func (t *Thread) LookupAttr(o *Object, name *Str) (*Object, error) {
	typ := TypeOf(o)
	if typ.flagsGenericGetAttr() {
		return t.genericGetAttr(o, name, true)
	}
	v, err := typ.GetAttr(t, o, name)
	if err != nil && Matches(err, AttributeErrorType) {
		t.DropError(err)
		return nil, nil
	}
	return v, err
}

// SetAttr is setattr(o, name, v); v nil deletes.
func (t *Thread) SetAttr(o *Object, name *Str, v *Object) error {
	typ := TypeOf(o)
	if typ.SetAttr == nil {
		if typ.GetAttr == nil {
			return t.TypeError("'%s' object has no attributes", typ.Name)
		}
		return t.TypeError("'%s' object has only read-only attributes", typ.Name)
	}
	return typ.SetAttr(t, o, name, v)
}

// DropError releases an exception the caller handled and will not raise.
func (t *Thread) DropError(err error) {
	if e, ok := err.(*BaseException); ok {
		t.Decref(&e.Object)
	}
}

// CallMethod calls o.name(args...).
func (t *Thread) CallMethod(o *Object, name string, args ...*Object) (*Object, error) {
	m, err := t.GetAttr(o, Intern(name))
	if err != nil {
		return nil, err
	}
	r, err := t.Call(m, args, nil)
	t.Decref(m)
	return r, err
}

// IsInstance is isinstance(o, cls) for a single class, honouring
// __instancecheck__ only through the class's type (not yet).
func IsInstance(o *Object, cls *Type) bool { return TypeOf(o).IsSubtype(cls) }
