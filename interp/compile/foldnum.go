package compile

import (
	"math"
	"math/big"
	"strings"

	"gilfree/interp/syntax"
)

// This file computes folded values. Each function returns ok=false when
// the operation would raise, would build a value over CPython's folding
// limits, or could give a result that differs from CPython's in any bit.
//
// Integer arithmetic is exact. Float +, -, *, / are IEEE operations, the
// same in Go as in C. Floor division and modulo on floats follow
// CPython's algorithm step by step (fmod, then a sign fix, then floor).
// A float power is folded only when its exact value is representable,
// because any correctly working pow (C's or Go's) must then return it;
// other powers are left to run time. Complex *, / are written out with
// CPython's formulas, with explicit float64 conversions so that the Go
// compiler cannot fuse a multiply and an add; complex powers are never
// folded.

// CPython's limits on folded values (Python/ast_opt.c).
const (
	maxIntBits       = 128  // bits of an int built by *, ** or <<
	maxCollectionLen = 256  // items of a tuple built by *
	maxStrLen        = 4096 // characters of a str or bytes built by *
	maxTotalItems    = 1024 // items of a tuple built by *, nested ones included
)

type numKind uint8

const (
	notNumber numKind = iota
	intNumber
	floatNumber
	complexNumber
)

func kindOf(v syntax.Value) numKind {
	switch v.(type) {
	case *big.Int, bool:
		return intNumber
	case float64:
		return floatNumber
	case complex128:
		return complexNumber
	}
	return notNumber
}

// toInt returns an int or bool constant as a big.Int.
func toInt(v syntax.Value) *big.Int {
	switch v := v.(type) {
	case *big.Int:
		return v
	case bool:
		if v {
			return big.NewInt(1)
		}
		return big.NewInt(0)
	}
	return nil
}

// intToFloat converts as Python's float(int) does: correctly rounded,
// failing where Python raises OverflowError.
func intToFloat(x *big.Int) (float64, bool) {
	if x.IsInt64() {
		i := x.Int64()
		if i > -1<<53 && i < 1<<53 {
			return float64(i), true
		}
	}
	f, _ := new(big.Float).SetInt(x).Float64()
	if math.IsInf(f, 0) {
		return 0, false
	}
	return f, true
}

func toFloat(v syntax.Value) (float64, bool) {
	switch v := v.(type) {
	case float64:
		return v, true
	case *big.Int, bool:
		return intToFloat(toInt(v))
	}
	return 0, false
}

func toComplex(v syntax.Value) (complex128, bool) {
	if c, ok := v.(complex128); ok {
		return c, true
	}
	f, ok := toFloat(v)
	return complex(f, 0), ok
}

// truth returns the truth value of a constant.
func truth(v syntax.Value) bool {
	switch v := v.(type) {
	case syntax.NoneType:
		return false
	case bool:
		return v
	case *big.Int:
		return v.Sign() != 0
	case float64:
		return v != 0
	case complex128:
		return v != 0
	case string:
		return v != ""
	case syntax.Bytes:
		return v != ""
	case Tuple:
		return len(v) != 0
	case FrozenSet:
		return len(v) != 0
	}
	return true
}

func foldUnary(op syntax.UnaryOp, v syntax.Value) (syntax.Value, bool) {
	if op == syntax.Not {
		return !truth(v), true
	}
	switch x := v.(type) {
	case *big.Int, bool:
		i := toInt(x)
		switch op {
		case syntax.USub:
			return new(big.Int).Neg(i), true
		case syntax.UAdd:
			return i, true
		case syntax.Invert:
			return new(big.Int).Not(i), true
		}
	case float64:
		switch op {
		case syntax.USub:
			return -x, true
		case syntax.UAdd:
			return x, true
		}
	case complex128:
		switch op {
		case syntax.USub:
			return complex(-real(x), -imag(x)), true
		case syntax.UAdd:
			return x, true
		}
	}
	return nil, false
}

