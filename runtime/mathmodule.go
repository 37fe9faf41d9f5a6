package runtime

import (
	"math"
	"math/big"
)

// The math module.

func init() { BuiltinModules["math"] = newMathModule }

// mathArg converts an argument of a math function to a float.
func (t *Thread) mathArg(o *Object) (float64, error) {
	if IsFloat(o) {
		return FloatValue(o), nil
	}
	if IsInt(o) {
		return t.intFloat(o)
	}
	if TypeOf(o).Float == nil && TypeOf(o).Index == nil {
		return 0, t.TypeError("must be real number, not %s", TypeOf(o).Name)
	}
	return t.FloatOf(o)
}

// mathResult checks a result as CPython's math functions do: a NaN from
// non-NaN input is a domain error, an infinity from finite input a range
// error.
func (t *Thread) mathResult(r float64, in ...float64) (*Object, error) {
	finite, nan := true, false
	for _, x := range in {
		if math.IsInf(x, 0) {
			finite = false
		}
		if math.IsNaN(x) {
			nan = true
		}
	}
	switch {
	case math.IsNaN(r) && !nan:
		return nil, t.ValueError("math domain error")
	case math.IsInf(r, 0) && finite && !nan:
		return nil, t.OverflowError("math range error")
	}
	return t.NewFloat(r), nil
}

func math1(name string, f func(float64) float64) MethodDef {
	return MethodDef{name, func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
		if len(args) != 1 || kw != nil {
			return nil, t.mathArgs(name, args, kw, 1, 1)
		}
		var x float64
		if o := args[0]; IsFloat(o) {
			x = FloatValue(o)
		} else {
			var err error
			if x, err = t.mathArg(o); err != nil {
				return nil, err
			}
		}
		r := f(x)
		if r-r == 0 {
			// Finite (r-r is NaN for a NaN or an infinity): no error
			// to check for, and no variadic slice for mathResult.
			return t.NewFloat(r), nil
		}
		return t.mathResult(r, x)
	}, ""}
}

// mathSqrt is math.sqrt without math1's two closures: a direct call of
// the square root (which the compiler makes one instruction).
func mathSqrt(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if len(args) != 1 || kw != nil {
		return nil, t.mathArgs("sqrt", args, kw, 1, 1)
	}
	var x float64
	if o := args[0]; IsFloat(o) {
		x = FloatValue(o)
	} else {
		var err error
		if x, err = t.mathArg(o); err != nil {
			return nil, err
		}
	}
	if x < 0 {
		return nil, t.ValueError("math domain error")
	}
	r := math.Sqrt(x)
	if r-r == 0 {
		return t.NewFloat(r), nil // finite, as in math1
	}
	return t.mathResult(r, x)
}

func math2(name string, f func(float64, float64) float64) MethodDef {
	return MethodDef{name, func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
		if err := t.mathArgs(name, args, kw, 2, 2); err != nil {
			return nil, err
		}
		x, err := t.mathArg(args[0])
		if err != nil {
			return nil, err
		}
		y, err := t.mathArg(args[1])
		if err != nil {
			return nil, err
		}
		return t.mathResult(f(x, y), x, y)
	}, ""}
}

// domain wraps f to return NaN outside [lo, hi] (a domain error).
func domain(f func(float64) float64, ok func(float64) bool) func(float64) float64 {
	return func(x float64) float64 {
		if !ok(x) && !math.IsNaN(x) {
			return math.NaN()
		}
		return f(x)
	}
}

// mathIntRound is floor, ceil and trunc: the __floor__ etc. of the argument,
// or the float operation.
func mathIntRound(name string, dunder *Str, f func(float64) float64) MethodDef {
	return MethodDef{name, func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
		if err := t.mathArgs(name, args, kw, 1, 1); err != nil {
			return nil, err
		}
		x := args[0]
		if TypeOf(x) == FloatType {
			return t.IntFromFloat(f(FloatValue(x)))
		}
		if IsInt(x) {
			return intPos(t, x)
		}
		if r, found, err := t.CallDunder(x, dunder, nil); found {
			return r, err
		}
		v, err := t.mathArg(x)
		if err != nil {
			return nil, err
		}
		return t.IntFromFloat(f(v))
	}, ""}
}

