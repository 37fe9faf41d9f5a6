package runtime

import (
	"bytes"
	"strings"

	"gilfree/runtime/pyfmt"
)

// ByteArray is a Python bytearray: a mutable byte string. Its changes and
// reads go through the methods of this file, in a critical section on it
// (critical.go); what may run Python code (an item's __index__, iterating
// the source of an extend) runs before the section where it can. Code
// elsewhere that reads the buffer (BytesOf) sees a snapshot of its slice.
//
// exports counts the memoryviews of it that are alive (changed in a
// section on it): while there are any, its storage is theirs too, and
// whatever would change its size, and so possibly move it, raises
// BufferError, as in CPython.
type ByteArray struct {
	Object
	b       []byte
	exports int
}

// canResize is the check, in a section on ba, before a change of its size.
func (t *Thread) canResize(ba *ByteArray) error {
	if ba.exports > 0 {
		return t.errExportsResize()
	}
	return nil
}

// ByteArrayType is bytearray.
var ByteArrayType = builtinType(&Type{Name: "bytearray", Doc: "bytearray(iterable_of_ints) -> bytearray"})

// NewByteArray returns a bytearray holding b (taken over).
func (t *Thread) NewByteArray(b []byte) *Object {
	o := &ByteArray{b: b}
	t.initObject(&o.Object, ByteArrayType)
	return &o.Object
}

func baOf(o *Object) *ByteArray { return As[ByteArray](o) }

func byteArrayNew(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
	if typ == ByteArrayType {
		return t.NewByteArray(nil), nil
	}
	return t.allocInstance(typ), nil
}

func byteArrayInit(t *Thread, self *Object, args []*Object, kwnames *Tuple) error {
	if len(args) == 0 {
		return nil
	}
	b, err := bytesNew(t, BytesType, args, kwnames)
	if err != nil {
		return err
	}
	t.Lock(self)
	err = t.canResize(baOf(self))
	if err == nil {
		baOf(self).b = []byte(As[Bytes](b).s)
	}
	t.Unlock(self)
	t.Decref(b)
	return err
}

func byteArrayRepr(t *Thread, o *Object) (*Object, error) {
	t.Lock(o)
	r := pyfmt.BytesRepr(baOf(o).b)
	t.Unlock(o)
	return t.NewStr(TypeOf(o).Name + "(" + r + ")"), nil
}

// byteArrayLen is len(o), locked when another thread may change it.
func byteArrayLen(t *Thread, o *Object) (int, error) {
	if !t.lockRead(o) {
		return len(baOf(o).b), nil
	}
	n := len(baOf(o).b)
	t.Unlock(o)
	return n, nil
}

// byteValue converts an item assigned into a bytearray.
func (t *Thread) byteValue(v *Object) (byte, error) {
	c, err := t.IndexInt(v)
	if err != nil {
		return 0, err
	}
	if c < 0 || c > 255 {
		return 0, t.ValueError("byte must be in range(0, 256)")
	}
	return byte(c), nil
}

func byteArrayGetItem(t *Thread, o, key *Object) (*Object, error) {
	if IsSlice(key) {
		t.Lock(o)
		defer t.Unlock(o)
		start, _, step, n, err := t.byteArrayIndices(baOf(o), As[Slice](key))
		if err != nil {
			return nil, err
		}
		b := baOf(o).b
		out := make([]byte, n)
		for i := range out {
			out[i] = b[start+i*step]
		}
		return t.NewByteArray(out), nil
	}
	i, err := t.asIndexForSeq(key, "bytearray")
	if err != nil {
		return nil, err
	}
	t.Lock(o)
	b := baOf(o).b
	i, ok := normIndex(i, len(b))
	var c byte
	if ok {
		c = b[i]
	}
	t.Unlock(o)
	if !ok {
		return nil, t.IndexError("bytearray index out of range")
	}
	return SmallInt(int(c)), nil
}

// byteArrayIndices is Indices for a slice of ba, in a critical section on
// it: the slice's bounds are converted first, then clamped to the length
// ba has after their __index__ methods ran (which may change it), as
// CPython does. Recomputing until the length held still never ended for
// an __index__ that grows the bytearray.
func (t *Thread) byteArrayIndices(ba *ByteArray, s *Slice) (start, stop, step, n int, err error) {
	if start, stop, step, err = t.unpackSlice(s); err != nil {
		return
	}
	start, stop, n = adjustSlice(start, stop, step, len(ba.b))
	return
}

