package collections

import (
	"strings"

	"gilfree/runtime"
)

// DequeType is collections.deque.
var DequeType = &runtime.Type{Name: "deque", Module: "collections",
	Doc: "A list-like sequence optimized for data accesses near its endpoints."}

func readyDequeMethods() {
	DequeType.New = dequeNew
	DequeType.Init = dequeInit
	DequeType.Len = dequeLen
	DequeType.GetItem = dequeGetItem
	DequeType.SetItem = dequeSetItem
	DequeType.Contains = dequeContains
	DequeType.Iter = dequeIterate
	DequeType.Repr = dequeRepr
	DequeType.RichCmp = dequeRichCmp
	DequeType.Num[runtime.OpAdd] = dequeConcat
	DequeType.Num[runtime.OpMul] = dequeRepeat
	DequeType.INum[runtime.OpAdd] = dequeInPlaceConcat
	DequeType.INum[runtime.OpMul] = dequeInPlaceRepeat
	DequeType.AddMethods(
		runtime.MethodDef{Name: "append", Fn: dequeAppend, Doc: "Add an element to the right side of the deque."},
		runtime.MethodDef{Name: "appendleft", Fn: dequeAppendLeft, Doc: "Add an element to the left side of the deque."},
		runtime.MethodDef{Name: "pop", Fn: dequePop, Doc: "Remove and return the rightmost element."},
		runtime.MethodDef{Name: "popleft", Fn: dequePopLeft, Doc: "Remove and return the leftmost element."},
		runtime.MethodDef{Name: "extend", Fn: dequeExtend, Doc: "Extend the right side of the deque with elements from the iterable"},
		runtime.MethodDef{Name: "extendleft", Fn: dequeExtendLeft, Doc: "Extend the left side of the deque with elements from the iterable"},
		runtime.MethodDef{Name: "clear", Fn: dequeClearMethod, Doc: "Remove all elements from the deque."},
		runtime.MethodDef{Name: "copy", Fn: dequeCopy, Doc: "Return a shallow copy of a deque."},
		runtime.MethodDef{Name: "__copy__", Fn: dequeCopy, Doc: "Return a shallow copy of a deque."},
		runtime.MethodDef{Name: "count", Fn: dequeCount, Doc: "D.count(value) -- return number of occurrences of value"},
		runtime.MethodDef{Name: "index", Fn: dequeIndex, Doc: "D.index(value, [start, [stop]]) -- return first index of value."},
		runtime.MethodDef{Name: "insert", Fn: dequeInsert, Doc: "D.insert(index, object) -- insert object before index"},
		runtime.MethodDef{Name: "remove", Fn: dequeRemove, Doc: "D.remove(value) -- remove first occurrence of value."},
		runtime.MethodDef{Name: "reverse", Fn: dequeReverse, Doc: "D.reverse() -- reverse *IN PLACE*"},
		runtime.MethodDef{Name: "rotate", Fn: dequeRotate, Doc: "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."},
		runtime.MethodDef{Name: "__reversed__", Fn: dequeReversed, Doc: "D.__reversed__() -- return a reverse iterator over the deque"},
		runtime.MethodDef{Name: "__reduce__", Fn: dequeReduce, Doc: "Return state information for pickling."},
	)
	DequeType.AddClassMethods(runtime.MethodDef{Name: "__class_getitem__", Fn: classGetItem, Doc: "See PEP 585"})
	DequeType.AddGetSets(runtime.GetSetDef{Name: "maxlen", Get: dequeMaxlen, Doc: "maximum size of a deque or None if unbounded"})
	DequeType.SetClear(dequeClear)
	runtime.ReadyType[Deque](DequeType, runtime.ObjectType, runtime.FlagBaseType)
	DequeType.Hash = func(t *runtime.Thread, o *runtime.Object) (int64, error) {
		return 0, t.TypeError("unhashable type: 'collections.deque'")
	}
	DequeType.SetStatic("__hash__", runtime.None)

	dequeIterType.Iter = selfIter
	dequeIterType.Next = lockedNext
	dequeIterType.Len = dequeIterLen
	dequeIterType.SetClear(func(t *runtime.Thread, o *runtime.Object) {
		it := runtime.As[dequeIter](o)
		t.Clearref(&it.d)
	})
	runtime.ReadyType[dequeIter](dequeIterType, runtime.ObjectType, 0)
	dequeRevIterType.Iter = selfIter
	dequeRevIterType.Next = lockedNext
	dequeRevIterType.Len = dequeIterLen
	dequeRevIterType.SetClear(func(t *runtime.Thread, o *runtime.Object) {
		it := runtime.As[dequeIter](o)
		t.Clearref(&it.d)
	})
	runtime.ReadyType[dequeIter](dequeRevIterType, runtime.ObjectType, 0)
}