func mathLog(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.mathArgs("log", args, kw, 1, 2); err != nil {
		return nil, err
	}
	lg := func(o *Object) (float64, error) {
		if IsInt(o) && As[Int](o).b != nil {
			b := bigOf(o)
			if b.Sign() <= 0 {
				return 0, t.ValueError("math domain error")
			}
			// log of a big int: its float mantissa and binary exponent.
			mant := new(big.Float)
			exp := new(big.Float).SetInt(b).MantExp(mant)
			f, _ := mant.Float64()
			return math.Log(f) + float64(exp)*math.Ln2, nil
		}
		x, err := t.mathArg(o)
		if err != nil {
			return 0, err
		}
		if x <= 0 {
			return 0, t.ValueError("math domain error")
		}
		return math.Log(x), nil
	}
	num, err := lg(args[0])
	if err != nil {
		return nil, err
	}
	if len(args) == 2 {
		den, err := lg(args[1])
		if err != nil {
			return nil, err
		}
		if den == 0 {
			return nil, t.ZeroDivisionError("float division by zero")
		}
		return t.NewFloat(num / den), nil
	}
	return t.NewFloat(num), nil
}

func mathLogBase(name string, f func(float64) float64) MethodDef {
	return MethodDef{name, func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
		if err := t.mathArgs(name, args, kw, 1, 1); err != nil {
			return nil, err
		}
		x, err := t.mathArg(args[0])
		if err != nil {
			return nil, err
		}
		if x <= 0 {
			return nil, t.ValueError("math domain error")
		}
		return t.NewFloat(f(x)), nil
	}, ""}
}

func mathPow(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.mathArgs("pow", args, kw, 2, 2); err != nil {
		return nil, err
	}
	x, err := t.mathArg(args[0])
	if err != nil {
		return nil, err
	}
	y, err := t.mathArg(args[1])
	if err != nil {
		return nil, err
	}
	if x == 0 && y < 0 {
		return nil, t.ValueError("math domain error")
	}
	if x < 0 && y != math.Trunc(y) && !math.IsInf(y, 0) {
		return nil, t.ValueError("math domain error")
	}
	return t.mathResult(math.Pow(x, y), x, y)
}

func mathFactorial(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.mathArgs("factorial", args, kw, 1, 1); err != nil {
		return nil, err
	}
	if IsFloat(args[0]) {
		return nil, t.TypeError("'float' object cannot be interpreted as an integer")
	}
	n, err := t.IndexInt(args[0])
	if err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, t.ValueError("factorial() not defined for negative values")
	}
	r := new(big.Int).MulRange(1, int64(n))
	return t.NewBigInt(r), nil
}

// intArgs converts every argument to a big.Int through __index__.
func (t *Thread) intArgs(args []*Object) ([]*big.Int, error) {
	out := make([]*big.Int, len(args))
	for i, a := range args {
		x, err := t.Index(a)
		if err != nil {
			return nil, err
		}
		out[i] = new(big.Int).Set(bigOf(x))
		t.Decref(x)
	}
	return out, nil
}

func mathGcd(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.NoKwargs("math.gcd", kw); err != nil {
		return nil, err
	}
	xs, err := t.intArgs(args)
	if err != nil {
		return nil, err
	}
	g := new(big.Int)
	for _, x := range xs {
		g.GCD(nil, nil, g, new(big.Int).Abs(x))
	}
	return t.NewBigInt(g), nil
}

func mathLcm(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	xs, err := t.intArgs(args)
	if err != nil {
		return nil, err
	}
	l := big.NewInt(1)
	for _, x := range xs {
		x.Abs(x)
		if x.Sign() == 0 {
			return SmallInt(0), nil
		}
		g := new(big.Int).GCD(nil, nil, l, x)
		l.Mul(l, new(big.Int).Quo(x, g))
	}
	return t.NewBigInt(l), nil
}

