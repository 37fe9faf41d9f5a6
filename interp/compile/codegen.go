package compile

import (
	"gilfree/interp/syntax"
)

// This file holds the code generator's state: a stack of units, one per
// code object being compiled, each with its instruction list, constants
// and names; and the helpers that emit instructions and resolve names to
// the instruction that loads or stores them.
//
// Code generation emits a flat list of instructions per unit. Jump
// arguments are label numbers until the assembler (assemble.go) resolves
// them; SETUP_*/POP_BLOCK pseudo-instructions bracket the regions
// protected by exception handlers. Cell and free variable slots are not
// known until all locals are seen, so DEREF-family arguments are written
// as -(k+1), k counting cells then free variables, and fixed up by the
// assembler (parameter cells keep their parameter's slot).

// instr is one instruction during compilation.
type instr struct {
	op  Opcode
	arg int32
	loc loc
}

// label names a position in a unit's instruction list.
type label int32

// STACK_USE_GUIDELINE in CPython: displays and calls with more operands
// than this are built incrementally, to bound the stack depth.
const stackUseGuideline = 30

// maxBlocks is the limit on statically nested loops, try and with blocks.
const maxBlocks = 20

type unit struct {
	s    *scope
	name string
	qual string

	instrs []instr
	labels []int32 // label -> instruction index, -1 until placed

	consts   []syntax.Value
	constTab constTable
	none     int32 // index of None in consts, or -1 until it is added
	names    nameTable
	varnames nameTable
	cellvars []string
	freevars []string

	private   string // class name for mangling
	fblocks   []fblock
	loc       loc
	firstLine int

	argCount, posOnly, kwOnly int
}

type compiler struct {
	filename    string
	st          *symtable
	future      futureFlags
	futureLine  int
	interactive bool
	u           *unit
	stack       []*unit

	// warnings are the SyntaxWarnings found so far (warn.go).
	warnings []Warning

	// Buffers reused from one unit to the next.
	freeInstrs [][]instr
	freeLabels [][]int32
	scratch    scratch
}

func (c *compiler) fail(msg string) {
	l := c.u.loc
	panic(stError{&syntax.SyntaxError{
		Kind: syntax.KindSyntaxError, Msg: msg, Filename: c.filename,
		Lineno: int(l.line), Offset: int(l.col) + 1, EndLineno: int(l.endLine), EndOffset: int(l.endCol) + 1,
	}})
}

func (c *compiler) failAt(msg string, p *syntax.Pos) {
	panic(stError{newError(c.filename, msg, p)})
}

// enterUnit starts compiling a new code object for scope s.
func (c *compiler) enterUnit(s *scope, name string, firstLine int) {
	u := &unit{s: s, name: name, firstLine: firstLine, none: -1}
	if n := len(c.freeInstrs); n > 0 {
		u.instrs = c.freeInstrs[n-1]
		c.freeInstrs = c.freeInstrs[:n-1]
		u.labels = c.freeLabels[n-1]
		c.freeLabels = c.freeLabels[:n-1]
	} else {
		u.instrs = make([]instr, 0, 64)
		u.labels = make([]int32, 0, 16)
	}
	for _, p := range s.params {
		u.varnames.add(p)
	}
	u.cellvars = s.cellVars
	u.freevars = s.freeVars
	u.loc = loc{int32(firstLine), int32(firstLine), -1, -1}
	if c.u != nil {
		u.private = c.u.private
		u.qual = c.qualName(s, name)
		c.stack = append(c.stack, c.u)
	} else {
		u.qual = name
	}
	c.u = u
	c.prologue()
}

// exitUnit finishes the current unit and returns its code object.
func (c *compiler) exitUnit(flags CodeFlags) *Code {
	u := c.u
	code := c.assemble(u, flags)
	c.freeInstrs = append(c.freeInstrs, u.instrs[:0])
	c.freeLabels = append(c.freeLabels, u.labels[:0])
	if n := len(c.stack); n > 0 {
		c.u = c.stack[n-1]
		c.stack = c.stack[:n-1]
	} else {
		c.u = nil
	}
	return code
}

