// Package cmath is the cmath module: the math functions over complex
// numbers, by the formulas CPython's uses, with its errors for finite
// arguments: a pole is ValueError('math domain error'), a result too
// large for a float OverflowError('math range error'). Results may
// differ from CPython's in the last bit where Go's real functions (Exp,
// Sincos, Hypot, ...) round differently from the C library's. For
// infinite or NaN arguments the results are Go's math/cmplx ones, which
// follow C99's Annex G as CPython's tables do but may differ from them
// in the sign of a zero or of a NaN. The functions keep no state.
package cmath

import (
	"math"
	"math/cmplx"

	"gilfree/runtime"
)

func init() { runtime.BuiltinModules["cmath"] = newModule }

// kind says which error a non-finite result from finite arguments is.
type kind int

const (
	domain   kind = iota // ValueError
	rangeErr             // OverflowError
)

// unary is a function of one complex argument.
type unary struct {
	name string
	f    func(complex128) complex128
	err  kind
	doc  string
}

var unaries = []unary{
	{"sqrt", sqrt, domain, "Return the square root of z."},
	{"exp", exp, rangeErr, "Return the exponential value e**z."},
	{"log10", log10, domain, "Return the base-10 logarithm of z."},
	{"sin", sin, rangeErr, "Return the sine of z."},
	{"cos", cos, rangeErr, "Return the cosine of z."},
	{"tan", tan, rangeErr, "Return the tangent of z."},
	{"asin", asin, domain, "Return the arc sine of z."},
	{"acos", acos, domain, "Return the arc cosine of z."},
	{"atan", atan, domain, "Return the arc tangent of z."},
	{"sinh", sinh, rangeErr, "Return the hyperbolic sine of z."},
	{"cosh", cosh, rangeErr, "Return the hyperbolic cosine of z."},
	{"tanh", tanh, rangeErr, "Return the hyperbolic tangent of z."},
	{"asinh", asinh, domain, "Return the inverse hyperbolic sine of z."},
	{"acosh", acosh, domain, "Return the inverse hyperbolic cosine of z."},
	{"atanh", atanh, domain, "Return the inverse hyperbolic tangent of z."},
}

// The formulas below are Kahan's ("Branch cuts for complex elementary
// functions", 1987), as C99 implementations and CPython use them: they
// keep full precision near the branch points and scale to avoid
// overflow for large arguments. Infinite and NaN arguments go to Go's
// math/cmplx.

const (
	largeDouble     = math.MaxFloat64 / 4
	sqrtLargeDouble = 6.703903964971298e+153 // sqrt(largeDouble)
	logLargeDouble  = 708.3964185322641      // log(largeDouble)
	sqrtDblMin      = 1.4916681462400413e-154
	dblMin          = 2.2250738585072014e-308
)

func finite(z complex128) bool {
	return !math.IsInf(real(z), 0) && !math.IsInf(imag(z), 0) && !math.IsNaN(real(z)) && !math.IsNaN(imag(z))
}

func sqrt(z complex128) complex128 {
	if !finite(z) {
		return cmplx.Sqrt(z)
	}
	re, im := real(z), imag(z)
	if re == 0 && im == 0 {
		return complex(0, im)
	}
	ax, ay := math.Abs(re), math.Abs(im)
	var s float64
	if ax < dblMin && ay < dblMin {
		ax = math.Ldexp(ax, 53)
		s = math.Ldexp(math.Sqrt(ax+math.Hypot(ax, math.Ldexp(ay, 53))), -27)
	} else {
		ax /= 8
		s = 2 * math.Sqrt(ax+math.Hypot(ax, ay/8))
	}
	d := ay / (2 * s)
	if re >= 0 {
		return complex(s, math.Copysign(d, im))
	}
	return complex(d, math.Copysign(s, im))
}

