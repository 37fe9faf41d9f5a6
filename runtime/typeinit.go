package runtime

// Readying builtin types: filling in what their static declarations leave
// out (MRO, inherited slots, the dunder methods that expose their slots),
// once, during package initialization.

// builtinType returns typ: a builtin type's declaration passes its
// &Type{...} through it (var IntType = builtinType(&Type{...})) so that
// the type is allocated on the heap at package initialization. Without
// the call the compiler lays such a constant literal out in .data, and
// readying the type at initialization writes it: the first write to each
// page of .data is a page fault that copies the page from the
// executable, where the heap pages the types land in are among those
// internal/prefault populates at once.
//
//go:noinline
func builtinType(typ *Type) *Type { return typ }

// readyBuiltin completes a builtin type derived from base (nil only for
// object). layout describes how to allocate instances of classes derived
// from it; dictOff, when non-zero, is where its own instances keep a
// __dict__.
func readyBuiltin(typ, base *Type, flags TypeFlags, layout Layout, dictOff uintptr) {
	initStatic(&typ.Object, TypeType)
	typ.Base = base
	if base == nil {
		typ.MRO = []*Type{typ}
	} else {
		// One array holds the MRO, and __bases__ is its second element:
		// a builtin type's bases never change, and the capacity of one
		// makes an append to Bases copy.
		mro := make([]*Type, 1+len(base.MRO))
		mro[0] = typ
		copy(mro[1:], base.MRO)
		typ.MRO = mro
		typ.Bases = mro[1:2:2]
		typ.Flags |= base.Flags & inheritedFlags
	}
	typ.Flags |= flags | FlagImmutable
	if typ.QualName == "" {
		typ.QualName = typ.Name
	}
	if typ.Module == "" {
		typ.Module = "builtins"
	}
	ownNew := typ.New != nil
	typ.solid = typ
	typ.layout = layout
	typ.dictOff = dictOff

	var own uint64
	for id := slotID(0); id < numSlots; id++ {
		if typ.hasSlot(id) {
			own |= 1 << id
		} else if base != nil {
			typ.copySlot(base, id)
		}
	}
	if base != nil {
		if own&(1<<slotGetAttr) == 0 {
			typ.plainGetAttr = base.plainGetAttr
		}
		if own&(1<<slotSetAttr) == 0 {
			typ.plainSetAttr = base.plainSetAttr
		}
		if own&(1<<slotInit) == 0 {
			typ.initIsObject = base.initIsObject
		}
		if typ.New == nil && base != ObjectType {
			typ.New = base.New
			typ.newIsObject = base.newIsObject
		}
		if typ.Dealloc == nil {
			typ.Dealloc = base.Dealloc
		}
		if typ.clear == nil {
			typ.clear = base.clear
		}
	}
	if typ.Dealloc == nil {
		typ.Dealloc = deallocPlain
	}
	typ.record(dictOp{kind: opReady, own: own, ownNew: ownNew})
}

// tpNewWrapper is the __new__ of builtin types: T.__new__(S, ...) with S
// a subtype of T.
func tpNewWrapper(t *Thread, args []*Object, kwnames *Tuple) (*Object, error) {
	typ := As[Type](args[0])
	args = args[1:]
	if len(args) == 0 {
		return nil, t.TypeError("%s.__new__(): not enough arguments", typ.Name)
	}
	if !IsType(args[0]) {
		return nil, t.TypeError("%s.__new__(X): X is not a type object (%s)", typ.Name, TypeOf(args[0]).Name)
	}
	sub := As[Type](args[0])
	if !sub.IsSubtype(typ) {
		return nil, t.TypeError("%s.__new__(%s): %s is not a subtype of %s", typ.Name, sub.Name, sub.Name, typ.Name)
	}
	if sub.solid != typ.solid && sub.solid.IsSubtype(typ) && (typ != ObjectType || !sub.solid.newIsObject) {
		// object.__new__(dict) too: the nearest builtin base makes its
		// instances with its own __new__, as CPython's tp_new_wrapper
		// checks. The advice names the nearest class whose __new__ is not
		// a Python function.
		static := sub
		for static.IsHeap() && static.Base != nil && static.Dict().GetStr(dnNew) != nil {
			static = static.Base
		}
		return nil, t.TypeError("%s.__new__(%s) is not safe, use %s.__new__()", typ.Name, sub.Name, static.Name)
	}
	return typ.New(t, sub, args[1:], kwnames)
}

