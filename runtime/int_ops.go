package runtime

import (
	"math"
	"math/big"
	"math/bits"
)

// The arithmetic of int: an int64 fast path with overflow checks, and
// math/big beyond it. Division and modulo floor, as Python's do.

// bothInts returns the operands of an int operation, or ok false when
// either is not an int (the slot then returns NotImplemented).
func bothInts(a, b *Object) (x, y *Int, ok bool) {
	if !IsInt(a) || !IsInt(b) {
		return nil, nil, false
	}
	return As[Int](a), As[Int](b), true
}

// AddInt64 adds with an overflow report.
func AddInt64(a, b int64) (int64, bool) {
	s := a + b
	return s, (s^a)&(s^b) >= 0
}

// SubInt64 subtracts with an overflow report.
func SubInt64(a, b int64) (int64, bool) {
	s := a - b
	return s, (a^b)&(a^s) >= 0
}

// MulInt64 multiplies with an overflow report.
func MulInt64(a, b int64) (int64, bool) {
	if a > -1<<31 && a < 1<<31 && b > -1<<31 && b < 1<<31 {
		return a * b, true
	}
	neg := (a < 0) != (b < 0)
	ua, ub := absU(a), absU(b)
	hi, lo := bits.Mul64(ua, ub)
	if hi != 0 {
		return 0, false
	}
	if neg {
		if lo > 1<<63 {
			return 0, false
		}
		return -int64(lo), true
	}
	if lo > math.MaxInt64 {
		return 0, false
	}
	return int64(lo), true
}

func absU(a int64) uint64 {
	if a < 0 {
		return uint64(-a)
	}
	return uint64(a)
}

// FloorDivMod64 is Python's divmod for int64 (b != 0, and not MinInt64 / -1).
func FloorDivMod64(a, b int64) (q, r int64) {
	q, r = a/b, a%b
	if r != 0 && (r < 0) != (b < 0) {
		q--
		r += b
	}
	return q, r
}

func intAdd(t *Thread, a, b *Object) (*Object, error) {
	x, y, ok := bothInts(a, b)
	if !ok {
		return NotImplemented, nil
	}
	if x.b == nil && y.b == nil {
		if s, ok := AddInt64(x.v, y.v); ok {
			return t.NewInt(s), nil
		}
	}
	return t.bigBinary(a, b, (*big.Int).Add), nil
}

func intSub(t *Thread, a, b *Object) (*Object, error) {
	x, y, ok := bothInts(a, b)
	if !ok {
		return NotImplemented, nil
	}
	if x.b == nil && y.b == nil {
		if s, ok := SubInt64(x.v, y.v); ok {
			return t.NewInt(s), nil
		}
	}
	return t.bigBinary(a, b, (*big.Int).Sub), nil
}

func intMul(t *Thread, a, b *Object) (*Object, error) {
	x, y, ok := bothInts(a, b)
	if !ok {
		return NotImplemented, nil
	}
	if x.b == nil && y.b == nil {
		if p, ok := MulInt64(x.v, y.v); ok {
			return t.NewInt(p), nil
		}
	}
	return t.bigBinary(a, b, (*big.Int).Mul), nil
}

// bigFloorDivmod sets q and r to Python's floor quotient and modulo of x
// and y (y nonzero): the remainder takes y's sign.
func bigFloorDivmod(q, r, x, y *big.Int) {
	q.QuoRem(x, y, r)
	if r.Sign() != 0 && (r.Sign() < 0) != (y.Sign() < 0) {
		q.Sub(q, bigOne)
		r.Add(r, y)
	}
}

// bigOne is 1, read only.
var bigOne = big.NewInt(1)

// intDivmodBig is floor division and modulo on big values.
func intDivmodBig(a, b *big.Int) (q, r *big.Int) {
	q, r = new(big.Int).QuoRem(a, b, new(big.Int))
	if r.Sign() != 0 && (r.Sign() < 0) != (b.Sign() < 0) {
		q.Sub(q, big.NewInt(1))
		r.Add(r, b)
	}
	return q, r
}

func (t *Thread) intDivmod(a, b *Object, wantQ, wantR bool) (q, r *Object, err error) {
	x, y := As[Int](a), As[Int](b)
	if y.b == nil && y.v == 0 {
		if wantQ && wantR {
			return nil, nil, t.ZeroDivisionError("integer division or modulo by zero")
		}
		if wantQ {
			return nil, nil, t.ZeroDivisionError("integer division or modulo by zero")
		}
		return nil, nil, t.ZeroDivisionError("integer modulo by zero")
	}
	if x.b == nil && y.b == nil && !(x.v == math.MinInt64 && y.v == -1) {
		qv, rv := FloorDivMod64(x.v, y.v)
		if wantQ {
			q = t.NewInt(qv)
		}
		if wantR {
			r = t.NewInt(rv)
		}
		return q, r, nil
	}
	qi, ri := t.bigTarget(), t.bigTarget()
	bigFloorDivmod(qi.b, ri.b, t.bigArg(a, 0), t.bigArg(b, 1))
	if wantQ {
		q = t.finishBig(qi)
	}
	if wantR {
		r = t.finishBig(ri)
	}
	return q, r, nil
}

