package compile

import (
	"strings"

	"gilfree/interp/syntax"
)

// This file compiles statements other than definitions (codegen_func.go)
// and exception handling (codegen_try.go).

func (c *compiler) stmts(list []syntax.Stmt) {
	for _, s := range list {
		c.stmt(s)
	}
}

func (c *compiler) stmt(s syntax.Stmt) {
	c.u.loc = locOf(s.Position())
	switch s := s.(type) {
	case *syntax.FunctionDef:
		c.functionDef(s)
	case *syntax.ClassDef:
		c.classDef(s)
	case *syntax.Return:
		c.returnStmt(s)
	case *syntax.Delete:
		for _, t := range s.Targets {
			c.expr(t)
		}
	case *syntax.Assign:
		if c.swapAssign(s) {
			return
		}
		c.expr(s.Value)
		for i, t := range s.Targets {
			if i < len(s.Targets)-1 {
				c.emitArg(COPY, 1)
			}
			c.expr(t)
		}
	case *syntax.AugAssign:
		c.augAssign(s)
	case *syntax.AnnAssign:
		c.annAssign(s)
	case *syntax.For:
		c.forStmt(s)
	case *syntax.While:
		c.whileStmt(s)
	case *syntax.If:
		end := c.newLabel()
		next := end
		if len(s.Orelse) > 0 {
			next = c.newLabel()
		}
		c.jumpIf(s.Test, next, false)
		c.stmts(s.Body)
		if len(s.Orelse) > 0 {
			c.emitJump(JUMP, end)
			c.useLabel(next)
			c.stmts(s.Orelse)
		}
		c.useLabel(end)
	case *syntax.Raise:
		n := int32(0)
		if s.Exc != nil {
			c.expr(s.Exc)
			n++
			if s.Cause != nil {
				c.expr(s.Cause)
				n++
			}
		}
		c.emitArg(RAISE_VARARGS, n)
	case *syntax.Try:
		if len(s.Finalbody) > 0 {
			c.tryFinally(s.Body, s.Handlers, s.Orelse, s.Finalbody, false)
		} else {
			c.tryExcept(s.Body, s.Handlers, s.Orelse)
		}
	case *syntax.TryStar:
		if len(s.Finalbody) > 0 {
			c.tryFinally(s.Body, s.Handlers, s.Orelse, s.Finalbody, true)
		} else {
			c.tryStarExcept(s.Body, s.Handlers, s.Orelse)
		}
	case *syntax.Assert:
		c.checkAssert(s)
		end := c.newLabel()
		c.jumpIf(s.Test, end, true)
		// The raise takes the position of the test's last comparison, as
		// CPython 3.11's does, so that a traceback underlines it.
		stmtLoc := c.u.loc
		if cmp := lastJumpCompare(s.Test); cmp != nil {
			c.setLoc(cmp.Position())
		}
		c.emit(LOAD_ASSERTION_ERROR)
		if s.Msg != nil {
			c.expr(s.Msg)
			c.emitArg(CALL, 0)
		}
		c.emitArg(RAISE_VARARGS, 1)
		c.u.loc = stmtLoc
		c.useLabel(end)
	case *syntax.Import:
		c.importStmt(s)
	case *syntax.ImportFrom:
		c.importFrom(s)
	case *syntax.ExprStmt:
		c.exprStmt(s)
	case *syntax.With:
		c.with(s, 0)
	case *syntax.Break:
		c.breakStmt()
	case *syntax.Continue:
		c.continueStmt()
	case *syntax.Global, *syntax.Nonlocal, *syntax.Pass:
	}
}

// lastJumpCompare is the comparison whose position CPython 3.11's
// conditional jumps over test leave current: the last one met going
// through not, and/or and conditional expressions in order (nil if none).
func lastJumpCompare(test syntax.Expr) syntax.Expr {
	switch e := test.(type) {
	case *syntax.Compare:
		return e
	case *syntax.UnaryOpExpr:
		if e.Op == syntax.Not {
			return lastJumpCompare(e.Operand)
		}
	case *syntax.BoolOpExpr:
		var last syntax.Expr
		for _, v := range e.Values {
			if cmp := lastJumpCompare(v); cmp != nil {
				last = cmp
			}
		}
		return last
	case *syntax.IfExp:
		var last syntax.Expr
		for _, v := range []syntax.Expr{e.Test, e.Body, e.Orelse} {
			if cmp := lastJumpCompare(v); cmp != nil {
				last = cmp
			}
		}
		return last
	}
	return nil
}

// swapAssign compiles `a, b = b, a` and `a, b, c = c, b, a` without
// building a tuple: two or three values, then SWAP to put them in
// unpacking order.
func (c *compiler) swapAssign(s *syntax.Assign) bool {
	if len(s.Targets) != 1 {
		return false
	}
	targets := elements(s.Targets[0])
	values := elements(s.Value)
	n := len(values)
	if n < 2 || n > 3 || len(targets) != n {
		return false
	}
	for _, x := range append(targets, values...) {
		if _, ok := x.(*syntax.Starred); ok {
			return false
		}
	}
	for _, v := range values {
		c.expr(v)
	}
	c.emitArg(SWAP, int32(n))
	for _, t := range targets {
		c.expr(t)
	}
	return true
}

