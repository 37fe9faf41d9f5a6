package compile

// This file declares the instruction set. Each opcode's comment is its
// stack picture: the values it pops (top of stack rightmost), the
// instruction with its argument, then the values it pushes. "-" stands
// for nothing, "null" for the NULL marker of a call without self, and a
// name in parentheses is the instruction's argument.
//
// An instruction is one uint32 word: the opcode in the low 8 bits and the
// argument in the high 24 bits (see doc.go). Jump arguments are absolute
// instruction indexes.

// Opcode is an instruction's operation.
type Opcode uint8

// The opcodes. Real opcodes come first; the pseudo-opcodes after
// firstPseudo exist only between code generation and assembly.
const (
	NOP       Opcode = iota // - NOP -
	POP_TOP                 // x POP_TOP -
	PUSH_NULL               // - PUSH_NULL null
	COPY                    // x_n ... x_1 COPY(n) x_n ... x_1 x_n
	SWAP                    // x_n ... x_1 SWAP(n) x_1 ... x_n   (exchanges the top and the n-th)

	// Constants, locals and the cells of closures. Local, cell and free
	// arguments are frame slot indexes (see Code.NSlots).
	LOAD_CONST       // - LOAD_CONST(const) value
	LOAD_FAST        // - LOAD_FAST(slot) value            (UnboundLocalError if unset)
	LOAD_FAST_BORROW // - LOAD_FAST_BORROW(slot) value     (a borrowed reference; see doc.go)
	STORE_FAST       // value STORE_FAST(slot) -
	DELETE_FAST      // - DELETE_FAST(slot) -              (UnboundLocalError if unset)
	MAKE_CELL        // - MAKE_CELL(slot) -                (slot := new cell holding the slot's old value, if any)
	COPY_FREE_VARS   // - COPY_FREE_VARS(n) -              (the last n slots := the function's closure cells)
	LOAD_CLOSURE     // - LOAD_CLOSURE(slot) cell          (the cell itself, to build a closure tuple)
	LOAD_DEREF       // - LOAD_DEREF(slot) value           (the cell's content)
	LOAD_CLASSDEREF  // - LOAD_CLASSDEREF(slot) value      (the frame's locals mapping first, then the cell)
	STORE_DEREF      // value STORE_DEREF(slot) -
	DELETE_DEREF     // - DELETE_DEREF(slot) -

	// Names in the locals mapping (module and class bodies), globals and
	// attributes. Name arguments index Code.Names.
	LOAD_NAME     // - LOAD_NAME(name) value                (locals, then globals, then builtins)
	STORE_NAME    // value STORE_NAME(name) -
	DELETE_NAME   // - DELETE_NAME(name) -
	LOAD_GLOBAL   // - LOAD_GLOBAL(name<<1 | pushNull) value [null]   (globals, then builtins)
	STORE_GLOBAL  // value STORE_GLOBAL(name) -
	DELETE_GLOBAL // - DELETE_GLOBAL(name) -
	LOAD_ATTR     // obj LOAD_ATTR(name) obj.name
	LOAD_METHOD   // obj LOAD_METHOD(name) method obj   |   obj LOAD_METHOD(name) obj.name null
	STORE_ATTR    // value obj STORE_ATTR(name) -
	DELETE_ATTR   // obj DELETE_ATTR(name) -

	// Subscripts and slices.
	BINARY_SUBSCR // container key BINARY_SUBSCR container[key]
	STORE_SUBSCR  // value container key STORE_SUBSCR -
	DELETE_SUBSCR // container key DELETE_SUBSCR -
	BINARY_SLICE  // container start stop BINARY_SLICE container[start:stop]
	STORE_SLICE   // value container start stop STORE_SLICE -
	BUILD_SLICE   // start stop [step] BUILD_SLICE(n) slice   (n is 2 or 3)

	// Displays and comprehensions. The argument i of the *_APPEND, *_ADD,
	// *_EXTEND, *_UPDATE and DICT_MERGE opcodes is the depth of the
	// container below the popped operands (1 = just below them).
	BUILD_TUPLE         // x_1 ... x_n BUILD_TUPLE(n) tuple
	BUILD_LIST          // x_1 ... x_n BUILD_LIST(n) list
	BUILD_SET           // x_1 ... x_n BUILD_SET(n) set
	BUILD_MAP           // k_1 v_1 ... k_n v_n BUILD_MAP(n) dict
	BUILD_CONST_KEY_MAP // v_1 ... v_n keys BUILD_CONST_KEY_MAP(n) dict   (keys: a constant tuple of n)
	BUILD_STRING        // s_1 ... s_n BUILD_STRING(n) str   (concatenation of n str values)
	LIST_APPEND         // list x_i-1 ... x_1 v LIST_APPEND(i) list x_i-1 ... x_1   (list.append(v))
	SET_ADD             // set ... v SET_ADD(i) set ...
	MAP_ADD             // dict ... k v MAP_ADD(i) dict ...
	LIST_EXTEND         // list ... iterable LIST_EXTEND(i) list ...
	SET_UPDATE          // set ... iterable SET_UPDATE(i) set ...
	DICT_UPDATE         // dict ... mapping DICT_UPDATE(i) dict ...   ({**m} display)
	DICT_MERGE          // dict ... mapping DICT_MERGE(i) dict ...    (f(**m): duplicate keys are an error naming the callable at depth i+3)
	LIST_TO_TUPLE       // list LIST_TO_TUPLE tuple
	UNPACK_SEQUENCE     // seq UNPACK_SEQUENCE(n) x_n ... x_1        (x_1 on top)
	UNPACK_EX           // seq UNPACK_EX(before | after<<8) x_last ... list ... x_1   (a, *b, c = seq)

	// Operators.
	BINARY_OP      // x y BINARY_OP(op) x<op>y            (op: a BinaryOp, | InPlace for augmented assignment)
	UNARY_NEGATIVE // x UNARY_NEGATIVE -x
	UNARY_POSITIVE // x UNARY_POSITIVE +x
	UNARY_INVERT   // x UNARY_INVERT ~x
	UNARY_NOT      // x UNARY_NOT not x
	COMPARE_OP     // x y COMPARE_OP(op) x<op>y           (op: a CompareOp; may return any object)
	IS_OP          // x y IS_OP(invert) bool               (x is y, or x is not y when invert is 1)
	CONTAINS_OP    // x y CONTAINS_OP(invert) bool         (x in y, or x not in y)
	FORMAT_VALUE   // x [spec] FORMAT_VALUE(flags) str     (flags: conversion FormatStr/FormatRepr/FormatASCII | FormatWithSpec)

	// Control flow. Every jump goes forward except JUMP_BACKWARD, the one
	// instruction at which a loop polls the thread's request word.
	JUMP_FORWARD         // - JUMP_FORWARD(target) -
	JUMP_BACKWARD        // - JUMP_BACKWARD(target) -          (target <= this instruction; polls the eval breaker)
	POP_JUMP_IF_FALSE    // x POP_JUMP_IF_FALSE(target) -      (jumps if not x)
	POP_JUMP_IF_TRUE     // x POP_JUMP_IF_TRUE(target) -
	POP_JUMP_IF_NONE     // x POP_JUMP_IF_NONE(target) -
	POP_JUMP_IF_NOT_NONE // x POP_JUMP_IF_NOT_NONE(target) -
	JUMP_IF_FALSE_OR_POP // x JUMP_IF_FALSE_OR_POP(target) -   (jumps keeping x if not x, else pops x)
	JUMP_IF_TRUE_OR_POP  // x JUMP_IF_TRUE_OR_POP(target) -    (jumps keeping x if x, else pops x)
	GET_ITER             // iterable GET_ITER iter
	FOR_ITER             // iter FOR_ITER(target) iter next    (when exhausted: pops iter and jumps)

	// Calls and functions. A call's operands are the callable, the self
	// slot (null, or the first argument of a method call) and the
	// arguments. CALL with a value in the self slot calls callable(self,
	// args...): decorators and comprehension calls use it too.
	CALL             // callable self_or_null a_1 ... a_n CALL(n) result
	CALL_KW          // callable self_or_null a_1 ... a_n names CALL_KW(n) result   (names: constant tuple of the last len(names) argument names)
	CALL_FUNCTION_EX // callable null args [kwargs] CALL_FUNCTION_EX(hasKwargs) result   (args: tuple or iterable, kwargs: dict)
	MAKE_FUNCTION    // [defaults] [kwdefaults] [annotations] [closure] code MAKE_FUNCTION(flags) function
	RETURN_VALUE     // x RETURN_VALUE -
	RETURN_CONST     // - RETURN_CONST(const) -
	LOAD_BUILD_CLASS // - LOAD_BUILD_CLASS __build_class__

	// Generators.
	YIELD_VALUE         // x YIELD_VALUE(inYieldFrom) sent    (suspends; resumption pushes the sent value)
	GET_YIELD_FROM_ITER // iterable GET_YIELD_FROM_ITER iter
	SEND                // iter v SEND(target) iter y          (when iter returns: iter v SEND retval, and jumps)
	CLEANUP_THROW       // iter lasti exc CLEANUP_THROW value  (StopIteration: its value; any other exception is re-raised)

	// Modules and annotations.
	IMPORT_NAME       // level fromlist IMPORT_NAME(name) module
	IMPORT_FROM       // module IMPORT_FROM(name) module module.name
	IMPORT_STAR       // module IMPORT_STAR -
	SETUP_ANNOTATIONS // - SETUP_ANNOTATIONS -                (creates __annotations__ in the locals mapping if missing)
	PRINT_EXPR        // x PRINT_EXPR -                       (interactive mode: sys.displayhook(x))

	// Exceptions. A handler found in the exception table starts with the
	// stack cut to the entry's depth, then [lasti] exc pushed.
	RAISE_VARARGS        // [exc [cause]] RAISE_VARARGS(n) -    (n=0: re-raise the exception being handled)
	LOAD_ASSERTION_ERROR // - LOAD_ASSERTION_ERROR AssertionError
	PUSH_EXC_INFO        // exc PUSH_EXC_INFO prev exc           (exc becomes the exception being handled)
	POP_EXCEPT           // prev POP_EXCEPT -                    (prev becomes the exception being handled again)
	RERAISE              // [lasti ...] exc RERAISE(n) -         (n>0: the frame's lasti := the value n below exc)
	CHECK_EXC_MATCH      // exc type CHECK_EXC_MATCH exc bool
	CHECK_EG_MATCH       // eg type CHECK_EG_MATCH rest match    (except*: the split; match is None if nothing matched)
	PREP_RERAISE_STAR    // orig list PREP_RERAISE_STAR exc     (except*: the exception group to re-raise, or None)
	BEFORE_WITH          // mgr BEFORE_WITH exit value           (exit: bound mgr.__exit__, value: mgr.__enter__())
	WITH_EXCEPT_START    // exit lasti prev exc WITH_EXCEPT_START exit lasti prev exc result   (result: exit(type(exc), exc, tb))

	// EXTENDED_ARG prefixes an instruction whose argument needs more than
	// 24 bits: the argument is this one's shifted left by 24, or'ed with
	// the next one's.
	EXTENDED_ARG // - EXTENDED_ARG(high) -

	// NumOpcodes counts the real opcodes: every opcode of a finished code
	// object is below it.
	NumOpcodes
)

