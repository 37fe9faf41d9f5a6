package array

import (
	"reflect"

	"gilfree/runtime"
)

// self checks a method's receiver.
func self(t *runtime.Thread, name string, args []*runtime.Object) (*Array, error) {
	if len(args) == 0 || !isArray(args[0]) {
		return nil, t.TypeError("descriptor '%s' for 'array.array' objects doesn't apply to this object", name)
	}
	return of(args[0]), nil
}

// method wraps an array method with its receiver and argument count
// checks.
func method(name string, min, max int, fn func(t *runtime.Thread, a *Array, args []*runtime.Object) (*runtime.Object, error)) runtime.MethodDef {
	return runtime.MethodDef{Name: name, Fn: func(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
		a, err := self(t, name, args)
		if err != nil {
			return nil, err
		}
		if err := t.CheckArgs(name, args[1:], kw, min, max); err != nil {
			return nil, err
		}
		return fn(t, a, args[1:])
	}}
}

func arrayAppend(t *runtime.Thread, a *Array, args []*runtime.Object) (*runtime.Object, error) {
	buf := make([]byte, a.size)
	if err := encode(t, a.code, args[0], buf); err != nil {
		return nil, err
	}
	if err := a.appendBytes(t, buf); err != nil {
		return nil, err
	}
	return runtime.None, nil
}

func arrayExtend(t *runtime.Thread, a *Array, args []*runtime.Object) (*runtime.Object, error) {
	if err := a.extendFrom(t, args[0]); err != nil {
		return nil, err
	}
	return runtime.None, nil
}

// intArg is an index-sized int argument.
func intArg(t *runtime.Thread, o *runtime.Object) (int, error) {
	n, err := t.Index(o)
	if err != nil {
		return 0, err
	}
	defer t.Decref(n)
	v, ok := runtime.IntSmall(n)
	if !ok {
		return 0, t.OverflowError("Python int too large to convert to C ssize_t")
	}
	return int(v), nil
}

func arrayInsert(t *runtime.Thread, a *Array, args []*runtime.Object) (*runtime.Object, error) {
	i, err := intArg(t, args[0])
	if err != nil {
		return nil, err
	}
	buf := make([]byte, a.size)
	if err := encode(t, a.code, args[1], buf); err != nil {
		return nil, err
	}
	t.Lock(&a.Object)
	defer t.Unlock(&a.Object)
	if err := a.canResize(t); err != nil {
		return nil, err
	}
	n := len(a.data) / a.size
	if i < 0 {
		i = max(i+n, 0)
	}
	i = min(i, n)
	a.data = append(a.data[:i*a.size], append(buf, a.data[i*a.size:]...)...)
	return runtime.None, nil
}

func arrayPop(t *runtime.Thread, a *Array, args []*runtime.Object) (*runtime.Object, error) {
	i := -1
	if len(args) > 0 {
		var err error
		if i, err = intArg(t, args[0]); err != nil {
			return nil, err
		}
	}
	t.Lock(&a.Object)
	n := len(a.data) / a.size
	if n == 0 {
		t.Unlock(&a.Object)
		return nil, t.IndexError("pop from empty array")
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		t.Unlock(&a.Object)
		return nil, t.IndexError("pop index out of range")
	}
	if err := a.canResize(t); err != nil {
		t.Unlock(&a.Object)
		return nil, err
	}
	item := append([]byte(nil), a.data[i*a.size:(i+1)*a.size]...)
	a.data = append(a.data[:i*a.size], a.data[(i+1)*a.size:]...)
	t.Unlock(&a.Object)
	return decode(t, a.code, item), nil
}

// find returns the index of the first item equal to v in [start, stop),
// or -1, comparing on a copy of the items.
func (a *Array) find(t *runtime.Thread, v *runtime.Object, start, stop int) (int, error) {
	data := a.snapshot(t)
	n := len(data) / a.size
	stop = min(stop, n)
	for i := start; i < stop; i++ {
		item := decode(t, a.code, data[i*a.size:(i+1)*a.size])
		eq, err := t.CompareBool(item, v, runtime.CmpEq)
		t.Decref(item)
		if err != nil {
			return 0, err
		}
		if eq {
			return i, nil
		}
	}
	return -1, nil
}

func arrayRemove(t *runtime.Thread, a *Array, args []*runtime.Object) (*runtime.Object, error) {
	i, err := a.find(t, args[0], 0, len(a.snapshot(t))/a.size)
	if err != nil {
		return nil, err
	}
	if i < 0 {
		return nil, t.ValueError("array.remove(x): x not in array")
	}
	t.Lock(&a.Object)
	defer t.Unlock(&a.Object)
	if err := a.canResize(t); err != nil {
		return nil, err
	}
	if (i+1)*a.size <= len(a.data) {
		a.data = append(a.data[:i*a.size], a.data[(i+1)*a.size:]...)
	}
	return runtime.None, nil
}

func arrayIndex(t *runtime.Thread, a *Array, args []*runtime.Object) (*runtime.Object, error) {
	n := a.length(t)
	start, stop := 0, n
	bound := func(o *runtime.Object) (int, error) {
		i, err := intArg(t, o)
		if err != nil {
			return 0, err
		}
		if i < 0 {
			i = max(i+n, 0)
		}
		return i, nil
	}
	var err error
	if len(args) > 1 {
		if start, err = bound(args[1]); err != nil {
			return nil, err
		}
	}
	if len(args) > 2 {
		if stop, err = bound(args[2]); err != nil {
			return nil, err
		}
	}
	i, err := a.find(t, args[0], start, stop)
	if err != nil {
		return nil, err
	}
	if i < 0 {
		return nil, t.ValueError("array.index(x): x not in array")
	}
	return t.NewInt(int64(i)), nil
}