// asDeque checks a method's receiver.
func asDeque(t *runtime.Thread, name string, args []*runtime.Object) (*Deque, error) {
	if len(args) == 0 || !runtime.IsInstance(args[0], DequeType) {
		return nil, t.TypeError("descriptor '%s' for 'collections.deque' objects doesn't apply to this object", name)
	}
	return runtime.As[Deque](args[0]), nil
}

func newDeque(t *runtime.Thread, typ *runtime.Type) *Deque {
	if typ == DequeType {
		d := new(Deque)
		t.InitObject(&d.Object, typ)
		d.maxlen = -1
		return d
	}
	d := runtime.As[Deque](t.NewInstance(typ))
	d.maxlen = -1
	return d
}

func dequeNew(t *runtime.Thread, typ *runtime.Type, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	return newDeque(t, typ).Obj(), nil
}

// Obj returns the deque as an object reference.
func (d *Deque) Obj() *runtime.Object { return &d.Object }

func dequeInit(t *runtime.Thread, o *runtime.Object, args []*runtime.Object, kw *runtime.Tuple) error {
	var a [2]*runtime.Object
	if err := t.ParseArgs("deque", args, kw, []string{"iterable", "maxlen"}, 0, a[:]); err != nil {
		return err
	}
	d := runtime.As[Deque](o)
	maxlen := -1
	if a[1] != nil && a[1] != runtime.None {
		if !runtime.IsInt(a[1]) {
			return t.TypeError("an integer is required")
		}
		m, err := t.IndexInt(a[1])
		if err != nil {
			return err
		}
		if m < 0 {
			return t.ValueError("maxlen must be non-negative")
		}
		maxlen = m
	}
	t.Lock(&d.Object)
	d.maxlen = maxlen
	t.Unlock(&d.Object)
	release(t, d.takeAll(t))
	if a[0] != nil {
		return extend(t, d, a[0], false)
	}
	return nil
}

func dequeClear(t *runtime.Thread, o *runtime.Object) {
	release(t, runtime.As[Deque](o).takeAll(t))
}

func dequeMaxlen(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
	d := runtime.As[Deque](o)
	if d.maxlen < 0 {
		return runtime.None, nil
	}
	return t.NewInt(int64(d.maxlen)), nil
}

func dequeLen(t *runtime.Thread, o *runtime.Object) (int, error) {
	d := runtime.As[Deque](o)
	t.Lock(&d.Object)
	n := d.n
	t.Unlock(&d.Object)
	return n, nil
}

func oneArg(t *runtime.Thread, name string, args []*runtime.Object, kw *runtime.Tuple) (*Deque, error) {
	d, err := asDeque(t, name, args)
	if err != nil {
		return nil, err
	}
	return d, t.CheckArgs(name, args[1:], kw, 1, 1)
}

func noArg(t *runtime.Thread, name string, args []*runtime.Object, kw *runtime.Tuple) (*Deque, error) {
	d, err := asDeque(t, name, args)
	if err != nil {
		return nil, err
	}
	return d, t.CheckArgs(name, args[1:], kw, 0, 0)
}

func dequeAppend(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	d, err := oneArg(t, "append", args, kw)
	if err != nil {
		return nil, err
	}
	v := t.NewRef(args[1])
	t.Lock(&d.Object)
	dropped := d.pushRight(v)
	t.Unlock(&d.Object)
	t.XDecref(dropped)
	return runtime.None, nil
}

