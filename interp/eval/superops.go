package eval

import (
	"sync"

	"gilfree/interp/compile"
	"gilfree/locks"
	"gilfree/refcount"
	rt "gilfree/runtime"
)

// Superinstructions: the loader rewrites the first word of some frequent
// runs of instructions into one opcode that does the work of the whole
// run, which saves dispatches (the eval loop's costliest step: an indirect
// jump that predicts badly). The other words are left as they are: a jump
// to one of them still runs it alone, and a superinstruction reads its
// arguments from them and skips them. The compiler's code objects, and
// their disassembly, are not changed; only the runtime's copy of the
// instructions is.
//
// A superinstruction that fails leaves pc just past the word of the part
// that failed, as that instruction alone would, so that tracebacks and the
// exception table see the same instruction either way.
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
	// The four above and BINARY_OP, each followed by STORE_FAST a: the
	// result goes straight into the local.
	opBinaryBorrow2Store
	opBinaryBorrowConstStore
	opBinaryLocalStore
	opBinaryConstStore
	opBinaryStore
	// LOAD_FAST a; LOAD_CONST c; COPY 2; COPY 2; BINARY_SUBSCR: the read
	// of a[c] op= value, leaving a c a[c].
	opAugSubscrConst
	// BINARY_OP op; SWAP 3; SWAP 2; STORE_SUBSCR: the operator and the
	// write of container[key] op= value.
	opBinaryStoreSubscr
	// LOAD_FAST_BORROW a; LOAD_FAST_BORROW b; COMPARE_OP op; POP_JUMP_IF_FALSE
	// (and _TRUE), and the same with LOAD_CONST c second.
	opCompareBorrow2JumpIfFalse
	opCompareBorrow2JumpIfTrue
	opCompareBorrowConstJumpIfFalse
	opCompareBorrowConstJumpIfTrue
	// LOAD_CONST c; COMPARE_OP op; POP_JUMP_IF_FALSE (and _TRUE)
	opCompareConstJumpIfFalse
	opCompareConstJumpIfTrue
	// FOR_ITER target; UNPACK_SEQUENCE n
	opForIterUnpack
	// LOAD_FAST_BORROW a; RETURN_VALUE
	opReturnLocal
	// FOR_ITER target; UNPACK_SEQUENCE 2; STORE_FAST a; STORE_FAST b: for a, b in ...
	opForIterUnpackStore2
	// UNPACK_SEQUENCE 2; STORE_FAST a; STORE_FAST b: a, b = pair
	opUnpackStore2
	// SWAP 2; STORE_FAST a; STORE_FAST b: a, b = x, y
	opSwapStore2
	// a[c] op2= x op1 y, twelve words: LOAD_FAST a; LOAD_CONST c; COPY 2;
	// COPY 2; BINARY_SUBSCR; LOAD_FAST_BORROW x; LOAD_FAST_BORROW y;
	// BINARY_OP op1; BINARY_OP op2; SWAP 3; SWAP 2; STORE_SUBSCR
	opAugSubscrBinary
	// LOAD_FAST_BORROW a; LOAD_ATTR name: self.x, the commonest pair of
	// object-heavy code (a seventh to a fifth of its dispatches)
	opLoadAttrBorrow
	// LOAD_FAST_BORROW a; STORE_ATTR name: self.x = value
	opStoreAttrBorrow
	// LOAD_FAST_BORROW a; LOAD_METHOD name: self.m(...)
	opLoadMethodBorrow
	// JUMP_BACKWARD target to an opForIterStore: a for loop's back edge
	// and its next step in one dispatch (backEdges)
	opJumpBackForIterStore
	// JUMP_BACKWARD target to a FOR_ITER, opForIterUnpack or
	// opForIterUnpackStore2: the same for the other for loops
	opJumpBackForIter
	// CONTAINS_OP inv; POP_JUMP_IF_FALSE target (and _TRUE): if x in c
	opContainsJumpIfFalse
	opContainsJumpIfTrue
	// LOAD_DEREF c; CONTAINS_OP inv; POP_JUMP_IF_FALSE target (and
	// _TRUE): if x in c with c a closure's variable (a search's sets of
	// used squares), the set tested without a count taken on it
	opDerefContainsJumpIfFalse
	opDerefContainsJumpIfTrue
	// IS_OP inv; POP_JUMP_IF_FALSE target (and _TRUE): if x is y (a
	// fifteenth of deltablue's dispatches were one of the pair)
	opIsJumpIfFalse
	opIsJumpIfTrue
	// LOAD_FAST_BORROW a; POP_JUMP_IF_NONE target (and _NOT_NONE): if a
	// is None, while a is not None (linked structures' walks)
	opBorrowJumpIfNone
	opBorrowJumpIfNotNone
	// LOAD_GLOBAL g; COMPARE_OP op; POP_JUMP_IF_FALSE target (and _TRUE):
	// a comparison with a module's constant (if c == EMPTY)
	opGlobalCompareJumpIfFalse
	opGlobalCompareJumpIfTrue
	// UNARY_NOT; JUMP_IF_FALSE_OR_POP target (and _TRUE_OR_POP): not x
	// and ..., not x or ... as a value (return not a and b)
	opNotJumpIfFalseOrPop
	opNotJumpIfTrueOrPop
	// LOAD_GLOBAL g; LOAD_ATTR name: a module's or class's attribute
	// (Direction.FORWARD, mod.CONST)
	opGlobalLoadAttr
	// SWAP 2; COPY 2; COMPARE_OP op; POP_JUMP_IF_FALSE target: each link
	// of a chained comparison but the last (a <= x < b), which keeps x
	opChainCompareJumpIfFalse
	// LOAD_FAST_BORROW a; LOAD_ATTR x; LOAD_FAST_BORROW b; LOAD_ATTR y;
	// BINARY_OP op: a.x op b.y, the staple of vector and geometry code
	// (a.x * b.x + a.y * b.y), its attributes read without counts
	// (attrBinary)
	opAttrBinary
	// LOAD_FAST_BORROW a; LOAD_ATTR x; LOAD_FAST_BORROW b; BINARY_OP op:
	// a.x op b (self.x * k)
	opAttrLocalBinary
	// LOAD_FAST_BORROW c; LOAD_FAST_BORROW k; STORE_SUBSCR: c[k] = value
	// (x[i], x[j] = x[j], x[i] in random.shuffle, board[p] = color)
	opStoreSubscrBorrow2
	// LOAD_FAST_BORROW x; LOAD_GLOBAL g; COMPARE_OP op; POP_JUMP_IF_FALSE
	// (and _TRUE): if c == EMPTY (borrowGlobalCompare)
	opBorrowGlobalCompareJumpIfFalse
	opBorrowGlobalCompareJumpIfTrue
	// LOAD_FAST_BORROW a; LOAD_ATTR x; LOAD_FAST_BORROW k; BINARY_SUBSCR:
	// a.x[k] (self.cells[p]), the container read without a count
	// (attrSubscr)
	opAttrSubscr
	// LOAD_FAST_BORROW v; LOAD_FAST_BORROW a; STORE_ATTR name: a.name = v
	// with v a local (self.x = x in every __init__)
	opStoreAttrLocal
	// LOAD_FAST_BORROW a; LOAD_CONST c; BINARY_SUBSCR; LOAD_FAST_BORROW b;
	// LOAD_CONST d; BINARY_SUBSCR; BINARY_OP op: a[c] op b[d] (nbody's
	// b1[0] - b2[0]), float items of lists read without counts
	opSubscr2Binary
	// opAttrBinary and one more BINARY_OP op2: s op2 (a.x op b.y) with s
	// on the stack, the running sum of a dot product
	opAttrBinaryThen
	// LOAD_FAST_BORROW a; LOAD_ATTR x; BINARY_OP op: s op a.x with s on
	// the stack (stackAttrBinary)
	opStackAttrBinary

	numSuperOps = iota
)

