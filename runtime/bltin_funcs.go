package runtime

import (
	"io"
	"math/big"
	"strings"

	"gilfree/runtime/pyfmt"
)

// The functions of the builtins module that need no compiler.

func builtinPrint(t *Thread, args []*Object, kwnames *Tuple) (*Object, error) {
	npos := len(args) - kwnames.Len()
	sep, end := " ", "\n"
	var file *Object
	flush := false
	for i := 0; i < kwnames.Len(); i++ {
		v := args[npos+i]
		switch k := As[Str](kwnames.items[i]).s; k {
		case "sep", "end":
			if v != None {
				s, ok := AsStr(v)
				if !ok {
					return nil, t.TypeError("%s must be None or a string, not %s", k, TypeOf(v).Name)
				}
				if k == "sep" {
					sep = s
				} else {
					end = s
				}
			}
		case "file":
			if v != None {
				file = v
			}
		case "flush":
			b, err := t.Truth(v)
			if err != nil {
				return nil, err
			}
			flush = b
		default:
			return nil, t.TypeError("'%s' is an invalid keyword argument for print()", k)
		}
	}
	if file == nil {
		file = t.sysAttr("stdout")
		if file == nil || file == None {
			return None, nil
		}
	}
	var b strings.Builder
	for i, a := range args[:npos] {
		if i > 0 {
			b.WriteString(sep)
		}
		s, err := t.StrString(a)
		if err != nil {
			return nil, err
		}
		b.WriteString(s)
	}
	b.WriteString(end)
	if TypeOf(file) == TextIOType && As[File](file).plainText() {
		f := As[File](file)
		if f.closed {
			return nil, t.ValueError("I/O operation on closed file.")
		}
		if err := f.WriteString(b.String()); err != nil {
			return nil, t.osError(err, nil)
		}
		if flush {
			f.Flush()
		}
		return None, nil
	}
	s := t.NewStr(b.String())
	r, err := t.CallMethod(file, "write", s)
	t.Decref(s)
	if err != nil {
		return nil, err
	}
	t.Decref(r)
	if flush {
		r, err := t.CallMethod(file, "flush")
		if err != nil {
			return nil, err
		}
		t.Decref(r)
	}
	return None, nil
}

// sysAttr returns an attribute of the sys module, borrowed, or nil.
func (t *Thread) sysAttr(name string) *Object {
	if t.Interp.Sys == nil {
		return nil
	}
	return As[Module](t.Interp.Sys).Dict.GetStr(Intern(name))
}

func builtinLen(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if len(args) != 1 || kw.Len() > 0 {
		return nil, t.CheckArgs("len", args, kw, 1, 1)
	}
	n, err := t.Len(args[0])
	if err != nil {
		return nil, err
	}
	return t.NewInt(int64(n)), nil
}

// minmax is min() and max().
func minmax(name string, op CompareOp) NativeFunc {
	return func(t *Thread, args []*Object, kwnames *Tuple) (*Object, error) {
		if len(args) >= 2 && kwnames.Len() == 0 {
			return minmaxArgs(t, args, op)
		}
		npos := len(args) - kwnames.Len()
		var key, def *Object
		for i := 0; i < kwnames.Len(); i++ {
			switch k := As[Str](kwnames.items[i]).s; k {
			case "key":
				key = args[npos+i]
			case "default":
				def = args[npos+i]
			default:
				return nil, t.TypeError("%s() got an unexpected keyword argument '%s'", name, k)
			}
		}
		if key == None {
			key = nil
		}
		var src *Object
		switch {
		case npos == 0:
			return nil, t.TypeError("%s expected at least 1 argument, got 0", name)
		case npos == 1:
			src = args[0]
		default:
			if def != nil {
				return nil, t.TypeError("Cannot specify a default for %s() with multiple positional arguments", name)
			}
			tu := t.NewTuple(args[:npos]...)
			defer t.Decref(tu.Obj())
			src = tu.Obj()
		}
		var best, bestKey *Object
		err := t.ForEach(src, func(v *Object) (bool, error) {
			k := v
			if key != nil {
				var err error
				if k, err = t.Call1(key, v); err != nil {
					return false, err
				}
			} else {
				t.Incref(k)
			}
			if best == nil {
				best, bestKey = t.NewRef(v), k
				return true, nil
			}
			better, err := t.CompareBool(k, bestKey, op)
			if err != nil {
				t.Decref(k)
				return false, err
			}
			if better {
				t.Decref(best)
				t.Decref(bestKey)
				best, bestKey = t.NewRef(v), k
			} else {
				t.Decref(k)
			}
			return true, nil
		})
		if bestKey != nil {
			t.Decref(bestKey)
		}
		if err != nil {
			if best != nil {
				t.Decref(best)
			}
			return nil, err
		}
		if best == nil {
			if def != nil {
				return t.NewRef(def), nil
			}
			return nil, t.ValueError("%s() arg is an empty sequence", name)
		}
		return best, nil
	}
}

