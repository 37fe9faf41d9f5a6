package runtime

import (
	"math"
	"math/big"

	"gilfree/locks"
	"gilfree/runtime/pyfmt"
)

// Float is a Python float.
type Float struct {
	Object
	v float64
}

// FloatType is float.
var FloatType = builtinType(&Type{Name: "float", Doc: "Convert a string or number to a floating point number, if possible."})

// NewFloat returns the float v.
func (t *Thread) NewFloat(v float64) *Object {
	f := As[Float](t.free.floats.pop(t.State))
	if f == nil {
		f = new(Float)
	}
	f.v = v
	t.InitHeader(&f.Object, typePtr(FloatType))
	if allocStatsOn {
		t.countAlloc(&f.Object)
	}
	return &f.Object
}

// NewStaticFloat returns an immortal float, for constants.
func NewStaticFloat(v float64) *Object {
	f := &Float{v: v}
	initStatic(&f.Object, FloatType)
	return &f.Object
}

func floatDealloc(t *Thread, o *Object) {
	if recycle(o) {
		t.free.floats.push(o)
	}
}

// SetFloat overwrites the value of an exact float that its caller holds
// the only reference to (Thread.Unique): in-place reuse by the eval loop.
func SetFloat(o *Object, v float64) { As[Float](o).v = v }

// ListUniqueFloat returns item i of the exact list o (negative counts
// from the end), borrowed, when it is an exact float that the list holds
// the only reference to and only one thread exists, else nil: the eval
// loop's lst[i] op= x then writes the result into that float (SetFloat)
// instead of allocating one and storing it. No other reference exists, so
// no one can see the value change; with threads another one could take a
// reference between the test and the write (list reads are lock-free), so
// there is no such path then.
func (t *Thread) ListUniqueFloat(o *Object, i int64) *Object {
	if locks.Threaded() {
		return nil
	}
	items := As[List](o).items
	if i < 0 {
		i += int64(len(items))
	}
	if i < 0 || i >= int64(len(items)) {
		return nil
	}
	v := items[i]
	if TypeOf(v) != FloatType || v.IsDeferred() || !t.Unique(v) {
		return nil
	}
	return v
}

// ListPeekFloat returns item i of the exact list o (negative counts from
// the end), borrowed, when it is an exact float and only one thread
// exists, else nil: the eval loop reads b[0] - c[0] without counts on the
// items, using them before anything runs that could drop them.
func ListPeekFloat(o *Object, i int64) *Object {
	if locks.Threaded() {
		return nil
	}
	items := As[List](o).items
	if i < 0 {
		i += int64(len(items))
	}
	if i < 0 || i >= int64(len(items)) || TypeOf(items[i]) != FloatType {
		return nil
	}
	return items[i]
}

// ListFloatInPlace reports whether v, which the caller holds a counted
// reference to, is item i of the exact list o (negative counts from the
// end) and an exact float whose only other reference is the list's, while
// only one thread exists: lst[i] op= x then writes the result into v
// (SetFloat) and drops the caller's reference instead of storing a new
// float (see ListUniqueFloat).
func (t *Thread) ListFloatInPlace(o *Object, i int64, v *Object) bool {
	if locks.Threaded() {
		return false
	}
	items := As[List](o).items
	if i < 0 {
		i += int64(len(items))
	}
	if i < 0 || i >= int64(len(items)) || items[i] != v {
		return false
	}
	return TypeOf(v) == FloatType && !v.IsDeferred() && v.Owner() == t.ID() && v.LocalCount() == 2 && v.SharedCount() == 0
}

// FloatValue returns the value of a float or float subclass instance.
func FloatValue(o *Object) float64 { return As[Float](o).v }

// IsFloat reports whether o is a float.
func IsFloat(o *Object) bool { return TypeOf(o).Flags&FlagFloatSubclass != 0 }

// toFloat converts a float or int operand of a float operation; ok is
// false for other types (NotImplemented).
func (t *Thread) toFloat(o *Object) (v float64, ok bool, err error) {
	switch {
	case IsFloat(o):
		return As[Float](o).v, true, nil
	case IsInt(o):
		v, err = t.intFloat(o)
		return v, err == nil, err
	}
	return 0, false, nil
}

// floatOperands converts both operands of a binary float slot.
func (t *Thread) floatOperands(a, b *Object) (x, y float64, ok bool, err error) {
	if x, ok, err = t.toFloat(a); !ok {
		return
	}
	y, ok, err = t.toFloat(b)
	return
}

func floatArith(op BinaryOp) BinaryFunc {
	return func(t *Thread, a, b *Object) (*Object, error) {
		x, y, ok, err := t.floatOperands(a, b)
		if err != nil {
			return nil, err
		}
		if !ok {
			return NotImplemented, nil
		}
		switch op {
		case OpAdd:
			return t.NewFloat(x + y), nil
		case OpSub:
			return t.NewFloat(x - y), nil
		case OpMul:
			return t.NewFloat(x * y), nil
		case OpTrueDiv:
			if y == 0 {
				return nil, t.ZeroDivisionError("float division by zero")
			}
			return t.NewFloat(x / y), nil
		case OpFloorDiv:
			if y == 0 {
				return nil, t.ZeroDivisionError("float floor division by zero")
			}
			q, _ := floatDivmod(x, y)
			return t.NewFloat(q), nil
		case OpMod:
			if y == 0 {
				return nil, t.ZeroDivisionError("float modulo")
			}
			_, r := floatDivmod(x, y)
			return t.NewFloat(r), nil
		case OpPow:
			return t.floatPow(x, y)
		}
		return NotImplemented, nil
	}
}

