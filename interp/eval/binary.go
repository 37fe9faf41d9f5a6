package eval

import (
	"gilfree/interp/compile"
	"gilfree/refcount"
	rt "gilfree/runtime"
)

// binaryRefs computes a <op> b for BINARY_OP and the superinstructions
// that take an operand straight from a local or a constant. It consumes
// both references, on error too. Exact ints and floats (and a small int
// with a float) are computed here, and the result reuses the memory of an
// operand the caller held the only reference to (the intermediate results
// of an expression), as CPython 3.13 does; everything else goes through
// the runtime's operator dispatch.
//
// next is the instruction after the operator and slots the frame's: for
// s += x as a statement, the text may go into s's own str (appendInPlace).
func binaryRefs(t *rt.Thread, ra, rb refcount.StackRef, op rt.BinaryOp, next uint32, slots []refcount.StackRef) (refcount.StackRef, error) {
	a, b := ra.Header(), rb.Header()
	ta, tb := rt.TypeOf(a), rt.TypeOf(b)
	switch {
	case ta == rt.StrType:
		if r, ok := appendInPlace(t, ra, rb, op, next, slots); ok {
			return r, nil
		}
	case ta == rt.FloatType && tb == rt.FloatType:
		if r, ok := floatArith(rt.FloatValue(a), rt.FloatValue(b), op); ok {
			// reuseFloat, knowing both operands are exact floats.
			if rt.IsCounted(ra) && t.Unique(a) {
				rt.SetFloat(a, r)
				if rt.IsCounted(rb) {
					t.CloseCounted(rb)
				}
				return ra, nil
			}
			if rt.IsCounted(rb) && t.Unique(b) {
				rt.SetFloat(b, r)
				if rt.IsCounted(ra) {
					t.CloseCounted(ra)
				}
				return rb, nil
			}
			v := rt.StackNew(t.NewFloat(r))
			if rt.IsCounted(rb) {
				t.CloseCounted(rb)
			}
			if rt.IsCounted(ra) {
				t.CloseCounted(ra)
			}
			return v, nil
		}
		if op&^rt.InPlace == rt.OpPow {
			if r, ok := floatPow(rt.FloatValue(a), rt.FloatValue(b)); ok {
				return reuseFloat(t, ra, rb, r), nil
			}
		}
	case ta == rt.IntType && tb == rt.IntType:
		if r, ok := intArith(a, b, op); ok {
			return reuseInt(t, ra, rb, r), nil
		}
		if op&^rt.InPlace == rt.OpTrueDiv {
			if r, ok := intTrueDiv(a, b); ok {
				return reuseFloat(t, ra, rb, r), nil
			}
		}
	case ta == rt.FloatType && tb == rt.IntType:
		// A small int converts to the nearest float, as float(int) does.
		if y, small := rt.IntSmall(b); small {
			if r, ok := floatArith(rt.FloatValue(a), float64(y), op); ok {
				return reuseFloat(t, ra, rb, r), nil
			}
		}
	case ta == rt.IntType && tb == rt.FloatType:
		if x, small := rt.IntSmall(a); small {
			if r, ok := floatArith(float64(x), rt.FloatValue(b), op); ok {
				return reuseFloat(t, ra, rb, r), nil
			}
		}
	}
	v, err := t.BinaryOp(a, b, op)
	t.Close(rb)
	t.Close(ra)
	if err != nil {
		return refcount.StackRef{}, err
	}
	return rt.StackNew(v), nil
}

// reuseFloat returns the float v in place of the operands ra and rb,
// which it consumes: in the memory of one of them when the caller held
// its only reference.
func reuseFloat(t *rt.Thread, ra, rb refcount.StackRef, v float64) refcount.StackRef {
	switch {
	case rt.IsCounted(ra) && rt.TypeOf(ra.Header()) == rt.FloatType && t.Unique(ra.Header()):
		rt.SetFloat(ra.Header(), v)
		t.Close(rb)
		return ra
	case rt.IsCounted(rb) && rt.TypeOf(rb.Header()) == rt.FloatType && t.Unique(rb.Header()):
		rt.SetFloat(rb.Header(), v)
		t.Close(ra)
		return rb
	}
	r := rt.StackNew(t.NewFloat(v))
	t.Close(rb)
	t.Close(ra)
	return r
}

