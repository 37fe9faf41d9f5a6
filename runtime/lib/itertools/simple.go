package itertools

import (
	"fmt"

	"gilfree/runtime"
)

// The iterators that hold one or two inputs and advance them one step at
// a time: count, cycle, repeat, chain, compress, dropwhile, takewhile,
// filterfalse, starmap, accumulate, pairwise, batched.

type countObj struct {
	runtime.Object
	fast      bool  // the count and step are the int64s below
	i, step   int64 // the fast state
	cnt, incr *runtime.Object
}

type cycleObj struct {
	runtime.Object
	it    *runtime.Object
	saved []*runtime.Object
	index int
	first bool // still reading it
}

type repeatObj struct {
	runtime.Object
	v   *runtime.Object
	cnt int64 // -1: forever
}

type chainObj struct {
	runtime.Object
	source *runtime.Object // iterator over the iterables
	active *runtime.Object // iterator of the current one
}

type compressObj struct {
	runtime.Object
	data, sel *runtime.Object
}

type predObj struct {
	runtime.Object
	pred, it *runtime.Object
	done     bool // dropwhile: dropping is over; takewhile: stopped
}

type starmapObj struct {
	runtime.Object
	fn, it *runtime.Object
}

type accumulateObj struct {
	runtime.Object
	it, fn, total, initial *runtime.Object
}

type pairwiseObj struct {
	runtime.Object
	it, old *runtime.Object
}

type batchedObj struct {
	runtime.Object
	it *runtime.Object
	n  int
}

var (
	CountType       = &runtime.Type{Name: "count", Module: "itertools", Doc: "Return a count object whose .__next__() method returns consecutive values."}
	CycleType       = &runtime.Type{Name: "cycle", Module: "itertools", Doc: "Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."}
	RepeatType      = &runtime.Type{Name: "repeat", Module: "itertools", Doc: "repeat(object [,times]) -> create an iterator which returns the object\nfor the specified number of times.  If not specified, returns the object\nendlessly."}
	ChainType       = &runtime.Type{Name: "chain", Module: "itertools", Doc: "Return a chain object whose .__next__() method returns elements from the\nfirst iterable until it is exhausted, then elements from the next\niterable, until all of the iterables are exhausted."}
	CompressType    = &runtime.Type{Name: "compress", Module: "itertools", Doc: "Return data elements corresponding to true selector elements."}
	DropwhileType   = &runtime.Type{Name: "dropwhile", Module: "itertools", Doc: "Drop items from the iterable while predicate(item) is true."}
	TakewhileType   = &runtime.Type{Name: "takewhile", Module: "itertools", Doc: "Return successive entries from an iterable as long as the predicate evaluates to true for each entry."}
	FilterfalseType = &runtime.Type{Name: "filterfalse", Module: "itertools", Doc: "Return those items of iterable for which function(item) is false."}
	StarmapType     = &runtime.Type{Name: "starmap", Module: "itertools", Doc: "Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."}
	AccumulateType  = &runtime.Type{Name: "accumulate", Module: "itertools", Doc: "Return series of accumulated sums (or other binary function results)."}
	PairwiseType    = &runtime.Type{Name: "pairwise", Module: "itertools", Doc: "Return an iterator of overlapping pairs taken from the input iterator."}
	BatchedType     = &runtime.Type{Name: "batched", Module: "itertools", Doc: "Batch data into tuples of length n. The last batch may be shorter."}
)

