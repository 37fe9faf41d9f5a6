package runtime

import "gilfree/locks"

// The list type's slots and methods.

// The list's slots and methods run in a critical section on the list
// (critical.go) from their first read of its items to their last change;
// what may call Python code (an item's __eq__ or __repr__, an argument's
// __index__, an iterable's __next__) runs either before the section or
// inside it with the items re-read after every call, since the section may
// be suspended during the call.

func listRepr(t *Thread, o *Object) (*Object, error) {
	if listLen0(t, o) == 0 {
		return t.NewStr("[]"), nil
	}
	if !t.reprEnter(o) {
		return t.NewStr("[...]"), nil
	}
	defer t.reprLeave(o)
	items := t.ListSnapshot(o)
	s, err := t.reprItems(items, "[", "]")
	t.releaseItems(items)
	if err != nil {
		return nil, err
	}
	return t.NewStr(s), nil
}

func listRichCmp(t *Thread, a, b *Object, op CompareOp) (*Object, error) {
	if TypeOf(b).Flags&FlagListSubclass == 0 {
		return NotImplemented, nil
	}
	x, y := As[List](a), As[List](b)
	t.Lock2(a, b)
	differ := len(x.items) != len(y.items)
	t.Unlock2(a, b)
	if (op == CmpEq || op == CmpNe) && differ {
		return NewBool(op == CmpNe), nil
	}
	xs, ys := t.ListSnapshot(a), t.ListSnapshot(b)
	r, err := t.compareItems(xs, ys, op)
	t.releaseItems(xs)
	t.releaseItems(ys)
	return r, err
}

// listLen0 is len(l), locked when another thread may change it.
func listLen0(t *Thread, o *Object) int {
	if !locks.Threaded() {
		return len(As[List](o).items)
	}
	return t.listLenShared(As[List](o))
}

func listLen(t *Thread, o *Object) (int, error) { return listLen0(t, o), nil }

func listGetItem(t *Thread, o, key *Object) (*Object, error) {
	if TypeOf(key) == IntType {
		if v, ok := IntSmall(key); ok {
			if r, ok := t.ListGetIndex(o, v); ok {
				return r, nil
			}
			return nil, t.IndexError("list index out of range")
		}
	}
	if IsSlice(key) {
		// A slice of None and exact ints runs no Python code (no
		// __index__), so it locks only with threads (lockRead).
		var locked bool
		if sliceOfInts(As[Slice](key)) {
			locked = t.lockRead(o)
		} else {
			t.Lock(o)
			locked = true
		}
		start, _, step, n, err := t.listIndices(As[List](o), As[Slice](key))
		var r *List
		if err == nil {
			// The new list is filled straight from the items, without
			// a slice of them in between (l[k::-1] in a loop).
			items := As[List](o).items
			var dst []*Object
			r, dst = t.NewListFill(n)
			for k := range dst {
				v := items[start+k*step]
				t.Incref(v)
				dst[k] = v
			}
		}
		if locked {
			t.Unlock(o)
		}
		if err != nil {
			return nil, err
		}
		return r.Obj(), nil
	}
	i, err := t.asIndexForSeq(key, "list")
	if err != nil {
		return nil, err
	}
	if r, ok := t.ListGetIndex(o, int64(i)); ok {
		return r, nil
	}
	return nil, t.IndexError("list index out of range")
}

func listSetItem(t *Thread, o, key, v *Object) error {
	l := As[List](o)
	if IsSlice(key) {
		var buf [16]*Object
		t.Lock(o)
		removed, err := t.listSetSlice(l, As[Slice](key), v, buf[:0])
		t.Unlock(o)
		t.releaseItems(removed)
		return err
	}
	i, err := t.asIndexForSeq(key, "list")
	if err != nil {
		return err
	}
	if v != nil {
		if !t.ListSetIndex(o, int64(i), v) {
			return t.IndexError("list assignment index out of range")
		}
		return nil
	}
	t.Lock(o)
	i, ok := normIndex(i, len(l.items))
	if !ok {
		t.Unlock(o)
		return t.IndexError("list assignment index out of range")
	}
	old := l.remove(i)
	t.Unlock(o)
	t.Decref(old)
	return nil
}

