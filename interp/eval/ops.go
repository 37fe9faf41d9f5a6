package eval

import (
	"math"
	"strings"

	"gilfree/interp/compile"
	"gilfree/refcount"
	rt "gilfree/runtime"
)

// The operations of the eval loop that are too long to sit in its switch.

// intTrueDiv computes x / y of two small ints whose quotient is exact in
// float64 (both within 2**53); ok is false otherwise.
func intTrueDiv(a, b *rt.Object) (float64, bool) {
	const exact = 1 << 53
	x, ok := rt.IntSmall(a)
	if !ok || x <= -exact || x >= exact {
		return 0, false
	}
	y, ok := rt.IntSmall(b)
	if !ok || y == 0 || y <= -exact || y >= exact {
		return 0, false
	}
	return float64(x) / float64(y), true
}

// floatArith computes +, -, * and / of two floats; ok is false for other
// operators and for division by zero.
func floatArith(x, y float64, op rt.BinaryOp) (float64, bool) {
	switch op &^ rt.InPlace {
	case rt.OpAdd:
		return x + y, true
	case rt.OpSub:
		return x - y, true
	case rt.OpMul:
		return x * y, true
	case rt.OpTrueDiv:
		if y != 0 {
			return x / y, true
		}
	}
	return 0, false
}

// floatPow is x ** y for a positive finite base, which has a real power;
// ok is false otherwise and on overflow (which raises), left to the
// runtime.
func floatPow(x, y float64) (float64, bool) {
	if x > 0 && x <= math.MaxFloat64 {
		if r := math.Pow(x, y); !math.IsInf(r, 0) {
			return r, true
		}
	}
	return 0, false
}

// intArith computes a binary operator on two small ints whose result is
// a small int: ok is false for other operators, overflow, division by
// zero and negative shifts, which the runtime handles.
func intArith(a, b *rt.Object, op rt.BinaryOp) (int64, bool) {
	x, ok := rt.IntSmall(a)
	if !ok {
		return 0, false
	}
	y, ok := rt.IntSmall(b)
	if !ok {
		return 0, false
	}
	switch op &^ rt.InPlace {
	case rt.OpAdd:
		return rt.AddInt64(x, y)
	case rt.OpSub:
		return rt.SubInt64(x, y)
	case rt.OpMul:
		return rt.MulInt64(x, y)
	case rt.OpFloorDiv:
		if y != 0 && !(x == math.MinInt64 && y == -1) {
			q, _ := rt.FloorDivMod64(x, y)
			return q, true
		}
	case rt.OpMod:
		if y != 0 && !(x == math.MinInt64 && y == -1) {
			_, r := rt.FloorDivMod64(x, y)
			return r, true
		}
	case rt.OpAnd:
		return x & y, true
	case rt.OpOr:
		return x | y, true
	case rt.OpXor:
		return x ^ y, true
	case rt.OpRShift:
		if y >= 0 {
			return x >> min(y, 63), true
		}
	case rt.OpLShift:
		if y >= 0 && y < 63 {
			if r := x << y; r>>y == x {
				return r, true
			}
		}
	}
	return 0, false
}

func compareFloat(x, y float64, op rt.CompareOp) bool {
	switch op {
	case rt.CmpLt:
		return x < y
	case rt.CmpLe:
		return x <= y
	case rt.CmpEq:
		return x == y
	case rt.CmpNe:
		return x != y
	case rt.CmpGt:
		return x > y
	}
	return x >= y
}

func compareInt64(x, y int64, op rt.CompareOp) bool {
	switch op {
	case rt.CmpLt:
		return x < y
	case rt.CmpLe:
		return x <= y
	case rt.CmpEq:
		return x == y
	case rt.CmpNe:
		return x != y
	case rt.CmpGt:
		return x > y
	}
	return x >= y
}

// storeTwo is STORE_FAST(a) then STORE_FAST(b): the top of the stack
// goes to a, the value below it to b.
func storeTwo(t *rt.Thread, slots []refcount.StackRef, sp int, a, b uint32) int {
	for _, slot := range [2]uint32{a, b} {
		sp--
		old := slots[slot]
		slots[slot] = slots[sp]
		slots[sp] = refcount.StackRef{}
		if rt.IsCounted(old) {
			t.CloseCounted(old)
		}
	}
	return sp
}