func readySimple() {
	CountType.New, CountType.Repr = countNew, countRepr
	ready(CountType, countNext, func(t *runtime.Thread, c *countObj) { clearRef(t, &c.cnt); clearRef(t, &c.incr) })
	CycleType.New = cycleNew
	ready(CycleType, cycleNext, func(t *runtime.Thread, c *cycleObj) {
		clearRef(t, &c.it)
		releaseAll(t, c.saved)
		c.saved = nil
	})
	RepeatType.New, RepeatType.Repr = repeatNew, repeatRepr
	RepeatType.AddMethods(runtime.MethodDef{Name: "__length_hint__", Fn: repeatLengthHint, Doc: "Private method returning an estimate of len(list(it))."})
	ready(RepeatType, repeatNext, func(t *runtime.Thread, r *repeatObj) { clearRef(t, &r.v) })
	ChainType.New = chainNew
	ChainType.AddClassMethods(runtime.MethodDef{Name: "from_iterable", Fn: chainFromIterable, Doc: "Alternative chain() constructor taking a single iterable argument that evaluates lazily."})
	ChainType.AddClassMethods(runtime.MethodDef{Name: "__class_getitem__", Fn: classGetItem, Doc: "See PEP 585"})
	ready(ChainType, chainNext, func(t *runtime.Thread, c *chainObj) { clearRef(t, &c.source); clearRef(t, &c.active) })
	CompressType.New = compressNew
	ready(CompressType, compressNext, func(t *runtime.Thread, c *compressObj) { clearRef(t, &c.data); clearRef(t, &c.sel) })
	clearPred := func(t *runtime.Thread, p *predObj) { clearRef(t, &p.pred); clearRef(t, &p.it) }
	DropwhileType.New = predNew("dropwhile", DropwhileType)
	ready(DropwhileType, dropwhileNext, clearPred)
	TakewhileType.New = predNew("takewhile", TakewhileType)
	ready(TakewhileType, takewhileNext, clearPred)
	FilterfalseType.New = predNew("filterfalse", FilterfalseType)
	ready(FilterfalseType, filterfalseNext, clearPred)
	StarmapType.New = starmapNew
	ready(StarmapType, starmapNext, func(t *runtime.Thread, s *starmapObj) { clearRef(t, &s.fn); clearRef(t, &s.it) })
	AccumulateType.New = accumulateNew
	ready(AccumulateType, accumulateNext, func(t *runtime.Thread, a *accumulateObj) {
		clearRef(t, &a.it)
		clearRef(t, &a.fn)
		clearRef(t, &a.total)
		clearRef(t, &a.initial)
	})
	PairwiseType.New = pairwiseNew
	ready(PairwiseType, pairwiseNext, func(t *runtime.Thread, p *pairwiseObj) { clearRef(t, &p.it); clearRef(t, &p.old) })
	BatchedType.New = batchedNew
	ready(BatchedType, batchedNext, func(t *runtime.Thread, b *batchedObj) { clearRef(t, &b.it) })
}