// Pseudo-opcodes. Code generation emits them; the assembler turns jumps
// into JUMP_FORWARD or JUMP_BACKWARD, and the SETUP_*/POP_BLOCK pairs into
// the exception table, and leaves none of them in a code object.
const (
	firstPseudo Opcode = 240 + iota

	// JUMP is an unconditional jump whose direction the assembler decides.
	JUMP = firstPseudo

	// SETUP_FINALLY(handler) starts a region whose exceptions go to handler
	// with the stack cut to the current depth, then exc pushed.
	SETUP_FINALLY = firstPseudo + 1
	// SETUP_CLEANUP(handler) is SETUP_FINALLY that also pushes lasti below exc.
	SETUP_CLEANUP = firstPseudo + 2
	// SETUP_WITH(handler) is SETUP_CLEANUP with the stack cut one lower:
	// it follows BEFORE_WITH and drops the __enter__ result.
	SETUP_WITH = firstPseudo + 3
	// POP_BLOCK ends the region of the innermost SETUP_*.
	POP_BLOCK = firstPseudo + 4
)

// BinaryOp is the argument of BINARY_OP. The values follow syntax.Operator.
type BinaryOp uint8

const (
	OpAdd BinaryOp = iota
	OpSub
	OpMul
	OpMatMul
	OpTrueDiv
	OpMod
	OpPow
	OpLShift
	OpRShift
	OpOr
	OpXor
	OpAnd
	OpFloorDiv

	// InPlace marks the augmented form (x += y calls __iadd__ first).
	InPlace BinaryOp = 16
)