// compareCond is the truth of a <op> b for the fused compare-and-jump
// superinstructions, with the small-int and float fast paths of
// COMPARE_OP. inTruth reports that an error came from the truth test of
// the comparison's result rather than from the comparison.
func compareCond(t *rt.Thread, a, b *rt.Object, op rt.CompareOp) (cond bool, err error, inTruth bool) {
	ta, tb := rt.TypeOf(a), rt.TypeOf(b)
	if ta == rt.IntType && tb == rt.IntType {
		if x, ok := rt.IntSmall(a); ok {
			if y, ok := rt.IntSmall(b); ok {
				return compareInt64(x, y, op), nil, false
			}
		}
	} else if ta == rt.FloatType && tb == rt.FloatType {
		return compareFloat(rt.FloatValue(a), rt.FloatValue(b), op), nil, false
	}
	v, err := t.RichCompare(a, b, op)
	if err != nil {
		return false, err, false
	}
	cond, err = t.Truth(v)
	t.Decref(v)
	return cond, err, err != nil
}

// binarySubscr is container[key], with list, tuple and dict fast paths,
// as a reference for a frame slot: an item a thread reads from a shared
// list or dict without a lock may come tagged, without a count, when it is
// shared-deferred (runtime/shared_deferred.go), so the result must go to a
// slot and nowhere else.
func binarySubscr(t *rt.Thread, c, key *rt.Object) (refcount.StackRef, error) {
	switch rt.TypeOf(c) {
	case rt.ListType:
		if rt.TypeOf(key) == rt.IntType {
			if i, ok := rt.IntSmall(key); ok {
				if r, ok := t.ListGetIndexRef(c, i); ok {
					return r, nil
				}
			}
		}
	case rt.TupleType:
		if rt.TypeOf(key) == rt.IntType {
			if i, ok := rt.IntSmall(key); ok {
				items := rt.TupleItems(c)
				if i < 0 {
					i += int64(len(items))
				}
				if i >= 0 && i < int64(len(items)) {
					v := items[i]
					t.Incref(v) // not NewRef, which does not inline
					return rt.StackNew(v), nil
				}
			}
		}
	case rt.DictType:
		return t.DictSubscrRef(rt.As[rt.Dict](c), key)
	}
	v, err := t.GetItem(c, key)
	if err != nil {
		return refcount.StackRef{}, err
	}
	return rt.StackNew(v), nil
}

// storeSubscr is container[key] = v.
func storeSubscr(t *rt.Thread, c, key, v *rt.Object) error {
	switch rt.TypeOf(c) {
	case rt.ListType:
		if rt.TypeOf(key) == rt.IntType {
			if i, ok := rt.IntSmall(key); ok && t.ListSetIndex(c, i, v) {
				return nil
			}
		}
	case rt.DictType:
		return t.DictSetItem(rt.As[rt.Dict](c), key, v)
	}
	return t.SetItem(c, key, v)
}

// unpackSequence is seq UNPACK_SEQUENCE(n) x_n ... x_1. A tuple, the
// common case (a, b = pair; for k, v in d.items()), is unpacked here;
// lists and other iterables go to unpackSlow. The split matters for
// speed: a function with defers and many returns gets Go's slow,
// non-open-coded defers, which cost a tuple unpack a third of its time.
func unpackSequence(t *rt.Thread, slots []refcount.StackRef, sp, n int) (int, error) {
	r := slots[sp-1]
	seq := r.Header()
	if rt.TypeOf(seq) != rt.TupleType {
		return unpackSlow(t, slots, sp, n)
	}
	items := rt.TupleItems(seq)
	if len(items) != n {
		return sp, unpackCountError(t, n, len(items))
	}
	sp--
	for i := 0; i < n; i++ {
		slots[sp+i] = t.IncrefStackRef(items[n-1-i])
	}
	t.Close(r)
	return sp + n, nil
}

// unpackCountError is the ValueError of an unpacking that found got
// values where it wanted n.
func unpackCountError(t *rt.Thread, n, got int) error {
	if got < n {
		return t.ValueError("not enough values to unpack (expected %d, got %d)", n, got)
	}
	return t.ValueError("too many values to unpack (expected %d)", n)
}

