package itertools

import "gilfree/runtime"

// product, permutations, combinations and combinations_with_replacement.
// Each reads its inputs into pools once and then walks index vectors in
// lexicographic order, building a new result tuple per step.

type productObj struct {
	runtime.Object
	pools   [][]*runtime.Object // one per position (repeat copies share items)
	owned   []*runtime.Object   // the references held, once each
	indices []int
	started bool
	done    bool
}

type combObj struct {
	runtime.Object
	pool    []*runtime.Object
	r       int
	indices []int
	cycles  []int // permutations only
	started bool
	done    bool
}

var (
	ProductType      = &runtime.Type{Name: "product", Module: "itertools", Doc: "Cartesian product of input iterables.  Equivalent to nested for-loops."}
	PermutationsType = &runtime.Type{Name: "permutations", Module: "itertools", Doc: "Return successive r-length permutations of elements in the iterable."}
	CombinationsType = &runtime.Type{Name: "combinations", Module: "itertools", Doc: "Return successive r-length combinations of elements in the iterable."}
	CWRType          = &runtime.Type{Name: "combinations_with_replacement", Module: "itertools", Doc: "Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats."}
)

func readyCombinatorics() {
	ProductType.New = productNew
	ready(ProductType, productNext, func(t *runtime.Thread, p *productObj) {
		releaseAll(t, p.owned)
		p.owned, p.pools = nil, nil
	})
	clearComb := func(t *runtime.Thread, c *combObj) {
		releaseAll(t, c.pool)
		c.pool = nil
	}
	PermutationsType.New = permutationsNew
	ready(PermutationsType, permutationsNext, clearComb)
	CombinationsType.New = combNew("combinations", CombinationsType)
	ready(CombinationsType, combinationsNext, clearComb)
	CWRType.New = combNew("combinations_with_replacement", CWRType)
	ready(CWRType, cwrNext, clearComb)
}

func productNew(t *runtime.Thread, typ *runtime.Type, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	npos := len(args) - kw.Len()
	repeat := 1
	for i := 0; i < kw.Len(); i++ {
		name := runtime.StrValue(runtime.TupleItems(kw.Obj())[i])
		if name != "repeat" {
			return nil, t.TypeError("'%s' is an invalid keyword argument for product()", name)
		}
		v, err := t.IndexInt(args[npos+i])
		if err != nil {
			return nil, err
		}
		if v < 0 {
			return nil, t.ValueError("repeat argument cannot be negative")
		}
		repeat = v
	}
	var owned []*runtime.Object
	var base [][]*runtime.Object
	for _, a := range args[:npos] {
		pool, err := items(t, a)
		if err != nil {
			releaseAll(t, owned)
			return nil, err
		}
		owned = append(owned, pool...)
		base = append(base, pool)
	}
	pools := make([][]*runtime.Object, 0, len(base)*repeat)
	for r := 0; r < repeat; r++ {
		pools = append(pools, base...)
	}
	o := alloc(t, typ, ProductType, func() *runtime.Object { return &new(productObj).Object })
	p := runtime.As[productObj](o)
	p.pools, p.owned, p.indices = pools, owned, make([]int, len(pools))
	for _, pool := range pools {
		if len(pool) == 0 {
			p.done = true
		}
	}
	return o, nil
}

// pick returns the tuple of the items at indices: of pool, or of
// pools[i] for the i-th index (product). The items go straight into a
// tuple from the free list.
func pick(t *runtime.Thread, pools [][]*runtime.Object, pool []*runtime.Object, indices []int) *runtime.Object {
	tu, out := t.NewTupleFill(len(indices))
	for i, j := range indices {
		if pools != nil {
			out[i] = t.NewRef(pools[i][j])
		} else {
			out[i] = t.NewRef(pool[j])
		}
	}
	return tu.Obj()
}

func productNext(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
	p := runtime.As[productObj](o)
	if p.done {
		return nil, nil
	}
	if !p.started {
		p.started = true
		return pick(t, p.pools, nil, p.indices), nil
	}
	i := len(p.indices) - 1
	for ; i >= 0; i-- {
		p.indices[i]++
		if p.indices[i] < len(p.pools[i]) {
			break
		}
		p.indices[i] = 0
	}
	if i < 0 {
		p.done = true
		return nil, nil
	}
	return pick(t, p.pools, nil, p.indices), nil
}

