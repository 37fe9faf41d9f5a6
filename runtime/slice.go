package runtime

import "gilfree/locks"

// Slice is a slice object: start, stop and step, any of them None.
type Slice struct {
	Object
	Start, Stop, Step *Object
}

// SliceType is slice.
var SliceType = builtinType(&Type{Name: "slice", Doc: "slice(stop)\nslice(start, stop[, step])"})

// NewSlice returns slice(start, stop, step); nil arguments are None.
func (t *Thread) NewSlice(start, stop, step *Object) *Object {
	orNone := func(o *Object) *Object {
		if o == nil {
			return None
		}
		return t.NewRef(o)
	}
	s := As[Slice](t.free.slices.pop(t.State))
	if s == nil {
		s = new(Slice)
	}
	s.Start, s.Stop, s.Step = orNone(start), orNone(stop), orNone(step)
	t.initObject(&s.Object, SliceType)
	return &s.Object
}

// sliceDealloc drops a slice's bounds and keeps its memory for the next
// one: BUILD_SLICE and STORE_SLICE make a slice per l[a:b:c] and
// l[a:b] = v, which Go's allocator made a tenth of a slicing loop's time.
func sliceDealloc(t *Thread, o *Object) {
	s := As[Slice](o)
	t.Clearref(&s.Start)
	t.Clearref(&s.Stop)
	t.Clearref(&s.Step)
	if recycle(o) {
		t.free.slices.push(o)
	}
}

// sliceIndex converts a slice bound: None gives def, an int (or an object
// with __index__) its value clamped to int64.
func (t *Thread) sliceIndex(o *Object, def int) (int, error) {
	if o == None {
		return def, nil
	}
	if !IsInt(o) {
		if TypeOf(o).Index == nil {
			return 0, t.TypeError("slice indices must be integers or None or have an __index__ method")
		}
		i, err := t.Index(o)
		if err != nil {
			return 0, err
		}
		defer t.Decref(i)
		o = i
	}
	if v, ok := IntSmall(o); ok {
		return int(v), nil
	}
	if intSign(o) < 0 {
		return -maxSize, nil
	}
	return maxSize, nil
}

// Indices computes the start, stop, step and number of items of a slice
// applied to a sequence of the given length, as PySlice_GetIndicesEx.
func (t *Thread) Indices(s *Slice, length int) (start, stop, step, n int, err error) {
	if start, stop, step, err = t.unpackSlice(s); err != nil {
		return
	}
	start, stop, n = adjustSlice(start, stop, step, length)
	return
}

// unpackSlice converts a slice's start, stop and step to ints, calling
// their __index__ methods, as PySlice_Unpack: a None bound becomes the
// end of any sequence in the step's direction, which adjustSlice then
// clamps to the sequence's length. A caller whose sequence the
// __index__ methods may change unpacks once and adjusts for the length
// it has afterwards.
func (t *Thread) unpackSlice(s *Slice) (start, stop, step int, err error) {
	step = 1
	if s.Step != None {
		if step, err = t.sliceIndex(s.Step, 1); err != nil {
			return
		}
		if step == 0 {
			err = t.ValueError("slice step cannot be zero")
			return
		}
		if step < -maxSize {
			step = -maxSize
		}
	}
	defStart, defStop := 0, maxSize
	if step < 0 {
		defStart, defStop = maxSize, -maxSize-1
	}
	if start, err = t.sliceIndex(s.Start, defStart); err != nil {
		return
	}
	stop, err = t.sliceIndex(s.Stop, defStop)
	return
}

// adjustSlice clamps unpacked bounds to a sequence of the given length
// and counts the items they select, as PySlice_AdjustIndices.
func adjustSlice(start, stop, step, length int) (int, int, int) {
	start = adjustIndex(start, length, step)
	stop = adjustIndex(stop, length, step)
	return start, stop, sliceLen(start, stop, step)
}