// unpackSlow is unpackSequence for a list (its items snapshotted, since
// another thread may change it) and for any other iterable.
func unpackSlow(t *rt.Thread, slots []refcount.StackRef, sp, n int) (int, error) {
	r := slots[sp-1]
	seq := r.Header()
	if rt.TypeOf(seq) == rt.ListType {
		// The items go straight to the slots, the list's own slot
		// (sp-1) first, which is why r was read: it stays open until
		// the unpacking is done.
		if got := t.ListUnpack(seq, slots[sp-1:sp-1+n]); got != n {
			return sp, unpackCountError(t, n, got)
		}
		t.Close(r)
		return sp - 1 + n, nil
	}
	it, err := t.Iter(seq)
	if err != nil {
		if rt.Matches(err, rt.TypeErrorType) && rt.TypeOf(seq).Iter == nil && rt.TypeOf(seq).GetItem == nil {
			t.DropError(err)
			return sp, t.TypeError("cannot unpack non-iterable %s object", rt.TypeOf(seq).Name)
		}
		return sp, err
	}
	defer t.Decref(it)
	got := make([]*rt.Object, 0, n)
	for len(got) < n {
		v, err := t.NextItem(it)
		if err != nil {
			releaseAll(t, got)
			return sp, err
		}
		if v == nil {
			releaseAll(t, got)
			return sp, t.ValueError("not enough values to unpack (expected %d, got %d)", n, len(got))
		}
		got = append(got, v)
	}
	extra, err := t.NextItem(it)
	if err != nil {
		releaseAll(t, got)
		return sp, err
	}
	if extra != nil {
		t.Decref(extra)
		releaseAll(t, got)
		return sp, t.ValueError("too many values to unpack (expected %d)", n)
	}
	sp--
	t.Close(r)
	for i := 0; i < n; i++ {
		slots[sp+i] = rt.StackNew(got[n-1-i])
	}
	return sp + n, nil
}