// minmaxArgs is min(a, b, ...) or max(a, b, ...) without keywords: the
// arguments are compared in place, exact floats and int64-sized ints
// directly, instead of through a tuple of them and an iteration
// (min(1.0, max(0.0, x)) clamping a value per step). As CPython does, an
// argument replaces the best so far only if it compares strictly better,
// so the first of equal arguments wins.
func minmaxArgs(t *Thread, args []*Object, op CompareOp) (*Object, error) {
	best := args[0]
	for _, v := range args[1:] {
		var better bool
		tv, tb := TypeOf(v), TypeOf(best)
		switch {
		case tv == FloatType && tb == FloatType:
			x, y := FloatValue(v), FloatValue(best)
			better = op == CmpLt && x < y || op == CmpGt && x > y
		case tv == IntType && tb == IntType:
			x, ok1 := IntSmall(v)
			y, ok2 := IntSmall(best)
			if ok1 && ok2 {
				better = op == CmpLt && x < y || op == CmpGt && x > y
				break
			}
			fallthrough
		default:
			var err error
			if better, err = t.CompareBool(v, best, op); err != nil {
				return nil, err
			}
		}
		if better {
			best = v
		}
	}
	return t.NewRef(best), nil
}

func builtinSum(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	var a [2]*Object
	if err := t.ParseArgs("sum", args, kw, []string{"iterable", "start"}, 1, a[:]); err != nil {
		return nil, err
	}
	acc := SmallInt(0)
	if a[1] != nil {
		switch {
		case IsStr(a[1]):
			return nil, t.TypeError("sum() can't sum strings [use ''.join(seq) instead]")
		case IsBytes(a[1]):
			return nil, t.TypeError("sum() can't sum bytes [use b''.join(seq) instead]")
		}
		acc = t.NewRef(a[1])
	}
	// Fast paths keep a Go accumulator while the items are small ints or
	// floats.
	var ival int64
	var fval float64
	mode := 0 // 0 generic, 1 int64, 2 float
	if TypeOf(acc) == IntType {
		if v, ok := IntSmall(acc); ok {
			ival, mode = v, 1
		}
	} else if TypeOf(acc) == FloatType {
		fval, mode = FloatValue(acc), 2
	}
	flush := func() {
		switch mode {
		case 1:
			t.Decref(acc)
			acc = t.NewInt(ival)
		case 2:
			t.Decref(acc)
			acc = t.NewFloat(fval)
		}
		mode = 0
	}
	err := t.ForEach(a[0], func(v *Object) (bool, error) {
		switch mode {
		case 1:
			if TypeOf(v) == IntType {
				if x, ok := IntSmall(v); ok {
					if s, ok := AddInt64(ival, x); ok {
						ival = s
						return true, nil
					}
				}
			}
			if TypeOf(v) == FloatType {
				fval, mode = float64(ival)+FloatValue(v), 2
				return true, nil
			}
			flush()
		case 2:
			switch TypeOf(v) {
			case FloatType:
				fval += FloatValue(v)
				return true, nil
			case IntType:
				if x, ok := IntSmall(v); ok {
					fval += float64(x)
					return true, nil
				}
			}
			flush()
		}
		r, err := t.BinaryOp(acc, v, OpAdd)
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
	flush()
	return acc, nil
}

func anyAll(name string, want bool) NativeFunc {
	return func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
		if err := t.CheckArgs(name, args, kw, 1, 1); err != nil {
			return nil, err
		}
		found := false
		err := t.ForEach(args[0], func(v *Object) (bool, error) {
			b, err := t.Truth(v)
			if err != nil {
				return false, err
			}
			if b == want {
				found = true
				return false, nil
			}
			return true, nil
		})
		if err != nil {
			return nil, err
		}
		return NewBool(found == want), nil
	}
}

func builtinAbs(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("abs", args, kw, 1, 1); err != nil {
		return nil, err
	}
	return t.Abs(args[0])
}

func builtinRound(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	var a [2]*Object
	if err := t.ParseArgs("round", args, kw, []string{"number", "ndigits"}, 1, a[:]); err != nil {
		return nil, err
	}
	f := TypeOf(a[0]).Lookup(dnRound)
	if f == nil {
		return nil, t.TypeError("type %s doesn't define __round__ method", TypeOf(a[0]).Name)
	}
	if a[1] == nil || a[1] == None {
		return t.callBound(f, a[0], nil, nil)
	}
	return t.callBound(f, a[0], a[1:2], nil)
}

func builtinDivmod(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("divmod", args, kw, 2, 2); err != nil {
		return nil, err
	}
	return t.DivMod(args[0], args[1])
}

func builtinPow(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	var a [3]*Object
	if err := t.ParseArgs("pow", args, kw, []string{"base", "exp", "mod"}, 2, a[:]); err != nil {
		return nil, err
	}
	if a[2] == nil || a[2] == None {
		return t.BinaryOp(a[0], a[1], OpPow)
	}
	return t.Pow3(a[0], a[1], a[2])
}

func builtinHash(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("hash", args, kw, 1, 1); err != nil {
		return nil, err
	}
	h, err := t.Hash(args[0])
	if err != nil {
		return nil, err
	}
	return t.NewInt(h), nil
}

func builtinID(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("id", args, kw, 1, 1); err != nil {
		return nil, err
	}
	return t.NewIntFromUint(uint64(Addr(args[0]))), nil
}

func builtinIter(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("iter", args, kw, 1, 2); err != nil {
		return nil, err
	}
	if len(args) == 2 {
		if !Callable(args[0]) {
			return nil, t.TypeError("iter(v, w): v must be callable")
		}
		return t.NewCallableIter(args[0], args[1]), nil
	}
	return t.Iter(args[0])
}

func builtinNext(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("next", args, kw, 1, 2); err != nil {
		return nil, err
	}
	typ := TypeOf(args[0])
	if typ.Next == nil {
		return nil, t.TypeError("'%s' object is not an iterator", typ.Name)
	}
	v, err := typ.Next(t, args[0])
	if err != nil {
		if len(args) == 2 && Matches(err, StopIterationType) {
			t.DropError(err)
			return t.NewRef(args[1]), nil
		}
		return nil, err
	}
	if v == nil {
		if len(args) == 2 {
			return t.NewRef(args[1]), nil
		}
		return nil, t.NewError(StopIterationType)
	}
	return v, nil
}

func builtinRepr(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("repr", args, kw, 1, 1); err != nil {
		return nil, err
	}
	return t.Repr(args[0])
}

func builtinASCII(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("ascii", args, kw, 1, 1); err != nil {
		return nil, err
	}
	return t.ASCII(args[0])
}

func builtinChr(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("chr", args, kw, 1, 1); err != nil {
		return nil, err
	}
	if !IsInt(args[0]) && TypeOf(args[0]).Index == nil {
		return nil, t.TypeError("'%s' object cannot be interpreted as an integer", TypeOf(args[0]).Name)
	}
	i, err := t.IndexInt(args[0])
	if err != nil {
		if Matches(err, OverflowErrorType) {
			t.DropError(err)
			return nil, t.OverflowError("Python int too large to convert to C int")
		}
		return nil, err
	}
	if i < 0 || i > 0x10ffff {
		return nil, t.ValueError("chr() arg not in range(0x110000)")
	}
	return t.NewStrRune(rune(i)), nil
}

func builtinOrd(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("ord", args, kw, 1, 1); err != nil {
		return nil, err
	}
	switch {
	case IsStr(args[0]):
		s := As[Str](args[0])
		if s.n != 1 {
			return nil, t.TypeError("ord() expected a character, but string of length %d found", s.n)
		}
		r, _ := pyfmt.DecodeRune(s.s)
		return t.NewInt(int64(r)), nil
	case IsBytes(args[0]):
		b := BytesValue(args[0])
		if len(b) != 1 {
			return nil, t.TypeError("ord() expected a character, but string of length %d found", len(b))
		}
		return SmallInt(int(b[0])), nil
	}
	return nil, t.TypeError("ord() expected string of length 1, but %s found", TypeOf(args[0]).Name)
}

func intBase(name, prefix string, base int) NativeFunc {
	return func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
		if err := t.CheckArgs(name, args, kw, 1, 1); err != nil {
			return nil, err
		}
		i, err := t.Index(args[0])
		if err != nil {
			return nil, err
		}
		defer t.Decref(i)
		b := bigOf(i)
		s := new(big.Int).Abs(b).Text(base)
		if b.Sign() < 0 {
			return t.NewStr("-" + prefix + s), nil
		}
		return t.NewStr(prefix + s), nil
	}
}

