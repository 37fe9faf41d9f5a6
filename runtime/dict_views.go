package runtime

// dict views (keys(), values(), items()) and dict iterators. An
// iteration step reads the dict under its lock once a second thread
// exists (lockRead); a dict whose size changed between steps ends the
// iteration with CPython's RuntimeError, whichever thread changed it.

type dictView struct {
	Object
	dict *Dict
	kind uint8
}

type dictIterObj struct {
	Object
	dict *Dict
	pos  int
	used int // the dict's size when iteration started
	// left counts the items still to come if the dict does not change;
	// an item found when none is left means that keys were deleted and
	// others added in the same number meanwhile.
	left    int
	kind    uint8
	reverse bool
}

const (
	viewKeys uint8 = iota
	viewValues
	viewItems
)

var (
	DictKeysType        = builtinType(&Type{Name: "dict_keys"})
	DictValuesType      = builtinType(&Type{Name: "dict_values"})
	DictItemsType       = builtinType(&Type{Name: "dict_items"})
	DictKeyIterType     = builtinType(&Type{Name: "dict_keyiterator"})
	DictValIterType     = builtinType(&Type{Name: "dict_valueiterator"})
	DictItemIterType    = builtinType(&Type{Name: "dict_itemiterator"})
	DictRevKeyIterType  = builtinType(&Type{Name: "dict_reversekeyiterator"})
	DictRevValIterType  = builtinType(&Type{Name: "dict_reversevalueiterator"})
	DictRevItemIterType = builtinType(&Type{Name: "dict_reverseitemiterator"})
)

var viewTypes = [...]*Type{DictKeysType, DictValuesType, DictItemsType}
var iterTypes = [...]*Type{DictKeyIterType, DictValIterType, DictItemIterType}
var revIterTypes = [...]*Type{DictRevKeyIterType, DictRevValIterType, DictRevItemIterType}

func (t *Thread) newDictView(d *Object, kind uint8) *Object {
	v := &dictView{dict: As[Dict](d), kind: kind}
	t.Incref(d)
	t.initObject(&v.Object, viewTypes[kind])
	return &v.Object
}

func dictKeysM(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	return t.newDictView(args[0], viewKeys), nil
}
func dictValuesM(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	return t.newDictView(args[0], viewValues), nil
}
func dictItemsM(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	return t.newDictView(args[0], viewItems), nil
}

// NewDictIter returns an iterator over a dict's keys, values or items.
func (t *Thread) newDictIter(d *Dict, kind uint8, reverse bool) *Object {
	locked := t.lockRead(&d.Object)
	it := &dictIterObj{dict: d, used: d.used, left: d.used, kind: kind, reverse: reverse}
	t.Incref(d.Obj())
	typ := iterTypes[kind]
	if reverse {
		typ = revIterTypes[kind]
		if d.keys != nil {
			it.pos = int(d.n) - 1
		} else {
			it.pos = -1
		}
	}
	if locked {
		t.Unlock(&d.Object)
	}
	t.initObject(&it.Object, typ)
	return &it.Object
}

func dictIter(t *Thread, o *Object) (*Object, error) {
	return t.newDictIter(As[Dict](o), viewKeys, false), nil
}

func dictReversed(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	return t.newDictIter(As[Dict](args[0]), viewKeys, true), nil
}

func dictIterNext(t *Thread, o *Object) (*Object, error) {
	r, _, err := dictIterStep(t, As[dictIterObj](o), false)
	return r, err
}

// dictIterStep advances a dict iterator and returns its next key, value or
// item (a new reference; nil at the end or with err set). With pair set,
// an items iterator returns the key and the value (new references)
// without making the item's tuple: NextPair's step for
// "for k, v in d.items()".
func dictIterStep(t *Thread, it *dictIterObj, pair bool) (a, b *Object, err error) {
	d := it.dict
	if d == nil {
		return nil, nil, nil
	}
	locked := t.lockRead(&d.Object)
	if d.used != it.used {
		if locked {
			t.Unlock(&d.Object)
		}
		it.used = -1
		return nil, nil, t.RuntimeError("dictionary changed size during iteration")
	}
	k := d.keys
	for k != nil && it.pos >= 0 && it.pos < int(d.n) {
		e := k.all[it.pos]
		if it.reverse {
			it.pos--
		} else {
			it.pos++
		}
		if e.key == nil {
			continue
		}
		if it.left == 0 {
			if locked {
				t.Unlock(&d.Object)
			}
			it.dict = nil
			t.Decref(d.Obj())
			return nil, nil, t.RuntimeError("dictionary keys changed during iteration")
		}
		it.left--
		switch {
		case it.kind == viewKeys:
			a = t.NewRef(e.key)
		case it.kind == viewValues:
			a = t.NewRef(e.value)
		case pair:
			a, b = t.NewRef(e.key), t.NewRef(e.value)
		default:
			a = t.NewTuple(e.key, e.value).Obj()
		}
		if locked {
			t.Unlock(&d.Object)
		}
		return a, b, nil
	}
	if locked {
		t.Unlock(&d.Object)
	}
	it.dict = nil
	t.Decref(d.Obj())
	return nil, nil, nil
}

func dictIterLengthHint(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	it := As[dictIterObj](args[0])
	if it.dict == nil {
		return SmallInt(0), nil
	}
	return t.NewInt(int64(dictLen0(t, it.dict))), nil
}

func viewDict(o *Object) *Dict { return As[dictView](o).dict }

