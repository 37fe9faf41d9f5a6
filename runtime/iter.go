package runtime

// Iterators over sequences: the index-based iterator that lists, tuples
// and the __getitem__ protocol share, the callable iterator of
// iter(f, sentinel), and helpers that drain iterables.

// seqIter iterates a list, a tuple, or any object by __getitem__ with
// increasing indexes. It owns a reference to seq until exhausted.
type seqIter struct {
	Object
	seq   *Object
	index int
	kind  uint8
}

const (
	iterList uint8 = iota
	iterTuple
	iterGeneric
	iterListReversed
)

var (
	ListIterType     = builtinType(&Type{Name: "list_iterator"})
	ListRevIterType  = builtinType(&Type{Name: "list_reverseiterator"})
	TupleIterType    = builtinType(&Type{Name: "tuple_iterator"})
	SeqIterType      = builtinType(&Type{Name: "iterator"})
	CallableIterType = builtinType(&Type{Name: "callable_iterator"})
)

func (t *Thread) newSeqIter(seq *Object, kind uint8, typ *Type) *Object {
	it := As[seqIter](t.free.iters.pop(t.State))
	if it == nil {
		it = new(seqIter)
	}
	it.seq = t.NewRef(seq)
	it.index = 0
	it.kind = kind
	t.initObject(&it.Object, typ)
	return &it.Object
}

func (t *Thread) newSeqIterGeneric(seq *Object) *Object {
	return t.newSeqIter(seq, iterGeneric, SeqIterType)
}

func seqIterDealloc(t *Thread, o *Object) {
	it := As[seqIter](o)
	t.Clearref(&it.seq)
	if recycle(o) {
		t.free.iters.push(&it.Object)
	}
}

func seqIterNext(t *Thread, o *Object) (*Object, error) {
	it := As[seqIter](o)
	if it.seq == nil {
		return nil, nil
	}
	switch it.kind {
	case iterList:
		if v := t.ListItemAt(it.seq, it.index); v != nil {
			it.index++
			return v, nil
		}
	case iterListReversed:
		if it.index >= 0 {
			if v := t.ListItemAt(it.seq, it.index); v != nil {
				it.index--
				return v, nil
			}
		}
	case iterTuple:
		items := As[Tuple](it.seq).items
		if it.index < len(items) {
			v := items[it.index]
			it.index++
			return t.NewRef(v), nil
		}
	default:
		idx := t.NewInt(int64(it.index))
		v, err := t.GetItem(it.seq, idx)
		t.Decref(idx)
		if err == nil {
			it.index++
			return v, nil
		}
		if !Matches(err, IndexErrorType) && !Matches(err, StopIterationType) {
			return nil, err
		}
		t.DropError(err)
	}
	t.Clearref(&it.seq)
	return nil, nil
}

// ListIterNext is the list iterator's step, for the eval loop's FOR_ITER
// fast path: it reports ok false when o is not a list or tuple iterator.
func ListIterNext(t *Thread, o *Object) (v *Object, ok bool) {
	typ := TypeOf(o)
	if typ != ListIterType && typ != TupleIterType {
		return nil, false
	}
	it := As[seqIter](o)
	if it.seq == nil {
		return nil, true
	}
	if it.kind == iterList {
		if v = t.ListItemAt(it.seq, it.index); v != nil {
			it.index++
			return v, true
		}
		t.Clearref(&it.seq)
		return nil, true
	}
	items := As[Tuple](it.seq).items
	if it.index < len(items) {
		v = items[it.index]
		it.index++
		t.Incref(v)
		return v, true
	}
	t.Clearref(&it.seq)
	return nil, true
}

func seqIterLengthHint(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	it := As[seqIter](args[0])
	if it.seq == nil {
		return SmallInt(0), nil
	}
	switch it.kind {
	case iterList:
		return t.NewInt(int64(max(0, listLen0(t, it.seq)-it.index))), nil
	case iterListReversed:
		return t.NewInt(int64(max(0, it.index+1))), nil
	case iterTuple:
		return t.NewInt(int64(max(0, len(As[Tuple](it.seq).items)-it.index))), nil
	}
	n, err := t.Len(it.seq)
	if err != nil {
		return nil, err
	}
	return t.NewInt(int64(max(0, n-it.index))), nil
}

func selfIter(t *Thread, o *Object) (*Object, error) { return t.NewRef(o), nil }

// seqIterReduce is __reduce__ of the sequence iterators, what copy and
// pickling use: (iter, (seq,), index), reversed for a reversed list's
// iterator, and (iter, ([],)) once exhausted, as CPython's.
func seqIterReduce(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("__reduce__", args[1:], kw, 0, 0); err != nil {
		return nil, err
	}
	it := As[seqIter](args[0])
	name := "iter"
	if it.kind == iterListReversed && it.seq != nil {
		name = "reversed"
	}
	fn := t.Interp.Builtins.GetStr(Intern(name))
	if fn == nil {
		return nil, t.NewErrorMsg(RuntimeErrorType, "lost builtins."+name)
	}
	if it.seq == nil {
		empty := t.NewList(0)
		a := t.NewTupleSteal([]*Object{empty.Obj()})
		return t.NewTupleSteal([]*Object{t.NewRef(fn), a.Obj()}).Obj(), nil
	}
	a := t.NewTuple(it.seq)
	return t.NewTupleSteal([]*Object{t.NewRef(fn), a.Obj(), t.NewInt(int64(it.index))}).Obj(), nil
}

