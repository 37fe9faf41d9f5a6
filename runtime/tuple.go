package runtime

// Tuple is a Python tuple: a fixed sequence of references it owns.
type Tuple struct {
	Object
	items []*Object
}

// TupleType is tuple.
var TupleType = builtinType(&Type{Name: "tuple", Doc: "Built-in immutable sequence."})

var emptyTuple Tuple

// EmptyTuple returns the immortal ().
func EmptyTuple() *Tuple { return &emptyTuple }

// Obj returns the tuple as an object reference.
func (tu *Tuple) Obj() *Object { return &tu.Object }

// Items returns the tuple's items, borrowed. The caller must not change
// the slice.
func (tu *Tuple) Items() []*Object {
	if tu == nil {
		return nil
	}
	return tu.items
}

// Len returns the number of items (0 for a nil tuple).
func (tu *Tuple) Len() int {
	if tu == nil {
		return 0
	}
	return len(tu.items)
}

// allocTuple returns a new tuple of n nil items, for the caller to fill
// with new references before publishing it.
func (t *Thread) allocTuple(n int) *Tuple {
	if n == 0 {
		return &emptyTuple
	}
	var tu *Tuple
	if n <= maxFreeTuple {
		tu = As[Tuple](t.free.tuples[n].pop(t.State))
	}
	if tu == nil {
		if n <= maxInlineTuple {
			o, items := tupleAllocs[n](n)
			tu = As[Tuple](o)
			tu.items = items
		} else {
			tu = &Tuple{items: make([]*Object, n)}
		}
	}
	t.initObject(&tu.Object, TupleType)
	return tu
}

// maxInlineTuple is the largest tuple whose items are allocated in the
// tuple's own block (cast.go's withItems): one allocation instead of two,
// and an item read that lands next to the header rather than in a second
// block, a cache miss of its own. It is the free list's bound, so that a
// recycled tuple keeps its inline items.
const maxInlineTuple = maxFreeTuple

// tupleAllocs[n] allocates a tuple with n inline items; subTupleAllocs[n]
// an instance of a class derived from tuple (sub[Tuple]) with n inline
// items.
var tupleAllocs = [maxInlineTuple + 1]func(int) (*Object, []*Object){nil,
	allocWithItems[Tuple, [1]*Object],
	allocWithItems[Tuple, [2]*Object],
	allocWithItems[Tuple, [3]*Object],
	allocWithItems[Tuple, [4]*Object],
	allocWithItems[Tuple, [5]*Object],
	allocWithItems[Tuple, [6]*Object],
	allocWithItems[Tuple, [7]*Object],
	allocWithItems[Tuple, [8]*Object],
	allocWithItems[Tuple, [9]*Object],
	allocWithItems[Tuple, [10]*Object],
	allocWithItems[Tuple, [11]*Object],
	allocWithItems[Tuple, [12]*Object],
	allocWithItems[Tuple, [13]*Object],
	allocWithItems[Tuple, [14]*Object],
	allocWithItems[Tuple, [15]*Object],
	allocWithItems[Tuple, [16]*Object],
	allocWithItems[Tuple, [17]*Object],
	allocWithItems[Tuple, [18]*Object],
	allocWithItems[Tuple, [19]*Object],
	allocWithItems[Tuple, [20]*Object],
}

var subTupleAllocs = [maxInlineTuple + 1]func(int) (*Object, []*Object){nil,
	allocWithItems[sub[Tuple], [1]*Object],
	allocWithItems[sub[Tuple], [2]*Object],
	allocWithItems[sub[Tuple], [3]*Object],
	allocWithItems[sub[Tuple], [4]*Object],
	allocWithItems[sub[Tuple], [5]*Object],
	allocWithItems[sub[Tuple], [6]*Object],
	allocWithItems[sub[Tuple], [7]*Object],
	allocWithItems[sub[Tuple], [8]*Object],
	allocWithItems[sub[Tuple], [9]*Object],
	allocWithItems[sub[Tuple], [10]*Object],
	allocWithItems[sub[Tuple], [11]*Object],
	allocWithItems[sub[Tuple], [12]*Object],
	allocWithItems[sub[Tuple], [13]*Object],
	allocWithItems[sub[Tuple], [14]*Object],
	allocWithItems[sub[Tuple], [15]*Object],
	allocWithItems[sub[Tuple], [16]*Object],
	allocWithItems[sub[Tuple], [17]*Object],
	allocWithItems[sub[Tuple], [18]*Object],
	allocWithItems[sub[Tuple], [19]*Object],
	allocWithItems[sub[Tuple], [20]*Object],
}

// allocTupleInstance returns a new instance of typ, a class whose
// builtin base is tuple, with room for n items (nil, for the caller to
// fill before publishing it) inline when n is small.
func (t *Thread) allocTupleInstance(typ *Type, n int) *Object {
	if n == 0 || n > maxInlineTuple || typ.solid != TupleType {
		o := t.allocInstance(typ)
		if n > 0 {
			As[Tuple](o).items = make([]*Object, n)
		}
		return o
	}
	o, items := subTupleAllocs[n](n)
	As[Tuple](o).items = items
	t.initObject(o, typ)
	return o
}

// NewTuple returns a tuple of the given items, taking new references.
func (t *Thread) NewTuple(items ...*Object) *Tuple {
	tu := t.allocTuple(len(items))
	for i, it := range items {
		t.Incref(it)
		tu.items[i] = it
	}
	return tu
}

// NewTupleFill returns a new tuple of n nil items for the caller to fill
// with new references before anything else sees it, and those items: a
// display such as (a, b) is built in place, from the tuple free list,
// without a slice of its items in between.
func (t *Thread) NewTupleFill(n int) (*Tuple, []*Object) {
	tu := t.allocTuple(n)
	return tu, tu.items
}

// NewTupleSteal returns a tuple of the items, whose references it takes
// over.
func (t *Thread) NewTupleSteal(items []*Object) *Tuple {
	tu := t.allocTuple(len(items))
	copy(tu.items, items)
	return tu
}

// NewStaticTuple returns an immortal tuple of immortal items, for
// constants built at start-up.
func NewStaticTuple(items ...*Object) *Tuple {
	if len(items) == 0 {
		return &emptyTuple
	}
	tu := &Tuple{items: items}
	initStatic(&tu.Object, TupleType)
	return tu
}

func tupleClear(t *Thread, o *Object) {
	tu := As[Tuple](o)
	for i, it := range tu.items {
		if it != nil {
			tu.items[i] = nil
			t.Decref(it)
		}
	}
}

func tupleDealloc(t *Thread, o *Object) {
	tupleClear(t, o)
	tu := As[Tuple](o)
	if n := len(tu.items); n <= maxFreeTuple && recycle(o) {
		t.free.tuples[n].push(&tu.Object)
	}
}

// TupleItems returns the items of a tuple or tuple subclass instance.
func TupleItems(o *Object) []*Object { return As[Tuple](o).items }