// buildOp runs the display and formatting instructions.
func buildOp(t *rt.Thread, f *rt.Frame, op compile.Opcode, arg int, slots []refcount.StackRef, sp int) (int, error) {
	switch op {
	case compile.BUILD_SET:
		// x_1 ... x_n BUILD_SET(n) set
		s := t.NewSet()
		for i := sp - arg; i < sp; i++ {
			if err := t.SetAdd(s, slots[i].Header()); err != nil {
				t.Decref(s.Obj())
				return closeTop(t, slots, sp, arg), err
			}
		}
		sp = closeTop(t, slots, sp, arg)
		slots[sp] = rt.StackNew(s.Obj())
		return sp + 1, nil

	case compile.BUILD_MAP:
		// k_1 v_1 ... k_n v_n BUILD_MAP(n) dict
		d := t.NewDictSize(arg)
		for i := sp - 2*arg; i < sp; i += 2 {
			if err := t.DictSetItem(d, slots[i].Header(), slots[i+1].Header()); err != nil {
				t.Decref(d.Obj())
				return closeTop(t, slots, sp, 2*arg), err
			}
		}
		sp = closeTop(t, slots, sp, 2*arg)
		slots[sp] = rt.StackNew(d.Obj())
		return sp + 1, nil

	case compile.BUILD_CONST_KEY_MAP:
		// v_1 ... v_n keys BUILD_CONST_KEY_MAP(n) dict
		keys := rt.TupleItems(slots[sp-1].Header())
		d := t.NewDictSize(arg)
		for i, k := range keys {
			if err := t.DictSetItem(d, k, slots[sp-1-arg+i].Header()); err != nil {
				t.Decref(d.Obj())
				return closeTop(t, slots, sp, arg+1), err
			}
		}
		sp = closeTop(t, slots, sp, arg+1)
		slots[sp] = rt.StackNew(d.Obj())
		return sp + 1, nil

	case compile.BUILD_STRING:
		// s_1 ... s_n BUILD_STRING(n) str
		// The parts' sizes make the buffer one allocation, and their
		// lengths the result's.
		size, n := 0, 0
		for i := sp - arg; i < sp; i++ {
			s := rt.As[rt.Str](slots[i].Header())
			size += len(s.String())
			n += s.Len()
		}
		var b strings.Builder
		b.Grow(size)
		for i := sp - arg; i < sp; i++ {
			b.WriteString(rt.StrValue(slots[i].Header()))
		}
		sp = closeTop(t, slots, sp, arg)
		slots[sp] = rt.StackNew(t.NewStrN(b.String(), n))
		return sp + 1, nil

	case compile.LIST_TO_TUPLE:
		// list LIST_TO_TUPLE tuple
		tu := t.NewTuple(rt.ListItems(slots[sp-1].Header())...)
		sp = closeTop(t, slots, sp, 1)
		slots[sp] = rt.StackNew(tu.Obj())
		return sp + 1, nil

	case compile.UNPACK_EX:
		// seq UNPACK_EX(before | after<<8) x_last ... list ... x_1
		return unpackEx(t, slots, sp, arg&0xff, arg>>8)

	case compile.FORMAT_VALUE:
		// value [spec] FORMAT_VALUE(flags) str
		spec := ""
		n := 1
		if arg&compile.FormatWithSpec != 0 {
			spec = rt.StrValue(slots[sp-1].Header())
			n = 2
		}
		v := slots[sp-n].Header()
		var conv *rt.Object
		var err error
		switch arg & compile.FormatMask {
		case compile.FormatStr:
			conv, err = t.StrOf(v)
		case compile.FormatRepr:
			conv, err = t.Repr(v)
		case compile.FormatASCII:
			conv, err = t.ASCII(v)
		}
		if err != nil {
			return closeTop(t, slots, sp, n), err
		}
		if conv != nil {
			v = conv
		}
		var r *rt.Object
		if spec == "" && rt.TypeOf(v) == rt.StrType {
			r, err = t.NewRef(v), nil
		} else {
			r, err = t.Format(v, spec)
		}
		if conv != nil {
			t.Decref(conv)
		}
		sp = closeTop(t, slots, sp, n)
		if err != nil {
			return sp, err
		}
		slots[sp] = rt.StackNew(r)
		return sp + 1, nil

	case compile.LIST_EXTEND:
		// list ... iterable LIST_EXTEND(i) list ...
		src := slots[sp-1].Header()
		err := t.ListExtend(rt.As[rt.List](slots[sp-1-arg].Header()), src)
		if err != nil && rt.Matches(err, rt.TypeErrorType) && rt.TypeOf(src).Iter == nil && rt.TypeOf(src).GetItem == nil {
			t.DropError(err)
			err = t.TypeError("Value after * must be an iterable, not %s", rt.TypeOf(src).Name)
		}
		return closeTop(t, slots, sp, 1), err

	case compile.SET_UPDATE:
		// set ... iterable SET_UPDATE(i) set ...
		err := t.SetUpdate(rt.As[rt.Set](slots[sp-1-arg].Header()), slots[sp-1].Header())
		return closeTop(t, slots, sp, 1), err

	case compile.SET_ADD:
		// set ... v SET_ADD(i) set ...
		sp--
		v := t.StealStackRef(slots[sp])
		slots[sp] = refcount.StackRef{}
		return sp, t.SetAddSteal(rt.As[rt.Set](slots[sp-arg].Header()), v)

	case compile.MAP_ADD:
		// dict ... k v MAP_ADD(i) dict ...
		err := t.DictSetItem(rt.As[rt.Dict](slots[sp-2-arg].Header()), slots[sp-2].Header(), slots[sp-1].Header())
		return closeTop(t, slots, sp, 2), err

	case compile.DICT_UPDATE:
		// dict ... mapping DICT_UPDATE(i) dict ...   ({**m})
		m := slots[sp-1].Header()
		d := rt.As[rt.Dict](slots[sp-1-arg].Header())
		var err error
		if rt.TypeOf(m).Flags&rt.FlagDictSubclass != 0 {
			err = t.DictMerge(d, rt.As[rt.Dict](m), true)
		} else if k, lerr := t.LookupAttr(m, rt.Intern("keys")); lerr != nil || k == nil {
			err = lerr
			if err == nil {
				err = t.TypeError("'%s' object is not a mapping", rt.TypeOf(m).Name)
			}
		} else {
			t.Decref(k)
			err = t.DictUpdateFrom(d, m)
		}
		return closeTop(t, slots, sp, 1), err

	case compile.DICT_MERGE:
		// dict ... mapping DICT_MERGE(i) dict ...   (f(**m): duplicate keys are errors)
		m := slots[sp-1].Header()
		d := rt.As[rt.Dict](slots[sp-1-arg].Header())
		callable := slots[sp-1-arg-3].Header()
		err := dictMerge(t, d, m, callable)
		return closeTop(t, slots, sp, 1), err
	}
	return sp, t.SystemError("bad build opcode %v", op)
}

