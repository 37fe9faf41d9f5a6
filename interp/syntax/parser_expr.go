package syntax

// This file parses expressions from star_expressions down to the unary
// operators, one function per grammar rule except that the binary
// operators from `|` down to `*` share one precedence-climbing loop.

// startsExpression reports whether a token can begin an expression (or a
// starred expression), which decides where optional expressions end.
func startsExpression(k TokenKind) bool {
	switch k {
	case NAME, NUMBER, STRING, FSTRING_START, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE,
		ELLIPSIS, STAR, kwNot, kwLambda, kwAwait, kwNone, kwTrue, kwFalse:
		return true
	}
	return false
}

// starExpressions parses star_expressions: one or more star_expression
// separated by commas, a tuple if there is a comma.
func (p *parser) starExpressions() Expr {
	start := p.pos
	e := p.starExpression()
	if p.kind() != COMMA {
		return e
	}
	elts := []Expr{e}
	for p.kind() == COMMA {
		p.advance()
		if !startsExpression(p.kind()) {
			break
		}
		if p.peg {
			var next Expr
			if !p.pegTry(func() { next = p.starExpression() }) {
				break
			}
			elts = append(elts, next)
			continue
		}
		elts = append(elts, p.starExpression())
	}
	t := &Tuple{Elts: elts, Ctx: Load}
	t.Pos = p.span(start)
	return t
}

// expressions parses expressions: one or more expression separated by
// commas, a tuple if there is a comma (the body of mode eval).
func (p *parser) expressions() Expr {
	start := p.pos
	e := p.expression()
	if p.kind() != COMMA {
		return e
	}
	elts := []Expr{e}
	for p.accept(COMMA) {
		if !startsExpression(p.kind()) || p.kind() == STAR {
			break
		}
		elts = append(elts, p.expression())
	}
	t := &Tuple{Elts: elts, Ctx: Load}
	t.Pos = p.span(start)
	return t
}

// starExpression parses star_expression: `*` bitwise_or, or expression.
func (p *parser) starExpression() Expr {
	if p.kind() == STAR {
		return p.starred()
	}
	return p.expression()
}

// starred parses `*` bitwise_or into a Starred node.
func (p *parser) starred() Expr {
	start := p.pos
	p.advance()
	v := p.bitwiseOr()
	s := &Starred{Value: v, Ctx: Load}
	s.Pos = p.span(start)
	return s
}

// starNamedExpression parses star_named_expression, the elements of
// displays: `*` bitwise_or, or named_expression.
func (p *parser) starNamedExpression() Expr {
	if p.kind() == STAR {
		return p.starred()
	}
	return p.namedExpression()
}

// starExpressionsOrYield parses annotated_rhs: yield_expr or
// star_expressions.
func (p *parser) starExpressionsOrYield() Expr {
	if p.kind() == kwYield {
		return p.yieldExpr()
	}
	return p.starExpressions()
}

// yieldExpr parses `yield from` expression or `yield` [star_expressions].
func (p *parser) yieldExpr() Expr {
	start := p.pos
	p.advance()
	if p.kind() == kwFrom {
		p.advance()
		v := p.expression()
		y := &YieldFrom{Value: v}
		y.Pos = p.span(start)
		return y
	}
	var v Expr
	if startsExpression(p.kind()) {
		v = p.starExpressions()
	}
	y := &Yield{Value: v}
	y.Pos = p.span(start)
	return y
}

// namedExpression parses named_expression: NAME `:=` expression, or an
// expression. A `=` or `:=` after an expression here is always an error,
// reported with CPython's messages for those mistakes.
func (p *parser) namedExpression() Expr {
	start := p.pos
	if p.kind() == NAME && p.peek(1) == COLONEQUAL {
		t := p.tok()
		id := p.name()
		target := &Name{Id: id, Ctx: Store}
		target.Pos = tokPos(t)
		p.advance()
		v := p.expression()
		n := &NamedExpr{Target: target, Value: v}
		n.Pos = p.span(start)
		return n
	}
	e := p.expression()
	switch p.kind() {
	case COLONEQUAL:
		p.walrusTargetError(e)
	case EQUAL:
		if p.fstringLevel == 0 || p.tok().Level != p.fieldLevel {
			p.strayEqual(start, e)
		}
	}
	return e
}