func exp(z complex128) complex128 {
	if !finite(z) {
		return cmplx.Exp(z)
	}
	re, im := real(z), imag(z)
	s, c := math.Sincos(im)
	if im == 0 {
		s = im
	}
	if re > logLargeDouble {
		l := math.Exp(re - 1)
		return complex(l*c*math.E, l*s*math.E)
	}
	l := math.Exp(re)
	return complex(l*c, l*s)
}

// logParts is the real part of log(z), with log1p near |z| = 1.
func logReal(re, im float64) float64 {
	ax, ay := math.Abs(re), math.Abs(im)
	switch {
	case ax > largeDouble || ay > largeDouble:
		return math.Log(math.Hypot(ax/2, ay/2)) + math.Ln2
	case ax < dblMin && ay < dblMin:
		if ax > 0 || ay > 0 {
			return math.Log(math.Hypot(math.Ldexp(ax, 53), math.Ldexp(ay, 53))) - 53*math.Ln2
		}
		return math.Inf(-1)
	}
	h := math.Hypot(ax, ay)
	if 0.71 <= h && h <= 1.73 {
		am, an := max(ax, ay), min(ax, ay)
		return math.Log1p((am-1)*(am+1)+an*an) / 2
	}
	return math.Log(h)
}

func log(z complex128) complex128 {
	if !finite(z) {
		return cmplx.Log(z)
	}
	return complex(logReal(real(z), imag(z)), math.Atan2(imag(z), real(z)))
}

func log10(z complex128) complex128 {
	l := log(z)
	return complex(real(l)/math.Ln10, imag(l)/math.Ln10)
}

func asinh(z complex128) complex128 {
	if !finite(z) {
		return cmplx.Asinh(z)
	}
	re, im := real(z), imag(z)
	if math.Abs(re) > largeDouble || math.Abs(im) > largeDouble {
		l := math.Log(math.Hypot(re/2, im/2)) + 2*math.Ln2
		var r float64
		if im >= 0 {
			r = math.Copysign(l, re)
		} else {
			r = -math.Copysign(l, -re)
		}
		return complex(r, math.Atan2(im, math.Abs(re)))
	}
	s1 := sqrt(complex(1+im, -re))
	s2 := sqrt(complex(1-im, re))
	return complex(math.Asinh(real(s1)*imag(s2)-real(s2)*imag(s1)),
		math.Atan2(im, real(s1)*real(s2)-imag(s1)*imag(s2)))
}

// asin is -i asinh(iz).
func asin(z complex128) complex128 {
	s := asinh(complex(-imag(z), real(z)))
	return complex(imag(s), -real(s))
}

func acos(z complex128) complex128 {
	if !finite(z) {
		return cmplx.Acos(z)
	}
	re, im := real(z), imag(z)
	if math.Abs(re) > largeDouble || math.Abs(im) > largeDouble {
		l := math.Log(math.Hypot(re/2, im/2)) + 2*math.Ln2
		var i float64
		if re < 0 {
			i = -math.Copysign(l, im)
		} else {
			i = math.Copysign(l, -im)
		}
		return complex(math.Atan2(math.Abs(im), re), i)
	}
	s1 := sqrt(complex(1-re, -im))
	s2 := sqrt(complex(1+re, im))
	return complex(2*math.Atan2(real(s1), real(s2)),
		math.Asinh(real(s2)*imag(s1)-imag(s2)*real(s1)))
}

func acosh(z complex128) complex128 {
	if !finite(z) {
		return cmplx.Acosh(z)
	}
	re, im := real(z), imag(z)
	if math.Abs(re) > largeDouble || math.Abs(im) > largeDouble {
		return complex(math.Log(math.Hypot(re/2, im/2))+2*math.Ln2, math.Atan2(im, re))
	}
	s1 := sqrt(complex(re-1, im))
	s2 := sqrt(complex(re+1, im))
	return complex(math.Asinh(real(s1)*real(s2)+imag(s1)*imag(s2)),
		2*math.Atan2(imag(s1), real(s2)))
}

