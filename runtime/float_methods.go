package runtime

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"
)

// The float type: construction, parsing and methods.

// ParseFloat parses the text of float(s): surrounding whitespace,
// underscores between digits, inf, infinity and nan in any case.
func ParseFloat(s string) (float64, bool) {
	s = strings.TrimFunc(s, unicode.IsSpace)
	body := strings.TrimLeft(s, "+-")
	if len(s)-len(body) > 1 {
		return 0, false
	}
	switch strings.ToLower(body) {
	case "inf", "infinity":
		if strings.HasPrefix(s, "-") {
			return math.Inf(-1), true
		}
		return math.Inf(1), true
	case "nan":
		return NaN(strings.HasPrefix(s, "-")), true
	}
	if body == "" || strings.ContainsAny(body, "xXpP") || strings.HasPrefix(body, "_") || strings.HasSuffix(body, "_") || strings.Contains(body, "__") {
		return 0, false
	}
	for i := 0; i < len(body); i++ {
		c := body[i]
		if c == '_' {
			if !isDigit(body[i-1]) || !isDigit(body[i+1]) {
				return 0, false
			}
			continue
		}
		if !isDigit(c) && c != '.' && c != 'e' && c != 'E' && c != '+' && c != '-' {
			return 0, false
		}
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(s, "_", ""), 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return f, true
		}
		return 0, false
	}
	return f, true
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// ToFloat is float(x).
func (t *Thread) ToFloat(x *Object) (*Object, error) {
	typ := TypeOf(x)
	switch {
	case typ == FloatType:
		return t.NewRef(x), nil
	case typ.Float != nil:
		r, err := typ.Float(t, x)
		if err != nil || TypeOf(r) == FloatType {
			return r, err
		}
		defer t.Decref(r)
		return t.NewFloat(FloatValue(r)), nil
	case typ.Index != nil:
		i, err := typ.Index(t, x)
		if err != nil {
			return nil, err
		}
		defer t.Decref(i)
		return intToFloat(t, i)
	case IsStr(x) || IsBuffer(x):
		var s string
		if IsStr(x) {
			s = As[Str](x).s
		} else {
			b, err := t.BytesOf(x)
			if err != nil {
				return nil, err
			}
			s = string(b)
		}
		f, ok := ParseFloat(s)
		if !ok {
			r, err := t.ReprString(x)
			if err != nil {
				return nil, err
			}
			return nil, t.ValueError("could not convert string to float: %s", r)
		}
		return t.NewFloat(f), nil
	}
	return nil, t.TypeError("float() argument must be a string or a real number, not '%s'", typ.Name)
}

// FloatOf returns o as a Go float64 (float, int or __float__).
func (t *Thread) FloatOf(o *Object) (float64, error) {
	switch {
	case IsFloat(o):
		return FloatValue(o), nil
	case IsInt(o):
		return t.intFloat(o)
	}
	if TypeOf(o).Float == nil && TypeOf(o).Index == nil {
		return 0, t.TypeError("must be real number, not %s", TypeOf(o).Name)
	}
	f, err := t.ToFloat(o)
	if err != nil {
		return 0, err
	}
	defer t.Decref(f)
	return FloatValue(f), nil
}

func floatNew(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := t.CheckArgs("float", args, kwnames, 0, 1); err != nil {
		return nil, err
	}
	var r *Object
	if len(args) == 0 {
		r = t.NewFloat(0)
	} else {
		var err error
		if r, err = t.ToFloat(args[0]); err != nil {
			return nil, err
		}
	}
	if typ == FloatType {
		return r, nil
	}
	defer t.Decref(r)
	o := t.allocInstance(typ)
	As[Float](o).v = FloatValue(r)
	return o, nil
}

