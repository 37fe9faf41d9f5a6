package eval

import "gilfree/interp/compile"

// Superinstructions: the loader rewrites the first word of some frequent
// pairs of instructions into one opcode that does the work of both, which
// saves a dispatch (the eval loop's costliest step: an indirect jump that
// predicts badly). The second word is left as it is: a jump to it still
// runs it alone, and a superinstruction reads its argument from it and
// skips it. The compiler's code objects, and their disassembly, are not
// changed; only the runtime's copy of the instructions is.
const (
	// LOAD_FAST_BORROW a; LOAD_FAST_BORROW b
	opLoadBorrow2 = compile.NumOpcodes + iota
	// LOAD_FAST_BORROW a; LOAD_CONST c
	opLoadBorrowConst
	// STORE_FAST a; LOAD_FAST_BORROW b
	opStoreLoadBorrow
	// COMPARE_OP op; POP_JUMP_IF_FALSE target
	opCompareJumpIfFalse
	// COMPARE_OP op; POP_JUMP_IF_TRUE target
	opCompareJumpIfTrue
	// FOR_ITER target; STORE_FAST a
	opForIterStore
	// LOAD_FAST_BORROW a; LOAD_CONST c; BINARY_SUBSCR
	opSubscrBorrowConst
	// LOAD_FAST_BORROW a; LOAD_FAST_BORROW b; BINARY_SUBSCR
	opSubscrBorrow2
	// COPY 2; COPY 2; BINARY_SUBSCR: the read of container[key] op= value
	opDupSubscr
	// SWAP 3; SWAP 2; STORE_SUBSCR: the write of container[key] op= value
	opStoreSubscrRot
	// LOAD_FAST_BORROW a; LOAD_FAST_BORROW b; BINARY_OP op
	opBinaryBorrow2
	// LOAD_FAST_BORROW a; LOAD_CONST c; BINARY_OP op
	opBinaryBorrowConst
	// LOAD_FAST_BORROW b; BINARY_OP op
	opBinaryLocal
	// LOAD_CONST c; BINARY_OP op
	opBinaryConst
)

// fuse returns a copy of instrs with superinstructions.
func fuse(instrs []uint32) []uint32 {
	out := append([]uint32(nil), instrs...)
	for i := 0; i+1 < len(out); i++ {
		if super := fuseTriple(out, i); super != 0 {
			out[i] = compile.Word(super, compile.Arg(out[i]))
			i += 2
			continue
		}
		a, b := compile.Op(out[i]), compile.Op(out[i+1])
		var super compile.Opcode
		switch {
		case a == compile.LOAD_FAST_BORROW && b == compile.BINARY_OP:
			super = opBinaryLocal
		case a == compile.LOAD_CONST && b == compile.BINARY_OP:
			super = opBinaryConst
		case a == compile.LOAD_FAST_BORROW && b == compile.LOAD_FAST_BORROW:
			super = opLoadBorrow2
		case a == compile.LOAD_FAST_BORROW && b == compile.LOAD_CONST:
			super = opLoadBorrowConst
		case a == compile.STORE_FAST && b == compile.LOAD_FAST_BORROW:
			super = opStoreLoadBorrow
		case a == compile.COMPARE_OP && b == compile.POP_JUMP_IF_FALSE:
			super = opCompareJumpIfFalse
		case a == compile.COMPARE_OP && b == compile.POP_JUMP_IF_TRUE:
			super = opCompareJumpIfTrue
		case a == compile.FOR_ITER && b == compile.STORE_FAST:
			super = opForIterStore
		default:
			continue
		}
		out[i] = compile.Word(super, compile.Arg(out[i]))
		// The second word may start another pair of its own only when it
		// is run alone; skip it here so that a superinstruction's second
		// word keeps its original opcode.
		i++
	}
	return out
}

// fuseTriple returns the superinstruction of three words starting at
// instrs[i], or 0. Triples are tried before pairs; their second and third
// words keep their opcodes, like a pair's second.
func fuseTriple(instrs []uint32, i int) compile.Opcode {
	if i+2 >= len(instrs) {
		return 0
	}
	w0, w1, w2 := instrs[i], instrs[i+1], instrs[i+2]
	a, b, c := compile.Op(w0), compile.Op(w1), compile.Op(w2)
	switch {
	case a == compile.LOAD_FAST_BORROW && b == compile.LOAD_CONST && c == compile.BINARY_SUBSCR:
		return opSubscrBorrowConst
	case a == compile.LOAD_FAST_BORROW && b == compile.LOAD_FAST_BORROW && c == compile.BINARY_SUBSCR:
		return opSubscrBorrow2
	case a == compile.LOAD_FAST_BORROW && b == compile.LOAD_FAST_BORROW && c == compile.BINARY_OP:
		return opBinaryBorrow2
	case a == compile.LOAD_FAST_BORROW && b == compile.LOAD_CONST && c == compile.BINARY_OP:
		return opBinaryBorrowConst
	case a == compile.COPY && compile.Arg(w0) == 2 && b == compile.COPY && compile.Arg(w1) == 2 && c == compile.BINARY_SUBSCR:
		return opDupSubscr
	case a == compile.SWAP && compile.Arg(w0) == 3 && b == compile.SWAP && compile.Arg(w1) == 2 && c == compile.STORE_SUBSCR:
		return opStoreSubscrRot
	}
	return 0
}