// anyArg in a pattern matches any argument.
const anyArg = -1

// patWord is one word of a superinstruction's pattern: an opcode and the
// argument it must have (or anyArg).
type patWord struct {
	op  compile.Opcode
	arg int
}

// pattern is a run of instructions and the superinstruction that does it.
type pattern struct {
	super compile.Opcode
	words []patWord
}

// anyW builds a pattern word matching any argument.
func anyW(op compile.Opcode) patWord { return patWord{op, anyArg} }

// patterns are every superinstruction's run of instructions.
var patterns = []pattern{
	{opLoadBorrow2, []patWord{anyW(compile.LOAD_FAST_BORROW), anyW(compile.LOAD_FAST_BORROW)}},
	{opLoadBorrowConst, []patWord{anyW(compile.LOAD_FAST_BORROW), anyW(compile.LOAD_CONST)}},
	{opStoreLoadBorrow, []patWord{anyW(compile.STORE_FAST), anyW(compile.LOAD_FAST_BORROW)}},
	{opCompareJumpIfFalse, []patWord{anyW(compile.COMPARE_OP), anyW(compile.POP_JUMP_IF_FALSE)}},
	{opCompareJumpIfTrue, []patWord{anyW(compile.COMPARE_OP), anyW(compile.POP_JUMP_IF_TRUE)}},
	{opForIterStore, []patWord{anyW(compile.FOR_ITER), anyW(compile.STORE_FAST)}},
	{opForIterUnpack, []patWord{anyW(compile.FOR_ITER), anyW(compile.UNPACK_SEQUENCE)}},
	{opReturnLocal, []patWord{anyW(compile.LOAD_FAST_BORROW), anyW(compile.RETURN_VALUE)}},
	{opForIterUnpackStore2, []patWord{anyW(compile.FOR_ITER), {compile.UNPACK_SEQUENCE, 2}, anyW(compile.STORE_FAST), anyW(compile.STORE_FAST)}},
	{opUnpackStore2, []patWord{{compile.UNPACK_SEQUENCE, 2}, anyW(compile.STORE_FAST), anyW(compile.STORE_FAST)}},
	{opSwapStore2, []patWord{{compile.SWAP, 2}, anyW(compile.STORE_FAST), anyW(compile.STORE_FAST)}},
	{opAugSubscrBinary, []patWord{anyW(compile.LOAD_FAST), anyW(compile.LOAD_CONST), {compile.COPY, 2}, {compile.COPY, 2},
		anyW(compile.BINARY_SUBSCR), anyW(compile.LOAD_FAST_BORROW), anyW(compile.LOAD_FAST_BORROW), anyW(compile.BINARY_OP),
		anyW(compile.BINARY_OP), {compile.SWAP, 3}, {compile.SWAP, 2}, anyW(compile.STORE_SUBSCR)}},
	{opLoadAttrBorrow, []patWord{anyW(compile.LOAD_FAST_BORROW), anyW(compile.LOAD_ATTR)}},
	{opStoreAttrBorrow, []patWord{anyW(compile.LOAD_FAST_BORROW), anyW(compile.STORE_ATTR)}},
	{opLoadMethodBorrow, []patWord{anyW(compile.LOAD_FAST_BORROW), anyW(compile.LOAD_METHOD)}},
	{opSubscrBorrowConst, []patWord{anyW(compile.LOAD_FAST_BORROW), anyW(compile.LOAD_CONST), anyW(compile.BINARY_SUBSCR)}},
	{opSubscrBorrow2, []patWord{anyW(compile.LOAD_FAST_BORROW), anyW(compile.LOAD_FAST_BORROW), anyW(compile.BINARY_SUBSCR)}},
	{opDupSubscr, []patWord{{compile.COPY, 2}, {compile.COPY, 2}, anyW(compile.BINARY_SUBSCR)}},
	{opStoreSubscrRot, []patWord{{compile.SWAP, 3}, {compile.SWAP, 2}, anyW(compile.STORE_SUBSCR)}},
	{opBinaryBorrow2, []patWord{anyW(compile.LOAD_FAST_BORROW), anyW(compile.LOAD_FAST_BORROW), anyW(compile.BINARY_OP)}},
	{opBinaryBorrowConst, []patWord{anyW(compile.LOAD_FAST_BORROW), anyW(compile.LOAD_CONST), anyW(compile.BINARY_OP)}},
	{opBinaryLocal, []patWord{anyW(compile.LOAD_FAST_BORROW), anyW(compile.BINARY_OP)}},
	{opBinaryConst, []patWord{anyW(compile.LOAD_CONST), anyW(compile.BINARY_OP)}},
	{opBinaryBorrow2Store, []patWord{anyW(compile.LOAD_FAST_BORROW), anyW(compile.LOAD_FAST_BORROW), anyW(compile.BINARY_OP), anyW(compile.STORE_FAST)}},
	{opBinaryBorrowConstStore, []patWord{anyW(compile.LOAD_FAST_BORROW), anyW(compile.LOAD_CONST), anyW(compile.BINARY_OP), anyW(compile.STORE_FAST)}},
	{opBinaryLocalStore, []patWord{anyW(compile.LOAD_FAST_BORROW), anyW(compile.BINARY_OP), anyW(compile.STORE_FAST)}},
	{opBinaryConstStore, []patWord{anyW(compile.LOAD_CONST), anyW(compile.BINARY_OP), anyW(compile.STORE_FAST)}},
	{opBinaryStore, []patWord{anyW(compile.BINARY_OP), anyW(compile.STORE_FAST)}},
	{opAugSubscrConst, []patWord{anyW(compile.LOAD_FAST), anyW(compile.LOAD_CONST), {compile.COPY, 2}, {compile.COPY, 2}, anyW(compile.BINARY_SUBSCR)}},
	{opBinaryStoreSubscr, []patWord{anyW(compile.BINARY_OP), {compile.SWAP, 3}, {compile.SWAP, 2}, anyW(compile.STORE_SUBSCR)}},
	{opCompareBorrow2JumpIfFalse, []patWord{anyW(compile.LOAD_FAST_BORROW), anyW(compile.LOAD_FAST_BORROW), anyW(compile.COMPARE_OP), anyW(compile.POP_JUMP_IF_FALSE)}},
	{opCompareBorrow2JumpIfTrue, []patWord{anyW(compile.LOAD_FAST_BORROW), anyW(compile.LOAD_FAST_BORROW), anyW(compile.COMPARE_OP), anyW(compile.POP_JUMP_IF_TRUE)}},
	{opCompareBorrowConstJumpIfFalse, []patWord{anyW(compile.LOAD_FAST_BORROW), anyW(compile.LOAD_CONST), anyW(compile.COMPARE_OP), anyW(compile.POP_JUMP_IF_FALSE)}},
	{opCompareBorrowConstJumpIfTrue, []patWord{anyW(compile.LOAD_FAST_BORROW), anyW(compile.LOAD_CONST), anyW(compile.COMPARE_OP), anyW(compile.POP_JUMP_IF_TRUE)}},
	{opCompareConstJumpIfFalse, []patWord{anyW(compile.LOAD_CONST), anyW(compile.COMPARE_OP), anyW(compile.POP_JUMP_IF_FALSE)}},
	{opCompareConstJumpIfTrue, []patWord{anyW(compile.LOAD_CONST), anyW(compile.COMPARE_OP), anyW(compile.POP_JUMP_IF_TRUE)}},
	{opContainsJumpIfFalse, []patWord{anyW(compile.CONTAINS_OP), anyW(compile.POP_JUMP_IF_FALSE)}},
	{opContainsJumpIfTrue, []patWord{anyW(compile.CONTAINS_OP), anyW(compile.POP_JUMP_IF_TRUE)}},
	{opDerefContainsJumpIfFalse, []patWord{anyW(compile.LOAD_DEREF), anyW(compile.CONTAINS_OP), anyW(compile.POP_JUMP_IF_FALSE)}},
	{opDerefContainsJumpIfTrue, []patWord{anyW(compile.LOAD_DEREF), anyW(compile.CONTAINS_OP), anyW(compile.POP_JUMP_IF_TRUE)}},
	{opIsJumpIfFalse, []patWord{anyW(compile.IS_OP), anyW(compile.POP_JUMP_IF_FALSE)}},
	{opIsJumpIfTrue, []patWord{anyW(compile.IS_OP), anyW(compile.POP_JUMP_IF_TRUE)}},
	{opBorrowJumpIfNone, []patWord{anyW(compile.LOAD_FAST_BORROW), anyW(compile.POP_JUMP_IF_NONE)}},
	{opBorrowJumpIfNotNone, []patWord{anyW(compile.LOAD_FAST_BORROW), anyW(compile.POP_JUMP_IF_NOT_NONE)}},
	{opGlobalCompareJumpIfFalse, []patWord{anyW(compile.LOAD_GLOBAL), anyW(compile.COMPARE_OP), anyW(compile.POP_JUMP_IF_FALSE)}},
	{opGlobalCompareJumpIfTrue, []patWord{anyW(compile.LOAD_GLOBAL), anyW(compile.COMPARE_OP), anyW(compile.POP_JUMP_IF_TRUE)}},
	{opNotJumpIfFalseOrPop, []patWord{anyW(compile.UNARY_NOT), anyW(compile.JUMP_IF_FALSE_OR_POP)}},
	{opNotJumpIfTrueOrPop, []patWord{anyW(compile.UNARY_NOT), anyW(compile.JUMP_IF_TRUE_OR_POP)}},
	{opGlobalLoadAttr, []patWord{anyW(compile.LOAD_GLOBAL), anyW(compile.LOAD_ATTR)}},
	{opChainCompareJumpIfFalse, []patWord{{compile.SWAP, 2}, {compile.COPY, 2}, anyW(compile.COMPARE_OP), anyW(compile.POP_JUMP_IF_FALSE)}},
	{opAttrBinary, []patWord{anyW(compile.LOAD_FAST_BORROW), anyW(compile.LOAD_ATTR), anyW(compile.LOAD_FAST_BORROW), anyW(compile.LOAD_ATTR), anyW(compile.BINARY_OP)}},
	{opAttrLocalBinary, []patWord{anyW(compile.LOAD_FAST_BORROW), anyW(compile.LOAD_ATTR), anyW(compile.LOAD_FAST_BORROW), anyW(compile.BINARY_OP)}},
	{opAttrBinaryThen, []patWord{anyW(compile.LOAD_FAST_BORROW), anyW(compile.LOAD_ATTR), anyW(compile.LOAD_FAST_BORROW), anyW(compile.LOAD_ATTR), anyW(compile.BINARY_OP), anyW(compile.BINARY_OP)}},
	{opStackAttrBinary, []patWord{anyW(compile.LOAD_FAST_BORROW), anyW(compile.LOAD_ATTR), anyW(compile.BINARY_OP)}},
	{opStoreSubscrBorrow2, []patWord{anyW(compile.LOAD_FAST_BORROW), anyW(compile.LOAD_FAST_BORROW), anyW(compile.STORE_SUBSCR)}},
	{opBorrowGlobalCompareJumpIfFalse, []patWord{anyW(compile.LOAD_FAST_BORROW), anyW(compile.LOAD_GLOBAL), anyW(compile.COMPARE_OP), anyW(compile.POP_JUMP_IF_FALSE)}},
	{opBorrowGlobalCompareJumpIfTrue, []patWord{anyW(compile.LOAD_FAST_BORROW), anyW(compile.LOAD_GLOBAL), anyW(compile.COMPARE_OP), anyW(compile.POP_JUMP_IF_TRUE)}},
	{opStoreAttrLocal, []patWord{anyW(compile.LOAD_FAST_BORROW), anyW(compile.LOAD_FAST_BORROW), anyW(compile.STORE_ATTR)}},
	{opSubscr2Binary, []patWord{anyW(compile.LOAD_FAST_BORROW), anyW(compile.LOAD_CONST), anyW(compile.BINARY_SUBSCR),
		anyW(compile.LOAD_FAST_BORROW), anyW(compile.LOAD_CONST), anyW(compile.BINARY_SUBSCR), anyW(compile.BINARY_OP)}},
	{opAttrSubscr, []patWord{anyW(compile.LOAD_FAST_BORROW), anyW(compile.LOAD_ATTR), anyW(compile.LOAD_FAST_BORROW), anyW(compile.BINARY_SUBSCR)}},
}

