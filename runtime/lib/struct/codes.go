package structmod

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/big"

	"gilfree/runtime"
)

// The codes' packers and unpackers. Integers are range-checked with the
// messages CPython gives in each mode: on a little-endian host CPython
// uses its native packers for the standard little-endian sizes that match
// (b, B, h, H, i, I, q, Q), and those word the range error by type name
// ("short format requires ...") for b, B, h and H, where the others say
// "'h' format requires ...". Values beyond a 64-bit integer are
// "argument out of range".

// packer packs one value.
type packer struct {
	t   *runtime.Thread
	arg *runtime.Object
}

// unpacker collects unpacked values.
type unpacker struct {
	t   *runtime.Thread
	out []*runtime.Object
}

func (u *unpacker) push(o *runtime.Object) { u.out = append(u.out, o) }

// structError is set by the module: struct.error.
func (p *packer) fail(format string, a ...any) error {
	return newError(p.t, fmt.Sprintf(format, a...))
}

func order(k *kind) binary.ByteOrder {
	if k.big {
		return binary.BigEndian
	}
	return binary.LittleEndian
}

// putUint writes the low size bytes of v.
func putUint(b []byte, v uint64, k *kind) {
	for i := 0; i < k.size; i++ {
		shift := 8 * i
		if k.big {
			shift = 8 * (k.size - 1 - i)
		}
		b[i] = byte(v >> shift)
	}
}

func getUint(b []byte, k *kind) uint64 {
	var v uint64
	for i := 0; i < k.size; i++ {
		shift := 8 * i
		if k.big {
			shift = 8 * (k.size - 1 - i)
		}
		v |= uint64(b[i]) << shift
	}
	return v
}

