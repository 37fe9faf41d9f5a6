package runtime

import "math/big"

// Range is a range object, with int64 bounds.
type Range struct {
	Object
	start, stop, step, length int64
	big                       *bigRange // non-nil for bounds or a length past int64
}

// checkRangeItems is the MemoryError of collecting a range too long for
// memory into a list or tuple, raised before the first item as CPython's
// preallocation raises it, rather than after filling the machine's
// memory item by item.
func (t *Thread) checkRangeItems(o *Object) error {
	if TypeOf(o) != RangeType {
		return nil
	}
	r := As[Range](o)
	if r.big != nil && !r.big.length.IsInt64() || r.length > int64(maxBuild()/8) {
		return t.NewError(MemoryErrorType)
	}
	return nil
}

// RangeIter iterates a range.
type RangeIter struct {
	Object
	next, step int64
	left       int64
}

var (
	RangeType     = builtinType(&Type{Name: "range", Doc: "range(stop) -> range object\nrange(start, stop[, step]) -> range object"})
	RangeIterType = builtinType(&Type{Name: "range_iterator"})
)

func rangeLen(start, stop, step int64) int64 {
	switch {
	case step > 0 && start < stop:
		return int64((uint64(stop-start)-1)/uint64(step)) + 1
	case step < 0 && start > stop:
		return int64((uint64(start-stop)-1)/uint64(-step)) + 1
	}
	return 0
}

func (t *Thread) rangeArg(o *Object) (int64, error) {
	i, err := t.Index(o)
	if err != nil {
		return 0, err
	}
	defer t.Decref(i)
	v, ok := IntSmall(i)
	if !ok {
		return 0, t.OverflowError("Python int too large to convert to C ssize_t")
	}
	return v, nil
}

// int64Args reports whether every argument is an exact int that fits in
// an int64: range's common case, which needs no big.Int (checking for big
// bounds first cost three allocations per range()).
func int64Args(args []*Object) bool {
	for _, a := range args {
		if TypeOf(a) != IntType {
			return false
		}
		if _, ok := IntSmall(a); !ok {
			return false
		}
	}
	return true
}

func rangeNew(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := t.NoKwargs("range", kwnames); err != nil {
		return nil, err
	}
	if len(args) >= 1 && len(args) <= 3 && !int64Args(args) {
		// Bounds past int64 make a big range.
		bigs := make([]*big.Int, len(args))
		isBig := false
		for i, a := range args {
			x, err := t.Index(a)
			if err != nil {
				return nil, err
			}
			bigs[i] = new(big.Int).Set(bigOf(x))
			if !bigs[i].IsInt64() {
				isBig = true
			}
			t.Decref(x)
		}
		if isBig {
			start, stop, step := big.NewInt(0), bigs[0], big.NewInt(1)
			if len(args) >= 2 {
				start, stop = bigs[0], bigs[1]
			}
			if len(args) == 3 {
				step = bigs[2]
				if step.Sign() == 0 {
					return nil, t.ValueError("range() arg 3 must not be zero")
				}
			}
			return t.newBigRange(start, stop, step), nil
		}
	}
	var start, stop, step int64 = 0, 0, 1
	var err error
	switch len(args) {
	case 1:
		if stop, err = t.rangeArg(args[0]); err != nil {
			return nil, err
		}
	case 2, 3:
		if start, err = t.rangeArg(args[0]); err != nil {
			return nil, err
		}
		if stop, err = t.rangeArg(args[1]); err != nil {
			return nil, err
		}
		if len(args) == 3 {
			if step, err = t.rangeArg(args[2]); err != nil {
				return nil, err
			}
			if step == 0 {
				return nil, t.ValueError("range() arg 3 must not be zero")
			}
		}
	case 0:
		return nil, t.TypeError("range expected at least 1 argument, got 0")
	default:
		return nil, t.TypeError("range expected at most 3 arguments, got %d", len(args))
	}
	return t.NewRange(start, stop, step), nil
}

// NewRange returns range(start, stop, step).
func (t *Thread) NewRange(start, stop, step int64) *Object {
	r := As[Range](t.free.ranges.pop(t.State))
	if r == nil {
		r = new(Range)
	}
	r.start, r.stop, r.step, r.length = start, stop, step, rangeLen(start, stop, step)
	r.big = nil
	t.initObject(&r.Object, RangeType)
	return &r.Object
}

// rangeDealloc and rangeIterDealloc keep the memory of ranges and their
// iterators for the next ones: a `for i in range(n)` makes one of each,
// which Go's allocator made a sixth of a short loop's time.
func rangeDealloc(t *Thread, o *Object) {
	As[Range](o).big = nil
	if recycle(o) {
		t.free.ranges.push(o)
	}
}

