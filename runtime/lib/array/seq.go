package array

import (
	"strings"

	"gilfree/runtime"
)

// The sequence protocol, comparisons, concatenation and repetition.

func arrayLen(t *runtime.Thread, o *runtime.Object) (int, error) { return of(o).length(t), nil }

func arrayRepr(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
	a := of(o)
	name := runtime.TypeOf(o).Name
	data := a.snapshot(t)
	if len(data) == 0 {
		return t.NewStr(name + "('" + string(a.code) + "')"), nil
	}
	var inner *runtime.Object
	var err error
	if a.code == 'u' {
		var s *runtime.Object
		if s, err = arrayToUnicode(t, a, nil); err != nil {
			return nil, err
		}
		inner, err = t.Repr(s)
		t.Decref(s)
	} else {
		l := t.NewListSteal(a.decodeAll(t, data)).Obj()
		inner, err = t.Repr(l)
		t.Decref(l)
	}
	if err != nil {
		return nil, err
	}
	defer t.Decref(inner)
	return t.NewStr(name + "('" + string(a.code) + "', " + runtime.StrValue(inner) + ")"), nil
}

func arrayGetItem(t *runtime.Thread, o, key *runtime.Object) (*runtime.Object, error) {
	a := of(o)
	if runtime.IsSlice(key) {
		data := a.snapshot(t)
		start, _, step, n, err := t.Indices(runtime.As[runtime.Slice](key), len(data)/a.size)
		if err != nil {
			return nil, err
		}
		out := make([]byte, 0, n*a.size)
		for i, k := start, 0; k < n; i, k = i+step, k+1 {
			out = append(out, data[i*a.size:(i+1)*a.size]...)
		}
		return a.withData(t, out), nil
	}
	if runtime.TypeOf(key).Index == nil {
		return nil, t.TypeError("array indices must be integers")
	}
	i, err := intArg(t, key)
	if err != nil {
		return nil, err
	}
	t.Lock(&a.Object)
	n := len(a.data) / a.size
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		t.Unlock(&a.Object)
		return nil, t.IndexError("array index out of range")
	}
	item := append([]byte(nil), a.data[i*a.size:(i+1)*a.size]...)
	t.Unlock(&a.Object)
	return decode(t, a.code, item), nil
}

// arraySetItem is a[key] = v, and del a[key] when v is nil.
func arraySetItem(t *runtime.Thread, o, key, v *runtime.Object) error {
	a := of(o)
	if runtime.IsSlice(key) {
		return a.setSlice(t, runtime.As[runtime.Slice](key), v)
	}
	if runtime.TypeOf(key).Index == nil {
		return t.TypeError("array indices must be integers")
	}
	i, err := intArg(t, key)
	if err != nil {
		return err
	}
	var buf []byte
	if v != nil {
		buf = make([]byte, a.size)
		if err := encode(t, a.code, v, buf); err != nil {
			return err
		}
	}
	t.Lock(&a.Object)
	defer t.Unlock(&a.Object)
	n := len(a.data) / a.size
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return t.IndexError("array assignment index out of range")
	}
	if v == nil {
		if err := a.canResize(t); err != nil {
			return err
		}
		a.data = append(a.data[:i*a.size], a.data[(i+1)*a.size:]...)
	} else {
		copy(a.data[i*a.size:], buf)
	}
	return nil
}