func atanh(z complex128) complex128 {
	if !finite(z) {
		return cmplx.Atanh(z)
	}
	re, im := real(z), imag(z)
	if re < 0 {
		return -atanh(-z)
	}
	ay := math.Abs(im)
	switch {
	case re > sqrtLargeDouble || ay > sqrtLargeDouble:
		h := math.Hypot(re/2, im/2)
		return complex(re/4/h/h, -math.Copysign(math.Pi/2, -im))
	case re == 1 && ay < sqrtDblMin:
		if ay == 0 {
			return complex(math.Inf(1), im)
		}
		return complex(-math.Log(math.Sqrt(ay)/math.Sqrt(math.Hypot(ay, 2))),
			math.Copysign(math.Atan2(2, -ay)/2, im))
	}
	return complex(math.Log1p(4*re/((1-re)*(1-re)+ay*ay))/4,
		-math.Atan2(-2*im, (1-re)*(1+re)-ay*ay)/2)
}

// atan is -i atanh(iz).
func atan(z complex128) complex128 {
	s := atanh(complex(-imag(z), real(z)))
	return complex(imag(s), -real(s))
}

func cosh(z complex128) complex128 {
	if !finite(z) {
		return cmplx.Cosh(z)
	}
	re, im := real(z), imag(z)
	s, c := math.Sincos(im)
	if math.Abs(re) > logLargeDouble {
		x := re - math.Copysign(1, re)
		return complex(c*math.Cosh(x)*math.E, s*math.Sinh(x)*math.E)
	}
	return complex(c*math.Cosh(re), s*math.Sinh(re))
}

func sinh(z complex128) complex128 {
	if !finite(z) {
		return cmplx.Sinh(z)
	}
	re, im := real(z), imag(z)
	s, c := math.Sincos(im)
	if math.Abs(re) > logLargeDouble {
		x := re - math.Copysign(1, re)
		return complex(c*math.Sinh(x)*math.E, s*math.Cosh(x)*math.E)
	}
	return complex(c*math.Sinh(re), s*math.Cosh(re))
}

func tanh(z complex128) complex128 {
	if !finite(z) {
		return cmplx.Tanh(z)
	}
	re, im := real(z), imag(z)
	if math.Abs(re) > logLargeDouble {
		s, c := math.Sincos(im)
		return complex(math.Copysign(1, re), 4*s*c*math.Exp(-2*math.Abs(re)))
	}
	tx := math.Tanh(re)
	ty := math.Tan(im)
	cx := 1 / math.Cosh(re)
	txty := tx * ty
	denom := 1 + txty*txty
	return complex(tx*(1+ty*ty)/denom, ((ty/denom)*cx)*cx)
}

// sin is -i sinh(iz), cos is cosh(iz) and tan is -i tanh(iz).
func sin(z complex128) complex128 {
	s := sinh(complex(-imag(z), real(z)))
	return complex(imag(s), -real(s))
}

func cos(z complex128) complex128 { return cosh(complex(-imag(z), real(z))) }

func tan(z complex128) complex128 {
	s := tanh(complex(-imag(z), real(z)))
	return complex(imag(s), -real(s))
}