func builtinFormat(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("format", args, kw, 1, 2); err != nil {
		return nil, err
	}
	spec := ""
	if len(args) == 2 {
		s, ok := AsStr(args[1])
		if !ok {
			return nil, t.TypeError("format() argument 2 must be str, not %s", TypeOf(args[1]).Name)
		}
		spec = s
	}
	return t.Format(args[0], spec)
}

func builtinCallable(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("callable", args, kw, 1, 1); err != nil {
		return nil, err
	}
	return NewBool(Callable(args[0])), nil
}

func builtinSorted(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	npos := len(args) - kw.Len()
	if npos != 1 {
		if npos == 0 {
			return nil, t.TypeError("sorted expected 1 argument, got 0")
		}
		return nil, t.TypeError("sorted expected 1 argument, got %d", npos)
	}
	items, err := t.SequenceItems(args[0])
	if err != nil {
		return nil, err
	}
	l := t.NewListSteal(items)
	sortArgs := append([]*Object{l.Obj()}, args[1:]...)
	r, err := listSort(t, sortArgs, kw)
	if err != nil {
		t.Decref(l.Obj())
		return nil, err
	}
	t.Decref(r)
	return l.Obj(), nil
}

func builtinGlobals(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if t.Frame == nil {
		return t.NewDict().Obj(), nil
	}
	return t.NewRef(t.Frame.Globals.Obj()), nil
}

