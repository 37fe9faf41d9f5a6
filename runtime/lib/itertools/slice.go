package itertools

import (
	"math"

	"gilfree/runtime"
)

// islice, zip_longest and groupby.

type isliceObj struct {
	runtime.Object
	it              *runtime.Object
	next, stop, cnt int // stop -1: none
	step            int
}

type zipLongestObj struct {
	runtime.Object
	its    []*runtime.Object // nil entries are exhausted
	active int
	fill   *runtime.Object
}

type groupbyObj struct {
	runtime.Object
	it, keyfn                *runtime.Object
	tgtkey, currkey, currval *runtime.Object
	currgrouper              *runtime.Object // not owned: identity only
}

type grouperObj struct {
	runtime.Object
	parent, tgtkey *runtime.Object
}

var (
	IsliceType     = &runtime.Type{Name: "islice", Module: "itertools", Doc: "islice(iterable, stop) --> islice object\nislice(iterable, start, stop[, step]) --> islice object"}
	ZipLongestType = &runtime.Type{Name: "zip_longest", Module: "itertools", Doc: "zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object"}
	GroupbyType    = &runtime.Type{Name: "groupby", Module: "itertools", Doc: "make an iterator that returns consecutive keys and groups from the iterable"}
	grouperType    = &runtime.Type{Name: "_grouper", Module: "itertools"}
)

func readySlice() {
	IsliceType.New = isliceNew
	ready(IsliceType, isliceNext, func(t *runtime.Thread, s *isliceObj) { clearRef(t, &s.it) })
	ZipLongestType.New = zipLongestNew
	ready(ZipLongestType, zipLongestNext, func(t *runtime.Thread, z *zipLongestObj) {
		releaseAll(t, z.its)
		z.its = nil
		clearRef(t, &z.fill)
	})
	GroupbyType.New = groupbyNew
	ready(GroupbyType, groupbyNext, func(t *runtime.Thread, g *groupbyObj) {
		clearRef(t, &g.it)
		clearRef(t, &g.keyfn)
		clearRef(t, &g.tgtkey)
		clearRef(t, &g.currkey)
		clearRef(t, &g.currval)
	})
	ready(grouperType, grouperNext, func(t *runtime.Thread, g *grouperObj) {
		clearRef(t, &g.parent)
		clearRef(t, &g.tgtkey)
	})
}

const (
	stopMsg    = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
	indicesMsg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
	stepMsg    = "Step for islice() must be a positive integer or None."
)

// sliceIndex converts an islice argument as PyNumber_AsSsize_t does (an
// int, or an object with __index__); ok is false on any failure.
func sliceIndex(t *runtime.Thread, o *runtime.Object) (int, bool) {
	if !runtime.IsInt(o) && runtime.TypeOf(o).Index == nil {
		return 0, false
	}
	i, err := t.Index(o)
	if err != nil {
		t.DropError(err)
		return 0, false
	}
	defer t.Decref(i)
	v, ok := runtime.Int64Of(i)
	if !ok {
		if runtime.BigOf(i).Sign() > 0 {
			return math.MaxInt, true
		}
		return math.MinInt, true
	}
	return int(v), true
}

func isliceNew(t *runtime.Thread, typ *runtime.Type, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := noKw(t, "islice", typ, IsliceType, kw); err != nil {
		return nil, err
	}
	if err := checkCount(t, "islice", args, 2, 4); err != nil {
		return nil, err
	}
	start, stop, step := 0, -1, 1
	if len(args) == 2 {
		if args[1] != runtime.None {
			v, ok := sliceIndex(t, args[1])
			if !ok || v == -1 {
				return nil, t.ValueError(stopMsg)
			}
			stop = v
		}
	} else {
		if args[1] != runtime.None {
			v, ok := sliceIndex(t, args[1])
			if !ok {
				v = -1
			}
			start = v
		}
		if args[2] != runtime.None {
			v, ok := sliceIndex(t, args[2])
			if !ok || v == -1 {
				return nil, t.ValueError(stopMsg)
			}
			stop = v
		}
	}
	if start < 0 || stop < -1 {
		return nil, t.ValueError(indicesMsg)
	}
	if len(args) == 4 && args[3] != runtime.None {
		v, ok := sliceIndex(t, args[3])
		if !ok {
			v = -1
		}
		step = v
	}
	if step < 1 {
		return nil, t.ValueError(stepMsg)
	}
	it, err := t.Iter(args[0])
	if err != nil {
		return nil, err
	}
	o := alloc(t, typ, IsliceType, func() *runtime.Object { return &new(isliceObj).Object })
	s := runtime.As[isliceObj](o)
	s.it, s.next, s.stop, s.step = it, start, stop, step
	return o, nil
}