// expression parses expression: a conditional expression, a disjunction
// or a lambda.
func (p *parser) expression() Expr {
	if p.kind() == kwLambda {
		return p.lambda()
	}
	start := p.pos
	body := p.disjunction()
	if p.kind() != kwIf {
		if juxtaposed(p.kind()) && start != p.noJuxtaposition {
			p.juxtaposition(start, body)
		}
		return body
	}
	if p.peg {
		var e Expr
		if p.pegTry(func() { e = p.conditional(start, body) }) {
			return e
		}
		return body
	}
	return p.conditional(start, body)
}

// conditional parses the `if test else orelse` of a conditional
// expression whose body started at token start.
func (p *parser) conditional(start int, body Expr) Expr {
	p.enter()
	p.advance()
	test := p.disjunction()
	if p.kind() != kwElse {
		p.expectedElse(body, test)
	}
	p.advance()
	orelse := p.expression()
	p.leave()
	e := &IfExp{Test: test, Body: body, Orelse: orelse}
	e.Pos = p.span(start)
	return e
}

// disjunction parses `or` chains into one BoolOp.
func (p *parser) disjunction() Expr {
	start := p.pos
	e := p.conjunction()
	if p.kind() != kwOr {
		return e
	}
	values := []Expr{e}
	for p.kind() == kwOr {
		if p.peg {
			var next Expr
			if !p.pegTry(func() { p.advance(); next = p.conjunction() }) {
				break
			}
			values = append(values, next)
			continue
		}
		p.advance()
		values = append(values, p.conjunction())
	}
	b := &BoolOpExpr{Op: Or, Values: values}
	b.Pos = p.span(start)
	return b
}

// conjunction parses `and` chains into one BoolOp.
func (p *parser) conjunction() Expr {
	start := p.pos
	e := p.inversion()
	if p.kind() != kwAnd {
		return e
	}
	values := []Expr{e}
	for p.kind() == kwAnd {
		if p.peg {
			var next Expr
			if !p.pegTry(func() { p.advance(); next = p.inversion() }) {
				break
			}
			values = append(values, next)
			continue
		}
		p.advance()
		values = append(values, p.inversion())
	}
	b := &BoolOpExpr{Op: And, Values: values}
	b.Pos = p.span(start)
	return b
}

// inversion parses `not` inversion, or a comparison.
func (p *parser) inversion() Expr {
	if p.kind() != kwNot {
		return p.comparison()
	}
	start := p.pos
	p.enter()
	p.advance()
	operand := p.inversion()
	p.leave()
	u := &UnaryOpExpr{Op: Not, Operand: operand}
	u.Pos = p.span(start)
	return u
}

// compareOp returns the comparison operator at the current token and how
// many tokens it takes (2 for `not in` and `is not`), or 0.
func (p *parser) compareOp() (CmpOp, int) {
	switch p.kind() {
	case EQEQUAL:
		return Eq, 1
	case NOTEQUAL:
		t := p.tok()
		if p.src[t.Start] == '<' {
			// `<>` is only accepted with barry_as_FLUFL.
			return 0, 0
		}
		return NotEq, 1
	case LESS:
		return Lt, 1
	case LESSEQUAL:
		return LtE, 1
	case GREATER:
		return Gt, 1
	case GREATEREQUAL:
		return GtE, 1
	case kwIn:
		return In, 1
	case kwIs:
		if p.peek(1) == kwNot {
			return IsNot, 2
		}
		return Is, 1
	case kwNot:
		if p.peek(1) == kwIn {
			return NotIn, 2
		}
	}
	return 0, 0
}

// comparison parses a bitwise_or followed by comparison operators into a
// Compare node.
func (p *parser) comparison() Expr {
	start := p.pos
	left := p.bitwiseOr()
	op, n := p.compareOp()
	if n == 0 {
		return left
	}
	var ops []CmpOp
	var comparators []Expr
	for n > 0 {
		var right Expr
		operand := func() {
			p.advance()
			if n == 2 {
				p.advance()
			}
			right = p.bitwiseOr()
		}
		if !p.peg {
			operand()
		} else if !p.pegTry(operand) {
			break
		}
		ops = append(ops, op)
		comparators = append(comparators, right)
		op, n = p.compareOp()
	}
	if len(ops) == 0 {
		return left
	}
	c := &Compare{Left: left, Ops: ops, Comparators: comparators}
	c.Pos = p.span(start)
	return c
}

