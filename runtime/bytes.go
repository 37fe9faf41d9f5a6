package runtime

import (
	"strings"
	"unicode/utf8"

	"gilfree/runtime/pyfmt"
)

// Bytes is a Python bytes: an immutable byte string.
type Bytes struct {
	Object
	s string
}

// BytesType is bytes.
var (
	BytesType     = builtinType(&Type{Name: "bytes", Doc: "bytes(iterable_of_ints) -> bytes"})
	BytesIterType = builtinType(&Type{Name: "bytes_iterator"})
)

var emptyBytes Bytes

// NewBytes returns a bytes object with a copy of b.
func (t *Thread) NewBytes(b []byte) *Object { return t.NewBytesString(string(b)) }

// NewBytesString returns a bytes object holding s.
func (t *Thread) NewBytesString(s string) *Object {
	if s == "" {
		return &emptyBytes.Object
	}
	o := &Bytes{s: s}
	t.initObject(&o.Object, BytesType)
	return &o.Object
}

// NewStaticBytes returns an immortal bytes, for constants.
func NewStaticBytes(s string) *Object {
	if s == "" {
		return &emptyBytes.Object
	}
	o := &Bytes{s: s}
	initStatic(&o.Object, BytesType)
	return &o.Object
}

// IsBytes reports whether o is a bytes.
func IsBytes(o *Object) bool { return TypeOf(o).Flags&FlagBytesSubclass != 0 }

// BytesValue returns the content of a bytes object; the caller must not
// change it.
func BytesValue(o *Object) []byte { return stringBytes(As[Bytes](o).s) }

// BytesString returns the content of a bytes object as a Go string.
func BytesString(o *Object) string { return As[Bytes](o).s }

// BytesOf returns the bytes of a bytes-like object (bytes, bytearray,
// memoryview, array.array); the caller must not change them. A bytes's
// are its own; the others' are a copy taken in a section on the object,
// since another thread may be changing it (reading a bytearray's slice
// while another thread replaces it could pair one array's pointer with
// another's length).
func (t *Thread) BytesOf(o *Object) ([]byte, error) {
	if IsBytes(o) {
		return BytesValue(o), nil
	}
	if b, ok, err := t.bufferCopy(o); ok {
		return b, err
	}
	return nil, t.TypeError("a bytes-like object is required, not '%s'", TypeOf(o).Name)
}

// IsBytesLike reports whether o is bytes or a bytearray.
func IsBytesLike(o *Object) bool { return IsBytes(o) || TypeOf(o).IsSubtype(ByteArrayType) }

// byteStr returns the content of a bytes or bytearray as a string
// (copied for a bytearray, which can change).
func byteStr(o *Object) string {
	if IsBytes(o) {
		return As[Bytes](o).s
	}
	return string(As[ByteArray](o).b)
}

// likeSelf returns s as the same kind of object as self: bytes or
// bytearray.
func (t *Thread) likeSelf(self *Object, s string) *Object {
	if IsBytes(self) {
		return t.NewBytesString(s)
	}
	return t.NewByteArray([]byte(s))
}

func bytesRepr(t *Thread, o *Object) (*Object, error) {
	return t.NewStr(pyfmt.BytesRepr(As[Bytes](o).s)), nil
}

func bytesLen(t *Thread, o *Object) (int, error) { return len(As[Bytes](o).s), nil }

func bytesGetItem(t *Thread, o, key *Object) (*Object, error) {
	s := As[Bytes](o).s
	if IsSlice(key) {
		start, _, step, n, err := t.Indices(As[Slice](key), len(s))
		if err != nil {
			return nil, err
		}
		if step == 1 {
			return t.NewBytesString(s[start : start+n]), nil
		}
		b := make([]byte, n)
		for i := range b {
			b[i] = s[start+i*step]
		}
		return t.NewBytes(b), nil
	}
	i, err := t.asIndexForSeq(key, "byte")
	if err != nil {
		return nil, err
	}
	i, ok := normIndex(i, len(s))
	if !ok {
		return nil, t.IndexError("index out of range")
	}
	return SmallInt(int(s[i])), nil
}

func bytesRichCmp(t *Thread, a, b *Object, op CompareOp) (*Object, error) {
	if !IsBytesLike(a) || !IsBytesLike(b) {
		return NotImplemented, nil
	}
	return NewBool(cmpResult(strings.Compare(t.lockedByteStr(a), t.lockedByteStr(b)), op)), nil
}

