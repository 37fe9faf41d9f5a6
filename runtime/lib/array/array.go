// Package array is the array module: compact arrays of one C numeric
// type (or of characters, for 'u').
//
// An Array keeps its items as raw bytes in the host's order, itemsize
// bytes each. Its fields are read and changed inside a critical section
// on the array (runtime's Lock/Unlock, the lock in its header), held only
// for the few instructions that touch them: a value is converted to item
// bytes (which can call __index__ or __float__) before the section
// begins, and operations that compare items with Python's == (index,
// count, remove, comparisons) work on a copy taken inside it. So each
// append, insert, pop, item assignment or extend by another array is
// atomic, and the array stays consistent when many threads change it at
// once. The one callback inside a section, a slice's __index__ during
// slice assignment, is allowed by the section rules: the bounds are
// computed before the storage is read.
package array

import (
	"encoding/binary"
	"strings"

	"gilfree/runtime"
	"gilfree/runtime/pyfmt"
)

// Array is an array.array instance.
type Array struct {
	runtime.Object
	code byte
	size int    // bytes per item
	data []byte // len(data) == n*size
	// exports counts the memoryviews of the array that are alive (changed
	// in a section on it): while there are any, data is theirs too, and
	// whatever would change its length raises BufferError, as in CPython.
	exports int
}

// canResize is the check, in a section on a, before a change of its length.
func (a *Array) canResize(t *runtime.Thread) error {
	if a.exports > 0 {
		return t.NewErrorMsg(runtime.BufferErrorType, "cannot resize an array that is exporting buffers")
	}
	return nil
}

// memory lends a memoryview the array's items (runtime's buffer
// exporter; runs with the array locked).
func memory(o *runtime.Object) runtime.BufferExport {
	a := of(o)
	format := string(a.code)
	if a.code == 'u' {
		format = "w"
	}
	return runtime.BufferExport{Data: a.data, Format: format, ItemSize: a.size}
}

// exports is the array's count of live views, which canResize checks.
func exports(o *runtime.Object) *int { return &of(o).exports }

// ArrayType is array.array.
var ArrayType = &runtime.Type{Name: "array", Module: "array",
	Doc: "array(typecode [, initializer]) -> array\n\nReturn a new array whose items are restricted by typecode, and\ninitialized from the optional initializer value, which must be a list,\na bytes-like object, or iterable over elements of the appropriate type."}

// of returns the Array of an instance of array.array or of a subclass.
func of(o *runtime.Object) *Array { return runtime.As[Array](o) }

func isArray(o *runtime.Object) bool { return runtime.IsInstance(o, ArrayType) }

// snapshot returns a copy of the array's bytes.
func (a *Array) snapshot(t *runtime.Thread) []byte {
	t.Lock(&a.Object)
	b := append([]byte(nil), a.data...)
	t.Unlock(&a.Object)
	return b
}

func (a *Array) length(t *runtime.Thread) int {
	t.Lock(&a.Object)
	n := len(a.data) / a.size
	t.Unlock(&a.Object)
	return n
}

// newArray makes an empty array of type typ (array.array or a subclass).
func newArray(t *runtime.Thread, typ *runtime.Type, code byte) *Array {
	var o *runtime.Object
	if typ == ArrayType {
		a := new(Array)
		t.InitObject(&a.Object, typ)
		o = &a.Object
	} else {
		o = t.NewInstance(typ)
	}
	a := of(o)
	a.code, a.size = code, itemSizes[code]
	return a
}

// withData makes an array.array (never a subclass, as in CPython) of the
// same code holding data.
func (a *Array) withData(t *runtime.Thread, data []byte) *runtime.Object {
	b := newArray(t, ArrayType, a.code)
	b.data = data
	return &b.Object
}

