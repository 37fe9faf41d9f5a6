package compile

import (
	"slices"

	"gilfree/interp/syntax"
)

// This file turns a unit's instruction list into a code object.
//
//  1. Cell and free variable slots are fixed now that the number of
//     locals is known.
//  2. The instructions are split into basic blocks: a block starts at
//     every label and after every jump, terminator, SETUP_* and
//     POP_BLOCK, so that one exception handler covers each whole block.
//  3. A walk of the control-flow graph from the entry gives every
//     reachable block its stack depth and its stack of active handlers
//     (the SETUP_* pseudo-instructions push onto it along the walk, each
//     POP_BLOCK pops), checks that no path underflows the stack or
//     reaches a block with two different depths, and finds the maximum
//     depth. A handler block is reached from its SETUP with the depth at
//     the SETUP plus what the exception pushes.
//  4. Unreachable blocks are dropped, loads of locals are marked borrowed
//     where that is safe (borrow.go), pseudo-instructions, NOPs and jumps
//     to the next instruction are removed, and jumps get absolute targets
//     (with EXTENDED_ARG where a target needs more than 24 bits). A JUMP
//     becomes JUMP_FORWARD or JUMP_BACKWARD by its direction; any other
//     jump must go forward (doc.go says why), which is checked here.
//  5. The exception table is built from the handler of every
//     instruction, and the line table from their positions.

// handlerNode is one entry of the stack of active handlers during the
// control-flow walk.
type handlerNode struct {
	kind   Opcode // SETUP_FINALLY, SETUP_CLEANUP or SETUP_WITH
	target int32  // block of the handler
	parent *handlerNode
}

func sameHandlers(a, b *handlerNode) bool {
	for a != nil && b != nil {
		if a == b {
			return true
		}
		if a.kind != b.kind || a.target != b.target {
			return false
		}
		a, b = a.parent, b.parent
	}
	return a == b
}

type block struct {
	start, end int32 // instruction range
	depth      int32 // stack depth at entry; -1 while unreached
	handler    *handlerNode
	pos        int32 // index of the block's first instruction in the output
}

// scratch holds the assembler's working arrays, reused from one code
// object to the next.
type scratch struct {
	leader   []bool
	blockAt  []int32
	blocks   []block
	blockOf  []int32
	handlers []*handlerNode
	work     []int32
	keep     []bool
	pos      []int32
	locs     []loc
	wordH    []*handlerNode
	lines    []byte
	stack    []int32
	cands    []int32
	bad      []bool
}

// resize returns s with length n and zeroed contents, reusing its array
// when it is large enough.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, n+n/4)
	}
	s = s[:n]
	clear(s)
	return s
}

type assembler struct {
	c        *compiler
	u        *unit
	sc       *scratch
	instrs   []instr
	blocks   []block
	blockOf  []int32 // label -> block
	handlers []*handlerNode
	maxDepth int32
}

func (c *compiler) internalError(msg string) {
	panic(stError{&syntax.SyntaxError{Msg: "internal compiler error: " + msg, Filename: c.filename, Lineno: int(c.u.loc.line)}})
}

func (c *compiler) assemble(u *unit, flags CodeFlags) *Code {
	a := &assembler{c: c, u: u, sc: &c.scratch, instrs: u.instrs}
	a.fixDerefs()
	a.threadJumps()
	a.splitBlocks()
	a.walk()
	a.trimConsts()
	markBorrows(a.instrs, a.blocks, a.sc)
	words, locs, handlers := a.linearize()

	code := &Code{
		Name:            u.name,
		QualName:        u.qual,
		Filename:        c.filename,
		FirstLine:       u.firstLine,
		ArgCount:        u.argCount,
		PosOnlyArgCount: u.posOnly,
		KwOnlyArgCount:  u.kwOnly,
		Flags:           flags,
		Instrs:          words,
		Consts:          u.consts,
		Names:           u.names.names,
		VarNames:        u.varnames.names,
		CellVars:        u.cellvars,
		FreeVars:        u.freevars,
		StackSize:       int(a.maxDepth),
	}
	if c.future&futureAnnotations != 0 {
		code.Flags |= FlagFutureAnnotations
	}
	code.Kinds = slotKinds(u)
	code.ExcTable = a.excTable(handlers)
	a.sc.lines = encodeLineTable(a.sc.lines[:0], locs, u.firstLine)
	code.LineTable = append([]byte(nil), a.sc.lines...)
	return code
}