// patternsByOp lists, for each opcode, the indexes in patterns of those
// whose run starts with it: fuse tries at each word only the few that can
// match there (all of them took about 56K instructions a code object,
// 5 M for the 97 that `import threading` loads). Made at the first fuse,
// so that a start-up that loads no code pays nothing.
var patternsByOp = sync.OnceValue(func() *[256][]uint8 {
	var idx [256][]uint8
	for pi, p := range patterns {
		op := p.words[0].op
		idx[op] = append(idx[op], uint8(pi))
	}
	return &idx
})

// matches reports whether p's run of instructions starts at instrs[i].
func (p *pattern) matches(instrs []uint32, i int) bool {
	if i+len(p.words) > len(instrs) {
		return false
	}
	for k, pw := range p.words {
		w := instrs[i+k]
		if compile.Op(w) != pw.op || pw.arg != anyArg && compile.Arg(w) != uint32(pw.arg) {
			return false
		}
	}
	return true
}

// fuse returns a copy of instrs with superinstructions. It chooses the
// runs to fuse so as to run the fewest dispatches from start to end (a
// shortest path over the words), except that no run may reach over a
// jump target or an exception handler (listed in targets): a jump to the
// middle of a run would run its words one by one, and the places jumped
// to are the heads of loops, which run far more often than the code that
// falls into them.
func fuse(instrs []uint32, targets []uint32) []uint32 {
	n := len(instrs)
	isTarget := make([]bool, n+1)
	for _, tg := range targets {
		if int(tg) < n {
			isTarget[tg] = true
		}
	}
	for i, w := range instrs {
		if op := compile.Op(w); op.HasJump() && (i == 0 || compile.Op(instrs[i-1]) != compile.EXTENDED_ARG) {
			if tg := int(compile.Arg(w)); tg < n {
				isTarget[tg] = true
			}
		}
	}
	// cost[i] is the fewest dispatches from word i to the end; choice[i]
	// the pattern (index+1) that starts there, 0 for none.
	cost := make([]int, n+1)
	choice := make([]int, n)
	byOp := patternsByOp()
	for i := n - 1; i >= 0; i-- {
		cost[i] = 1 + cost[i+1]
		for _, pi := range byOp[compile.Op(instrs[i])] {
			p := &patterns[pi]
			if !p.matches(instrs, i) || spansTarget(isTarget, i, len(p.words)) {
				continue
			}
			if c := 1 + cost[i+len(p.words)]; c < cost[i] {
				cost[i], choice[i] = c, int(pi)+1
			}
		}
	}
	out := append([]uint32(nil), instrs...)
	for i := 0; i < n; {
		if choice[i] == 0 {
			i++
			continue
		}
		p := &patterns[choice[i]-1]
		out[i] = compile.Word(p.super, compile.Arg(out[i]))
		i += len(p.words)
	}
	backEdges(out)
	return out
}