// IsType reports whether o is a type object.
func IsType(o *Object) bool { return TypeOf(o).Flags&FlagTypeSubclass != 0 }

// AsType returns o as a type; o must be one.
func AsType(o *Object) *Type { return As[Type](o) }

// exposeSlots adds to a builtin type's dict the dunder methods of the
// slots it defines itself (own, by slot bit); typeFillMu is held.
func (typ *Type) exposeSlots(own uint64) {
	for id := slotID(0); id < numSlots; id++ {
		if own&(1<<id) == 0 {
			continue
		}
		for _, name := range slotDunders[id] {
			if typ.dict.GetStr(Intern(name)) != nil {
				continue
			}
			if v := typ.earlyObj(name); v != nil {
				typ.put(name, v)
				continue
			}
			fn := slotMethod(typ, id, name)
			if fn == nil {
				continue
			}
			typ.put(name, &newSlotMethod(typ, name, fn, id).Object)
		}
	}
}

// wantArgs checks the argument count of a slot wrapper method.
func (t *Thread) wantArgs(args []*Object, kwnames *Tuple, n int) error {
	if kwnames.Len() > 0 {
		return t.TypeError("wrapper takes no keyword arguments")
	}
	if len(args)-1 != n {
		return t.TypeError("expected %d argument%s, got %d", n, plural(n), len(args)-1)
	}
	return nil
}

