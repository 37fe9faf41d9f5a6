package runtime

import "math/big"

// Ranges whose bounds or length do not fit in an int64 keep big values;
// they support len (which overflows as CPython's does), indexing,
// membership, repr and iteration, on the slow path.

type bigRange struct {
	start, stop, step, length *big.Int
}

// newBigRange makes a range from big bounds.
func (t *Thread) newBigRange(start, stop, step *big.Int) *Object {
	length := new(big.Int)
	one := big.NewInt(1)
	switch {
	case step.Sign() > 0 && start.Cmp(stop) < 0:
		// (stop - start - 1) // step + 1
		length.Sub(stop, start)
		length.Sub(length, one)
		length.Quo(length, step)
		length.Add(length, one)
	case step.Sign() < 0 && start.Cmp(stop) > 0:
		length.Sub(start, stop)
		length.Sub(length, one)
		length.Quo(length, new(big.Int).Neg(step))
		length.Add(length, one)
	}
	if start.IsInt64() && stop.IsInt64() && step.IsInt64() && length.IsInt64() {
		return t.NewRange(start.Int64(), stop.Int64(), step.Int64())
	}
	r := &Range{big: &bigRange{start, stop, step, length}}
	t.initObject(&r.Object, RangeType)
	return &r.Object
}

func (br *bigRange) item(i *big.Int) *big.Int {
	v := new(big.Int).Mul(i, br.step)
	return v.Add(v, br.start)
}

// parts returns a range's bounds, step and length as big ints, whichever
// way it keeps them.
func (r *Range) parts() *bigRange {
	if r.big != nil {
		return r.big
	}
	return &bigRange{big.NewInt(r.start), big.NewInt(r.stop), big.NewInt(r.step), big.NewInt(r.length)}
}

// find returns the index of v in the big range, if it is there.
func (br *bigRange) find(v *big.Int) (*big.Int, bool) {
	if br.length.Sign() == 0 {
		return nil, false
	}
	d := new(big.Int).Sub(v, br.start)
	q, m := new(big.Int).QuoRem(d, br.step, new(big.Int))
	if m.Sign() != 0 || q.Sign() < 0 || q.Cmp(br.length) >= 0 {
		return nil, false
	}
	return q, true
}

// bigSlice is a big range sliced: CPython's slice of a range, with the
// slice's bounds clamped to the length in big ints.
func (t *Thread) bigSlice(br *bigRange, s *Slice) (*Object, error) {
	index := func(o *Object, dflt *big.Int) (*big.Int, error) {
		if o == nil || o == None {
			return dflt, nil
		}
		i, err := t.Index(o)
		if err != nil {
			return nil, t.TypeError("slice indices must be integers or None or have an __index__ method")
		}
		defer t.Decref(i)
		return new(big.Int).Set(bigOf(i)), nil
	}
	step, err := index(s.Step, big.NewInt(1))
	if err != nil {
		return nil, err
	}
	if step.Sign() == 0 {
		return nil, t.ValueError("slice step cannot be zero")
	}
	lower, upper := big.NewInt(0), new(big.Int).Set(br.length)
	if step.Sign() < 0 {
		lower = big.NewInt(-1)
		upper.Sub(upper, big.NewInt(1))
	}
	clamp := func(o *Object, dflt *big.Int) (*big.Int, error) {
		v, err := index(o, nil)
		if err != nil || v == nil {
			return dflt, err
		}
		if v.Sign() < 0 {
			v.Add(v, br.length)
		}
		if v.Cmp(lower) < 0 {
			return lower, nil
		}
		if v.Cmp(upper) > 0 {
			return upper, nil
		}
		return v, nil
	}
	startDflt, stopDflt := lower, upper
	if step.Sign() < 0 {
		startDflt, stopDflt = upper, lower
	}
	start, err := clamp(s.Start, startDflt)
	if err != nil {
		return nil, err
	}
	stop, err := clamp(s.Stop, stopDflt)
	if err != nil {
		return nil, err
	}
	return t.newBigRange(br.item(start), br.item(stop), new(big.Int).Mul(br.step, step)), nil
}

// bigRangeGetItem indexes a big range.
func (t *Thread) bigRangeGetItem(br *bigRange, key *Object) (*Object, error) {
	if IsSlice(key) {
		return t.bigSlice(br, As[Slice](key))
	}
	i, err := t.Index(key)
	if err != nil {
		return nil, err
	}
	defer t.Decref(i)
	idx := new(big.Int).Set(bigOf(i))
	if idx.Sign() < 0 {
		idx.Add(idx, br.length)
	}
	if idx.Sign() < 0 || idx.Cmp(br.length) >= 0 {
		return nil, t.IndexError("range object index out of range")
	}
	return t.NewBigInt(br.item(idx)), nil
}

// contains reports whether an int is in the big range.
func (br *bigRange) contains(v *big.Int) bool {
	_, ok := br.find(v)
	return ok
}

func (br *bigRange) repr() string {
	if br.step.Cmp(big.NewInt(1)) == 0 {
		return "range(" + br.start.String() + ", " + br.stop.String() + ")"
	}
	return "range(" + br.start.String() + ", " + br.stop.String() + ", " + br.step.String() + ")"
}

// bigRangeIter iterates a big range.
type bigRangeIter struct {
	Object
	next, step, left *big.Int
}

var BigRangeIterType = builtinType(&Type{Name: "longrange_iterator"})

func (t *Thread) newBigRangeIter(br *bigRange) *Object {
	it := &bigRangeIter{next: new(big.Int).Set(br.start), step: br.step, left: new(big.Int).Set(br.length)}
	t.initObject(&it.Object, BigRangeIterType)
	return &it.Object
}

func bigRangeIterNext(t *Thread, o *Object) (*Object, error) {
	it := As[bigRangeIter](o)
	if it.left.Sign() <= 0 {
		return nil, nil
	}
	v := new(big.Int).Set(it.next)
	it.next.Add(it.next, it.step)
	it.left.Sub(it.left, big.NewInt(1))
	return t.NewBigInt(v), nil
}

func initBigRangeIterType() {
	it := BigRangeIterType
	it.Iter = selfIter
	it.Next = bigRangeIterNext
	readyBuiltin(it, ObjectType, 0, Layout{}, 0)
}