func dequeAppendLeft(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	d, err := oneArg(t, "appendleft", args, kw)
	if err != nil {
		return nil, err
	}
	v := t.NewRef(args[1])
	t.Lock(&d.Object)
	dropped := d.pushLeft(v)
	t.Unlock(&d.Object)
	t.XDecref(dropped)
	return runtime.None, nil
}

func dequePop(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	d, err := noArg(t, "pop", args, kw)
	if err != nil {
		return nil, err
	}
	t.Lock(&d.Object)
	if d.n == 0 {
		t.Unlock(&d.Object)
		return nil, t.IndexError("pop from an empty deque")
	}
	v := d.popRightLocked()
	t.Unlock(&d.Object)
	return v, nil
}

func dequePopLeft(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	d, err := noArg(t, "popleft", args, kw)
	if err != nil {
		return nil, err
	}
	t.Lock(&d.Object)
	if d.n == 0 {
		t.Unlock(&d.Object)
		return nil, t.IndexError("pop from an empty deque")
	}
	v := d.popLeftLocked()
	t.Unlock(&d.Object)
	return v, nil
}

// extend appends (or, left, prepends) the items of iterable one at a
// time, taking the lock only around each insertion.
func extend(t *runtime.Thread, d *Deque, iterable *runtime.Object, left bool) error {
	if iterable == d.Obj() {
		items, _ := d.snapshot(t)
		iterable = t.NewListSteal(items).Obj()
		defer t.Decref(iterable)
	}
	it, err := t.Iter(iterable)
	if err != nil {
		return err
	}
	defer t.Decref(it)
	for {
		v, err := t.NextItem(it)
		if err != nil || v == nil {
			return err
		}
		t.Lock(&d.Object)
		var dropped *runtime.Object
		if left {
			dropped = d.pushLeft(v)
		} else {
			dropped = d.pushRight(v)
		}
		t.Unlock(&d.Object)
		t.XDecref(dropped)
	}
}

func dequeExtend(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	d, err := oneArg(t, "extend", args, kw)
	if err != nil {
		return nil, err
	}
	if err := extend(t, d, args[1], false); err != nil {
		return nil, err
	}
	return runtime.None, nil
}

func dequeExtendLeft(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	d, err := oneArg(t, "extendleft", args, kw)
	if err != nil {
		return nil, err
	}
	if err := extend(t, d, args[1], true); err != nil {
		return nil, err
	}
	return runtime.None, nil
}

func dequeClearMethod(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	d, err := noArg(t, "clear", args, kw)
	if err != nil {
		return nil, err
	}
	release(t, d.takeAll(t))
	return runtime.None, nil
}

// copyOf returns a new deque of d's type and maxlen holding its items.
func copyOf(t *runtime.Thread, d *Deque) (*runtime.Object, error) {
	typ := runtime.TypeOf(d.Obj())
	if typ != DequeType {
		// A subclass is rebuilt through its constructor, as CPython does.
		ml, _ := dequeMaxlen(t, d.Obj())
		defer t.Decref(ml)
		if d.maxlen < 0 {
			return t.Call(typ.Obj(), []*runtime.Object{d.Obj()}, nil)
		}
		return t.Call(typ.Obj(), []*runtime.Object{d.Obj(), ml}, nil)
	}
	c := newDeque(t, DequeType)
	items, _ := d.snapshot(t)
	c.maxlen = d.maxlen
	for _, v := range items {
		t.XDecref(c.pushRight(v))
	}
	return c.Obj(), nil
}

func dequeCopy(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	d, err := noArg(t, "copy", args, kw)
	if err != nil {
		return nil, err
	}
	return copyOf(t, d)
}

// scan compares v with the items of d[start:stop] in order, outside the
// lock, and returns the index of the first equal one (-1: none) or, with
// all, the count of equal ones. A change to d during the scan is an
// error, as in CPython.
func scan(t *runtime.Thread, d *Deque, v *runtime.Object, start, stop int, all bool) (int, error) {
	items, st := d.snapshot(t)
	defer release(t, items)
	if stop > len(items) {
		stop = len(items)
	}
	count := 0
	for i := start; i < stop; i++ {
		eq := items[i] == v
		if !eq {
			var err error
			eq, err = t.CompareBool(items[i], v, runtime.CmpEq)
			if err != nil {
				return 0, err
			}
		}
		t.Lock(&d.Object)
		changed := d.state != st
		t.Unlock(&d.Object)
		if changed {
			return 0, t.RuntimeError("deque mutated during iteration")
		}
		if eq {
			if !all {
				return i, nil
			}
			count++
		}
	}
	if all {
		return count, nil
	}
	return -1, nil
}

