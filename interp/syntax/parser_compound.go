package syntax

// This file parses compound statements and blocks.

// statement parses one statement (a compound statement, or a line of
// simple statements) and appends it to body.
func (p *parser) statement(body []Stmt) []Stmt {
	switch p.kind() {
	case kwDef:
		return append(body, p.funcDef(p.pos, nil, false))
	case kwIf:
		return append(body, p.ifStmt())
	case kwClass:
		return append(body, p.classDef(p.pos, nil))
	case kwWith:
		return append(body, p.withStmt(p.pos, false))
	case kwFor:
		return append(body, p.forStmt(p.pos, false))
	case kwTry:
		return append(body, p.tryStmt())
	case kwWhile:
		return append(body, p.whileStmt())
	case AT:
		return append(body, p.decorated())
	case kwAsync:
		start := p.pos
		switch p.peek(1) {
		case kwDef:
			p.advance()
			return append(body, p.funcDef(start, nil, true))
		case kwWith:
			p.advance()
			return append(body, p.withStmt(start, true))
		case kwFor:
			p.advance()
			return append(body, p.forStmt(start, true))
		}
	case NAME:
		if p.isName("match") {
			if s := p.matchStmt(); s != nil {
				return append(body, s)
			}
		}
	}
	return p.simpleStmts(body)
}

// expectColon consumes the `:` of a compound statement's header. Without
// it, CPython says "expected ':'" when the line ends there (or, for the
// headers whose colon its grammar forces, whatever follows), and gives
// its generic error otherwise.
func (p *parser) expectColon(forced bool) {
	if p.kind() == COLON {
		p.advance()
		return
	}
	if forced {
		p.raiseAtToken(p.tok(), "expected ':'")
	}
	if p.kind() == NEWLINE {
		p.errorAtLast(KindSyntaxError, "expected ':'")
	}
	p.fail()
}

// block parses the body of a compound statement: an indented block, or
// simple statements on the header's line. what and line name the
// statement for the error about a missing indented block.
func (p *parser) block(what string, line int32) []Stmt {
	if p.kind() != NEWLINE {
		return p.simpleStmts(nil)
	}
	p.advance()
	if p.kind() != INDENT {
		p.errorAtLast(KindIndentationError, "expected an indented block after "+what+" on line "+itoa(int(line)))
	}
	p.advance()
	var body []Stmt
	for p.kind() != DEDENT {
		body = p.statement(body)
	}
	p.advance()
	return body
}

// ifStmt parses an if statement; elif clauses become nested If nodes.
func (p *parser) ifStmt() Stmt {
	start := p.pos
	kw := p.tok()
	what := "'if' statement"
	if kw.Kind == kwElif {
		what = "'elif' statement"
	}
	p.advance()
	s := &If{Test: p.namedExpression()}
	p.expectColon(false)
	s.Body = p.block(what, kw.Line)
	switch p.kind() {
	case kwElif:
		s.Orelse = []Stmt{p.ifStmt()}
	case kwElse:
		s.Orelse = p.elseBlock()
	}
	s.Pos = p.span(start)
	return s
}

// elseBlock parses `else: block`.
func (p *parser) elseBlock() []Stmt {
	kw := p.tok()
	p.advance()
	p.expectColon(true)
	return p.block("'else' statement", kw.Line)
}

// whileStmt parses a while loop.
func (p *parser) whileStmt() Stmt {
	start := p.pos
	kw := p.tok()
	p.advance()
	s := &While{Test: p.namedExpression()}
	p.expectColon(false)
	s.Body = p.block("'while' statement", kw.Line)
	if p.kind() == kwElse {
		s.Orelse = p.elseBlock()
	}
	s.Pos = p.span(start)
	return s
}

