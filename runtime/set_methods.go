package runtime

// The set and frozenset types' slots and methods.

func setRepr(t *Thread, o *Object) (*Object, error) {
	s := As[Set](o)
	name := TypeOf(o).Name
	if setLen0(t, s) == 0 {
		return t.NewStr(name + "()"), nil
	}
	if !t.reprEnter(o) {
		return t.NewStr(name + "(...)"), nil
	}
	defer t.reprLeave(o)
	members := t.setSnapshot(s)
	defer t.releaseItems(members)
	r, err := t.reprItems(members, "{", "}")
	if err != nil {
		return nil, err
	}
	if TypeOf(o) != SetType {
		r = name + "(" + r + ")"
	}
	return t.NewStr(r), nil
}

func setLen(t *Thread, o *Object) (int, error) { return setLen0(t, As[Set](o)), nil }

func setContainsSlot(t *Thread, o, v *Object) (bool, error) { return t.SetContains(As[Set](o), v) }

// issubset reports whether every member of a is in b.
func (t *Thread) issubset(a, b *Set) (bool, error) {
	if setLen0(t, a) > setLen0(t, b) {
		return false, nil
	}
	members := t.setSnapshot(a)
	defer t.releaseItems(members)
	for _, m := range members {
		in, err := t.SetContains(b, m)
		if err != nil || !in {
			return false, err
		}
	}
	return true, nil
}

func setRichCmp(t *Thread, a, b *Object, op CompareOp) (*Object, error) {
	if !IsSet(b) {
		return NotImplemented, nil
	}
	x, y := As[Set](a), As[Set](b)
	nx, ny := setLen0(t, x), setLen0(t, y)
	var r bool
	var err error
	switch op {
	case CmpEq:
		if nx != ny {
			return False, nil
		}
		r, err = t.issubset(x, y)
	case CmpNe:
		if nx != ny {
			return True, nil
		}
		r, err = t.issubset(x, y)
		r = !r
	case CmpLe:
		r, err = t.issubset(x, y)
	case CmpGe:
		r, err = t.issubset(y, x)
	case CmpLt:
		if nx >= ny {
			return False, nil
		}
		r, err = t.issubset(x, y)
	case CmpGt:
		if nx <= ny {
			return False, nil
		}
		r, err = t.issubset(y, x)
	}
	if err != nil {
		return nil, err
	}
	return NewBool(r), nil
}

// setCopyOf returns a new set (or frozenset) of the same exact builtin
// type as o, holding o's members.
func (t *Thread) setCopyOf(o *Object) (*Set, error) {
	typ := SetType
	if TypeOf(o).IsSubtype(FrozenSetType) {
		typ = FrozenSetType
	}
	s := t.newSetOf(typ)
	if err := t.setMerge(s, As[Set](o)); err != nil {
		t.Decref(s.Obj())
		return nil, err
	}
	return s, nil
}

// asSet returns other as a set for the operators, converting iterables
// for the named methods.
func (t *Thread) asSet(other *Object) (*Set, bool, error) {
	if IsSet(other) {
		return As[Set](other), false, nil
	}
	s, err := t.NewSetFrom(other)
	if err != nil {
		return nil, false, err
	}
	return As[Set](s), true, nil
}

func (t *Thread) setIntersection(a *Object, other *Object) (*Set, error) {
	x := As[Set](a)
	typ := SetType
	if TypeOf(a).IsSubtype(FrozenSetType) {
		typ = FrozenSetType
	}
	result := t.newSetOf(typ)
	if IsSet(other) {
		y := As[Set](other)
		if setLen0(t, y) > setLen0(t, x) {
			x, y = y, x
		}
		entries := t.setEntries(y)
		defer t.releaseEntries(entries)
		for _, e := range entries {
			in, err := t.setHas(x, e.key, e.hash)
			if err != nil {
				t.Decref(result.Obj())
				return nil, err
			}
			if in {
				if err := t.setAddHash(result, e.key, e.hash); err != nil {
					t.Decref(result.Obj())
					return nil, err
				}
			}
		}
		return result, nil
	}
	err := t.ForEach(other, func(v *Object) (bool, error) {
		h, err := t.Hash(v)
		if err != nil {
			return false, err
		}
		in, err := t.setHas(x, v, h)
		if err != nil {
			return false, err
		}
		if in {
			err = t.setAddHash(result, v, h)
		}
		return err == nil, err
	})
	if err != nil {
		t.Decref(result.Obj())
		return nil, err
	}
	return result, nil
}