func dequeCount(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	d, err := oneArg(t, "count", args, kw)
	if err != nil {
		return nil, err
	}
	n, err := scan(t, d, args[1], 0, 1<<62, true)
	if err != nil {
		return nil, err
	}
	return t.NewInt(int64(n)), nil
}

func dequeContains(t *runtime.Thread, o, v *runtime.Object) (bool, error) {
	i, err := scan(t, runtime.As[Deque](o), v, 0, 1<<62, false)
	return i >= 0, err
}

// clampIndex converts a start or stop argument as list.index does.
func clampIndex(t *runtime.Thread, o *runtime.Object, n int) (int, error) {
	i, err := t.IndexInt(o)
	if err != nil {
		if runtime.Matches(err, runtime.OverflowErrorType) {
			t.DropError(err)
			if runtime.BigOf(o).Sign() < 0 {
				return 0, nil
			}
			return n, nil
		}
		return 0, err
	}
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	}
	if i > n {
		i = n
	}
	return i, nil
}

func dequeIndex(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	d, err := asDeque(t, "index", args)
	if err != nil {
		return nil, err
	}
	if err := t.CheckArgs("index", args[1:], kw, 1, 3); err != nil {
		return nil, err
	}
	n, _ := dequeLen(t, d.Obj())
	start, stop := 0, n
	if len(args) > 2 {
		if start, err = clampIndex(t, args[2], n); err != nil {
			return nil, err
		}
	}
	if len(args) > 3 {
		if stop, err = clampIndex(t, args[3], n); err != nil {
			return nil, err
		}
	}
	i, err := scan(t, d, args[1], start, stop, false)
	if err != nil {
		return nil, err
	}
	if i < 0 {
		r, err := t.ReprString(args[1])
		if err != nil {
			return nil, err
		}
		return nil, t.ValueError("%s is not in deque", r)
	}
	return t.NewInt(int64(i)), nil
}

func dequeInsert(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	d, err := asDeque(t, "insert", args)
	if err != nil {
		return nil, err
	}
	if err := t.CheckArgs("insert", args[1:], kw, 2, 2); err != nil {
		return nil, err
	}
	i, err := t.IndexInt(args[1])
	if err != nil {
		return nil, err
	}
	v := t.NewRef(args[2])
	t.Lock(&d.Object)
	if d.maxlen >= 0 && d.n >= d.maxlen {
		t.Unlock(&d.Object)
		t.Decref(v)
		return nil, t.IndexError("deque already at its maximum size")
	}
	n := d.n
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	}
	if i > n {
		i = n
	}
	// Rotate the insertion point to the right end, append, rotate back.
	d.rotate(-i)
	d.pushRight(v)
	d.rotate(i + 1)
	t.Unlock(&d.Object)
	return runtime.None, nil
}

func dequeRemove(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	d, err := oneArg(t, "remove", args, kw)
	if err != nil {
		return nil, err
	}
	items, st := d.snapshot(t)
	defer release(t, items)
	for i, it := range items {
		eq := it == args[1]
		if !eq {
			eq, err = t.CompareBool(it, args[1], runtime.CmpEq)
			if err != nil {
				return nil, err
			}
		}
		if !eq {
			continue
		}
		t.Lock(&d.Object)
		if d.state != st {
			t.Unlock(&d.Object)
			return nil, t.IndexError("deque mutated during remove().")
		}
		removed := deleteAt(d, i)
		t.Unlock(&d.Object)
		t.Decref(removed)
		return runtime.None, nil
	}
	r, err := t.ReprString(args[1])
	if err != nil {
		return nil, err
	}
	return nil, t.ValueError("%s is not in deque", r)
}

