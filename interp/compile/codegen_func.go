package compile

import (
	"gilfree/interp/syntax"
)

// This file compiles the statements and expressions that make code
// objects: def, lambda, class and the comprehensions.

// funcFlags returns the code flags of a function-like scope.
func funcFlags(s *scope) CodeFlags {
	f := FlagOptimized | FlagNewLocals
	if s.varArgs {
		f |= FlagVarArgs
	}
	if s.varKw {
		f |= FlagVarKeywords
	}
	if s.nested {
		f |= FlagNested
	}
	if s.generator {
		f |= FlagGenerator
	}
	return f
}

func (c *compiler) scopeOf(n syntax.Node) *scope {
	s := c.st.scopes[n]
	if s == nil {
		panic(stError{&syntax.SyntaxError{Msg: "internal error: no scope for node", Filename: c.filename}})
	}
	return s
}

// checkDebugArgs refuses __debug__ as a parameter name.
func (c *compiler) checkDebugArgs(a *syntax.Arguments) {
	for _, list := range [][]*syntax.Arg{a.Posonlyargs, a.Args, a.Kwonlyargs} {
		for _, p := range list {
			if p.Arg == "__debug__" {
				c.fail("cannot assign to __debug__")
			}
		}
	}
	if (a.Vararg != nil && a.Vararg.Arg == "__debug__") || (a.Kwarg != nil && a.Kwarg.Arg == "__debug__") {
		c.fail("cannot assign to __debug__")
	}
}

// defaults pushes a function's positional defaults (a tuple) and
// keyword-only defaults (a dict), and returns the MAKE_FUNCTION flags.
func (c *compiler) defaults(a *syntax.Arguments) int32 {
	var flags int32
	if len(a.Defaults) > 0 {
		if t, ok := constTuple(a.Defaults); ok {
			c.loadConst(t)
		} else {
			for _, d := range a.Defaults {
				c.expr(d)
			}
			c.emitArg(BUILD_TUPLE, int32(len(a.Defaults)))
		}
		flags |= FuncDefaults
	}
	var keys Tuple
	for i, p := range a.Kwonlyargs {
		if i < len(a.KwDefaults) && a.KwDefaults[i] != nil {
			c.expr(a.KwDefaults[i])
			keys = append(keys, mangle(c.u.private, p.Arg))
		}
	}
	if len(keys) > 0 {
		c.loadConst(keys)
		c.emitArg(BUILD_CONST_KEY_MAP, int32(len(keys)))
		flags |= FuncKwDefaults
	}
	return flags
}

// annotations pushes a tuple (name, value, ...) of a def's parameter and
// return annotations, if it has any.
func (c *compiler) annotations(a *syntax.Arguments, returns syntax.Expr) int32 {
	n := 0
	add := func(name string, e syntax.Expr) {
		if e == nil {
			return
		}
		c.loadConst(mangle(c.u.private, name))
		c.annotationValue(e)
		n++
	}
	for _, p := range a.Posonlyargs {
		add(p.Arg, p.Annotation)
	}
	for _, p := range a.Args {
		add(p.Arg, p.Annotation)
	}
	if a.Vararg != nil {
		add(a.Vararg.Arg, a.Vararg.Annotation)
	}
	for _, p := range a.Kwonlyargs {
		add(p.Arg, p.Annotation)
	}
	if a.Kwarg != nil {
		add(a.Kwarg.Arg, a.Kwarg.Annotation)
	}
	add("return", returns)
	if n == 0 {
		return 0
	}
	c.emitArg(BUILD_TUPLE, int32(2*n))
	return FuncAnnotations
}

// makeFunction pushes the closure of code (if it has free variables) and
// code, and emits MAKE_FUNCTION.
func (c *compiler) makeFunction(code *Code, flags int32) {
	if len(code.FreeVars) > 0 {
		for _, name := range code.FreeVars {
			c.loadClosure(name)
		}
		c.emitArg(BUILD_TUPLE, int32(len(code.FreeVars)))
		flags |= FuncClosure
	}
	c.loadConst(code)
	c.emitArg(MAKE_FUNCTION, flags)
}

func (c *compiler) decorators(list []syntax.Expr) {
	for _, d := range list {
		c.expr(d)
	}
}

// applyDecorators calls the decorators, innermost first: each call is
// CALL 0 with the decorator as the callable and the function in the self
// slot, so the function is its only argument.
func (c *compiler) applyDecorators(list []syntax.Expr) {
	for i := len(list) - 1; i >= 0; i-- {
		old := c.setLoc(list[i].Position())
		c.emitArg(CALL, 0)
		c.u.loc = old
	}
}

func firstLineOf(p *syntax.Pos, decorators []syntax.Expr) int {
	if len(decorators) > 0 {
		return decorators[0].Position().Lineno
	}
	return p.Lineno
}

func (c *compiler) functionDef(s *syntax.FunctionDef) {
	c.checkDebugArgs(s.Args)
	c.decorators(s.DecoratorList)
	flags := c.defaults(s.Args)
	flags |= c.annotations(s.Args, s.Returns)

	sc := c.scopeOf(s)
	c.enterUnit(sc, s.Name, firstLineOf(&s.Pos, s.DecoratorList))
	body := s.Body
	if doc := docstring(body); doc != nil {
		c.addConst(doc.Value)
		body = body[1:]
	} else {
		c.addConst(syntax.None)
	}
	c.setArgCounts(s.Args)
	c.stmts(body)
	c.emitArg(RETURN_CONST, c.addConst(syntax.None))
	code := c.exitUnit(funcFlags(sc))

	c.u.loc = locOf(&s.Pos)
	c.makeFunction(code, flags)
	c.applyDecorators(s.DecoratorList)
	c.nameOp(s.Name, syntax.Store)
}

