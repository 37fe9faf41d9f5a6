package syntax

// This file parses simple statements: the ones that fit on one logical
// line and may be separated by semicolons.

// simpleStmts parses simple_stmt (`;` simple_stmt)* [`;`] NEWLINE and
// appends the statements to body.
func (p *parser) simpleStmts(body []Stmt) []Stmt {
	for {
		body = append(body, p.simpleStmt())
		if p.kind() != SEMI {
			break
		}
		p.advance()
		if p.kind() == NEWLINE {
			break
		}
	}
	p.expect(NEWLINE)
	return body
}

// simpleStmt parses one simple statement.
func (p *parser) simpleStmt() Stmt {
	start := p.pos
	switch p.kind() {
	case kwPass:
		p.advance()
		s := &Pass{}
		s.Pos = p.span(start)
		return s
	case kwBreak:
		p.advance()
		s := &Break{}
		s.Pos = p.span(start)
		return s
	case kwContinue:
		p.advance()
		s := &Continue{}
		s.Pos = p.span(start)
		return s
	case kwReturn:
		p.advance()
		s := &Return{}
		if startsExpression(p.kind()) {
			s.Value = p.starExpressions()
		}
		s.Pos = p.span(start)
		return s
	case kwRaise:
		return p.raiseStmt()
	case kwGlobal, kwNonlocal:
		return p.globalStmt()
	case kwDel:
		return p.delStmt()
	case kwAssert:
		p.advance()
		s := &Assert{Test: p.expression()}
		if p.accept(COMMA) {
			s.Msg = p.expression()
		}
		s.Pos = p.span(start)
		return s
	case kwImport:
		return p.importStmt()
	case kwFrom:
		return p.fromImportStmt()
	case NAME:
		// Look at the tokens after `type` without fetching them: CPython
		// 3.11 has no type statement, and a line that is not one must
		// report its errors where 3.11 does.
		if p.isName("type") && p.pos+2 < len(p.toks) && p.toks[p.pos+1].Kind == NAME {
			if k := p.toks[p.pos+2].Kind; k == EQUAL || k == LSQB {
				return p.typeAlias()
			}
		}
	}
	return p.exprOrAssignment()
}

// exprOrAssignment parses an expression statement, an assignment, an
// annotated assignment or an augmented assignment: all begin with
// star_expressions (or a yield), and what follows decides.
func (p *parser) exprOrAssignment() Stmt {
	start := p.pos
	e := p.starExpressionsOrYield()
	switch p.kind() {
	case EQUAL:
		return p.assignment(start, e)
	case COLON:
		return p.annAssignment(start, e)
	case COLONEQUAL:
		p.walrusStatement(start, e)
	}
	if op, ok := augAssignOps[p.kind()]; ok {
		return p.augAssignment(start, e, op)
	}
	s := &ExprStmt{Value: e}
	s.Pos = p.span(start)
	return s
}

// walrusStatement diagnoses `a.b := 1` as a statement: CPython's error
// pass reads the element before `:=` as a named expression. A name there
// is an assignment expression, only not allowed as a statement.
func (p *parser) walrusStatement(start int, e Expr) {
	if t, ok := e.(*Tuple); ok && len(t.Elts) > 0 && !p.parenthesizedTuple(start, t) {
		e = t.Elts[len(t.Elts)-1]
	}
	if _, ok := e.(*Name); !ok && p.probe(func() { p.advance(); p.expression() }) {
		p.walrusTargetError(e)
	}
	p.fail()
}

// augAssignOps maps the augmented assignment tokens to their operators.
var augAssignOps = map[TokenKind]Operator{
	PLUSEQUAL: Add, MINEQUAL: Sub, STAREQUAL: Mult, ATEQUAL: MatMult, SLASHEQUAL: Div,
	PERCENTEQUAL: Mod, AMPEREQUAL: BitAnd, VBAREQUAL: BitOr, CIRCUMFLEXEQUAL: BitXor,
	LEFTSHIFTEQUAL: LShift, RIGHTSHIFTEQUAL: RShift, DOUBLESTAREQUAL: Pow, DOUBLESLASHEQUAL: FloorDiv,
}