func arrayCount(t *runtime.Thread, a *Array, args []*runtime.Object) (*runtime.Object, error) {
	data := a.snapshot(t)
	count := 0
	for i := 0; i < len(data); i += a.size {
		item := decode(t, a.code, data[i:i+a.size])
		eq, err := t.CompareBool(item, args[0], runtime.CmpEq)
		t.Decref(item)
		if err != nil {
			return nil, err
		}
		if eq {
			count++
		}
	}
	return t.NewInt(int64(count)), nil
}

func arrayReverse(t *runtime.Thread, a *Array, args []*runtime.Object) (*runtime.Object, error) {
	t.Lock(&a.Object)
	n := len(a.data) / a.size
	tmp := make([]byte, a.size)
	for i, j := 0, n-1; i < j; i, j = i+1, j-1 {
		x, y := a.data[i*a.size:(i+1)*a.size], a.data[j*a.size:(j+1)*a.size]
		copy(tmp, x)
		copy(x, y)
		copy(y, tmp)
	}
	t.Unlock(&a.Object)
	return runtime.None, nil
}

func arrayByteswap(t *runtime.Thread, a *Array, args []*runtime.Object) (*runtime.Object, error) {
	t.Lock(&a.Object)
	for i := 0; i < len(a.data); i += a.size {
		item := a.data[i : i+a.size]
		for x, y := 0, a.size-1; x < y; x, y = x+1, y-1 {
			item[x], item[y] = item[y], item[x]
		}
	}
	t.Unlock(&a.Object)
	return runtime.None, nil
}

func arrayToBytes(t *runtime.Thread, a *Array, args []*runtime.Object) (*runtime.Object, error) {
	return t.NewBytes(a.snapshot(t)), nil
}

func arrayFromBytes(t *runtime.Thread, a *Array, args []*runtime.Object) (*runtime.Object, error) {
	if err := a.fromBytesObject(t, args[0]); err != nil {
		return nil, err
	}
	return runtime.None, nil
}

func arrayToList(t *runtime.Thread, a *Array, args []*runtime.Object) (*runtime.Object, error) {
	return t.NewListSteal(a.decodeAll(t, a.snapshot(t))).Obj(), nil
}

func arrayFromList(t *runtime.Thread, a *Array, args []*runtime.Object) (*runtime.Object, error) {
	if !runtime.IsInstance(args[0], runtime.ListType) {
		return nil, t.TypeError("arg must be list")
	}
	items := runtime.ListItems(args[0])
	values := make([]*runtime.Object, len(items))
	for i, v := range items {
		values[i] = t.NewRef(v)
	}
	defer release(t, values)
	b, err := a.encodeAll(t, values)
	if err != nil {
		return nil, err
	}
	if err := a.appendBytes(t, b); err != nil {
		return nil, err
	}
	return runtime.None, nil
}

func arrayToUnicode(t *runtime.Thread, a *Array, args []*runtime.Object) (*runtime.Object, error) {
	if a.code != 'u' {
		return nil, t.ValueError("tounicode() may only be called on unicode type arrays")
	}
	var b []byte
	for _, v := range a.decodeAll(t, a.snapshot(t)) {
		b = append(b, runtime.StrValue(v)...)
		t.Decref(v)
	}
	return t.NewStr(string(b)), nil
}

func arrayFromUnicode(t *runtime.Thread, a *Array, args []*runtime.Object) (*runtime.Object, error) {
	if !runtime.IsStr(args[0]) {
		return nil, t.TypeError("fromunicode() argument must be str, not %s", runtime.TypeOf(args[0]).Name)
	}
	if a.code != 'u' {
		return nil, t.ValueError("fromunicode() may only be called on unicode type arrays")
	}
	if err := a.fromUnicode(t, args[0]); err != nil {
		return nil, err
	}
	return runtime.None, nil
}

func arrayBufferInfo(t *runtime.Thread, a *Array, args []*runtime.Object) (*runtime.Object, error) {
	t.Lock(&a.Object)
	addr := reflect.ValueOf(a.data).Pointer()
	n := len(a.data) / a.size
	t.Unlock(&a.Object)
	return t.NewTupleSteal([]*runtime.Object{t.NewIntFromUint(uint64(addr)), t.NewInt(int64(n))}).Obj(), nil
}

func arrayToFile(t *runtime.Thread, a *Array, args []*runtime.Object) (*runtime.Object, error) {
	b := t.NewBytes(a.snapshot(t))
	defer t.Decref(b)
	r, err := t.CallMethod(args[0], "write", b)
	if err != nil {
		return nil, err
	}
	t.Decref(r)
	return runtime.None, nil
}

func arrayFromFile(t *runtime.Thread, a *Array, args []*runtime.Object) (*runtime.Object, error) {
	n, err := intArg(t, args[1])
	if err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, t.ValueError("negative count")
	}
	want := t.NewInt(int64(n * a.size))
	r, err := t.CallMethod(args[0], "read", want)
	t.Decref(want)
	if err != nil {
		return nil, err
	}
	defer t.Decref(r)
	if !runtime.IsBytes(r) {
		return nil, t.TypeError("read() didn't return bytes")
	}
	b := runtime.BytesValue(r)
	whole := len(b) / a.size * a.size
	if err := a.appendBytes(t, append([]byte(nil), b[:whole]...)); err != nil {
		return nil, err
	}
	if len(b) != n*a.size {
		return nil, t.NewErrorMsg(runtime.EOFErrorType, "read() didn't return enough bytes")
	}
	return runtime.None, nil
}

func arrayCopy(t *runtime.Thread, a *Array, args []*runtime.Object) (*runtime.Object, error) {
	return a.withData(t, a.snapshot(t)), nil
}