// backEdges rewrites each JUMP_BACKWARD whose target is the head of a for
// loop (FOR_ITER or a superinstruction starting with it) into
// opJumpBackForIterStore or opJumpBackForIter, which poll as JUMP_BACKWARD
// does and then run the loop's next step themselves: one dispatch instead
// of two for every iteration. The target keeps its word, for the loop's
// first step and for a continue.
func backEdges(instrs []uint32) {
	for i, w := range instrs {
		if compile.Op(w) != compile.JUMP_BACKWARD || i > 0 && compile.Op(instrs[i-1]) == compile.EXTENDED_ARG {
			continue
		}
		tg := int(compile.Arg(w))
		if tg >= len(instrs)-1 {
			continue
		}
		switch compile.Op(instrs[tg]) {
		case opForIterStore:
			instrs[i] = compile.Word(opJumpBackForIterStore, uint32(tg))
		case compile.FOR_ITER, opForIterUnpack, opForIterUnpackStore2:
			instrs[i] = compile.Word(opJumpBackForIter, uint32(tg))
		}
	}
}

// spansTarget reports whether a run of n words at i has a jump target
// after its first word.
func spansTarget(isTarget []bool, i, n int) bool {
	for k := 1; k < n; k++ {
		if isTarget[i+k] {
			return true
		}
	}
	return false
}