// deleteAt removes the i-th item and returns its reference. Hold the deque's lock.
func deleteAt(d *Deque, i int) *runtime.Object {
	d.rotate(-i)
	v := d.popLeftLocked()
	d.rotate(i)
	return v
}

func dequeReverse(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	d, err := noArg(t, "reverse", args, kw)
	if err != nil {
		return nil, err
	}
	t.Lock(&d.Object)
	for i, j := 0, d.n-1; i < j; i, j = i+1, j-1 {
		a, b := d.at(i), d.at(j)
		*a, *b = *b, *a
	}
	d.state++
	t.Unlock(&d.Object)
	return runtime.None, nil
}

func dequeRotate(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	d, err := asDeque(t, "rotate", args)
	if err != nil {
		return nil, err
	}
	if err := t.CheckArgs("rotate", args[1:], kw, 0, 1); err != nil {
		return nil, err
	}
	k := 1
	if len(args) == 2 {
		if runtime.IsFloat(args[1]) {
			return nil, t.TypeError("'float' object cannot be interpreted as an integer")
		}
		if k, err = t.IndexInt(args[1]); err != nil {
			return nil, err
		}
	}
	t.Lock(&d.Object)
	d.rotate(k)
	t.Unlock(&d.Object)
	return runtime.None, nil
}

// index normalizes a subscript to 0 <= i < n, or fails as CPython does.
func (d *Deque) index(t *runtime.Thread, key *runtime.Object, n int) (int, error) {
	if !runtime.IsInt(key) && runtime.TypeOf(key).Index == nil {
		return 0, t.TypeError("sequence index must be integer, not '%s'", runtime.TypeOf(key).Name)
	}
	i, err := t.IndexInt(key)
	if err != nil {
		if runtime.Matches(err, runtime.OverflowErrorType) {
			t.DropError(err)
			return 0, t.IndexError("deque index out of range")
		}
		return 0, err
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return 0, t.IndexError("deque index out of range")
	}
	return i, nil
}

func dequeGetItem(t *runtime.Thread, o, key *runtime.Object) (*runtime.Object, error) {
	d := runtime.As[Deque](o)
	n, _ := dequeLen(t, o)
	i, err := d.index(t, key, n)
	if err != nil {
		return nil, err
	}
	t.Lock(&d.Object)
	if i >= d.n {
		t.Unlock(&d.Object)
		return nil, t.IndexError("deque index out of range")
	}
	v := t.NewRef(*d.at(i))
	t.Unlock(&d.Object)
	return v, nil
}

func dequeSetItem(t *runtime.Thread, o, key, v *runtime.Object) error {
	d := runtime.As[Deque](o)
	n, _ := dequeLen(t, o)
	i, err := d.index(t, key, n)
	if err != nil {
		return err
	}
	if v != nil {
		v = t.NewRef(v)
	}
	t.Lock(&d.Object)
	if i >= d.n {
		t.Unlock(&d.Object)
		t.XDecref(v)
		return t.IndexError("deque index out of range")
	}
	var old *runtime.Object
	if v == nil {
		old = deleteAt(d, i)
	} else {
		slot := d.at(i)
		old, *slot = *slot, v
	}
	t.Unlock(&d.Object)
	t.Decref(old)
	return nil
}

func dequeRepr(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
	d := runtime.As[Deque](o)
	name := runtime.TypeOf(o).Name
	if !t.ReprEnter(o) {
		return t.NewStr("[...]"), nil
	}
	defer t.ReprLeave(o)
	items, _ := d.snapshot(t)
	var b strings.Builder
	b.WriteString(name)
	b.WriteString("([")
	for i, v := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		s, err := t.ReprString(v)
		if err != nil {
			release(t, items)
			return nil, err
		}
		b.WriteString(s)
	}
	release(t, items)
	b.WriteString("]")
	if d.maxlen >= 0 {
		b.WriteString(", maxlen=")
		ml, _ := dequeMaxlen(t, o)
		s, _ := t.ReprString(ml)
		t.Decref(ml)
		b.WriteString(s)
	}
	b.WriteString(")")
	return t.NewStr(b.String()), nil
}