// assignment parses the rest of `targets = ... = value` after the first
// target.
func (p *parser) assignment(start int, first Expr) Stmt {
	targets := []Expr{first}
	tstart := start
	firstEq := p.pos
	var value Expr
	for {
		t := targets[len(targets)-1]
		if !isTarget(t, false) {
			p.assignTargetError(start, firstEq, tstart, t)
		}
		p.advance()
		tstart = p.pos
		v := p.starExpressionsOrYield()
		if p.kind() != EQUAL {
			value = v
			break
		}
		targets = append(targets, v)
	}
	for _, t := range targets {
		setContext(t, Store)
	}
	s := &Assign{Targets: targets, Value: value}
	if p.kind() == TYPE_COMMENT {
		s.TypeComment = p.text(p.tok())
		p.advance()
	}
	s.Pos = p.span(start)
	return s
}

// assignTargetError diagnoses an invalid assignment target t, parsed from
// token tstart and followed by `=`, in a statement that starts at token
// start with its first `=` at firstEq. CPython's error pass reads the
// statement from its start as a named expression, so a first target
// followed by `= value` and no further `=` gets the "Maybe you meant"
// messages, whichever target is at fault; then come a yield target and
// "cannot assign to X".
func (p *parser) assignTargetError(start, firstEq, tstart int, t Expr) {
	pos := p.pos
	p.pos = firstEq
	p.firstTargetEqual(start, firstEq)
	p.pos = pos
	switch t.(type) {
	case *Yield, *YieldFrom:
		if p.toks[tstart].Kind == kwYield {
			p.errorAtNode(nodePos(t), "assignment to yield expression not possible")
		}
	}
	p.targetError(t, starTargets)
}