func builtinLocals(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if t.Frame == nil {
		return t.NewDict().Obj(), nil
	}
	return t.FrameLocals(t.Frame), nil
}

func builtinVars(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("vars", args, kw, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return builtinLocals(t, nil, nil)
	}
	v, err := t.LookupAttr(args[0], dnDict)
	if err != nil {
		return nil, err
	}
	if v == nil {
		return nil, t.TypeError("vars() argument must have __dict__ attribute")
	}
	return v, nil
}

func builtinDir(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("dir", args, kw, 0, 1); err != nil {
		return nil, err
	}
	var names *Object
	if len(args) == 0 {
		loc, err := builtinLocals(t, nil, nil)
		if err != nil {
			return nil, err
		}
		items, err := t.SequenceItems(loc)
		t.Decref(loc)
		if err != nil {
			return nil, err
		}
		names = t.NewListSteal(items).Obj()
	} else {
		var err error
		var found bool
		names, found, err = t.CallDunder(args[0], dnDir, nil)
		if !found {
			return nil, t.TypeError("object does not provide __dir__")
		}
		if err != nil {
			return nil, err
		}
		if TypeOf(names) != ListType {
			items, err := t.SequenceItems(names)
			t.Decref(names)
			if err != nil {
				return nil, err
			}
			names = t.NewListSteal(items).Obj()
		}
	}
	if err := t.SortList(As[List](names), nil, false); err != nil {
		t.Decref(names)
		return nil, err
	}
	return names, nil
}