func foldBinary(op syntax.Operator, l, r syntax.Value) (syntax.Value, bool) {
	switch op {
	case syntax.Add:
		switch a := l.(type) {
		case string:
			if b, ok := r.(string); ok {
				return a + b, true
			}
			return nil, false
		case syntax.Bytes:
			if b, ok := r.(syntax.Bytes); ok {
				return a + b, true
			}
			return nil, false
		case Tuple:
			if b, ok := r.(Tuple); ok {
				t := make(Tuple, 0, len(a)+len(b))
				return append(append(t, a...), b...), true
			}
			return nil, false
		}
	case syntax.Mult:
		if kindOf(l) == intNumber && isSequence(r) {
			return repeat(r, toInt(l))
		}
		if kindOf(r) == intNumber && isSequence(l) {
			return repeat(l, toInt(r))
		}
	case syntax.MatMult:
		return nil, false
	}
	lk, rk := kindOf(l), kindOf(r)
	if lk == notNumber || rk == notNumber {
		return nil, false
	}
	switch max(lk, rk) {
	case intNumber:
		_, lb := l.(bool)
		_, rb := r.(bool)
		return intBinary(op, toInt(l), toInt(r), lb && rb)
	case floatNumber:
		x, ok1 := toFloat(l)
		y, ok2 := toFloat(r)
		if !ok1 || !ok2 {
			return nil, false
		}
		return floatBinary(op, x, y)
	default:
		x, ok1 := toComplex(l)
		y, ok2 := toComplex(r)
		if !ok1 || !ok2 {
			return nil, false
		}
		return complexBinary(op, x, y)
	}
}

func intBinary(op syntax.Operator, a, b *big.Int, bothBool bool) (syntax.Value, bool) {
	z := new(big.Int)
	switch op {
	case syntax.Add:
		return z.Add(a, b), true
	case syntax.Sub:
		return z.Sub(a, b), true
	case syntax.Mult:
		if a.Sign() != 0 && b.Sign() != 0 && a.BitLen()+b.BitLen() > maxIntBits {
			return nil, false
		}
		return z.Mul(a, b), true
	case syntax.Div:
		return intTrueDiv(a, b)
	case syntax.FloorDiv, syntax.Mod:
		if b.Sign() == 0 {
			return nil, false
		}
		q, m := new(big.Int).QuoRem(a, b, new(big.Int))
		if m.Sign() != 0 && m.Sign() != b.Sign() {
			q.Sub(q, big.NewInt(1))
			m.Add(m, b)
		}
		if op == syntax.FloorDiv {
			return q, true
		}
		return m, true
	case syntax.Pow:
		if b.Sign() < 0 {
			x, ok1 := intToFloat(a)
			y, ok2 := intToFloat(b)
			if !ok1 || !ok2 {
				return nil, false
			}
			return floatPow(x, y)
		}
		if a.Sign() == 0 || b.Sign() == 0 {
			if b.Sign() == 0 {
				return big.NewInt(1), true
			}
			return big.NewInt(0), true
		}
		if !b.IsUint64() || uint64(a.BitLen()) > maxIntBits/b.Uint64() {
			return nil, false
		}
		return z.Exp(a, b, nil), true
	case syntax.LShift:
		if b.Sign() < 0 {
			return nil, false
		}
		if a.Sign() == 0 {
			return z, true
		}
		if b.Sign() == 0 {
			return a, true
		}
		if !b.IsUint64() || b.Uint64() > maxIntBits || uint64(a.BitLen()) > maxIntBits-b.Uint64() {
			return nil, false
		}
		return z.Lsh(a, uint(b.Uint64())), true
	case syntax.RShift:
		if b.Sign() < 0 {
			return nil, false
		}
		if !b.IsUint64() || b.Uint64() > uint64(a.BitLen()) {
			if a.Sign() < 0 {
				return big.NewInt(-1), true
			}
			return z, true
		}
		return z.Rsh(a, uint(b.Uint64())), true
	case syntax.BitAnd:
		if bothBool {
			return a.Sign() != 0 && b.Sign() != 0, true
		}
		return z.And(a, b), true
	case syntax.BitOr:
		if bothBool {
			return a.Sign() != 0 || b.Sign() != 0, true
		}
		return z.Or(a, b), true
	case syntax.BitXor:
		if bothBool {
			return (a.Sign() != 0) != (b.Sign() != 0), true
		}
		return z.Xor(a, b), true
	}
	return nil, false
}

