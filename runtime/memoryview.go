package runtime

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
	"strings"
)

// memoryview is a one-dimensional view of another object's memory: of a
// bytes (read-only, without a copy), of a bytearray (writable, and the
// bytearray cannot change its size while a view of it lives, as in
// CPython: BufferError), of another memoryview, or of an object whose type
// registered an exporter (array.array). A view keeps a reference to its
// exporter and the exporter's storage slice as it was when the view was
// made; since the storage cannot be replaced while it is exported, the
// slice stays the exporter's memory.
//
// Reads and writes of a mutable exporter's bytes happen inside a critical
// section on the exporter, as the exporter's own methods do, so that a
// view used by one thread while another uses the bytearray is no data
// race. Views of bytes need no lock.
//
// Not built: multi-dimensional shapes (cast with a shape of more than one
// dimension), the struct formats beyond single native items, and
// suboffsets; those raise NotImplementedError or TypeError as CPython
// does for what it does not support either.

// MemoryView is a memoryview.
type MemoryView struct {
	Object
	obj      *Object // the exporter; nil once released
	data     []byte  // the exporter's memory when the view was made
	off      int     // byte offset of item 0 in data
	stride   int     // bytes from one item to the next; negative when reversed
	n        int     // items
	itemSize int
	format   string
	readonly bool
	mutable  bool // the exporter can change its bytes: lock it around accesses
	// exports is the exporter's count of live views (nil for bytes,
	// which cannot resize): each view adds one while it lives.
	exports func(exporter *Object) *int
}

// MemoryViewType is memoryview.
var MemoryViewType = builtinType(&Type{Name: "memoryview", Doc: "Create a new memoryview object which references the given object."})

// BufferExport is what an exporter lends a new view: its memory, and the
// struct format and size of its items.
type BufferExport struct {
	Data     []byte
	Format   string
	ItemSize int
}

// bufferExporter is a mutable type whose memory views may borrow: memory
// reads it (with the object locked), exports points at the count of live
// views that the type's resizing operations check (in a section on the
// object) before they would move the memory.
type bufferExporter struct {
	typ     *Type
	memory  func(o *Object) BufferExport
	exports func(o *Object) *int
}

// bufferExporters are the registered exporters, by the builtin type
// their instances are laid out as: bytearray's and array.array's.
var bufferExporters []bufferExporter

// RegisterBufferExporter makes instances of typ (and its subclasses)
// usable where a bytes-like object is wanted. memory runs with o locked;
// the runtime counts each view in *exports(o), also with o locked, and
// typ's operations that change its size must raise BufferError while
// the count is not zero.
func RegisterBufferExporter(typ *Type, memory func(o *Object) BufferExport, exports func(o *Object) *int) {
	bufferExporters = append(bufferExporters, bufferExporter{typ, memory, exports})
}

// exporterOf returns o's registered exporter, or nil.
func exporterOf(o *Object) *bufferExporter {
	solid := TypeOf(o).solid
	for i := range bufferExporters {
		if solid == bufferExporters[i].typ {
			return &bufferExporters[i]
		}
	}
	return nil
}

// countExport adds delta to o's count of live views.
func (t *Thread) countExport(o *Object, exports func(*Object) *int, delta int) {
	t.Lock(o)
	*exports(o) += delta
	t.Unlock(o)
}

// IsBuffer reports whether o exports bytes, as the functions that take
// any bytes-like object want: bytes, bytearray, memoryview or a
// registered exporter (array.array). BytesOf reads them.
func IsBuffer(o *Object) bool {
	return IsBytes(o) || TypeOf(o) == MemoryViewType || exporterOf(o) != nil
}