var binaryOpSymbols = [...]string{"+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"}

// String returns the operator as Python writes it ("+=" for in-place).
func (op BinaryOp) String() string {
	base := op &^ InPlace
	if int(base) >= len(binaryOpSymbols) {
		return "?"
	}
	if op&InPlace != 0 {
		return binaryOpSymbols[base] + "="
	}
	return binaryOpSymbols[base]
}

// CompareOp is the argument of COMPARE_OP, in the order of Python's rich
// comparison constants (Py_LT ... Py_GE).
type CompareOp uint8

const (
	CmpLt CompareOp = iota
	CmpLe
	CmpEq
	CmpNe
	CmpGt
	CmpGe
)

var compareOpSymbols = [...]string{"<", "<=", "==", "!=", ">", ">="}

func (op CompareOp) String() string {
	if int(op) >= len(compareOpSymbols) {
		return "?"
	}
	return compareOpSymbols[op]
}

// FORMAT_VALUE flags: the conversion in the low two bits, and whether a
// format spec is on the stack above the value.
const (
	FormatNone     = 0
	FormatStr      = 1
	FormatRepr     = 2
	FormatASCII    = 3
	FormatMask     = 3
	FormatWithSpec = 4
)

// MAKE_FUNCTION flags: which optional operands are on the stack.
const (
	FuncDefaults    = 1 // a tuple of positional defaults
	FuncKwDefaults  = 2 // a dict of keyword-only defaults
	FuncAnnotations = 4 // a tuple (name1, value1, name2, value2, ...)
	FuncClosure     = 8 // a tuple of cells
)

