package itertools

import "gilfree/runtime"

// tee's iterators share one buffer of the values read from the input: a
// chain of fixed-size chunks. Each chunk counts the iterators positioned
// in it plus one for the link from the chunk before it, and is released
// (its values Decref'd) when that count reaches zero, so values are kept
// only while some iterator may still read them.
//
// The shared state is an object of its own (_tee_dataobject) that every
// iterator holds a reference to, and the chain, the counts and the
// advancing of the input all happen in a critical section on it. So
// several threads advancing iterators of one tee take turns at the input
// (whose own next need not be thread-safe): a thread that finds the
// buffer exhausted reads the next value into it while the others wait,
// and every iterator sees the same sequence. If the input blocks, the
// runtime suspends the section and another thread may enter; the value
// each appends still goes at the end of the chain, and each iterator
// reads at its own position.

const teeChunkSize = 57

type teeChunk struct {
	vals [teeChunkSize]*runtime.Object
	n    int
	refs int
	next *teeChunk
}

type teeShared struct {
	runtime.Object
	it   *runtime.Object // the input
	tail *teeChunk
}

type teeObj struct {
	runtime.Object
	data  *runtime.Object // a teeShared
	chunk *teeChunk
	pos   int
}

var (
	teeType     = &runtime.Type{Name: "_tee", Module: "itertools", Doc: "Iterator wrapped to make it copyable."}
	teeDataType = &runtime.Type{Name: "_tee_dataobject", Module: "itertools"}
)

func readyTee() {
	teeDataType.SetClear(func(t *runtime.Thread, o *runtime.Object) {
		clearRef(t, &runtime.As[teeShared](o).it)
	})
	runtime.ReadyType[teeShared](teeDataType, runtime.ObjectType, 0)
	teeType.New = teeNew
	teeType.AddMethods(runtime.MethodDef{Name: "__copy__", Fn: teeCopyMethod, Doc: "Returns an independent iterator."})
	teeType.Iter = selfIter
	teeType.Next = func(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
		t.Lock(o)
		v, err := teeNext(t, o)
		t.Unlock(o)
		return v, err
	}
	teeType.SetClear(teeClear)
	runtime.ReadyType[teeObj](teeType, runtime.ObjectType, 0)
}

// drop releases one count on c; chunks whose count reaches zero are
// unlinked and their values appended to dead. Hold the shared section.
func drop(c *teeChunk, dead []*runtime.Object) []*runtime.Object {
	for c != nil {
		c.refs--
		if c.refs > 0 {
			break
		}
		dead = append(dead, c.vals[:c.n]...)
		c.vals = [teeChunkSize]*runtime.Object{}
		next := c.next
		c.next = nil
		c = next
	}
	return dead
}

func newTeeFromIter(t *runtime.Thread, it *runtime.Object) *runtime.Object {
	first := &teeChunk{refs: 1}
	data := new(teeShared)
	t.InitObject(&data.Object, teeDataType)
	data.it, data.tail = it, first
	tee := new(teeObj)
	t.InitObject(&tee.Object, teeType)
	tee.data, tee.chunk = &data.Object, first
	return &tee.Object
}

// copyTee returns a new iterator at the same position as o.
func copyTee(t *runtime.Thread, o *runtime.Object) *runtime.Object {
	src := runtime.As[teeObj](o)
	tee := new(teeObj)
	t.InitObject(&tee.Object, teeType)
	t.Lock(src.data)
	tee.data, tee.chunk, tee.pos = t.NewRef(src.data), src.chunk, src.pos
	src.chunk.refs++
	t.Unlock(src.data)
	return &tee.Object
}

func teeNew(t *runtime.Thread, typ *runtime.Type, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.CheckArgs("_tee", args, kw, 1, 1); err != nil {
		return nil, err
	}
	it, err := t.Iter(args[0])
	if err != nil {
		return nil, err
	}
	if runtime.TypeOf(it) == teeType {
		c := copyTee(t, it)
		t.Decref(it)
		return c, nil
	}
	return newTeeFromIter(t, it), nil
}