func permutationsNew(t *runtime.Thread, typ *runtime.Type, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	var a [2]*runtime.Object
	if err := t.ParseArgs("permutations", args, kw, []string{"iterable", "r"}, 1, a[:]); err != nil {
		return nil, err
	}
	pool, err := items(t, a[0])
	if err != nil {
		return nil, err
	}
	r := len(pool)
	if a[1] != nil && a[1] != runtime.None {
		if !runtime.IsInt(a[1]) {
			releaseAll(t, pool)
			return nil, t.TypeError("Expected int as r")
		}
		if r, err = t.IndexInt(a[1]); err != nil {
			releaseAll(t, pool)
			return nil, err
		}
		if r < 0 {
			releaseAll(t, pool)
			return nil, t.ValueError("r must be non-negative")
		}
	}
	o := alloc(t, typ, PermutationsType, func() *runtime.Object { return &new(combObj).Object })
	c := runtime.As[combObj](o)
	n := len(pool)
	c.pool, c.r = pool, r
	if r > n {
		c.done = true
		return o, nil
	}
	c.indices = make([]int, n)
	for i := range c.indices {
		c.indices[i] = i
	}
	c.cycles = make([]int, r)
	for i := range c.cycles {
		c.cycles[i] = n - i
	}
	return o, nil
}

func permutationsNext(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
	c := runtime.As[combObj](o)
	if c.done {
		return nil, nil
	}
	if !c.started {
		c.started = true
		return pick(t, nil, c.pool, c.indices[:c.r]), nil
	}
	n := len(c.pool)
	for i := c.r - 1; i >= 0; i-- {
		c.cycles[i]--
		if c.cycles[i] == 0 {
			// Rotate indices[i:] left by one.
			first := c.indices[i]
			copy(c.indices[i:], c.indices[i+1:])
			c.indices[n-1] = first
			c.cycles[i] = n - i
			continue
		}
		j := c.cycles[i]
		c.indices[i], c.indices[n-j] = c.indices[n-j], c.indices[i]
		return pick(t, nil, c.pool, c.indices[:c.r]), nil
	}
	c.done = true
	return nil, nil
}

func combNew(name string, base *runtime.Type) runtime.NewFunc {
	return func(t *runtime.Thread, typ *runtime.Type, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
		var a [2]*runtime.Object
		if err := t.ParseArgs(name, args, kw, []string{"iterable", "r"}, 2, a[:]); err != nil {
			return nil, err
		}
		if runtime.IsFloat(a[1]) {
			return nil, t.TypeError("'float' object cannot be interpreted as an integer")
		}
		r, err := t.IndexInt(a[1])
		if err != nil {
			return nil, err
		}
		if r < 0 {
			return nil, t.ValueError("r must be non-negative")
		}
		pool, err := items(t, a[0])
		if err != nil {
			return nil, err
		}
		o := alloc(t, typ, base, func() *runtime.Object { return &new(combObj).Object })
		c := runtime.As[combObj](o)
		c.pool, c.r = pool, r
		c.indices = make([]int, r)
		if base == CombinationsType {
			if r > len(pool) {
				c.done = true
			}
			for i := range c.indices {
				c.indices[i] = i
			}
		} else if len(pool) == 0 && r > 0 {
			c.done = true
		}
		return o, nil
	}
}

func combinationsNext(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
	c := runtime.As[combObj](o)
	if c.done {
		return nil, nil
	}
	if !c.started {
		c.started = true
		return pick(t, nil, c.pool, c.indices), nil
	}
	n, r := len(c.pool), c.r
	i := r - 1
	for ; i >= 0 && c.indices[i] == i+n-r; i-- {
	}
	if i < 0 {
		c.done = true
		return nil, nil
	}
	c.indices[i]++
	for j := i + 1; j < r; j++ {
		c.indices[j] = c.indices[j-1] + 1
	}
	return pick(t, nil, c.pool, c.indices), nil
}

func cwrNext(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
	c := runtime.As[combObj](o)
	if c.done {
		return nil, nil
	}
	if !c.started {
		c.started = true
		return pick(t, nil, c.pool, c.indices), nil
	}
	n, r := len(c.pool), c.r
	i := r - 1
	for ; i >= 0 && c.indices[i] == n-1; i-- {
	}
	if i < 0 {
		c.done = true
		return nil, nil
	}
	v := c.indices[i] + 1
	for j := i; j < r; j++ {
		c.indices[j] = v
	}
	return pick(t, nil, c.pool, c.indices), nil
}