// encodeAll converts every value to item bytes.
func (a *Array) encodeAll(t *runtime.Thread, values []*runtime.Object) ([]byte, error) {
	out := make([]byte, len(values)*a.size)
	for i, v := range values {
		if err := encode(t, a.code, v, out[i*a.size:(i+1)*a.size]); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// decodeAll converts item bytes to values (new references).
func (a *Array) decodeAll(t *runtime.Thread, data []byte) []*runtime.Object {
	out := make([]*runtime.Object, len(data)/a.size)
	for i := range out {
		out[i] = decode(t, a.code, data[i*a.size:(i+1)*a.size])
	}
	return out
}

// appendBytes adds items given as bytes, atomically.
func (a *Array) appendBytes(t *runtime.Thread, b []byte) error {
	t.Lock(&a.Object)
	defer t.Unlock(&a.Object)
	if err := a.canResize(t); err != nil {
		return err
	}
	a.data = append(a.data, b...)
	return nil
}

// extendFrom appends the items of an iterable (another array of the
// same code, or any iterable of values).
func (a *Array) extendFrom(t *runtime.Thread, src *runtime.Object) error {
	if isArray(src) {
		b := of(src)
		if b.code != a.code {
			return t.TypeError("can only extend with array of same kind")
		}
		return a.appendBytes(t, b.snapshot(t))
	}
	it, err := t.Iter(src)
	if err != nil {
		return err
	}
	defer t.Decref(it)
	buf := make([]byte, a.size)
	next := runtime.TypeOf(it).Next
	for {
		v, err := next(t, it)
		if err != nil {
			return err
		}
		if v == nil {
			return nil
		}
		err = encode(t, a.code, v, buf)
		t.Decref(v)
		if err != nil {
			return err
		}
		if err := a.appendBytes(t, buf); err != nil {
			return err
		}
	}
}

func arrayNew(t *runtime.Thread, typ *runtime.Type, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if typ == ArrayType && kw.Len() > 0 {
		return nil, t.TypeError("array.array() takes no keyword arguments")
	}
	npos := len(args) - kw.Len()
	if npos < 1 || npos > 2 {
		if npos < 1 {
			return nil, t.TypeError("array() takes at least 1 argument (0 given)")
		}
		return nil, t.TypeError("array() takes at most 2 arguments (%d given)", npos)
	}
	c := args[0]
	if !runtime.IsStr(c) || runtime.As[runtime.Str](c).Len() != 1 {
		return nil, t.TypeError("array() argument 1 must be a unicode character, not %s", runtime.TypeOf(c).Name)
	}
	s := runtime.StrValue(c)
	if len(s) != 1 || strings.IndexByte(typecodes, s[0]) < 0 {
		return nil, t.ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
	}
	a := newArray(t, typ, s[0])
	if npos == 2 {
		if err := a.initFrom(t, args[1]); err != nil {
			t.Decref(&a.Object)
			return nil, err
		}
	}
	return &a.Object, nil
}

// initFrom fills a new array from its initializer.
func (a *Array) initFrom(t *runtime.Thread, init *runtime.Object) error {
	switch {
	case runtime.IsStr(init):
		if a.code != 'u' {
			return t.TypeError("cannot use a str to initialize an array with typecode '%c'", a.code)
		}
		return a.fromUnicode(t, init)
	case runtime.IsBytesLike(init):
		return a.fromBytesObject(t, init)
	case isArray(init) && of(init).code == 'u' && a.code != 'u':
		return t.TypeError("cannot use a unicode array to initialize an array with typecode '%c'", a.code)
	case isArray(init) && of(init).code != a.code:
		src := of(init)
		values := src.decodeAll(t, src.snapshot(t))
		defer release(t, values)
		b, err := a.encodeAll(t, values)
		if err != nil {
			return err
		}
		a.data = b
		return nil
	}
	return a.extendFrom(t, init)
}

// fromBytesObject appends the bytes of a bytes or bytearray, copied
// inside the bytearray's critical section.
func (a *Array) fromBytesObject(t *runtime.Thread, o *runtime.Object) error {
	t.Lock(o)
	b, err := t.BytesOf(o)
	if err == nil {
		b = append([]byte(nil), b...)
	}
	t.Unlock(o)
	if err != nil {
		return err
	}
	return a.fromBytes(t, b)
}

func (a *Array) fromBytes(t *runtime.Thread, b []byte) error {
	if len(b)%a.size != 0 {
		return t.ValueError("bytes length not a multiple of item size")
	}
	return a.appendBytes(t, append([]byte(nil), b...))
}

func (a *Array) fromUnicode(t *runtime.Thread, s *runtime.Object) error {
	var buf []byte
	text := runtime.StrValue(s)
	for i := 0; i < len(text); {
		r, w := pyfmt.DecodeRune(text[i:])
		buf = binary.LittleEndian.AppendUint32(buf, uint32(r))
		i += w
	}
	return a.appendBytes(t, buf)
}

func release(t *runtime.Thread, values []*runtime.Object) {
	for _, v := range values {
		t.Decref(v)
	}
}