// RoundFloat is round(x, n) for a float, correctly rounded (half to even
// on the exact binary value), as CPython's.
func RoundFloat(x float64, n int) float64 {
	if math.IsInf(x, 0) || math.IsNaN(x) || x == 0 {
		return x
	}
	if n > 308+17 {
		return x
	}
	if n >= 0 {
		r, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', n, 64), 64)
		return r
	}
	// Negative n: round to the significant digits left of 10**-n.
	e := strconv.FormatFloat(math.Abs(x), 'e', -1, 64)
	exp, _ := strconv.Atoi(e[strings.IndexByte(e, 'e')+1:])
	sig := exp + 1 + n
	if sig < 0 {
		return math.Copysign(0, x)
	}
	if sig == 0 {
		unit := math.Pow(10, float64(-n))
		bx := new(big.Float).SetFloat64(math.Abs(x))
		half := new(big.Float).SetFloat64(unit / 2)
		if bx.Cmp(half) > 0 {
			return math.Copysign(unit, x)
		}
		return math.Copysign(0, x)
	}
	r, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'e', sig-1, 64), 64)
	return r
}

func floatRound(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("__round__", args[1:], kw, 0, 1); err != nil {
		return nil, err
	}
	x := FloatValue(args[0])
	if len(args) == 1 || args[1] == None {
		r := math.RoundToEven(x)
		return t.IntFromFloat(r)
	}
	iv, err := t.Index(args[1])
	if err != nil {
		return nil, err
	}
	// ndigits beyond a machine word is clamped, as CPython's
	// PyNumber_AsSsize_t(o, NULL): round(1.5, 2**70) is 1.5.
	n, ok := Int64Of(iv)
	if !ok {
		n = math.MaxInt32
		if bigOf(iv).Sign() < 0 {
			n = math.MinInt32
		}
	}
	t.Decref(iv)
	return t.NewFloat(RoundFloat(x, int(max(min(n, math.MaxInt32), math.MinInt32)))), nil
}

func floatIsInteger(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	x := FloatValue(args[0])
	return NewBool(!math.IsInf(x, 0) && x == math.Trunc(x)), nil
}

func floatAsIntegerRatio(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	x := FloatValue(args[0])
	switch {
	case math.IsInf(x, 0):
		return nil, t.OverflowError("cannot convert Infinity to integer ratio")
	case math.IsNaN(x):
		return nil, t.ValueError("cannot convert NaN to integer ratio")
	}
	r, _ := new(big.Rat).SetString(strconv.FormatFloat(x, 'g', -1, 64))
	r.SetFloat64(x)
	return t.NewTupleSteal([]*Object{t.NewBigInt(new(big.Int).Set(r.Num())), t.NewBigInt(new(big.Int).Set(r.Denom()))}).Obj(), nil
}

func floatHex(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	x := FloatValue(args[0])
	switch {
	case math.IsInf(x, 1):
		return t.NewStr("inf"), nil
	case math.IsInf(x, -1):
		return t.NewStr("-inf"), nil
	case math.IsNaN(x):
		return t.NewStr("nan"), nil
	case x == 0:
		if math.Signbit(x) {
			return t.NewStr("-0x0.0p+0"), nil
		}
		return t.NewStr("0x0.0p+0"), nil
	}
	s := strconv.FormatFloat(x, 'x', -1, 64)
	// Go writes 0x1.8p+01; Python writes 0x1.8000000000000p+1.
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	mant, exp := s[:strings.IndexByte(s, 'p')], s[strings.IndexByte(s, 'p')+1:]
	frac := ""
	if i := strings.IndexByte(mant, '.'); i >= 0 {
		frac = mant[i+1:]
		mant = mant[:i]
	}
	frac += strings.Repeat("0", 13-len(frac))
	e, _ := strconv.Atoi(exp)
	sign := ""
	if neg {
		sign = "-"
	}
	es := strconv.Itoa(e)
	if e >= 0 {
		es = "+" + es
	}
	return t.NewStr(sign + mant + "." + frac + "p" + es), nil
}

