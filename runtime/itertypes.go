package runtime

// The iterator classes of builtins: enumerate, zip, map, filter and
// reversed.

type enumerateObj struct {
	Object
	it    *Object
	index *Object // an int
	small int64
}

type zipObj struct {
	Object
	its    []*Object
	strict bool
	// pair holds the iterators of a zip of one or two iterables (its
	// then points into it), so that zip(a, b), made per call in a
	// comprehension, is one block, reused from the thread's free list.
	pair [2]*Object
}

type mapObj struct {
	Object
	fn  *Object
	its []*Object
}

type filterObj struct {
	Object
	fn *Object
	it *Object
}

type reversedObj struct {
	Object
	seq   *Object
	index int
}

var (
	EnumerateType = builtinType(&Type{Name: "enumerate", Doc: "Return an enumerate object."})
	ZipType       = builtinType(&Type{Name: "zip", Doc: "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted."})
	MapType       = builtinType(&Type{Name: "map", Doc: "map(func, *iterables) --> map object"})
	FilterType    = builtinType(&Type{Name: "filter", Doc: "filter(function or None, iterable) --> filter object"})
	ReversedType  = builtinType(&Type{Name: "reversed", Doc: "Return a reverse iterator over the values of the given sequence."})
)

func (t *Thread) allocOf(typ, base *Type, o *Object) *Object {
	if typ != base {
		n := t.allocInstance(typ)
		return n
	}
	t.initObject(o, typ)
	return o
}

func enumerateNew(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
	var a [2]*Object
	if err := t.ParseArgs("enumerate", args, kwnames, []string{"iterable", "start"}, 1, a[:]); err != nil {
		return nil, err
	}
	it, err := t.Iter(a[0])
	if err != nil {
		return nil, err
	}
	o := t.allocOf(typ, EnumerateType, &new(enumerateObj).Object)
	e := As[enumerateObj](o)
	e.it = it
	if a[1] != nil {
		if !IsInt(a[1]) && TypeOf(a[1]).Index == nil {
			t.Decref(o)
			return nil, t.TypeError("'%s' object cannot be interpreted as an integer", TypeOf(a[1]).Name)
		}
		i, err := t.Index(a[1])
		if err != nil {
			t.Decref(o)
			return nil, err
		}
		if v, ok := IntSmall(i); ok {
			e.small = v
			t.Decref(i)
		} else {
			e.index = i
		}
	}
	return o, nil
}

func enumerateNext(t *Thread, o *Object) (*Object, error) {
	idx, v, err := enumeratePair(t, As[enumerateObj](o))
	if v == nil {
		return nil, err
	}
	return t.NewTupleSteal([]*Object{idx, v}).Obj(), nil
}

// enumeratePair advances e and returns the index and the item (new
// references) of the tuple its next step gives, or a nil item at the end.
func enumeratePair(t *Thread, e *enumerateObj) (idx, v *Object, err error) {
	v, err = t.Next(e.it)
	if err != nil || v == nil {
		return nil, nil, err
	}
	if e.index == nil {
		idx = t.NewInt(e.small)
		if e.small == 1<<63-1 {
			e.index = t.NewInt(e.small)
			one := SmallInt(1)
			n, _ := intAdd(t, e.index, one)
			t.Decref(e.index)
			e.index = n
		} else {
			e.small++
		}
	} else {
		idx = t.NewRef(e.index)
		n, _ := intAdd(t, e.index, SmallInt(1))
		t.Decref(e.index)
		e.index = n
	}
	return idx, v, nil
}