func adjustIndex(i, length, step int) int {
	if i < 0 {
		i += length
		if i < 0 {
			if step < 0 {
				return -1
			}
			return 0
		}
	} else if i >= length {
		if step < 0 {
			return length - 1
		}
		return length
	}
	return i
}

func sliceLen(start, stop, step int) int {
	switch {
	case step < 0 && stop < start:
		return (start-stop-1)/(-step) + 1
	case step > 0 && start < stop:
		return (stop-start-1)/step + 1
	}
	return 0
}

// IsSlice reports whether o is a slice.
func IsSlice(o *Object) bool { return TypeOf(o) == SliceType }

func sliceNew(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := t.CheckArgs("slice", args, kwnames, 1, 3); err != nil {
		return nil, err
	}
	switch len(args) {
	case 1:
		return t.NewSlice(nil, args[0], nil), nil
	case 2:
		return t.NewSlice(args[0], args[1], nil), nil
	}
	return t.NewSlice(args[0], args[1], args[2]), nil
}

func sliceRepr(t *Thread, o *Object) (*Object, error) {
	s := As[Slice](o)
	parts := make([]string, 3)
	for i, v := range []*Object{s.Start, s.Stop, s.Step} {
		r, err := t.ReprString(v)
		if err != nil {
			return nil, err
		}
		parts[i] = r
	}
	return t.NewStr("slice(" + parts[0] + ", " + parts[1] + ", " + parts[2] + ")"), nil
}

func sliceTuple(t *Thread, o *Object) *Tuple {
	s := As[Slice](o)
	return t.NewTuple(s.Start, s.Stop, s.Step)
}

func sliceRichCmp(t *Thread, a, b *Object, op CompareOp) (*Object, error) {
	if TypeOf(b) != SliceType {
		return NotImplemented, nil
	}
	x, y := sliceTuple(t, a), sliceTuple(t, b)
	defer t.Decref(x.Obj())
	defer t.Decref(y.Obj())
	return t.RichCompare(x.Obj(), y.Obj(), op)
}

func sliceHash(t *Thread, o *Object) (int64, error) {
	x := sliceTuple(t, o)
	defer t.Decref(x.Obj())
	return t.Hash(x.Obj())
}

func sliceIndices(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("indices", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	n, err := t.IndexInt(args[1])
	if err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, t.ValueError("length should not be negative")
	}
	start, stop, step, _, err := t.Indices(As[Slice](args[0]), n)
	if err != nil {
		return nil, err
	}
	return t.NewTupleSteal([]*Object{t.NewInt(int64(start)), t.NewInt(int64(stop)), t.NewInt(int64(step))}).Obj(), nil
}

func initSliceType() {
	st := SliceType
	st.New = sliceNew
	st.Dealloc = sliceDealloc
	st.Repr = sliceRepr
	st.RichCmp = sliceRichCmp
	st.Hash = sliceHash
	st.clear = func(t *Thread, o *Object) {
		s := As[Slice](o)
		t.Clearref(&s.Start)
		t.Clearref(&s.Stop)
		t.Clearref(&s.Step)
	}
	st.addMethods(MethodDef{"indices", sliceIndices, "S.indices(len) -> (start, stop, stride)"})
	st.addGetSets(
		GetSetDef{Name: "start", Get: func(t *Thread, o *Object) (*Object, error) { return t.NewRef(As[Slice](o).Start), nil }},
		GetSetDef{Name: "stop", Get: func(t *Thread, o *Object) (*Object, error) { return t.NewRef(As[Slice](o).Stop), nil }},
		GetSetDef{Name: "step", Get: func(t *Thread, o *Object) (*Object, error) { return t.NewRef(As[Slice](o).Step), nil }},
	)
	readyBuiltin(st, ObjectType, 0, Layout{}, 0)
}

