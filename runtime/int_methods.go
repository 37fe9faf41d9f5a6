package runtime

import (
	"math/big"
	"math/bits"
	"strings"
	"unicode"
)

// The int and bool types: construction, parsing and methods.

// ParseInt parses the text of int(s, base), as CPython: surrounding
// whitespace, a sign, a base prefix when base is 0 or matches, and single
// underscores between digits. ok is false for invalid text.
func ParseInt(s string, base int) (*big.Int, bool) {
	s = strings.TrimFunc(s, unicode.IsSpace)
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if len(s) >= 2 && s[0] == '0' {
		p := s[1] | 0x20
		switch {
		case p == 'x' && (base == 0 || base == 16):
			base, s = 16, s[2:]
		case p == 'o' && (base == 0 || base == 8):
			base, s = 8, s[2:]
		case p == 'b' && (base == 0 || base == 2):
			base, s = 2, s[2:]
		}
		if len(s) > 0 && s[0] == '_' && base != 0 {
			s = s[1:]
		}
	}
	if base == 0 {
		base = 10
		if len(s) > 1 && s[0] == '0' && strings.Trim(s, "0_") != "" {
			return nil, false
		}
	}
	if s == "" || s[0] == '_' || s[len(s)-1] == '_' || strings.Contains(s, "__") {
		return nil, false
	}
	clean := asciiDigits(strings.ReplaceAll(s, "_", ""))
	for _, r := range clean {
		d := digitValue(r)
		if d < 0 || d >= base {
			return nil, false
		}
	}
	if len(clean) < 18 && base == 10 {
		var v int64
		for _, r := range clean {
			v = v*10 + int64(r-'0')
		}
		if neg {
			v = -v
		}
		return big.NewInt(v), true
	}
	b, ok := new(big.Int).SetString(clean, base)
	if !ok {
		return nil, false
	}
	if neg {
		b.Neg(b)
	}
	return b, true
}

// parseSmallDecimal is ParseInt's common case, read with no allocation:
// ASCII digits of a decimal that fits in an int64 with certainty (at most
// 18 digits), an optional sign, and spaces or tabs around them. ok is
// false for anything else (underscores, other whitespace, other digits,
// a leading zero that base 0 refuses), which ParseInt then reads.
func parseSmallDecimal(s string) (int64, bool) {
	for len(s) > 0 && (s[0] == ' ' || s[0] == '\t') {
		s = s[1:]
	}
	for len(s) > 0 && (s[len(s)-1] == ' ' || s[len(s)-1] == '\t' || s[len(s)-1] == '\n') {
		s = s[:len(s)-1]
	}
	neg := false
	if len(s) > 0 && (s[0] == '-' || s[0] == '+') {
		neg, s = s[0] == '-', s[1:]
	}
	if len(s) == 0 || len(s) > 18 || (len(s) > 1 && s[0] == '0') {
		return 0, false
	}
	var v int64
	for i := 0; i < len(s); i++ {
		d := s[i] - '0'
		if d > 9 {
			return 0, false
		}
		v = v*10 + int64(d)
	}
	if neg {
		v = -v
	}
	return v, true
}

// asciiDigits replaces Unicode decimal digits (Arabic-Indic, Devanagari,
// ...) by their ASCII equivalents, as int() accepts them.
func asciiDigits(s string) string {
	if isASCIIString(s) {
		return s
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if r >= 0x80 && unicode.IsDigit(r) {
			start := r
			for unicode.IsDigit(start - 1) {
				start--
			}
			r = '0' + (r-start)%10
		}
		b = append(b, string(r)...)
	}
	return string(b)
}

func digitValue(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= 'a' && r <= 'z':
		return int(r-'a') + 10
	case r >= 'A' && r <= 'Z':
		return int(r-'A') + 10
	}
	return -1
}

// countIntDigits returns how many digits an int literal s in base has
// (signs, spaces, underscores and the base prefix aside) and the base
// it is read in (base 0 resolved by its prefix), for the digit limit.
func countIntDigits(s string, base int) (digits, resolved int) {
	s = strings.TrimSpace(s)
	s = strings.TrimLeft(s, "+-")
	resolved = base
	if len(s) >= 2 && s[0] == '0' {
		switch p := s[1] | 0x20; {
		case p == 'x' && (base == 0 || base == 16):
			resolved, s = 16, s[2:]
		case p == 'o' && (base == 0 || base == 8):
			resolved, s = 8, s[2:]
		case p == 'b' && (base == 0 || base == 2):
			resolved, s = 2, s[2:]
		}
	}
	if resolved == 0 {
		resolved = 10
	}
	for _, r := range s {
		if r != '_' && !unicode.IsSpace(r) {
			digits++
		}
	}
	return digits, resolved
}