// listSetSlice is l[slice] = v (v nil: del l[slice]), in a critical
// section on l. It returns removed with the items taken out of l appended:
// the caller releases them after the section, since releasing can run
// __del__, which may look at the list.
func (t *Thread) listSetSlice(l *List, s *Slice, v *Object, removed []*Object) ([]*Object, error) {
	var items []*Object
	if v != nil {
		if &l.Object == v {
			items = append([]*Object(nil), l.items...)
			for _, it := range items {
				t.Incref(it)
			}
		} else {
			var err error
			if items, err = t.SequenceItems(v); err != nil {
				if Matches(err, TypeErrorType) {
					t.DropError(err)
					return removed, t.TypeError("can only assign an iterable")
				}
				return removed, err
			}
		}
	}
	start, stop, step, n, err := t.listIndices(l, s)
	if err != nil {
		return append(removed, items...), err
	}
	if v == nil {
		if n == 0 {
			return removed, nil
		}
		if step == 1 {
			return t.listReplace(l, start, start+n, nil, removed), nil
		}
		keep := make([]*Object, 0, len(l.items)-n)
		for i, it := range l.items {
			if (step > 0 && i >= start && i < stop && (i-start)%step == 0) || (step < 0 && i <= start && i > stop && (start-i)%(-step) == 0) {
				removed = append(removed, it)
			} else {
				keep = append(keep, it)
			}
		}
		old := l.setItems(keep)
		if !l.published() {
			clear(old)
		}
		return removed, nil
	}
	if step == 1 {
		if stop < start {
			stop = start
		}
		return t.listReplace(l, start, stop, items, removed), nil
	}
	if len(items) != n {
		return append(removed, items...), t.ValueError("attempt to assign sequence of size %d to extended slice of size %d", len(items), n)
	}
	for k, it := range items {
		i := start + k*step
		removed = append(removed, l.items[i])
		l.setSlot(i, it)
	}
	return removed, nil
}

// listIndices is Indices for a slice of l, in a critical section on l:
// the slice's __index__ methods may change the list (the section may be
// suspended while they run), so the bounds are converted first and then
// clamped to the length the list has afterwards, as CPython does.
func (t *Thread) listIndices(l *List, s *Slice) (start, stop, step, n int, err error) {
	if start, stop, step, err = t.unpackSlice(s); err != nil {
		return
	}
	start, stop, n = adjustSlice(start, stop, step, len(l.items))
	return
}

