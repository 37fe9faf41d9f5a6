package compile

import "gilfree/interp/syntax"

// This file compiles exception handling: try/except/else/finally,
// except*, with, and the delegation loop of yield from; and the
// unwinding that return, break and continue do on their way out of
// those blocks.
//
// A protected region is bracketed by SETUP_FINALLY, SETUP_CLEANUP or
// SETUP_WITH and POP_BLOCK; the assembler turns the brackets into
// exception table entries. A handler starts with the stack cut to the
// depth at its SETUP, then ([lasti] exc) pushed. Handlers run with the
// exception "being handled" (sys.exc_info) set by PUSH_EXC_INFO, which
// saves the previous one on the stack for POP_EXCEPT to restore; every
// handler body is itself protected by a cleanup handler that restores
// the previous exception before re-raising (COPY 3; POP_EXCEPT;
// RERAISE 1).

// popExceptAndReraise is the shared cleanup handler: stack
// (prev lasti exc).
func (c *compiler) popExceptAndReraise() {
	c.emitArg(COPY, 3)
	c.emit(POP_EXCEPT)
	c.emitArg(RERAISE, 1)
}

// tryExcept compiles try/except/else:
//
//	    SETUP_FINALLY handlers
//	    <body>
//	    POP_BLOCK
//	    <orelse>
//	    JUMP end
//	handlers:                      (exc)
//	    SETUP_CLEANUP cleanup
//	    PUSH_EXC_INFO              (prev exc)
//	    <type>; CHECK_EXC_MATCH; POP_JUMP_IF_FALSE next
//	    STORE name / POP_TOP       (prev)
//	    <handler body>             (its own cleanup deletes the name)
//	    POP_BLOCK; POP_EXCEPT; JUMP end
//	next: ...
//	    RERAISE 0                  (no handler matched)
//	cleanup:
//	    COPY 3; POP_EXCEPT; RERAISE 1
//	end:
func (c *compiler) tryExcept(body []syntax.Stmt, handlers []*syntax.ExceptHandler, orelse []syntax.Stmt) {
	except, cleanup, end := c.newLabel(), c.newLabel(), c.newLabel()
	c.emitJump(SETUP_FINALLY, except)
	c.pushFblock(fblock{kind: fbTryExcept})
	c.stmts(body)
	c.popFblock()
	c.emit(POP_BLOCK)
	c.stmts(orelse)
	c.emitJump(JUMP, end)

	c.useLabel(except)
	c.emitJump(SETUP_CLEANUP, cleanup)
	c.emit(PUSH_EXC_INFO)
	c.pushFblock(fblock{kind: fbExceptionHandler})
	for i, h := range handlers {
		c.u.loc = locOf(&h.Pos)
		if h.Type == nil && i < len(handlers)-1 {
			c.fail("default 'except:' must be last")
		}
		next := c.newLabel()
		if h.Type != nil {
			c.expr(h.Type)
			c.emit(CHECK_EXC_MATCH)
			c.emitJump(POP_JUMP_IF_FALSE, next)
		}
		if h.Name != "" {
			cleanupEnd := c.newLabel()
			c.nameOp(h.Name, syntax.Store)
			c.emitJump(SETUP_CLEANUP, cleanupEnd)
			c.pushFblock(fblock{kind: fbHandlerCleanup, name: h.Name})
			c.stmts(h.Body)
			c.popFblock()
			c.emit(POP_BLOCK)
			c.emit(POP_BLOCK)
			c.emit(POP_EXCEPT)
			c.clearName(h.Name)
			c.emitJump(JUMP, end)

			c.useLabel(cleanupEnd)
			c.clearName(h.Name)
			c.emitArg(RERAISE, 1)
		} else {
			c.emit(POP_TOP)
			c.pushFblock(fblock{kind: fbHandlerCleanup})
			c.stmts(h.Body)
			c.popFblock()
			c.emit(POP_BLOCK)
			c.emit(POP_EXCEPT)
			c.emitJump(JUMP, end)
		}
		c.useLabel(next)
	}
	c.popFblock()
	c.emitArg(RERAISE, 0)
	c.useLabel(cleanup)
	c.popExceptAndReraise()
	c.useLabel(end)
}