// FillBuffer lets fill write into the memory of o, a writable bytes-like
// object (a bytearray, a writable contiguous memoryview, an array), in a
// section on the object that owns that memory, so that no other thread
// resizes or reads it meanwhile; fill returns how many bytes it wrote.
// name is the calling method's, for CPython's TypeError about a
// read-only or non-buffer argument (readinto, pack_into).
func (t *Thread) FillBuffer(o *Object, name string, fill func(dst []byte) int) (int, error) {
	notWritable := func() error {
		return t.TypeError("%s() argument must be read-write bytes-like object, not %s", name, TypeOf(o).Name)
	}
	if TypeOf(o) == MemoryViewType {
		mv, err := t.liveView(o)
		if err != nil {
			return 0, err
		}
		if mv.readonly {
			return 0, notWritable()
		}
		if !mv.contiguous() {
			return 0, t.NewErrorMsg(BufferErrorType, "memoryview: underlying buffer is not C-contiguous")
		}
		t.Lock(mv.obj)
		defer t.Unlock(mv.obj)
		return fill(mv.data[mv.off : mv.off+mv.n*mv.itemSize]), nil
	}
	if e := exporterOf(o); e != nil {
		t.Lock(o)
		defer t.Unlock(o)
		return fill(e.memory(o).Data), nil
	}
	return 0, notWritable()
}

// errExportsResize is the error of a resize while views exist.
func (t *Thread) errExportsResize() error {
	return t.NewErrorMsg(BufferErrorType, "Existing exports of data: object cannot be re-sized")
}

// newMemoryView returns a view of all of o's memory, or the TypeError of
// an object that exports none.
func (t *Thread) newMemoryView(o *Object) (*Object, error) {
	mv := &MemoryView{off: 0, stride: 1, itemSize: 1, format: "B"}
	switch {
	case IsBytes(o):
		mv.data, mv.readonly = BytesValue(o), true
	case TypeOf(o) == MemoryViewType:
		src := As[MemoryView](o)
		if err := t.checkReleased(src); err != nil {
			return nil, err
		}
		return t.subView(src, src.off, src.stride, src.n, src.format, src.itemSize, src.readonly)
	default:
		e := exporterOf(o)
		if e == nil {
			return nil, t.TypeError("memoryview: a bytes-like object is required, not '%s'", TypeOf(o).Name)
		}
		t.Lock(o)
		m := e.memory(o)
		*e.exports(o)++
		t.Unlock(o)
		mv.data, mv.format, mv.itemSize = m.Data, m.Format, m.ItemSize
		mv.mutable, mv.exports = true, e.exports
	}
	mv.n, mv.stride = len(mv.data)/mv.itemSize, mv.itemSize
	mv.obj = t.NewRef(o)
	t.initObject(&mv.Object, MemoryViewType)
	return &mv.Object, nil
}

// subView returns a view of part of src's exporter: a slice, a cast, a
// read-only copy or memoryview(src). It counts as an export of its own.
func (t *Thread) subView(src *MemoryView, off, stride, n int, format string, itemSize int, readonly bool) (*Object, error) {
	mv := &MemoryView{data: src.data, off: off, stride: stride, n: n, itemSize: itemSize,
		format: format, readonly: readonly, mutable: src.mutable, exports: src.exports}
	if src.exports != nil {
		t.countExport(src.obj, src.exports, 1)
	}
	mv.obj = t.NewRef(src.obj)
	t.initObject(&mv.Object, MemoryViewType)
	return &mv.Object, nil
}

// releaseView ends mv's export; later operations raise ValueError.
func (t *Thread) releaseView(mv *MemoryView) {
	if mv.obj == nil {
		return
	}
	if mv.exports != nil {
		t.countExport(mv.obj, mv.exports, -1)
	}
	mv.data = nil
	t.Clearref(&mv.obj)
}

func (t *Thread) checkReleased(mv *MemoryView) error {
	if mv.obj == nil {
		return t.ValueError("operation forbidden on released memoryview object")
	}
	return nil
}

// contiguous reports whether mv's items lie one after the other.
func (mv *MemoryView) contiguous() bool { return mv.stride == mv.itemSize || mv.n <= 1 }