// IntFromString is int(s, base) with CPython's error.
func (t *Thread) IntFromString(s string, base int, orig *Object) (*Object, error) {
	if len(s) > intMaxStrDigitsThreshold {
		digits, resolved := countIntDigits(s, base)
		if err := t.checkIntParseDigits(digits, resolved); err != nil {
			return nil, err
		}
	}
	if base == 10 || base == 0 {
		if v, ok := parseSmallDecimal(s); ok {
			return t.NewInt(v), nil
		}
	}
	b, ok := ParseInt(s, base)
	if !ok {
		r, err := t.ReprString(orig)
		if err != nil {
			return nil, err
		}
		return nil, t.ValueError("invalid literal for int() with base %d: %s", base, r)
	}
	return t.NewBigInt(b), nil
}

// intFromBuffer is int(x, base) of a bytes-like object other than bytes
// (bytearray, memoryview, array.array): its bytes are read as a bytes
// object's, and an error shows them as one, as CPython's does.
func (t *Thread) intFromBuffer(x *Object, base int) (*Object, error) {
	b, err := t.BytesOf(x)
	if err != nil {
		return nil, err
	}
	orig := t.NewBytes(b)
	defer t.Decref(orig)
	return t.IntFromString(string(b), base, orig)
}

// ToInt is int(x) for one argument. It and intNew release their
// temporaries without defer: with this many returns the compiler cannot
// open-code a defer, and every int(x) paid for the runtime's defer calls.
func (t *Thread) ToInt(x *Object) (*Object, error) {
	typ := TypeOf(x)
	switch {
	case typ == IntType:
		return t.NewRef(x), nil
	case typ.Int != nil:
		r, err := typ.Int(t, x)
		if err != nil || TypeOf(r) == IntType {
			return r, err
		}
		v, err := intPos(t, r)
		t.Decref(r)
		return v, err
	case typ.Index != nil:
		r, err := typ.Index(t, x)
		if err != nil || TypeOf(r) == IntType {
			return r, err
		}
		v, err := intPos(t, r)
		t.Decref(r)
		return v, err
	case IsStr(x):
		return t.IntFromString(As[Str](x).s, 10, x)
	case IsBytes(x):
		return t.IntFromString(string(BytesValue(x)), 10, x)
	case IsBuffer(x):
		return t.intFromBuffer(x, 10)
	}
	if f := typ.Lookup(dnTrunc); f != nil {
		r, err := t.callBound(f, x, nil, nil)
		if err != nil {
			return nil, err
		}
		if IsInt(r) {
			return r, nil
		}
		v, err := t.ToInt(r)
		t.Decref(r)
		return v, err
	}
	return nil, t.TypeError("int() argument must be a string, a bytes-like object or a real number, not '%s'", typ.Name)
}

func intNew(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
	if len(args) == 1 && kwnames == nil && typ == IntType {
		// int(x), the common call, without ParseArgs.
		return t.ToInt(args[0])
	}
	var a [2]*Object
	if err := t.ParseArgs("int", args, kwnames, []string{"", "base"}, 0, a[:]); err != nil {
		return nil, err
	}
	var r *Object
	var err error
	switch {
	case a[0] == nil && a[1] == nil:
		r = SmallInt(0)
	case a[1] == nil:
		r, err = t.ToInt(a[0])
	default:
		if a[0] == nil {
			return nil, t.TypeError("int() missing string argument")
		}
		base, err := t.IndexInt(a[1])
		if err != nil {
			return nil, err
		}
		if base != 0 && (base < 2 || base > 36) {
			return nil, t.ValueError("int() base must be >= 2 and <= 36, or 0")
		}
		switch {
		case IsStr(a[0]):
			r, err = t.IntFromString(As[Str](a[0]).s, base, a[0])
		case IsBytes(a[0]):
			r, err = t.IntFromString(string(BytesValue(a[0])), base, a[0])
		case TypeOf(a[0]).IsSubtype(ByteArrayType):
			r, err = t.intFromBuffer(a[0], base)
		default:
			return nil, t.TypeError("int() can't convert non-string with explicit base")
		}
		if err != nil {
			return nil, err
		}
	}
	if err != nil || typ == IntType {
		return r, err
	}
	o := t.allocInstance(typ)
	i := As[Int](o)
	i.v, i.b = As[Int](r).v, As[Int](r).b
	if i.b != nil {
		// Shared now: neither may recycle it.
		i.v, As[Int](r).v = 0, 0
	}
	t.Decref(r)
	return o, nil
}

func intBitLength(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	x := As[Int](args[0])
	if x.b == nil {
		return t.NewInt(int64(bits.Len64(absU(x.v)))), nil
	}
	return t.NewInt(int64(x.b.BitLen())), nil
}