// intTrueDiv is int / int: the correctly rounded quotient, with the sign
// of a zero result taken from the operands' signs as CPython does.
func intTrueDiv(a, b *big.Int) (syntax.Value, bool) {
	if b.Sign() == 0 {
		return nil, false
	}
	neg := (a.Sign() < 0) != (b.Sign() < 0)
	q := new(big.Rat).SetFrac(new(big.Int).Abs(a), new(big.Int).Abs(b))
	f, _ := q.Float64()
	if math.IsInf(f, 0) {
		return nil, false
	}
	if neg {
		f = -f
	}
	return f, true
}

func floatBinary(op syntax.Operator, x, y float64) (syntax.Value, bool) {
	switch op {
	case syntax.Add:
		return x + y, true
	case syntax.Sub:
		return x - y, true
	case syntax.Mult:
		return x * y, true
	case syntax.Div:
		if y == 0 {
			return nil, false
		}
		return x / y, true
	case syntax.FloorDiv, syntax.Mod:
		if y == 0 || math.IsInf(x, 0) || math.IsInf(y, 0) || x != x || y != y {
			return nil, false
		}
		div, mod := floatDivMod(x, y)
		if op == syntax.FloorDiv {
			return div, true
		}
		return mod, true
	case syntax.Pow:
		return floatPow(x, y)
	}
	return nil, false
}

// floatDivMod returns x // y and x % y for finite x and nonzero finite y,
// by CPython's steps: the remainder from fmod takes the divisor's sign,
// and the quotient is snapped to the nearest integral value.
func floatDivMod(x, y float64) (float64, float64) {
	mod := math.Mod(x, y)
	div := float64(x-mod) / y
	if mod != 0 {
		if (y < 0) != (mod < 0) {
			mod += y
			div -= 1
		}
	} else {
		mod = math.Copysign(0, y)
	}
	var floordiv float64
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv++
		}
	} else {
		floordiv = math.Copysign(0, x/y)
	}
	return floordiv, mod
}

// floatPow folds x ** y only where the result is certain: y zero, x
// zero with y positive, and integral exponents whose exact result is a
// float (so the rounding of pow cannot matter).
func floatPow(x, y float64) (syntax.Value, bool) {
	if y == 0 {
		return 1.0, true
	}
	if math.IsInf(x, 0) || math.IsInf(y, 0) || x != x || y != y {
		return nil, false
	}
	isInt := y == math.Trunc(y)
	if x == 0 {
		if y < 0 {
			return nil, false
		}
		if isInt && math.Mod(y, 2) != 0 {
			return x, true
		}
		return 0.0, true
	}
	if !isInt || math.Abs(y) > 1<<20 {
		return nil, false
	}
	n := int(y)
	if frac, exp := math.Frexp(math.Abs(x)); frac == 0.5 {
		// x is ±2**k: the result is ±2**(k*n), exact when in range.
		e := (exp - 1) * n
		if e < -1074 || e > 1023 {
			return nil, false
		}
		r := math.Ldexp(1, e)
		if x < 0 && n%2 != 0 {
			r = -r
		}
		return r, true
	}
	if n < 0 || n > 64 {
		// A negative power of anything else never has an exact float
		// value, and high powers overflow 53 bits.
		return nil, false
	}
	const prec = 53*64 + 64
	base := new(big.Float).SetPrec(prec).SetFloat64(x)
	p := new(big.Float).SetPrec(prec).SetInt64(1)
	for i := 0; i < n; i++ {
		p.Mul(p, base)
	}
	f, acc := p.Float64()
	if acc != big.Exact || math.IsInf(f, 0) || f == 0 {
		return nil, false
	}
	return f, true
}