// setSlice assigns (or, for v nil, deletes) a slice.
func (a *Array) setSlice(t *runtime.Thread, s *runtime.Slice, v *runtime.Object) error {
	var src []byte
	if v != nil {
		if !isArray(v) {
			return t.TypeError("can only assign array (not \"%s\") to array slice", runtime.TypeOf(v).Name)
		}
		b := of(v)
		if b.code != a.code {
			return t.TypeError("bad argument type for built-in operation")
		}
		src = b.snapshot(t)
	}
	t.Lock(&a.Object)
	defer t.Unlock(&a.Object)
	n := len(a.data) / a.size
	start, stop, step, count, err := t.Indices(s, n)
	if err != nil {
		return err
	}
	if step == 1 {
		stop = max(stop, start)
		if len(src) == (stop-start)*a.size {
			copy(a.data[start*a.size:], src)
			return nil
		}
		if err := a.canResize(t); err != nil {
			return err
		}
		out := make([]byte, 0, len(a.data)-(stop-start)*a.size+len(src))
		out = append(out, a.data[:start*a.size]...)
		out = append(out, src...)
		out = append(out, a.data[stop*a.size:]...)
		a.data = out
		return nil
	}
	if v == nil {
		if count == 0 {
			return nil
		}
		if err := a.canResize(t); err != nil {
			return err
		}
		drop := make(map[int]bool, count)
		for i, k := start, 0; k < count; i, k = i+step, k+1 {
			drop[i] = true
		}
		out := make([]byte, 0, len(a.data)-count*a.size)
		for i := 0; i < n; i++ {
			if !drop[i] {
				out = append(out, a.data[i*a.size:(i+1)*a.size]...)
			}
		}
		a.data = out
		return nil
	}
	if len(src)/a.size != count {
		return t.ValueError("attempt to assign array of size %d to extended slice of size %d", len(src)/a.size, count)
	}
	for i, k := start, 0; k < count; i, k = i+step, k+1 {
		copy(a.data[i*a.size:(i+1)*a.size], src[k*a.size:(k+1)*a.size])
	}
	return nil
}

func arrayContains(t *runtime.Thread, o, v *runtime.Object) (bool, error) {
	a := of(o)
	i, err := a.find(t, v, 0, a.length(t))
	return i >= 0, err
}

func arrayRichCmp(t *runtime.Thread, x, y *runtime.Object, op runtime.CompareOp) (*runtime.Object, error) {
	if !isArray(x) || !isArray(y) {
		return runtime.NotImplemented, nil
	}
	a, b := of(x), of(y)
	da, db := a.snapshot(t), b.snapshot(t)
	na, nb := len(da)/a.size, len(db)/b.size
	if na != nb && (op == runtime.CmpEq || op == runtime.CmpNe) {
		return runtime.NewBool(op == runtime.CmpNe), nil
	}
	for i := 0; i < na && i < nb; i++ {
		va := decode(t, a.code, da[i*a.size:(i+1)*a.size])
		vb := decode(t, b.code, db[i*b.size:(i+1)*b.size])
		eq, err := t.CompareBool(va, vb, runtime.CmpEq)
		if err != nil || !eq {
			var r *runtime.Object
			if err == nil {
				if op == runtime.CmpEq {
					r = runtime.False
				} else if op == runtime.CmpNe {
					r = runtime.True
				} else {
					r, err = t.RichCompare(va, vb, op)
				}
			}
			t.Decref(va)
			t.Decref(vb)
			return r, err
		}
		t.Decref(va)
		t.Decref(vb)
	}
	var r bool
	switch op {
	case runtime.CmpLt:
		r = na < nb
	case runtime.CmpLe:
		r = na <= nb
	case runtime.CmpEq:
		r = na == nb
	case runtime.CmpNe:
		r = na != nb
	case runtime.CmpGt:
		r = na > nb
	case runtime.CmpGe:
		r = na >= nb
	}
	return runtime.NewBool(r), nil
}

func arrayAdd(t *runtime.Thread, x, y *runtime.Object) (*runtime.Object, error) {
	if !isArray(x) {
		return runtime.NotImplemented, nil
	}
	a := of(x)
	if !isArray(y) {
		return nil, t.TypeError("can only append array (not \"%s\") to array", runtime.TypeOf(y).Name)
	}
	b := of(y)
	if b.code != a.code {
		return nil, t.TypeError("bad argument type for built-in operation")
	}
	return a.withData(t, append(a.snapshot(t), b.snapshot(t)...)), nil
}