func listContains(t *Thread, o, v *Object) (bool, error) {
	l := As[List](o)
	t.Lock(o)
	defer t.Unlock(o)
	for i := 0; i < len(l.items); i++ {
		it := l.items[i]
		if it == v {
			return true, nil
		}
		t.Incref(it)
		eq, err := t.EqualFast(it, v)
		t.Decref(it)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

func listIter(t *Thread, o *Object) (*Object, error) {
	return t.newSeqIter(o, iterList, ListIterType), nil
}

func listAdd(t *Thread, a, b *Object) (*Object, error) {
	if TypeOf(a).Flags&FlagListSubclass == 0 || TypeOf(b).Flags&FlagListSubclass == 0 {
		return NotImplemented, nil
	}
	t.Lock2(a, b)
	x, y := As[List](a).items, As[List](b).items
	l := t.NewList(len(x) + len(y))
	for _, v := range x {
		l.items = append(l.items, t.NewRef(v))
	}
	for _, v := range y {
		l.items = append(l.items, t.NewRef(v))
	}
	t.Unlock2(a, b)
	return l.Obj(), nil
}

func listMul(t *Thread, a, b *Object) (*Object, error) {
	seq, no, ok := repeatOperands(a, b, FlagListSubclass)
	if !ok {
		return NotImplemented, nil
	}
	n, err := t.repeatCount(no)
	if err != nil {
		return nil, err
	}
	t.Lock(seq)
	defer t.Unlock(seq)
	items := As[List](seq).items
	if len(items) > 0 && n > maxBuild()/len(items)/8 {
		return nil, t.NewError(MemoryErrorType)
	}
	l := t.NewList(len(items) * n)
	for k := 0; k < n; k++ {
		for _, v := range items {
			l.items = append(l.items, t.NewRef(v))
		}
	}
	return l.Obj(), nil
}

// ListExtend is l.extend(iterable).
// A list or tuple source is copied in one critical section on both, a
// set's members or a dict's keys are read in one on the source; any other
// iterable is appended item by item, each append in its own section,
// since its __next__ runs Python code.
func (t *Thread) ListExtend(l *List, v *Object) error {
	if TypeOf(v) == ListType || TypeOf(v) == TupleType {
		// A tuple never changes: only a list source is locked too.
		src := v
		if TypeOf(v) == TupleType {
			src = &l.Object
		}
		t.Lock2(&l.Object, src)
		var items []*Object
		if TypeOf(v) == ListType {
			items = As[List](v).items
		} else {
			items = As[Tuple](v).items
		}
		n := len(items)
		for i := 0; i < n; i++ {
			l.appendSteal(t.NewRef(items[i]))
		}
		t.Unlock2(&l.Object, src)
		return nil
	}
	if typ := TypeOf(v); typ == SetType || typ == FrozenSetType || typ == DictType {
		// Read in one critical section on the source (SequenceItems).
		items, err := t.SequenceItems(v)
		if err != nil {
			return err
		}
		t.Lock(&l.Object)
		for _, x := range items {
			l.appendSteal(x)
		}
		t.Unlock(&l.Object)
		return nil
	}
	if err := t.checkRangeItems(v); err != nil {
		return err
	}
	return t.ForEach(v, func(x *Object) (bool, error) {
		t.ListAppend(l, x)
		return true, nil
	})
}

func listIAdd(t *Thread, a, b *Object) (*Object, error) {
	if err := t.ListExtend(As[List](a), b); err != nil {
		return nil, err
	}
	return t.NewRef(a), nil
}

func listIMul(t *Thread, a, b *Object) (*Object, error) {
	if TypeOf(b).Index == nil {
		return NotImplemented, nil
	}
	n, err := t.repeatCount(b)
	if err != nil {
		return nil, err
	}
	l := As[List](a)
	t.Lock(a)
	if n == 0 {
		old := l.setItems(nil)
		t.Unlock(a)
		t.releaseTaken(old)
		return t.NewRef(a), nil
	}
	defer t.Unlock(a)
	orig := len(l.items)
	if orig > 0 && n > maxBuild()/orig/8 {
		return nil, t.NewError(MemoryErrorType)
	}
	for k := 1; k < n; k++ {
		for i := 0; i < orig; i++ {
			l.appendSteal(t.NewRef(l.items[i]))
		}
	}
	return t.NewRef(a), nil
}

func listNew(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
	if typ == ListType {
		return t.NewList(0).Obj(), nil
	}
	return t.allocInstance(typ), nil
}

func listInit(t *Thread, self *Object, args []*Object, kwnames *Tuple) error {
	if err := t.CheckArgs("list", args, kwnames, 0, 1); err != nil {
		return err
	}
	l := As[List](self)
	t.Lock(self)
	old := l.setItems(nil)
	t.Unlock(self)
	t.releaseTaken(old)
	if len(args) == 1 {
		return t.ListExtend(l, args[0])
	}
	return nil
}

func listAppendM(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if len(args) != 2 || kw.Len() > 0 {
		return nil, t.CheckArgs("list.append", args[1:], kw, 1, 1)
	}
	t.ListAppend(As[List](args[0]), args[1])
	return None, nil
}

func listExtendM(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("list.extend", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	if err := t.ListExtend(As[List](args[0]), args[1]); err != nil {
		return nil, err
	}
	return None, nil
}

func listInsert(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("insert", args[1:], kw, 2, 2); err != nil {
		return nil, err
	}
	l := As[List](args[0])
	i, err := t.IndexInt(args[1])
	if err != nil {
		return nil, err
	}
	t.Lock(args[0])
	n := len(l.items)
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	}
	if i > n {
		i = n
	}
	l.insert(i, t.NewRef(args[2]))
	t.Unlock(args[0])
	return None, nil
}

func listPop(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("pop", args[1:], kw, 0, 1); err != nil {
		return nil, err
	}
	l := As[List](args[0])
	i := -1
	if len(args) == 2 {
		var err error
		if i, err = t.IndexInt(args[1]); err != nil {
			return nil, err
		}
	}
	t.Lock(args[0])
	defer t.Unlock(args[0])
	if len(l.items) == 0 {
		return nil, t.IndexError("pop from empty list")
	}
	i, ok := normIndex(i, len(l.items))
	if !ok {
		return nil, t.IndexError("pop index out of range")
	}
	return l.remove(i), nil
}

func listRemove(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("remove", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	l := As[List](args[0])
	t.Lock(args[0])
	defer t.Unlock(args[0])
	for i := 0; i < len(l.items); i++ {
		it := l.items[i]
		t.Incref(it)
		eq, err := t.EqualFast(it, args[1])
		t.Decref(it)
		if err != nil {
			return nil, err
		}
		if eq {
			if i < len(l.items) && l.items[i] == it {
				t.Decref(l.remove(i))
			}
			return None, nil
		}
	}
	return nil, t.ValueError("list.remove(x): x not in list")
}

func listIndex(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("index", args[1:], kw, 1, 3); err != nil {
		return nil, err
	}
	l := As[List](args[0])
	start, stop, err := t.indexArgs(args[2:], listLen0(t, args[0]))
	if err != nil {
		return nil, err
	}
	t.Lock(args[0])
	defer t.Unlock(args[0])
	for i := start; i < stop && i < len(l.items); i++ {
		it := l.items[i]
		t.Incref(it)
		eq, err := t.EqualFast(it, args[1])
		t.Decref(it)
		if err != nil {
			return nil, err
		}
		if eq {
			return t.NewInt(int64(i)), nil
		}
	}
	r, err := t.ReprString(args[1])
	if err != nil {
		return nil, err
	}
	return nil, t.ValueError("%s is not in list", r)
}

func listCount(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("count", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	t.Lock(args[0])
	n, err := t.countItems(func() []*Object { return As[List](args[0]).items }, args[1])
	t.Unlock(args[0])
	if err != nil {
		return nil, err
	}
	return t.NewInt(int64(n)), nil
}

func listClearM(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("clear", args[1:], kw, 0, 0); err != nil {
		return nil, err
	}
	t.Lock(args[0])
	old := As[List](args[0]).setItems(nil)
	t.Unlock(args[0])
	t.releaseTaken(old)
	return None, nil
}

func listCopy(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("copy", args[1:], kw, 0, 0); err != nil {
		return nil, err
	}
	t.Lock(args[0])
	defer t.Unlock(args[0])
	return t.NewListOf(As[List](args[0]).items...).Obj(), nil
}

func listReverse(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("reverse", args[1:], kw, 0, 0); err != nil {
		return nil, err
	}
	t.Lock(args[0])
	l := As[List](args[0])
	items := l.items
	for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
		a, b := items[i], items[j]
		l.setSlot(i, b)
		l.setSlot(j, a)
	}
	t.Unlock(args[0])
	return None, nil
}

func listReversed(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	it := t.newSeqIter(args[0], iterListReversed, ListRevIterType)
	As[seqIter](it).index = listLen0(t, args[0]) - 1
	return it, nil
}

func listSizeof(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	t.Lock(args[0])
	n := cap(As[List](args[0]).items)
	t.Unlock(args[0])
	return t.NewInt(int64(56 + 8*n)), nil
}

func classGetItemAlias(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	return t.NewGenericAlias(args[0], args[1]), nil
}

// ListAppendDescr is list.append's method descriptor, which the eval loop
// recognizes to append without a call, as CPython's CALL_NO_KW_LIST_APPEND
// does.
var ListAppendDescr *Object

func initListType() {
	lt := ListType
	lt.New = listNew
	lt.Init = listInit
	lt.Repr = listRepr
	lt.RichCmp = listRichCmp
	lt.Len = listLen
	lt.GetItem = listGetItem
	lt.SetItem = listSetItem
	lt.Contains = listContains
	lt.Iter = listIter
	lt.Num[OpAdd] = listAdd
	lt.Num[OpMul] = listMul
	lt.INum[OpAdd] = listIAdd
	lt.INum[OpMul] = listIMul
	lt.Dealloc = listDealloc
	lt.clear = listClear
	lt.addMethods(
		MethodDef{"append", listAppendM, "Append object to the end of the list."},
		MethodDef{"extend", listExtendM, "Extend list by appending elements from the iterable."},
		MethodDef{"insert", listInsert, "Insert object before index."},
		MethodDef{"pop", listPop, "Remove and return item at index (default last)."},
		MethodDef{"remove", listRemove, "Remove first occurrence of value."},
		MethodDef{"index", listIndex, "Return first index of value."},
		MethodDef{"count", listCount, "Return number of occurrences of value."},
		MethodDef{"clear", listClearM, "Remove all items from list."},
		MethodDef{"copy", listCopy, "Return a shallow copy of the list."},
		MethodDef{"reverse", listReverse, "Reverse *IN PLACE*."},
		MethodDef{"sort", listSort, "Sort the list in ascending order and return None."},
		MethodDef{"__reversed__", listReversed, "Return a reverse iterator over the list."},
		MethodDef{"__sizeof__", listSizeof, "Return the size of the list in memory, in bytes."},
	)
	lt.addClassMethods(MethodDef{"__class_getitem__", classGetItemAlias, "See PEP 585"})
	readyBuiltin(lt, ObjectType, FlagBaseType|FlagListSubclass, layoutOf[List](), 0)
	ListAppendDescr = lt.earlyMethod("append")
	lt.Hash = hashNotImplemented
	lt.setStatic("__hash__", None)
}