// intClass tells where an int falls: 0 fits int64, 1 fits uint64 only,
// 2 above uint64, -2 below int64.
func intOf(p *packer) (v int64, u uint64, class int, err error) {
	t := p.t
	o := p.arg
	if !runtime.IsInt(o) {
		if runtime.TypeOf(o).Index == nil {
			return 0, 0, 0, p.fail("required argument is not an integer")
		}
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

var names = map[byte]string{'b': "byte", 'B': "ubyte", 'h': "short", 'H': "ushort"}

// rangeError is the message for a value outside the code's range.
func rangeError(p *packer, code byte, k *kind, lo, hi string) error {
	if name, ok := names[code]; ok && (code == 'b' || code == 'B' || !k.big) {
		return p.fail("%s format requires %s <= number <= %s", name, lo, hi)
	}
	return p.fail("'%c' format requires %s <= number <= %s", code, lo, hi)
}

func signedPacker(code byte) func(p *packer, b []byte, k *kind) error {
	return func(p *packer, b []byte, k *kind) error {
		v, _, class, err := intOf(p)
		if err != nil {
			return err
		}
		if class != 0 {
			return p.fail("%s", outOfRange(k))
		}
		if k.size < 8 {
			lo, hi := int64(-1)<<(8*k.size-1), int64(1)<<(8*k.size-1)-1
			if v < lo || v > hi {
				return rangeError(p, code, k, fmt.Sprint(lo), fmt.Sprint(hi))
			}
		}
		putUint(b, uint64(v), k)
		return nil
	}
}

func unsignedPacker(code byte) func(p *packer, b []byte, k *kind) error {
	return func(p *packer, b []byte, k *kind) error {
		v, u, class, err := intOf(p)
		if err != nil {
			return err
		}
		negative := class == -2 || (class == 0 && v < 0)
		if code == 'B' || (code == 'H' && !k.big) {
			// The by-name packers read a C long first, then check the
			// range the same way for negative values.
			if class != 0 {
				return p.fail("argument out of range")
			}
			hi := uint64(1)<<(8*k.size) - 1
			if negative || u > hi {
				return rangeError(p, code, k, "0", fmt.Sprint(hi))
			}
			putUint(b, u, k)
			return nil
		}
		if negative || class == 2 {
			return p.fail("%s", outOfRange(k))
		}
		if k.size < 8 {
			hi := uint64(1)<<(8*k.size) - 1
			if u > hi {
				return rangeError(p, code, k, "0", fmt.Sprint(hi))
			}
		}
		putUint(b, u, k)
		return nil
	}
}

// outOfRange is the message for a value beyond 64 bits: big-endian
// 8-byte integers go through CPython's byte-array conversion, which words
// it its own way.
func outOfRange(k *kind) string {
	if k.big && k.size == 8 {
		return "int too large to convert"
	}
	return "argument out of range"
}

func packPointer(p *packer, b []byte, k *kind) error {
	_, u, class, err := intOf(p)
	if err != nil {
		return err
	}
	if class == 2 || class == -2 {
		return p.fail("int too large to convert")
	}
	putUint(b, u, k)
	return nil
}

func unpackSigned(u *unpacker, b []byte, k *kind) {
	v := getUint(b, k)
	shift := 64 - 8*k.size
	u.push(u.t.NewInt(int64(v<<shift) >> shift))
}

func unpackUnsigned(u *unpacker, b []byte, k *kind) {
	u.push(u.t.NewIntFromUint(getUint(b, k)))
}

// floatOf is the float value of the argument, as PyFloat_AsDouble.
func floatOf(p *packer) (float64, error) {
	f, err := p.t.FloatOf(p.arg)
	if err != nil && runtime.Matches(err, runtime.TypeErrorType) {
		p.t.DropError(err)
		return 0, p.fail("required argument is not a float")
	}
	return f, err
}

func packDouble(p *packer, b []byte, k *kind) error {
	f, err := floatOf(p)
	if err != nil {
		return err
	}
	order(k).PutUint64(b, math.Float64bits(f))
	return nil
}

func packFloat(p *packer, b []byte, k *kind) error {
	f, err := floatOf(p)
	if err != nil {
		return err
	}
	y := float32(f)
	if !k.native && math.IsInf(float64(y), 0) && !math.IsInf(f, 0) {
		return p.t.OverflowError("float too large to pack with f format")
	}
	order(k).PutUint32(b, math.Float32bits(y))
	return nil
}

func packHalf(p *packer, b []byte, k *kind) error {
	f, err := floatOf(p)
	if err != nil {
		return err
	}
	h, ok := halfBits(f)
	if !ok {
		return p.t.OverflowError("float too large to pack with e format")
	}
	order(k).PutUint16(b, h)
	return nil
}

// halfBits rounds f to IEEE 754 half precision (round half to even);
// ok is false when it is too large for a finite half.
func halfBits(f float64) (uint16, bool) {
	var sign uint16
	if math.Signbit(f) {
		sign = 0x8000
		f = -f
	}
	switch {
	case math.IsNaN(f):
		return sign | 0x7E00, true
	case math.IsInf(f, 0):
		return sign | 0x7C00, true
	case f == 0:
		return sign, true
	}
	frac, exp := math.Frexp(f) // f = frac * 2**exp, 0.5 <= frac < 1
	frac, exp = frac*2, exp-1  // 1 <= frac < 2
	if exp >= 16 {
		return 0, false
	}
	var e int
	switch {
	case exp < -25:
		frac, e = 0, 0
	case exp < -14:
		frac, e = math.Ldexp(frac, 14+exp), 0
	default:
		frac, e = frac-1, exp+15
	}
	frac *= 1024
	bits := uint16(frac)
	rest := frac - float64(bits)
	if rest > 0.5 || (rest == 0.5 && bits&1 == 1) {
		bits++
		if bits == 1024 {
			bits = 0
			e++
			if e == 31 {
				return 0, false
			}
		}
	}
	return sign | uint16(e)<<10 | bits, true
}

// halfValue decodes IEEE 754 half precision.
func halfValue(h uint16) float64 {
	sign := 1.0
	if h&0x8000 != 0 {
		sign = -1
	}
	e := int(h>>10) & 0x1F
	m := float64(h & 0x3FF)
	switch e {
	case 0:
		return sign * math.Ldexp(m, -24)
	case 31:
		if m == 0 {
			return math.Inf(int(sign))
		}
		return runtime.NaN(sign < 0)
	}
	return sign * math.Ldexp(1+m/1024, e-15)
}

func packBool(p *packer, b []byte, k *kind) error {
	v, err := p.t.Truth(p.arg)
	if err != nil {
		return err
	}
	b[0] = 0
	if v {
		b[0] = 1
	}
	return nil
}

func packChar(p *packer, b []byte, k *kind) error {
	if !runtime.IsBytes(p.arg) || len(runtime.BytesString(p.arg)) != 1 {
		return p.fail("char format requires a bytes object of length 1")
	}
	b[0] = runtime.BytesString(p.arg)[0]
	return nil
}

// bytesArg is the data of an 's' or 'p' argument.
func bytesArg(p *packer, code byte) ([]byte, error) {
	if !runtime.IsBytesLike(p.arg) {
		return nil, p.fail("argument for '%c' must be a bytes object", code)
	}
	return p.t.BytesOf(p.arg)
}

// kinds builds the code table of one mode.
func kinds(m mode) map[byte]*kind {
	native := !m.std
	sizes := map[byte]int{'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
		'l': 4, 'L': 4, 'q': 8, 'Q': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1}
	if native {
		sizes['l'], sizes['L'], sizes['n'], sizes['N'], sizes['P'] = 8, 8, 8, 8, 8
	}
	table := make(map[byte]*kind, len(sizes))
	for code, size := range sizes {
		k := &kind{size: size, align: 1, big: m.big, native: native}
		if m.align {
			k.align = size
		}
		switch code {
		case 'b', 'h', 'i', 'l', 'q', 'n':
			k.pack = signedPacker(code)
			k.unpack = func(u *unpacker, b []byte) error { unpackSigned(u, b, k); return nil }
		case 'B', 'H', 'I', 'L', 'Q', 'N':
			k.pack = unsignedPacker(code)
			k.unpack = func(u *unpacker, b []byte) error { unpackUnsigned(u, b, k); return nil }
		case 'P':
			k.pack = packPointer
			k.unpack = func(u *unpacker, b []byte) error { unpackUnsigned(u, b, k); return nil }
		case 'e':
			k.pack = packHalf
			k.unpack = func(u *unpacker, b []byte) error {
				u.push(u.t.NewFloat(halfValue(order(k).Uint16(b))))
				return nil
			}
		case 'f':
			k.pack = packFloat
			k.unpack = func(u *unpacker, b []byte) error {
				u.push(u.t.NewFloat(float64(math.Float32frombits(order(k).Uint32(b)))))
				return nil
			}
		case 'd':
			k.pack = packDouble
			k.unpack = func(u *unpacker, b []byte) error {
				u.push(u.t.NewFloat(math.Float64frombits(order(k).Uint64(b))))
				return nil
			}
		case '?':
			k.pack = packBool
			k.unpack = func(u *unpacker, b []byte) error { u.push(runtime.NewBool(b[0] != 0)); return nil }
		case 'c':
			k.pack = packChar
			k.unpack = func(u *unpacker, b []byte) error { u.push(u.t.NewBytes([]byte{b[0]})); return nil }
		}
		table[code] = k
	}
	return table
}

var tables = map[mode]map[byte]*kind{}

func readyCodes() {
	for _, m := range []mode{{align: true}, {std: true}, {std: true, big: true}} {
		tables[m] = kinds(m)
	}
}

// kindOf looks a code up in its mode's table (nil: a bad char).
func kindOf(c byte, m mode) *kind { return tables[m][c] }