func mathCombPerm(comb bool) NativeFunc {
	return func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
		name := "perm"
		min := 1
		if comb {
			name, min = "comb", 2
		}
		if err := t.mathArgs(name, args, kw, min, 2); err != nil {
			return nil, err
		}
		xs, err := t.intArgs(args)
		if err != nil {
			return nil, err
		}
		n := xs[0]
		k := n
		if len(xs) == 2 && args[1] != None {
			k = xs[1]
		}
		if n.Sign() < 0 {
			return nil, t.ValueError("n must be a non-negative integer")
		}
		if k.Sign() < 0 {
			return nil, t.ValueError("k must be a non-negative integer")
		}
		if k.Cmp(n) > 0 {
			return SmallInt(0), nil
		}
		if n.IsInt64() {
			nn, kk := n.Int64(), k.Int64()
			if comb {
				return t.NewBigInt(new(big.Int).Binomial(nn, kk)), nil
			}
			return t.NewBigInt(new(big.Int).MulRange(nn-kk+1, nn)), nil
		}
		// n beyond a machine word: the product of the k factors from
		// n down (divided step by step by 1..k for comb, which takes the
		// smaller of k and n-k), as CPython computes it.
		if comb {
			if nk := new(big.Int).Sub(n, k); nk.Cmp(k) < 0 {
				k = nk
			}
			if !k.IsInt64() {
				return nil, t.OverflowError("min(n - k, k) must not exceed %d", int64(math.MaxInt64))
			}
		} else if !k.IsInt64() {
			return nil, t.OverflowError("k must not exceed %d", int64(math.MaxInt64))
		}
		r, f := big.NewInt(1), new(big.Int)
		for i := int64(0); i < k.Int64(); i++ {
			r.Mul(r, f.Sub(n, f.SetInt64(i)))
			if comb {
				r.Quo(r, f.SetInt64(i+1))
			}
		}
		return t.NewBigInt(r), nil
	}
}

func mathIsqrt(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.mathArgs("isqrt", args, kw, 1, 1); err != nil {
		return nil, err
	}
	xs, err := t.intArgs(args)
	if err != nil {
		return nil, err
	}
	if xs[0].Sign() < 0 {
		return nil, t.ValueError("isqrt() argument must be nonnegative")
	}
	return t.NewBigInt(new(big.Int).Sqrt(xs[0])), nil
}

func mathProd(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	var a [2]*Object
	if err := t.ParseArgs("prod", args, kw, []string{"iterable", "$start"}, 1, a[:]); err != nil {
		return nil, err
	}
	acc := SmallInt(1)
	if a[1] != nil {
		acc = t.NewRef(a[1])
	}
	err := t.ForEach(a[0], func(v *Object) (bool, error) {
		r, err := t.BinaryOp(acc, v, OpMul)
		if err != nil {
			return false, err
		}
		t.Decref(acc)
		acc = r
		return true, nil
	})
	if err != nil {
		t.Decref(acc)
		return nil, err
	}
	return acc, nil
}

