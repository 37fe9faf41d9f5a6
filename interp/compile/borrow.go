package compile

// This file decides which loads of locals may push borrowed references
// (LOAD_FAST_BORROW). The rule, stated in doc.go, is checked one basic
// block at a time by simulating the evaluation stack: each slot remembers
// the LOAD_FAST that pushed it, if any. A load stays a candidate while
// the value it pushed is on the stack; it is refused when
//
//   - the local is stored to or deleted before the value is consumed;
//   - the value is consumed by STORE_FAST (a local must own its value);
//   - the value is copied (COPY) or is still on the stack at the end of
//     the block (it would cross a jump or fall into another block);
//   - a conditional jump that keeps its operand (JUMP_IF_*_OR_POP,
//     FOR_ITER, SEND) may carry it to another block;
//   - a YIELD_VALUE happens while it is on the stack (the frame is
//     suspended, and whoever resumes it is not bound by this block).
//
// Values the handler of an exception would see are never candidates:
// SETUP_* ends a block, so a value pushed in a block lies above the
// depth that any handler of that block cuts the stack to.
//
// LOAD_METHOD passes its operand through as the self slot of the call,
// so `x.m(...)` on a local x can borrow x until the CALL consumes it.

func markBorrows(instrs []instr, blocks []block, sc *scratch) {
	stack := sc.stack[:0] // origin of each stack slot: a LOAD_FAST index, or -1
	cands := sc.cands[:0] // candidate loads of the current block
	bad := resize(sc.bad, len(instrs))
	defer func() { sc.stack, sc.cands, sc.bad = stack, cands, bad }()
	for _, blk := range blocks {
		if blk.depth < 0 {
			continue
		}
		stack = stack[:0]
		for k := int32(0); k < blk.depth; k++ {
			stack = append(stack, -1)
		}
		cands = cands[:0]
		pop := func() int32 {
			n := len(stack)
			if n == 0 {
				return -1
			}
			o := stack[n-1]
			stack = stack[:n-1]
			return o
		}
		for i := blk.start; i < blk.end; i++ {
			in := instrs[i]
			switch in.op {
			case LOAD_FAST:
				stack = append(stack, i)
				cands = append(cands, i)
			case STORE_FAST, DELETE_FAST:
				for _, o := range stack {
					if o >= 0 && instrs[o].arg == in.arg {
						bad[o] = true
					}
				}
				if in.op == STORE_FAST {
					if o := pop(); o >= 0 {
						bad[o] = true
					}
				}
			case YIELD_VALUE:
				for _, o := range stack {
					if o >= 0 {
						bad[o] = true
					}
				}
				pop()
				stack = append(stack, -1)
			case COPY:
				if n := int(in.arg); n <= len(stack) {
					if o := stack[len(stack)-n]; o >= 0 {
						bad[o] = true
					}
				}
				stack = append(stack, -1)
			case SWAP:
				if n := int(in.arg); n <= len(stack) {
					top := len(stack) - 1
					stack[top], stack[top-n+1] = stack[top-n+1], stack[top]
				}
			case LOAD_METHOD:
				o := pop()
				stack = append(stack, -1, o)
			default:
				npop, npush := popPush(in.op, int(in.arg))
				keeps := opTable[in.op].flags&keepsTop != 0
				for k := 0; k < npop; k++ {
					if o := pop(); o >= 0 && keeps {
						bad[o] = true
					}
				}
				for k := 0; k < npush; k++ {
					stack = append(stack, -1)
				}
			}
		}
		for _, o := range stack {
			if o >= 0 {
				bad[o] = true
			}
		}
		for _, o := range cands {
			if !bad[o] {
				instrs[o].op = LOAD_FAST_BORROW
			}
			bad[o] = false
		}
	}
}