func bytesHash(t *Thread, o *Object) (int64, error) {
	s := As[Bytes](o).s
	tmp := Str{s: s}
	tmp.hash.Store(hashUnset)
	return strHash(&tmp), nil
}

func bytesAdd(t *Thread, a, b *Object) (*Object, error) {
	if !IsBytesLike(a) {
		return NotImplemented, nil
	}
	if !IsBytesLike(b) {
		if IsStr(b) {
			return nil, t.TypeError("can't concat str to %s", TypeOf(a).Name)
		}
		// b"x" + memoryview(...): any buffer on the right.
		if other, ok, err := t.bufferCopy(b); ok {
			if err != nil {
				return nil, err
			}
			return t.likeSelf(a, t.lockedByteStr(a)+string(other)), nil
		}
		return NotImplemented, nil
	}
	return t.likeSelf(a, t.lockedByteStr(a)+t.lockedByteStr(b)), nil
}

func bytesMul(t *Thread, a, b *Object) (*Object, error) {
	seq, no, ok := repeatOperands(a, b, FlagBytesSubclass)
	if !ok {
		return NotImplemented, nil
	}
	n, err := t.repeatCount(no)
	if err != nil {
		return nil, err
	}
	if s := As[Bytes](seq).s; len(s) > 0 && n > maxBuild()/len(s) {
		return nil, t.NewError(MemoryErrorType)
	}
	return t.NewBytesString(strings.Repeat(As[Bytes](seq).s, n)), nil
}

// bytesMod is bytes % args: printf-style formatting of bytes (see
// BytesPercentFormat in percent.go).
func bytesMod(t *Thread, a, b *Object) (*Object, error) {
	if !IsBytes(a) {
		return NotImplemented, nil
	}
	out, err := t.BytesPercentFormat(As[Bytes](a).s, b)
	if err != nil {
		return nil, err
	}
	return t.NewBytes(out), nil
}

func bytesContains(t *Thread, o, v *Object) (bool, error) {
	s := As[Bytes](o).s
	if IsInt(v) {
		c, err := t.IndexInt(v)
		if err != nil {
			return false, err
		}
		if c < 0 || c > 255 {
			return false, t.ValueError("byte must be in range(0, 256)")
		}
		return strings.IndexByte(s, byte(c)) >= 0, nil
	}
	sub, err := t.BytesOf(v)
	if err != nil {
		return false, err
	}
	return strings.Contains(s, string(sub)), nil
}

type bytesIter struct {
	Object
	b   *Object
	pos int
}

func bytesIterSlot(t *Thread, o *Object) (*Object, error) {
	it := &bytesIter{b: t.NewRef(o)}
	t.initObject(&it.Object, BytesIterType)
	return &it.Object, nil
}

func bytesIterNext(t *Thread, o *Object) (*Object, error) {
	it := As[bytesIter](o)
	if it.b == nil {
		return nil, nil
	}
	s := As[Bytes](it.b).s
	if it.pos < len(s) {
		c := s[it.pos]
		it.pos++
		return SmallInt(int(c)), nil
	}
	t.Clearref(&it.b)
	return nil, nil
}

func bytesNew(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
	var a [3]*Object
	if err := t.ParseArgs("bytes", args, kwnames, []string{"source", "encoding", "errors"}, 0, a[:]); err != nil {
		return nil, err
	}
	var r *Object
	switch {
	case a[0] == nil:
		r = &emptyBytes.Object
	case a[1] == nil && !IsBytes(a[0]) && hasBytesDunder(a[0]):
		b, err := t.callBytesDunder(a[0])
		if err != nil {
			return nil, err
		}
		r = b
	case IsStr(a[0]):
		if a[1] == nil {
			return nil, t.TypeError("string argument without an encoding")
		}
		enc, _ := AsStr(a[1])
		b, err := t.encode(As[Str](a[0]).s, enc, "strict")
		if err != nil {
			return nil, err
		}
		r = t.NewBytes(b)
	case IsBytes(a[0]):
		r = t.NewRef(a[0])
	case IsBytesLike(a[0]):
		r = t.NewBytesString(t.lockedByteStr(a[0]))
	case IsBuffer(a[0]):
		b, _, err := t.bufferCopy(a[0])
		if err != nil {
			return nil, err
		}
		r = t.NewBytes(b)
	case IsInt(a[0]):
		n, err := t.IndexInt(a[0])
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, t.ValueError("negative count")
		}
		if n > maxBuild() {
			return nil, t.NewError(MemoryErrorType)
		}
		r = t.NewBytes(make([]byte, n))
	default:
		var buf []byte
		err := t.ForEach(a[0], func(v *Object) (bool, error) {
			c, err := t.IndexInt(v)
			if err != nil {
				return false, err
			}
			if c < 0 || c > 255 {
				return false, t.ValueError("bytes must be in range(0, 256)")
			}
			buf = append(buf, byte(c))
			return true, nil
		})
		if err != nil {
			return nil, err
		}
		r = t.NewBytes(buf)
	}
	if typ == BytesType {
		return r, nil
	}
	defer t.Decref(r)
	o := t.allocInstance(typ)
	As[Bytes](o).s = As[Bytes](r).s
	return o, nil
}