func complexBinary(op syntax.Operator, a, b complex128) (syntax.Value, bool) {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	switch op {
	case syntax.Add:
		return complex(ar+br, ai+bi), true
	case syntax.Sub:
		return complex(ar-br, ai-bi), true
	case syntax.Mult:
		re := float64(ar*br) - float64(ai*bi)
		im := float64(ar*bi) + float64(ai*br)
		return complex(re, im), true
	case syntax.Div:
		for _, f := range [...]float64{ar, ai, br, bi} {
			if math.IsInf(f, 0) || f != f {
				return nil, false
			}
		}
		if br == 0 && bi == 0 {
			return nil, false
		}
		// Smith's method, as CPython's _Py_c_quot: divide through by
		// the larger component of the divisor.
		if math.Abs(br) >= math.Abs(bi) {
			ratio := bi / br
			denom := br + float64(bi*ratio)
			return complex((ar+float64(ai*ratio))/denom, (ai-float64(ar*ratio))/denom), true
		}
		ratio := br / bi
		denom := float64(br*ratio) + bi
		return complex((float64(ar*ratio)+ai)/denom, (float64(ai*ratio)-ar)/denom), true
	}
	return nil, false
}

func isSequence(v syntax.Value) bool {
	switch v.(type) {
	case string, syntax.Bytes, Tuple:
		return true
	}
	return false
}

// repeat folds sequence * int within CPython's size limits.
func repeat(seq syntax.Value, n *big.Int) (syntax.Value, bool) {
	var size int
	switch s := seq.(type) {
	case string:
		size = strLen(s)
	case syntax.Bytes:
		size = len(s)
	case Tuple:
		size = len(s)
	default:
		return nil, false
	}
	if !n.IsInt64() {
		return nil, false
	}
	count := n.Int64()
	if size != 0 {
		limit := maxStrLen
		if _, ok := seq.(Tuple); ok {
			limit = maxCollectionLen
		}
		if count < 0 || count > int64(limit/size) {
			return nil, false
		}
		if t, ok := seq.(Tuple); ok && count != 0 && complexity(t, maxTotalItems/int(count)) < 0 {
			return nil, false
		}
	} else if count < 0 {
		count = 0
	}
	switch s := seq.(type) {
	case string:
		return strings.Repeat(s, int(count)), true
	case syntax.Bytes:
		return syntax.Bytes(strings.Repeat(string(s), int(count))), true
	case Tuple:
		t := make(Tuple, 0, len(s)*int(count))
		for i := int64(0); i < count; i++ {
			t = append(t, s...)
		}
		return t, true
	}
	return nil, false
}

// complexity subtracts the number of items of v, nested tuples and
// frozensets included, from limit.
func complexity(v syntax.Value, limit int) int {
	var items []syntax.Value
	switch v := v.(type) {
	case Tuple:
		items = v
	case FrozenSet:
		items = v
	default:
		return limit
	}
	limit -= len(items)
	for i := 0; limit >= 0 && i < len(items); i++ {
		limit = complexity(items[i], limit)
	}
	return limit
}

// strLen returns the length of a Python str held as WTF-8: the number of
// bytes that start a code point.
func strLen(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// foldSubscript folds str, bytes and tuple constants indexed by an int.
func foldSubscript(c, index syntax.Value) (syntax.Value, bool) {
	if kindOf(index) != intNumber {
		return nil, false
	}
	bi := toInt(index)
	if !bi.IsInt64() {
		return nil, false
	}
	i := bi.Int64()
	switch c := c.(type) {
	case string:
		n := int64(strLen(c))
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return nil, false
		}
		k := int64(0)
		for start := 0; start < len(c); {
			end := start + 1
			for end < len(c) && c[end]&0xC0 == 0x80 {
				end++
			}
			if k == i {
				return c[start:end], true
			}
			k++
			start = end
		}
	case syntax.Bytes:
		n := int64(len(c))
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return nil, false
		}
		return big.NewInt(int64(c[i])), true
	case Tuple:
		n := int64(len(c))
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return nil, false
		}
		return c[i], true
	}
	return nil, false
}