func zipNew(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
	npos := len(args) - kwnames.Len()
	strict := false
	for i := 0; i < kwnames.Len(); i++ {
		if As[Str](kwnames.items[i]).s != "strict" {
			return nil, t.TypeError("zip() got an unexpected keyword argument '%s'", As[Str](kwnames.items[i]).s)
		}
		b, err := t.Truth(args[npos+i])
		if err != nil {
			return nil, err
		}
		strict = b
	}
	var z *zipObj
	var its []*Object
	if typ == ZipType && npos <= len(z.pair) {
		if z = As[zipObj](t.free.zips.pop(t.State)); z == nil {
			z = new(zipObj)
		}
		its = z.pair[:0]
	} else {
		its = make([]*Object, 0, npos)
	}
	for _, a := range args[:npos] {
		it, err := t.Iter(a)
		if err != nil {
			t.releaseItems(its)
			if z != nil {
				clear(z.pair[:])
				t.free.zips.push(&z.Object)
			}
			return nil, err
		}
		its = append(its, it)
	}
	var o *Object
	if z != nil {
		t.initObject(&z.Object, ZipType)
		o = &z.Object
	} else {
		o = t.allocOf(typ, ZipType, &new(zipObj).Object)
		z = As[zipObj](o)
	}
	z.its, z.strict = its, strict
	return o, nil
}

// zipDealloc keeps an exact zip's memory for the next one (zipNew).
func zipDealloc(t *Thread, o *Object) {
	z := As[zipObj](o)
	t.releaseItems(z.its)
	z.its = nil
	clear(z.pair[:])
	if recycle(o) {
		t.free.zips.push(o)
	}
}

func zipNext(t *Thread, o *Object) (*Object, error) {
	z := As[zipObj](o)
	if len(z.its) == 0 {
		return nil, nil
	}
	items := make([]*Object, len(z.its))
	for i, it := range z.its {
		v, err := t.NextItem(it)
		if err != nil {
			t.releaseItems(items[:i])
			return nil, err
		}
		if v == nil {
			t.releaseItems(items[:i])
			if z.strict {
				if i > 0 {
					return nil, t.ValueError("zip() argument %d is shorter than argument%s%d", i+1, pluralS(i), i)
				}
				for j := 1; j < len(z.its); j++ {
					w, err := t.NextItem(z.its[j])
					if err != nil {
						return nil, err
					}
					if w != nil {
						t.Decref(w)
						return nil, t.ValueError("zip() argument %d is longer than argument%s%d", j+1, pluralS(j), j)
					}
				}
			}
			return nil, nil
		}
		items[i] = v
	}
	return t.NewTupleSteal(items).Obj(), nil
}

func pluralS(n int) string {
	if n == 1 {
		return " "
	}
	return "s 1-"
}

func mapNew(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := t.NoKwargs("map", kwnames); err != nil {
		return nil, err
	}
	if len(args) < 2 {
		return nil, t.TypeError("map() must have at least two arguments.")
	}
	its := make([]*Object, 0, len(args)-1)
	for _, a := range args[1:] {
		it, err := t.Iter(a)
		if err != nil {
			t.releaseItems(its)
			return nil, err
		}
		its = append(its, it)
	}
	o := t.allocOf(typ, MapType, &new(mapObj).Object)
	m := As[mapObj](o)
	m.fn, m.its = t.NewRef(args[0]), its
	return o, nil
}

func mapNext(t *Thread, o *Object) (*Object, error) {
	m := As[mapObj](o)
	buf := t.args.push(len(m.its))
	defer t.args.pop(buf)
	for i, it := range m.its {
		v, err := t.Next(it)
		if err != nil || v == nil {
			for _, x := range buf[:i] {
				t.Decref(x)
			}
			return nil, err
		}
		buf[i] = v
	}
	r, err := t.Call(m.fn, buf, nil)
	for _, x := range buf {
		t.Decref(x)
	}
	return r, err
}