// reuseInt is reuseFloat for an int result; a small int is the cached
// object.
func reuseInt(t *rt.Thread, ra, rb refcount.StackRef, v int64) refcount.StackRef {
	switch {
	case rt.IsSmallIntValue(v):
	case rt.IsCounted(ra) && rt.TypeOf(ra.Header()) == rt.IntType && t.Unique(ra.Header()):
		rt.SetInt(ra.Header(), v)
		t.Close(rb)
		return ra
	case rt.IsCounted(rb) && rt.TypeOf(rb.Header()) == rt.IntType && t.Unique(rb.Header()):
		rt.SetInt(rb.Header(), v)
		t.Close(ra)
		return rb
	}
	r := rt.StackNew(t.NewInt(v))
	t.Close(rb)
	t.Close(ra)
	return r
}

// appendInPlace is s + x when s is a borrowed local that the next
// instruction stores the result back into and that local holds the only
// reference to s: the text of x is appended to s's own str, which is the
// result, so that building a string in a loop is linear. The compiler
// leaves no borrowed copy of a local on the stack across a store to it,
// so nothing else can see the str change.
func appendInPlace(t *rt.Thread, ra, rb refcount.StackRef, op rt.BinaryOp, next uint32, slots []refcount.StackRef) (refcount.StackRef, bool) {
	if nop := compile.Op(next); op&^rt.InPlace != rt.OpAdd || nop != compile.STORE_FAST && nop != opStoreLoadBorrow || !ra.IsTagged() {
		return refcount.StackRef{}, false
	}
	a := ra.Header()
	local := slots[compile.Arg(next)]
	if !rt.IsCounted(local) || local.Header() != a || !t.Unique(a) || !t.StrAppendInPlace(a, rb.Header()) {
		return refcount.StackRef{}, false
	}
	// The result is a new reference to the same str, which STORE_FAST
	// puts in place of the local's.
	t.Close(rb)
	t.Incref(a)
	return refcount.NewStackRef(a), true
}

// binaryFrame starts the Python dunder of x's class for the BINARY_OP(op)
// at pc-1, x and y the top two of f's stack at sp, as a frame of the eval
// loop (the new frame, its caller's state saved in f), or returns nil when
// the class has none. The frame runs on borrowed copies of x and y, which
// stay on f's stack until it returns (see contBinary at RETURN_VALUE).
func binaryFrame(t *rt.Thread, f *rt.Frame, pc, sp int, op uint32) (*rt.Frame, error) {
	slots := f.Slots
	x, y := slots[sp-2].Header(), slots[sp-1].Header()
	fn := binaryCall(t, f.Code, pc-1, x, y, rt.BinaryOp(op))
	if fn == nil {
		return nil, nil
	}
	f.Lasti = pc - 1
	nf, e := t.PushCall(fn, f)
	t.Decref(fn.Obj())
	if e != nil {
		return nil, e
	}
	nf.Slots[0] = refcount.BorrowStackRef(x)
	nf.Slots[1] = refcount.BorrowStackRef(y)
	nf.Cont = contBinary | op<<contShift
	f.SP, f.PC = sp, pc
	t.Frame = nf
	return nf, nil
}

// extendedArg decodes an instruction prefixed by EXTENDED_ARG words, pc
// just past the first prefix and arg its high bits: the instruction's
// opcode, its whole argument and the pc past it.
func extendedArg(instrs []uint32, pc int, arg uint32) (compile.Opcode, uint32, int) {
	for {
		w := instrs[pc]
		pc++
		arg = arg<<24 | w>>8
		if op := compile.Opcode(w); op != compile.EXTENDED_ARG {
			return op, arg, pc
		}
	}
}