// setDifference is a - other. When other is a set not much smaller than
// a, the result is built from the members of a that other lacks, as
// CPython's set_difference does, rather than by copying a and discarding
// other's members (a table sized for a, left full of deleted slots).
func (t *Thread) setDifference(a, other *Object) (*Set, error) {
	if IsSet(other) && other != a && setLen0(t, As[Set](a))>>2 <= setLen0(t, As[Set](other)) {
		typ := SetType
		if TypeOf(a).IsSubtype(FrozenSetType) {
			typ = FrozenSetType
		}
		result, y := t.newSetOf(typ), As[Set](other)
		entries := t.setEntries(As[Set](a))
		defer t.releaseEntries(entries)
		for _, e := range entries {
			in, err := t.setHas(y, e.key, e.hash)
			if err == nil && !in {
				err = t.setAddHash(result, e.key, e.hash)
			}
			if err != nil {
				t.Decref(result.Obj())
				return nil, err
			}
		}
		return result, nil
	}
	result, err := t.setCopyOf(a)
	if err != nil {
		return nil, err
	}
	if err := t.setDifferenceUpdate(result, other); err != nil {
		t.Decref(result.Obj())
		return nil, err
	}
	return result, nil
}

func (t *Thread) setDifferenceUpdate(s *Set, other *Object) error {
	if other == s.Obj() {
		t.setClear(s)
		return nil
	}
	return t.ForEach(other, func(v *Object) (bool, error) {
		h, err := t.Hash(v)
		if err != nil {
			return false, err
		}
		_, err = t.setDiscardHash(s, v, h)
		return err == nil, err
	})
}

func (t *Thread) setSymmetricDifferenceUpdate(s *Set, other *Object) error {
	if other == s.Obj() {
		t.setClear(s)
		return nil
	}
	o, tmp, err := t.asSet(other)
	if err != nil {
		return err
	}
	if tmp {
		defer t.Decref(o.Obj())
	}
	entries := t.setEntries(o)
	defer t.releaseEntries(entries)
	for _, e := range entries {
		found, err := t.setDiscardHash(s, e.key, e.hash)
		if err != nil {
			return err
		}
		if !found {
			if err := t.setAddHash(s, e.key, e.hash); err != nil {
				return err
			}
		}
	}
	return nil
}

func setOperator(op BinaryOp) BinaryFunc {
	return func(t *Thread, a, b *Object) (*Object, error) {
		if !IsSet(a) || !IsSet(b) {
			return NotImplemented, nil
		}
		var r *Set
		var err error
		switch op {
		case OpOr:
			if r, err = t.setCopyOf(a); err == nil {
				err = t.setMerge(r, As[Set](b))
			}
		case OpAnd:
			r, err = t.setIntersection(a, b)
		case OpSub:
			r, err = t.setDifference(a, b)
		case OpXor:
			if r, err = t.setCopyOf(a); err == nil {
				err = t.setSymmetricDifferenceUpdate(r, b)
			}
		}
		if err != nil {
			if r != nil {
				t.Decref(r.Obj())
			}
			return nil, err
		}
		return r.Obj(), nil
	}
}