func bytesDecode(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	var a [2]*Object
	if err := t.ParseArgs("decode", args[1:], kw, []string{"encoding", "errors"}, 0, a[:]); err != nil {
		return nil, err
	}
	enc, errs := "utf-8", "strict"
	if a[0] != nil {
		enc, _ = AsStr(a[0])
	}
	if a[1] != nil {
		errs, _ = AsStr(a[1])
	}
	return t.decode(stringBytes(t.lockedByteStr(args[0])), enc, errs, args[0])
}

// bytesHex is bytes.hex([sep[, bytes_per_sep]]): two hex digits per byte,
// with sep (one ASCII character, str or bytes) between groups of
// bytes_per_sep bytes, counted from the right, or from the left when it is
// negative.
func bytesHex(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	var a [2]*Object
	if err := t.ParseArgs("hex", args[1:], kw, []string{"sep", "bytes_per_sep"}, 0, a[:]); err != nil {
		return nil, err
	}
	sep, per, err := t.hexSep(a[0], a[1])
	if err != nil {
		return nil, err
	}
	return t.NewStr(hexWithSep(t.lockedByteStr(args[0]), sep, per)), nil
}

// hexSep checks bytes.hex's sep and bytes_per_sep arguments (either may
// be nil) as CPython does; per is 0 when there is no separator.
func (t *Thread) hexSep(sepArg, perArg *Object) (sep byte, per int, err error) {
	if sepArg == nil {
		return 0, 0, nil
	}
	var s string
	switch {
	case IsStr(sepArg):
		s = StrValue(sepArg)
		if utf8.RuneCountInString(s) != 1 {
			return 0, 0, t.NewErrorMsg(ValueErrorType, "sep must be length 1.")
		}
	case IsBytesLike(sepArg):
		s = t.lockedByteStr(sepArg)
		if len(s) != 1 {
			return 0, 0, t.NewErrorMsg(ValueErrorType, "sep must be length 1.")
		}
	default:
		return 0, 0, t.TypeError("object of type '%s' has no len()", TypeOf(sepArg).Name)
	}
	if s[0] > 127 {
		return 0, 0, t.NewErrorMsg(ValueErrorType, "sep must be ASCII.")
	}
	per = 1
	if perArg != nil {
		if per, err = t.IndexInt(perArg); err != nil {
			return 0, 0, err
		}
	}
	return s[0], per, nil
}

// hexWithSep writes b in hex with sep between groups of |per| bytes, the
// groups counted from the end when per > 0 and from the start when it is
// negative; per == 0 means no separator.
func hexWithSep(b string, sep byte, per int) string {
	const digits = "0123456789abcdef"
	group := per
	if group < 0 {
		group = -group
	}
	out := make([]byte, 0, 3*len(b))
	for i := 0; i < len(b); i++ {
		if group != 0 && i > 0 {
			// Bytes from the grouping's anchor: the start, or the end.
			k := i
			if per > 0 {
				k = len(b) - i
			}
			if k%group == 0 {
				out = append(out, sep)
			}
		}
		out = append(out, digits[b[i]>>4], digits[b[i]&15])
	}
	return string(out)
}