// viewBytes returns a copy of the viewed bytes, in item order.
func (t *Thread) viewBytes(mv *MemoryView) []byte {
	if mv.mutable {
		t.Lock(mv.obj)
		defer t.Unlock(mv.obj)
	}
	out := make([]byte, 0, mv.n*mv.itemSize)
	if mv.contiguous() {
		return append(out, mv.data[mv.off:mv.off+mv.n*mv.itemSize]...)
	}
	for i := 0; i < mv.n; i++ {
		p := mv.off + i*mv.stride
		out = append(out, mv.data[p:p+mv.itemSize]...)
	}
	return out
}

// bufferCopy returns a copy of the bytes any bytes-like object exports
// (bytes, bytearray, memoryview, a registered exporter), for the
// functions that take one: ok is false when o exports none.
func (t *Thread) bufferCopy(o *Object) (b []byte, ok bool, err error) {
	switch {
	case IsBytes(o):
		return []byte(BytesString(o)), true, nil
	case TypeOf(o) == MemoryViewType:
		mv := As[MemoryView](o)
		if err := t.checkReleased(mv); err != nil {
			return nil, true, err
		}
		return t.viewBytes(mv), true, nil
	}
	e := exporterOf(o)
	if e == nil {
		return nil, false, nil
	}
	t.Lock(o)
	b = bytes.Clone(e.memory(o).Data)
	t.Unlock(o)
	return b, true, nil
}

// formatSize is the size of one item of a native single-item struct
// format, or 0 for a format memoryview does not support.
func formatSize(f string) int {
	f = strings.TrimPrefix(f, "@")
	if len(f) != 1 {
		return 0
	}
	switch f[0] {
	case 'b', 'B', 'c', '?':
		return 1
	case 'h', 'H', 'e':
		return 2
	case 'i', 'I', 'f':
		return 4
	case 'l', 'L', 'q', 'Q', 'n', 'N', 'd', 'P':
		return 8
	case 'u':
		return 4
	}
	return 0
}

// unpackItem reads one item of format f from b.
func (t *Thread) unpackItem(f string, b []byte) (*Object, error) {
	f = strings.TrimPrefix(f, "@")
	switch f {
	case "B":
		return SmallInt(int(b[0])), nil
	case "b":
		return t.NewInt(int64(int8(b[0]))), nil
	case "c":
		return t.NewBytes(b[:1]), nil
	case "?":
		return NewBool(b[0] != 0), nil
	case "h":
		return t.NewInt(int64(int16(binary.LittleEndian.Uint16(b)))), nil
	case "H":
		return t.NewInt(int64(binary.LittleEndian.Uint16(b))), nil
	case "i":
		return t.NewInt(int64(int32(binary.LittleEndian.Uint32(b)))), nil
	case "I":
		return t.NewInt(int64(binary.LittleEndian.Uint32(b))), nil
	case "l", "q", "n":
		return t.NewInt(int64(binary.LittleEndian.Uint64(b))), nil
	case "L", "Q", "N", "P":
		return t.NewIntFromUint(binary.LittleEndian.Uint64(b)), nil
	case "f":
		return t.NewFloat(float64(math.Float32frombits(binary.LittleEndian.Uint32(b)))), nil
	case "d":
		return t.NewFloat(math.Float64frombits(binary.LittleEndian.Uint64(b))), nil
	}
	return nil, t.NotImplementedError("memoryview: format %s not supported", f)
}