// qualName computes __qualname__ as CPython does: a def or class in a
// function is f.<locals>.g, in a class C.m, at module level (or declared
// global where it is defined) just its name. Comprehensions add no
// <locals> level of their own.
func (c *compiler) qualName(s *scope, name string) string {
	parent := c.u
	if parent.s.kind == moduleScope {
		return name
	}
	if !s.lambda && s.comp == notComp {
		if parent.s.scopeOf(mangle(parent.private, name)) == scopeGlobalExplicit {
			return name
		}
	}
	if parent.s.kind == functionScope && parent.s.comp == notComp {
		return parent.qual + ".<locals>." + name
	}
	return parent.qual + "." + name
}

// prologue emits the instructions that set up cells at function entry:
// COPY_FREE_VARS for the closure, MAKE_CELL for every cell slot.
func (c *compiler) prologue() {
	u := c.u
	if n := len(u.freevars); n > 0 {
		c.emitArg(COPY_FREE_VARS, int32(n))
	}
	if u.s.kind == functionScope {
		for i, p := range u.varnames.names {
			if u.s.scopeOf(p) == scopeCell {
				c.emitArg(MAKE_CELL, int32(i))
			}
		}
	}
	for i := range u.cellvars {
		c.emitArg(MAKE_CELL, -int32(i)-1)
	}
}

// ---- Emission ----

func (c *compiler) emit(op Opcode) {
	c.u.instrs = append(c.u.instrs, instr{op: op, loc: c.u.loc})
}

func (c *compiler) emitArg(op Opcode, arg int32) {
	c.u.instrs = append(c.u.instrs, instr{op: op, arg: arg, loc: c.u.loc})
}

func (c *compiler) emitJump(op Opcode, l label) {
	c.u.instrs = append(c.u.instrs, instr{op: op, arg: int32(l), loc: c.u.loc})
}

func (c *compiler) newLabel() label {
	c.u.labels = append(c.u.labels, -1)
	return label(len(c.u.labels) - 1)
}

func (c *compiler) useLabel(l label) {
	c.u.labels[l] = int32(len(c.u.instrs))
}

// setLoc makes n's position the position of the instructions emitted
// next, and returns the previous one for restoring.
func (c *compiler) setLoc(p *syntax.Pos) loc {
	old := c.u.loc
	c.u.loc = locOf(p)
	return old
}

func (c *compiler) addConst(v syntax.Value) int32 {
	u := c.u
	if _, isNone := v.(syntax.NoneType); isNone && u.none >= 0 {
		return u.none
	}
	if code, ok := v.(*Code); ok {
		// A finally body is compiled once per way out of its try: the
		// code objects it defines come out equal, and are stored once.
		for i, k := range u.consts {
			if other, ok := k.(*Code); ok && sameCode(code, other) {
				return int32(i)
			}
		}
		u.consts = append(u.consts, v)
		return int32(len(u.consts) - 1)
	}
	if len(u.consts) < smallTable {
		// Few constants: compare values directly, without keys.
		for i, k := range u.consts {
			if sameConst(k, v) {
				return int32(i)
			}
		}
		i := int32(len(u.consts))
		u.consts = append(u.consts, v)
		if _, isNone := v.(syntax.NoneType); isNone {
			u.none = i
		}
		return i
	}
	if u.constTab.m == nil {
		u.constTab.build(u.consts)
	}
	key, ok := keyOf(v)
	if ok {
		if i, found := u.constTab.m[key]; found {
			return i
		}
	}
	i := int32(len(u.consts))
	u.consts = append(u.consts, v)
	if ok {
		u.constTab.m[key] = i
		if key.kind == kNone {
			u.none = i
		}
	}
	return i
}

func (c *compiler) loadConst(v syntax.Value) {
	c.emitArg(LOAD_CONST, c.addConst(v))
}

func (c *compiler) addName(name string) int32 {
	return c.u.names.index(name)
}

// emitName emits op with the mangled name as its argument.
func (c *compiler) emitName(op Opcode, name string) {
	c.emitArg(op, c.addName(mangle(c.u.private, name)))
}

// ---- Names ----

// varSlot returns the fast-local slot of name, adding it if new.
func (c *compiler) varSlot(name string) int32 {
	return c.u.varnames.index(name)
}

// derefSlot returns the (provisional) slot of a cell or free variable.
func (c *compiler) derefSlot(name string) int32 {
	u := c.u
	for i, n := range u.cellvars {
		if n == name {
			return -int32(i) - 1
		}
	}
	if i, ok := u.varnames.find(name); ok && u.s.kind == functionScope && u.s.scopeOf(name) == scopeCell {
		return i
	}
	for j, n := range u.freevars {
		if n == name {
			return -int32(len(u.cellvars)+j) - 1
		}
	}
	panic(stError{&syntax.SyntaxError{Msg: "internal error: no cell for " + name, Filename: c.filename}})
}