func byteArraySetItem(t *Thread, o, key, v *Object) error {
	ba := baOf(o)
	if IsSlice(key) {
		var repl []byte
		if v != nil {
			if IsInt(v) {
				return t.TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
			}
			var err error
			if repl, err = t.byteArraySource(v); err != nil {
				return err
			}
		}
		t.Lock(o)
		defer t.Unlock(o)
		start, stop, step, n, err := t.byteArrayIndices(ba, As[Slice](key))
		if err != nil {
			return err
		}
		if step == 1 {
			if stop < start {
				stop = start
			}
			if len(repl) == stop-start {
				copy(ba.b[start:stop], repl)
				return nil
			}
			if err := t.canResize(ba); err != nil {
				return err
			}
			nb := append(append(append([]byte(nil), ba.b[:start]...), repl...), ba.b[stop:]...)
			ba.b = nb
			return nil
		}
		if v == nil {
			if n == 0 {
				return nil
			}
			if err := t.canResize(ba); err != nil {
				return err
			}
			keep := ba.b[:0:0]
			for i, c := range ba.b {
				if (step > 0 && i >= start && i < stop && (i-start)%step == 0) || (step < 0 && i <= start && i > stop && (start-i)%(-step) == 0) {
					continue
				}
				keep = append(keep, c)
			}
			ba.b = keep
			return nil
		}
		if len(repl) != n {
			return t.ValueError("attempt to assign bytes of size %d to extended slice of size %d", len(repl), n)
		}
		for k, c := range repl {
			ba.b[start+k*step] = c
		}
		return nil
	}
	i, err := t.asIndexForSeq(key, "bytearray")
	if err != nil {
		return err
	}
	var c byte
	if v != nil {
		if c, err = t.byteValue(v); err != nil {
			return err
		}
	}
	t.Lock(o)
	defer t.Unlock(o)
	i, ok := normIndex(i, len(ba.b))
	if !ok {
		return t.IndexError("bytearray index out of range")
	}
	if v == nil {
		if err := t.canResize(ba); err != nil {
			return err
		}
		ba.b = append(ba.b[:i], ba.b[i+1:]...)
		return nil
	}
	ba.b[i] = c
	return nil
}