func bytesJoin(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("join", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	var parts []string
	i := 0
	err := t.ForEach(args[1], func(v *Object) (bool, error) {
		if !IsBytesLike(v) {
			b, ok, err := t.bufferCopy(v)
			if !ok {
				return false, t.TypeError("sequence item %d: expected a bytes-like object, %s found", i, TypeOf(v).Name)
			}
			parts = append(parts, string(b))
			i++
			return err == nil, err
		}
		parts = append(parts, t.lockedByteStr(v))
		i++
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	return t.likeSelf(args[0], strings.Join(parts, t.lockedByteStr(args[0]))), nil
}

// bytesStrMethod adapts a str-like operation on Go strings to bytes.
func bytesArg(t *Thread, o *Object) (string, error) {
	b, err := t.BytesOf(o)
	return string(b), err
}

func bytesFind(rev bool) NativeFunc {
	return func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
		if err := t.CheckArgs("find", args[1:], kw, 1, 3); err != nil {
			return nil, err
		}
		s := t.lockedByteStr(args[0])
		var sub string
		if IsInt(args[1]) {
			c, err := t.IndexInt(args[1])
			if err != nil {
				return nil, err
			}
			sub = string([]byte{byte(c)})
		} else {
			var err error
			if sub, err = bytesArg(t, args[1]); err != nil {
				return nil, err
			}
		}
		start, end, err := t.indexArgs(args[2:], len(s))
		if err != nil {
			return nil, err
		}
		if start > end {
			return SmallInt(-1), nil
		}
		var i int
		if rev {
			i = strings.LastIndex(s[start:end], sub)
		} else {
			i = strings.Index(s[start:end], sub)
		}
		if i < 0 {
			return SmallInt(-1), nil
		}
		return t.NewInt(int64(start + i)), nil
	}
}

func bytesSimple(f func(s string) string) NativeFunc {
	return func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
		return t.likeSelf(args[0], f(t.lockedByteStr(args[0]))), nil
	}
}

func bytesStrip(kind int) NativeFunc {
	return func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
		s := t.lockedByteStr(args[0])
		cut := " \t\n\r\x0b\x0c"
		if len(args) > 1 && args[1] != None {
			var err error
			if cut, err = bytesArg(t, args[1]); err != nil {
				return nil, err
			}
		}
		switch kind {
		case 0:
			s = strings.Trim(s, cut)
		case 1:
			s = strings.TrimLeft(s, cut)
		default:
			s = strings.TrimRight(s, cut)
		}
		return t.likeSelf(args[0], s), nil
	}
}

func bytesSplit(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	var a [2]*Object
	if err := t.ParseArgs("split", args[1:], kw, []string{"sep", "maxsplit"}, 0, a[:]); err != nil {
		return nil, err
	}
	s := t.lockedByteStr(args[0])
	maxsplit := -1
	if a[1] != nil {
		var err error
		if maxsplit, err = t.IndexInt(a[1]); err != nil {
			return nil, err
		}
	}
	var parts []string
	if a[0] == nil || a[0] == None {
		parts = splitWhitespace(s, maxsplit, isASCIISpace)
	} else {
		sep, err := bytesArg(t, a[0])
		if err != nil {
			return nil, err
		}
		if sep == "" {
			return nil, t.ValueError("empty separator")
		}
		parts = strings.SplitN(s, sep, splitN(maxsplit))
	}
	l := t.NewList(len(parts))
	for _, p := range parts {
		l.appendSteal(t.likeSelf(args[0], p))
	}
	return l.Obj(), nil
}

func bytesReplace(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("replace", args[1:], kw, 2, 3); err != nil {
		return nil, err
	}
	old, err := bytesArg(t, args[1])
	if err != nil {
		return nil, err
	}
	nw, err := bytesArg(t, args[2])
	if err != nil {
		return nil, err
	}
	n := -1
	if len(args) == 4 {
		if n, err = t.IndexInt(args[3]); err != nil {
			return nil, err
		}
	}
	return t.likeSelf(args[0], strings.Replace(t.lockedByteStr(args[0]), old, nw, n)), nil
}