// trimConsts drops the constants that only unreachable code used, as
// CPython does, keeping the first (a function's docstring slot).
func (a *assembler) trimConsts() {
	consts := a.u.consts
	if len(consts) <= 1 {
		return
	}
	used := make([]bool, len(consts))
	used[0] = true
	for _, blk := range a.blocks {
		if blk.depth < 0 {
			continue
		}
		for i := blk.start; i < blk.end; i++ {
			if in := a.instrs[i]; in.op.HasConst() {
				used[in.arg] = true
			}
		}
	}
	if !slices.Contains(used, false) {
		return
	}
	renum := make([]int32, len(consts))
	kept := consts[:0]
	for i, k := range consts {
		if used[i] {
			renum[i] = int32(len(kept))
			kept = append(kept, k)
		}
	}
	clear(consts[len(kept):])
	a.u.consts = kept
	for i := range a.instrs {
		if in := &a.instrs[i]; in.op.HasConst() {
			in.arg = renum[in.arg]
		}
	}
}

func slotKinds(u *unit) []SlotKind {
	vars := u.varnames.names
	kinds := make([]SlotKind, len(vars)+len(u.cellvars)+len(u.freevars))
	for i, name := range vars {
		k := SlotLocal
		if i < len(u.s.params) {
			k |= SlotParam
		}
		if u.s.kind == functionScope && u.s.scopeOf(name) == scopeCell {
			k |= SlotCell
		}
		kinds[i] = k
	}
	n := len(vars)
	for i := range u.cellvars {
		kinds[n+i] = SlotCell
	}
	n += len(u.cellvars)
	for i := range u.freevars {
		kinds[n+i] = SlotFree
	}
	return kinds
}

// fixDerefs turns the provisional -(k+1) arguments of the cell opcodes
// into slot indexes.
func (a *assembler) fixDerefs() {
	nlocals := int32(len(a.u.varnames.names))
	for i := range a.instrs {
		in := &a.instrs[i]
		switch in.op {
		case MAKE_CELL, LOAD_CLOSURE, LOAD_DEREF, LOAD_CLASSDEREF, STORE_DEREF, DELETE_DEREF:
			if in.arg < 0 {
				in.arg = nlocals - in.arg - 1
			}
		}
	}
}

// threadJumps shortens chains of unconditional jumps: a JUMP to a JUMP
// goes straight to the final target, and a JUMP to a return becomes a
// copy of the return (the stack is the same at both places, and so is
// the exception handler, since the jump carries it there). Only targets
// whose label sits right on the jump or return are followed: a pseudo-
// instruction in between would change the handler. Code left unreachable
// is dropped by the walk.
func (a *assembler) threadJumps() {
	labels := a.u.labels
	for i := range a.instrs {
		in := &a.instrs[i]
		if in.op != JUMP {
			continue
		}
		for step := 0; step < 8; step++ {
			t := labels[in.arg]
			if t < 0 || int(t) >= len(a.instrs) {
				break
			}
			next := a.instrs[t]
			switch next.op {
			case JUMP:
				if next.arg == in.arg {
					step = 8 // a jump to itself: an empty infinite loop
					continue
				}
				in.arg = next.arg
				continue
			case RETURN_CONST, RETURN_VALUE:
				in.op, in.arg = next.op, next.arg
			}
			break
		}
	}
}

func endsBlock(op Opcode) bool {
	return opTable[op].flags&(hasJump|noNext) != 0 || op == POP_BLOCK
}

func (a *assembler) splitBlocks() {
	n := int32(len(a.instrs))
	leader := resize(a.sc.leader, int(n)+1)
	a.sc.leader = leader
	leader[0] = true
	for _, p := range a.u.labels {
		if p >= 0 {
			leader[p] = true
		}
	}
	for i := range a.instrs {
		if endsBlock(a.instrs[i].op) {
			leader[i+1] = true
		}
	}
	blockAt := resize(a.sc.blockAt, int(n)+1)
	a.sc.blockAt = blockAt
	blocks := a.sc.blocks[:0]
	for i := int32(0); i <= n; i++ {
		if leader[i] {
			if len(blocks) > 0 {
				blocks[len(blocks)-1].end = i
			}
			blocks = append(blocks, block{start: i, depth: -1})
		}
		blockAt[i] = int32(len(blocks) - 1)
	}
	blocks[len(blocks)-1].end = n
	a.blocks = blocks
	a.sc.blocks = blocks
	a.blockOf = resize(a.sc.blockOf, len(a.u.labels))
	a.sc.blockOf = a.blockOf
	for l, p := range a.u.labels {
		if p < 0 {
			a.blockOf[l] = -1
			continue
		}
		a.blockOf[l] = blockAt[p]
	}
}

