package collections

import "gilfree/runtime"

// dequeIter iterates over a deque forwards or (reversed) backwards. It
// fails once the deque changes under it.
type dequeIter struct {
	runtime.Object
	d     *runtime.Object
	index int // items produced so far
	state uint64
	rev   bool
}

var (
	dequeIterType    = &runtime.Type{Name: "_deque_iterator", Module: "_collections"}
	dequeRevIterType = &runtime.Type{Name: "_deque_reverse_iterator", Module: "_collections"}
)

func selfIter(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) { return t.NewRef(o), nil }

func newDequeIter(t *runtime.Thread, o *runtime.Object, rev bool) *runtime.Object {
	d := runtime.As[Deque](o)
	it := new(dequeIter)
	typ := dequeIterType
	if rev {
		typ = dequeRevIterType
	}
	t.InitObject(&it.Object, typ)
	it.d = t.NewRef(o)
	t.Lock(&d.Object)
	it.state = d.state
	t.Unlock(&d.Object)
	it.rev = rev
	return &it.Object
}

func dequeIterate(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
	return newDequeIter(t, o, false), nil
}

func dequeReversed(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	d, err := noArg(t, "__reversed__", args, kw)
	if err != nil {
		return nil, err
	}
	return newDequeIter(t, d.Obj(), true), nil
}

// lockedNext steps an iterator in a critical section on it, so threads
// sharing one iterator neither skip nor repeat its position.
func lockedNext(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
	t.Lock(o)
	v, err := dequeIterNext(t, o)
	t.Unlock(o)
	return v, err
}

func dequeIterNext(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
	it := runtime.As[dequeIter](o)
	if it.d == nil {
		return nil, nil
	}
	d := runtime.As[Deque](it.d)
	t.Lock(&d.Object)
	if d.state != it.state {
		t.Unlock(&d.Object)
		return nil, t.RuntimeError("deque mutated during iteration")
	}
	if it.index >= d.n {
		t.Unlock(&d.Object)
		t.Clearref(&it.d)
		return nil, nil
	}
	i := it.index
	if it.rev {
		i = d.n - 1 - i
	}
	v := t.NewRef(*d.at(i))
	t.Unlock(&d.Object)
	it.index++
	return v, nil
}

func dequeIterLen(t *runtime.Thread, o *runtime.Object) (int, error) {
	it := runtime.As[dequeIter](o)
	if it.d == nil {
		return 0, nil
	}
	n, _ := dequeLen(t, it.d)
	if n -= it.index; n < 0 {
		n = 0
	}
	return n, nil
}