// dequeRichCmp compares two deques as sequences, through lists of their
// items.
func dequeRichCmp(t *runtime.Thread, a, b *runtime.Object, op runtime.CompareOp) (*runtime.Object, error) {
	if !runtime.IsInstance(a, DequeType) || !runtime.IsInstance(b, DequeType) {
		return runtime.NotImplemented, nil
	}
	ia, _ := runtime.As[Deque](a).snapshot(t)
	ib, _ := runtime.As[Deque](b).snapshot(t)
	la := t.NewListSteal(ia).Obj()
	lb := t.NewListSteal(ib).Obj()
	defer t.Decref(la)
	defer t.Decref(lb)
	return t.RichCompare(la, lb, op)
}

func dequeConcat(t *runtime.Thread, a, b *runtime.Object) (*runtime.Object, error) {
	if !runtime.IsInstance(a, DequeType) {
		return runtime.NotImplemented, nil
	}
	if !runtime.IsInstance(b, DequeType) {
		return nil, t.TypeError("can only concatenate deque (not \"%s\") to deque", runtime.TypeOf(b).Name)
	}
	c, err := copyOf(t, runtime.As[Deque](a))
	if err != nil {
		return nil, err
	}
	if err := extend(t, runtime.As[Deque](c), b, false); err != nil {
		t.Decref(c)
		return nil, err
	}
	return c, nil
}

func dequeInPlaceConcat(t *runtime.Thread, a, b *runtime.Object) (*runtime.Object, error) {
	if err := extend(t, runtime.As[Deque](a), b, false); err != nil {
		return nil, err
	}
	return t.NewRef(a), nil
}

// repeatInto makes d hold its items k times over (respecting maxlen).
func repeatInto(t *runtime.Thread, d *Deque, k int) {
	items, _ := d.snapshot(t)
	defer release(t, items)
	if k <= 0 || len(items) == 0 {
		release(t, d.takeAll(t))
		return
	}
	for r := 1; r < k; r++ {
		for _, v := range items {
			t.Lock(&d.Object)
			dropped := d.pushRight(t.NewRef(v))
			t.Unlock(&d.Object)
			t.XDecref(dropped)
		}
		if d.maxlen >= 0 && r*len(items) >= d.maxlen {
			break
		}
	}
}

func repeatCount(t *runtime.Thread, b *runtime.Object) (int, bool, error) {
	if !runtime.IsInt(b) && runtime.TypeOf(b).Index == nil {
		return 0, false, nil
	}
	k, err := t.IndexInt(b)
	return k, true, err
}

func dequeRepeat(t *runtime.Thread, a, b *runtime.Object) (*runtime.Object, error) {
	if !runtime.IsInstance(a, DequeType) {
		a, b = b, a
	}
	k, ok, err := repeatCount(t, b)
	if !ok || err != nil {
		if err != nil {
			return nil, err
		}
		return runtime.NotImplemented, nil
	}
	c, err := copyOf(t, runtime.As[Deque](a))
	if err != nil {
		return nil, err
	}
	repeatInto(t, runtime.As[Deque](c), k)
	return c, nil
}

func dequeInPlaceRepeat(t *runtime.Thread, a, b *runtime.Object) (*runtime.Object, error) {
	k, ok, err := repeatCount(t, b)
	if !ok || err != nil {
		if err != nil {
			return nil, err
		}
		return runtime.NotImplemented, nil
	}
	repeatInto(t, runtime.As[Deque](a), k)
	return t.NewRef(a), nil
}

func dequeReduce(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	d, err := noArg(t, "__reduce__", args, kw)
	if err != nil {
		return nil, err
	}
	items, _ := d.snapshot(t)
	lst := t.NewListSteal(items).Obj()
	ml, _ := dequeMaxlen(t, d.Obj())
	ctor := t.NewTupleSteal([]*runtime.Object{lst, ml}).Obj()
	typ := t.NewRef(runtime.TypeOf(d.Obj()).Obj())
	return t.NewTupleSteal([]*runtime.Object{typ, ctor}).Obj(), nil
}

func classGetItem(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.CheckArgs("__class_getitem__", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	return t.NewGenericAlias(args[0], args[1]), nil
}