// Binary operator precedences, from `|` (lowest) to `*` (highest).
const (
	precNone = iota
	precBitOr
	precBitXor
	precBitAnd
	precShift
	precSum
	precTerm
)

// binaryOps gives each binary operator token its operator and precedence.
var binaryOps = func() (t [numTokenKinds]struct {
	op   Operator
	prec uint8
}) {
	set := func(k TokenKind, op Operator, prec uint8) {
		t[k].op, t[k].prec = op, prec
	}
	set(VBAR, BitOr, precBitOr)
	set(CIRCUMFLEX, BitXor, precBitXor)
	set(AMPER, BitAnd, precBitAnd)
	set(LEFTSHIFT, LShift, precShift)
	set(RIGHTSHIFT, RShift, precShift)
	set(PLUS, Add, precSum)
	set(MINUS, Sub, precSum)
	set(STAR, Mult, precTerm)
	set(SLASH, Div, precTerm)
	set(DOUBLESLASH, FloorDiv, precTerm)
	set(PERCENT, Mod, precTerm)
	set(AT, MatMult, precTerm)
	return t
}()

// bitwiseOr parses bitwise_or and everything below it down to factor.
func (p *parser) bitwiseOr() Expr {
	start := p.pos
	return p.binary(start, p.factor(), precBitOr)
}

// binary continues a left-associative chain of binary operators of
// precedence at least min, whose left operand started at token start.
func (p *parser) binary(start int, left Expr, min uint8) Expr {
	for {
		info := binaryOps[p.kind()]
		if info.prec < uint8(min) || info.prec == precNone {
			return left
		}
		var right Expr
		if p.peg {
			if !p.pegTry(func() { right = p.binaryOperand(info.prec) }) {
				return left
			}
		} else {
			right = p.binaryOperand(info.prec)
		}
		b := &BinOp{Left: left, Op: info.op, Right: right}
		b.Pos = p.span(start)
		left = b
	}
}

// binaryOperand consumes a binary operator of precedence prec and parses
// its right operand, with the operators that bind tighter.
func (p *parser) binaryOperand(prec uint8) Expr {
	p.advance()
	rstart := p.pos
	right := p.factor()
	for {
		next := binaryOps[p.kind()].prec
		if next <= prec {
			return right
		}
		at := p.pos
		right = p.binary(rstart, right, next)
		if p.pos == at {
			// In PEG mode the tighter operator failed and was given
			// back: the operand ends here.
			return right
		}
	}
}

// factor parses the unary operators `+`, `-` and `~`, then power.
func (p *parser) factor() Expr {
	var op UnaryOp
	switch p.kind() {
	case PLUS:
		op = UAdd
	case MINUS:
		op = USub
	case TILDE:
		op = Invert
	default:
		return p.power()
	}
	start := p.pos
	p.enter()
	p.advance()
	operand := p.factor()
	p.leave()
	u := &UnaryOpExpr{Op: op, Operand: operand}
	u.Pos = p.span(start)
	return u
}

// power parses await_primary [`**` factor].
func (p *parser) power() Expr {
	start := p.pos
	left := p.awaitPrimary()
	if p.kind() != DOUBLESTAR {
		return left
	}
	var right Expr
	operand := func() {
		p.enter()
		p.advance()
		right = p.factor()
		p.leave()
	}
	if !p.peg {
		operand()
	} else if !p.pegTry(operand) {
		return left
	}
	b := &BinOp{Left: left, Op: Pow, Right: right}
	b.Pos = p.span(start)
	return b
}

// awaitPrimary parses [`await`] primary.
func (p *parser) awaitPrimary() Expr {
	if p.kind() != kwAwait {
		return p.primary()
	}
	start := p.pos
	p.advance()
	v := p.primary()
	a := &Await{Value: v}
	a.Pos = p.span(start)
	return a
}

// lambda parses `lambda` [parameters] `:` expression.
func (p *parser) lambda() Expr {
	start := p.pos
	p.enter()
	p.advance()
	args := p.lambdaParameters()
	p.expect(COLON)
	body := p.expression()
	p.leave()
	l := &Lambda{Args: args, Body: body}
	l.Pos = p.span(start)
	return l
}