func intBitCount(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	x := As[Int](args[0])
	if x.b == nil {
		return t.NewInt(int64(bits.OnesCount64(absU(x.v)))), nil
	}
	n := 0
	for _, w := range new(big.Int).Abs(x.b).Bits() {
		n += bits.OnesCount(uint(w))
	}
	return t.NewInt(int64(n)), nil
}

func intToBytes(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	var a [3]*Object
	if err := t.ParseArgs("to_bytes", args[1:], kw, []string{"length", "byteorder", "$signed"}, 0, a[:]); err != nil {
		return nil, err
	}
	length := 1
	if a[0] != nil {
		var err error
		if length, err = t.IndexInt(a[0]); err != nil {
			return nil, err
		}
		if length < 0 {
			return nil, t.ValueError("length argument must be non-negative")
		}
	}
	order := "big"
	if a[1] != nil {
		s, ok := AsStr(a[1])
		if !ok || (s != "big" && s != "little") {
			return nil, t.ValueError("byteorder must be either 'little' or 'big'")
		}
		order = s
	}
	signed := false
	if a[2] != nil {
		b, err := t.Truth(a[2])
		if err != nil {
			return nil, err
		}
		signed = b
	}
	v := bigOf(args[0])
	if v.Sign() < 0 && !signed {
		return nil, t.OverflowError("can't convert negative int to unsigned")
	}
	x := new(big.Int).Set(v)
	if v.Sign() < 0 {
		x.Add(x, new(big.Int).Lsh(big.NewInt(1), uint(8*length)))
	}
	limit := 8 * length
	if signed {
		limit--
	}
	if v.Sign() >= 0 && v.BitLen() > limit || v.Sign() < 0 && new(big.Int).Not(v).BitLen() > limit || x.Sign() < 0 {
		return nil, t.OverflowError("int too big to convert")
	}
	out := make([]byte, length)
	x.FillBytes(out)
	if order == "little" {
		for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
			out[i], out[j] = out[j], out[i]
		}
	}
	return t.NewBytes(out), nil
}

func intFromBytes(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	var a [3]*Object
	if err := t.ParseArgs("from_bytes", args[1:], kw, []string{"bytes", "byteorder", "$signed"}, 1, a[:]); err != nil {
		return nil, err
	}
	data, err := t.BytesOf(a[0])
	if err != nil {
		return nil, err
	}
	order := "big"
	if a[1] != nil {
		s, ok := AsStr(a[1])
		if !ok || (s != "big" && s != "little") {
			return nil, t.ValueError("byteorder must be either 'little' or 'big'")
		}
		order = s
	}
	signed := false
	if a[2] != nil {
		if signed, err = t.Truth(a[2]); err != nil {
			return nil, err
		}
	}
	b := append([]byte(nil), data...)
	if order == "little" {
		for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
			b[i], b[j] = b[j], b[i]
		}
	}
	v := new(big.Int).SetBytes(b)
	if signed && len(b) > 0 && b[0]&0x80 != 0 {
		v.Sub(v, new(big.Int).Lsh(big.NewInt(1), uint(8*len(b))))
	}
	r := t.NewBigInt(v)
	cls := As[Type](args[0])
	if cls == IntType {
		return r, nil
	}
	defer t.Decref(r)
	return t.Call1(&cls.Object, r)
}

func intAsIntegerRatio(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	n, err := intPos(t, args[0])
	if err != nil {
		return nil, err
	}
	return t.NewTupleSteal([]*Object{n, SmallInt(1)}).Obj(), nil
}

// roundInt is round(x, n) for an int: x itself for n >= 0, else rounded
// half to even at 10**-n.
func (t *Thread) roundInt(x *Object, nd *Object) (*Object, error) {
	n, err := t.IndexInt(nd)
	if err != nil {
		return nil, err
	}
	if n >= 0 {
		return intPos(t, x)
	}
	if n < -4300 {
		return SmallInt(0), nil
	}
	pow := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-n)), nil)
	q, r := intDivmodBig(bigOf(x), pow)
	r2 := new(big.Int).Lsh(r, 1)
	c := r2.Cmp(pow)
	if c > 0 || c == 0 && q.Bit(0) == 1 {
		q.Add(q, big.NewInt(1))
	}
	return t.NewBigInt(q.Mul(q, pow)), nil
}

