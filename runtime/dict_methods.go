package runtime

import "strings"

// The dict type's slots and methods.

// The dict's slots and methods. Those that change the dict or read it as
// a whole run in a critical section on it (see dict.go); the reprs of its
// items are computed from a snapshot taken in one.

func dictRepr(t *Thread, o *Object) (*Object, error) {
	d := As[Dict](o)
	if dictLen0(t, d) == 0 {
		return t.NewStr("{}"), nil
	}
	if !t.reprEnter(o) {
		return t.NewStr("{...}"), nil
	}
	defer t.reprLeave(o)
	keys, values := t.dictSnapshot(d, true)
	defer t.releaseItems(keys)
	defer t.releaseItems(values)
	var b strings.Builder
	b.WriteByte('{')
	for i := range keys {
		if i > 0 {
			b.WriteString(", ")
		}
		k, err := t.ReprString(keys[i])
		var v string
		if err == nil {
			v, err = t.ReprString(values[i])
		}
		if err != nil {
			return nil, err
		}
		b.WriteString(k)
		b.WriteString(": ")
		b.WriteString(v)
	}
	b.WriteByte('}')
	return t.NewStr(b.String()), nil
}

// dictSnapshot returns the keys of d, and with withValues its values, as
// new references, read in one critical section.
func (t *Thread) dictSnapshot(d *Dict, withValues bool) (keys, values []*Object) {
	t.Lock(&d.Object)
	keys = make([]*Object, 0, d.used)
	if withValues {
		values = make([]*Object, 0, d.used)
	}
	for pos := 0; ; {
		k, v, ok := d.Next(&pos)
		if !ok {
			break
		}
		t.Incref(k)
		keys = append(keys, k)
		if withValues {
			t.Incref(v)
			values = append(values, v)
		}
	}
	t.Unlock(&d.Object)
	return keys, values
}

// dictLen0 is len(d), locked when another thread may change it.
func dictLen0(t *Thread, d *Dict) int {
	if !t.lockRead(&d.Object) {
		return d.used
	}
	n := d.used
	t.Unlock(&d.Object)
	return n
}

func dictRichCmp(t *Thread, a, b *Object, op CompareOp) (*Object, error) {
	if TypeOf(b).Flags&FlagDictSubclass == 0 || (op != CmpEq && op != CmpNe) {
		return NotImplemented, nil
	}
	eq, err := t.dictEqual(As[Dict](a), As[Dict](b))
	if err != nil {
		return nil, err
	}
	return NewBool(eq == (op == CmpEq)), nil
}

