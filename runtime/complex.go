package runtime

import (
	"math"
	"math/cmplx"
	"strings"

	"gilfree/runtime/pyfmt"
)

// Complex is a Python complex.
type Complex struct {
	Object
	v complex128
}

// ComplexType is complex.
var ComplexType = builtinType(&Type{Name: "complex", Doc: "Create a complex number from a real part and an optional imaginary part."})

// NewComplex returns the complex c.
func (t *Thread) NewComplex(c complex128) *Object {
	o := &Complex{v: c}
	t.initObject(&o.Object, ComplexType)
	return &o.Object
}

// NewStaticComplex returns an immortal complex, for constants.
func NewStaticComplex(c complex128) *Object {
	o := &Complex{v: c}
	initStatic(&o.Object, ComplexType)
	return &o.Object
}

// complexPow is Python's complex power, with exact small integer powers.
func complexPow(a, b complex128) complex128 {
	if imag(b) == 0 && real(b) == math.Trunc(real(b)) && math.Abs(real(b)) <= 100 {
		n := int(real(b))
		r := complex(1, 0)
		base := a
		neg := n < 0
		if neg {
			n = -n
		}
		for n > 0 {
			if n&1 != 0 {
				r *= base
			}
			base *= base
			n >>= 1
		}
		if neg {
			return 1 / r
		}
		return r
	}
	if a == 0 {
		return 0
	}
	// Polar form, computed in CPython's order so that the last bits agree:
	// |a|**b.real turned by b.real times a's angle, and for a complex
	// exponent scaled by e**(-angle*b.imag) and turned by b.imag*log|a|.
	vabs := math.Hypot(real(a), imag(a))
	length := math.Pow(vabs, real(b))
	angle := math.Atan2(imag(a), real(a))
	phase := angle * real(b)
	if imag(b) != 0 {
		length /= math.Exp(angle * imag(b))
		phase += imag(b) * math.Log(vabs)
	}
	return complex(length*math.Cos(phase), length*math.Sin(phase))
}

func (t *Thread) toComplex(o *Object) (complex128, bool, error) {
	switch {
	case TypeOf(o).IsSubtype(ComplexType):
		return As[Complex](o).v, true, nil
	case IsFloat(o):
		return complex(FloatValue(o), 0), true, nil
	case IsInt(o):
		f, err := t.intFloat(o)
		return complex(f, 0), err == nil, err
	}
	return 0, false, nil
}

func complexArith(op BinaryOp) BinaryFunc {
	return func(t *Thread, a, b *Object) (*Object, error) {
		x, ok, err := t.toComplex(a)
		if err != nil || !ok {
			return NotImplemented, err
		}
		y, ok, err := t.toComplex(b)
		if err != nil || !ok {
			return NotImplemented, err
		}
		switch op {
		case OpAdd:
			return t.NewComplex(x + y), nil
		case OpSub:
			return t.NewComplex(x - y), nil
		case OpMul:
			return t.NewComplex(x * y), nil
		case OpTrueDiv:
			if y == 0 {
				return nil, t.ZeroDivisionError("complex division by zero")
			}
			return t.NewComplex(x / y), nil
		case OpPow:
			if x == 0 && (real(y) < 0 || imag(y) != 0) {
				return nil, t.ZeroDivisionError("0.0 to a negative or complex power")
			}
			return t.NewComplex(complexPow(x, y)), nil
		}
		return NotImplemented, nil
	}
}

func complexRepr(t *Thread, o *Object) (*Object, error) {
	return t.NewStr(pyfmt.ComplexRepr(As[Complex](o).v)), nil
}

func complexRichCmp(t *Thread, a, b *Object, op CompareOp) (*Object, error) {
	if op != CmpEq && op != CmpNe {
		return NotImplemented, nil
	}
	x := As[Complex](a).v
	y, ok, err := t.toComplex(b)
	if err != nil || !ok {
		return NotImplemented, err
	}
	return NewBool((x == y) == (op == CmpEq)), nil
}

func complexHash(t *Thread, o *Object) (int64, error) {
	c := As[Complex](o).v
	h := uint64(hashFloat(real(c), o)) + 1000003*uint64(hashFloat(imag(c), o))
	if int64(h) == -1 {
		return -2, nil
	}
	return int64(h), nil
}

func complexNew(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
	var a [2]*Object
	if err := t.ParseArgs("complex", args, kwnames, []string{"real", "imag"}, 0, a[:]); err != nil {
		return nil, err
	}
	// The parts are combined as CPython does, without complex
	// multiplication, so that signed zeros, infinities and NaNs survive:
	// real = r.real - i.imag, imag = r.imag + i.real, where only complex
	// arguments contribute an imaginary part.
	var cr complex128
	crComplex := false
	if a[0] != nil {
		if IsStr(a[0]) {
			if a[1] != nil {
				return nil, t.TypeError("complex() can't take second arg if first is a string")
			}
			c, ok := parseComplex(As[Str](a[0]).s)
			if !ok {
				return nil, t.ValueError("complex() arg is a malformed string")
			}
			return t.NewComplex(c), nil
		}
		c, isComplex, err := t.complexArg(a[0])
		if err != nil {
			return nil, err
		}
		if c == nil {
			f, err := t.FloatOf(a[0])
			if err != nil {
				return nil, t.TypeError("complex() first argument must be a string or a number, not '%s'", TypeOf(a[0]).Name)
			}
			cr = complex(f, 0)
		} else {
			cr = *c
		}
		crComplex = isComplex
	}
	realPart, imagPart := real(cr), 0.0
	switch {
	case a[1] == nil:
		imagPart = imag(cr)
	case TypeOf(a[1]).IsSubtype(ComplexType):
		c := As[Complex](a[1]).v
		realPart -= imag(c)
		imagPart = real(c)
		if crComplex {
			imagPart += imag(cr)
		}
	case IsStr(a[1]):
		return nil, t.TypeError("complex() second arg can't be a string")
	default:
		if !IsFloat(a[1]) && !IsInt(a[1]) && TypeOf(a[1]).Lookup(Intern("__float__")) == nil && TypeOf(a[1]).Lookup(Intern("__index__")) == nil {
			return nil, t.TypeError("complex() second argument must be a number, not '%s'", TypeOf(a[1]).Name)
		}
		f, err := t.FloatOf(a[1])
		if err != nil {
			return nil, err
		}
		imagPart = f
		if crComplex {
			imagPart += imag(cr)
		}
	}
	return t.NewComplex(complex(realPart, imagPart)), nil
}

