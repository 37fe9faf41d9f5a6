// Package structmod is the struct module: packing Python values into
// bytes by a format string and unpacking them back, with CPython's byte
// orders, sizes, alignment and messages.
//
// A format compiles into a layout (format.go): the items with their
// offsets and the total size, plain Go data with no Python objects, so
// layouts are shared between threads through a small cache and by the
// Struct objects that hold them. Packing and unpacking (codes.go) write
// into and read from fresh buffers, or a bytearray the caller gives to
// pack_into, and keep no state of their own.
package structmod

import (
	"sync"
	"sync/atomic"

	"gilfree/runtime"
)

// errorClass is struct.error, made when the module is first imported.
var errorClass atomic.Pointer[runtime.Object]

// newError returns struct.error(msg).
func newError(t *runtime.Thread, msg string) error {
	m := t.NewStr(msg)
	inst, err := t.Call1(errorClass.Load(), m)
	t.Decref(m)
	if err != nil {
		return err
	}
	e := runtime.As[runtime.BaseException](inst)
	t.Raising(e)
	return e
}

// cache maps format strings to their layouts.
var cache struct {
	sync.Mutex
	m map[string]*layout
}

// layoutOf compiles a format given as str or bytes, through the cache.
func layoutOf(t *runtime.Thread, o *runtime.Object) (*layout, error) {
	var format string
	switch {
	case runtime.IsStr(o):
		format = runtime.StrValue(o)
	case runtime.IsBytes(o):
		b := runtime.BytesString(o)
		rs := make([]rune, len(b))
		for i := 0; i < len(b); i++ {
			rs[i] = rune(b[i])
		}
		format = string(rs)
	default:
		return nil, t.TypeError("Struct() argument 1 must be a str or bytes object, not %s", runtime.TypeOf(o).Name)
	}
	cache.Lock()
	l := cache.m[format]
	cache.Unlock()
	if l != nil {
		return l, nil
	}
	l, msg := compile(format)
	if msg != "" {
		return nil, newError(t, msg)
	}
	cache.Lock()
	if cache.m == nil || len(cache.m) >= 100 {
		cache.m = make(map[string]*layout)
	}
	cache.m[format] = l
	cache.Unlock()
	return l, nil
}

// pack packs args into b (len(b) == l.size).
func (l *layout) pack(t *runtime.Thread, b []byte, args []*runtime.Object) error {
	p := &packer{t: t}
	n := 0
	for _, it := range l.items {
		switch it.code {
		case 'x':
			continue
		case 's', 'p':
			p.arg = args[n]
			n++
			data, err := bytesArg(p, it.code)
			if err != nil {
				return err
			}
			dst := b[it.offset : it.offset+it.count]
			if it.code == 's' {
				copy(dst, data)
				continue
			}
			if it.count == 0 {
				continue
			}
			n := min(len(data), it.count-1)
			dst[0] = byte(min(n, 255))
			copy(dst[1:], data[:n])
			continue
		}
		for i := 0; i < it.count; i++ {
			p.arg = args[n]
			n++
			off := it.offset + i*it.kind.size
			if err := it.kind.pack(p, b[off:off+it.kind.size], it.kind); err != nil {
				return err
			}
		}
	}
	return nil
}

// unpack reads the values from b (len(b) == l.size) as a tuple.
func (l *layout) unpack(t *runtime.Thread, b []byte) (*runtime.Object, error) {
	u := &unpacker{t: t, out: make([]*runtime.Object, 0, l.nargs)}
	for _, it := range l.items {
		switch it.code {
		case 'x':
			continue
		case 's':
			u.push(t.NewBytes(append([]byte(nil), b[it.offset:it.offset+it.count]...)))
			continue
		case 'p':
			var data []byte
			if it.count > 0 {
				n := min(int(b[it.offset]), it.count-1)
				data = append([]byte(nil), b[it.offset+1:it.offset+1+n]...)
			}
			u.push(t.NewBytes(data))
			continue
		}
		for i := 0; i < it.count; i++ {
			off := it.offset + i*it.kind.size
			if err := it.kind.unpack(u, b[off:off+it.kind.size]); err != nil {
				for _, o := range u.out {
					t.Decref(o)
				}
				return nil, err
			}
		}
	}
	return t.NewTupleSteal(u.out).Obj(), nil
}