// slotMethod returns the method that exposes slot id of typ as name.
func slotMethod(typ *Type, id slotID, name string) NativeFunc {
	unary := func(get func() UnaryFunc) NativeFunc {
		return func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
			if err := t.wantArgs(args, kw, 0); err != nil {
				return nil, err
			}
			return get()(t, args[0])
		}
	}
	binary := func(get func() BinaryFunc, reflected bool) NativeFunc {
		return func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
			if err := t.wantArgs(args, kw, 1); err != nil {
				return nil, err
			}
			if reflected {
				return get()(t, args[1], args[0])
			}
			return get()(t, args[0], args[1])
		}
	}
	switch {
	case id >= slotINum:
		op := BinaryOp(id - slotINum)
		return binary(func() BinaryFunc { return typ.INum[op] }, false)
	case id >= slotNum:
		op := BinaryOp(id - slotNum)
		reflected := name[2] == 'r' && name != "__rshift__"
		if op == OpPow && !reflected {
			return func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
				if len(args) == 3 && args[2] != None && typ.Pow3 != nil {
					return typ.Pow3(t, args[0], args[1], args[2])
				}
				if err := t.wantArgs(args, kw, 1); err != nil {
					return nil, err
				}
				return typ.Num[op](t, args[0], args[1])
			}
		}
		return binary(func() BinaryFunc { return typ.Num[op] }, reflected)
	}
	switch id {
	case slotRepr:
		return unary(func() UnaryFunc { return typ.Repr })
	case slotStr:
		return unary(func() UnaryFunc { return typ.Str })
	case slotIter:
		return unary(func() UnaryFunc { return typ.Iter })
	case slotNeg:
		return unary(func() UnaryFunc { return typ.Neg })
	case slotPos:
		return unary(func() UnaryFunc { return typ.Pos })
	case slotAbs:
		return unary(func() UnaryFunc { return typ.Abs })
	case slotInvert:
		return unary(func() UnaryFunc { return typ.Invert })
	case slotIndex:
		return unary(func() UnaryFunc { return typ.Index })
	case slotInt:
		return unary(func() UnaryFunc { return typ.Int })
	case slotFloat:
		return unary(func() UnaryFunc { return typ.Float })
	case slotGetItem:
		return binary(func() BinaryFunc { return typ.GetItem }, false)
	case slotDivMod:
		return binary(func() BinaryFunc { return typ.DivMod }, name == "__rdivmod__")
	case slotHash:
		return func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
			if err := t.wantArgs(args, kw, 0); err != nil {
				return nil, err
			}
			h, err := typ.Hash(t, args[0])
			if err != nil {
				return nil, err
			}
			return t.NewInt(h), nil
		}
	case slotRichCmp:
		var op CompareOp
		for i, n := range cmpDunders {
			if n == name {
				op = CompareOp(i)
			}
		}
		return func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
			if err := t.wantArgs(args, kw, 1); err != nil {
				return nil, err
			}
			return typ.RichCmp(t, args[0], args[1], op)
		}
	case slotGetAttr:
		if name != "__getattribute__" {
			return nil
		}
		return func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
			if err := t.wantArgs(args, kw, 1); err != nil {
				return nil, err
			}
			if !IsStr(args[1]) {
				return nil, t.TypeError("attribute name must be string, not '%s'", TypeOf(args[1]).Name)
			}
			return typ.GetAttr(t, args[0], As[Str](args[1]))
		}
	case slotSetAttr:
		del := name == "__delattr__"
		return func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
			n := 2
			if del {
				n = 1
			}
			if err := t.wantArgs(args, kw, n); err != nil {
				return nil, err
			}
			if !IsStr(args[1]) {
				return nil, t.TypeError("attribute name must be string, not '%s'", TypeOf(args[1]).Name)
			}
			var v *Object
			if !del {
				v = args[2]
			}
			if err := typ.SetAttr(t, args[0], As[Str](args[1]), v); err != nil {
				return nil, err
			}
			return None, nil
		}
	case slotDescrGet:
		return func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
			if len(args) < 2 || len(args) > 3 {
				return nil, t.TypeError("expected 1 or 2 arguments, got %d", len(args)-1)
			}
			obj := args[1]
			if obj == None {
				obj = nil
			}
			var cls *Type
			if len(args) == 3 && args[2] != None {
				cls = As[Type](args[2])
			}
			if obj == nil && cls == nil {
				return nil, t.TypeError("__get__(None, None) is invalid")
			}
			return typ.DescrGet(t, args[0], obj, cls)
		}
	case slotDescrSet:
		del := name == "__delete__"
		return func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
			n := 2
			if del {
				n = 1
			}
			if err := t.wantArgs(args, kw, n); err != nil {
				return nil, err
			}
			var v *Object
			if !del {
				v = args[2]
			}
			if err := typ.DescrSet(t, args[0], args[1], v); err != nil {
				return nil, err
			}
			return None, nil
		}
	case slotCall:
		return func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
			return typ.Call(t, args[0], args[1:], kw)
		}
	case slotInit:
		return func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
			if err := typ.Init(t, args[0], args[1:], kw); err != nil {
				return nil, err
			}
			return None, nil
		}
	case slotNext:
		return func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
			if err := t.wantArgs(args, kw, 0); err != nil {
				return nil, err
			}
			r, err := typ.Next(t, args[0])
			if err == nil && r == nil {
				return nil, t.NewError(StopIterationType)
			}
			return r, err
		}
	case slotLen:
		return func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
			if err := t.wantArgs(args, kw, 0); err != nil {
				return nil, err
			}
			n, err := typ.Len(t, args[0])
			if err != nil {
				return nil, err
			}
			return t.NewInt(int64(n)), nil
		}
	case slotSetItem:
		del := name == "__delitem__"
		return func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
			n := 2
			if del {
				n = 1
			}
			if err := t.wantArgs(args, kw, n); err != nil {
				return nil, err
			}
			var v *Object
			if !del {
				v = args[2]
			}
			if err := typ.SetItem(t, args[0], args[1], v); err != nil {
				return nil, err
			}
			return None, nil
		}
	case slotContains:
		return func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
			if err := t.wantArgs(args, kw, 1); err != nil {
				return nil, err
			}
			b, err := typ.Contains(t, args[0], args[1])
			if err != nil {
				return nil, err
			}
			return NewBool(b), nil
		}
	case slotBool:
		return func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
			if err := t.wantArgs(args, kw, 0); err != nil {
				return nil, err
			}
			b, err := typ.Bool(t, args[0])
			if err != nil {
				return nil, err
			}
			return NewBool(b), nil
		}
	}
	return nil
}