// forStmt parses a for loop; start is the index of its `async`, if any.
func (p *parser) forStmt(start int, async bool) Stmt {
	kw := p.tok()
	p.advance()
	target := p.forTargetIn()
	iter := p.starExpressions()
	p.expectColon(false)
	var tc string
	if p.kind() == TYPE_COMMENT {
		tc = p.text(p.tok())
		p.advance()
	}
	body := p.block("'for' statement", kw.Line)
	var orelse []Stmt
	if p.kind() == kwElse {
		orelse = p.elseBlock()
	}
	if async {
		s := &AsyncFor{Target: target, Iter: iter, Body: body, Orelse: orelse, TypeComment: tc}
		s.Pos = p.span(start)
		return s
	}
	s := &For{Target: target, Iter: iter, Body: body, Orelse: orelse, TypeComment: tc}
	s.Pos = p.span(start)
	return s
}

// withStmt parses a with statement; start is the index of its `async`,
// if any.
func (p *parser) withStmt(start int, async bool) Stmt {
	kw := p.tok()
	p.advance()
	var items []*WithItem
	parenthesized := false
	if p.kind() == LPAR {
		// `with (a, b):` is two items, `with (a, b) as c:` one tuple.
		// Try the parenthesized form first, as CPython does.
		save := p.pos
		parenthesized = p.speculate(func() {
			p.advance()
			items = p.withItems(RPAR)
			p.accept(COMMA)
			p.expect(RPAR)
			if p.kind() != COLON {
				p.fail()
			}
		})
		if !parenthesized {
			p.pos = save
		}
	}
	if !parenthesized {
		items = p.withItems(COLON)
	}
	p.expectColon(false)
	var tc string
	if !parenthesized && p.kind() == TYPE_COMMENT {
		tc = p.text(p.tok())
		p.advance()
	}
	body := p.block("'with' statement", kw.Line)
	if async {
		s := &AsyncWith{Items: items, Body: body, TypeComment: tc}
		s.Pos = p.span(start)
		return s
	}
	s := &With{Items: items, Body: body, TypeComment: tc}
	s.Pos = p.span(start)
	return s
}

// withItems parses with items separated by commas. In the parenthesized
// form (closer RPAR) a trailing comma is left for the caller.
func (p *parser) withItems(closer TokenKind) []*WithItem {
	var items []*WithItem
	for {
		item := &WithItem{ContextExpr: p.expression()}
		if p.accept(kwAs) {
			item.OptionalVars = p.withItemTarget()
		}
		items = append(items, item)
		if p.kind() != COMMA {
			return items
		}
		if closer == RPAR && p.peek(1) == RPAR {
			return items
		}
		p.advance()
	}
}

// withItemTarget parses the target after a with item's `as`, which must
// be followed by `,`, `)` or `:` (or the line's end, which expectColon
// reports). If that fails, CPython reads an expression there and reports
// a part of it that cannot be a target.
func (p *parser) withItemTarget() Expr {
	start := p.pos
	var t Expr
	if p.pegTry(func() {
		t = p.withTarget()
		switch p.kind() {
		case COMMA, RPAR, COLON, NEWLINE:
		default:
			p.fail()
		}
	}) {
		return t
	}
	var e Expr
	if p.probe(func() {
		p.pos = start
		e = p.expression()
		switch p.kind() {
		case COMMA, RPAR, COLON:
		default:
			p.fail()
		}
	}) {
		if bad := invalidTarget(e, starTargets); bad != nil {
			p.errorAtNode(nodePos(bad), "cannot assign to "+exprName(bad))
		}
	}
	p.fail()
	return nil
}

// speculate runs f and reports whether it parsed without error; on
// failure the position is restored by the caller. Unlike probe, the
// tokens f fetched count for the location of a later generic error, as
// in CPython's first pass.
func (p *parser) speculate(f func()) (ok bool) {
	depth, fstringLevel, fieldLevel := p.depth, p.fstringLevel, p.fieldLevel
	defer func() {
		if r := recover(); r != nil {
			switch e := r.(type) {
			case parsePanic:
				if e.fatal {
					panic(r)
				}
			case genericError:
			default:
				panic(r)
			}
			p.depth, p.fstringLevel, p.fieldLevel = depth, fstringLevel, fieldLevel
			ok = false
		}
	}()
	f()
	return true
}

