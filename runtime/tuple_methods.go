package runtime

// The tuple type's slots and methods.

func tupleRepr(t *Thread, o *Object) (*Object, error) {
	items := TupleItems(o)
	if len(items) == 0 {
		return t.NewStr("()"), nil
	}
	if !t.reprEnter(o) {
		return t.NewStr("(...)"), nil
	}
	defer t.reprLeave(o)
	close := ")"
	if len(items) == 1 {
		close = ",)"
	}
	s, err := t.reprItems(items, "(", close)
	if err != nil {
		return nil, err
	}
	return t.NewStr(s), nil
}

// tupleHash is CPython's xxHash-based tuple hash.
// tupleHash is CPython's tuple hash (xxHash's round over the items'
// hashes); fasthash.go combines attribute values' hashes the same way.
func tupleHash(t *Thread, o *Object) (int64, error) {
	items := TupleItems(o)
	acc := tupleHashStart
	for _, it := range items {
		h, err := t.Hash(it)
		if err != nil {
			return 0, err
		}
		acc = tupleHashStep(acc, h)
	}
	return tupleHashEnd(acc, len(items)), nil
}

const (
	tupleHashP1    = 11400714785074694791
	tupleHashP2    = 14029467366897019727
	tupleHashP5    = 2870177450012600261
	tupleHashStart = uint64(tupleHashP5)
)

func tupleHashStep(acc uint64, h int64) uint64 {
	acc += uint64(h) * tupleHashP2
	acc = acc<<31 | acc>>33
	return acc * tupleHashP1
}

func tupleHashEnd(acc uint64, n int) int64 {
	acc += uint64(n) ^ (tupleHashP5 ^ 3527539)
	if acc == ^uint64(0) {
		return 1546275796
	}
	return int64(acc)
}

func tupleRichCmp(t *Thread, a, b *Object, op CompareOp) (*Object, error) {
	if TypeOf(b).Flags&FlagTupleSubclass == 0 {
		return NotImplemented, nil
	}
	return t.compareItems(TupleItems(a), TupleItems(b), op)
}

func tupleLen(t *Thread, o *Object) (int, error) { return len(TupleItems(o)), nil }

func tupleGetItem(t *Thread, o, key *Object) (*Object, error) {
	items := TupleItems(o)
	if TypeOf(key) == IntType {
		if v, ok := IntSmall(key); ok {
			if i, ok := normIndex(int(v), len(items)); ok {
				return t.NewRef(items[i]), nil
			}
			return nil, t.IndexError("tuple index out of range")
		}
	}
	if IsSlice(key) {
		start, _, step, n, err := t.Indices(As[Slice](key), len(items))
		if err != nil {
			return nil, err
		}
		if n == len(items) && step == 1 && TypeOf(o) == TupleType {
			return t.NewRef(o), nil
		}
		return t.NewTuple(sliceItems(items, start, step, n)...).Obj(), nil
	}
	i, err := t.asIndexForSeq(key, "tuple")
	if err != nil {
		return nil, err
	}
	if i, ok := normIndex(i, len(items)); ok {
		return t.NewRef(items[i]), nil
	}
	return nil, t.IndexError("tuple index out of range")
}