// seqIterSetState is __setstate__(index): the position, clamped to the
// sequence as CPython clamps it.
func seqIterSetState(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("__setstate__", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	it := As[seqIter](args[0])
	i, err := t.IndexInt(args[1])
	if err != nil {
		return nil, err
	}
	if it.seq == nil {
		return None, nil
	}
	switch it.kind {
	case iterListReversed:
		i = min(max(i, -1), listLen0(t, it.seq)-1)
	case iterList:
		i = min(max(i, 0), listLen0(t, it.seq))
	case iterTuple:
		i = min(max(i, 0), len(As[Tuple](it.seq).items))
	default:
		i = max(i, 0)
	}
	it.index = i
	return None, nil
}

// callableIter is iter(callable, sentinel).
type callableIter struct {
	Object
	callable, sentinel *Object
}

// NewCallableIter returns iter(callable, sentinel).
func (t *Thread) NewCallableIter(callable, sentinel *Object) *Object {
	it := &callableIter{callable: t.NewRef(callable), sentinel: t.NewRef(sentinel)}
	t.initObject(&it.Object, CallableIterType)
	return &it.Object
}

func callableIterNext(t *Thread, o *Object) (*Object, error) {
	it := As[callableIter](o)
	if it.callable == nil {
		return nil, nil
	}
	v, err := t.Call0(it.callable)
	if err != nil {
		if Matches(err, StopIterationType) {
			t.DropError(err)
			t.Clearref(&it.callable)
			return nil, nil
		}
		return nil, err
	}
	eq, err := t.EqualFast(v, it.sentinel)
	if err != nil {
		t.Decref(v)
		return nil, err
	}
	if eq {
		t.Decref(v)
		t.Clearref(&it.callable)
		return nil, nil
	}
	return v, nil
}

// SequenceItems returns the items of an iterable as new references:
// directly for lists and tuples, by iteration otherwise.
func (t *Thread) SequenceItems(o *Object) ([]*Object, error) {
	var src []*Object
	switch TypeOf(o) {
	case ListType:
		return t.ListSnapshot(o), nil
	case SetType, FrozenSetType:
		// A set's members and a dict's keys are read in one critical
		// section on the source, as CPython's free-threaded list(x) reads
		// them: another thread adding meanwhile cannot make the copy fail
		// with "changed size during iteration".
		return t.setSnapshot(As[Set](o)), nil
	case DictType:
		keys, _ := t.dictSnapshot(As[Dict](o), false)
		return keys, nil
	case TupleType:
		src = As[Tuple](o).items
	default:
		if err := t.checkRangeItems(o); err != nil {
			return nil, err
		}
		return t.iterItems(o)
	}
	items := make([]*Object, len(src))
	for i, v := range src {
		t.Incref(v)
		items[i] = v
	}
	return items, nil
}

// iterItems drains iter(o).
func (t *Thread) iterItems(o *Object) ([]*Object, error) {
	it, err := t.Iter(o)
	if err != nil {
		return nil, err
	}
	defer t.Decref(it)
	var items []*Object
	next := TypeOf(it).Next
	for {
		v, err := next(t, it)
		if err != nil {
			if Matches(err, StopIterationType) {
				t.DropError(err)
				return items, nil
			}
			t.releaseItems(items)
			return nil, err
		}
		if v == nil {
			return items, nil
		}
		items = append(items, v)
	}
}

// ForEach calls f with each item of an iterable (borrowed for the call);
// f returning false stops early.
func (t *Thread) ForEach(o *Object, f func(v *Object) (bool, error)) error {
	switch TypeOf(o) {
	case ListType:
		for i := 0; ; i++ {
			v := t.ListItemAt(o, i)
			if v == nil {
				break
			}
			more, err := f(v)
			t.Decref(v)
			if err != nil || !more {
				return err
			}
		}
		return nil
	case TupleType:
		for _, v := range As[Tuple](o).items {
			more, err := f(v)
			if err != nil || !more {
				return err
			}
		}
		return nil
	}
	it, err := t.Iter(o)
	if err != nil {
		return err
	}
	defer t.Decref(it)
	next := TypeOf(it).Next
	for {
		v, err := next(t, it)
		if err != nil {
			if Matches(err, StopIterationType) {
				t.DropError(err)
				return nil
			}
			return err
		}
		if v == nil {
			return nil
		}
		more, err := f(v)
		t.Decref(v)
		if err != nil || !more {
			return err
		}
	}
}

// NextItem is one step of an iterator with StopIteration folded into the
// end: (nil, nil) when exhausted.
func (t *Thread) NextItem(it *Object) (*Object, error) {
	v, err := t.Next(it)
	if err != nil && Matches(err, StopIterationType) {
		t.DropError(err)
		return nil, nil
	}
	return v, err
}

func initIterTypes() {
	for _, typ := range []*Type{ListIterType, ListRevIterType, TupleIterType, SeqIterType} {
		typ.Iter = selfIter
		typ.Next = seqIterNext
		typ.Dealloc = seqIterDealloc
		typ.addMethods(
			MethodDef{"__length_hint__", seqIterLengthHint, "Private method returning an estimate of len(list(it))."},
			MethodDef{"__reduce__", seqIterReduce, "Return state information for pickling."},
			MethodDef{"__setstate__", seqIterSetState, "Set state information for unpickling."},
		)
		readyBuiltin(typ, ObjectType, 0, Layout{}, 0)
	}
	ct := CallableIterType
	ct.Iter = selfIter
	ct.Next = callableIterNext
	ct.clear = func(t *Thread, o *Object) {
		it := As[callableIter](o)
		t.Clearref(&it.callable)
		t.Clearref(&it.sentinel)
	}
	readyBuiltin(ct, ObjectType, 0, Layout{}, 0)
}