// byteArraySource returns the bytes of v (a bytes-like object, or an
// iterable of ints in range(0, 256)) as a new slice: read in a critical
// section when v is itself a bytearray.
func (t *Thread) byteArraySource(v *Object) ([]byte, error) {
	if TypeOf(v).IsSubtype(ByteArrayType) {
		t.Lock(v)
		b := append([]byte(nil), baOf(v).b...)
		t.Unlock(v)
		return b, nil
	}
	if b, err := t.BytesOf(v); err == nil {
		return append([]byte(nil), b...), nil
	} else {
		t.DropError(err)
	}
	var out []byte
	err := t.ForEach(v, func(x *Object) (bool, error) {
		c, err := t.byteValue(x)
		out = append(out, c)
		return err == nil, err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// byteArrayByteMethod makes a bytearray method of one byte argument
// (append, remove): f runs in a section on the bytearray.
func byteArrayByteMethod(name string, f func(t *Thread, ba *ByteArray, c byte) error) NativeFunc {
	return func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
		if err := t.CheckArgs(name, args[1:], kw, 1, 1); err != nil {
			return nil, err
		}
		c, err := t.byteValue(args[1])
		if err != nil {
			return nil, err
		}
		t.Lock(args[0])
		defer t.Unlock(args[0])
		if err := f(t, baOf(args[0]), c); err != nil {
			return nil, err
		}
		return None, nil
	}
}

var byteArrayAppend = byteArrayByteMethod("append", func(t *Thread, ba *ByteArray, c byte) error {
	if err := t.canResize(ba); err != nil {
		return err
	}
	ba.b = append(ba.b, c)
	return nil
})

var byteArrayRemove = byteArrayByteMethod("remove", func(t *Thread, ba *ByteArray, c byte) error {
	i := bytes.IndexByte(ba.b, c)
	if i < 0 {
		return t.ValueError("value not found in bytearray")
	}
	if err := t.canResize(ba); err != nil {
		return err
	}
	ba.b = append(ba.b[:i], ba.b[i+1:]...)
	return nil
})

// byteArrayExtend appends the bytes of v, all at once: the source is read
// (and iterated) before the section that appends it.
func (t *Thread) byteArrayExtend(ba *ByteArray, v *Object) error {
	b, err := t.byteArraySource(v)
	if err != nil {
		return err
	}
	t.Lock(&ba.Object)
	defer t.Unlock(&ba.Object)
	if err := t.canResize(ba); err != nil {
		return err
	}
	ba.b = append(ba.b, b...)
	return nil
}

func byteArrayExtendM(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("extend", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	if err := t.byteArrayExtend(baOf(args[0]), args[1]); err != nil {
		return nil, err
	}
	return None, nil
}

func byteArrayPop(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("pop", args[1:], kw, 0, 1); err != nil {
		return nil, err
	}
	ba := baOf(args[0])
	i := -1
	if len(args) == 2 {
		var err error
		if i, err = t.IndexInt(args[1]); err != nil {
			return nil, err
		}
	}
	t.Lock(args[0])
	defer t.Unlock(args[0])
	if len(ba.b) == 0 {
		return nil, t.IndexError("pop from empty bytearray")
	}
	i, ok := normIndex(i, len(ba.b))
	if !ok {
		return nil, t.IndexError("pop index out of range")
	}
	if err := t.canResize(ba); err != nil {
		return nil, err
	}
	c := ba.b[i]
	ba.b = append(ba.b[:i], ba.b[i+1:]...)
	return SmallInt(int(c)), nil
}

func byteArrayInsert(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("insert", args[1:], kw, 2, 2); err != nil {
		return nil, err
	}
	ba := baOf(args[0])
	i, err := t.IndexInt(args[1])
	if err != nil {
		return nil, err
	}
	c, err := t.byteValue(args[2])
	if err != nil {
		return nil, err
	}
	t.Lock(args[0])
	defer t.Unlock(args[0])
	if err := t.canResize(ba); err != nil {
		return nil, err
	}
	i = clampSlice(i, len(ba.b))
	ba.b = append(ba.b[:i], append([]byte{c}, ba.b[i:]...)...)
	return None, nil
}

func byteArrayIAdd(t *Thread, a, b *Object) (*Object, error) {
	if !IsBuffer(b) {
		return NotImplemented, nil
	}
	if err := t.byteArrayExtend(baOf(a), b); err != nil {
		return nil, err
	}
	return t.NewRef(a), nil
}

// byteArrayMul is bytearray * n and n * bytearray: a new bytearray of the
// bytes repeated (none for n <= 0).
func byteArrayMul(t *Thread, a, b *Object) (*Object, error) {
	seq, no := a, b
	if !TypeOf(seq).IsSubtype(ByteArrayType) {
		seq, no = b, a
	}
	if !TypeOf(seq).IsSubtype(ByteArrayType) || TypeOf(no).Index == nil {
		return NotImplemented, nil
	}
	n, err := t.repeatCount(no)
	if err != nil {
		return nil, err
	}
	src := []byte(t.lockedByteStr(seq))
	if len(src) > 0 && n > maxBuild()/len(src) {
		return nil, t.NewError(MemoryErrorType)
	}
	return t.NewByteArray(bytes.Repeat(src, n)), nil
}

// byteArrayIMul is b *= n: the bytearray repeated in place.
func byteArrayIMul(t *Thread, a, b *Object) (*Object, error) {
	if TypeOf(b).Index == nil {
		return NotImplemented, nil
	}
	n, err := t.repeatCount(b)
	if err != nil {
		return nil, err
	}
	t.Lock(a)
	ba := baOf(a)
	if len(ba.b) > 0 && n > maxBuild()/len(ba.b) {
		t.Unlock(a)
		return nil, t.NewError(MemoryErrorType)
	}
	if n != 1 && len(ba.b) > 0 {
		if err := t.canResize(ba); err != nil {
			t.Unlock(a)
			return nil, err
		}
	}
	ba.b = bytes.Repeat(ba.b, n)
	t.Unlock(a)
	return t.NewRef(a), nil
}

func byteArrayIter(t *Thread, o *Object) (*Object, error) { return t.newSeqIterGeneric(o), nil }

func byteArrayContains(t *Thread, o, v *Object) (bool, error) {
	if IsInt(v) {
		c, err := t.byteValue(v)
		if err != nil {
			return false, err
		}
		t.Lock(o)
		defer t.Unlock(o)
		return strings.IndexByte(string(baOf(o).b), c) >= 0, nil
	}
	sub, err := t.byteArraySource(v)
	if err != nil {
		return false, err
	}
	t.Lock(o)
	defer t.Unlock(o)
	return strings.Contains(string(baOf(o).b), string(sub)), nil
}

func initByteArrayType() {
	bt := ByteArrayType
	bt.New = byteArrayNew
	bt.Init = byteArrayInit
	bt.Repr = byteArrayRepr
	bt.Len = byteArrayLen
	bt.GetItem = byteArrayGetItem
	bt.SetItem = byteArraySetItem
	bt.Contains = byteArrayContains
	bt.Iter = byteArrayIter
	bt.RichCmp = bytesRichCmp
	bt.Num[OpAdd] = bytesAdd
	bt.INum[OpAdd] = byteArrayIAdd
	bt.Num[OpMul] = byteArrayMul
	bt.INum[OpMul] = byteArrayIMul
	bt.Num[OpMod] = byteArrayMod
	bt.clear = func(t *Thread, o *Object) {
		t.Lock(o)
		baOf(o).b = nil
		t.Unlock(o)
	}
	bt.addMethods(bytesPredicateDefs()...)
	bt.addMethods(bytesMoreMethodDefs()...)
	bt.addStaticMethods(MethodDef{"maketrans", bytesMakeTrans, "Return a translation table usable for the bytes or bytearray translate method."})
	addByteArrayMore(bt)
	bt.addMethods(
		MethodDef{"append", byteArrayAppend, "Append a single item to the end of the bytearray."},
		MethodDef{"extend", byteArrayExtendM, "Append all the items from the iterator or sequence to the end of the bytearray."},
		MethodDef{"pop", byteArrayPop, "Remove and return a single item from B."},
		MethodDef{"insert", byteArrayInsert, "Insert a single item into the bytearray before the given index."},
		MethodDef{"clear", func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
			t.Lock(args[0])
			defer t.Unlock(args[0])
			if err := t.canResize(baOf(args[0])); err != nil {
				return nil, err
			}
			baOf(args[0]).b = nil
			return None, nil
		}, "Remove all items from the bytearray."},
		MethodDef{"remove", byteArrayRemove, "Remove the first occurrence of a value in the bytearray."},
		MethodDef{"copy", func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
			t.Lock(args[0])
			b := append([]byte(nil), baOf(args[0]).b...)
			t.Unlock(args[0])
			return t.NewByteArray(b), nil
		}, "Return a copy of B."},
		MethodDef{"reverse", func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
			t.Lock(args[0])
			b := baOf(args[0]).b
			for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
				b[i], b[j] = b[j], b[i]
			}
			t.Unlock(args[0])
			return None, nil
		}, "Reverse the order of the values in B in place."},
		MethodDef{"decode", bytesDecode, ""},
		MethodDef{"hex", bytesHex, ""},
		MethodDef{"join", bytesJoin, ""},
		MethodDef{"find", bytesFind(false), ""},
		MethodDef{"rfind", bytesFind(true), ""},
		MethodDef{"count", bytesCount, ""},
		MethodDef{"replace", bytesReplace, ""},
		MethodDef{"split", bytesSplit, ""},
		MethodDef{"strip", bytesStrip(0), ""},
		MethodDef{"lstrip", bytesStrip(1), ""},
		MethodDef{"rstrip", bytesStrip(2), ""},
		MethodDef{"upper", bytesSimple(func(s string) string { return asciiCase(s, true) }), ""},
		MethodDef{"lower", bytesSimple(func(s string) string { return asciiCase(s, false) }), ""},
		MethodDef{"startswith", bytesStartsEnds(false), ""},
		MethodDef{"endswith", bytesStartsEnds(true), ""},
	)
	readyBuiltin(bt, ObjectType, FlagBaseType, layoutOf[ByteArray](), 0)
	bt.Hash = hashNotImplemented
	bt.setStatic("__hash__", None)
}