func teeCopyMethod(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.CheckArgs("__copy__", args[1:], kw, 0, 0); err != nil {
		return nil, err
	}
	return copyTee(t, args[0]), nil
}

// advance moves tee past a full chunk. Hold the shared section.
func (tee *teeObj) advance(dead []*runtime.Object) []*runtime.Object {
	for tee.pos == teeChunkSize && tee.chunk.next != nil {
		old := tee.chunk
		tee.chunk = old.next
		tee.chunk.refs++
		tee.pos = 0
		dead = drop(old, dead)
	}
	return dead
}

// read returns the value at tee's position, if the buffer has it. Hold
// the shared section.
func (tee *teeObj) read(t *runtime.Thread) *runtime.Object {
	if tee.pos < tee.chunk.n {
		v := t.NewRef(tee.chunk.vals[tee.pos])
		tee.pos++
		return v
	}
	return nil
}

func teeNext(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
	tee := runtime.As[teeObj](o)
	if tee.data == nil {
		return nil, nil
	}
	dataObj := tee.data
	d := runtime.As[teeShared](dataObj)
	t.Lock(dataObj)
	dead := tee.advance(nil)
	v := tee.read(t)
	if v == nil && d.it != nil {
		it := t.NewRef(d.it)
		nv, err := t.NextItem(it)
		t.Decref(it)
		if err != nil || nv == nil {
			t.Unlock(dataObj)
			releaseAll(t, dead)
			return nil, err
		}
		if d.tail.n == teeChunkSize {
			c := &teeChunk{refs: 1}
			d.tail.next = c
			d.tail = c
		}
		d.tail.vals[d.tail.n] = nv
		d.tail.n++
		dead = tee.advance(dead)
		v = tee.read(t)
	}
	t.Unlock(dataObj)
	releaseAll(t, dead)
	return v, nil
}

func teeClear(t *runtime.Thread, o *runtime.Object) {
	tee := runtime.As[teeObj](o)
	if tee.data == nil {
		return
	}
	dataObj := tee.data
	t.Lock(dataObj)
	dead := drop(tee.chunk, nil)
	tee.chunk, tee.data = nil, nil
	t.Unlock(dataObj)
	releaseAll(t, dead)
	t.Decref(dataObj)
}

var copyName = runtime.Intern("__copy__")

func teeFunc(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.CheckArgs("tee", args, kw, 1, 2); err != nil {
		return nil, err
	}
	n := 2
	if len(args) == 2 {
		if runtime.IsFloat(args[1]) {
			return nil, t.TypeError("'float' object cannot be interpreted as an integer")
		}
		v, err := t.IndexInt(args[1])
		if err != nil {
			return nil, err
		}
		n = v
	}
	if n < 0 {
		return nil, t.ValueError("n must be >= 0")
	}
	it, err := t.Iter(args[0])
	if err != nil {
		return nil, err
	}
	if n == 0 {
		t.Decref(it)
		return t.NewTupleSteal(nil).Obj(), nil
	}
	copier, err := t.LookupAttr(it, copyName)
	if err != nil {
		t.Decref(it)
		return nil, err
	}
	out := make([]*runtime.Object, n)
	if copier == nil {
		out[0] = newTeeFromIter(t, it)
	} else {
		out[0] = it
	}
	for i := 1; i < n; i++ {
		if copier == nil {
			out[i] = copyTee(t, out[0])
			continue
		}
		c, err := t.Call0(copier)
		if err != nil {
			t.Decref(copier)
			releaseAll(t, out[:i])
			return nil, err
		}
		out[i] = c
	}
	if copier != nil {
		t.Decref(copier)
	}
	return t.NewTupleSteal(out).Obj(), nil
}