// tryStmt parses try/except/else/finally, and try/except*.
func (p *parser) tryStmt() Stmt {
	start := p.pos
	kw := p.tok()
	p.advance()
	p.expectColon(true)
	body := p.block("'try' statement", kw.Line)
	var handlers []*ExceptHandler
	star := false
	for p.kind() == kwExcept {
		isStar := p.peek(1) == STAR
		if len(handlers) > 0 && isStar != star {
			p.mixedExceptError(isStar)
		}
		star = isStar
		handlers = append(handlers, p.exceptBlock(isStar))
	}
	var orelse, finalbody []Stmt
	if len(handlers) > 0 && p.kind() == kwElse {
		orelse = p.elseBlock()
	}
	if p.kind() == kwFinally {
		fkw := p.tok()
		p.advance()
		p.expectColon(true)
		finalbody = p.block("'finally' statement", fkw.Line)
	}
	if len(handlers) == 0 && finalbody == nil {
		p.errorAtLast(KindSyntaxError, "expected 'except' or 'finally' block")
	}
	if star {
		s := &TryStar{Body: body, Handlers: handlers, Orelse: orelse, Finalbody: finalbody}
		s.Pos = p.span(start)
		return s
	}
	s := &Try{Body: body, Handlers: handlers, Orelse: orelse, Finalbody: finalbody}
	s.Pos = p.span(start)
	return s
}

// mixedExceptError reports an except clause of the other kind than the
// first one.
func (p *parser) mixedExceptError(isStar bool) {
	kw := tokPos(p.tok())
	end := kw
	if isStar {
		end = tokPos(&p.toks[p.pos+1])
	}
	p.errorAt(KindSyntaxError, kw, end, "cannot have both 'except' and 'except*' on the same 'try'")
}

// exceptBlock parses `except [expr [as name]]: block` or its star form.
func (p *parser) exceptBlock(star bool) *ExceptHandler {
	start := p.pos
	kw := p.tok()
	p.advance()
	what := "'except' statement"
	if star {
		p.advance()
		what = "'except*' statement"
	}
	h := &ExceptHandler{}
	if p.kind() == NEWLINE && !star {
		p.errorAtLast(KindSyntaxError, "expected ':'")
	}
	if p.kind() != COLON || star {
		if star && (p.kind() == COLON || p.kind() == NEWLINE) {
			p.errorAtLast(KindSyntaxError, "expected one or more exception types")
		}
		estart := p.pos
		h.Type = p.expression()
		if p.kind() == COMMA {
			p.parenthesizeExceptTypes(estart)
		}
		if p.accept(kwAs) {
			h.Name = p.name()
		}
	}
	p.expectColon(false)
	h.Body = p.block(what, kw.Line)
	h.Pos = p.span(start)
	return h
}

// parenthesizeExceptTypes diagnoses `except A, B:`.
func (p *parser) parenthesizeExceptTypes(estart int) {
	ok := p.probe(func() {
		for p.accept(COMMA) {
			p.expression()
		}
		if p.accept(kwAs) {
			p.name()
		}
		if p.kind() != COLON {
			p.fail()
		}
	})
	if ok {
		a := tokPos(&p.toks[estart])
		p.errorAt(KindSyntaxError, a, a, "multiple exception types must be parenthesized")
	}
	p.fail()
}

// decorated parses decorators and the definition they decorate.
func (p *parser) decorated() Stmt {
	var decorators []Expr
	for p.kind() == AT {
		p.advance()
		decorators = append(decorators, p.namedExpression())
		p.expect(NEWLINE)
	}
	start := p.pos
	switch p.kind() {
	case kwDef:
		return p.funcDef(start, decorators, false)
	case kwClass:
		return p.classDef(start, decorators)
	case kwAsync:
		if p.peek(1) == kwDef {
			p.advance()
			return p.funcDef(start, decorators, true)
		}
	}
	p.fail()
	return nil
}