func setInPlace(op BinaryOp) BinaryFunc {
	return func(t *Thread, a, b *Object) (*Object, error) {
		if !IsSet(b) {
			return NotImplemented, nil
		}
		s := As[Set](a)
		var err error
		switch op {
		case OpOr:
			err = t.setMerge(s, As[Set](b))
		case OpAnd:
			var r *Set
			if r, err = t.setIntersection(a, b); err == nil {
				t.setSwap(s, r)
				t.Decref(r.Obj())
			}
		case OpSub:
			err = t.setDifferenceUpdate(s, b)
		case OpXor:
			err = t.setSymmetricDifferenceUpdate(s, b)
		}
		if err != nil {
			return nil, err
		}
		return t.NewRef(a), nil
	}
}

// setSwap exchanges the tables of two sets.
func (t *Thread) setSwap(a, b *Set) {
	t.Lock2(&a.Object, &b.Object)
	a.table, b.table = b.table, a.table
	a.fill, b.fill = b.fill, a.fill
	a.used, b.used = b.used, a.used
	a.counts, b.counts = b.counts, a.counts
	t.Unlock2(&a.Object, &b.Object)
}

// setMethodN makes union/intersection/difference/symmetric_difference,
// which accept any number of iterables.
func setMethodN(name string, op BinaryOp) NativeFunc {
	return func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
		if err := t.NoKwargs("set."+name, kw); err != nil {
			return nil, err
		}
		r, err := t.setCopyOf(args[0])
		if err != nil {
			return nil, err
		}
		if op == OpAnd && len(args) > 1 {
			t.Decref(r.Obj())
			r = nil
			cur := args[0]
			t.Incref(cur)
			for _, o := range args[1:] {
				n, err := t.setIntersection(cur, o)
				t.Decref(cur)
				if err != nil {
					return nil, err
				}
				cur = n.Obj()
			}
			return cur, nil
		}
		for _, o := range args[1:] {
			switch op {
			case OpOr:
				err = t.SetUpdate(r, o)
			case OpSub:
				err = t.setDifferenceUpdate(r, o)
			case OpXor:
				err = t.setSymmetricDifferenceUpdate(r, o)
			}
			if err != nil {
				t.Decref(r.Obj())
				return nil, err
			}
		}
		return r.Obj(), nil
	}
}

func setUpdateN(op BinaryOp) NativeFunc {
	return func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
		s := As[Set](args[0])
		for _, o := range args[1:] {
			var err error
			switch op {
			case OpOr:
				err = t.SetUpdate(s, o)
			case OpSub:
				err = t.setDifferenceUpdate(s, o)
			case OpXor:
				err = t.setSymmetricDifferenceUpdate(s, o)
			case OpAnd:
				var r *Set
				if r, err = t.setIntersection(args[0], o); err == nil {
					t.setSwap(s, r)
					t.Decref(r.Obj())
				}
			}
			if err != nil {
				return nil, err
			}
		}
		return None, nil
	}
}

func setAddM(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("add", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	if err := t.SetAdd(As[Set](args[0]), args[1]); err != nil {
		return nil, err
	}
	return None, nil
}

func setRemoveOrDiscard(remove bool) NativeFunc {
	return func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
		name := "discard"
		if remove {
			name = "remove"
		}
		if err := t.CheckArgs(name, args[1:], kw, 1, 1); err != nil {
			return nil, err
		}
		if err := t.setRemoveKey(As[Set](args[0]), args[1], remove); err != nil {
			return nil, err
		}
		return None, nil
	}
}

// setRemoveKey is s.remove(key) (remove) or s.discard(key): a set key
// that is unhashable is looked up as a frozenset, as in CPython.
func (t *Thread) setRemoveKey(s *Set, key *Object, remove bool) error {
	h, err := t.Hash(key)
	if err != nil {
		if !IsSet(key) {
			return err
		}
		t.DropError(err)
		fs, err := t.frozenCopy(As[Set](key))
		if err != nil {
			return err
		}
		defer t.Decref(fs.Obj())
		key = fs.Obj()
		if h, err = t.Hash(key); err != nil {
			return err
		}
	}
	found, err := t.setDiscardHash(s, key, h)
	if err != nil {
		return err
	}
	if !found && remove {
		return t.KeyError(key)
	}
	return nil
}