func newModule(t *runtime.Thread) *runtime.Module {
	m := t.NewModule("cmath")
	for _, c := range []struct {
		name string
		v    float64
	}{{"pi", math.Pi}, {"e", math.E}, {"tau", 2 * math.Pi}, {"inf", math.Inf(1)}, {"nan", math.NaN()}} {
		f := t.NewFloat(c.v)
		t.ModuleSet(m, c.name, f)
		t.Decref(f)
	}
	for _, c := range []struct {
		name string
		v    complex128
	}{{"infj", complex(0, math.Inf(1))}, {"nanj", complex(0, math.NaN())}} {
		z := t.NewComplex(c.v)
		t.ModuleSet(m, c.name, z)
		t.Decref(z)
	}
	for _, u := range unaries {
		u := u
		t.AddFunctions(m, runtime.MethodDef{Name: u.name, Doc: u.doc, Fn: func(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
			if err := t.CheckArgs(u.name, args, kw, 1, 1); err != nil {
				return nil, err
			}
			z, err := complexArg(t, args[0])
			if err != nil {
				return nil, err
			}
			return result(t, u.f(z), u.err, z)
		}})
	}
	t.AddFunctions(m,
		runtime.MethodDef{Name: "log", Fn: logFn, Doc: "log(z[, base]) -> the logarithm of z to the given base."},
		runtime.MethodDef{Name: "phase", Fn: phase, Doc: "Return argument, also known as the phase angle, of a complex."},
		runtime.MethodDef{Name: "polar", Fn: polar, Doc: "Convert a complex from rectangular coordinates to polar coordinates."},
		runtime.MethodDef{Name: "rect", Fn: rect, Doc: "Convert from polar coordinates to rectangular coordinates."},
		runtime.MethodDef{Name: "isfinite", Fn: isfinite, Doc: "Return True if both the real and imaginary parts of z are finite, else False."},
		runtime.MethodDef{Name: "isinf", Fn: isinf, Doc: "Checks if the real or imaginary part of z is infinite."},
		runtime.MethodDef{Name: "isnan", Fn: isnan, Doc: "Checks if the real or imaginary part of z not a number (NaN)."},
		runtime.MethodDef{Name: "isclose", Fn: isclose, Doc: "Determine whether two complex numbers are close in value."},
	)
	return m
}

// complexArg converts an argument as CPython's cmath does: complex(x)
// for anything with __complex__, __float__ or __index__.
func complexArg(t *runtime.Thread, o *runtime.Object) (complex128, error) {
	typ := runtime.TypeOf(o)
	if !typ.IsSubtype(runtime.ComplexType) && typ.Float == nil && typ.Index == nil {
		if _, err := t.GetAttr(o, runtime.Intern("__complex__")); err != nil {
			t.DropError(err)
			return 0, t.TypeError("must be real number, not %s", typ.Name)
		}
	}
	c, err := t.Call(runtime.ComplexType.Obj(), []*runtime.Object{o}, nil)
	if err != nil {
		return 0, err
	}
	defer t.Decref(c)
	re, err := part(t, c, "real")
	if err != nil {
		return 0, err
	}
	im, err := part(t, c, "imag")
	if err != nil {
		return 0, err
	}
	return complex(re, im), nil
}

func part(t *runtime.Thread, c *runtime.Object, name string) (float64, error) {
	p, err := t.GetAttr(c, runtime.Intern(name))
	if err != nil {
		return 0, err
	}
	defer t.Decref(p)
	return t.FloatOf(p)
}

// result returns r, or the error CPython raises when finite arguments
// give a non-finite result.
func result(t *runtime.Thread, r complex128, k kind, in ...complex128) (*runtime.Object, error) {
	for _, z := range in {
		if !finite(z) {
			return t.NewComplex(r), nil
		}
	}
	if !finite(r) {
		if k == rangeErr && (math.IsInf(real(r), 0) || math.IsInf(imag(r), 0)) {
			return nil, t.NewErrorMsg(runtime.OverflowErrorType, "math range error")
		}
		return nil, t.ValueError("math domain error")
	}
	return t.NewComplex(r), nil
}

func logFn(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	var a [2]*runtime.Object
	if err := t.ParseArgs("log", args, kw, []string{"x", "base"}, 1, a[:]); err != nil {
		return nil, err
	}
	z, err := complexArg(t, a[0])
	if err != nil {
		return nil, err
	}
	r := log(z)
	if a[1] == nil {
		return result(t, r, domain, z)
	}
	b, err := complexArg(t, a[1])
	if err != nil {
		return nil, err
	}
	lb := log(b)
	if lb == 0 {
		return nil, t.ValueError("math domain error")
	}
	return result(t, r/lb, domain, z, b)
}