func builtinInput(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("input", args, kw, 0, 1); err != nil {
		return nil, err
	}
	out := t.sysAttr("stdout")
	if out != nil && out != None {
		if len(args) == 1 {
			s, err := t.StrOf(args[0])
			if err != nil {
				return nil, err
			}
			r, err := t.CallMethod(out, "write", s)
			t.Decref(s)
			if err != nil {
				return nil, err
			}
			t.Decref(r)
		}
		if r, err := t.CallMethod(out, "flush"); err == nil {
			t.Decref(r)
		} else {
			t.DropError(err)
		}
	}
	in := t.sysAttr("stdin")
	if in == nil || in == None {
		return nil, t.RuntimeError("input(): lost sys.stdin")
	}
	var line string
	if TypeOf(in) == TextIOType && As[File](in).r != nil {
		// The real standard input: read with the thread detached, since
		// it may block.
		t.Detach()
		s, err := As[File](in).r.ReadString('\n')
		t.Attach()
		if err != nil && err != io.EOF {
			return nil, t.osError(err, nil)
		}
		line = s
	} else {
		r, err := t.CallMethod(in, "readline")
		if err != nil {
			return nil, err
		}
		s, ok := AsStr(r)
		t.Decref(r)
		if !ok {
			return nil, t.TypeError("object.readline() returned non-string")
		}
		line = s
	}
	if line == "" {
		return nil, t.NewErrorMsg(EOFErrorType, "EOF when reading a line")
	}
	return t.NewStr(strings.TrimSuffix(line, "\n")), nil
}

func builtinOpen(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	var a [8]*Object
	if err := t.ParseArgs("open", args, kw, []string{"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, 1, a[:]); err != nil {
		return nil, err
	}
	mode := "r"
	if a[1] != nil {
		s, ok := AsStr(a[1])
		if !ok {
			return nil, t.TypeError("open() argument 'mode' must be str, not %s", TypeOf(a[1]).Name)
		}
		mode = s
	}
	oa := OpenArgs{Buffering: -1, Closefd: true}
	if a[2] != nil {
		n, err := t.IndexInt(a[2])
		if err != nil {
			return nil, err
		}
		oa.Buffering = n
	}
	for i, dst := range []*string{&oa.Encoding, &oa.Errors} {
		v := a[3+i]
		if v == nil || v == None {
			continue
		}
		s, ok := AsStr(v)
		if !ok {
			return nil, t.TypeError("open() argument '%s' must be str or None, not %s", []string{"encoding", "errors"}[i], TypeOf(v).Name)
		}
		*dst = s
	}
	if v := a[5]; v != nil && v != None {
		s, ok := AsStr(v)
		if !ok {
			return nil, t.TypeError("open() argument 'newline' must be str or None, not %s", TypeOf(v).Name)
		}
		oa.Newline = &s
	}
	if a[6] != nil {
		b, err := t.Truth(a[6])
		if err != nil {
			return nil, err
		}
		oa.Closefd = b
	}
	return t.OpenFile(a[0], mode, oa)
}

func builtinExit(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if len(args) == 0 {
		return nil, t.NewError(SystemExitType)
	}
	return nil, t.NewErrorArgs(SystemExitType, args[0])
}