func rangeIterDealloc(t *Thread, o *Object) {
	if recycle(o) {
		t.free.rangeIters.push(o)
	}
}

func rangeIter(t *Thread, o *Object) (*Object, error) {
	r := As[Range](o)
	if r.big != nil {
		return t.newBigRangeIter(r.big), nil
	}
	return t.newRangeIter(r.start, r.step, r.length), nil
}

func (t *Thread) newRangeIter(next, step, left int64) *Object {
	it := As[RangeIter](t.free.rangeIters.pop(t.State))
	if it == nil {
		it = new(RangeIter)
	}
	it.next, it.step, it.left = next, step, left
	t.initObject(&it.Object, RangeIterType)
	return &it.Object
}

// RangeIterNext is the range iterator's step, for the eval loop's
// FOR_ITER fast path.
func (t *Thread) RangeIterNext(it *RangeIter) *Object {
	if it.left <= 0 {
		return nil
	}
	v := it.next
	it.next += it.step
	it.left--
	return t.NewInt(v)
}

// RangeIterStep is RangeIterNext's value without the int object, for the
// eval loop to store in place; ok is false at the end.
func RangeIterStep(it *RangeIter) (v int64, ok bool) {
	if it.left <= 0 {
		return 0, false
	}
	v = it.next
	it.next += it.step
	it.left--
	return v, true
}

func rangeIterNext(t *Thread, o *Object) (*Object, error) {
	return t.RangeIterNext(As[RangeIter](o)), nil
}

func rangeLenSlot(t *Thread, o *Object) (int, error) {
	r := As[Range](o)
	if r.big != nil {
		if !r.big.length.IsInt64() {
			return 0, t.OverflowError("Python int too large to convert to C ssize_t")
		}
		return int(r.big.length.Int64()), nil
	}
	return int(r.length), nil
}

func (r *Range) item(i int64) int64 { return r.start + i*r.step }

func rangeGetItem(t *Thread, o, key *Object) (*Object, error) {
	r := As[Range](o)
	if r.big != nil {
		return t.bigRangeGetItem(r.big, key)
	}
	if IsSlice(key) {
		// As CPython: the bounds clamped to the range's length (stop to -1
		// at the lowest for a negative step) become the new range's start
		// and stop, which its repr shows; in big ints, since the items
		// at the clamped bounds may not fit in an int64.
		return t.bigSlice(r.parts(), As[Slice](key))
	}
	i, err := t.asIndexForSeq(key, "range")
	if err != nil {
		return nil, err
	}
	if i < 0 {
		i += int(r.length)
	}
	if i < 0 || int64(i) >= r.length {
		return nil, t.IndexError("range object index out of range")
	}
	return t.NewInt(r.item(int64(i))), nil
}

// rangeFind returns the index of v in the range, or -1.
func (r *Range) find(v int64) int64 {
	if r.length == 0 {
		return -1
	}
	d := v - r.start
	if d%r.step != 0 {
		return -1
	}
	i := d / r.step
	if i < 0 || i >= r.length {
		return -1
	}
	return i
}

func rangeContains(t *Thread, o, v *Object) (bool, error) {
	r := As[Range](o)
	if r.big != nil {
		if TypeOf(v) == IntType || TypeOf(v) == BoolType {
			return r.big.contains(bigOf(v)), nil
		}
		return false, nil
	}
	if TypeOf(v) == IntType || TypeOf(v) == BoolType {
		if x, ok := IntSmall(v); ok {
			return r.find(x) >= 0, nil
		}
		return false, nil
	}
	i, err := t.rangeSearch(r, v)
	return i >= 0, err
}

// rangeSearch looks for a value that is not an int by equality, item by
// item, as in any sequence: its index, or -1.
func (t *Thread) rangeSearch(r *Range, v *Object) (int64, error) {
	for i := int64(0); i < r.length; i++ {
		x := t.NewInt(r.item(i))
		eq, err := t.EqualFast(x, v)
		t.Decref(x)
		if err != nil {
			return -1, err
		}
		if eq {
			return i, nil
		}
	}
	return -1, nil
}

func rangeRepr(t *Thread, o *Object) (*Object, error) {
	r := As[Range](o)
	if r.big != nil {
		return t.NewStr(r.big.repr()), nil
	}
	if r.step == 1 {
		return t.NewStr("range(" + itoa(int(r.start)) + ", " + itoa(int(r.stop)) + ")"), nil
	}
	return t.NewStr("range(" + itoa(int(r.start)) + ", " + itoa(int(r.stop)) + ", " + itoa(int(r.step)) + ")"), nil
}