// SetAddDescr, SetRemoveDescr and SetDiscardDescr are set.add's,
// set.remove's and set.discard's method descriptors, which the eval loop
// recognizes to run them through SetMethod1 without the generic call (a
// search adding and removing the squares it tries).
var SetAddDescr, SetRemoveDescr, SetDiscardDescr *Object

// SetMethod1 runs s.add(key), s.remove(key) or s.discard(key), d being
// the method's descriptor, for an exact set s: the eval loop's CALL of
// one of them with one positional argument.
func (t *Thread) SetMethod1(d, s, key *Object) error {
	switch d {
	case SetAddDescr:
		return t.SetAdd(As[Set](s), key)
	case SetRemoveDescr:
		return t.setRemoveKey(As[Set](s), key, true)
	default:
		return t.setRemoveKey(As[Set](s), key, false)
	}
}

func setPop(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	s := As[Set](args[0])
	t.Lock(args[0])
	defer t.Unlock(args[0])
	if s.used == 0 {
		return nil, t.newErrorFrom(KeyErrorType, t.NewStr("pop from an empty set"))
	}
	// From the finger on, wrapping at the end, as CPython's set_pop: a
	// loop of pops walks the table instead of rescanning its start, and
	// which member comes out is CPython's.
	mask := len(s.table) - 1
	for i := s.finger & mask; ; i = (i + 1) & mask {
		if e := s.table[i]; e.key != nil && e.key != setDummy {
			s.countDrop(e.hash)
			s.table[i] = setEntry{key: setDummy, hash: -1}
			s.used--
			s.finger = i + 1
			return e.key, nil
		}
	}
}

func setClearM(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	t.setClear(As[Set](args[0]))
	return None, nil
}

func setCopyM(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if TypeOf(args[0]) == FrozenSetType {
		return t.NewRef(args[0]), nil
	}
	s, err := t.setCopyOf(args[0])
	if err != nil {
		return nil, err
	}
	return s.Obj(), nil
}

func setRelation(name string) NativeFunc {
	return func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
		if err := t.CheckArgs(name, args[1:], kw, 1, 1); err != nil {
			return nil, err
		}
		a := As[Set](args[0])
		b, tmp, err := t.asSet(args[1])
		if err != nil {
			return nil, err
		}
		if tmp {
			defer t.Decref(b.Obj())
		}
		var r bool
		switch name {
		case "issubset":
			r, err = t.issubset(a, b)
		case "issuperset":
			r, err = t.issubset(b, a)
		default:
			r = true
			small, big := a, b
			if setLen0(t, small) > setLen0(t, big) {
				small, big = big, small
			}
			members := t.setSnapshot(small)
			defer t.releaseItems(members)
			for _, m := range members {
				in, e := t.SetContains(big, m)
				if e != nil {
					return nil, e
				}
				if in {
					r = false
					break
				}
			}
		}
		if err != nil {
			return nil, err
		}
		return NewBool(r), nil
	}
}

func setNew(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
	if typ.IsSubtype(FrozenSetType) {
		if err := t.CheckArgs(typ.Name, args, kwnames, 0, 1); err != nil {
			return nil, err
		}
		if len(args) == 1 && TypeOf(args[0]) == FrozenSetType && typ == FrozenSetType {
			return t.NewRef(args[0]), nil
		}
		s := t.newSetOf(typ)
		if len(args) == 1 {
			if err := t.SetUpdate(s, args[0]); err != nil {
				t.Decref(s.Obj())
				return nil, err
			}
		}
		return s.Obj(), nil
	}
	return t.newSetOf(typ).Obj(), nil
}

func setInit(t *Thread, self *Object, args []*Object, kwnames *Tuple) error {
	if err := t.CheckArgs("set", args, kwnames, 0, 1); err != nil {
		return err
	}
	s := As[Set](self)
	if setLen0(t, s) > 0 {
		t.setClear(s)
	}
	if len(args) == 1 {
		return t.SetUpdate(s, args[0])
	}
	return nil
}