// Instruction word layout.
const (
	argShift = 8
	maxArg   = 1<<24 - 1
)

// Op returns the opcode of an instruction word.
func Op(w uint32) Opcode { return Opcode(w) }

// Arg returns the argument of an instruction word (without any
// EXTENDED_ARG prefix).
func Arg(w uint32) uint32 { return w >> argShift }

// Word builds an instruction word; arg must fit in 24 bits.
func Word(op Opcode, arg uint32) uint32 { return uint32(op) | arg<<argShift }

// Opcode properties, used by the assembler and the disassembler.
const (
	hasJump  = 1 << iota // the argument is a jump target
	hasConst             // the argument indexes Consts
	hasName              // the argument indexes Names
	hasSlot              // the argument is a frame slot
	noNext               // control never falls through to the next instruction
	keepsTop             // a conditional jump that keeps its operand on the taken path
	isPseudo             // never in a finished code object
)

type opInfo struct {
	name  string
	pop   int8 // values popped (for fixed-arity opcodes)
	push  int8 // values pushed when falling through
	jpush int8 // net stack effect when the jump is taken
	flags uint8
}

// varArity marks an opcode whose pops depend on the argument.
const varArity = -1

var opTable = [256]opInfo{
	NOP:       {"NOP", 0, 0, 0, 0},
	POP_TOP:   {"POP_TOP", 1, 0, 0, 0},
	PUSH_NULL: {"PUSH_NULL", 0, 1, 0, 0},
	COPY:      {"COPY", 0, 1, 0, 0},
	SWAP:      {"SWAP", 0, 0, 0, 0},

	LOAD_CONST:       {"LOAD_CONST", 0, 1, 0, hasConst},
	LOAD_FAST:        {"LOAD_FAST", 0, 1, 0, hasSlot},
	LOAD_FAST_BORROW: {"LOAD_FAST_BORROW", 0, 1, 0, hasSlot},
	STORE_FAST:       {"STORE_FAST", 1, 0, 0, hasSlot},
	DELETE_FAST:      {"DELETE_FAST", 0, 0, 0, hasSlot},
	MAKE_CELL:        {"MAKE_CELL", 0, 0, 0, hasSlot},
	COPY_FREE_VARS:   {"COPY_FREE_VARS", 0, 0, 0, 0},
	LOAD_CLOSURE:     {"LOAD_CLOSURE", 0, 1, 0, hasSlot},
	LOAD_DEREF:       {"LOAD_DEREF", 0, 1, 0, hasSlot},
	LOAD_CLASSDEREF:  {"LOAD_CLASSDEREF", 0, 1, 0, hasSlot},
	STORE_DEREF:      {"STORE_DEREF", 1, 0, 0, hasSlot},
	DELETE_DEREF:     {"DELETE_DEREF", 0, 0, 0, hasSlot},

	LOAD_NAME:     {"LOAD_NAME", 0, 1, 0, hasName},
	STORE_NAME:    {"STORE_NAME", 1, 0, 0, hasName},
	DELETE_NAME:   {"DELETE_NAME", 0, 0, 0, hasName},
	LOAD_GLOBAL:   {"LOAD_GLOBAL", 0, varArity, 0, 0},
	STORE_GLOBAL:  {"STORE_GLOBAL", 1, 0, 0, hasName},
	DELETE_GLOBAL: {"DELETE_GLOBAL", 0, 0, 0, hasName},
	LOAD_ATTR:     {"LOAD_ATTR", 1, 1, 0, hasName},
	LOAD_METHOD:   {"LOAD_METHOD", 1, 2, 0, hasName},
	STORE_ATTR:    {"STORE_ATTR", 2, 0, 0, hasName},
	DELETE_ATTR:   {"DELETE_ATTR", 1, 0, 0, hasName},

	BINARY_SUBSCR: {"BINARY_SUBSCR", 2, 1, 0, 0},
	STORE_SUBSCR:  {"STORE_SUBSCR", 3, 0, 0, 0},
	DELETE_SUBSCR: {"DELETE_SUBSCR", 2, 0, 0, 0},
	BINARY_SLICE:  {"BINARY_SLICE", 3, 1, 0, 0},
	STORE_SLICE:   {"STORE_SLICE", 4, 0, 0, 0},
	BUILD_SLICE:   {"BUILD_SLICE", varArity, 1, 0, 0},

	BUILD_TUPLE:         {"BUILD_TUPLE", varArity, 1, 0, 0},
	BUILD_LIST:          {"BUILD_LIST", varArity, 1, 0, 0},
	BUILD_SET:           {"BUILD_SET", varArity, 1, 0, 0},
	BUILD_MAP:           {"BUILD_MAP", varArity, 1, 0, 0},
	BUILD_CONST_KEY_MAP: {"BUILD_CONST_KEY_MAP", varArity, 1, 0, 0},
	BUILD_STRING:        {"BUILD_STRING", varArity, 1, 0, 0},
	LIST_APPEND:         {"LIST_APPEND", 1, 0, 0, 0},
	SET_ADD:             {"SET_ADD", 1, 0, 0, 0},
	MAP_ADD:             {"MAP_ADD", 2, 0, 0, 0},
	LIST_EXTEND:         {"LIST_EXTEND", 1, 0, 0, 0},
	SET_UPDATE:          {"SET_UPDATE", 1, 0, 0, 0},
	DICT_UPDATE:         {"DICT_UPDATE", 1, 0, 0, 0},
	DICT_MERGE:          {"DICT_MERGE", 1, 0, 0, 0},
	LIST_TO_TUPLE:       {"LIST_TO_TUPLE", 1, 1, 0, 0},
	UNPACK_SEQUENCE:     {"UNPACK_SEQUENCE", 1, varArity, 0, 0},
	UNPACK_EX:           {"UNPACK_EX", 1, varArity, 0, 0},

	BINARY_OP:      {"BINARY_OP", 2, 1, 0, 0},
	UNARY_NEGATIVE: {"UNARY_NEGATIVE", 1, 1, 0, 0},
	UNARY_POSITIVE: {"UNARY_POSITIVE", 1, 1, 0, 0},
	UNARY_INVERT:   {"UNARY_INVERT", 1, 1, 0, 0},
	UNARY_NOT:      {"UNARY_NOT", 1, 1, 0, 0},
	COMPARE_OP:     {"COMPARE_OP", 2, 1, 0, 0},
	IS_OP:          {"IS_OP", 2, 1, 0, 0},
	CONTAINS_OP:    {"CONTAINS_OP", 2, 1, 0, 0},
	FORMAT_VALUE:   {"FORMAT_VALUE", varArity, 1, 0, 0},

	JUMP_FORWARD:         {"JUMP_FORWARD", 0, 0, 0, hasJump | noNext},
	JUMP_BACKWARD:        {"JUMP_BACKWARD", 0, 0, 0, hasJump | noNext},
	POP_JUMP_IF_FALSE:    {"POP_JUMP_IF_FALSE", 1, 0, -1, hasJump},
	POP_JUMP_IF_TRUE:     {"POP_JUMP_IF_TRUE", 1, 0, -1, hasJump},
	POP_JUMP_IF_NONE:     {"POP_JUMP_IF_NONE", 1, 0, -1, hasJump},
	POP_JUMP_IF_NOT_NONE: {"POP_JUMP_IF_NOT_NONE", 1, 0, -1, hasJump},
	JUMP_IF_FALSE_OR_POP: {"JUMP_IF_FALSE_OR_POP", 1, 0, 0, hasJump | keepsTop},
	JUMP_IF_TRUE_OR_POP:  {"JUMP_IF_TRUE_OR_POP", 1, 0, 0, hasJump | keepsTop},
	GET_ITER:             {"GET_ITER", 1, 1, 0, 0},
	FOR_ITER:             {"FOR_ITER", 0, 1, -1, hasJump | keepsTop},

	CALL:             {"CALL", varArity, 1, 0, 0},
	CALL_KW:          {"CALL_KW", varArity, 1, 0, 0},
	CALL_FUNCTION_EX: {"CALL_FUNCTION_EX", varArity, 1, 0, 0},
	MAKE_FUNCTION:    {"MAKE_FUNCTION", varArity, 1, 0, 0},
	RETURN_VALUE:     {"RETURN_VALUE", 1, 0, 0, noNext},
	RETURN_CONST:     {"RETURN_CONST", 0, 0, 0, hasConst | noNext},
	LOAD_BUILD_CLASS: {"LOAD_BUILD_CLASS", 0, 1, 0, 0},

	YIELD_VALUE:         {"YIELD_VALUE", 1, 1, 0, 0},
	GET_YIELD_FROM_ITER: {"GET_YIELD_FROM_ITER", 1, 1, 0, 0},
	SEND:                {"SEND", 1, 1, -1, hasJump | keepsTop},
	CLEANUP_THROW:       {"CLEANUP_THROW", 3, 1, 0, 0},

	IMPORT_NAME:       {"IMPORT_NAME", 2, 1, 0, hasName},
	IMPORT_FROM:       {"IMPORT_FROM", 0, 1, 0, hasName},
	IMPORT_STAR:       {"IMPORT_STAR", 1, 0, 0, 0},
	SETUP_ANNOTATIONS: {"SETUP_ANNOTATIONS", 0, 0, 0, 0},
	PRINT_EXPR:        {"PRINT_EXPR", 1, 0, 0, 0},

	RAISE_VARARGS:        {"RAISE_VARARGS", varArity, 0, 0, noNext},
	LOAD_ASSERTION_ERROR: {"LOAD_ASSERTION_ERROR", 0, 1, 0, 0},
	PUSH_EXC_INFO:        {"PUSH_EXC_INFO", 1, 2, 0, 0},
	POP_EXCEPT:           {"POP_EXCEPT", 1, 0, 0, 0},
	RERAISE:              {"RERAISE", 1, 0, 0, noNext},
	CHECK_EXC_MATCH:      {"CHECK_EXC_MATCH", 1, 1, 0, 0},
	CHECK_EG_MATCH:       {"CHECK_EG_MATCH", 2, 2, 0, 0},
	PREP_RERAISE_STAR:    {"PREP_RERAISE_STAR", 2, 1, 0, 0},
	BEFORE_WITH:          {"BEFORE_WITH", 1, 2, 0, 0},
	WITH_EXCEPT_START:    {"WITH_EXCEPT_START", 0, 1, 0, 0},

	EXTENDED_ARG: {"EXTENDED_ARG", 0, 0, 0, 0},

	JUMP:          {"JUMP", 0, 0, 0, hasJump | noNext | isPseudo},
	SETUP_FINALLY: {"SETUP_FINALLY", 0, 0, 1, hasJump | isPseudo},
	SETUP_CLEANUP: {"SETUP_CLEANUP", 0, 0, 2, hasJump | isPseudo},
	SETUP_WITH:    {"SETUP_WITH", 0, 0, 1, hasJump | isPseudo},
	POP_BLOCK:     {"POP_BLOCK", 0, 0, 0, isPseudo},
}