func isliceNext(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
	s := runtime.As[isliceObj](o)
	if s.it == nil {
		return nil, nil
	}
	for s.cnt < s.next {
		v, err := t.NextItem(s.it)
		if err != nil {
			return nil, err
		}
		if v == nil {
			clearRef(t, &s.it)
			return nil, nil
		}
		t.Decref(v)
		s.cnt++
	}
	if s.stop != -1 && s.cnt >= s.stop {
		clearRef(t, &s.it)
		return nil, nil
	}
	v, err := t.NextItem(s.it)
	if err != nil {
		return nil, err
	}
	if v == nil {
		clearRef(t, &s.it)
		return nil, nil
	}
	s.cnt++
	old := s.next
	s.next += s.step
	if s.next < old || (s.stop != -1 && s.next > s.stop) {
		s.next = s.stop
	}
	return v, nil
}

func zipLongestNew(t *runtime.Thread, typ *runtime.Type, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	npos := len(args) - kw.Len()
	fill := runtime.None
	for i := 0; i < kw.Len(); i++ {
		if runtime.StrValue(runtime.TupleItems(kw.Obj())[i]) != "fillvalue" {
			return nil, t.TypeError("zip_longest() got an unexpected keyword argument")
		}
		fill = args[npos+i]
	}
	its := make([]*runtime.Object, 0, npos)
	for _, a := range args[:npos] {
		it, err := t.Iter(a)
		if err != nil {
			releaseAll(t, its)
			return nil, err
		}
		its = append(its, it)
	}
	o := alloc(t, typ, ZipLongestType, func() *runtime.Object { return &new(zipLongestObj).Object })
	z := runtime.As[zipLongestObj](o)
	z.its, z.active, z.fill = its, len(its), t.NewRef(fill)
	return o, nil
}

func zipLongestNext(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
	z := runtime.As[zipLongestObj](o)
	if len(z.its) == 0 || z.active == 0 {
		return nil, nil
	}
	out := make([]*runtime.Object, len(z.its))
	for i, it := range z.its {
		if it == nil {
			out[i] = t.NewRef(z.fill)
			continue
		}
		v, err := t.NextItem(it)
		if err != nil {
			releaseAll(t, out[:i])
			return nil, err
		}
		if v == nil {
			t.Clearref(&z.its[i])
			z.active--
			if z.active == 0 {
				releaseAll(t, out[:i])
				return nil, nil
			}
			v = t.NewRef(z.fill)
		}
		out[i] = v
	}
	return t.NewTupleSteal(out).Obj(), nil
}

func groupbyNew(t *runtime.Thread, typ *runtime.Type, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	var a [2]*runtime.Object
	if err := t.ParseArgs("groupby", args, kw, []string{"iterable", "key"}, 1, a[:]); err != nil {
		return nil, err
	}
	it, err := t.Iter(a[0])
	if err != nil {
		return nil, err
	}
	o := alloc(t, typ, GroupbyType, func() *runtime.Object { return &new(groupbyObj).Object })
	g := runtime.As[groupbyObj](o)
	g.it = it
	if a[1] != nil && a[1] != runtime.None {
		g.keyfn = t.NewRef(a[1])
	}
	return o, nil
}

// step reads the next value and its key into currval and currkey; ok is
// false at the end of the input.
func (g *groupbyObj) step(t *runtime.Thread) (bool, error) {
	v, err := t.NextItem(g.it)
	if err != nil || v == nil {
		return false, err
	}
	key := t.NewRef(v)
	if g.keyfn != nil {
		t.Decref(key)
		key, err = t.Call1(g.keyfn, v)
		if err != nil {
			t.Decref(v)
			return false, err
		}
	}
	t.Setref(&g.currval, v)
	t.Setref(&g.currkey, key)
	return true, nil
}

func groupbyNext(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
	g := runtime.As[groupbyObj](o)
	g.currgrouper = nil
	// Skip the rest of the current group.
	for {
		if g.currkey != nil {
			if g.tgtkey == nil {
				break
			}
			eq, err := t.CompareBool(g.tgtkey, g.currkey, runtime.CmpEq)
			if err != nil {
				return nil, err
			}
			if !eq {
				break
			}
		}
		ok, err := g.step(t)
		if err != nil || !ok {
			return nil, err
		}
	}
	t.Setref(&g.tgtkey, t.NewRef(g.currkey))
	gr := new(grouperObj)
	t.InitObject(&gr.Object, grouperType)
	gr.parent, gr.tgtkey = t.NewRef(o), t.NewRef(g.tgtkey)
	g.currgrouper = &gr.Object
	return t.NewTupleSteal([]*runtime.Object{t.NewRef(g.tgtkey), &gr.Object}).Obj(), nil
}

// grouperNext reads from the parent groupby, in a critical section on
// it (the grouper's own section is taken by ready's wrapper).
func grouperNext(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
	gr := runtime.As[grouperObj](o)
	if gr.parent == nil {
		return nil, nil
	}
	t.Lock(gr.parent)
	defer t.Unlock(gr.parent)
	g := runtime.As[groupbyObj](gr.parent)
	if g.currgrouper != o {
		return nil, nil
	}
	if g.currval == nil {
		ok, err := g.step(t)
		if err != nil || !ok {
			return nil, err
		}
	}
	eq, err := t.CompareBool(gr.tgtkey, g.currkey, runtime.CmpEq)
	if err != nil || !eq {
		return nil, err
	}
	v := g.currval
	g.currval = nil
	clearRef(t, &g.currkey)
	return v, nil
}