// complexArg converts the first argument of complex(): a complex (or its
// __complex__ result) gives its value and true; a float or int gives its
// value and false; anything else gives nil, for the caller to try
// __float__ and __index__.
func (t *Thread) complexArg(o *Object) (*complex128, bool, error) {
	if TypeOf(o).IsSubtype(ComplexType) {
		c := As[Complex](o).v
		return &c, true, nil
	}
	if r, found, err := t.CallDunder(o, Intern("__complex__"), nil); found {
		if err != nil {
			return nil, false, err
		}
		defer t.Decref(r)
		if !TypeOf(r).IsSubtype(ComplexType) {
			return nil, false, t.TypeError("__complex__ returned non-complex (type %s)", TypeOf(r).Name)
		}
		c := As[Complex](r).v
		return &c, true, nil
	}
	c, ok, err := t.toComplex(o)
	if err != nil || !ok {
		return nil, false, err
	}
	return &c, false, nil
}

// parseComplex reads the text of complex(s): "1", "2j", "1+2j",
// "(1-2.5e3j)", with surrounding whitespace.
func parseComplex(s string) (complex128, bool) {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") {
		s = strings.TrimSpace(s[1 : len(s)-1])
	}
	if s == "" {
		return 0, false
	}
	last := s[len(s)-1]
	if last != 'j' && last != 'J' {
		f, ok := ParseFloat(s)
		return complex(f, 0), ok
	}
	body := s[:len(s)-1]
	split := -1
	for i := len(body) - 1; i > 0; i-- {
		if (body[i] == '+' || body[i] == '-') && body[i-1] != 'e' && body[i-1] != 'E' {
			split = i
			break
		}
	}
	imagPart := body
	re := 0.0
	if split > 0 {
		var ok bool
		if re, ok = ParseFloat(body[:split]); !ok || strings.ContainsAny(body[:split], " \t") {
			return 0, false
		}
		imagPart = body[split:]
	}
	var im float64
	switch imagPart {
	case "", "+":
		im = 1
	case "-":
		im = -1
	default:
		var ok bool
		if im, ok = ParseFloat(imagPart); !ok || strings.ContainsAny(imagPart, " \t") {
			return 0, false
		}
	}
	return complex(re, im), true
}

// complexFormat is complex.__format__ (see FormatComplex in format_float.go).
func complexFormat(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	spec, err := t.formatMethodArgs(args, kw)
	if err != nil {
		return nil, err
	}
	s, err := t.FormatComplex(As[Complex](args[0]).v, spec, TypeOf(args[0]).Name)
	if err != nil {
		return nil, err
	}
	return t.NewStr(s), nil
}

func initComplexType() {
	ct := ComplexType
	ct.New = complexNew
	ct.Repr = complexRepr
	ct.RichCmp = complexRichCmp
	ct.Hash = complexHash
	for _, op := range []BinaryOp{OpAdd, OpSub, OpMul, OpTrueDiv, OpPow} {
		ct.Num[op] = complexArith(op)
	}
	ct.Neg = func(t *Thread, o *Object) (*Object, error) { return t.NewComplex(-As[Complex](o).v), nil }
	ct.Pos = func(t *Thread, o *Object) (*Object, error) { return t.NewComplex(As[Complex](o).v), nil }
	ct.Abs = func(t *Thread, o *Object) (*Object, error) { return t.NewFloat(cmplx.Abs(As[Complex](o).v)), nil }
	ct.Bool = func(t *Thread, o *Object) (bool, error) { return As[Complex](o).v != 0, nil }
	ct.addMethods(MethodDef{"__format__", complexFormat, ""})
	addComplexMore(ct)
	ct.addMethods(MethodDef{"conjugate", func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
		return t.NewComplex(cmplx.Conj(As[Complex](args[0]).v)), nil
	}, "Return the complex conjugate of its argument."})
	ct.addGetSets(
		GetSetDef{Name: "real", Get: func(t *Thread, o *Object) (*Object, error) { return t.NewFloat(real(As[Complex](o).v)), nil }},
		GetSetDef{Name: "imag", Get: func(t *Thread, o *Object) (*Object, error) { return t.NewFloat(imag(As[Complex](o).v)), nil }},
	)
	readyBuiltin(ct, ObjectType, FlagBaseType, layoutOf[Complex](), 0)
}