func arrayIAdd(t *runtime.Thread, x, y *runtime.Object) (*runtime.Object, error) {
	if !isArray(x) {
		return runtime.NotImplemented, nil
	}
	a := of(x)
	if !isArray(y) {
		return nil, t.TypeError("can only extend array with array (not \"%s\")", runtime.TypeOf(y).Name)
	}
	if err := a.extendFrom(t, y); err != nil {
		return nil, err
	}
	return t.NewRef(x), nil
}

// repeatOperands finds the array and the count of a * n or n * a.
func repeatOperands(t *runtime.Thread, x, y *runtime.Object) (*Array, int, bool, error) {
	arr, other := x, y
	if !isArray(arr) {
		arr, other = y, x
	}
	if !isArray(arr) || runtime.TypeOf(other).Index == nil {
		return nil, 0, false, nil
	}
	n, err := intArg(t, other)
	return of(arr), max(n, 0), true, err
}

func arrayMul(t *runtime.Thread, x, y *runtime.Object) (*runtime.Object, error) {
	a, n, ok, err := repeatOperands(t, x, y)
	if !ok || err != nil {
		if err != nil {
			return nil, err
		}
		return runtime.NotImplemented, nil
	}
	data := a.snapshot(t)
	if len(data) > 0 && n > (1<<40)/len(data) {
		return nil, t.NewError(runtime.MemoryErrorType)
	}
	return a.withData(t, []byte(strings.Repeat(string(data), n))), nil
}

func arrayIMul(t *runtime.Thread, x, y *runtime.Object) (*runtime.Object, error) {
	if !isArray(x) || runtime.TypeOf(y).Index == nil {
		return runtime.NotImplemented, nil
	}
	a := of(x)
	n, err := intArg(t, y)
	if err != nil {
		return nil, err
	}
	t.Lock(&a.Object)
	if len(a.data) > 0 && n > (1<<40)/len(a.data) {
		t.Unlock(&a.Object)
		return nil, t.NewError(runtime.MemoryErrorType)
	}
	if n != 1 && len(a.data) > 0 {
		if err := a.canResize(t); err != nil {
			t.Unlock(&a.Object)
			return nil, err
		}
	}
	a.data = []byte(strings.Repeat(string(a.data), max(n, 0)))
	t.Unlock(&a.Object)
	return t.NewRef(x), nil
}

// arrayIter is the iterator over an array: one item at a time, read
// under the array's lock, so it sees changes made while it runs (as
// CPython's does) and never reads past the end.
type arrayIter struct {
	runtime.Object
	arr *runtime.Object // nil once exhausted
	pos int
}

var arrayIterType = &runtime.Type{Name: "arrayiterator", Module: "array"}

func arrayIterate(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
	it := new(arrayIter)
	t.InitObject(&it.Object, arrayIterType)
	it.arr = t.NewRef(o)
	return &it.Object, nil
}

func arrayIterNext(t *runtime.Thread, o *runtime.Object) (*runtime.Object, error) {
	it := runtime.As[arrayIter](o)
	if it.arr == nil {
		return nil, nil
	}
	a := of(it.arr)
	t.Lock(&a.Object)
	if (it.pos+1)*a.size > len(a.data) {
		t.Unlock(&a.Object)
		arr := it.arr
		it.arr = nil
		t.Decref(arr)
		return nil, nil
	}
	item := append([]byte(nil), a.data[it.pos*a.size:(it.pos+1)*a.size]...)
	t.Unlock(&a.Object)
	it.pos++
	return decode(t, a.code, item), nil
}

func arrayIterClear(t *runtime.Thread, o *runtime.Object) {
	it := runtime.As[arrayIter](o)
	if arr := it.arr; arr != nil {
		it.arr = nil
		t.Decref(arr)
	}
}