type nameKind uint8

const (
	nameByName nameKind = iota
	nameFast
	nameDeref
	nameGlobal
)

// resolve returns how the current unit reaches name (already mangled).
func (c *compiler) resolve(mangled string) nameKind {
	s := c.u.s
	switch s.scopeOf(mangled) {
	case scopeFree, scopeCell:
		return nameDeref
	case scopeLocal:
		if s.kind == functionScope {
			return nameFast
		}
	case scopeGlobalImplicit:
		if s.kind == functionScope {
			return nameGlobal
		}
	case scopeGlobalExplicit:
		return nameGlobal
	}
	return nameByName
}

// nameOp loads, stores or deletes a variable.
func (c *compiler) nameOp(name string, ctx syntax.ExprContext) {
	c.nameOpNull(name, ctx, false)
}

// nameOpNull is nameOp that, for a load with pushNull, also pushes the
// NULL self slot of a call (folded into LOAD_GLOBAL when it can be).
func (c *compiler) nameOpNull(name string, ctx syntax.ExprContext, pushNull bool) {
	if name == "__debug__" {
		switch ctx {
		case syntax.Store:
			c.fail("cannot assign to __debug__")
		case syntax.Del:
			c.fail("cannot delete __debug__")
		}
	}
	mangled := mangle(c.u.private, name)
	switch c.resolve(mangled) {
	case nameFast:
		slot := c.varSlot(mangled)
		switch ctx {
		case syntax.Load:
			c.emitArg(LOAD_FAST, slot)
		case syntax.Store:
			c.emitArg(STORE_FAST, slot)
		default:
			c.emitArg(DELETE_FAST, slot)
		}
	case nameDeref:
		slot := c.derefSlot(mangled)
		switch ctx {
		case syntax.Load:
			if c.u.s.kind == classScope {
				c.emitArg(LOAD_CLASSDEREF, slot)
			} else {
				c.emitArg(LOAD_DEREF, slot)
			}
		case syntax.Store:
			c.emitArg(STORE_DEREF, slot)
		default:
			c.emitArg(DELETE_DEREF, slot)
		}
	case nameGlobal:
		i := c.addName(mangled)
		switch ctx {
		case syntax.Load:
			if pushNull {
				c.emitArg(LOAD_GLOBAL, i<<1|1)
				return
			}
			c.emitArg(LOAD_GLOBAL, i<<1)
		case syntax.Store:
			c.emitArg(STORE_GLOBAL, i)
		default:
			c.emitArg(DELETE_GLOBAL, i)
		}
	default:
		i := c.addName(mangled)
		switch ctx {
		case syntax.Load:
			c.emitArg(LOAD_NAME, i)
		case syntax.Store:
			c.emitArg(STORE_NAME, i)
		default:
			c.emitArg(DELETE_NAME, i)
		}
	}
	if pushNull {
		c.emit(PUSH_NULL)
	}
}

// loadClosure pushes the cell of name for a nested code object's closure.
func (c *compiler) loadClosure(name string) {
	c.emitArg(LOAD_CLOSURE, c.derefSlot(name))
}

// ---- Frame blocks ----

// fblockKind tells what a frame block is, so that return, break and
// continue can undo it on their way out (see unwind in codegen_try.go).
type fblockKind uint8

const (
	fbWhile fblockKind = iota
	fbFor
	fbTryExcept
	fbFinallyTry
	fbFinallyEnd
	fbWith
	fbHandlerCleanup
	fbPopValue
	fbExceptionHandler
	fbExceptionGroupHandler
)

type fblock struct {
	kind  fblockKind
	start label // loop: where continue jumps
	exit  label // loop: where break jumps
	final []syntax.Stmt
	name  string // handler cleanup: the `as` name, if any
	loc   loc
}

func (c *compiler) pushFblock(b fblock) {
	if len(c.u.fblocks) >= maxBlocks {
		c.fail("too many statically nested blocks")
	}
	c.u.fblocks = append(c.u.fblocks, b)
}

func (c *compiler) popFblock() {
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
}