func intFloorDiv(t *Thread, a, b *Object) (*Object, error) {
	if _, _, ok := bothInts(a, b); !ok {
		return NotImplemented, nil
	}
	q, _, err := t.intDivmod(a, b, true, false)
	return q, err
}

func intMod(t *Thread, a, b *Object) (*Object, error) {
	if _, _, ok := bothInts(a, b); !ok {
		return NotImplemented, nil
	}
	_, r, err := t.intDivmod(a, b, false, true)
	return r, err
}

func intDivmodSlot(t *Thread, a, b *Object) (*Object, error) {
	if _, _, ok := bothInts(a, b); !ok {
		return NotImplemented, nil
	}
	q, r, err := t.intDivmod(a, b, true, true)
	if err != nil {
		return nil, err
	}
	return t.NewTupleSteal([]*Object{q, r}).Obj(), nil
}

// intTrueDiv is int / int: the correctly rounded float quotient.
func intTrueDiv(t *Thread, a, b *Object) (*Object, error) {
	x, y, ok := bothInts(a, b)
	if !ok {
		return NotImplemented, nil
	}
	if y.b == nil && y.v == 0 {
		return nil, t.ZeroDivisionError("division by zero")
	}
	const exact = 1 << 53
	if x.b == nil && y.b == nil && x.v > -exact && x.v < exact && y.v > -exact && y.v < exact {
		return t.NewFloat(float64(x.v) / float64(y.v)), nil
	}
	f, _ := new(big.Rat).SetFrac(bigOf(a), bigOf(b)).Float64()
	if math.IsInf(f, 0) {
		return nil, t.OverflowError("integer division result too large for a float")
	}
	return t.NewFloat(f), nil
}

// maxShift bounds left shifts, as a guard against absurd memory use.
const maxShift = 1 << 36

func intLShift(t *Thread, a, b *Object) (*Object, error) {
	x, y, ok := bothInts(a, b)
	if !ok {
		return NotImplemented, nil
	}
	if intSign(b) < 0 {
		return nil, t.ValueError("negative shift count")
	}
	if y.b != nil || y.v > maxShift {
		if intSign(a) == 0 {
			return SmallInt(0), nil
		}
		return nil, t.OverflowError("too many digits in integer")
	}
	n := uint(y.v)
	if x.b == nil {
		if x.v == 0 {
			return SmallInt(0), nil
		}
		if n < 63 {
			r := x.v << n
			if r>>n == x.v {
				return t.NewInt(r), nil
			}
		}
	}
	i := t.bigTarget()
	i.b.Lsh(t.bigArg(a, 0), n)
	return t.finishBig(i), nil
}

func intRShift(t *Thread, a, b *Object) (*Object, error) {
	x, y, ok := bothInts(a, b)
	if !ok {
		return NotImplemented, nil
	}
	if intSign(b) < 0 {
		return nil, t.ValueError("negative shift count")
	}
	if y.b != nil || y.v >= 1<<32 {
		if intSign(a) < 0 {
			return SmallInt(-1), nil
		}
		return SmallInt(0), nil
	}
	n := uint(y.v)
	if x.b == nil {
		if n > 63 {
			n = 63
		}
		return t.NewInt(x.v >> n), nil
	}
	i := t.bigTarget()
	i.b.Rsh(x.b, n)
	return t.finishBig(i), nil
}

func intBitOp(op BinaryOp) BinaryFunc {
	return func(t *Thread, a, b *Object) (*Object, error) {
		x, y, ok := bothInts(a, b)
		if !ok {
			return NotImplemented, nil
		}
		if x.b == nil && y.b == nil {
			switch op {
			case OpAnd:
				return t.NewInt(x.v & y.v), nil
			case OpOr:
				return t.NewInt(x.v | y.v), nil
			default:
				return t.NewInt(x.v ^ y.v), nil
			}
		}
		// Into a recycled big int, as + - * are (int_big.go): a hash
		// kept to 64 bits by `& 0xFFFFFFFFFFFFFFFF` (FNV-1a) did three
		// allocations per operation.
		switch op {
		case OpAnd:
			return t.bigBinary(a, b, (*big.Int).And), nil
		case OpOr:
			return t.bigBinary(a, b, (*big.Int).Or), nil
		default:
			return t.bigBinary(a, b, (*big.Int).Xor), nil
		}
	}
}