func classGetItem(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.CheckArgs("__class_getitem__", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	return t.NewGenericAlias(args[0], args[1]), nil
}

// isNumber is CPython's PyNumber_Check: what count accepts.
func isNumber(o *runtime.Object) bool {
	typ := runtime.TypeOf(o)
	return runtime.IsInt(o) || runtime.IsFloat(o) || typ.Index != nil || typ.Float != nil || typ.Int != nil ||
		runtime.IsInstance(o, runtime.ComplexType)
}

func countNew(t *runtime.Thread, typ *runtime.Type, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	var a [2]*runtime.Object
	if err := t.ParseArgs("count", args, kw, []string{"start", "step"}, 0, a[:]); err != nil {
		return nil, err
	}
	start, step := a[0], a[1]
	if start == nil {
		start = runtime.SmallInt(0)
	}
	if step == nil {
		step = runtime.SmallInt(1)
	}
	if !isNumber(start) || !isNumber(step) {
		return nil, t.TypeError("a number is required")
	}
	o := alloc(t, typ, CountType, func() *runtime.Object { return &new(countObj).Object })
	c := runtime.As[countObj](o)
	i, ok1 := smallInt(start)
	s, ok2 := smallInt(step)
	if ok1 && ok2 {
		c.fast, c.i, c.step = true, i, s
	} else {
		c.cnt, c.incr = t.NewRef(start), t.NewRef(step)
	}
	return o, nil
}

// smallInt returns the value of an exact int that fits in an int64.
func smallInt(o *runtime.Object) (int64, bool) {
	if runtime.TypeOf(o) != runtime.IntType {
		return 0, false
	}
	return runtime.Int64Of(o)
}

func countNext(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
	c := runtime.As[countObj](o)
	if c.fast {
		next, ok := runtime.AddInt64(c.i, c.step)
		if ok {
			v := t.NewInt(c.i)
			c.i = next
			return v, nil
		}
		// Leave the fast path before the int64 overflows.
		c.fast = false
		c.cnt, c.incr = t.NewInt(c.i), t.NewInt(c.step)
	}
	next, err := t.BinaryOp(c.cnt, c.incr, runtime.OpAdd)
	if err != nil {
		return nil, err
	}
	v := c.cnt
	c.cnt = next
	return v, nil
}

func countRepr(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
	c := runtime.As[countObj](o)
	name := runtime.TypeOf(o).Name
	if c.fast {
		if c.step == 1 {
			return t.NewStr(fmt.Sprintf("%s(%d)", name, c.i)), nil
		}
		return t.NewStr(fmt.Sprintf("%s(%d, %d)", name, c.i, c.step)), nil
	}
	cs, err := t.ReprString(c.cnt)
	if err != nil {
		return nil, err
	}
	if v, ok := smallInt(c.incr); ok && v == 1 {
		return t.NewStr(fmt.Sprintf("%s(%s)", name, cs)), nil
	}
	ss, err := t.ReprString(c.incr)
	if err != nil {
		return nil, err
	}
	return t.NewStr(fmt.Sprintf("%s(%s, %s)", name, cs, ss)), nil
}

func cycleNew(t *runtime.Thread, typ *runtime.Type, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := noKw(t, "cycle", typ, CycleType, kw); err != nil {
		return nil, err
	}
	if err := checkCount(t, "cycle", args, 1, 1); err != nil {
		return nil, err
	}
	it, err := t.Iter(args[0])
	if err != nil {
		return nil, err
	}
	o := alloc(t, typ, CycleType, func() *runtime.Object { return &new(cycleObj).Object })
	c := runtime.As[cycleObj](o)
	c.it, c.first = it, true
	return o, nil
}

func cycleNext(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
	c := runtime.As[cycleObj](o)
	if c.first {
		v, err := t.NextItem(c.it)
		if err != nil {
			return nil, err
		}
		if v != nil {
			c.saved = append(c.saved, t.NewRef(v))
			return v, nil
		}
		c.first = false
		clearRef(t, &c.it)
	}
	if len(c.saved) == 0 {
		return nil, nil
	}
	v := t.NewRef(c.saved[c.index])
	c.index = (c.index + 1) % len(c.saved)
	return v, nil
}

func repeatNew(t *runtime.Thread, typ *runtime.Type, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	var a [2]*runtime.Object
	if err := t.ParseArgs("repeat", args, kw, []string{"object", "times"}, 1, a[:]); err != nil {
		return nil, err
	}
	cnt := int64(-1)
	if a[1] != nil {
		if !runtime.IsInt(a[1]) {
			return nil, t.TypeError("'%s' object cannot be interpreted as an integer", runtime.TypeOf(a[1]).Name)
		}
		n, err := t.IndexInt(a[1])
		if err != nil {
			return nil, err
		}
		cnt = int64(n)
		if cnt < 0 {
			cnt = 0
		}
	}
	o := alloc(t, typ, RepeatType, func() *runtime.Object { return &new(repeatObj).Object })
	r := runtime.As[repeatObj](o)
	r.v, r.cnt = t.NewRef(a[0]), cnt
	return o, nil
}

func repeatNext(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
	r := runtime.As[repeatObj](o)
	if r.cnt == 0 {
		return nil, nil
	}
	if r.cnt > 0 {
		r.cnt--
	}
	return t.NewRef(r.v), nil
}

func repeatRepr(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
	r := runtime.As[repeatObj](o)
	vs, err := t.ReprString(r.v)
	if err != nil {
		return nil, err
	}
	name := runtime.TypeOf(o).Name
	if r.cnt < 0 {
		return t.NewStr(fmt.Sprintf("%s(%s)", name, vs)), nil
	}
	return t.NewStr(fmt.Sprintf("%s(%s, %d)", name, vs, r.cnt)), nil
}

func repeatLengthHint(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	r := runtime.As[repeatObj](args[0])
	if r.cnt < 0 {
		return nil, t.TypeError("len() of unsized object")
	}
	return t.NewInt(r.cnt), nil
}

func chainNew(t *runtime.Thread, typ *runtime.Type, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := noKw(t, "chain", typ, ChainType, kw); err != nil {
		return nil, err
	}
	items := make([]*runtime.Object, len(args))
	for i, a := range args {
		items[i] = t.NewRef(a)
	}
	tup := t.NewTupleSteal(items).Obj()
	src, err := t.Iter(tup)
	t.Decref(tup)
	if err != nil {
		return nil, err
	}
	o := alloc(t, typ, ChainType, func() *runtime.Object { return &new(chainObj).Object })
	runtime.As[chainObj](o).source = src
	return o, nil
}

func chainFromIterable(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.CheckArgs("from_iterable", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	src, err := t.Iter(args[1])
	if err != nil {
		return nil, err
	}
	typ := runtime.AsType(args[0])
	o := alloc(t, typ, ChainType, func() *runtime.Object { return &new(chainObj).Object })
	runtime.As[chainObj](o).source = src
	return o, nil
}

func chainNext(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
	c := runtime.As[chainObj](o)
	for {
		if c.active == nil {
			if c.source == nil {
				return nil, nil
			}
			iterable, err := t.NextItem(c.source)
			if err != nil {
				return nil, err
			}
			if iterable == nil {
				clearRef(t, &c.source)
				return nil, nil
			}
			it, err := t.Iter(iterable)
			t.Decref(iterable)
			if err != nil {
				return nil, err
			}
			c.active = it
		}
		v, err := t.NextItem(c.active)
		if err != nil || v != nil {
			return v, err
		}
		clearRef(t, &c.active)
	}
}

func compressNew(t *runtime.Thread, typ *runtime.Type, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	var a [2]*runtime.Object
	if err := t.ParseArgs("compress", args, kw, []string{"data", "selectors"}, 2, a[:]); err != nil {
		return nil, err
	}
	data, err := t.Iter(a[0])
	if err != nil {
		return nil, err
	}
	sel, err := t.Iter(a[1])
	if err != nil {
		t.Decref(data)
		return nil, err
	}
	o := alloc(t, typ, CompressType, func() *runtime.Object { return &new(compressObj).Object })
	c := runtime.As[compressObj](o)
	c.data, c.sel = data, sel
	return o, nil
}

func compressNext(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
	c := runtime.As[compressObj](o)
	for {
		v, err := t.NextItem(c.data)
		if err != nil || v == nil {
			return nil, err
		}
		s, err := t.NextItem(c.sel)
		if err != nil || s == nil {
			t.Decref(v)
			return nil, err
		}
		ok, err := t.Truth(s)
		t.Decref(s)
		if err != nil {
			t.Decref(v)
			return nil, err
		}
		if ok {
			return v, nil
		}
		t.Decref(v)
	}
}

func predNew(name string, base *runtime.Type) runtime.NewFunc {
	return func(t *runtime.Thread, typ *runtime.Type, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
		if err := noKw(t, name, typ, base, kw); err != nil {
			return nil, err
		}
		if err := checkCount(t, name, args, 2, 2); err != nil {
			return nil, err
		}
		it, err := t.Iter(args[1])
		if err != nil {
			return nil, err
		}
		o := alloc(t, typ, base, func() *runtime.Object { return &new(predObj).Object })
		p := runtime.As[predObj](o)
		p.pred, p.it = t.NewRef(args[0]), it
		return o, nil
	}
}

func dropwhileNext(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
	p := runtime.As[predObj](o)
	for {
		v, err := t.NextItem(p.it)
		if err != nil || v == nil {
			return nil, err
		}
		if p.done {
			return v, nil
		}
		ok, err := truth(t, p.pred, v)
		if err != nil {
			t.Decref(v)
			return nil, err
		}
		if !ok {
			p.done = true
			return v, nil
		}
		t.Decref(v)
	}
}

func takewhileNext(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
	p := runtime.As[predObj](o)
	if p.done {
		return nil, nil
	}
	v, err := t.NextItem(p.it)
	if err != nil || v == nil {
		return nil, err
	}
	ok, err := truth(t, p.pred, v)
	if err != nil {
		t.Decref(v)
		return nil, err
	}
	if ok {
		return v, nil
	}
	t.Decref(v)
	p.done = true
	return nil, nil
}

func filterfalseNext(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
	p := runtime.As[predObj](o)
	for {
		v, err := t.NextItem(p.it)
		if err != nil || v == nil {
			return nil, err
		}
		ok, err := truth(t, p.pred, v)
		if err != nil {
			t.Decref(v)
			return nil, err
		}
		if !ok {
			return v, nil
		}
		t.Decref(v)
	}
}

func starmapNew(t *runtime.Thread, typ *runtime.Type, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := noKw(t, "starmap", typ, StarmapType, kw); err != nil {
		return nil, err
	}
	if err := checkCount(t, "starmap", args, 2, 2); err != nil {
		return nil, err
	}
	it, err := t.Iter(args[1])
	if err != nil {
		return nil, err
	}
	o := alloc(t, typ, StarmapType, func() *runtime.Object { return &new(starmapObj).Object })
	s := runtime.As[starmapObj](o)
	s.fn, s.it = t.NewRef(args[0]), it
	return o, nil
}

// items returns new references to the items of an iterable.
func items(t *runtime.Thread, o *runtime.Object) ([]*runtime.Object, error) {
	var out []*runtime.Object
	err := t.ForEach(o, func(v *runtime.Object) (bool, error) {
		out = append(out, t.NewRef(v))
		return true, nil
	})
	if err != nil {
		releaseAll(t, out)
		return nil, err
	}
	return out, nil
}

func starmapNext(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
	s := runtime.As[starmapObj](o)
	v, err := t.NextItem(s.it)
	if err != nil || v == nil {
		return nil, err
	}
	defer t.Decref(v)
	if runtime.TypeOf(v) == runtime.TupleType {
		return t.Call(s.fn, runtime.TupleItems(v), nil)
	}
	if runtime.TypeOf(v).Iter == nil && runtime.TypeOf(v).GetItem == nil {
		return nil, t.TypeError("'%s' object is not iterable", runtime.TypeOf(v).Name)
	}
	args, err := items(t, v)
	if err != nil {
		return nil, err
	}
	defer releaseAll(t, args)
	return t.Call(s.fn, args, nil)
}

func accumulateNew(t *runtime.Thread, typ *runtime.Type, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	var a [3]*runtime.Object
	if err := t.ParseArgs("accumulate", args, kw, []string{"iterable", "func", "$initial"}, 1, a[:]); err != nil {
		return nil, err
	}
	it, err := t.Iter(a[0])
	if err != nil {
		return nil, err
	}
	o := alloc(t, typ, AccumulateType, func() *runtime.Object { return &new(accumulateObj).Object })
	acc := runtime.As[accumulateObj](o)
	acc.it = it
	if a[1] != nil && a[1] != runtime.None {
		acc.fn = t.NewRef(a[1])
	}
	if a[2] != nil && a[2] != runtime.None {
		acc.initial = t.NewRef(a[2])
	}
	return o, nil
}

func accumulateNext(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
	a := runtime.As[accumulateObj](o)
	if a.initial != nil {
		a.total, a.initial = a.initial, nil
		return t.NewRef(a.total), nil
	}
	v, err := t.NextItem(a.it)
	if err != nil || v == nil {
		return nil, err
	}
	if a.total == nil {
		a.total = v
		return t.NewRef(v), nil
	}
	var next *runtime.Object
	if a.fn == nil && runtime.TypeOf(a.total) == runtime.FloatType && runtime.TypeOf(v) == runtime.FloatType {
		// Running sums of floats (random.choices' weights) add
		// directly, without the operator's dispatch.
		next = t.NewFloat(runtime.FloatValue(a.total) + runtime.FloatValue(v))
	} else if a.fn == nil {
		next, err = t.BinaryOp(a.total, v, runtime.OpAdd)
	} else {
		next, err = t.Call2(a.fn, a.total, v)
	}
	t.Decref(v)
	if err != nil {
		return nil, err
	}
	t.Decref(a.total)
	a.total = next
	return t.NewRef(next), nil
}

func pairwiseNew(t *runtime.Thread, typ *runtime.Type, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := noKw(t, "pairwise", typ, PairwiseType, kw); err != nil {
		return nil, err
	}
	if err := checkCount(t, "pairwise", args, 1, 1); err != nil {
		return nil, err
	}
	it, err := t.Iter(args[0])
	if err != nil {
		return nil, err
	}
	o := alloc(t, typ, PairwiseType, func() *runtime.Object { return &new(pairwiseObj).Object })
	runtime.As[pairwiseObj](o).it = it
	return o, nil
}

func pairwiseNext(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
	p := runtime.As[pairwiseObj](o)
	if p.it == nil {
		return nil, nil
	}
	if p.old == nil {
		old, err := t.NextItem(p.it)
		if err != nil {
			return nil, err
		}
		if old == nil {
			clearRef(t, &p.it)
			return nil, nil
		}
		p.old = old
	}
	v, err := t.NextItem(p.it)
	if err != nil {
		return nil, err
	}
	if v == nil {
		clearRef(t, &p.it)
		clearRef(t, &p.old)
		return nil, nil
	}
	pair := t.NewTupleSteal([]*runtime.Object{p.old, t.NewRef(v)}).Obj()
	p.old = v
	return pair, nil
}

func batchedNew(t *runtime.Thread, typ *runtime.Type, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	var a [2]*runtime.Object
	if err := t.ParseArgs("batched", args, kw, []string{"iterable", "n"}, 2, a[:]); err != nil {
		return nil, err
	}
	n, err := t.IndexInt(a[1])
	if err != nil {
		return nil, err
	}
	if n < 1 {
		return nil, t.ValueError("n must be at least one")
	}
	it, err := t.Iter(a[0])
	if err != nil {
		return nil, err
	}
	o := alloc(t, typ, BatchedType, func() *runtime.Object { return &new(batchedObj).Object })
	b := runtime.As[batchedObj](o)
	b.it, b.n = it, n
	return o, nil
}

func batchedNext(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
	b := runtime.As[batchedObj](o)
	if b.it == nil {
		return nil, nil
	}
	batch := make([]*runtime.Object, 0, b.n)
	for len(batch) < b.n {
		v, err := t.NextItem(b.it)
		if err != nil {
			releaseAll(t, batch)
			return nil, err
		}
		if v == nil {
			clearRef(t, &b.it)
			break
		}
		batch = append(batch, v)
	}
	if len(batch) == 0 {
		return nil, nil
	}
	return t.NewTupleSteal(batch).Obj(), nil
}