func (a *assembler) target(in instr) int32 {
	b := a.blockOf[in.arg]
	if b < 0 {
		a.c.internalError("jump to a label never placed")
	}
	return b
}

// walk visits the control-flow graph, giving each reachable block its
// entry depth and handler stack, and each instruction its handler.
func (a *assembler) walk() {
	a.handlers = resize(a.sc.handlers, len(a.instrs))
	a.sc.handlers = a.handlers
	work := a.sc.work[:0]
	reach := func(b int32, depth int32, h *handlerNode) {
		if depth < 0 {
			a.c.internalError("stack underflow")
		}
		blk := &a.blocks[b]
		if blk.depth < 0 {
			blk.depth = depth
			blk.handler = h
			if depth > a.maxDepth {
				a.maxDepth = depth
			}
			work = append(work, b)
			return
		}
		if blk.depth != depth {
			a.c.internalError("inconsistent stack depth at a jump target")
		}
		if !sameHandlers(blk.handler, h) {
			a.c.internalError("inconsistent exception handlers at a jump target")
		}
	}
	reach(0, 0, nil)
	for len(work) > 0 {
		b := work[len(work)-1]
		work = work[:len(work)-1]
		blk := a.blocks[b]
		d, h := blk.depth, blk.handler
		fallsThrough := true
		for i := blk.start; i < blk.end; i++ {
			in := &a.instrs[i]
			a.handlers[i] = h
			switch {
			case in.op == SETUP_FINALLY || in.op == SETUP_CLEANUP || in.op == SETUP_WITH:
				t := a.target(*in)
				reach(t, d+int32(stackEffect(in.op, 0, true)), h)
				h = &handlerNode{kind: in.op, target: t, parent: h}
				continue
			case in.op == POP_BLOCK:
				if h == nil {
					a.c.internalError("POP_BLOCK without SETUP")
				}
				h = h.parent
				continue
			case in.op.HasJump():
				reach(a.target(*in), d+int32(stackEffect(in.op, int(in.arg), true)), h)
			}
			pop, push := popPush(in.op, int(in.arg))
			if d < int32(pop) {
				a.c.internalError("stack underflow at " + in.op.String())
			}
			d += int32(push - pop)
			if d > a.maxDepth {
				a.maxDepth = d
			}
			if in.op.Terminates() {
				fallsThrough = false
				break
			}
		}
		if fallsThrough && b+1 < int32(len(a.blocks)) {
			reach(b+1, d, h)
		}
	}
	a.sc.work = work
}

// linearize lays out the reachable blocks, drops pseudo-instructions,
// NOPs and jumps to the next instruction, and encodes the instruction
// words. It returns each word's position and handler.
func (a *assembler) linearize() ([]uint32, []loc, []*handlerNode) {
	n := len(a.instrs)
	keep := resize(a.sc.keep, n)
	a.sc.keep = keep
	for _, blk := range a.blocks {
		if blk.depth < 0 {
			continue
		}
		for i := blk.start; i < blk.end; i++ {
			keep[i] = opTable[a.instrs[i].op].flags&isPseudo == 0 && a.instrs[i].op != NOP || a.instrs[i].op == JUMP
		}
	}
	pos := resize(a.sc.pos, n+1)
	a.sc.pos = pos
	// Place the instructions, dropping jumps to the very next one, until
	// nothing changes (dropping one can make another one such a jump).
	for {
		p := int32(0)
		for i := 0; i < n; i++ {
			pos[i] = p
			if keep[i] {
				p++
			}
		}
		pos[n] = p
		for bi := range a.blocks {
			a.blocks[bi].pos = pos[a.blocks[bi].start]
		}
		changed := false
		for i := 0; i < n; i++ {
			if keep[i] && a.instrs[i].op == JUMP && a.blocks[a.blockOf[a.instrs[i].arg]].pos == pos[i]+1 {
				keep[i] = false
				changed = true
			}
		}
		if !changed {
			break
		}
	}
	total := int(pos[n])
	if total > maxArg {
		return a.linearizeWide(keep)
	}
	words := make([]uint32, total)
	locs := resize(a.sc.locs, total)
	handlers := resize(a.sc.wordH, total)
	a.sc.locs, a.sc.wordH = locs, handlers
	w := 0
	for i := 0; i < n; i++ {
		if !keep[i] {
			continue
		}
		in := &a.instrs[i]
		op, arg := in.op, uint32(in.arg)
		if opTable[op].flags&hasJump != 0 {
			op, arg = a.resolveJump(op, pos[i], a.blocks[a.blockOf[in.arg]].pos)
		} else if arg > maxArg {
			return a.linearizeWide(keep)
		}
		words[w] = Word(op, arg)
		locs[w] = in.loc
		handlers[w] = a.handlers[i]
		w++
	}
	return words, locs, handlers
}