// firstTargetEqual applies the rules for `x = value` to the statement's
// first target (parsed again from token start), with the parser at the
// first `=`.
func (p *parser) firstTargetEqual(start, eq int) {
	var t Expr
	if !p.probe(func() {
		p.pos = start
		t = p.starExpressions()
		if p.pos != eq {
			p.fail()
		}
	}) {
		return
	}
	if tup, ok := t.(*Tuple); ok && !p.parenthesizedTuple(start, tup) {
		p.lastTupleElementEqual(tup)
		return
	}
	if p.toks[start].Kind == NAME && eq == start+1 {
		if rhs, ok := p.rhsProbe(); ok {
			p.errorAt(KindSyntaxError, *nodePos(t), *nodePos(rhs),
				"invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
		}
		return
	}
	if !p.startsWithDisplayOrSingleton(start, t) && p.isBitwiseOr(start, t) {
		if _, ok := p.rhsProbe(); ok {
			p.errorAtNode(nodePos(t), "cannot assign to "+exprName(t)+" here. Maybe you meant '==' instead of '='?")
		}
	}
}

// parenthesizedTuple reports whether a tuple parsed from token start is
// written with its parentheses (it then starts at the parenthesis).
func (p *parser) parenthesizedTuple(start int, t *Tuple) bool {
	if p.toks[start].Kind != LPAR {
		return false
	}
	// The parenthesis must close at the tuple's end: `(a), b` is not
	// parenthesized.
	level := p.toks[start].Level
	for i := start + 1; i < len(p.toks); i++ {
		if c := &p.toks[i]; c.Level < level {
			return c.Kind == RPAR && int(c.EndLine) == t.EndLineno && int(c.EndCol) == t.EndColOffset
		}
	}
	return false
}

// lastTupleElementEqual applies CPython's rules for a stray `=` to the
// last element of an unparenthesized tuple target, which its error pass
// parses as a named expression followed by `=`.
func (p *parser) lastTupleElementEqual(t *Tuple) {
	n := len(t.Elts)
	if n < 2 {
		return
	}
	last := t.Elts[n-1]
	if _, ok := last.(*Starred); ok {
		return
	}
	// The element must be directly before the `=`, with no trailing comma.
	if p.toks[p.pos-1].Kind == COMMA {
		return
	}
	estart := p.tokenIndexAt(nodePos(last))
	if estart < 0 {
		return
	}
	if p.toks[estart].Kind == NAME && estart == p.pos-1 {
		if rhs, ok := p.rhsProbe(); ok {
			p.errorAt(KindSyntaxError, *nodePos(last), *nodePos(rhs),
				"invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
		}
		return
	}
	if !p.startsWithDisplayOrSingleton(estart, last) && p.isBitwiseOr(estart, last) {
		if _, ok := p.rhsProbe(); ok {
			p.errorAtNode(nodePos(last), "cannot assign to "+exprName(last)+" here. Maybe you meant '==' instead of '='?")
		}
	}
}

// tokenIndexAt returns the index of the first token of the tuple element
// at pos: the token at that position, or the parentheses that open just
// before it (in an unparenthesized tuple, those can only belong to the
// element, since a comma precedes it).
func (p *parser) tokenIndexAt(pos *Pos) int {
	for i := p.pos - 1; i >= 0; i-- {
		t := &p.toks[i]
		if int(t.Line) == pos.Lineno && int(t.Col) == pos.ColOffset {
			for i > 0 && p.toks[i-1].Kind == LPAR {
				i--
			}
			return i
		}
		if int(t.Line) < pos.Lineno {
			break
		}
	}
	return -1
}

// annAssignment parses `target: annotation [= value]`.
func (p *parser) annAssignment(start int, target Expr) Stmt {
	simple := 0
	switch t := target.(type) {
	case *Name:
		if p.toks[start].Kind == NAME {
			simple = 1
		}
	case *Attribute, *Subscript:
	case *Tuple:
		at := nodePos(t)
		if !p.parenthesizedTuple(start, t) && len(t.Elts) > 0 {
			at = nodePos(t.Elts[0])
		}
		p.annotationTargetError(at, "only single target (not tuple) can be annotated")
	case *List:
		p.annotationTargetError(nodePos(t), "only single target (not list) can be annotated")
	default:
		p.annotationTargetError(nodePos(target), "illegal target for annotation")
	}
	setContext(target, Store)
	p.advance()
	s := &AnnAssign{Target: target, Annotation: p.expression(), Simple: simple}
	if p.accept(EQUAL) {
		s.Value = p.starExpressionsOrYield()
	}
	s.Pos = p.span(start)
	return s
}

// annotationTargetError reports an annotated target that cannot be
// annotated, provided an annotation follows as CPython's rule requires.
func (p *parser) annotationTargetError(at *Pos, msg string) {
	if p.probe(func() { p.advance(); p.expression() }) {
		p.errorAtNode(at, msg)
	}
	p.fail()
}

// augAssignment parses `target op= value`.
func (p *parser) augAssignment(start int, target Expr, op Operator) Stmt {
	switch target.(type) {
	case *Name, *Attribute, *Subscript:
	default:
		if p.probe(func() { p.advance(); p.starExpressionsOrYield() }) {
			p.errorAtNode(nodePos(target), "'"+exprName(target)+"' is an illegal expression for augmented assignment")
		}
		p.fail()
	}
	setContext(target, Store)
	p.advance()
	s := &AugAssign{Target: target, Op: op, Value: p.starExpressionsOrYield()}
	s.Pos = p.span(start)
	return s
}

// raiseStmt parses `raise [exc [from cause]]`.
func (p *parser) raiseStmt() Stmt {
	start := p.pos
	p.advance()
	s := &Raise{}
	if startsExpression(p.kind()) {
		s.Exc = p.expression()
		if p.accept(kwFrom) {
			s.Cause = p.expression()
		}
	}
	s.Pos = p.span(start)
	return s
}

// globalStmt parses `global` or `nonlocal` and its names.
func (p *parser) globalStmt() Stmt {
	start := p.pos
	isGlobal := p.kind() == kwGlobal
	p.advance()
	names := []string{p.name()}
	for p.accept(COMMA) {
		names = append(names, p.name())
	}
	if isGlobal {
		s := &Global{Names: names}
		s.Pos = p.span(start)
		return s
	}
	s := &Nonlocal{Names: names}
	s.Pos = p.span(start)
	return s
}

// delStmt parses `del` and its targets.
func (p *parser) delStmt() Stmt {
	start := p.pos
	p.advance()
	var targets []Expr
	for {
		targets = append(targets, p.starExpression())
		if !p.accept(COMMA) || !startsExpression(p.kind()) {
			break
		}
	}
	for _, t := range targets {
		if !isTarget(t, true) {
			p.targetError(t, delTargets)
		}
	}
	if k := p.kind(); k != SEMI && k != NEWLINE {
		p.fail()
	}
	for _, t := range targets {
		setContext(t, Del)
	}
	s := &Delete{Targets: targets}
	s.Pos = p.span(start)
	return s
}

// dottedName parses NAME (`.` NAME)* and returns the joined name.
func (p *parser) dottedName() string {
	name := p.name()
	if p.kind() != DOT {
		return name
	}
	b := []byte(name)
	for p.accept(DOT) {
		b = append(b, '.')
		b = append(b, p.name()...)
	}
	return string(b)
}

// importStmt parses `import a.b as c, d`.
func (p *parser) importStmt() Stmt {
	start := p.pos
	p.advance()
	var names []*Alias
	for {
		astart := p.pos
		a := &Alias{Name: p.dottedName()}
		if p.accept(kwAs) {
			a.Asname = p.name()
		}
		a.Pos = p.span(astart)
		names = append(names, a)
		if !p.accept(COMMA) {
			break
		}
	}
	s := &Import{Names: names}
	s.Pos = p.span(start)
	return s
}

// fromImportStmt parses `from [.]*module import names`.
func (p *parser) fromImportStmt() Stmt {
	start := p.pos
	p.advance()
	s := &ImportFrom{}
	for {
		if p.accept(DOT) {
			s.Level++
		} else if p.accept(ELLIPSIS) {
			s.Level += 3
		} else {
			break
		}
	}
	if s.Level == 0 || p.kind() != kwImport {
		s.Module = p.dottedName()
	}
	p.expect(kwImport)
	switch p.kind() {
	case STAR:
		t := p.tok()
		p.advance()
		a := &Alias{Name: "*"}
		a.Pos = tokPos(t)
		s.Names = []*Alias{a}
	case LPAR:
		p.advance()
		s.Names = p.importNames()
		p.accept(COMMA)
		p.expect(RPAR)
	default:
		s.Names = p.importNames()
		if p.kind() == COMMA {
			p.advance()
			if p.kind() == NEWLINE {
				p.errorAtLast(KindSyntaxError, "trailing comma not allowed without surrounding parentheses")
			}
			p.fail()
		}
	}
	s.Pos = p.span(start)
	return s
}

// importNames parses `name [as name]` items separated by commas (not
// consuming a trailing comma).
func (p *parser) importNames() []*Alias {
	var names []*Alias
	for {
		astart := p.pos
		a := &Alias{Name: p.name()}
		if p.accept(kwAs) {
			a.Asname = p.name()
		}
		a.Pos = p.span(astart)
		names = append(names, a)
		if p.kind() != COMMA || p.peek(1) != NAME {
			return names
		}
		p.advance()
	}
}

// typeAlias parses the 3.12 statement `type Name[params] = value`.
func (p *parser) typeAlias() Stmt {
	start := p.pos
	p.advance()
	t := p.tok()
	n := &Name{Id: p.name(), Ctx: Store}
	n.Pos = tokPos(t)
	s := &TypeAlias{Name: n}
	if p.kind() == LSQB {
		s.TypeParams = p.typeParams()
	}
	p.expect(EQUAL)
	s.Value = p.expression()
	s.Pos = p.span(start)
	return s
}