// elements returns the items of a tuple or list display, or nil.
func elements(e syntax.Expr) []syntax.Expr {
	switch e := e.(type) {
	case *syntax.Tuple:
		return e.Elts
	case *syntax.List:
		return e.Elts
	}
	return nil
}

func (c *compiler) exprStmt(s *syntax.ExprStmt) {
	if c.interactive && len(c.stack) == 0 {
		c.expr(s.Value)
		c.emit(PRINT_EXPR)
		return
	}
	if _, ok := s.Value.(*syntax.Constant); ok {
		return
	}
	c.expr(s.Value)
	c.emit(POP_TOP)
}

func (c *compiler) returnStmt(s *syntax.Return) {
	if c.u.s.kind != functionScope {
		c.fail("'return' outside function")
	}
	_, isConst := s.Value.(*syntax.Constant)
	preserve := s.Value != nil && !isConst
	if preserve {
		c.expr(s.Value)
	} else if isConst {
		c.setLoc(s.Value.Position())
	}
	c.unwindStack(preserve, false)
	switch {
	case s.Value == nil:
		c.emitArg(RETURN_CONST, c.addConst(syntax.None))
	case isConst:
		c.emitArg(RETURN_CONST, c.addConst(s.Value.(*syntax.Constant).Value))
	default:
		c.emit(RETURN_VALUE)
	}
}

func (c *compiler) breakStmt() {
	loop := c.unwindStack(false, true)
	if loop == nil {
		c.fail("'break' outside loop")
	}
	c.unwind(*loop, false)
	c.emitJump(JUMP, loop.exit)
}

func (c *compiler) continueStmt() {
	loop := c.unwindStack(false, true)
	if loop == nil {
		c.fail("'continue' not properly in loop")
	}
	c.emitJump(JUMP, loop.start)
}

func (c *compiler) forStmt(s *syntax.For) {
	start, cleanup, end := c.newLabel(), c.newLabel(), c.newLabel()
	c.expr(s.Iter)
	c.emit(GET_ITER)
	c.useLabel(start)
	c.emitJump(FOR_ITER, cleanup)
	c.pushFblock(fblock{kind: fbFor, start: start, exit: end})
	c.expr(s.Target)
	c.stmts(s.Body)
	c.u.loc = locOf(&s.Pos)
	c.emitJump(JUMP, start)
	c.popFblock()
	c.useLabel(cleanup)
	c.stmts(s.Orelse)
	c.useLabel(end)
}

func (c *compiler) whileStmt(s *syntax.While) {
	start, orelse, end := c.newLabel(), c.newLabel(), c.newLabel()
	c.useLabel(start)
	c.pushFblock(fblock{kind: fbWhile, start: start, exit: end})
	c.jumpIf(s.Test, orelse, false)
	c.stmts(s.Body)
	c.u.loc = locOf(&s.Pos)
	c.emitJump(JUMP, start)
	c.popFblock()
	c.useLabel(orelse)
	c.stmts(s.Orelse)
	c.useLabel(end)
}

func (c *compiler) augAssign(s *syntax.AugAssign) {
	op := int32(s.Op) | int32(InPlace)
	switch t := s.Target.(type) {
	case *syntax.Name:
		c.nameOp(t.Id, syntax.Load)
		c.expr(s.Value)
		c.emitArg(BINARY_OP, op)
		c.nameOp(t.Id, syntax.Store)
	case *syntax.Attribute:
		old := c.setLoc(&t.Pos)
		c.expr(t.Value)
		c.emitArg(COPY, 1)
		c.emitName(LOAD_ATTR, t.Attr)
		c.u.loc = old
		c.expr(s.Value)
		c.emitArg(BINARY_OP, op)
		c.setLoc(&t.Pos)
		c.emitArg(SWAP, 2)
		c.emitName(STORE_ATTR, t.Attr)
		c.u.loc = old
	case *syntax.Subscript:
		old := c.setLoc(&t.Pos)
		c.expr(t.Value)
		c.expr(t.Slice)
		c.emitArg(COPY, 2)
		c.emitArg(COPY, 2)
		c.emit(BINARY_SUBSCR)
		c.u.loc = old
		c.expr(s.Value)
		c.emitArg(BINARY_OP, op)
		c.setLoc(&t.Pos)
		c.emitArg(SWAP, 3)
		c.emitArg(SWAP, 2)
		c.emit(STORE_SUBSCR)
		c.u.loc = old
	default:
		c.fail("illegal expression for augmented assignment")
	}
}