func bytesStartsEnds(ends bool) NativeFunc {
	return func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
		if err := t.CheckArgs("startswith", args[1:], kw, 1, 3); err != nil {
			return nil, err
		}
		s := t.lockedByteStr(args[0])
		start, end, err := t.indexArgs(args[2:], len(s))
		if err != nil {
			return nil, err
		}
		if start > end {
			return False, nil
		}
		s = s[start:end]
		var cands []*Object
		if TypeOf(args[1]).Flags&FlagTupleSubclass != 0 {
			cands = TupleItems(args[1])
		} else {
			cands = []*Object{args[1]}
		}
		for _, c := range cands {
			p, err := bytesArg(t, c)
			if err != nil {
				return nil, err
			}
			if ends && strings.HasSuffix(s, p) || !ends && strings.HasPrefix(s, p) {
				return True, nil
			}
		}
		return False, nil
	}
}

func bytesCount(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("count", args[1:], kw, 1, 3); err != nil {
		return nil, err
	}
	sub, err := bytesArg(t, args[1])
	if err != nil {
		return nil, err
	}
	return t.NewInt(int64(strings.Count(t.lockedByteStr(args[0]), sub))), nil
}

func bytesFromHex(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	s, ok := AsStr(args[1])
	if !ok {
		return nil, t.TypeError("fromhex() argument must be str, not %s", TypeOf(args[1]).Name)
	}
	var out []byte
	s = strings.ReplaceAll(s, " ", "")
	if len(s)%2 != 0 {
		return nil, t.ValueError("non-hexadecimal number found in fromhex() arg at position %d", len(s))
	}
	for i := 0; i < len(s); i += 2 {
		hi, lo := digitValue(rune(s[i])), digitValue(rune(s[i+1]))
		if hi < 0 || hi > 15 || lo < 0 || lo > 15 {
			return nil, t.ValueError("non-hexadecimal number found in fromhex() arg at position %d", i)
		}
		out = append(out, byte(hi<<4|lo))
	}
	return t.NewBytes(out), nil
}

func isASCIISpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\x0b' || r == '\x0c'
}

func initBytesType() {
	initStatic(&emptyBytes.Object, BytesType)
	bt := BytesType
	bt.New = bytesNew
	bt.Repr = bytesRepr
	bt.Len = bytesLen
	bt.GetItem = bytesGetItem
	bt.RichCmp = bytesRichCmp
	bt.Hash = bytesHash
	bt.Contains = bytesContains
	bt.Iter = bytesIterSlot
	bt.Num[OpAdd] = bytesAdd
	bt.Num[OpMul] = bytesMul
	bt.Num[OpMod] = bytesMod
	bt.addMethods(
		MethodDef{"decode", bytesDecode, "Decode the bytes using the codec registered for encoding."},
		MethodDef{"hex", bytesHex, "Create a string of hexadecimal numbers from a bytes object."},
		MethodDef{"join", bytesJoin, "Concatenate any number of bytes objects."},
		MethodDef{"find", bytesFind(false), ""},
		MethodDef{"rfind", bytesFind(true), ""},
		MethodDef{"upper", bytesSimple(func(s string) string { return asciiCase(s, true) }), ""},
		MethodDef{"lower", bytesSimple(func(s string) string { return asciiCase(s, false) }), ""},
		MethodDef{"strip", bytesStrip(0), ""},
		MethodDef{"lstrip", bytesStrip(1), ""},
		MethodDef{"rstrip", bytesStrip(2), ""},
		MethodDef{"split", bytesSplit, ""},
		MethodDef{"replace", bytesReplace, ""},
		MethodDef{"startswith", bytesStartsEnds(false), ""},
		MethodDef{"endswith", bytesStartsEnds(true), ""},
		MethodDef{"count", bytesCount, ""},
	)
	bt.addMethods(bytesPredicateDefs()...)
	bt.addMethods(bytesMoreMethodDefs()...)
	bt.addStaticMethods(MethodDef{"maketrans", bytesMakeTrans, "Return a translation table usable for the bytes or bytearray translate method."})
	bt.addClassMethods(MethodDef{"fromhex", bytesFromHex, "Create a bytes object from a string of hexadecimal numbers."})
	addBytesMore(bt)
	readyBuiltin(bt, ObjectType, FlagBaseType|FlagBytesSubclass, layoutOf[Bytes](), 0)

	it := BytesIterType
	it.Iter = selfIter
	it.Next = bytesIterNext
	it.clear = func(t *Thread, o *Object) { t.Clearref(&As[bytesIter](o).b) }
	readyBuiltin(it, ObjectType, 0, Layout{}, 0)
}