func intRound(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("__round__", args[1:], kw, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 1 || args[1] == None {
		return intPos(t, args[0])
	}
	return t.roundInt(args[0], args[1])
}

func intSelf(t *Thread, args []*Object, kw *Tuple) (*Object, error) { return intPos(t, args[0]) }

func intGetSelf(t *Thread, o *Object) (*Object, error) { return intPos(t, o) }

func initIntTypes() {
	it := IntType
	it.New = intNew
	it.Repr = intRepr
	it.Hash = intHashSlot
	it.RichCmp = intRichCmp
	it.Bool = intBool
	it.Num[OpAdd] = intAdd
	it.Num[OpSub] = intSub
	it.Num[OpMul] = intMul
	it.Num[OpFloorDiv] = intFloorDiv
	it.Num[OpMod] = intMod
	it.Num[OpTrueDiv] = intTrueDiv
	it.Num[OpPow] = intPow
	it.Num[OpLShift] = intLShift
	it.Num[OpRShift] = intRShift
	it.Num[OpAnd] = intBitOp(OpAnd)
	it.Num[OpOr] = intBitOp(OpOr)
	it.Num[OpXor] = intBitOp(OpXor)
	it.DivMod = intDivmodSlot
	it.Pow3 = intPow3
	it.Neg = intNeg
	it.Pos = intPos
	it.Abs = intAbs
	it.Invert = intInvert
	it.Index = intIndex
	it.Int = intPos
	it.Float = intToFloat
	it.Dealloc = intDealloc
	it.addMethods(
		MethodDef{"bit_length", intBitLength, "Number of bits necessary to represent self in binary."},
		MethodDef{"bit_count", intBitCount, "Number of ones in the binary representation of the absolute value of self."},
		MethodDef{"to_bytes", intToBytes, "Return an array of bytes representing an integer."},
		MethodDef{"as_integer_ratio", intAsIntegerRatio, "Return integer ratio."},
		MethodDef{"conjugate", intSelf, "Returns self, the complex conjugate of any int."},
		MethodDef{"is_integer", func(t *Thread, args []*Object, kw *Tuple) (*Object, error) { return True, nil }, "Returns True."},
		MethodDef{"__round__", intRound, "Rounding an Integral returns itself."},
		MethodDef{"__trunc__", intSelf, "Truncating an Integral returns itself."},
		MethodDef{"__floor__", intSelf, "Flooring an Integral returns itself."},
		MethodDef{"__ceil__", intSelf, "Ceiling of an Integral returns itself."},
		MethodDef{"__format__", intFormatM, ""},
		MethodDef{"__getnewargs__", func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
			v, _ := intPos(t, args[0])
			return t.NewTupleSteal([]*Object{v}).Obj(), nil
		}, ""},
		MethodDef{"__sizeof__", func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
			x := As[Int](args[0])
			n := 28
			if x.b != nil {
				n = 24 + 4*((x.b.BitLen()+29)/30)
			} else if x.v == 0 {
				n = 24
			}
			return t.NewInt(int64(n)), nil
		}, ""},
	)
	it.addClassMethods(MethodDef{"from_bytes", intFromBytes, "Return the integer represented by the given array of bytes."})
	it.addGetSets(
		GetSetDef{Name: "real", Get: intGetSelf},
		GetSetDef{Name: "imag", Get: func(t *Thread, o *Object) (*Object, error) { return SmallInt(0), nil }},
		GetSetDef{Name: "numerator", Get: intGetSelf},
		GetSetDef{Name: "denominator", Get: func(t *Thread, o *Object) (*Object, error) { return SmallInt(1), nil }},
	)
	readyBuiltin(it, ObjectType, FlagBaseType|FlagIntSubclass, layoutOf[Int](), 0)

	bt := BoolType
	bt.New = boolNew
	bt.Repr = boolRepr
	bt.Num[OpAnd] = boolBitOp(OpAnd)
	bt.Num[OpOr] = boolBitOp(OpOr)
	bt.Num[OpXor] = boolBitOp(OpXor)
	readyBuiltin(bt, IntType, 0, Layout{}, 0)
	bt.Dealloc = deallocPlain

	for _, typ := range []*Type{NoneType, NotImplementedType, EllipsisType} {
		typ.Hash = objectHash
		typ.Dealloc = deallocPlain
	}
	NoneType.Repr, NoneType.Bool, NoneType.New = noneRepr, noneBool, noneNew
	NotImplementedType.Repr, NotImplementedType.New = notImplementedRepr, notImplementedNew
	NotImplementedType.Bool = func(t *Thread, o *Object) (bool, error) { return true, nil }
	EllipsisType.Repr, EllipsisType.New = ellipsisRepr, ellipsisNew
	readyBuiltin(NoneType, ObjectType, 0, Layout{}, 0)
	readyBuiltin(NotImplementedType, ObjectType, 0, Layout{}, 0)
	readyBuiltin(EllipsisType, ObjectType, 0, Layout{}, 0)

}
