package runtime

import (
	"math"
	"math/big"
	"strconv"
)

// Int is a Python int. Values that fit in an int64 live in v with b nil:
// the fast path of all arithmetic. Larger values live in b, and never fit
// in an int64 (every result is normalized), so two ints are equal only if
// both are small or both are big. bool's True and False are Ints too.
type Int struct {
	Object
	v int64
	b *big.Int
}

// IntType is int.
var IntType = builtinType(&Type{Name: "int", Doc: "int([x]) -> integer\nint(x, base=10) -> integer"})

// Small ints from smallMin to smallMax are statically allocated and
// immortal.
const (
	smallMin = -5
	smallMax = 1024
)

var smallInts [smallMax - smallMin + 1]Int

// SmallInt returns the immortal int v, which must be in the small range.
func SmallInt(v int) *Object { return &smallInts[v-smallMin].Object }

// NewInt returns the int v.
func (t *Thread) NewInt(v int64) *Object {
	if v >= smallMin && v <= smallMax {
		return &smallInts[v-smallMin].Object
	}
	i := As[Int](t.free.ints.pop(t.State))
	if i == nil {
		i = new(Int)
	} else {
		i.b = nil
	}
	i.v = v
	t.InitHeader(&i.Object, typePtr(IntType))
	if allocStatsOn {
		t.countAlloc(&i.Object)
	}
	return &i.Object
}

// IsSmallIntValue reports whether v is one of the immortal small ints.
func IsSmallIntValue(v int64) bool { return v >= smallMin && v <= smallMax }

// SetInt overwrites the value of an exact int that its caller holds the
// only reference to (Thread.Unique): in-place reuse by the eval loop.
func SetInt(o *Object, v int64) {
	i := As[Int](o)
	i.v, i.b = v, nil
}

// NewBigInt returns the int b; it keeps b, which the caller must not
// change afterwards.
func (t *Thread) NewBigInt(b *big.Int) *Object {
	if b.IsInt64() {
		return t.NewInt(b.Int64())
	}
	i := As[Int](t.free.ints.pop(t.State))
	if i == nil {
		i = new(Int)
	}
	i.v = 0
	i.b = b
	t.InitHeader(&i.Object, typePtr(IntType))
	if allocStatsOn {
		t.countAlloc(&i.Object)
	}
	return &i.Object
}

// NewIntFromUint returns the int v.
func (t *Thread) NewIntFromUint(v uint64) *Object {
	if v <= math.MaxInt64 {
		return t.NewInt(int64(v))
	}
	return t.NewBigInt(new(big.Int).SetUint64(v))
}

// newStaticInt returns an immortal int for constants.
func newStaticInt(b *big.Int) *Object {
	i := &Int{}
	if b.IsInt64() {
		v := b.Int64()
		if v >= smallMin && v <= smallMax {
			return &smallInts[v-smallMin].Object
		}
		i.v = v
	} else {
		i.b = b
	}
	initStatic(&i.Object, IntType)
	return &i.Object
}

// NewStaticInt returns an immortal int (for code constants).
func NewStaticInt(b *big.Int) *Object { return newStaticInt(b) }

func intDealloc(t *Thread, o *Object) {
	if recycle(o) {
		i := As[Int](o)
		if i.b != nil && i.v == ownedBig {
			t.free.bigInts.push(&i.Object) // with its big.Int (int_big.go)
			return
		}
		i.b = nil
		t.free.ints.push(&i.Object)
	}
}

// IsInt reports whether o is an int (bool and subclasses included).
func IsInt(o *Object) bool { return TypeOf(o).Flags&FlagIntSubclass != 0 }

// IntSmall returns the value of an int that fits in an int64.
func IntSmall(o *Object) (int64, bool) {
	i := As[Int](o)
	return i.v, i.b == nil
}

// Int64Of returns an int object's value if it fits in an int64; o must
// be an int.
func Int64Of(o *Object) (int64, bool) { return IntSmall(o) }

// bigOf returns the value of an int as a big.Int, which the caller must
// not change (it may be the int's own).
func bigOf(o *Object) *big.Int {
	i := As[Int](o)
	if i.b != nil {
		return i.b
	}
	return big.NewInt(i.v)
}

// BigOf is bigOf for other packages.
func BigOf(o *Object) *big.Int { return bigOf(o) }

// intSign returns -1, 0 or 1.
func intSign(o *Object) int {
	i := As[Int](o)
	if i.b != nil {
		return i.b.Sign()
	}
	switch {
	case i.v < 0:
		return -1
	case i.v > 0:
		return 1
	}
	return 0
}

// intString is the decimal text of an int.
func intString(o *Object) string {
	i := As[Int](o)
	if i.b != nil {
		return i.b.String()
	}
	return strconv.FormatInt(i.v, 10)
}

// hashModulus is CPython's modulus for numeric hashes, 2**61 - 1, so that
// equal ints and floats hash alike.
const (
	hashBits    = 61
	hashModulus = 1<<hashBits - 1
	hashInf     = 314159
)

// intHash is hash(int): the value modulo 2**61-1, with the sign kept and
// -1 mapped to -2.
func intHash(o *Object) int64 {
	i := As[Int](o)
	var h int64
	if i.b == nil {
		v := i.v
		if v > -hashModulus && v < hashModulus {
			h = v
		} else {
			h = v % hashModulus
		}
	} else {
		m := new(big.Int).Abs(i.b)
		m.Mod(m, big.NewInt(hashModulus))
		h = m.Int64()
		if i.b.Sign() < 0 {
			h = -h
		}
	}
	if h == -1 {
		h = -2
	}
	return h
}

// intFloat converts an int to the nearest float, or fails with
// OverflowError.
func (t *Thread) intFloat(o *Object) (float64, error) {
	i := As[Int](o)
	if i.b == nil {
		return float64(i.v), nil
	}
	f, _ := new(big.Float).SetInt(i.b).Float64()
	if math.IsInf(f, 0) {
		return 0, t.OverflowError("int too large to convert to float")
	}
	return f, nil
}

// NewBool returns True or False.
func NewBool(b bool) *Object {
	if b {
		return True
	}
	return False
}

// bigFromFloat returns the integer part of a finite float.
func bigFromFloat(f float64) *big.Int {
	b, _ := new(big.Float).SetFloat64(math.Trunc(f)).Int(nil)
	return b
}

// IntFromFloat is int(f).
func (t *Thread) IntFromFloat(f float64) (*Object, error) {
	switch {
	case math.IsInf(f, 0):
		return nil, t.OverflowError("cannot convert float infinity to integer")
	case math.IsNaN(f):
		return nil, t.ValueError("cannot convert float NaN to integer")
	}
	if f > -9.2e18 && f < 9.2e18 {
		return t.NewInt(int64(f)), nil
	}
	return t.NewBigInt(bigFromFloat(f)), nil
}