// clearName deletes the name of an `except ... as name` clause, after
// setting it to None in case the handler deleted it already.
func (c *compiler) clearName(name string) {
	c.loadConst(syntax.None)
	c.nameOp(name, syntax.Store)
	c.nameOp(name, syntax.Del)
}

// tryFinally compiles try/finally (with any except clauses inside). The
// finally body is emitted on the normal path, on the exceptional path,
// and again at each return, break or continue that leaves the try body
// (see unwind).
func (c *compiler) tryFinally(body []syntax.Stmt, handlers []*syntax.ExceptHandler, orelse, final []syntax.Stmt, star bool) {
	end, exit, cleanup := c.newLabel(), c.newLabel(), c.newLabel()
	c.emitJump(SETUP_FINALLY, end)
	c.pushFblock(fblock{kind: fbFinallyTry, final: final})
	switch {
	case len(handlers) == 0:
		c.stmts(body)
	case star:
		c.tryStarExcept(body, handlers, orelse)
	default:
		c.tryExcept(body, handlers, orelse)
	}
	c.emit(POP_BLOCK)
	c.popFblock()
	c.stmts(final)
	c.emitJump(JUMP, exit)

	c.useLabel(end)
	c.emitJump(SETUP_CLEANUP, cleanup)
	c.emit(PUSH_EXC_INFO)
	c.pushFblock(fblock{kind: fbFinallyEnd})
	c.stmts(final)
	c.popFblock()
	c.emitArg(RERAISE, 0)
	c.useLabel(cleanup)
	c.popExceptAndReraise()
	c.useLabel(exit)
}

// tryStarExcept compiles try/except*. The handlers split the exception
// group in turn: each CHECK_EG_MATCH leaves the unmatched rest for the
// next handler, exceptions raised by handler bodies are collected in a
// list, and PREP_RERAISE_STAR combines the list and the final rest into
// the group to re-raise, if any. Stack in the handlers:
// (prev orig raised rest).
func (c *compiler) tryStarExcept(body []syntax.Stmt, handlers []*syntax.ExceptHandler, orelse []syntax.Stmt) {
	except, orelseL, end, cleanup, reraiseStar := c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel()
	c.emitJump(SETUP_FINALLY, except)
	c.pushFblock(fblock{kind: fbTryExcept})
	c.stmts(body)
	c.popFblock()
	c.emit(POP_BLOCK)
	c.emitJump(JUMP, orelseL)

	c.useLabel(except)
	c.emitJump(SETUP_CLEANUP, cleanup)
	c.emit(PUSH_EXC_INFO)
	c.pushFblock(fblock{kind: fbExceptionGroupHandler})
	for i, h := range handlers {
		c.u.loc = locOf(&h.Pos)
		next, withError, noMatch, cleanupEnd := c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel()
		if i == 0 {
			c.emitArg(COPY, 1)
			c.emitArg(BUILD_LIST, 0)
			c.emitArg(SWAP, 2)
		}
		if h.Type != nil {
			c.expr(h.Type)
			c.emit(CHECK_EG_MATCH)
			c.emitArg(COPY, 1)
			c.emitJump(POP_JUMP_IF_NONE, noMatch)
		}
		if h.Name != "" {
			c.nameOp(h.Name, syntax.Store)
		} else {
			c.emit(POP_TOP)
		}
		c.emitJump(SETUP_CLEANUP, cleanupEnd)
		c.pushFblock(fblock{kind: fbHandlerCleanup, name: h.Name})
		c.stmts(h.Body)
		c.popFblock()
		c.emit(POP_BLOCK)
		if h.Name != "" {
			c.clearName(h.Name)
		}
		c.emitJump(JUMP, next)

		c.useLabel(cleanupEnd)
		if h.Name != "" {
			c.clearName(h.Name)
		}
		c.emitArg(LIST_APPEND, 3)
		c.emit(POP_TOP)
		c.emitJump(JUMP, withError)

		c.useLabel(next)
		c.emitJump(JUMP, withError)
		c.useLabel(noMatch)
		c.emit(POP_TOP)
		c.useLabel(withError)
		if i == len(handlers)-1 {
			c.emitArg(LIST_APPEND, 1)
			c.emitJump(JUMP, reraiseStar)
		}
	}
	c.popFblock()
	reraise := c.newLabel()
	c.useLabel(reraiseStar)
	c.emit(PREP_RERAISE_STAR)
	c.emitArg(COPY, 1)
	c.emitJump(POP_JUMP_IF_NOT_NONE, reraise)
	c.emit(POP_TOP)
	c.emit(POP_BLOCK)
	c.emit(POP_EXCEPT)
	c.emitJump(JUMP, end)
	c.useLabel(reraise)
	c.emit(POP_BLOCK)
	c.emitArg(SWAP, 2)
	c.emit(POP_EXCEPT)
	c.emitArg(RERAISE, 0)
	c.useLabel(cleanup)
	c.popExceptAndReraise()
	c.useLabel(orelseL)
	c.stmts(orelse)
	c.useLabel(end)
}

