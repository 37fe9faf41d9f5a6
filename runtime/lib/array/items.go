package array

import (
	"encoding/binary"
	"math"
	"math/big"

	"gilfree/runtime"
	"gilfree/runtime/pyfmt"
)

// Items are stored as raw bytes in the host's (little-endian) order,
// itemsize bytes each; encode and decode convert between Python values
// and those bytes with CPython's range checks and messages.

// typecodes are the type codes, in CPython's order.
const typecodes = "bBuhHiIlLqQfd"

// itemSizes gives each code's item size (wchar_t is 4 bytes, long 8).
var itemSizes = map[byte]int{'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
	'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}

// intClass classifies an int: 0 fits int64 (v), 1 fits only uint64 (u),
// 2 is above uint64, -2 below int64.
func intClass(t *runtime.Thread, o *runtime.Object) (v int64, u uint64, class int, err error) {
	if !runtime.IsInt(o) {
		n, err := t.Index(o)
		if err != nil {
			return 0, 0, 0, err
		}
		defer t.Decref(n)
		o = n
	}
	if s, ok := runtime.IntSmall(o); ok {
		return s, uint64(s), 0, nil
	}
	b, _ := new(big.Int).SetString(runtime.IntDecimal(o), 10)
	switch {
	case b.Sign() < 0:
		return 0, 0, -2, nil
	case b.IsUint64():
		return 0, b.Uint64(), 1, nil
	}
	return 0, 0, 2, nil
}

// encode converts v to code's item bytes in dst (len(dst) == size).
func encode(t *runtime.Thread, code byte, v *runtime.Object, dst []byte) error {
	le := binary.LittleEndian
	switch code {
	case 'f', 'd':
		f, err := t.FloatOf(v)
		if err != nil {
			return err
		}
		if code == 'f' {
			le.PutUint32(dst, math.Float32bits(float32(f)))
		} else {
			le.PutUint64(dst, math.Float64bits(f))
		}
		return nil
	case 'u':
		if !runtime.IsStr(v) || runtime.As[runtime.Str](v).Len() != 1 {
			return t.TypeError("array item must be unicode character")
		}
		c, _ := pyfmt.DecodeRune(runtime.StrValue(v))
		le.PutUint32(dst, uint32(c))
		return nil
	}
	n, u, class, err := intClass(t, v)
	if err != nil {
		return err
	}
	overflow := func(msg string) error { return t.OverflowError("%s", msg) }
	const cLong = "Python int too large to convert to C long"
	negative := class == -2 || (class == 0 && n < 0)
	switch code {
	case 'b', 'B', 'h', 'H', 'i', 'l':
		if class != 0 {
			return overflow(cLong)
		}
	}
	switch code {
	case 'b':
		switch {
		case n > math.MaxInt16:
			return overflow("signed short integer is greater than maximum")
		case n < math.MinInt16:
			return overflow("signed short integer is less than minimum")
		case n > math.MaxInt8:
			return overflow("signed char is greater than maximum")
		case n < math.MinInt8:
			return overflow("signed char is less than minimum")
		}
		dst[0] = byte(n)
	case 'B':
		switch {
		case n < 0:
			return overflow("unsigned byte integer is less than minimum")
		case n > math.MaxUint8:
			return overflow("unsigned byte integer is greater than maximum")
		}
		dst[0] = byte(n)
	case 'h':
		switch {
		case n > math.MaxInt16:
			return overflow("signed short integer is greater than maximum")
		case n < math.MinInt16:
			return overflow("signed short integer is less than minimum")
		}
		le.PutUint16(dst, uint16(n))
	case 'H':
		switch {
		case n > math.MaxInt32:
			return overflow("signed integer is greater than maximum")
		case n < math.MinInt32:
			return overflow("signed integer is less than minimum")
		case n < 0:
			return overflow("unsigned short is less than minimum")
		case n > math.MaxUint16:
			return overflow("unsigned short is greater than maximum")
		}
		le.PutUint16(dst, uint16(n))
	case 'i':
		switch {
		case n > math.MaxInt32:
			return overflow("signed integer is greater than maximum")
		case n < math.MinInt32:
			return overflow("signed integer is less than minimum")
		}
		le.PutUint32(dst, uint32(n))
	case 'I':
		switch {
		case negative:
			return overflow("can't convert negative value to unsigned int")
		case class == 2:
			return overflow("Python int too large to convert to C unsigned long")
		case u > math.MaxUint32:
			return overflow("unsigned int is greater than maximum")
		}
		le.PutUint32(dst, uint32(u))
	case 'l':
		le.PutUint64(dst, uint64(n))
	case 'L':
		switch {
		case negative:
			return overflow("can't convert negative value to unsigned int")
		case class == 2:
			return overflow("Python int too large to convert to C unsigned long")
		}
		le.PutUint64(dst, u)
	case 'q':
		if class != 0 {
			return overflow("int too big to convert")
		}
		le.PutUint64(dst, uint64(n))
	case 'Q':
		switch {
		case negative:
			return overflow("can't convert negative int to unsigned")
		case class == 2:
			return overflow("int too big to convert")
		}
		le.PutUint64(dst, u)
	}
	return nil
}

// decode converts one item's bytes to a Python value.
func decode(t *runtime.Thread, code byte, b []byte) *runtime.Object {
	le := binary.LittleEndian
	switch code {
	case 'b':
		return t.NewInt(int64(int8(b[0])))
	case 'B':
		return t.NewInt(int64(b[0]))
	case 'u':
		return t.NewStr(string(pyfmt.AppendRune(nil, rune(le.Uint32(b)))))
	case 'h':
		return t.NewInt(int64(int16(le.Uint16(b))))
	case 'H':
		return t.NewInt(int64(le.Uint16(b)))
	case 'i':
		return t.NewInt(int64(int32(le.Uint32(b))))
	case 'I':
		return t.NewInt(int64(le.Uint32(b)))
	case 'l', 'q':
		return t.NewInt(int64(le.Uint64(b)))
	case 'L', 'Q':
		return t.NewIntFromUint(le.Uint64(b))
	case 'f':
		return t.NewFloat(float64(math.Float32frombits(le.Uint32(b))))
	}
	return t.NewFloat(math.Float64frombits(le.Uint64(b)))
}