func floatFromHex(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("fromhex", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	s, ok := AsStr(args[1])
	if !ok {
		return nil, t.TypeError("fromhex() argument must be str, not %s", TypeOf(args[1]).Name)
	}
	s = strings.TrimSpace(s)
	low := strings.ToLower(s)
	body := strings.TrimLeft(low, "+-")
	if f, ok := ParseFloat(s); ok && (strings.HasPrefix(body, "inf") || body == "nan") {
		return t.NewFloat(f), nil
	}
	if !strings.Contains(low, "0x") {
		if strings.HasPrefix(low, "-") {
			low = "-0x" + low[1:]
		} else {
			low = "0x" + strings.TrimPrefix(low, "+")
		}
	}
	if !strings.Contains(low, "p") {
		low += "p0"
	}
	f, err := strconv.ParseFloat(low, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return nil, t.OverflowError("hexadecimal value too large to represent as a float")
		}
		return nil, t.ValueError("invalid hexadecimal floating-point string")
	}
	r := t.NewFloat(f)
	cls := As[Type](args[0])
	if cls == FloatType {
		return r, nil
	}
	defer t.Decref(r)
	return t.Call1(&cls.Object, r)
}

func floatTrunc(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	return t.IntFromFloat(FloatValue(args[0]))
}

func floatFloor(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	return t.IntFromFloat(math.Floor(FloatValue(args[0])))
}

func floatCeil(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	return t.IntFromFloat(math.Ceil(FloatValue(args[0])))
}

func initFloatType() {
	ft := FloatType
	ft.New = floatNew
	ft.Repr = floatRepr
	ft.Hash = floatHash
	ft.RichCmp = floatRichCmp
	ft.Bool = floatBool
	for _, op := range []BinaryOp{OpAdd, OpSub, OpMul, OpTrueDiv, OpFloorDiv, OpMod, OpPow} {
		ft.Num[op] = floatArith(op)
	}
	ft.DivMod = floatDivmodSlot
	ft.Pow3 = func(t *Thread, a, b, c *Object) (*Object, error) {
		return nil, t.TypeError("pow() 3rd argument not allowed unless all arguments are integers")
	}
	ft.Neg = floatNeg
	ft.Pos = floatPos
	ft.Abs = floatAbs
	ft.Int = floatToInt
	ft.Float = floatToFloat
	ft.Dealloc = floatDealloc
	ft.addMethods(
		MethodDef{"is_integer", floatIsInteger, "Return True if the float is an integer."},
		MethodDef{"as_integer_ratio", floatAsIntegerRatio, "Return integer ratio."},
		MethodDef{"hex", floatHex, "Return a hexadecimal representation of a floating-point number."},
		MethodDef{"conjugate", func(t *Thread, args []*Object, kw *Tuple) (*Object, error) { return floatPos(t, args[0]) }, "Return self, the complex conjugate of any float."},
		MethodDef{"__round__", floatRound, "Return the Integral closest to x, rounding half toward even."},
		MethodDef{"__trunc__", floatTrunc, "Return the Integral closest to x between 0 and x."},
		MethodDef{"__floor__", floatFloor, "Return the floor as an Integral."},
		MethodDef{"__ceil__", floatCeil, "Return the ceiling as an Integral."},
		MethodDef{"__format__", floatFormatM, "Formats the float according to format_spec."},
		MethodDef{"__getnewargs__", func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
			return t.NewTupleSteal([]*Object{t.NewFloat(FloatValue(args[0]))}).Obj(), nil
		}, ""},
	)
	ft.addClassMethods(MethodDef{"fromhex", floatFromHex, "Create a floating-point number from a hexadecimal string."})
	addFloatMore(ft)
	ft.addGetSets(
		GetSetDef{Name: "real", Get: func(t *Thread, o *Object) (*Object, error) { return floatPos(t, o) }},
		GetSetDef{Name: "imag", Get: func(t *Thread, o *Object) (*Object, error) { return t.NewFloat(0), nil }},
	)
	readyBuiltin(ft, ObjectType, FlagBaseType|FlagFloatSubclass, layoutOf[Float](), 0)
}