// hasAnnotations reports whether a module or class body has annotated
// assignments that store into __annotations__ (not counting nested
// definitions), so that it needs SETUP_ANNOTATIONS.
func hasAnnotations(list []syntax.Stmt) bool {
	for _, s := range list {
		switch s := s.(type) {
		case *syntax.AnnAssign:
			return true
		case *syntax.For:
			if hasAnnotations(s.Body) || hasAnnotations(s.Orelse) {
				return true
			}
		case *syntax.While:
			if hasAnnotations(s.Body) || hasAnnotations(s.Orelse) {
				return true
			}
		case *syntax.If:
			if hasAnnotations(s.Body) || hasAnnotations(s.Orelse) {
				return true
			}
		case *syntax.With:
			if hasAnnotations(s.Body) {
				return true
			}
		case *syntax.Try:
			if hasAnnotations(s.Body) || hasAnnotations(s.Orelse) || hasAnnotations(s.Finalbody) {
				return true
			}
			for _, h := range s.Handlers {
				if hasAnnotations(h.Body) {
					return true
				}
			}
		case *syntax.TryStar:
			if hasAnnotations(s.Body) || hasAnnotations(s.Orelse) || hasAnnotations(s.Finalbody) {
				return true
			}
			for _, h := range s.Handlers {
				if hasAnnotations(h.Body) {
					return true
				}
			}
		}
	}
	return false
}

func (c *compiler) annAssign(s *syntax.AnnAssign) {
	if s.Value != nil {
		c.expr(s.Value)
		c.expr(s.Target)
	}
	moduleOrClass := c.u.s.kind == moduleScope || c.u.s.kind == classScope
	future := c.future&futureAnnotations != 0
	switch t := s.Target.(type) {
	case *syntax.Name:
		if t.Id == "__debug__" {
			c.fail("cannot assign to __debug__")
		}
		if s.Simple != 0 && moduleOrClass {
			c.annotationValue(s.Annotation)
			c.nameOp("__annotations__", syntax.Load)
			c.loadConst(mangle(c.u.private, t.Id))
			c.emit(STORE_SUBSCR)
			return
		}
	case *syntax.Attribute:
		if s.Value == nil {
			c.expr(t.Value)
			c.emit(POP_TOP)
		}
	case *syntax.Subscript:
		if s.Value == nil {
			c.expr(t.Value)
			c.emit(POP_TOP)
			c.annSubscript(t.Slice)
		}
	}
	if !future && moduleOrClass {
		c.expr(s.Annotation)
		c.emit(POP_TOP)
	}
}

// annSubscript evaluates and discards the parts of an annotated
// subscript target without a value (`x[i]: int`).
func (c *compiler) annSubscript(e syntax.Expr) {
	switch e := e.(type) {
	case *syntax.Slice:
		for _, part := range []syntax.Expr{e.Lower, e.Upper, e.Step} {
			if part != nil {
				c.expr(part)
				c.emit(POP_TOP)
			}
		}
	case *syntax.Tuple:
		for _, x := range e.Elts {
			c.annSubscript(x)
		}
	default:
		c.expr(e)
		c.emit(POP_TOP)
	}
}

// annotationValue pushes an annotation: its value, or under
// `from __future__ import annotations` its source text.
func (c *compiler) annotationValue(e syntax.Expr) {
	if c.future&futureAnnotations != 0 {
		c.loadConst(unparse(e))
		return
	}
	c.expr(e)
}

func (c *compiler) importStmt(s *syntax.Import) {
	for _, a := range s.Names {
		c.loadConst(syntax.NewInt(0))
		c.loadConst(syntax.None)
		c.emitName(IMPORT_NAME, a.Name)
		if a.Asname != "" {
			if dot := strings.IndexByte(a.Name, '.'); dot >= 0 {
				rest := a.Name[dot+1:]
				for {
					dot = strings.IndexByte(rest, '.')
					if dot < 0 {
						c.emitArg(IMPORT_FROM, c.addName(rest))
						break
					}
					c.emitArg(IMPORT_FROM, c.addName(rest[:dot]))
					c.emitArg(SWAP, 2)
					c.emit(POP_TOP)
					rest = rest[dot+1:]
				}
				c.nameOp(a.Asname, syntax.Store)
				c.emit(POP_TOP)
			} else {
				c.nameOp(a.Asname, syntax.Store)
			}
			continue
		}
		name := a.Name
		if dot := strings.IndexByte(name, '.'); dot >= 0 {
			name = name[:dot]
		}
		c.nameOp(name, syntax.Store)
	}
}

func (c *compiler) importFrom(s *syntax.ImportFrom) {
	if s.Module == "__future__" && s.Lineno > c.futureLine {
		c.fail("from __future__ imports must occur at the beginning of the file")
	}
	names := make(Tuple, len(s.Names))
	for i, a := range s.Names {
		names[i] = a.Name
	}
	c.loadConst(syntax.NewInt(int64(s.Level)))
	c.loadConst(names)
	c.emitName(IMPORT_NAME, s.Module)
	for _, a := range s.Names {
		if a.Name == "*" {
			c.emit(IMPORT_STAR)
			return
		}
		c.emitName(IMPORT_FROM, a.Name)
		store := a.Asname
		if store == "" {
			store = a.Name
		}
		c.nameOp(store, syntax.Store)
	}
	c.emit(POP_TOP)
}