func rangeRichCmp(t *Thread, a, b *Object, op CompareOp) (*Object, error) {
	if TypeOf(b) != RangeType || (op != CmpEq && op != CmpNe) {
		return NotImplemented, nil
	}
	x, y := As[Range](a), As[Range](b)
	var eq bool
	if x.big == nil && y.big == nil {
		eq = x.length == y.length && (x.length == 0 || x.start == y.start && (x.length == 1 || x.step == y.step))
	} else {
		p, q := x.parts(), y.parts()
		n := p.length.Cmp(q.length) == 0
		eq = n && (p.length.Sign() == 0 || p.start.Cmp(q.start) == 0 && (p.length.IsInt64() && p.length.Int64() == 1 || p.step.Cmp(q.step) == 0))
	}
	return NewBool(eq == (op == CmpEq)), nil
}

func rangeHash(t *Thread, o *Object) (int64, error) {
	r := As[Range](o)
	p := r.parts()
	items := []*Object{t.NewBigInt(p.length), None, None}
	if p.length.Sign() > 0 {
		items[1] = t.NewBigInt(p.start)
		if !(p.length.IsInt64() && p.length.Int64() == 1) {
			items[2] = t.NewBigInt(p.step)
		}
	}
	tu := t.NewTupleSteal(items)
	defer t.Decref(tu.Obj())
	return t.Hash(tu.Obj())
}

func rangeCount(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("count", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	in, err := rangeContains(t, args[0], args[1])
	if err != nil {
		return nil, err
	}
	if in {
		return SmallInt(1), nil
	}
	return SmallInt(0), nil
}

func rangeIndex(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("index", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	r := As[Range](args[0])
	v := args[1]
	switch {
	case TypeOf(v) == IntType || TypeOf(v) == BoolType:
		if r.big != nil {
			if i, ok := r.big.find(bigOf(v)); ok {
				return t.NewBigInt(i), nil
			}
		} else if x, ok := IntSmall(v); ok {
			if i := r.find(x); i >= 0 {
				return t.NewInt(i), nil
			}
		}
	case r.big == nil:
		i, err := t.rangeSearch(r, v)
		if err != nil {
			return nil, err
		}
		if i >= 0 {
			return t.NewInt(i), nil
		}
	}
	s, err := t.ReprString(v)
	if err != nil {
		return nil, err
	}
	return nil, t.ValueError("%s is not in range", s)
}

func rangeReversed(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	r := As[Range](args[0])
	if r.big != nil {
		br := r.big
		last := br.item(new(big.Int).Sub(br.length, big.NewInt(1)))
		if br.length.Sign() == 0 {
			last = new(big.Int).Set(br.start)
		}
		neg := new(big.Int).Neg(br.step)
		rev := &bigRange{start: last, stop: new(big.Int).Add(last, new(big.Int).Mul(neg, br.length)), step: neg, length: br.length}
		return t.newBigRangeIter(rev), nil
	}
	return t.newRangeIter(r.start+(r.length-1)*r.step, -r.step, r.length), nil
}

func initRangeTypes() {
	rt := RangeType
	rt.New = rangeNew
	rt.Dealloc = rangeDealloc
	rt.Iter = rangeIter
	rt.Len = rangeLenSlot
	rt.GetItem = rangeGetItem
	rt.Contains = rangeContains
	rt.Repr = rangeRepr
	rt.RichCmp = rangeRichCmp
	rt.Hash = rangeHash
	rt.Bool = func(t *Thread, o *Object) (bool, error) { return As[Range](o).length > 0, nil }
	rt.addMethods(
		MethodDef{"count", rangeCount, "rangeobject.count(value) -> integer -- return number of occurrences of value"},
		MethodDef{"index", rangeIndex, "rangeobject.index(value) -> integer -- return index of value."},
		MethodDef{"__reversed__", rangeReversed, "Return a reverse iterator."},
	)
	rt.addGetSets(
		GetSetDef{Name: "start", Get: func(t *Thread, o *Object) (*Object, error) { return t.NewBigInt(As[Range](o).parts().start), nil }},
		GetSetDef{Name: "stop", Get: func(t *Thread, o *Object) (*Object, error) { return t.NewBigInt(As[Range](o).parts().stop), nil }},
		GetSetDef{Name: "step", Get: func(t *Thread, o *Object) (*Object, error) { return t.NewBigInt(As[Range](o).parts().step), nil }},
	)
	readyBuiltin(rt, ObjectType, 0, Layout{}, 0)

	it := RangeIterType
	it.Iter = selfIter
	it.Next = rangeIterNext
	it.Dealloc = rangeIterDealloc
	it.addMethods(MethodDef{"__length_hint__", func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
		return t.NewInt(max(0, As[RangeIter](args[0]).left)), nil
	}, ""})
	readyBuiltin(it, ObjectType, 0, Layout{}, 0)
}