// packItem writes v into b as one item of format f, with memoryview's
// errors for a value of the wrong type or out of range.
func (t *Thread) packItem(f string, v *Object, b []byte) error {
	f = strings.TrimPrefix(f, "@")
	invalidType := func() error { return t.TypeError("memoryview: invalid type for format '%s'", f) }
	invalidValue := func() error { return t.ValueError("memoryview: invalid value for format '%s'", f) }
	switch f {
	case "c":
		if !IsBytes(v) || len(BytesString(v)) != 1 {
			return invalidValue()
		}
		b[0] = BytesString(v)[0]
		return nil
	case "?":
		truth, err := t.Truth(v)
		if err != nil {
			return err
		}
		b[0] = 0
		if truth {
			b[0] = 1
		}
		return nil
	case "f", "d":
		if !IsFloat(v) && !IsInt(v) && TypeOf(v).Float == nil && TypeOf(v).Index == nil {
			return invalidType()
		}
		x, err := t.FloatOf(v)
		if err != nil {
			return err
		}
		if f == "f" {
			binary.LittleEndian.PutUint32(b, math.Float32bits(float32(x)))
		} else {
			binary.LittleEndian.PutUint64(b, math.Float64bits(x))
		}
		return nil
	}
	if TypeOf(v).Index == nil {
		return invalidType()
	}
	iv, err := t.Index(v)
	if err != nil {
		return err
	}
	defer t.Decref(iv)
	size := formatSize(f)
	signed := f == "b" || f == "h" || f == "i" || f == "l" || f == "q" || f == "n"
	if x, ok := Int64Of(iv); ok {
		bits := uint(8 * size)
		if signed {
			if bits < 64 && (x < -(1<<(bits-1)) || x >= 1<<(bits-1)) {
				return invalidValue()
			}
		} else if x < 0 || bits < 64 && x >= 1<<bits {
			return invalidValue()
		}
		putLittle(b[:size], uint64(x))
		return nil
	}
	big := bigOf(iv)
	if signed || big.Sign() < 0 || !big.IsUint64() {
		return invalidValue()
	}
	putLittle(b[:size], big.Uint64())
	return nil
}

// putLittle writes the low len(b) bytes of v, least significant first.
func putLittle(b []byte, v uint64) {
	for i := range b {
		b[i] = byte(v >> (8 * i))
	}
}

func memoryViewNew(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
	var a [1]*Object
	if err := t.ParseArgs("memoryview", args, kwnames, []string{"object"}, 1, a[:]); err != nil {
		return nil, err
	}
	return t.newMemoryView(a[0])
}

// liveView returns o's view, or the error of a released one.
func (t *Thread) liveView(o *Object) (*MemoryView, error) {
	mv := As[MemoryView](o)
	return mv, t.checkReleased(mv)
}

func memoryViewLen(t *Thread, o *Object) (int, error) {
	mv, err := t.liveView(o)
	if err != nil {
		return 0, err
	}
	return mv.n, nil
}

// viewItem reads item i (in range) of mv.
func (t *Thread) viewItem(mv *MemoryView, i int) (*Object, error) {
	p := mv.off + i*mv.stride
	var buf [8]byte
	if mv.mutable {
		t.Lock(mv.obj)
		copy(buf[:], mv.data[p:p+mv.itemSize])
		t.Unlock(mv.obj)
	} else {
		copy(buf[:], mv.data[p:p+mv.itemSize])
	}
	return t.unpackItem(mv.format, buf[:mv.itemSize])
}

// viewIndex checks an item index of mv and makes it non-negative.
func (t *Thread) viewIndex(mv *MemoryView, key *Object) (int, error) {
	i, err := t.IndexInt(key)
	if err != nil {
		return 0, err
	}
	j, ok := normIndex(i, mv.n)
	if !ok {
		return 0, t.IndexError("index out of bounds on dimension 1")
	}
	return j, nil
}

func memoryViewGetItem(t *Thread, o, key *Object) (*Object, error) {
	mv, err := t.liveView(o)
	if err != nil {
		return nil, err
	}
	switch {
	case IsSlice(key):
		start, _, step, n, err := t.Indices(As[Slice](key), mv.n)
		if err != nil {
			return nil, err
		}
		return t.subView(mv, mv.off+start*mv.stride, mv.stride*step, n, mv.format, mv.itemSize, mv.readonly)
	case TypeOf(key).Index == nil:
		return nil, t.TypeError("memoryview: invalid slice key")
	}
	i, err := t.viewIndex(mv, key)
	if err != nil {
		return nil, err
	}
	return t.viewItem(mv, i)
}