// resolveJump gives a jump at pos to target its direction: JUMP becomes
// JUMP_FORWARD or JUMP_BACKWARD, and any other jump must go forward.
func (a *assembler) resolveJump(op Opcode, pos, target int32) (Opcode, uint32) {
	switch {
	case op == JUMP && target <= pos:
		op = JUMP_BACKWARD
	case op == JUMP:
		op = JUMP_FORWARD
	case target <= pos:
		a.c.internalError(op.String() + " jumps backward")
	}
	return op, uint32(target)
}

// linearizeWide is linearize for the code objects that need EXTENDED_ARG
// prefixes: instruction sizes and jump targets depend on each other, so
// positions are recomputed until they settle.
func (a *assembler) linearizeWide(keep []bool) ([]uint32, []loc, []*handlerNode) {
	n := len(a.instrs)
	size := make([]int32, n)
	for i := range size {
		if keep[i] {
			size[i] = 1
		}
	}
	pos := a.sc.pos
	for {
		p := int32(0)
		for i := 0; i < n; i++ {
			pos[i] = p
			p += size[i]
		}
		pos[n] = p
		for bi := range a.blocks {
			a.blocks[bi].pos = pos[a.blocks[bi].start]
		}
		changed := false
		for i, in := range a.instrs {
			if !keep[i] {
				continue
			}
			arg := uint32(in.arg)
			if in.op.HasJump() {
				arg = uint32(a.blocks[a.target(in)].pos)
			}
			want := int32(1)
			if arg > maxArg {
				want = 2
			}
			if want != size[i] {
				size[i] = want
				changed = true
			}
		}
		if !changed {
			break
		}
	}
	var words []uint32
	var locs []loc
	var handlers []*handlerNode
	for i, in := range a.instrs {
		if !keep[i] {
			continue
		}
		op, arg := in.op, uint32(in.arg)
		if op.HasJump() {
			op, arg = a.resolveJump(op, pos[i], a.blocks[a.target(in)].pos)
		}
		if size[i] == 2 {
			words = append(words, Word(EXTENDED_ARG, arg>>24))
			locs = append(locs, in.loc)
			handlers = append(handlers, a.handlers[i])
			arg &= maxArg
		}
		words = append(words, Word(op, arg))
		locs = append(locs, in.loc)
		handlers = append(handlers, a.handlers[i])
	}
	return words, locs, handlers
}

// excTable builds the exception table from the handler of every
// instruction word: one entry per run of words with the same handler.
func (a *assembler) excTable(handlers []*handlerNode) []ExcEntry {
	var table []ExcEntry
	for i := 0; i < len(handlers); {
		h := handlers[i]
		if h == nil {
			i++
			continue
		}
		e := a.entry(h)
		j := i + 1
		for j < len(handlers) && handlers[j] != nil && a.entry(handlers[j]) == e {
			j++
		}
		e.Start, e.End = int32(i), int32(j)
		table = append(table, e)
		i = j
	}
	return table
}

func (a *assembler) entry(h *handlerNode) ExcEntry {
	t := &a.blocks[h.target]
	lasti := h.kind != SETUP_FINALLY
	depth := t.depth - 1
	if lasti {
		depth--
	}
	return ExcEntry{Target: t.pos, Depth: depth, Lasti: lasti}
}