// floatDivmod is Python's divmod for floats (y != 0).
func floatDivmod(x, y float64) (q, r float64) {
	mod := math.Mod(x, y)
	div := (x - mod) / y
	if mod != 0 {
		if (y < 0) != (mod < 0) {
			mod += y
			div -= 1
		}
	} else {
		mod = math.Copysign(0, y)
	}
	if div != 0 {
		q = math.Floor(div)
		if div-q > 0.5 {
			q += 1
		}
	} else {
		q = math.Copysign(0, x/y)
	}
	return q, mod
}

func floatDivmodSlot(t *Thread, a, b *Object) (*Object, error) {
	x, y, ok, err := t.floatOperands(a, b)
	if err != nil {
		return nil, err
	}
	if !ok {
		return NotImplemented, nil
	}
	if y == 0 {
		return nil, t.ZeroDivisionError("float divmod()")
	}
	q, r := floatDivmod(x, y)
	return t.NewTupleSteal([]*Object{t.NewFloat(q), t.NewFloat(r)}).Obj(), nil
}

// floatPow is x ** y with Python's errors.
func (t *Thread) floatPow(x, y float64) (*Object, error) {
	if x == 0 && y < 0 && !math.IsInf(y, 0) {
		return nil, t.ZeroDivisionError("0.0 cannot be raised to a negative power")
	}
	if x < 0 && !math.IsInf(x, 0) && y != math.Trunc(y) && !math.IsInf(y, 0) && !math.IsNaN(y) {
		c := complexPow(complex(x, 0), complex(y, 0))
		return t.NewComplex(c), nil
	}
	r := math.Pow(x, y)
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsInf(y, 0) {
		return nil, t.OverflowError("(34, 'Numerical result out of range')")
	}
	return t.NewFloat(r), nil
}

func floatNeg(t *Thread, a *Object) (*Object, error) { return t.NewFloat(-FloatValue(a)), nil }
func floatPos(t *Thread, a *Object) (*Object, error) {
	if TypeOf(a) == FloatType {
		return t.NewRef(a), nil
	}
	return t.NewFloat(FloatValue(a)), nil
}
func floatAbs(t *Thread, a *Object) (*Object, error) {
	return t.NewFloat(math.Abs(FloatValue(a))), nil
}
func floatBool(t *Thread, a *Object) (bool, error) { return FloatValue(a) != 0, nil }
func floatToInt(t *Thread, a *Object) (*Object, error) {
	return t.IntFromFloat(FloatValue(a))
}
func floatToFloat(t *Thread, a *Object) (*Object, error) { return floatPos(t, a) }

func floatRepr(t *Thread, a *Object) (*Object, error) {
	return t.NewStr(pyfmt.FloatRepr(FloatValue(a))), nil
}

// floatHash is CPython's hash of a float, equal to the hash of an equal
// int. A NaN hashes by identity.
func floatHash(t *Thread, o *Object) (int64, error) {
	return hashFloat(FloatValue(o), o), nil
}

func hashFloat(v float64, o *Object) int64 {
	switch {
	case math.IsInf(v, 1):
		return hashInf
	case math.IsInf(v, -1):
		return -hashInf
	case math.IsNaN(v):
		return objectHashOf(o)
	}
	m, e := math.Frexp(v)
	sign := int64(1)
	if m < 0 {
		sign = -1
		m = -m
	}
	var x uint64
	for m != 0 {
		x = (x<<28)&hashModulus | x>>(hashBits-28)
		m *= 268435456.0
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= hashModulus {
			x -= hashModulus
		}
	}
	if e >= 0 {
		e %= hashBits
	} else {
		e = hashBits - 1 - ((-1 - e) % hashBits)
	}
	x = (x<<uint(e))&hashModulus | x>>uint(hashBits-e)
	h := int64(x) * sign
	if h == -1 {
		h = -2
	}
	return h
}

// compareFloatInt compares a float with an int exactly: -1, 0, 1, or 2
// when x is a NaN (unordered).
func compareFloatInt(x float64, i *Object) int {
	if math.IsNaN(x) {
		return 2
	}
	if v, ok := IntSmall(i); ok && v > -1<<53 && v < 1<<53 {
		return cmpFloat(x, float64(v))
	}
	if math.IsInf(x, 0) {
		if x > 0 {
			return 1
		}
		return -1
	}
	fx := new(big.Float).SetFloat64(x)
	fi := new(big.Float).SetInt(bigOf(i))
	return fx.Cmp(fi)
}

func cmpFloat(x, y float64) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	case x == y:
		return 0
	}
	return 2
}

func floatRichCmp(t *Thread, a, b *Object, op CompareOp) (*Object, error) {
	if !IsFloat(a) {
		return NotImplemented, nil
	}
	x := FloatValue(a)
	var c int
	switch {
	case IsFloat(b):
		c = cmpFloat(x, FloatValue(b))
	case IsInt(b):
		c = compareFloatInt(x, b)
	default:
		return NotImplemented, nil
	}
	if c == 2 {
		return NewBool(op == CmpNe), nil
	}
	return NewBool(cmpResult(c, op)), nil
}

// NaN returns the quiet NaN with the given sign that CPython's float('nan')
// and float('-nan') are: Go's math.NaN has a different payload, which
// struct.pack and float.hex would show.
func NaN(negative bool) float64 {
	if negative {
		return math.Float64frombits(0xfff8000000000000)
	}
	return math.Float64frombits(0x7ff8000000000000)
}