// packBytes is pack: the values as a new bytes object.
func (l *layout) packBytes(t *runtime.Thread, args []*runtime.Object) (*runtime.Object, error) {
	if len(args) != l.nargs {
		return nil, newError(t, sprintf("pack expected %d items for packing (got %d)", l.nargs, len(args)))
	}
	b := make([]byte, l.size)
	if err := l.pack(t, b, args); err != nil {
		return nil, err
	}
	return t.NewBytes(b), nil
}

// readable returns the bytes of a bytes-like argument (a copy for a
// bytearray, which another thread may change).
func readable(t *runtime.Thread, o *runtime.Object) ([]byte, error) {
	if runtime.IsBytes(o) {
		return runtime.BytesValue(o), nil
	}
	t.Lock(o)
	defer t.Unlock(o)
	b, err := t.BytesOf(o)
	if err != nil {
		return nil, err
	}
	return append([]byte(nil), b...), nil
}

func (l *layout) unpackBuffer(t *runtime.Thread, buf *runtime.Object) (*runtime.Object, error) {
	b, err := readable(t, buf)
	if err != nil {
		return nil, err
	}
	if len(b) != l.size {
		return nil, newError(t, sprintf("unpack requires a buffer of %d bytes", l.size))
	}
	return l.unpack(t, b)
}

func (l *layout) unpackFrom(t *runtime.Thread, buf, offsetObj *runtime.Object) (*runtime.Object, error) {
	b, err := readable(t, buf)
	if err != nil {
		return nil, err
	}
	offset := 0
	if offsetObj != nil {
		if offset, err = indexArg(t, offsetObj); err != nil {
			return nil, err
		}
	}
	if offset < 0 {
		if offset+len(b) < 0 {
			return nil, newError(t, sprintf("offset %d out of range for %d-byte buffer", offset, len(b)))
		}
		offset += len(b)
	}
	if len(b)-offset < l.size {
		return nil, newError(t, sprintf("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d (actual buffer size is %d)",
			l.size+offset, l.size, offset, len(b)))
	}
	return l.unpack(t, b[offset:offset+l.size])
}

func (l *layout) packInto(t *runtime.Thread, args []*runtime.Object) error {
	switch {
	case len(args) < 1:
		return t.TypeError("pack_into expected buffer argument")
	case len(args) < 2:
		return t.TypeError("pack_into expected offset argument")
	case len(args)-2 != l.nargs:
		return newError(t, sprintf("pack_into expected %d items for packing (got %d)", l.nargs, len(args)-2))
	}
	if !runtime.IsInstance(args[0], runtime.ByteArrayType) {
		return t.TypeError("argument must be read-write bytes-like object, not %s", runtime.TypeOf(args[0]).Name)
	}
	offset, err := indexArg(t, args[1])
	if err != nil {
		return err
	}
	packed := make([]byte, l.size)
	if err := l.pack(t, packed, args[2:]); err != nil {
		return err
	}
	// The bytearray's critical section keeps another thread from
	// resizing it between the bounds check and the copy.
	t.Lock(args[0])
	defer t.Unlock(args[0])
	buf := runtime.ByteArrayBuffer(args[0])
	if offset < 0 {
		if offset+l.size > 0 {
			return newError(t, sprintf("no space to pack %d bytes at offset %d", l.size, offset))
		}
		if offset+len(buf) < 0 {
			return newError(t, sprintf("offset %d out of range for %d-byte buffer", offset, len(buf)))
		}
		offset += len(buf)
	}
	if len(buf)-offset < l.size {
		return newError(t, sprintf("pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d (actual buffer size is %d)",
			l.size+offset, l.size, offset, len(buf)))
	}
	copy(buf[offset:], packed)
	return nil
}

// indexArg is an index-sized int argument.
func indexArg(t *runtime.Thread, o *runtime.Object) (int, error) {
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