// SliceFast is container[start:stop] for an exact str, list or tuple with
// bounds that are None or ints fitting an int: BINARY_SLICE's common case,
// computed without a slice object. ok is false for anything else.
func (t *Thread) SliceFast(c, start, stop *Object) (v *Object, ok bool) {
	typ := TypeOf(c)
	var length int
	switch typ {
	case StrType:
		length = As[Str](c).n
	case ListType:
		return t.listSliceFast(c, start, stop)
	case TupleType:
		length = len(As[Tuple](c).items)
	default:
		return nil, false
	}
	lo, ok1 := sliceBound(start, 0, length)
	hi, ok2 := sliceBound(stop, length, length)
	if !ok1 || !ok2 {
		return nil, false
	}
	hi = max(hi, lo)
	switch typ {
	case StrType:
		s := As[Str](c)
		if lo == 0 && hi == length {
			return t.NewRef(c), true
		}
		return t.newStrN(s.substr(lo, hi), hi-lo), true
	}
	if lo == 0 && hi == length {
		return t.NewRef(c), true
	}
	return t.NewTuple(As[Tuple](c).items[lo:hi]...).Obj(), true
}

// sliceOfInts reports whether s's start, stop and step are each None or
// an exact int, so that computing its indices runs no Python code.
func sliceOfInts(s *Slice) bool {
	return (s.Start == None || TypeOf(s.Start) == IntType) &&
		(s.Stop == None || TypeOf(s.Stop) == IntType) &&
		(s.Step == None || TypeOf(s.Step) == IntType)
}

// sliceBound clamps a slice bound to [0, length] as slice.indices does
// with step 1: None is def, a negative bound counts from the end.
func sliceBound(o *Object, def, length int) (int, bool) {
	if o == None {
		return def, true
	}
	if TypeOf(o) != IntType {
		return 0, false
	}
	v, ok := IntSmall(o)
	if !ok {
		return 0, false
	}
	if v < 0 {
		v += int64(length)
		if v < 0 {
			v = 0
		}
	} else if v > int64(length) {
		v = int64(length)
	}
	return int(v), true
}

// StoreSliceFast is container[start:stop] = v for an exact list with
// bounds that are None or ints fitting an int, and v an exact list (not
// the container itself) or tuple: STORE_SLICE's common case, done without
// a slice object or a copy of v's items, with the removed items released
// after the critical section. It reports false, having done nothing, for
// anything else.
//
// Nothing in the section runs Python code, so it locks only once a
// second thread exists (see lockRead); v, when a list, is locked with the
// container so that its items are read whole.
func (t *Thread) StoreSliceFast(c, start, stop, v *Object) bool {
	if TypeOf(c) != ListType || c == v {
		return false
	}
	var src []*Object
	vt := TypeOf(v)
	switch vt {
	case ListType:
	case TupleType:
		src = As[Tuple](v).items
	default:
		return false
	}
	if (start != None && TypeOf(start) != IntType) || (stop != None && TypeOf(stop) != IntType) {
		return false
	}
	threaded := locks.Threaded()
	if threaded {
		if vt == ListType {
			t.Lock2(c, v)
		} else {
			t.Lock(c)
		}
	}
	l := As[List](c)
	n := len(l.items)
	lo, ok1 := sliceBound(start, 0, n)
	hi, ok2 := sliceBound(stop, n, n)
	if !ok1 || !ok2 {
		if threaded {
			t.unlockStore(c, v, vt)
		}
		return false
	}
	if vt == ListType {
		src = As[List](v).items
	}
	for _, it := range src {
		t.Incref(it)
	}
	var buf [16]*Object
	removed := t.listReplace(l, lo, max(hi, lo), src, buf[:0])
	if threaded {
		t.unlockStore(c, v, vt)
	}
	t.releaseItems(removed)
	return true
}

// unlockStore ends StoreSliceFast's critical section.
func (t *Thread) unlockStore(c, v *Object, vt *Type) {
	if vt == ListType {
		t.Unlock2(c, v)
	} else {
		t.Unlock(c)
	}
}