func initSetTypes() {
	for _, typ := range []*Type{SetType, FrozenSetType} {
		typ.New = setNew
		typ.Repr = setRepr
		typ.Len = setLen
		typ.Contains = setContainsSlot
		typ.Iter = setIter
		typ.RichCmp = setRichCmp
		typ.clear = setClearSlot
		typ.Dealloc = setDealloc
		for _, op := range []BinaryOp{OpOr, OpAnd, OpSub, OpXor} {
			typ.Num[op] = setOperator(op)
		}
		typ.addMethods(
			MethodDef{"union", setMethodN("union", OpOr), "Return the union of sets as a new set."},
			MethodDef{"intersection", setMethodN("intersection", OpAnd), "Return the intersection of two sets as a new set."},
			MethodDef{"difference", setMethodN("difference", OpSub), "Return the difference of two or more sets as a new set."},
			MethodDef{"symmetric_difference", setMethodN("symmetric_difference", OpXor), "Return the symmetric difference of two sets as a new set."},
			MethodDef{"issubset", setRelation("issubset"), "Report whether another set contains this set."},
			MethodDef{"issuperset", setRelation("issuperset"), "Report whether this set contains another set."},
			MethodDef{"isdisjoint", setRelation("isdisjoint"), "Return True if two sets have a null intersection."},
			MethodDef{"copy", setCopyM, "Return a shallow copy of a set."},
		)
		typ.addClassMethods(MethodDef{"__class_getitem__", classGetItemAlias, "See PEP 585"})
	}
	st := SetType
	st.Init = setInit
	for _, op := range []BinaryOp{OpOr, OpAnd, OpSub, OpXor} {
		st.INum[op] = setInPlace(op)
	}
	st.addMethods(
		MethodDef{"add", setAddM, "Add an element to a set."},
		MethodDef{"remove", setRemoveOrDiscard(true), "Remove an element from a set; it must be a member."},
		MethodDef{"discard", setRemoveOrDiscard(false), "Remove an element from a set if it is a member."},
		MethodDef{"pop", setPop, "Remove and return an arbitrary set element."},
		MethodDef{"clear", setClearM, "Remove all elements from this set."},
		MethodDef{"update", setUpdateN(OpOr), "Update a set with the union of itself and others."},
		MethodDef{"intersection_update", setUpdateN(OpAnd), "Update a set with the intersection of itself and another."},
		MethodDef{"difference_update", setUpdateN(OpSub), "Remove all elements of another set from this set."},
		MethodDef{"symmetric_difference_update", setUpdateN(OpXor), "Update a set with the symmetric difference of itself and another."},
	)
	readyBuiltin(st, ObjectType, FlagBaseType|FlagSetSubclass, layoutOf[Set](), 0)
	SetAddDescr = st.earlyMethod("add")
	SetRemoveDescr = st.earlyMethod("remove")
	SetDiscardDescr = st.earlyMethod("discard")
	st.Hash = hashNotImplemented
	st.setStatic("__hash__", None)
	FrozenSetType.Hash = frozenSetHash
	readyBuiltin(FrozenSetType, ObjectType, FlagBaseType|FlagSetSubclass, layoutOf[Set](), 0)

	it := SetIterType
	it.Iter = selfIter
	it.Next = setIterNext
	it.clear = func(t *Thread, o *Object) {
		i := As[setIterObj](o)
		if i.set != nil {
			t.Decref(i.set.Obj())
			i.set = nil
		}
	}
	it.addMethods(MethodDef{"__length_hint__", func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
		i := As[setIterObj](args[0])
		if i.set == nil {
			return SmallInt(0), nil
		}
		return t.NewInt(int64(i.set.used)), nil
	}, ""})
	readyBuiltin(it, ObjectType, 0, Layout{}, 0)
}