func memoryViewSetItem(t *Thread, o, key, v *Object) error {
	mv, err := t.liveView(o)
	if err != nil {
		return err
	}
	if mv.readonly {
		return t.TypeError("cannot modify read-only memory")
	}
	if v == nil {
		return t.TypeError("cannot delete memory")
	}
	if IsSlice(key) {
		start, _, step, n, err := t.Indices(As[Slice](key), mv.n)
		if err != nil {
			return err
		}
		src, ok, err := t.bufferCopy(v)
		if err != nil {
			return err
		}
		if !ok {
			return t.TypeError("a bytes-like object is required, not '%s'", TypeOf(v).Name)
		}
		srcFormat, srcSize := "B", 1
		if TypeOf(v) == MemoryViewType {
			srcFormat, srcSize = As[MemoryView](v).format, As[MemoryView](v).itemSize
		}
		if strings.TrimPrefix(srcFormat, "@") != strings.TrimPrefix(mv.format, "@") || srcSize != mv.itemSize || len(src) != n*mv.itemSize {
			return t.ValueError("memoryview assignment: lvalue and rvalue have different structures")
		}
		t.Lock(mv.obj)
		for k := 0; k < n; k++ {
			p := mv.off + (start+k*step)*mv.stride
			copy(mv.data[p:p+mv.itemSize], src[k*mv.itemSize:])
		}
		t.Unlock(mv.obj)
		return nil
	}
	if TypeOf(key).Index == nil {
		return t.TypeError("memoryview: invalid slice key")
	}
	i, err := t.viewIndex(mv, key)
	if err != nil {
		return err
	}
	var buf [8]byte
	if err := t.packItem(mv.format, v, buf[:mv.itemSize]); err != nil {
		return err
	}
	p := mv.off + i*mv.stride
	t.Lock(mv.obj)
	copy(mv.data[p:p+mv.itemSize], buf[:mv.itemSize])
	t.Unlock(mv.obj)
	return nil
}

// viewList returns mv's items as a list.
func (t *Thread) viewList(mv *MemoryView) (*Object, error) {
	if formatSize(mv.format) == 0 || strings.TrimPrefix(mv.format, "@") == "u" {
		return nil, t.NotImplementedError("memoryview: format %s not supported", mv.format)
	}
	b := t.viewBytes(mv)
	items := make([]*Object, 0, mv.n)
	for i := 0; i < mv.n; i++ {
		v, err := t.unpackItem(mv.format, b[i*mv.itemSize:(i+1)*mv.itemSize])
		if err != nil {
			for _, it := range items {
				t.Decref(it)
			}
			return nil, err
		}
		items = append(items, v)
	}
	return t.NewListSteal(items).Obj(), nil
}

func memoryViewRichCmp(t *Thread, a, b *Object, op CompareOp) (*Object, error) {
	if op != CmpEq && op != CmpNe {
		return NotImplemented, nil
	}
	mv := As[MemoryView](a)
	if mv.obj == nil || TypeOf(b) == MemoryViewType && As[MemoryView](b).obj == nil {
		// A released view equals only itself.
		return NewBool((a == b) == (op == CmpEq)), nil
	}
	if a == b {
		return NewBool(op == CmpEq), nil
	}
	var other *Object
	if TypeOf(b) == MemoryViewType {
		other = t.NewRef(b)
	} else if IsBuffer(b) {
		v, err := t.newMemoryView(b)
		if err != nil {
			return nil, err
		}
		other = v
	} else {
		return NotImplemented, nil
	}
	defer func() {
		if other != b {
			t.releaseView(As[MemoryView](other))
		}
		t.Decref(other)
	}()
	la, err := t.viewList(mv)
	if err != nil {
		return nil, err
	}
	defer t.Decref(la)
	lb, err := t.viewList(As[MemoryView](other))
	if err != nil {
		return nil, err
	}
	defer t.Decref(lb)
	eq, err := t.CompareBool(la, lb, CmpEq)
	if err != nil {
		return nil, err
	}
	return NewBool(eq == (op == CmpEq)), nil
}

func memoryViewHash(t *Thread, o *Object) (int64, error) {
	mv, err := t.liveView(o)
	if err != nil {
		return 0, err
	}
	if !mv.readonly {
		return 0, t.ValueError("cannot hash writable memoryview object")
	}
	switch strings.TrimPrefix(mv.format, "@") {
	case "B", "b", "c":
	default:
		return 0, t.ValueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'")
	}
	tmp := Str{s: string(t.viewBytes(mv))}
	tmp.hash.Store(hashUnset)
	return strHash(&tmp), nil
}