// intPow is a ** b for ints: a float when b is negative.
func intPow(t *Thread, a, b *Object) (*Object, error) {
	x, y, ok := bothInts(a, b)
	if !ok {
		return NotImplemented, nil
	}
	if intSign(b) < 0 {
		fa, err := t.intFloat(a)
		if err != nil {
			return nil, err
		}
		fb, err := t.intFloat(b)
		if err != nil {
			return nil, err
		}
		if fa == 0 {
			return nil, t.ZeroDivisionError("0.0 cannot be raised to a negative power")
		}
		return t.NewFloat(math.Pow(fa, fb)), nil
	}
	if x.b == nil && y.b == nil {
		if r, ok := powInt64(x.v, y.v); ok {
			return t.NewInt(r), nil
		}
	}
	if y.b != nil {
		switch {
		case x.b == nil && (x.v == 0 || x.v == 1):
			return t.NewRef(a), nil
		case x.b == nil && x.v == -1:
			if y.b.Bit(0) == 0 {
				return SmallInt(1), nil
			}
			return SmallInt(-1), nil
		}
		return nil, t.OverflowError("exponent too large")
	}
	return t.NewBigInt(new(big.Int).Exp(bigOf(a), big.NewInt(y.v), nil)), nil
}

// powInt64 raises by repeated squaring, reporting overflow.
func powInt64(base, exp int64) (int64, bool) {
	r := int64(1)
	for exp > 0 {
		if exp&1 != 0 {
			var ok bool
			if r, ok = MulInt64(r, base); !ok {
				return 0, false
			}
		}
		exp >>= 1
		if exp > 0 {
			var ok bool
			if base, ok = MulInt64(base, base); !ok {
				return 0, false
			}
		}
	}
	return r, true
}

// intPow3 is pow(a, b, m) for ints.
func intPow3(t *Thread, a, b, m *Object) (*Object, error) {
	if !IsInt(a) || !IsInt(b) || !IsInt(m) {
		return NotImplemented, nil
	}
	if intSign(m) == 0 {
		return nil, t.ValueError("pow() 3rd argument cannot be 0")
	}
	mod := bigOf(m)
	base := bigOf(a)
	exp := bigOf(b)
	if exp.Sign() < 0 {
		inv := new(big.Int).ModInverse(new(big.Int).Mod(base, new(big.Int).Abs(mod)), new(big.Int).Abs(mod))
		if inv == nil {
			return nil, t.ValueError("base is not invertible for the given modulus")
		}
		base = inv
		exp = new(big.Int).Neg(exp)
	}
	am := new(big.Int).Abs(mod)
	r := new(big.Int).Exp(new(big.Int).Mod(base, am), exp, am)
	if mod.Sign() < 0 && r.Sign() != 0 {
		r.Add(r, mod)
	}
	return t.NewBigInt(r), nil
}

func intNeg(t *Thread, a *Object) (*Object, error) {
	x := As[Int](a)
	if x.b == nil && x.v != math.MinInt64 {
		return t.NewInt(-x.v), nil
	}
	return t.NewBigInt(new(big.Int).Neg(bigOf(a))), nil
}

// intPos returns the int itself as an exact int (bool and subclasses
// become plain ints).
func intPos(t *Thread, a *Object) (*Object, error) {
	if TypeOf(a) == IntType {
		return t.NewRef(a), nil
	}
	x := As[Int](a)
	if x.b == nil {
		return t.NewInt(x.v), nil
	}
	return t.NewBigInt(x.b), nil
}

func intAbs(t *Thread, a *Object) (*Object, error) {
	if intSign(a) < 0 {
		return intNeg(t, a)
	}
	return intPos(t, a)
}

func intInvert(t *Thread, a *Object) (*Object, error) {
	x := As[Int](a)
	if x.b == nil {
		return t.NewInt(^x.v), nil
	}
	return t.NewBigInt(new(big.Int).Not(x.b)), nil
}

func intBool(t *Thread, a *Object) (bool, error) { return intSign(a) != 0, nil }

func intToFloat(t *Thread, a *Object) (*Object, error) {
	f, err := t.intFloat(a)
	if err != nil {
		return nil, err
	}
	return t.NewFloat(f), nil
}

// intCompare compares two ints: -1, 0 or 1.
func intCompare(a, b *Object) int {
	x, y := As[Int](a), As[Int](b)
	if x.b == nil && y.b == nil {
		switch {
		case x.v < y.v:
			return -1
		case x.v > y.v:
			return 1
		}
		return 0
	}
	return bigOf(a).Cmp(bigOf(b))
}

func intRichCmp(t *Thread, a, b *Object, op CompareOp) (*Object, error) {
	if !IsInt(a) || !IsInt(b) {
		return NotImplemented, nil
	}
	return NewBool(cmpResult(intCompare(a, b), op)), nil
}

// cmpResult turns a three-way comparison into the answer of op.
func cmpResult(c int, op CompareOp) bool {
	switch op {
	case CmpLt:
		return c < 0
	case CmpLe:
		return c <= 0
	case CmpEq:
		return c == 0
	case CmpNe:
		return c != 0
	case CmpGt:
		return c > 0
	}
	return c >= 0
}

func intHashSlot(t *Thread, a *Object) (int64, error) { return intHash(a), nil }

func intRepr(t *Thread, a *Object) (*Object, error) {
	if x := As[Int](a); x.b != nil {
		if err := t.checkIntStrDigits(x.b); err != nil {
			return nil, err
		}
	}
	return t.NewStr(intString(a)), nil
}

func intIndex(t *Thread, a *Object) (*Object, error) { return intPos(t, a) }