// with compiles the items of a with statement from the i-th on, each
// protecting the rest:
//
//	    <mgr>; BEFORE_WITH         (exit value)
//	    SETUP_WITH handler
//	    STORE target / POP_TOP     (exit)
//	    <rest>
//	    POP_BLOCK
//	    LOAD_CONST None x3; CALL 2; POP_TOP     exit(None, None, None)
//	    JUMP end
//	handler:                       (exit lasti exc)
//	    SETUP_CLEANUP cleanup
//	    PUSH_EXC_INFO              (exit lasti prev exc)
//	    WITH_EXCEPT_START          (exit lasti prev exc result)
//	    POP_JUMP_IF_TRUE suppress
//	    RERAISE 2
//	cleanup:
//	    COPY 3; POP_EXCEPT; RERAISE 1
//	suppress:
//	    POP_TOP; POP_BLOCK; POP_EXCEPT; POP_TOP; POP_TOP
//	end:
func (c *compiler) with(s *syntax.With, i int) {
	item := s.Items[i]
	handler, end, cleanup, suppress := c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel()
	c.expr(item.ContextExpr)
	c.emit(BEFORE_WITH)
	c.emitJump(SETUP_WITH, handler)
	c.pushFblock(fblock{kind: fbWith, loc: locOf(&s.Pos)})
	if item.OptionalVars != nil {
		c.expr(item.OptionalVars)
	} else {
		c.emit(POP_TOP)
	}
	if i+1 == len(s.Items) {
		c.stmts(s.Body)
	} else {
		c.with(s, i+1)
	}
	c.popFblock()
	c.u.loc = locOf(&s.Pos)
	c.emit(POP_BLOCK)
	c.callExitWithNones()
	c.emit(POP_TOP)
	c.emitJump(JUMP, end)

	c.useLabel(handler)
	c.emitJump(SETUP_CLEANUP, cleanup)
	c.emit(PUSH_EXC_INFO)
	c.emit(WITH_EXCEPT_START)
	c.emitJump(POP_JUMP_IF_TRUE, suppress)
	c.emitArg(RERAISE, 2)
	c.useLabel(cleanup)
	c.popExceptAndReraise()
	c.useLabel(suppress)
	c.emit(POP_TOP)
	c.emit(POP_BLOCK)
	c.emit(POP_EXCEPT)
	c.emit(POP_TOP)
	c.emit(POP_TOP)
	c.useLabel(end)
}

// callExitWithNones calls the __exit__ below the top of the stack with
// three Nones: the first fills the self slot, so it is the first argument.
func (c *compiler) callExitWithNones() {
	c.loadConst(syntax.None)
	c.loadConst(syntax.None)
	c.loadConst(syntax.None)
	c.emitArg(CALL, 2)
}