// String returns the opcode's name.
func (op Opcode) String() string {
	if n := opTable[op].name; n != "" {
		return n
	}
	return "<" + itoa(int(op)) + ">"
}

// HasJump reports whether the opcode's argument is a jump target.
func (op Opcode) HasJump() bool { return opTable[op].flags&hasJump != 0 }

// HasConst reports whether the opcode's argument indexes Code.Consts.
func (op Opcode) HasConst() bool { return opTable[op].flags&hasConst != 0 }

// HasName reports whether the opcode's argument indexes Code.Names
// (LOAD_GLOBAL's, shifted left by one).
func (op Opcode) HasName() bool { return opTable[op].flags&hasName != 0 || op == LOAD_GLOBAL }

// HasSlot reports whether the opcode's argument is a frame slot index.
func (op Opcode) HasSlot() bool { return opTable[op].flags&hasSlot != 0 }

// Terminates reports whether control never falls through to the next
// instruction (returns, raises, unconditional jumps).
func (op Opcode) Terminates() bool { return opTable[op].flags&noNext != 0 }

// popPush returns how many values the instruction pops and pushes when
// control falls through to the next instruction. It describes what the
// instruction consumes: an operand an instruction leaves in place (the
// container of LIST_APPEND, the exception under CHECK_EXC_MATCH) is not
// counted in either number.
func popPush(op Opcode, arg int) (pop, push int) {
	info := &opTable[op]
	pop, push = int(info.pop), int(info.push)
	switch op {
	case COPY:
		return 0, 1
	case LOAD_GLOBAL:
		return 0, 1 + arg&1
	case BUILD_SLICE, BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING:
		return arg, 1
	case BUILD_MAP:
		return 2 * arg, 1
	case BUILD_CONST_KEY_MAP:
		return arg + 1, 1
	case UNPACK_SEQUENCE:
		return 1, arg
	case UNPACK_EX:
		return 1, arg&0xFF + arg>>8 + 1
	case FORMAT_VALUE:
		if arg&FormatWithSpec != 0 {
			return 2, 1
		}
		return 1, 1
	case CALL:
		return arg + 2, 1
	case CALL_KW:
		return arg + 3, 1
	case CALL_FUNCTION_EX:
		return 3 + arg&1, 1
	case MAKE_FUNCTION:
		n := 1
		for f := arg & 15; f != 0; f &= f - 1 {
			n++
		}
		return n, 1
	case RAISE_VARARGS:
		return arg, 0
	}
	return pop, push
}

// stackEffect returns the net change of the stack depth, on the taken
// path of a jump when jump is true, or when control falls through.
func stackEffect(op Opcode, arg int, jump bool) int {
	if jump {
		return int(opTable[op].jpush)
	}
	pop, push := popPush(op, arg)
	return push - pop
}

// itoa formats a small integer without fmt (used on hot paths and to
// keep disassembly cheap).
func itoa(n int) string {
	if n >= 0 && n < 10 {
		return string(rune('0' + n))
	}
	var b [20]byte
	i := len(b)
	neg := n < 0
	u := uint64(n)
	if neg {
		u = uint64(-n)
	}
	for u >= 10 {
		i--
		b[i] = byte('0' + u%10)
		u /= 10
	}
	i--
	b[i] = byte('0' + u)
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