func viewLen(t *Thread, o *Object) (int, error) { return dictLen0(t, viewDict(o)), nil }

func viewIter(t *Thread, o *Object) (*Object, error) {
	v := As[dictView](o)
	return t.newDictIter(v.dict, v.kind, false), nil
}

func viewReversed(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	v := As[dictView](args[0])
	return t.newDictIter(v.dict, v.kind, true), nil
}

func viewContains(t *Thread, o, x *Object) (bool, error) {
	v := As[dictView](o)
	switch v.kind {
	case viewKeys:
		r, err := t.DictGetItem(v.dict, x)
		return r != nil, err
	case viewItems:
		if TypeOf(x).Flags&FlagTupleSubclass == 0 || len(TupleItems(x)) != 2 {
			return false, nil
		}
		kv := TupleItems(x)
		r, err := t.dictGetRef(v.dict, kv[0])
		if err != nil || r == nil {
			return false, err
		}
		defer t.Decref(r)
		return t.EqualFast(r, kv[1])
	}
	t.Lock(&v.dict.Object)
	defer t.Unlock(&v.dict.Object)
	for pos := 0; ; {
		_, val, ok := v.dict.Next(&pos)
		if !ok {
			return false, nil
		}
		t.Incref(val)
		eq, err := t.EqualFast(val, x)
		t.Decref(val)
		if err != nil || eq {
			return eq, err
		}
	}
}

func viewRepr(t *Thread, o *Object) (*Object, error) {
	if !t.reprEnter(o) {
		return t.NewStr("..."), nil
	}
	defer t.reprLeave(o)
	items, err := t.iterItems(o)
	if err != nil {
		return nil, err
	}
	defer t.releaseItems(items)
	s, err := t.reprItems(items, "[", "]")
	if err != nil {
		return nil, err
	}
	return t.NewStr(TypeOf(o).Name + "(" + s + ")"), nil
}

// viewSetOp implements &, |, - and ^ of key and item views: the result is
// a set.
func viewSetOp(op BinaryOp) BinaryFunc {
	return func(t *Thread, a, b *Object) (*Object, error) {
		isView := func(o *Object) bool { return TypeOf(o) == DictKeysType || TypeOf(o) == DictItemsType }
		if !isView(a) && !isView(b) {
			return NotImplemented, nil
		}
		s, err := t.NewSetFrom(a)
		if err != nil {
			return nil, err
		}
		method := map[BinaryOp]string{OpAnd: "intersection_update", OpOr: "update", OpSub: "difference_update", OpXor: "symmetric_difference_update"}[op]
		r, err := t.CallMethod(s, method, b)
		if err != nil {
			t.Decref(s)
			return nil, err
		}
		t.Decref(r)
		return s, nil
	}
}

func viewRichCmp(t *Thread, a, b *Object, op CompareOp) (*Object, error) {
	bt := TypeOf(b)
	if bt != DictKeysType && bt != DictItemsType && bt.Flags&FlagSetSubclass == 0 {
		return NotImplemented, nil
	}
	sa, err := t.NewSetFrom(a)
	if err != nil {
		return nil, err
	}
	defer t.Decref(sa)
	sb, err := t.NewSetFrom(b)
	if err != nil {
		return nil, err
	}
	defer t.Decref(sb)
	return t.RichCompare(sa, sb, op)
}

func viewIsDisjoint(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("isdisjoint", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	disjoint := true
	err := t.ForEach(args[1], func(x *Object) (bool, error) {
		in, err := viewContains(t, args[0], x)
		if in {
			disjoint = false
		}
		return !in, err
	})
	if err != nil {
		return nil, err
	}
	return NewBool(disjoint), nil
}

func initDictViews() {
	for kind, typ := range viewTypes {
		typ.Len = viewLen
		typ.Iter = viewIter
		typ.Contains = viewContains
		typ.Repr = viewRepr
		typ.clear = func(t *Thread, o *Object) {
			v := As[dictView](o)
			if v.dict != nil {
				t.Decref(v.dict.Obj())
				v.dict = nil
			}
		}
		typ.addMethods(MethodDef{"__reversed__", viewReversed, ""})
		typ.addGetSets(GetSetDef{Name: "mapping", Get: func(t *Thread, o *Object) (*Object, error) {
			return t.NewMappingProxy(viewDict(o).Obj()), nil
		}})
		if uint8(kind) != viewValues {
			for _, op := range []BinaryOp{OpAnd, OpOr, OpSub, OpXor} {
				typ.Num[op] = viewSetOp(op)
			}
			typ.RichCmp = viewRichCmp
			typ.addMethods(MethodDef{"isdisjoint", viewIsDisjoint, ""})
		}
		readyBuiltin(typ, ObjectType, 0, Layout{}, 0)
		if uint8(kind) != viewValues {
			typ.Hash = hashNotImplemented
			typ.setStatic("__hash__", None)
		}
	}
	for _, typ := range append(iterTypes[:], revIterTypes[:]...) {
		typ.Iter = selfIter
		typ.Next = dictIterNext
		typ.clear = func(t *Thread, o *Object) {
			it := As[dictIterObj](o)
			if it.dict != nil {
				t.Decref(it.dict.Obj())
				it.dict = nil
			}
		}
		typ.addMethods(MethodDef{"__length_hint__", dictIterLengthHint, ""})
		readyBuiltin(typ, ObjectType, 0, Layout{}, 0)
	}
}