func oneArg(t *runtime.Thread, name string, args []*runtime.Object, kw *runtime.Tuple) (complex128, error) {
	if err := t.CheckArgs(name, args, kw, 1, 1); err != nil {
		return 0, err
	}
	return complexArg(t, args[0])
}

func phase(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	z, err := oneArg(t, "phase", args, kw)
	if err != nil {
		return nil, err
	}
	return t.NewFloat(math.Atan2(imag(z), real(z))), nil
}

func polar(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	z, err := oneArg(t, "polar", args, kw)
	if err != nil {
		return nil, err
	}
	r := math.Hypot(real(z), imag(z))
	if math.IsInf(r, 0) && finite(z) {
		return nil, t.NewErrorMsg(runtime.OverflowErrorType, "absolute value too large")
	}
	a, b := t.NewFloat(r), t.NewFloat(math.Atan2(imag(z), real(z)))
	tup := t.NewTuple(a, b)
	t.Decref(a)
	t.Decref(b)
	return tup.Obj(), nil
}

func rect(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.CheckArgs("rect", args, kw, 2, 2); err != nil {
		return nil, err
	}
	r, err := realArg(t, args[0])
	if err != nil {
		return nil, err
	}
	phi, err := realArg(t, args[1])
	if err != nil {
		return nil, err
	}
	if math.IsInf(phi, 0) && !math.IsNaN(r) && r != 0 {
		return nil, t.ValueError("math domain error")
	}
	if phi == 0 {
		return t.NewComplex(complex(r, r*phi)), nil
	}
	s, c := math.Sincos(phi)
	return t.NewComplex(complex(r*c, r*s)), nil
}

func realArg(t *runtime.Thread, o *runtime.Object) (float64, error) {
	typ := runtime.TypeOf(o)
	if typ.Float == nil && typ.Index == nil && !runtime.IsFloat(o) && !runtime.IsInt(o) {
		return 0, t.TypeError("must be real number, not %s", typ.Name)
	}
	return t.FloatOf(o)
}

func isfinite(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	z, err := oneArg(t, "isfinite", args, kw)
	if err != nil {
		return nil, err
	}
	return runtime.NewBool(finite(z)), nil
}

func isinf(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	z, err := oneArg(t, "isinf", args, kw)
	if err != nil {
		return nil, err
	}
	return runtime.NewBool(math.IsInf(real(z), 0) || math.IsInf(imag(z), 0)), nil
}

func isnan(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	z, err := oneArg(t, "isnan", args, kw)
	if err != nil {
		return nil, err
	}
	return runtime.NewBool(math.IsNaN(real(z)) || math.IsNaN(imag(z))), nil
}

func isclose(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	var a [4]*runtime.Object
	if err := t.ParseArgs("isclose", args, kw, []string{"a", "b", "$rel_tol", "$abs_tol"}, 2, a[:]); err != nil {
		return nil, err
	}
	x, err := complexArg(t, a[0])
	if err != nil {
		return nil, err
	}
	y, err := complexArg(t, a[1])
	if err != nil {
		return nil, err
	}
	relTol, absTol := 1e-9, 0.0
	if a[2] != nil {
		if relTol, err = realArg(t, a[2]); err != nil {
			return nil, err
		}
	}
	if a[3] != nil {
		if absTol, err = realArg(t, a[3]); err != nil {
			return nil, err
		}
	}
	if relTol < 0 || absTol < 0 {
		return nil, t.ValueError("tolerances must be non-negative")
	}
	if x == y {
		return runtime.NewBool(true), nil
	}
	if !finite(x) || !finite(y) {
		return runtime.NewBool(false), nil
	}
	diff := cmplx.Abs(x - y)
	ok := diff <= relTol*cmplx.Abs(y) || diff <= relTol*cmplx.Abs(x) || diff <= absTol
	return runtime.NewBool(ok), nil
}