// mathFsum is an exactly rounded sum (Shewchuk's algorithm, as CPython's).
func mathFsum(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.mathArgs("fsum", args, kw, 1, 1); err != nil {
		return nil, err
	}
	var partials []float64
	// special sums the NaNs and infinities, infSum the infinities alone:
	// a NaN in the data gives NaN, infinities of both signs an error.
	special, infSum := 0.0, 0.0
	overflow := false
	err := t.ForEach(args[0], func(v *Object) (bool, error) {
		x, err := t.mathArg(v)
		if err != nil {
			return false, err
		}
		if math.IsInf(x, 0) || math.IsNaN(x) {
			special += x
			if math.IsInf(x, 0) {
				infSum += x
			}
			return true, nil
		}
		i := 0
		for _, y := range partials {
			if math.Abs(x) < math.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			lo := y - (hi - x)
			if lo != 0 {
				partials[i] = lo
				i++
			}
			x = hi
		}
		if math.IsInf(x, 0) {
			overflow = true
		}
		partials = append(partials[:i], x)
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	if overflow {
		return nil, t.OverflowError("intermediate overflow in fsum")
	}
	if special != 0 || math.IsNaN(special) {
		if math.IsNaN(infSum) {
			return nil, t.ValueError("-inf + inf in fsum")
		}
		return t.NewFloat(special), nil
	}
	hi := 0.0
	n := len(partials)
	if n > 0 {
		n--
		hi = partials[n]
		var lo float64
		for n > 0 {
			x := hi
			n--
			y := partials[n]
			hi = x + y
			yr := hi - x
			lo = y - yr
			if lo != 0 {
				break
			}
		}
		if n > 0 && (lo < 0 && partials[n-1] < 0 || lo > 0 && partials[n-1] > 0) {
			y := lo * 2
			x := hi + y
			if y == x-hi {
				hi = x
			}
		}
	}
	return t.NewFloat(hi), nil
}

func mathIsClose(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	var a [4]*Object
	if err := t.ParseArgs("isclose", args, kw, []string{"a", "b", "$rel_tol", "$abs_tol"}, 2, a[:]); err != nil {
		return nil, err
	}
	x, err := t.mathArg(a[0])
	if err != nil {
		return nil, err
	}
	y, err := t.mathArg(a[1])
	if err != nil {
		return nil, err
	}
	rel, abs := 1e-9, 0.0
	if a[2] != nil {
		if rel, err = t.mathArg(a[2]); err != nil {
			return nil, err
		}
	}
	if a[3] != nil {
		if abs, err = t.mathArg(a[3]); err != nil {
			return nil, err
		}
	}
	if rel < 0 || abs < 0 {
		return nil, t.ValueError("tolerances must be non-negative")
	}
	if x == y {
		return True, nil
	}
	if math.IsInf(x, 0) || math.IsInf(y, 0) {
		return False, nil
	}
	d := math.Abs(y - x)
	return NewBool(d <= math.Abs(rel*y) || d <= math.Abs(rel*x) || d <= abs), nil
}

func mathHypot(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	r := 0.0
	for _, a := range args {
		x, err := t.mathArg(a)
		if err != nil {
			return nil, err
		}
		r = math.Hypot(r, x)
	}
	return t.NewFloat(r), nil
}

func mathDist(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.mathArgs("dist", args, kw, 2, 2); err != nil {
		return nil, err
	}
	p, err := t.SequenceItems(args[0])
	if err != nil {
		return nil, err
	}
	defer t.releaseItems(p)
	q, err := t.SequenceItems(args[1])
	if err != nil {
		return nil, err
	}
	defer t.releaseItems(q)
	if len(p) != len(q) {
		return nil, t.ValueError("both points must have the same number of dimensions")
	}
	r := 0.0
	for i := range p {
		x, err := t.mathArg(p[i])
		if err != nil {
			return nil, err
		}
		y, err := t.mathArg(q[i])
		if err != nil {
			return nil, err
		}
		r = math.Hypot(r, x-y)
	}
	return t.NewFloat(r), nil
}

func mathFrexp(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.mathArgs("frexp", args, kw, 1, 1); err != nil {
		return nil, err
	}
	x, err := t.mathArg(args[0])
	if err != nil {
		return nil, err
	}
	m, e := math.Frexp(x)
	return t.NewTupleSteal([]*Object{t.NewFloat(m), t.NewInt(int64(e))}).Obj(), nil
}

func mathModf(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.mathArgs("modf", args, kw, 1, 1); err != nil {
		return nil, err
	}
	x, err := t.mathArg(args[0])
	if err != nil {
		return nil, err
	}
	i, f := math.Modf(x)
	if math.IsInf(x, 0) {
		f = math.Copysign(0, x)
	}
	return t.NewTupleSteal([]*Object{t.NewFloat(f), t.NewFloat(i)}).Obj(), nil
}

func mathLdexp(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.mathArgs("ldexp", args, kw, 2, 2); err != nil {
		return nil, err
	}
	x, err := t.mathArg(args[0])
	if err != nil {
		return nil, err
	}
	if !IsInt(args[1]) {
		return nil, t.TypeError("Expected an int as second argument to ldexp.")
	}
	e, ok := IntSmall(args[1])
	if !ok {
		e = 1 << 20
		if intSign(args[1]) < 0 {
			e = -e
		}
	}
	e = max(min(e, 1<<20), -(1 << 20))
	return t.mathResult(math.Ldexp(x, int(e)), x)
}

func mathBool(name string, f func(float64) bool) MethodDef {
	return MethodDef{name, func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
		if err := t.mathArgs(name, args, kw, 1, 1); err != nil {
			return nil, err
		}
		x, err := t.mathArg(args[0])
		if err != nil {
			return nil, err
		}
		return NewBool(f(x)), nil
	}, ""}
}

func newMathModule(t *Thread) *Module {
	m := t.NewModule("math")
	t.ModuleSet(m, "pi", t.NewFloat(math.Pi))
	t.ModuleSet(m, "e", t.NewFloat(math.E))
	t.ModuleSet(m, "tau", t.NewFloat(2*math.Pi))
	t.ModuleSet(m, "inf", t.NewFloat(math.Inf(1)))
	t.ModuleSet(m, "nan", t.NewFloat(NaN(false)))
	unit := func(x float64) bool { return x >= -1 && x <= 1 }
	t.AddFunctions(m,
		MethodDef{"sqrt", mathSqrt, ""},
		math1("exp", math.Exp),
		math1("exp2", math.Exp2),
		math1("expm1", math.Expm1),
		math1("cbrt", math.Cbrt),
		MethodDef{"log", mathLog, "log(x, [base=math.e])"},
		mathLogBase("log2", math.Log2),
		mathLogBase("log10", math.Log10),
		math1("log1p", domain(math.Log1p, func(x float64) bool { return x > -1 })),
		MethodDef{"pow", mathPow, "Return x**y (x to the power of y)."},
		math1("sin", domain(math.Sin, func(x float64) bool { return !math.IsInf(x, 0) })),
		math1("cos", domain(math.Cos, func(x float64) bool { return !math.IsInf(x, 0) })),
		math1("tan", domain(math.Tan, func(x float64) bool { return !math.IsInf(x, 0) })),
		math1("asin", domain(math.Asin, unit)),
		math1("acos", domain(math.Acos, unit)),
		math1("atan", math.Atan),
		math2("atan2", math.Atan2),
		math1("sinh", math.Sinh),
		math1("cosh", math.Cosh),
		math1("tanh", math.Tanh),
		math1("asinh", math.Asinh),
		math1("acosh", domain(math.Acosh, func(x float64) bool { return x >= 1 })),
		math1("atanh", domain(math.Atanh, func(x float64) bool { return x > -1 && x < 1 })),
		math1("fabs", math.Abs),
		math2("fmod", func(x, y float64) float64 {
			if y == 0 || math.IsInf(x, 0) {
				return math.NaN()
			}
			return math.Mod(x, y)
		}),
		math2("copysign", math.Copysign),
		math2("remainder", math.Remainder),
		math2("nextafter", math.Nextafter),
		math1("ulp", func(x float64) float64 {
			x = math.Abs(x)
			if math.IsInf(x, 0) || math.IsNaN(x) {
				return x
			}
			return math.Nextafter(x, math.Inf(1)) - x
		}),
		math1("degrees", func(x float64) float64 { return x * 180 / math.Pi }),
		math1("radians", func(x float64) float64 { return x * math.Pi / 180 }),
		math1("erf", math.Erf),
		math1("erfc", math.Erfc),
		math1("gamma", domain(math.Gamma, func(x float64) bool { return !(x <= 0 && x == math.Trunc(x)) })),
		math1("lgamma", domain(func(x float64) float64 { v, _ := math.Lgamma(x); return v }, func(x float64) bool { return !(x <= 0 && x == math.Trunc(x)) })),
		mathIntRound("floor", Intern("__floor__"), math.Floor),
		mathIntRound("ceil", Intern("__ceil__"), math.Ceil),
		mathIntRound("trunc", dnTrunc, math.Trunc),
		mathBool("isfinite", func(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }),
		mathBool("isinf", func(x float64) bool { return math.IsInf(x, 0) }),
		mathBool("isnan", math.IsNaN),
		MethodDef{"isclose", mathIsClose, "Determine whether two floating point numbers are close in value."},
		MethodDef{"factorial", mathFactorial, "Find n!."},
		MethodDef{"gcd", mathGcd, "Greatest Common Divisor."},
		MethodDef{"lcm", mathLcm, "Least Common Multiple."},
		MethodDef{"comb", mathCombPerm(true), "Number of ways to choose k items from n items without repetition and without order."},
		MethodDef{"perm", mathCombPerm(false), "Number of ways to choose k items from n items without repetition and with order."},
		MethodDef{"isqrt", mathIsqrt, "Return the integer part of the square root of the input."},
		MethodDef{"prod", mathProd, "Calculate the product of all the elements in the input iterable."},
		MethodDef{"fsum", mathFsum, "Return an accurate floating point sum of values in the iterable seq."},
		MethodDef{"hypot", mathHypot, "Multidimensional Euclidean distance from the origin to a point."},
		MethodDef{"dist", mathDist, "Return the Euclidean distance between two points p and q."},
		MethodDef{"frexp", mathFrexp, "Return the mantissa and exponent of x, as pair (m, e)."},
		MethodDef{"modf", mathModf, "Return the fractional and integer parts of x."},
		MethodDef{"ldexp", mathLdexp, "Return x * (2**i)."},
	)
	return m
}

// mathArgs is CheckArgs with CPython's wording for the math module: its
// functions name themselves "math.f" when they take no keywords or
// exactly one argument, and plainly in the "f expected n arguments"
// messages. The prefix is only built on the error path.
func (t *Thread) mathArgs(name string, args []*Object, kw *Tuple, min, max int) error {
	if kw == nil && uint(len(args)-min) <= uint(max-min) {
		return nil
	}
	if kw.Len() > 0 || (min == 1 && max == 1) {
		name = "math." + name
	}
	return t.checkArgsSlow(name, len(args), kw, min, max)
}
