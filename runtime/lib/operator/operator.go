// Package operator is the _operator module: Python's operators as
// functions (operator.add is a + b), and the callable objects
// itemgetter, attrgetter and methodcaller. runtime/lib/py/operator.py
// re-exports it with the dunder aliases (operator.__add__).
//
// Each function is one call into the runtime's own implementation of the
// operator, so operator.add(a, b) and a + b cannot disagree.
package operator

import (
	"gilfree/runtime"
)

// binary wraps a two-operand runtime operation.
func binary(name string, op func(t *runtime.Thread, a, b *runtime.Object) (*runtime.Object, error)) runtime.MethodDef {
	return runtime.MethodDef{Name: name, Fn: func(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
		if err := t.CheckArgs(name, args, kw, 2, 2); err != nil {
			return nil, err
		}
		return op(t, args[0], args[1])
	}, Doc: "Same as a " + name + " b."}
}

// unary wraps a one-operand runtime operation.
func unary(name string, op func(t *runtime.Thread, a *runtime.Object) (*runtime.Object, error)) runtime.MethodDef {
	return runtime.MethodDef{Name: name, Fn: func(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
		if err := t.CheckArgs(name, args, kw, 1, 1); err != nil {
			return nil, err
		}
		return op(t, args[0])
	}, Doc: "Same as " + name + "(a)."}
}

func binop(op runtime.BinaryOp) func(t *runtime.Thread, a, b *runtime.Object) (*runtime.Object, error) {
	return func(t *runtime.Thread, a, b *runtime.Object) (*runtime.Object, error) { return t.BinaryOp(a, b, op) }
}

func inplace(op runtime.BinaryOp) func(t *runtime.Thread, a, b *runtime.Object) (*runtime.Object, error) {
	return func(t *runtime.Thread, a, b *runtime.Object) (*runtime.Object, error) { return t.InPlaceOp(a, b, op) }
}

func compare(op runtime.CompareOp) func(t *runtime.Thread, a, b *runtime.Object) (*runtime.Object, error) {
	return func(t *runtime.Thread, a, b *runtime.Object) (*runtime.Object, error) { return t.RichCompare(a, b, op) }
}

var binaryOps = []struct {
	name string
	op   runtime.BinaryOp
}{
	{"add", runtime.OpAdd}, {"sub", runtime.OpSub}, {"mul", runtime.OpMul},
	{"matmul", runtime.OpMatMul}, {"truediv", runtime.OpTrueDiv}, {"floordiv", runtime.OpFloorDiv},
	{"mod", runtime.OpMod}, {"pow", runtime.OpPow}, {"lshift", runtime.OpLShift},
	{"rshift", runtime.OpRShift}, {"and_", runtime.OpAnd}, {"or_", runtime.OpOr},
	{"xor", runtime.OpXor},
}

func newModule(t *runtime.Thread) *runtime.Module {
	m := t.NewModule("_operator")
	var defs []runtime.MethodDef
	for _, b := range binaryOps {
		defs = append(defs, binary(b.name, binop(b.op)))
		iname := "i" + b.name
		if b.name[len(b.name)-1] == '_' {
			iname = "i" + b.name[:len(b.name)-1]
		}
		defs = append(defs, binary(iname, inplace(b.op)))
	}
	defs = append(defs,
		binary("lt", compare(runtime.CmpLt)), binary("le", compare(runtime.CmpLe)),
		binary("eq", compare(runtime.CmpEq)), binary("ne", compare(runtime.CmpNe)),
		binary("gt", compare(runtime.CmpGt)), binary("ge", compare(runtime.CmpGe)),
		binary("is_", func(t *runtime.Thread, a, b *runtime.Object) (*runtime.Object, error) {
			return runtime.NewBool(a == b), nil
		}),
		binary("is_not", func(t *runtime.Thread, a, b *runtime.Object) (*runtime.Object, error) {
			return runtime.NewBool(a != b), nil
		}),
		binary("contains", func(t *runtime.Thread, a, b *runtime.Object) (*runtime.Object, error) {
			ok, err := t.Contains(a, b)
			if err != nil {
				return nil, err
			}
			return runtime.NewBool(ok), nil
		}),
		binary("getitem", func(t *runtime.Thread, a, b *runtime.Object) (*runtime.Object, error) { return t.GetItem(a, b) }),
		binary("delitem", func(t *runtime.Thread, a, b *runtime.Object) (*runtime.Object, error) {
			if err := t.DelItem(a, b); err != nil {
				return nil, err
			}
			return runtime.None, nil
		}),
		binary("concat", concat(false)),
		binary("iconcat", concat(true)),
		binary("countOf", countOf),
		binary("indexOf", indexOf),
		unary("neg", func(t *runtime.Thread, a *runtime.Object) (*runtime.Object, error) { return t.Neg(a) }),
		unary("pos", func(t *runtime.Thread, a *runtime.Object) (*runtime.Object, error) { return t.Pos(a) }),
		unary("abs", func(t *runtime.Thread, a *runtime.Object) (*runtime.Object, error) { return t.Abs(a) }),
		unary("inv", func(t *runtime.Thread, a *runtime.Object) (*runtime.Object, error) { return t.Invert(a) }),
		unary("invert", func(t *runtime.Thread, a *runtime.Object) (*runtime.Object, error) { return t.Invert(a) }),
		unary("index", func(t *runtime.Thread, a *runtime.Object) (*runtime.Object, error) { return t.Index(a) }),
		unary("not_", func(t *runtime.Thread, a *runtime.Object) (*runtime.Object, error) {
			b, err := t.Truth(a)
			if err != nil {
				return nil, err
			}
			return runtime.NewBool(!b), nil
		}),
		unary("truth", func(t *runtime.Thread, a *runtime.Object) (*runtime.Object, error) {
			b, err := t.Truth(a)
			if err != nil {
				return nil, err
			}
			return runtime.NewBool(b), nil
		}),
		runtime.MethodDef{Name: "setitem", Fn: setitem, Doc: "Same as a[b] = c."},
		runtime.MethodDef{Name: "length_hint", Fn: lengthHint, Doc: "Return an estimate of the number of items in obj."},
		runtime.MethodDef{Name: "_compare_digest", Fn: compareDigest, Doc: "Return 'a == b' in constant time."},
	)
	t.AddFunctions(m, defs...)
	t.ModuleSet(m, "itemgetter", itemGetterType.Obj())
	t.ModuleSet(m, "attrgetter", attrGetterType.Obj())
	t.ModuleSet(m, "methodcaller", methodCallerType.Obj())
	return m
}