// dictMerge merges the mapping of f(**m) into d, refusing duplicates.
func dictMerge(t *rt.Thread, d *rt.Dict, m, callable *rt.Object) error {
	src := m
	if rt.TypeOf(m).Flags&rt.FlagDictSubclass == 0 {
		k, err := t.LookupAttr(m, rt.Intern("keys"))
		if err != nil {
			return err
		}
		if k == nil {
			return t.TypeError("%s argument after ** must be a mapping, not %s", funcDesc(t, callable), rt.TypeOf(m).Name)
		}
		t.Decref(k)
		tmp := t.NewDict()
		defer t.Decref(tmp.Obj())
		if err := t.DictUpdateFrom(tmp, m); err != nil {
			return err
		}
		src = tmp.Obj()
	}
	keys, values := rt.As[rt.Dict](src).Items()
	for i, k := range keys {
		old, err := t.DictGetItem(d, k)
		if err != nil {
			return err
		}
		if old != nil {
			if rt.IsStr(k) {
				return t.TypeError("%s got multiple values for keyword argument '%s'", funcDesc(t, callable), rt.StrValue(k))
			}
			return t.TypeError("%s keywords must be strings", funcDesc(t, callable))
		}
		if err := t.DictSetItem(d, k, values[i]); err != nil {
			return err
		}
	}
	return nil
}

// unpackEx is a, *b, c = seq.
func unpackEx(t *rt.Thread, slots []refcount.StackRef, sp, before, after int) (int, error) {
	r := slots[sp-1]
	seq := r.Header()
	items, err := t.SequenceItems(seq)
	if err != nil {
		if rt.Matches(err, rt.TypeErrorType) && rt.TypeOf(seq).Iter == nil && rt.TypeOf(seq).GetItem == nil {
			t.DropError(err)
			return sp, t.TypeError("cannot unpack non-iterable %s object", rt.TypeOf(seq).Name)
		}
		return sp, err
	}
	if len(items) < before+after {
		releaseAll(t, items)
		return sp, t.ValueError("not enough values to unpack (expected at least %d, got %d)", before+after, len(items))
	}
	sp--
	t.Close(r)
	// Push in reverse: the last "after" items, the starred list, then the
	// "before" items, so that x_1 ends on top.
	n := len(items)
	for i := n - 1; i >= n-after; i-- {
		slots[sp] = rt.StackNew(items[i])
		sp++
	}
	mid := append([]*rt.Object(nil), items[before:n-after]...)
	slots[sp] = rt.StackNew(t.NewListSteal(mid).Obj())
	sp++
	for i := before - 1; i >= 0; i-- {
		slots[sp] = rt.StackNew(items[i])
		sp++
	}
	return sp, nil
}

// raiseVarargs is RAISE_VARARGS: it returns the exception to raise and
// whether it is a re-raise (bare raise) that adds no traceback entry.
func raiseVarargs(t *rt.Thread, slots []refcount.StackRef, sp, n int) (error, bool) {
	if n == 0 {
		e := t.ExcInfo
		if e == nil {
			return t.RuntimeError("No active exception to reraise"), false
		}
		return rt.AsExc(t.NewRef(e)), true
	}
	var cause *rt.Object
	if n == 2 {
		cause = slots[sp-1].Header()
	}
	excObj := slots[sp-n].Header()
	exc, err := makeException(t, excObj)
	if err != nil {
		closeTop(t, slots, sp, n)
		return err, false
	}
	if n == 2 {
		switch {
		case cause == rt.None:
			t.SetCause(exc, nil)
		case rt.IsType(cause) && rt.AsType(cause).IsSubtype(rt.BaseExceptionType):
			c, err := t.Call0(cause)
			if err != nil {
				t.Decref(exc.Obj())
				closeTop(t, slots, sp, n)
				return err, false
			}
			if !rt.IsInstance(c, rt.BaseExceptionType) {
				t.Decref(c)
				t.Decref(exc.Obj())
				closeTop(t, slots, sp, n)
				return t.TypeError("calling %s should have returned an instance of BaseException, not %s", rt.AsType(cause).Name, rt.TypeOf(c).Name), false
			}
			t.SetCause(exc, c)
			t.Decref(c)
		case rt.IsInstance(cause, rt.BaseExceptionType):
			t.SetCause(exc, cause)
		default:
			t.Decref(exc.Obj())
			closeTop(t, slots, sp, n)
			return t.TypeError("exception causes must derive from BaseException"), false
		}
	}
	closeTop(t, slots, sp, n)
	t.Raising(exc)
	return exc, false
}