func memoryViewRepr(t *Thread, o *Object) (*Object, error) {
	if As[MemoryView](o).obj == nil {
		return t.NewStr(fmt.Sprintf("<released memory at %#x>", Addr(o))), nil
	}
	return t.NewStr(fmt.Sprintf("<memory at %#x>", Addr(o))), nil
}

func memoryViewIter(t *Thread, o *Object) (*Object, error) {
	if _, err := t.liveView(o); err != nil {
		return nil, err
	}
	return t.newSeqIterGeneric(o), nil
}

// viewMethod adapts a method of a live view.
func viewMethod(name string, nargs int, f func(t *Thread, mv *MemoryView, self *Object, args []*Object) (*Object, error)) NativeFunc {
	return func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
		if err := t.CheckArgs(name, args[1:], kw, 0, nargs); err != nil {
			return nil, err
		}
		mv, err := t.liveView(args[0])
		if err != nil {
			return nil, err
		}
		return f(t, mv, args[0], args[1:])
	}
}

func memoryViewCast(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	var a [2]*Object
	if err := t.ParseArgs("cast", args[1:], kw, []string{"format", "shape"}, 1, a[:]); err != nil {
		return nil, err
	}
	mv, err := t.liveView(args[0])
	if err != nil {
		return nil, err
	}
	if !IsStr(a[0]) {
		return nil, t.TypeError("memoryview: format argument must be a string")
	}
	format := StrValue(a[0])
	size := formatSize(format)
	if size == 0 {
		return nil, t.ValueError("memoryview: destination format must be a native single character format prefixed with an optional '@'")
	}
	if !mv.contiguous() {
		return nil, t.TypeError("memoryview: casts are restricted to C-contiguous views")
	}
	byteFormat := func(f string) bool {
		f = strings.TrimPrefix(f, "@")
		return f == "B" || f == "b" || f == "c"
	}
	if !byteFormat(format) && !byteFormat(mv.format) {
		return nil, t.TypeError("memoryview: cannot cast between two non-byte formats")
	}
	nbytes := mv.n * mv.itemSize
	if nbytes%size != 0 {
		return nil, t.TypeError("memoryview: length is not a multiple of itemsize")
	}
	n := nbytes / size
	if a[1] != nil && a[1] != None {
		shape, err := t.SequenceItems(a[1])
		if err != nil {
			return nil, err
		}
		defer func() {
			for _, s := range shape {
				t.Decref(s)
			}
		}()
		if len(shape) != 1 {
			return nil, t.NotImplementedError("memoryview: casts to more than one dimension are not implemented")
		}
		want, err := t.IndexInt(shape[0])
		if err != nil {
			return nil, err
		}
		if want != n {
			return nil, t.TypeError("memoryview: product(shape) * itemsize != buffer size")
		}
	}
	return t.subView(mv, mv.off, size, n, format, size, mv.readonly)
}

