package syntax

// This file turns expressions into assignment and deletion targets.
// Targets are parsed as expressions (with Load contexts) and then checked
// and given their Store or Del context in place, which yields the same
// tree as CPython's separate target rules.

// targetsKind tells which statement a target belongs to, for the
// wording of errors.
type targetsKind uint8

const (
	starTargets targetsKind = iota // assignment, with, comprehension
	delTargets
	forTargets
)

// invalidTarget returns the first part of e that cannot be a target, or
// nil, following CPython's _PyPegen_get_invalid_target.
func invalidTarget(e Expr, kind targetsKind) Expr {
	switch x := e.(type) {
	case *List:
		for _, elt := range x.Elts {
			if bad := invalidTarget(elt, kind); bad != nil {
				return bad
			}
		}
		return nil
	case *Tuple:
		for _, elt := range x.Elts {
			if bad := invalidTarget(elt, kind); bad != nil {
				return bad
			}
		}
		return nil
	case *Starred:
		if kind == delTargets {
			return e
		}
		return invalidTarget(x.Value, kind)
	case *Compare:
		if kind == forTargets {
			if x.Ops[0] == In {
				return invalidTarget(x.Left, kind)
			}
			return nil
		}
		return e
	case *Name, *Subscript, *Attribute:
		return nil
	}
	return e
}

// targetError raises "cannot assign to X" or "cannot delete X" for the
// first invalid part of e.
func (p *parser) targetError(e Expr, kind targetsKind) {
	bad := invalidTarget(e, kind)
	if bad == nil {
		p.fail()
	}
	verb := "cannot assign to "
	if kind == delTargets {
		verb = "cannot delete "
	}
	p.errorAtNode(nodePos(bad), verb+exprName(bad))
}

// isTarget reports whether e can be an assignment (or, with del set, a
// deletion) target.
func isTarget(e Expr, del bool) bool {
	switch x := e.(type) {
	case *Name, *Attribute, *Subscript:
		return true
	case *Starred:
		return !del && isTarget(x.Value, del)
	case *Tuple:
		for _, elt := range x.Elts {
			if !isTarget(elt, del) {
				return false
			}
		}
		return true
	case *List:
		for _, elt := range x.Elts {
			if !isTarget(elt, del) {
				return false
			}
		}
		return true
	}
	return false
}

// setContext gives a valid target and all its parts the context ctx.
func setContext(e Expr, ctx ExprContext) {
	switch x := e.(type) {
	case *Name:
		x.Ctx = ctx
	case *Attribute:
		x.Ctx = ctx
	case *Subscript:
		x.Ctx = ctx
	case *Starred:
		x.Ctx = ctx
		setContext(x.Value, ctx)
	case *Tuple:
		x.Ctx = ctx
		for _, elt := range x.Elts {
			setContext(elt, ctx)
		}
	case *List:
		x.Ctx = ctx
		for _, elt := range x.Elts {
			setContext(elt, ctx)
		}
	}
}

// store checks a target and gives it the Store context.
func (p *parser) store(e Expr, kind targetsKind) {
	if !isTarget(e, false) {
		p.targetError(e, kind)
	}
	setContext(e, Store)
}

// forTarget parses the targets of a for loop or comprehension, up to
// `in`: starred or bitwise_or-level expressions separated by commas.
func (p *parser) forTarget() Expr {
	start := p.pos
	e := p.targetElement()
	if p.kind() == COMMA {
		elts := []Expr{e}
		for p.accept(COMMA) {
			if !startsExpression(p.kind()) {
				break
			}
			elts = append(elts, p.targetElement())
		}
		t := &Tuple{Elts: elts, Ctx: Store}
		t.Pos = p.span(start)
		e = t
	}
	p.store(e, forTargets)
	return e
}

// forTargetIn parses the targets of a for loop or comprehension and the
// `in` after them. If that fails, CPython's error pass reads the same
// text as star_expressions and reports a part of it that cannot be a
// target (`for f() in x`, `for {a}.b in c`).
func (p *parser) forTargetIn() Expr {
	start := p.pos
	var target Expr
	if p.pegTry(func() {
		target = p.forTarget()
		p.expect(kwIn)
	}) {
		return target
	}
	// Read with the error rules on: a missing comma in the targets is
	// reported as such.
	var e Expr
	if p.tryParse(func() {
		p.pos = start
		e = p.starExpressions()
	}) {
		if bad := invalidTarget(e, forTargets); bad != nil {
			p.errorAtNode(nodePos(bad), "cannot assign to "+exprName(bad))
		}
	}
	p.fail()
	return nil
}

// targetElement parses one element of a target list: a primary (names,
// attributes, subscripts, bracketed target lists), or `*` before one.
// Operators end a target, as they end CPython's star_target.
func (p *parser) targetElement() Expr {
	if p.kind() != STAR {
		return p.primary()
	}
	start := p.pos
	p.advance()
	if p.kind() == STAR {
		p.fail()
	}
	s := &Starred{Value: p.targetElement(), Ctx: Load}
	s.Pos = p.span(start)
	return s
}

// withTarget parses the target of a `with ... as` item: a starred or
// bitwise_or-level expression (a tuple needs parentheses).
func (p *parser) withTarget() Expr {
	e := p.targetElement()
	p.store(e, starTargets)
	return e
}