// isSequence is CPython's check for concat: the type can be indexed.
func isSequence(t *runtime.Thread, o *runtime.Object) bool {
	typ := runtime.TypeOf(o)
	if runtime.IsInstance(o, runtime.DictType) {
		return false
	}
	return typ.GetItem != nil
}

func concat(inPlace bool) func(t *runtime.Thread, a, b *runtime.Object) (*runtime.Object, error) {
	return func(t *runtime.Thread, a, b *runtime.Object) (*runtime.Object, error) {
		if !isSequence(t, a) {
			return nil, t.TypeError("'%s' object can't be concatenated", runtime.TypeOf(a).Name)
		}
		if inPlace {
			return t.InPlaceOp(a, b, runtime.OpAdd)
		}
		return t.BinaryOp(a, b, runtime.OpAdd)
	}
}

// scanSeq compares v with each item of seq (identity first, as the
// sequence search of CPython does) and calls found for the equal ones; it
// stops when found returns false.
func scanSeq(t *runtime.Thread, seq, v *runtime.Object, found func(i int) bool) error {
	i := 0
	return t.ForEach(seq, func(item *runtime.Object) (bool, error) {
		eq := item == v
		if !eq {
			var err error
			if eq, err = t.CompareBool(item, v, runtime.CmpEq); err != nil {
				return false, err
			}
		}
		more := true
		if eq {
			more = found(i)
		}
		i++
		return more, nil
	})
}

func countOf(t *runtime.Thread, seq, v *runtime.Object) (*runtime.Object, error) {
	n := 0
	if err := scanSeq(t, seq, v, func(int) bool { n++; return true }); err != nil {
		return nil, err
	}
	return t.NewInt(int64(n)), nil
}

func indexOf(t *runtime.Thread, seq, v *runtime.Object) (*runtime.Object, error) {
	at := -1
	if err := scanSeq(t, seq, v, func(i int) bool { at = i; return false }); err != nil {
		return nil, err
	}
	if at < 0 {
		return nil, t.ValueError("sequence.index(x): x not in sequence")
	}
	return t.NewInt(int64(at)), nil
}

func setitem(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.CheckArgs("setitem", args, kw, 3, 3); err != nil {
		return nil, err
	}
	if err := t.SetItem(args[0], args[1], args[2]); err != nil {
		return nil, err
	}
	return runtime.None, nil
}

var lengthHintName = runtime.Intern("__length_hint__")

func lengthHint(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.CheckArgs("length_hint", args, kw, 1, 2); err != nil {
		return nil, err
	}
	def := int64(0)
	if len(args) == 2 {
		if !runtime.IsInt(args[1]) {
			return nil, t.TypeError("'%s' object cannot be interpreted as an integer", runtime.TypeOf(args[1]).Name)
		}
		d, err := t.IndexInt(args[1])
		if err != nil {
			return nil, err
		}
		def = int64(d)
	}
	o := args[0]
	if runtime.TypeOf(o).Len != nil {
		n, err := t.Len(o)
		if err == nil {
			return t.NewInt(int64(n)), nil
		}
		if !runtime.Matches(err, runtime.TypeErrorType) {
			return nil, err
		}
		t.DropError(err)
	}
	r, found, err := t.CallDunder(o, lengthHintName, nil)
	if !found {
		return t.NewInt(def), nil
	}
	if err != nil {
		if runtime.Matches(err, runtime.TypeErrorType) {
			t.DropError(err)
			return t.NewInt(def), nil
		}
		return nil, err
	}
	if r == runtime.NotImplemented {
		return t.NewInt(def), nil
	}
	if !runtime.IsInt(r) {
		name := runtime.TypeOf(r).Name
		t.Decref(r)
		return nil, t.TypeError("__length_hint__ must be an integer, not %s", name)
	}
	if runtime.BigOf(r).Sign() < 0 {
		t.Decref(r)
		return nil, t.ValueError("__length_hint__() should return >= 0")
	}
	return r, nil
}

func compareDigest(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
	if err := t.CheckArgs("_compare_digest", args, kw, 2, 2); err != nil {
		return nil, err
	}
	a, b := args[0], args[1]
	if runtime.IsStr(a) && runtime.IsStr(b) {
		return runtime.NewBool(runtime.StrValue(a) == runtime.StrValue(b)), nil
	}
	ab, err := t.BytesOf(a)
	if err != nil {
		return nil, t.TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'",
			runtime.TypeOf(a).Name, runtime.TypeOf(b).Name)
	}
	bb, err := t.BytesOf(b)
	if err != nil {
		return nil, t.TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'",
			runtime.TypeOf(a).Name, runtime.TypeOf(b).Name)
	}
	return runtime.NewBool(string(ab) == string(bb)), nil
}
