// Package compile turns a syntax tree into code objects: bytecode for the
// eval loop, which runs it on a per-thread linear stack without a global
// lock (see the design brief's "Frames and thread states").
//
// # Passes
//
// Compile runs, in order: the future statements (future.go); constant
// folding on the tree (fold.go, foldnum.go); the symbol table, which
// gives every name of every scope its scope (symtable.go, resolve.go);
// code generation, one unit per code object (codegen*.go); and the
// assembler (assemble.go, borrow.go), which lays out the blocks, checks
// the stack, and builds the exception and line tables. Errors in the
// source are *syntax.SyntaxError values with CPython's wording and
// positions; the features gilfree does not run yet (async, await, match,
// type parameters and type statements) are refused with a SyntaxError
// that names them.
//
// # Instructions
//
// Code.Instrs is a []uint32 with one instruction per word: the opcode in
// the low 8 bits, the argument in the high 24. An argument that needs
// more bits is prefixed by EXTENDED_ARG words, each giving 24 more high
// bits; no real program needs one (it takes 16M constants, names or
// instructions), but the assembler emits them when it must. Jump
// arguments are absolute instruction indexes. Fixed-width words make
// decoding one load and two shifts, and absolute targets need no
// arithmetic on the jump.
//
// opcode.go lists every opcode with its stack picture. The assembler
// computes each code object's maximum stack depth (Code.StackSize) by
// walking the control-flow graph with the stack effect of every
// instruction, on both paths of a conditional jump; it refuses code that
// could underflow the stack or reach one instruction with two depths.
//
// # Frames
//
// A frame is a window on its thread's stack:
//
//	[ VarNames | CellVars | FreeVars | evaluation stack (StackSize) ]
//
// VarNames are the fast locals, the parameters first in CPython's
// co_varnames order (positional, keyword-only, *args, **kwargs). The
// runtime sizes the window from Code.NSlots and StackSize when it pushes
// the frame, places the arguments in the first slots and clears the
// rest. LOAD_FAST and its kin take slot indexes; so do the DEREF family
// for cells and free variables, so that every variable access is one
// indexed load from the frame base.
//
// A function starts with COPY_FREE_VARS n when it has free variables
// (the last n slots get the cells of its closure) and a MAKE_CELL for
// every cell slot (the slot gets a new cell). A parameter that is also a
// cell keeps its own slot: its MAKE_CELL wraps the argument already there
// in the cell, so the caller places arguments without knowing which are
// cells. Code.Kinds describes every slot for frame introspection and
// for super(), whose first argument may be such a cell.
//
// Module and class bodies have no fast locals: they use LOAD_NAME and
// STORE_NAME on the frame's locals mapping (the module's globals, or the
// namespace __build_class__ passes), and a class body reads the variables
// of enclosing functions with LOAD_CLASSDEREF (the mapping first, then
// the cell). A class whose methods use super or __class__ gets a
// __class__ cell, returned by its body for __build_class__ to fill.
//
// # Calls
//
// Calls do not recurse on the Go stack: a CALL of a Python function makes
// the eval loop push the callee's frame right above the caller's stack,
// with the arguments already in place as its first slots. The compiler
// lays the operands out as
//
//	callable self_or_null arg1 ... argN  CALL(N)
//
// PUSH_NULL fills the self slot of a plain call, LOAD_GLOBAL does it in
// the same instruction (low bit of its argument), and LOAD_METHOD fills it
// with the object for obj.m(...), so no bound method is built. When the
// self slot is not NULL it becomes the first argument: decorators
// (decorator function), comprehensions (function iterator) and
// __exit__ calls (exit None None None) use that with CALL. CALL_KW has a
// tuple of the keyword names on top; CALL_FUNCTION_EX takes a positional
// tuple (or any iterable, to convert) and an optional dict.
//
// # Generators
//
// FlagGenerator marks a generator function: calling it creates the
// generator without running the body. The first resume starts at
// instruction 0 with an empty stack; a later resume continues after the
// YIELD_VALUE that suspended the frame, with the sent value pushed.
// `yield from` is a loop of SEND and YIELD_VALUE 1; while the frame is
// suspended at a YIELD_VALUE 1, the delegated-to iterator is on top of
// its stack, and throw() and close() are passed to it. An exception that
// comes back into the frame there goes to CLEANUP_THROW, which turns a
// StopIteration into the value of the `yield from`. Turning a
// StopIteration that escapes a generator's body into RuntimeError is left
// to the runtime's resume.
//
// # Exceptions
//
// Exception handling costs nothing until an exception is raised: code
// generation brackets protected regions with SETUP_FINALLY,
// SETUP_CLEANUP or SETUP_WITH and POP_BLOCK pseudo-instructions, and the
// assembler, walking the control-flow graph with the stack of active
// handlers, turns them into Code.ExcTable and removes them. An entry
// (Start, End, Target, Depth, Lasti) says: an exception raised by an
// instruction in [Start, End) cuts the stack to Depth values, pushes the
// index of the raising instruction as an int if Lasti, pushes the
// exception, and jumps to Target. Entries are sorted and disjoint;
// Code.Handler finds one by binary search. No entry means the exception
// leaves the frame.
//
// Handlers save the exception being handled with PUSH_EXC_INFO and
// restore it with POP_EXCEPT; every handler body is protected by a
// cleanup that restores it before re-raising. A finally body is emitted
// on every way out of its try: the normal path, the exception handler,
// and each return, break or continue inside (codegen_try.go).
//
// # The eval breaker
//
// The eval loop polls its thread's request word (merges, collector
// handshakes, pending signals) only at calls, at function entry, and at
// JUMP_BACKWARD. For that to be enough, every loop must poll: so the only
// backward jump is JUMP_BACKWARD, and every loop (while, for,
// comprehensions, the yield from loop) ends with one, with continue also
// compiled to it. Conditional jumps, FOR_ITER, SEND and JUMP_FORWARD
// always go forward. The assembler checks this invariant on every code
// object and fails loudly if code generation ever breaks it. A loop with
// no call in it then still reaches a safepoint once per iteration, and
// straight-line code needs no polls at all.
//
// # Borrowed loads
//
// LOAD_FAST_BORROW pushes a borrowed reference to a local: a stack slot
// with the low tag bit set, which the runtime never decrements, saving
// the increment and decrement of LOAD_FAST. That is safe only while the
// local keeps the object alive, so the assembler (borrow.go) emits it
// only when it can prove, within one basic block, that the pushed value
// is consumed before anything can rebind the local:
//
//   - no STORE_FAST or DELETE_FAST of the same local runs between the
//     load and the instruction that pops the value;
//   - the value is popped in the same basic block: it never stays on
//     the stack across a jump, into another block, or into an exception
//     handler (SETUP_* ends a block, so every value pushed in a block
//     lies above the depth a handler cuts to);
//   - the consumer is not STORE_FAST, the value is not copied by COPY,
//     and no YIELD_VALUE suspends the frame while it is on the stack;
//   - LOAD_METHOD passes its operand through as the self slot, so the
//     call that consumes that slot is the consumer.
//
// Nothing else can rebind a fast local: nested functions reach only
// cells, and frame.f_locals and exec() do not write fast locals back
// (Python 3.12 semantics; a debugger that does must not be used with
// borrowed loads). The runtime has one rule in return: an instruction
// that stores a popped value anywhere but the stack (a local, a cell, a
// container, an attribute, a return value, a yielded value) takes a new
// reference if the value is borrowed. Arguments that a CALL leaves in
// place as the callee's first slots may stay borrowed, since the
// caller's frame, which keeps their objects alive, outlives the call; a
// generator that copies its arguments into a frame of its own must take
// new references for them.
//
// # Positions
//
// Every instruction has a source range (line, end line, column, end
// column; columns in UTF-8 bytes from 0, as the AST has them). Code.LineTable
// stores runs of instructions with equal positions compactly, and
// Code.Position looks one up for tracebacks.
//
// # Constants
//
// Constants are compile-time values (syntax's constant types, Tuple,
// FrozenSet and nested *Code), stored once per code object: values of
// different types or different float bits (1, 1.0 and True; 0.0 and
// -0.0) are different constants. The runtime turns them into objects once
// when it loads a code object. FrozenSet items may repeat values that are
// equal across types ({1, 1.0}); building the frozenset removes them.
// Constant folding follows CPython's limits and never folds an operation
// that would raise, or a float result that might differ in any bit from
// CPython's (see foldnum.go).
//
// # For the eval loop
//
// What each opcode family asks of the runtime beyond its stack picture:
//
//   - Loads and stores of variables: LOAD_FAST, LOAD_FAST_BORROW and
//     DELETE_FAST raise UnboundLocalError on an empty slot; the DEREF
//     family goes through the cell in the slot (NameError wording for
//     free variables as CPython's); LOAD_NAME and LOAD_GLOBAL fall back to
//     builtins; LOAD_CLASSDEREF tries the frame's locals mapping first.
//   - Calls: CALL, CALL_KW and CALL_FUNCTION_EX pop callable, self slot
//     and arguments; a non-NULL self slot is the first argument. The
//     kwargs dict of CALL_FUNCTION_EX is always freshly built by the
//     call site, so it may be consumed; its args may be any iterable,
//     to convert (with CPython's "argument after * must be an
//     iterable" error). DICT_MERGE reports duplicate keywords and
//     non-mappings naming the callable found i+3 below the top.
//   - MAKE_FUNCTION takes the function's name and qualname from the code
//     object; annotations come as a flat (name, value, ...) tuple.
//   - Class bodies run with a locals mapping and return the __class__
//     cell (or None) to __build_class__.
//   - FOR_ITER jumps when the iterator is exhausted, popping it; SEND
//     jumps when the sub-iterator returns, leaving its value.
//   - Exceptions: see above; RERAISE n>0 and CLEANUP_THROW restore the
//     frame's lasti from the int below the exception, for tracebacks.
//     CHECK_EXC_MATCH and CHECK_EG_MATCH validate the types matched
//     against as CPython does; PREP_RERAISE_STAR is CPython's
//     _PyExc_PrepReraiseStar.
//   - Comparison, binary and unary operators use the numbering of
//     CompareOp and BinaryOp (InPlace marks augmented assignment).
//   - NOP never appears in finished code.
//
// # Differences from CPython
//
// The instruction set is CPython 3.11's in spirit, with 3.12 and 3.13
// choices where they suit a Go eval loop: one word per instruction and no
// inline caches; callable-then-self call operands (3.13) instead of
// PRECALL and KW_NAMES; RETURN_CONST, BINARY_SLICE and STORE_SLICE
// (3.12); no RESUME (frames poll at entry) and no RETURN_GENERATOR (the
// code flag suffices). List, set and dict comprehensions stay functions
// of their own (3.11), as the brief asks. Folded float powers are fewer
// than CPython's: only those whose exact result is a float.
package compile