func (c *compiler) setArgCounts(a *syntax.Arguments) {
	c.u.posOnly = len(a.Posonlyargs)
	c.u.argCount = len(a.Posonlyargs) + len(a.Args)
	c.u.kwOnly = len(a.Kwonlyargs)
}

func (c *compiler) lambda(e *syntax.Lambda) {
	c.checkDebugArgs(e.Args)
	flags := c.defaults(e.Args)
	sc := c.scopeOf(e)
	c.enterUnit(sc, "<lambda>", e.Lineno)
	// A lambda has no docstring: None is its first constant.
	c.addConst(syntax.None)
	c.setArgCounts(e.Args)
	c.expr(e.Body)
	if sc.generator {
		c.emit(POP_TOP)
		c.emitArg(RETURN_CONST, c.addConst(syntax.None))
	} else {
		c.emit(RETURN_VALUE)
	}
	code := c.exitUnit(funcFlags(sc))
	c.makeFunction(code, flags)
}

func (c *compiler) classDef(s *syntax.ClassDef) {
	c.decorators(s.DecoratorList)
	c.emit(LOAD_BUILD_CLASS)
	c.emit(PUSH_NULL)

	sc := c.scopeOf(s)
	c.enterUnit(sc, s.Name, firstLineOf(&s.Pos, s.DecoratorList))
	c.u.private = s.Name
	c.u.loc = locOf(&s.Pos)
	c.nameOp("__name__", syntax.Load)
	c.nameOp("__module__", syntax.Store)
	c.loadConst(c.u.qual)
	c.nameOp("__qualname__", syntax.Store)
	c.body(s.Body)
	if sc.needsClassClosure {
		c.loadClosure("__class__")
		c.emitArg(COPY, 1)
		c.nameOp("__classcell__", syntax.Store)
		c.emit(RETURN_VALUE)
	} else {
		c.emitArg(RETURN_CONST, c.addConst(syntax.None))
	}
	// A class body has no flags (CPython sets NESTED on functions only).
	code := c.exitUnit(0)

	c.u.loc = locOf(&s.Pos)
	c.makeFunction(code, 0)
	c.loadConst(s.Name)
	c.callHelper(2, s.Bases, s.Keywords)
	c.applyDecorators(s.DecoratorList)
	c.nameOp(s.Name, syntax.Store)
}

// body compiles a module or class body: SETUP_ANNOTATIONS if it has
// annotations, the docstring into __doc__, then the statements.
func (c *compiler) body(list []syntax.Stmt) {
	if hasAnnotations(list) {
		c.emit(SETUP_ANNOTATIONS)
	}
	if doc := docstring(list); doc != nil {
		c.u.loc = locOf(list[0].Position())
		c.loadConst(doc.Value)
		c.nameOp("__doc__", syntax.Store)
		list = list[1:]
	}
	c.stmts(list)
}

// comprehension compiles a list, set or dict comprehension or a
// generator expression: a nested function, called at once with the
// iterator of the first iterable, which is evaluated in the enclosing
// scope.
func (c *compiler) comprehension(e syntax.Expr, gens []*syntax.Comprehension, elt, value syntax.Expr) {
	sc := c.scopeOf(e)
	c.enterUnit(sc, sc.name, e.Position().Lineno)
	c.u.argCount = 1
	c.u.loc = locOf(e.Position())
	var build Opcode
	switch e.(type) {
	case *syntax.ListComp:
		build = BUILD_LIST
	case *syntax.SetComp:
		build = BUILD_SET
	case *syntax.DictComp:
		build = BUILD_MAP
	}
	if build != 0 {
		c.emitArg(build, 0)
	}
	c.comprehensionLoop(e, gens, 0, elt, value)
	if build != 0 {
		c.emit(RETURN_VALUE)
	} else {
		c.emitArg(RETURN_CONST, c.addConst(syntax.None))
	}
	code := c.exitUnit(funcFlags(sc))

	c.makeFunction(code, 0)
	c.expr(gens[0].Iter)
	c.emit(GET_ITER)
	c.emitArg(CALL, 0)
}

func (c *compiler) comprehensionLoop(e syntax.Expr, gens []*syntax.Comprehension, i int, elt, value syntax.Expr) {
	g := gens[i]
	start, ifCleanup, anchor := c.newLabel(), c.newLabel(), c.newLabel()
	if i == 0 {
		c.emitArg(LOAD_FAST, c.varSlot(".0"))
	} else {
		c.expr(g.Iter)
		c.emit(GET_ITER)
	}
	c.useLabel(start)
	c.emitJump(FOR_ITER, anchor)
	c.expr(g.Target)
	for _, cond := range g.Ifs {
		c.jumpIf(cond, ifCleanup, false)
	}
	if i+1 < len(gens) {
		c.comprehensionLoop(e, gens, i+1, elt, value)
	} else {
		depth := int32(len(gens) + 1)
		switch e.(type) {
		case *syntax.GeneratorExp:
			c.expr(elt)
			c.emitArg(YIELD_VALUE, 0)
			c.emit(POP_TOP)
		case *syntax.ListComp:
			c.expr(elt)
			c.emitArg(LIST_APPEND, depth)
		case *syntax.SetComp:
			c.expr(elt)
			c.emitArg(SET_ADD, depth)
		case *syntax.DictComp:
			c.expr(elt)
			c.expr(value)
			c.emitArg(MAP_ADD, depth)
		}
	}
	c.useLabel(ifCleanup)
	c.emitJump(JUMP, start)
	c.useLabel(anchor)
}