func initMemoryViewType() {
	mt := MemoryViewType
	mt.New = memoryViewNew
	mt.Len = memoryViewLen
	mt.GetItem = memoryViewGetItem
	mt.SetItem = memoryViewSetItem
	mt.RichCmp = memoryViewRichCmp
	mt.Hash = memoryViewHash
	mt.Repr = memoryViewRepr
	mt.Iter = memoryViewIter
	mt.clear = func(t *Thread, o *Object) { t.releaseView(As[MemoryView](o)) }
	RegisterBufferExporter(ByteArrayType,
		func(o *Object) BufferExport { return BufferExport{Data: baOf(o).b, Format: "B", ItemSize: 1} },
		func(o *Object) *int { return &baOf(o).exports })
	mt.addMethods(
		MethodDef{"tobytes", func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
			var a [1]*Object
			if err := t.ParseArgs("tobytes", args[1:], kw, []string{"order"}, 0, a[:]); err != nil {
				return nil, err
			}
			mv, err := t.liveView(args[0])
			if err != nil {
				return nil, err
			}
			return t.NewBytes(t.viewBytes(mv)), nil
		}, "Return the data in the buffer as a byte string."},
		MethodDef{"tolist", viewMethod("tolist", 0, func(t *Thread, mv *MemoryView, _ *Object, _ []*Object) (*Object, error) {
			return t.viewList(mv)
		}), "Return the data in the buffer as a list of elements."},
		MethodDef{"hex", func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
			var a [2]*Object
			if err := t.ParseArgs("hex", args[1:], kw, []string{"sep", "bytes_per_sep"}, 0, a[:]); err != nil {
				return nil, err
			}
			mv, err := t.liveView(args[0])
			if err != nil {
				return nil, err
			}
			sep, per, err := t.hexSep(a[0], a[1])
			if err != nil {
				return nil, err
			}
			return t.NewStr(hexWithSep(string(t.viewBytes(mv)), sep, per)), nil
		}, "Return the data in the buffer as a str of hexadecimal numbers."},
		MethodDef{"toreadonly", viewMethod("toreadonly", 0, func(t *Thread, mv *MemoryView, _ *Object, _ []*Object) (*Object, error) {
			return t.subView(mv, mv.off, mv.stride, mv.n, mv.format, mv.itemSize, true)
		}), "Return a readonly version of the memoryview."},
		MethodDef{"release", func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
			if err := t.CheckArgs("release", args[1:], kw, 0, 0); err != nil {
				return nil, err
			}
			t.releaseView(As[MemoryView](args[0]))
			return None, nil
		}, "Release the underlying buffer exposed by the memoryview object."},
		MethodDef{"cast", memoryViewCast, "Cast a memoryview to a new format or shape."},
		MethodDef{"__enter__", viewMethod("__enter__", 0, func(t *Thread, _ *MemoryView, self *Object, _ []*Object) (*Object, error) {
			return t.NewRef(self), nil
		}), ""},
		MethodDef{"__exit__", func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
			t.releaseView(As[MemoryView](args[0]))
			return None, nil
		}, ""},
	)
	field := func(name string, get func(t *Thread, mv *MemoryView) *Object) GetSetDef {
		return GetSetDef{Name: name, Get: func(t *Thread, o *Object) (*Object, error) {
			mv, err := t.liveView(o)
			if err != nil {
				return nil, err
			}
			return get(t, mv), nil
		}}
	}
	mt.addGetSets(
		field("obj", func(t *Thread, mv *MemoryView) *Object { return t.NewRef(mv.obj) }),
		field("nbytes", func(t *Thread, mv *MemoryView) *Object { return t.NewInt(int64(mv.n * mv.itemSize)) }),
		field("readonly", func(t *Thread, mv *MemoryView) *Object { return NewBool(mv.readonly) }),
		field("itemsize", func(t *Thread, mv *MemoryView) *Object { return t.NewInt(int64(mv.itemSize)) }),
		field("format", func(t *Thread, mv *MemoryView) *Object { return t.NewStr(mv.format) }),
		field("ndim", func(t *Thread, mv *MemoryView) *Object { return SmallInt(1) }),
		field("shape", func(t *Thread, mv *MemoryView) *Object {
			return t.NewTupleSteal([]*Object{t.NewInt(int64(mv.n))}).Obj()
		}),
		field("strides", func(t *Thread, mv *MemoryView) *Object {
			return t.NewTupleSteal([]*Object{t.NewInt(int64(mv.stride))}).Obj()
		}),
		field("suboffsets", func(t *Thread, mv *MemoryView) *Object { return t.NewTuple().Obj() }),
		field("c_contiguous", func(t *Thread, mv *MemoryView) *Object { return NewBool(mv.contiguous()) }),
		field("f_contiguous", func(t *Thread, mv *MemoryView) *Object { return NewBool(mv.contiguous()) }),
		field("contiguous", func(t *Thread, mv *MemoryView) *Object { return NewBool(mv.contiguous()) }),
	)
	readyBuiltin(mt, ObjectType, 0, Layout{}, 0)
}
