package runtime

import (
	"strings"

	"gilfree/runtime/pyfmt"
)

// ByteArray is a Python bytearray: a mutable byte string. Its changes go
// through the methods of this file (the place of its lock, to come).
type ByteArray struct {
	Object
	b []byte
}

// ByteArrayType is bytearray.
var ByteArrayType = &Type{Name: "bytearray", Doc: "bytearray(iterable_of_ints) -> bytearray"}

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
	baOf(self).b = []byte(As[Bytes](b).s)
	t.Decref(b)
	return nil
}

func byteArrayRepr(t *Thread, o *Object) (*Object, error) {
	return t.NewStr(TypeOf(o).Name + "(" + pyfmt.BytesRepr(baOf(o).b) + ")"), nil
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
	b := baOf(o).b
	if IsSlice(key) {
		start, _, step, n, err := t.Indices(As[Slice](key), len(b))
		if err != nil {
			return nil, err
		}
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
	i, ok := normIndex(i, len(b))
	if !ok {
		return nil, t.IndexError("bytearray index out of range")
	}
	return SmallInt(int(b[i])), nil
}

func byteArraySetItem(t *Thread, o, key, v *Object) error {
	ba := baOf(o)
	if IsSlice(key) {
		start, stop, step, n, err := t.Indices(As[Slice](key), len(ba.b))
		if err != nil {
			return err
		}
		var repl []byte
		if v != nil {
			if IsInt(v) {
				return t.TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
			}
			if b, err := t.BytesOf(v); err == nil {
				repl = append([]byte(nil), b...)
			} else {
				t.DropError(err)
				err := t.ForEach(v, func(x *Object) (bool, error) {
					c, err := t.byteValue(x)
					repl = append(repl, c)
					return err == nil, err
				})
				if err != nil {
					return err
				}
			}
		}
		if step == 1 {
			if stop < start {
				stop = start
			}
			nb := append(append(append([]byte(nil), ba.b[:start]...), repl...), ba.b[stop:]...)
			ba.b = nb
			return nil
		}
		if v == nil {
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
	i, ok := normIndex(i, len(ba.b))
	if !ok {
		return t.IndexError("bytearray index out of range")
	}
	if v == nil {
		ba.b = append(ba.b[:i], ba.b[i+1:]...)
		return nil
	}
	c, err := t.byteValue(v)
	if err != nil {
		return err
	}
	ba.b[i] = c
	return nil
}

func byteArrayAppend(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("append", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	c, err := t.byteValue(args[1])
	if err != nil {
		return nil, err
	}
	baOf(args[0]).b = append(baOf(args[0]).b, c)
	return None, nil
}

func (t *Thread) byteArrayExtend(ba *ByteArray, v *Object) error {
	if b, err := t.BytesOf(v); err == nil {
		ba.b = append(ba.b, b...)
		return nil
	} else {
		t.DropError(err)
	}
	return t.ForEach(v, func(x *Object) (bool, error) {
		c, err := t.byteValue(x)
		if err == nil {
			ba.b = append(ba.b, c)
		}
		return err == nil, err
	})
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
	if len(ba.b) == 0 {
		return nil, t.IndexError("pop from empty bytearray")
	}
	i := len(ba.b) - 1
	if len(args) == 2 {
		var err error
		if i, err = t.IndexInt(args[1]); err != nil {
			return nil, err
		}
	}
	i, ok := normIndex(i, len(ba.b))
	if !ok {
		return nil, t.IndexError("pop index out of range")
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
	i = clampSlice(i, len(ba.b))
	ba.b = append(ba.b[:i], append([]byte{c}, ba.b[i:]...)...)
	return None, nil
}

func byteArrayIAdd(t *Thread, a, b *Object) (*Object, error) {
	if !IsBytesLike(b) {
		return NotImplemented, nil
	}
	if err := t.byteArrayExtend(baOf(a), b); err != nil {
		return nil, err
	}
	return t.NewRef(a), nil
}

func byteArrayIter(t *Thread, o *Object) (*Object, error) { return t.newSeqIterGeneric(o), nil }

func byteArrayContains(t *Thread, o, v *Object) (bool, error) {
	b := baOf(o).b
	if IsInt(v) {
		c, err := t.byteValue(v)
		if err != nil {
			return false, err
		}
		return strings.IndexByte(string(b), c) >= 0, nil
	}
	sub, err := t.BytesOf(v)
	if err != nil {
		return false, err
	}
	return strings.Contains(string(b), string(sub)), nil
}

func initByteArrayType() {
	bt := ByteArrayType
	bt.New = byteArrayNew
	bt.Init = byteArrayInit
	bt.Repr = byteArrayRepr
	bt.Len = func(t *Thread, o *Object) (int, error) { return len(baOf(o).b), nil }
	bt.GetItem = byteArrayGetItem
	bt.SetItem = byteArraySetItem
	bt.Contains = byteArrayContains
	bt.Iter = byteArrayIter
	bt.RichCmp = bytesRichCmp
	bt.Num[OpAdd] = bytesAdd
	bt.INum[OpAdd] = byteArrayIAdd
	bt.clear = func(t *Thread, o *Object) { baOf(o).b = nil }
	bt.addMethods(
		MethodDef{"append", byteArrayAppend, "Append a single item to the end of the bytearray."},
		MethodDef{"extend", byteArrayExtendM, "Append all the items from the iterator or sequence to the end of the bytearray."},
		MethodDef{"pop", byteArrayPop, "Remove and return a single item from B."},
		MethodDef{"insert", byteArrayInsert, "Insert a single item into the bytearray before the given index."},
		MethodDef{"clear", func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
			baOf(args[0]).b = nil
			return None, nil
		}, "Remove all items from the bytearray."},
		MethodDef{"copy", func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
			return t.NewByteArray(append([]byte(nil), baOf(args[0]).b...)), nil
		}, "Return a copy of B."},
		MethodDef{"reverse", func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
			b := baOf(args[0]).b
			for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
				b[i], b[j] = b[j], b[i]
			}
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
		MethodDef{"upper", bytesSimple(strings.ToUpper), ""},
		MethodDef{"lower", bytesSimple(strings.ToLower), ""},
		MethodDef{"startswith", bytesStartsEnds(false), ""},
		MethodDef{"endswith", bytesStartsEnds(true), ""},
	)
	readyBuiltin(bt, ObjectType, FlagBaseType, layoutOf[ByteArray](), 0)
	bt.Hash = hashNotImplemented
	bt.setStatic("__hash__", None)
}