// augSubscrBinary runs opAugSubscrBinary, a[c] op2= x op1 y, starting
// with pc past its first word; it returns the new stack pointer and pc.
// Each part that can fail leaves pc past its own word and the stack as
// the instructions alone would have it (the container and key, then the
// item read), so that unwinding closes what they hold.
func augSubscrBinary(t *rt.Thread, code *rt.Code, slots []refcount.StackRef, sp, pc int, a uint32) (int, int, error) {
	instrs := code.Instrs
	start := pc - 1
	r := slots[a]
	if r.IsNull() {
		return sp, pc, unboundLocal(t, code, int(a))
	}
	key := code.Consts[instrs[start+1]>>8]
	if rt.TypeOf(r.Header()) == rt.ListType && rt.TypeOf(key) == rt.IntType {
		// A float item that only the list holds takes the result in
		// place (ListUniqueFloat says when that is invisible): b[3] -= dx * m
		// without an allocation, a store or a count.
		if i, ok := rt.IntSmall(key); ok {
			if item := t.ListUniqueFloat(r.Header(), i); item != nil {
				x, y := slots[instrs[start+5]>>8], slots[instrs[start+6]>>8]
				if !x.IsNull() && !y.IsNull() && rt.TypeOf(x.Header()) == rt.FloatType && rt.TypeOf(y.Header()) == rt.FloatType {
					if p, ok := floatArith(rt.FloatValue(x.Header()), rt.FloatValue(y.Header()), rt.BinaryOp(instrs[start+7]>>8)); ok {
						if v, ok := floatArith(rt.FloatValue(item), p, rt.BinaryOp(instrs[start+8]>>8)); ok {
							rt.SetFloat(item, v)
							return sp, start + 12, nil
						}
					}
				}
			}
		}
	}
	if rt.IsCounted(r) {
		t.IncrefCounted(r)
	}
	slots[sp] = r
	slots[sp+1] = rt.StackBorrow(key)
	sp += 2
	item, err := binarySubscr(t, r.Header(), key)
	if err != nil {
		return sp, start + 5, err
	}
	slots[sp] = item
	sp++
	var xy [2]refcount.StackRef
	for i := range xy {
		w := instrs[start+5+i] >> 8
		if slots[w].IsNull() {
			return sp, start + 6 + i, unboundLocal(t, code, int(w))
		}
		xy[i] = refcount.BorrowStackRef(slots[w].Header())
	}
	p, err := binaryRefs(t, xy[0], xy[1], rt.BinaryOp(instrs[start+7]>>8), instrs[start+8], slots)
	if err != nil {
		return sp, start + 8, err
	}
	sp--
	v, err := binaryRefs(t, slots[sp], p, rt.BinaryOp(instrs[start+8]>>8), instrs[start+9], slots)
	slots[sp] = refcount.StackRef{}
	if err != nil {
		return sp, start + 9, err
	}
	err = storeSubscr(t, slots[sp-2].Header(), slots[sp-1].Header(), v.Header())
	t.Close(v)
	sp = closeTop(t, slots, sp, 2)
	return sp, start + 12, err
}