// makeException turns the operand of raise into an exception instance: a
// class is called without arguments.
func makeException(t *rt.Thread, o *rt.Object) (*rt.BaseException, error) {
	if rt.IsType(o) && rt.AsType(o).IsSubtype(rt.BaseExceptionType) {
		e, err := t.Call0(o)
		if err != nil {
			return nil, err
		}
		if !rt.IsInstance(e, rt.BaseExceptionType) {
			t.Decref(e)
			return nil, t.TypeError("calling %s should have returned an instance of BaseException, not %s", rt.AsType(o).Name, rt.TypeOf(e).Name)
		}
		return rt.AsExc(e), nil
	}
	if rt.IsInstance(o, rt.BaseExceptionType) {
		return rt.AsExc(t.NewRef(o)), nil
	}
	return nil, t.TypeError("exceptions must derive from BaseException")
}

// checkExcMatch is the test of an except clause.
func checkExcMatch(t *rt.Thread, exc, typ *rt.Object) (bool, error) {
	if err := t.CheckExceptTypes(typ, false); err != nil {
		return false, err
	}
	if rt.TypeOf(typ).Flags&rt.FlagTupleSubclass != 0 {
		for _, c := range rt.TupleItems(typ) {
			if rt.TypeOf(exc).IsSubtype(rt.AsType(c)) {
				return true, nil
			}
		}
		return false, nil
	}
	return rt.TypeOf(exc).IsSubtype(rt.AsType(typ)), nil
}

// beforeWith is BEFORE_WITH: the bound __exit__ and what __enter__
// returned.
// withEnter and withExit are the names BEFORE_WITH looks up, interned once: a lookup
// by Go string interns it again at every with statement.
var withEnter, withExit = rt.Intern("__enter__"), rt.Intern("__exit__")

func beforeWith(t *rt.Thread, mgr *rt.Object) (exit, value *rt.Object, err error) {
	typ := rt.TypeOf(mgr)
	enter := typ.Lookup(withEnter)
	if enter == nil {
		return nil, nil, t.TypeError("'%s' object does not support the context manager protocol", typ.Name)
	}
	exitF := typ.Lookup(withExit)
	if exitF == nil {
		return nil, nil, t.TypeError("'%s' object does not support the context manager protocol (missed __exit__ method)", typ.Name)
	}
	if get := rt.TypeOf(exitF).DescrGet; get != nil {
		if exit, err = get(t, exitF, mgr, typ); err != nil {
			return nil, nil, err
		}
	} else {
		exit = t.NewRef(exitF)
	}
	// enter is called as found, before __exit__ was bound, as CPython
	// calls the bound method it looked up first.
	if value, err = t.CallBound(enter, mgr, nil); err != nil {
		t.Decref(exit)
		return nil, nil, err
	}
	return exit, value, nil
}

// withExceptStart calls exit(type(exc), exc, tb).
func withExceptStart(t *rt.Thread, exit, exc *rt.Object) (*rt.Object, error) {
	tb := rt.AsExc(exc).Traceback()
	if tb == nil {
		tb = rt.None
	}
	buf := t.PushArgs(3)
	buf[0], buf[1], buf[2] = rt.TypeOf(exc).Obj(), exc, tb
	v, err := t.Call(exit, buf, nil)
	t.PopArgs(buf)
	return v, err
}