func (t *Thread) dictEqual(a, b *Dict) (bool, error) {
	t.Lock2(&a.Object, &b.Object)
	defer t.Unlock2(&a.Object, &b.Object)
	if a.used != b.used {
		return false, nil
	}
	for pos := 0; a.keys != nil && pos < len(a.ents()); pos++ {
		e := a.ents()[pos]
		if e.key == nil {
			continue
		}
		t.Incref(e.key)
		t.Incref(e.value)
		bv, err := t.DictGetItem(b, e.key)
		eq := false
		if err == nil && bv != nil {
			t.Incref(bv)
			eq, err = t.EqualFast(e.value, bv)
			t.Decref(bv)
		}
		t.Decref(e.key)
		t.Decref(e.value)
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

func dictLen(t *Thread, o *Object) (int, error) { return dictLen0(t, As[Dict](o)), nil }

func dictGetItem(t *Thread, o, key *Object) (*Object, error) {
	d := As[Dict](o)
	v, err := t.dictGetRef(d, key)
	if err != nil {
		return nil, err
	}
	if v != nil {
		return v, nil
	}
	if TypeOf(o) != DictType {
		if r, found, err := t.CallDunder(o, dnMissing, []*Object{key}); found {
			return r, err
		}
	}
	return nil, t.KeyError(key)
}

func dictSetItemSlot(t *Thread, o, key, v *Object) error {
	d := As[Dict](o)
	if v == nil {
		found, err := t.DictDelItem(d, key)
		if err != nil {
			return err
		}
		if !found {
			return t.KeyError(key)
		}
		return nil
	}
	return t.DictSetItem(d, key, v)
}

func dictContains(t *Thread, o, key *Object) (bool, error) {
	v, err := t.DictGetItem(As[Dict](o), key)
	return v != nil, err
}

func dictNew(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
	if typ == DictType {
		return t.NewDict().Obj(), nil
	}
	return t.allocInstance(typ), nil
}

func dictInit(t *Thread, self *Object, args []*Object, kwnames *Tuple) error {
	npos := len(args) - kwnames.Len()
	if npos > 1 {
		return t.TypeError("dict expected at most 1 argument, got %d", npos)
	}
	return t.dictUpdate(As[Dict](self), args, kwnames)
}

// dictUpdate is d.update(arg, **kw).
func (t *Thread) dictUpdate(d *Dict, args []*Object, kwnames *Tuple) error {
	npos := len(args) - kwnames.Len()
	if npos == 1 {
		if err := t.DictUpdateFrom(d, args[0]); err != nil {
			return err
		}
	}
	for i := 0; i < kwnames.Len(); i++ {
		if err := t.DictSetItem(d, kwnames.items[i], args[npos+i]); err != nil {
			return err
		}
	}
	return nil
}

// DictUpdateFrom merges a mapping (anything with keys()) or an iterable
// of pairs into d.
func (t *Thread) DictUpdateFrom(d *Dict, src *Object) error {
	if TypeOf(src).Flags&FlagDictSubclass != 0 && TypeOf(src).wrapped&(1<<slotIter) == 0 && TypeOf(src).Lookup(dnKeys) == DictType.Dict().GetStr(dnKeys) {
		return t.DictMerge(d, As[Dict](src), true)
	}
	keysFn, err := t.LookupAttr(src, dnKeys)
	if err != nil {
		return err
	}
	if keysFn != nil {
		keys, err := t.Call0(keysFn)
		t.Decref(keysFn)
		if err != nil {
			return err
		}
		defer t.Decref(keys)
		return t.ForEach(keys, func(k *Object) (bool, error) {
			v, err := t.GetItem(src, k)
			if err != nil {
				return false, err
			}
			err = t.DictSetItem(d, k, v)
			t.Decref(v)
			return err == nil, err
		})
	}
	i := 0
	return t.ForEach(src, func(pair *Object) (bool, error) {
		items, err := t.SequenceItems(pair)
		if err != nil {
			if Matches(err, TypeErrorType) {
				t.DropError(err)
				return false, t.TypeError("cannot convert dictionary update sequence element #%d to a sequence", i)
			}
			return false, err
		}
		defer t.releaseItems(items)
		if len(items) != 2 {
			return false, t.ValueError("dictionary update sequence element #%d has length %d; 2 is required", i, len(items))
		}
		i++
		err = t.DictSetItem(d, items[0], items[1])
		return err == nil, err
	})
}

func dictOr(t *Thread, a, b *Object) (*Object, error) {
	if TypeOf(a).Flags&FlagDictSubclass == 0 || TypeOf(b).Flags&FlagDictSubclass == 0 {
		return NotImplemented, nil
	}
	n := t.DictCopy(As[Dict](a))
	if err := t.DictMerge(n, As[Dict](b), true); err != nil {
		t.Decref(n.Obj())
		return nil, err
	}
	return n.Obj(), nil
}

func dictIOr(t *Thread, a, b *Object) (*Object, error) {
	if err := t.DictUpdateFrom(As[Dict](a), b); err != nil {
		return nil, err
	}
	return t.NewRef(a), nil
}

func dictGet(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("get", args[1:], kw, 1, 2); err != nil {
		return nil, err
	}
	v, err := t.dictGetRef(As[Dict](args[0]), args[1])
	if err != nil {
		return nil, err
	}
	if v == nil {
		if len(args) == 3 {
			return t.NewRef(args[2]), nil
		}
		return None, nil
	}
	return v, nil
}

func dictSetDefault(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("setdefault", args[1:], kw, 1, 2); err != nil {
		return nil, err
	}
	d := As[Dict](args[0])
	h, err := t.Hash(args[1])
	if err != nil {
		return nil, err
	}
	// The lookup and the insertion are one critical section, so two
	// threads calling setdefault on the same key get the same value.
	t.Lock(args[0])
	defer t.Unlock(args[0])
	ix, err := t.dictLookup(d, args[1], h)
	if err != nil {
		return nil, err
	}
	if ix >= 0 {
		return t.NewRef(d.ents()[ix].value), nil
	}
	def := None
	if len(args) == 3 {
		def = args[2]
	}
	if err := t.dictSetItemHash(d, args[1], def, h); err != nil {
		return nil, err
	}
	return t.NewRef(def), nil
}

func dictPop(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("pop", args[1:], kw, 1, 2); err != nil {
		return nil, err
	}
	d := As[Dict](args[0])
	h, err := t.Hash(args[1])
	if err != nil {
		return nil, err
	}
	t.Lock(args[0])
	ix, err := t.dictLookup(d, args[1], h)
	if err != nil || ix < 0 {
		t.Unlock(args[0])
		if err != nil {
			return nil, err
		}
		if len(args) == 3 {
			return t.NewRef(args[2]), nil
		}
		return nil, t.KeyError(args[1])
	}
	k, v := d.deleteEntry(ix, h)
	t.Unlock(args[0])
	t.Decref(k)
	return v, nil
}

func dictPopItem(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("popitem", args[1:], kw, 0, 0); err != nil {
		return nil, err
	}
	d := As[Dict](args[0])
	t.Lock(args[0])
	defer t.Unlock(args[0])
	if d.used == 0 {
		return nil, t.newErrorFrom(KeyErrorType, t.NewStr("popitem(): dictionary is empty"))
	}
	k := d.keys
	for i := int(d.n) - 1; i >= 0; i-- {
		e := k.all[i]
		if e.key != nil {
			key, v := d.deleteEntry(i, e.hash)
			d.n = int32(i)
			d.keysVersion.Store(0) // entry indices past i are gone
			return t.NewTupleSteal([]*Object{key, v}).Obj(), nil
		}
		d.n = int32(i)
		d.keysVersion.Store(0)
	}
	return nil, t.SystemError("popitem: inconsistent dict")
}

func dictUpdateM(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if n := len(args) - 1 - kw.Len(); n > 1 {
		return nil, t.TypeError("update expected at most 1 argument, got %d", n)
	}
	if err := t.dictUpdate(As[Dict](args[0]), args[1:], kw); err != nil {
		return nil, err
	}
	return None, nil
}

func dictClearM(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	t.DictClear(As[Dict](args[0]))
	return None, nil
}

func dictCopyM(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	return t.DictCopy(As[Dict](args[0])).Obj(), nil
}

func dictFromKeys(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("fromkeys", args[1:], kw, 1, 2); err != nil {
		return nil, err
	}
	v := None
	if len(args) == 3 {
		v = args[2]
	}
	d, err := t.Call0(args[0])
	if err != nil {
		return nil, err
	}
	err = t.ForEach(args[1], func(k *Object) (bool, error) {
		err := t.SetItem(d, k, v)
		return err == nil, err
	})
	if err != nil {
		t.Decref(d)
		return nil, err
	}
	return d, nil
}

func dictSizeof(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	d := As[Dict](args[0])
	n := 48
	t.Lock(args[0])
	if d.keys != nil {
		n += 4*len(d.keys.indices) + 24*len(d.keys.all)
	}
	t.Unlock(args[0])
	return t.NewInt(int64(n)), nil
}

func initDictType() {
	dt := DictType
	dt.New = dictNew
	dt.Init = dictInit
	dt.Repr = dictRepr
	dt.RichCmp = dictRichCmp
	dt.Len = dictLen
	dt.GetItem = dictGetItem
	dt.SetItem = dictSetItemSlot
	dt.Contains = dictContains
	dt.Iter = dictIter
	dt.Num[OpOr] = dictOr
	dt.INum[OpOr] = dictIOr
	dt.Dealloc = dictDealloc
	dt.clear = dictClear
	dt.addMethods(
		MethodDef{"keys", dictKeysM, "D.keys() -> a set-like object providing a view on D's keys"},
		MethodDef{"values", dictValuesM, "D.values() -> an object providing a view on D's values"},
		MethodDef{"items", dictItemsM, "D.items() -> a set-like object providing a view on D's items"},
		MethodDef{"get", dictGet, "Return the value for key if key is in the dictionary, else default."},
		MethodDef{"setdefault", dictSetDefault, "Insert key with a value of default if key is not in the dictionary."},
		MethodDef{"pop", dictPop, "D.pop(k[,d]) -> v, remove specified key and return the corresponding value."},
		MethodDef{"popitem", dictPopItem, "Remove and return a (key, value) pair as a 2-tuple."},
		MethodDef{"update", dictUpdateM, "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F."},
		MethodDef{"clear", dictClearM, "D.clear() -> None.  Remove all items from D."},
		MethodDef{"copy", dictCopyM, "D.copy() -> a shallow copy of D"},
		MethodDef{"__reversed__", dictReversed, "Return a reverse iterator over the dict keys."},
		MethodDef{"__sizeof__", dictSizeof, "D.__sizeof__() -> size of D in memory, in bytes"},
	)
	dt.addClassMethods(
		MethodDef{"fromkeys", dictFromKeys, "Create a new dictionary with keys from iterable and values set to value."},
		MethodDef{"__class_getitem__", classGetItemAlias, "See PEP 585"},
	)
	readyBuiltin(dt, ObjectType, FlagBaseType|FlagDictSubclass, layoutOf[Dict](), 0)
	dt.Hash = hashNotImplemented
	dt.setStatic("__hash__", None)
	initDictViews()
}