// peekAttr returns obj.name without a count when the attribute
// instruction at pc has a cache entry for obj's class at its current
// version that says where the value is (a __slots__ member or an entry of
// the instance dict), else nil. The caller must hold no assumption past
// the next thing that can run Python code or let another thread at obj:
// it is for one thread only (locks.Threaded false), and the value is used
// before anything else runs. The entries are loadAttr's, made only for
// classes whose attribute lookup is the generic one and where no data
// descriptor of the class takes priority, so the value is what loadAttr
// would return.
func peekAttr(code *rt.Code, pc int, obj *rt.Object, name *rt.Str) *rt.Object {
	if rt.IsType(obj) {
		return nil
	}
	c := findTyped(code.Caches[pc].Load(), rt.TypeOf(obj))
	if c == nil {
		return nil
	}
	switch c.Kind {
	case cacheSlot:
		return rt.SlotValue(obj, int(c.Index))
	case cacheInstance:
		if d := rt.InstanceDict(obj); d != nil {
			return d.EntryIfKey(int(c.Index), name)
		}
	}
	return nil
}

// isNumber reports whether o is an exact int or float, whose binary
// operators with each other run no Python code.
func isNumber(o *rt.Object) bool {
	typ := rt.TypeOf(o)
	return typ == rt.FloatType || typ == rt.IntType
}

// attrBinary runs opAttrBinary (a.x op b.y) and opAttrLocalBinary (a.x op
// b), starting with pc past its first word; it returns the new stack
// pointer and pc. While one thread exists, attributes that the sites'
// caches locate are read without counts, and two exact numbers are
// combined at once (binaryRefs with borrowed operands, which neither
// closes nor reuses them): nothing runs between the reads and the
// operator that could drop the values. Otherwise the attributes are
// loaded as LOAD_ATTR loads them and pc is left at the BINARY_OP's word,
// which runs alone (a Python __add__ of the operands' class runs as a
// frame from there).
//
// With then (opAttrBinaryThen), a float result combines at once with a
// float below it on the stack by the second BINARY_OP; otherwise that
// BINARY_OP runs alone after.
func attrBinary(t *rt.Thread, code *rt.Code, slots []refcount.StackRef, sp, pc int, a uint32, local, then bool) (int, int, error) {
	instrs := code.Instrs
	start := pc - 1
	opw := start + 4
	if local {
		opw = start + 3
	}
	ra := slots[a]
	if ra.IsNull() {
		return sp, start + 1, unboundLocal(t, code, int(a))
	}
	name := code.Names[instrs[start+1]>>8]
	b := instrs[start+2] >> 8
	if !locks.Threaded() && !slots[b].IsNull() {
		if x := peekAttr(code, start+1, ra.Header(), name); x != nil && isNumber(x) {
			y := slots[b].Header()
			if !local {
				y = peekAttr(code, start+3, y, code.Names[instrs[start+3]>>8])
			}
			if y != nil && rt.TypeOf(x) == rt.FloatType && rt.TypeOf(y) == rt.FloatType {
				if r, ok := floatArith(rt.FloatValue(x), rt.FloatValue(y), rt.BinaryOp(instrs[opw]>>8)); ok {
					if then {
						// opAttrBinaryThen: s op2 r with s a float
						// on the stack, in s itself when the stack
						// holds its only reference (as binaryRefs
						// reuses an operand).
						if rs := slots[sp-1]; rt.TypeOf(rs.Header()) == rt.FloatType {
							if r2, ok := floatArith(rt.FloatValue(rs.Header()), r, rt.BinaryOp(instrs[opw+1]>>8)); ok {
								if rt.IsCounted(rs) && t.Unique(rs.Header()) {
									rt.SetFloat(rs.Header(), r2)
								} else {
									slots[sp-1] = rt.StackNew(t.NewFloat(r2))
									t.Close(rs)
								}
								return sp, opw + 2, nil
							}
						}
					}
					slots[sp] = rt.StackNew(t.NewFloat(r))
					return sp + 1, opw + 1, nil
				}
			}
			if y != nil && isNumber(y) {
				v, err := binaryRefs(t, refcount.BorrowStackRef(x), refcount.BorrowStackRef(y), rt.BinaryOp(instrs[opw]>>8), instrs[opw+1], slots)
				if err != nil {
					return sp, opw + 1, err
				}
				slots[sp] = v
				return sp + 1, opw + 1, nil
			}
		}
	}
	v, err := loadAttr(t, code, start+1, ra.Header(), name)
	if err != nil {
		return sp, start + 2, err
	}
	slots[sp] = rt.StackNew(v)
	sp++
	rb := slots[b]
	if rb.IsNull() {
		return sp, start + 3, unboundLocal(t, code, int(b))
	}
	if local {
		slots[sp] = refcount.BorrowStackRef(rb.Header())
		return sp + 1, opw, nil
	}
	w, err := loadAttr(t, code, start+3, rb.Header(), code.Names[instrs[start+3]>>8])
	if err != nil {
		return sp, start + 4, err
	}
	slots[sp] = rt.StackNew(w)
	return sp + 1, opw, nil
}