// funcDef parses a function definition from `def`; start is the index of
// its `async`, if any.
func (p *parser) funcDef(start int, decorators []Expr, async bool) Stmt {
	kw := p.tok()
	p.advance()
	name := p.name()
	var typeParams []*TypeParam
	if p.kind() == LSQB {
		// Python 3.11 wants the parenthesis here: a list of type
		// parameters that does not parse gets its message.
		lsqb := p.tok()
		if !p.pegTry(func() { typeParams = p.typeParams() }) {
			p.raiseAtToken(lsqb, "expected '('")
		}
	}
	if p.kind() != LPAR {
		p.raiseAtToken(p.tok(), "expected '('")
	}
	p.advance()
	args := p.parameters()
	p.expect(RPAR)
	var returns Expr
	if p.kind() == RARROW {
		// The annotation is optional in CPython's rule, so when it does
		// not parse, the forced colon is missing at the arrow.
		arrow := p.tok()
		if !p.pegTry(func() { p.advance(); returns = p.expression() }) {
			p.raiseAtToken(arrow, "expected ':'")
		}
	}
	p.expectColon(true)
	tc := p.funcTypeComment()
	body := p.block("function definition", kw.Line)
	if async {
		s := &AsyncFunctionDef{Name: name, Args: args, Body: body, DecoratorList: decorators,
			Returns: returns, TypeComment: tc, TypeParams: typeParams}
		s.Pos = p.span(start)
		return s
	}
	s := &FunctionDef{Name: name, Args: args, Body: body, DecoratorList: decorators,
		Returns: returns, TypeComment: tc, TypeParams: typeParams}
	s.Pos = p.span(start)
	return s
}

// funcTypeComment parses a function's signature type comment: on the
// `def` line after the colon, or alone on the line after it, just before
// the indented body.
func (p *parser) funcTypeComment() string {
	switch {
	case p.kind() == TYPE_COMMENT:
		tc := p.text(p.tok())
		p.advance()
		return tc
	case p.kind() == NEWLINE && p.peek(1) == TYPE_COMMENT:
		if p.typeCommentDef == 0 {
			p.typeCommentDef = int(p.toks[p.pos-1].Line)
		}
		if p.peek(2) == NEWLINE && p.peek(3) == INDENT {
			p.advance()
			tc := p.text(p.tok())
			p.advance()
			return tc
		}
	}
	return ""
}

// classDef parses a class definition from `class`.
func (p *parser) classDef(start int, decorators []Expr) Stmt {
	kw := p.tok()
	p.advance()
	s := &ClassDef{Name: p.name()}
	if p.kind() == LSQB {
		// A list of type parameters that does not parse fails at its
		// bracket, as anything after the name did in Python 3.11.
		lsqb := p.pos
		if !p.pegTry(func() { s.TypeParams = p.typeParams() }) {
			p.maxPos = lsqb
			p.fail()
		}
	}
	if p.kind() == LPAR {
		lpar := p.pos
		p.advance()
		s.Bases, s.Keywords, _ = p.arguments(lpar, false)
		p.expect(RPAR)
	}
	p.expectColon(false)
	s.Body = p.block("class definition", kw.Line)
	s.DecoratorList = decorators
	s.Pos = p.span(start)
	return s
}

// typeParams parses a 3.12 type parameter list `[T: bound, *Ts, **P]`.
func (p *parser) typeParams() []*TypeParam {
	p.advance()
	if p.kind() == RSQB {
		p.errorAtToken(p.tok(), "Type parameter list cannot be empty")
	}
	var params []*TypeParam
	for p.kind() != RSQB {
		start := p.pos
		tp := &TypeParam{}
		switch p.kind() {
		case STAR:
			p.advance()
			tp.Kind = TypeVarTuple
		case DOUBLESTAR:
			p.advance()
			tp.Kind = ParamSpec
		}
		tp.Name = p.name()
		if tp.Kind == TypeVar && p.accept(COLON) {
			tp.Bound = p.expression()
		}
		tp.Pos = p.span(start)
		params = append(params, tp)
		if !p.accept(COMMA) {
			break
		}
	}
	p.expect(RSQB)
	return params
}