// yieldFrom emits the delegation loop of `yield from`, with the
// iterator on the stack:
//
//	    SETUP_CLEANUP handler      (iter)
//	    LOAD_CONST None
//	send:
//	    SEND exit                  (iter v) -> (iter y), or (result) and jump
//	    YIELD_VALUE 1              (iter sent)
//	    JUMP_BACKWARD send
//	handler:                       (iter lasti exc): an exception thrown in
//	    CLEANUP_THROW              (value) if it was StopIteration
//	    JUMP end
//	exit:
//	    POP_BLOCK
//	end:
//
// While the frame is suspended at YIELD_VALUE 1, the iterator is on top
// of its stack: generator.throw and close delegate to it there.
func (c *compiler) yieldFrom() {
	send, handler, exit, end := c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel()
	c.emitJump(SETUP_CLEANUP, handler)
	c.loadConst(syntax.None)
	c.useLabel(send)
	c.emitJump(SEND, exit)
	c.emitArg(YIELD_VALUE, 1)
	c.emitJump(JUMP, send)
	c.useLabel(handler)
	c.emit(CLEANUP_THROW)
	c.emitJump(JUMP, end)
	c.useLabel(exit)
	c.emit(POP_BLOCK)
	c.useLabel(end)
}

// unwind emits what leaving frame block b takes on the way to a return,
// break or continue. With preserve, the value to return is on top of the
// stack and must stay there.
func (c *compiler) unwind(b fblock, preserve bool) {
	switch b.kind {
	case fbWhile, fbExceptionHandler, fbExceptionGroupHandler:
	case fbFor:
		if preserve {
			c.emitArg(SWAP, 2)
		}
		c.emit(POP_TOP)
	case fbTryExcept:
		c.emit(POP_BLOCK)
	case fbFinallyTry:
		c.emit(POP_BLOCK)
		if preserve {
			c.pushFblock(fblock{kind: fbPopValue})
		}
		saved := c.u.loc
		c.stmts(b.final)
		c.u.loc = saved
		if preserve {
			c.popFblock()
		}
	case fbFinallyEnd:
		if preserve {
			c.emitArg(SWAP, 2)
		}
		c.emit(POP_TOP)
		if preserve {
			c.emitArg(SWAP, 2)
		}
		c.emit(POP_BLOCK)
		c.emit(POP_EXCEPT)
	case fbWith:
		saved := c.u.loc
		c.u.loc = b.loc
		c.emit(POP_BLOCK)
		if preserve {
			c.emitArg(SWAP, 2)
		}
		c.callExitWithNones()
		c.emit(POP_TOP)
		c.u.loc = saved
	case fbHandlerCleanup:
		if b.name != "" {
			c.emit(POP_BLOCK)
		}
		if preserve {
			c.emitArg(SWAP, 2)
		}
		c.emit(POP_BLOCK)
		c.emit(POP_EXCEPT)
		if b.name != "" {
			c.clearName(b.name)
		}
	case fbPopValue:
		if preserve {
			c.emitArg(SWAP, 2)
		}
		c.emit(POP_TOP)
	}
}

// unwindStack unwinds the frame blocks from the innermost out: all of
// them for a return, down to the innermost loop for break and continue
// (which it returns, or nil). Each block is popped while its unwinding
// code is emitted, so a finally body that itself returns does not run
// again.
func (c *compiler) unwindStack(preserve, toLoop bool) *fblock {
	n := len(c.u.fblocks)
	if n == 0 {
		return nil
	}
	top := c.u.fblocks[n-1]
	if top.kind == fbExceptionGroupHandler {
		c.fail("'break', 'continue' and 'return' cannot appear in an except* block")
	}
	if toLoop && (top.kind == fbWhile || top.kind == fbFor) {
		loop := top
		return &loop
	}
	c.u.fblocks = c.u.fblocks[:n-1]
	c.unwind(top, preserve)
	loop := c.unwindStack(preserve, toLoop)
	c.u.fblocks = append(c.u.fblocks, top)
	return loop
}