// augItemInPlace is the float case of opBinaryStoreSubscr, lst[k] op= y
// with the stack holding lst k x y and x read from lst[k]: when x is a
// float that only the list and this stack slot hold (ListFloatInPlace), y
// a float and the operator one that floatArith computes, the result goes
// into x itself and the store would store what is already there, so it
// reports true and the caller only drops the four slots.
func augItemInPlace(t *rt.Thread, slots []refcount.StackRef, sp int, op rt.BinaryOp) bool {
	rx, ry := slots[sp-2], slots[sp-1]
	c, k := slots[sp-4].Header(), slots[sp-3].Header()
	if !rt.IsCounted(rx) || rt.TypeOf(ry.Header()) != rt.FloatType || rt.TypeOf(c) != rt.ListType || rt.TypeOf(k) != rt.IntType {
		return false
	}
	x := rx.Header()
	i, ok := rt.IntSmall(k)
	if !ok || !t.ListFloatInPlace(c, i, x) {
		return false
	}
	v, ok := floatArith(rt.FloatValue(x), rt.FloatValue(ry.Header()), op)
	if ok {
		rt.SetFloat(x, v)
	}
	return ok
}

// storeSubscrBorrow2 runs opStoreSubscrBorrow2, value c[k] = value with c
// and k locals, starting with pc past its first word.
func storeSubscrBorrow2(t *rt.Thread, code *rt.Code, slots []refcount.StackRef, sp, pc int, a uint32) (int, int, error) {
	start := pc - 1
	c := slots[a]
	if c.IsNull() {
		return sp, start + 1, unboundLocal(t, code, int(a))
	}
	b := code.Instrs[start+1] >> 8
	k := slots[b]
	if k.IsNull() {
		return sp, start + 2, unboundLocal(t, code, int(b))
	}
	err := storeSubscr(t, c.Header(), k.Header(), slots[sp-1].Header())
	return closeTop(t, slots, sp, 1), start + 3, err
}

// borrowGlobalCompare runs opBorrowGlobalCompareJumpIfFalse and _True (x
// a local, g a global: if x == g), starting with pc past its first word.
// Ints of int64 size and floats compare in place; anything else through
// RichCompare, as the compare-and-jump case does.
func borrowGlobalCompare(t *rt.Thread, f *rt.Frame, slots []refcount.StackRef, sp, pc int, a uint32, ifTrue bool) (int, int, error) {
	code := f.Code
	instrs := code.Instrs
	start := pc - 1
	r := slots[a]
	if r.IsNull() {
		return sp, start + 1, unboundLocal(t, code, int(a))
	}
	garg := instrs[start+1] >> 8
	if garg&1 != 0 {
		// A null pushed too (never before a comparison): the words
		// after the local run alone.
		slots[sp] = refcount.BorrowStackRef(r.Header())
		return sp + 1, start + 1, nil
	}
	g, err := globalRef(t, f, start+2, garg)
	if err != nil {
		return sp, start + 2, err
	}
	x, y := r.Header(), g.Header()
	cmp := rt.CompareOp(instrs[start+2] >> 8)
	var cond, known bool
	if rt.TypeOf(x) == rt.IntType && rt.TypeOf(y) == rt.IntType {
		if i, ok := rt.IntSmall(x); ok {
			if j, ok := rt.IntSmall(y); ok {
				cond, known = compareInt64(i, j, cmp), true
			}
		}
	} else if rt.TypeOf(x) == rt.FloatType && rt.TypeOf(y) == rt.FloatType {
		cond, known = compareFloat(rt.FloatValue(x), rt.FloatValue(y), cmp), true
	}
	if !known {
		v, err := t.RichCompare(x, y, cmp)
		if err != nil {
			slots[sp] = refcount.BorrowStackRef(x)
			slots[sp+1] = g
			return sp + 2, start + 3, err
		}
		cond, err = t.Truth(v)
		t.Decref(v)
		if err != nil {
			t.Close(g)
			return sp, start + 4, err
		}
	}
	t.Close(g)
	if cond == ifTrue {
		return sp, int(instrs[start+3] >> 8), nil
	}
	return sp, start + 4, nil
}