func filterNew(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := t.CheckArgs("filter", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	it, err := t.Iter(args[1])
	if err != nil {
		return nil, err
	}
	o := t.allocOf(typ, FilterType, &new(filterObj).Object)
	f := As[filterObj](o)
	f.fn, f.it = t.NewRef(args[0]), it
	return o, nil
}

func filterNext(t *Thread, o *Object) (*Object, error) {
	f := As[filterObj](o)
	for {
		v, err := t.Next(f.it)
		if err != nil || v == nil {
			return nil, err
		}
		var ok bool
		if f.fn == None || f.fn == &BoolType.Object {
			ok, err = t.Truth(v)
		} else {
			var r *Object
			if r, err = t.Call1(f.fn, v); err == nil {
				ok, err = t.Truth(r)
				t.Decref(r)
			}
		}
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

func reversedNew(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := t.CheckArgs("reversed", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	seq := args[0]
	if r, found, err := t.CallDunder(seq, dnReversed, nil); found {
		if r == None {
			t.Decref(r)
			return nil, t.TypeError("'%s' object is not reversible", TypeOf(seq).Name)
		}
		return r, err
	}
	st := TypeOf(seq)
	if st.GetItem == nil || st.Len == nil || st.Flags&FlagDictSubclass != 0 {
		return nil, t.TypeError("'%s' object is not reversible", st.Name)
	}
	n, err := t.Len(seq)
	if err != nil {
		return nil, err
	}
	o := t.allocOf(typ, ReversedType, &new(reversedObj).Object)
	r := As[reversedObj](o)
	r.seq, r.index = t.NewRef(seq), n-1
	return o, nil
}

func reversedNext(t *Thread, o *Object) (*Object, error) {
	r := As[reversedObj](o)
	if r.seq == nil || r.index < 0 {
		t.Clearref(&r.seq)
		return nil, nil
	}
	idx := t.NewInt(int64(r.index))
	v, err := t.GetItem(r.seq, idx)
	t.Decref(idx)
	r.index--
	if err != nil {
		if Matches(err, IndexErrorType) || Matches(err, StopIterationType) {
			t.DropError(err)
			t.Clearref(&r.seq)
			return nil, nil
		}
		return nil, err
	}
	return v, nil
}

func initIterObjTypes() {
	EnumerateType.New, EnumerateType.Next = enumerateNew, enumerateNext
	EnumerateType.addClassMethods(MethodDef{"__class_getitem__", classGetItemAlias, "See PEP 585"})
	EnumerateType.clear = func(t *Thread, o *Object) {
		e := As[enumerateObj](o)
		t.Clearref(&e.it)
		t.Clearref(&e.index)
	}
	ZipType.New, ZipType.Next, ZipType.Dealloc = zipNew, zipNext, zipDealloc
	ZipType.clear = func(t *Thread, o *Object) {
		z := As[zipObj](o)
		t.releaseItems(z.its)
		z.its = nil
	}
	MapType.New, MapType.Next = mapNew, mapNext
	MapType.clear = func(t *Thread, o *Object) {
		m := As[mapObj](o)
		t.Clearref(&m.fn)
		t.releaseItems(m.its)
		m.its = nil
	}
	FilterType.New, FilterType.Next = filterNew, filterNext
	FilterType.clear = func(t *Thread, o *Object) {
		f := As[filterObj](o)
		t.Clearref(&f.fn)
		t.Clearref(&f.it)
	}
	ReversedType.New, ReversedType.Next = reversedNew, reversedNext
	ReversedType.clear = func(t *Thread, o *Object) { t.Clearref(&As[reversedObj](o).seq) }
	for _, typ := range []*Type{EnumerateType, ZipType, MapType, FilterType, ReversedType} {
		typ.Iter = selfIter
	}
	readyBuiltin(EnumerateType, ObjectType, FlagBaseType, layoutOf[enumerateObj](), 0)
	readyBuiltin(ZipType, ObjectType, FlagBaseType, layoutOf[zipObj](), 0)
	readyBuiltin(MapType, ObjectType, FlagBaseType, layoutOf[mapObj](), 0)
	readyBuiltin(FilterType, ObjectType, FlagBaseType, layoutOf[filterObj](), 0)
	readyBuiltin(ReversedType, ObjectType, FlagBaseType, layoutOf[reversedObj](), 0)
}