func tupleContains(t *Thread, o, v *Object) (bool, error) {
	for _, it := range TupleItems(o) {
		eq, err := t.EqualFast(it, v)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

func tupleIter(t *Thread, o *Object) (*Object, error) {
	return t.newSeqIter(o, iterTuple, TupleIterType), nil
}

func tupleAdd(t *Thread, a, b *Object) (*Object, error) {
	if TypeOf(a).Flags&FlagTupleSubclass == 0 || TypeOf(b).Flags&FlagTupleSubclass == 0 {
		return NotImplemented, nil
	}
	x, y := TupleItems(a), TupleItems(b)
	if len(y) == 0 && TypeOf(a) == TupleType {
		return t.NewRef(a), nil
	}
	if len(x) == 0 && TypeOf(b) == TupleType {
		return t.NewRef(b), nil
	}
	tu := t.allocTuple(len(x) + len(y))
	for i, v := range x {
		tu.items[i] = t.NewRef(v)
	}
	for i, v := range y {
		tu.items[len(x)+i] = t.NewRef(v)
	}
	return tu.Obj(), nil
}

// repeatCount reads the int operand of sequence repetition, either side.
func repeatOperands(a, b *Object, flag TypeFlags) (seq, n *Object, ok bool) {
	switch {
	case TypeOf(a).Flags&flag != 0 && TypeOf(b).Index != nil:
		return a, b, true
	case TypeOf(b).Flags&flag != 0 && TypeOf(a).Index != nil:
		return b, a, true
	}
	return nil, nil, false
}

func (t *Thread) repeatCount(n *Object) (int, error) {
	i, err := t.Index(n)
	if err != nil {
		return 0, err
	}
	defer t.Decref(i)
	v, ok := IntSmall(i)
	if !ok {
		if intSign(i) < 0 {
			return 0, nil
		}
		return 0, t.OverflowError("cannot fit 'int' into an index-sized integer")
	}
	return int(max(v, 0)), nil
}

func tupleMul(t *Thread, a, b *Object) (*Object, error) {
	seq, no, ok := repeatOperands(a, b, FlagTupleSubclass)
	if !ok {
		return NotImplemented, nil
	}
	n, err := t.repeatCount(no)
	if err != nil {
		return nil, err
	}
	items := TupleItems(seq)
	if n == 1 && TypeOf(seq) == TupleType {
		return t.NewRef(seq), nil
	}
	if len(items) > 0 && n > maxBuild()/len(items)/8 {
		return nil, t.NewError(MemoryErrorType)
	}
	tu := t.allocTuple(len(items) * n)
	for k := 0; k < n; k++ {
		for i, v := range items {
			tu.items[k*len(items)+i] = t.NewRef(v)
		}
	}
	return tu.Obj(), nil
}

func tupleNew(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := t.CheckArgs("tuple", args, kwnames, 0, 1); err != nil {
		return nil, err
	}
	var items []*Object
	if len(args) == 1 {
		if TypeOf(args[0]) == TupleType {
			if typ == TupleType {
				return t.NewRef(args[0]), nil
			}
			// tuple.__new__(cls, (a, b, c)), a namedtuple's __new__:
			// the items go straight into the instance's inline block.
			src := As[Tuple](args[0]).items
			o := t.allocTupleInstance(typ, len(src))
			dst := As[Tuple](o).items
			for i, v := range src {
				t.Incref(v)
				dst[i] = v
			}
			return o, nil
		}
		var err error
		if items, err = t.SequenceItems(args[0]); err != nil {
			return nil, err
		}
	}
	if typ == TupleType {
		return t.NewTupleSteal(items).Obj(), nil
	}
	o := t.allocTupleInstance(typ, len(items))
	copy(As[Tuple](o).items, items)
	return o, nil
}

func tupleCount(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("count", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	n, err := t.countItems(func() []*Object { return TupleItems(args[0]) }, args[1])
	if err != nil {
		return nil, err
	}
	return t.NewInt(int64(n)), nil
}

func tupleIndex(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("index", args[1:], kw, 1, 3); err != nil {
		return nil, err
	}
	items := TupleItems(args[0])
	start, stop, err := t.indexArgs(args[2:], len(items))
	if err != nil {
		return nil, err
	}
	for i := start; i < stop && i < len(items); i++ {
		eq, err := t.EqualFast(items[i], args[1])
		if err != nil {
			return nil, err
		}
		if eq {
			return t.NewInt(int64(i)), nil
		}
	}
	return nil, t.ValueError("tuple.index(x): x not in tuple")
}

func initTupleType() {
	tt := TupleType
	tt.addClassMethods(MethodDef{"__class_getitem__", classGetItemAlias, "See PEP 585"})
	tt.New = tupleNew
	tt.Repr = tupleRepr
	tt.Hash = tupleHash
	tt.RichCmp = tupleRichCmp
	tt.Len = tupleLen
	tt.GetItem = tupleGetItem
	tt.Contains = tupleContains
	tt.Iter = tupleIter
	tt.Num[OpAdd] = tupleAdd
	tt.Num[OpMul] = tupleMul
	tt.Dealloc = tupleDealloc
	tt.clear = tupleClear
	tt.addMethods(
		MethodDef{"count", tupleCount, "Return number of occurrences of value."},
		MethodDef{"index", tupleIndex, "Return first index of value.\n\nRaises ValueError if the value is not present."},
		MethodDef{"__getnewargs__", func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
			return t.NewTuple(t.NewTuple(TupleItems(args[0])...).Obj()).Obj(), nil
		}, ""},
	)
	readyBuiltin(tt, ObjectType, FlagBaseType|FlagTupleSubclass, layoutOf[Tuple](), 0)
	tt.Dealloc = tupleDealloc
}