// attrSubscr runs opAttrSubscr, a.x[k] with a and k locals, starting with
// pc past its first word. While one thread exists a container that the
// attribute site's cache locates is subscripted without a count on it
// (peekAttr; binarySubscr runs Python code only for a container class
// with its own __getitem__, and those take the counted path).
func attrSubscr(t *rt.Thread, code *rt.Code, slots []refcount.StackRef, sp, pc int, a uint32) (int, int, error) {
	instrs := code.Instrs
	start := pc - 1
	ra := slots[a]
	if ra.IsNull() {
		return sp, start + 1, unboundLocal(t, code, int(a))
	}
	name := code.Names[instrs[start+1]>>8]
	b := instrs[start+2] >> 8
	if !locks.Threaded() && !slots[b].IsNull() {
		if c := peekAttr(code, start+1, ra.Header(), name); c != nil {
			if typ := rt.TypeOf(c); typ == rt.ListType || typ == rt.TupleType {
				v, err := binarySubscr(t, c, slots[b].Header())
				if err != nil {
					slots[sp] = t.IncrefStackRef(c)
					slots[sp+1] = refcount.BorrowStackRef(slots[b].Header())
					return sp + 2, start + 4, err
				}
				slots[sp] = v
				return sp + 1, start + 4, nil
			}
		}
	}
	v, err := loadAttr(t, code, start+1, ra.Header(), name)
	if err != nil {
		return sp, start + 2, err
	}
	rb := slots[b]
	if rb.IsNull() {
		slots[sp] = rt.StackNew(v)
		return sp + 1, start + 3, unboundLocal(t, code, int(b))
	}
	w, err := binarySubscr(t, v, rb.Header())
	if err != nil {
		slots[sp] = rt.StackNew(v)
		slots[sp+1] = refcount.BorrowStackRef(rb.Header())
		return sp + 2, start + 4, err
	}
	t.Decref(v)
	slots[sp] = w
	return sp + 1, start + 4, nil
}

// storeAttrLocal runs opStoreAttrLocal, a.name = v with v and a locals,
// starting with pc past its first word; it returns the new pc.
func storeAttrLocal(t *rt.Thread, code *rt.Code, slots []refcount.StackRef, pc int, v uint32) (int, error) {
	start := pc - 1
	rv := slots[v]
	if rv.IsNull() {
		return start + 1, unboundLocal(t, code, int(v))
	}
	a := code.Instrs[start+1] >> 8
	ra := slots[a]
	if ra.IsNull() {
		return start + 2, unboundLocal(t, code, int(a))
	}
	return start + 3, storeAttr(t, code, start+2, ra.Header(), code.Names[code.Instrs[start+2]>>8], rv.Header())
}

// subscr2Binary runs opSubscr2Binary, a[c] op b[d] with a, b locals and
// c, d constants, starting with pc past its first word. Float items of
// two lists (ListPeekFloat: one thread) combine at once; anything else
// runs both subscripts and continues at the BINARY_OP word.
func subscr2Binary(t *rt.Thread, code *rt.Code, slots []refcount.StackRef, sp, pc int, a uint32) (int, int, error) {
	instrs := code.Instrs
	start := pc - 1
	ra, rb := slots[a], slots[instrs[start+3]>>8]
	c, d := code.Consts[instrs[start+1]>>8], code.Consts[instrs[start+4]>>8]
	if !ra.IsNull() && !rb.IsNull() && rt.TypeOf(ra.Header()) == rt.ListType && rt.TypeOf(rb.Header()) == rt.ListType &&
		rt.TypeOf(c) == rt.IntType && rt.TypeOf(d) == rt.IntType {
		i, ok1 := rt.IntSmall(c)
		j, ok2 := rt.IntSmall(d)
		if ok1 && ok2 {
			if x := rt.ListPeekFloat(ra.Header(), i); x != nil {
				if y := rt.ListPeekFloat(rb.Header(), j); y != nil {
					if r, ok := floatArith(rt.FloatValue(x), rt.FloatValue(y), rt.BinaryOp(instrs[start+6]>>8)); ok {
						slots[sp] = rt.StackNew(t.NewFloat(r))
						return sp + 1, start + 7, nil
					}
				}
			}
		}
	}
	if ra.IsNull() {
		return sp, start + 1, unboundLocal(t, code, int(a))
	}
	v, err := binarySubscr(t, ra.Header(), c)
	if err != nil {
		return sp, start + 3, err
	}
	slots[sp] = v
	sp++
	rb = slots[instrs[start+3]>>8]
	if rb.IsNull() {
		return sp, start + 4, unboundLocal(t, code, int(instrs[start+3]>>8))
	}
	w, err := binarySubscr(t, rb.Header(), d)
	if err != nil {
		return sp, start + 6, err
	}
	slots[sp] = w
	return sp + 1, start + 6, nil
}

// stackAttrBinary runs opStackAttrBinary, s op a.x with s on the stack
// and a a local, starting with pc past its first word. While one thread
// exists an exact number that the site's cache locates (peekAttr) meets
// an exact number s at once, through binaryRefs with the attribute
// borrowed (s is consumed as BINARY_OP consumes it, reused in place when
// the stack held its only reference); anything else loads the attribute
// as LOAD_ATTR does and the BINARY_OP word runs alone.
func stackAttrBinary(t *rt.Thread, code *rt.Code, slots []refcount.StackRef, sp, pc int, a uint32) (int, int, error) {
	instrs := code.Instrs
	start := pc - 1
	ra := slots[a]
	if ra.IsNull() {
		return sp, start + 1, unboundLocal(t, code, int(a))
	}
	name := code.Names[instrs[start+1]>>8]
	if !locks.Threaded() && isNumber(slots[sp-1].Header()) {
		if x := peekAttr(code, start+1, ra.Header(), name); x != nil && isNumber(x) {
			v, err := binaryRefs(t, slots[sp-1], refcount.BorrowStackRef(x), rt.BinaryOp(instrs[start+2]>>8), instrs[start+3], slots)
			slots[sp-1] = v
			if err != nil {
				return sp - 1, start + 3, err
			}
			return sp, start + 3, nil
		}
	}
	v, err := loadAttr(t, code, start+1, ra.Header(), name)
	if err != nil {
		return sp, start + 2, err
	}
	slots[sp] = rt.StackNew(v)
	return sp + 1, start + 2, nil
}
