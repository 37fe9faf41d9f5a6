package syntax

// This file parses match statements and their patterns. `match` and
// `case` are soft keywords: a line starting with `match` is a match
// statement only if `match subject:` followed by an indented block parses;
// otherwise it is read again as simple statements, as CPython's PEG parser
// does when its match_stmt rule fails.

// matchHeaderResult tells how far a match statement's header parsed.
type matchHeaderResult uint8

const (
	matchOK        matchHeaderResult = iota
	matchNoColon                     // `match subject` then the end of the line
	matchNoIndent                    // `match subject:` then no indented block
	matchNotAMatch                   // anything else
)

// matchStmt parses a match statement, or returns nil (with the position
// unchanged) when the line is not one.
func (p *parser) matchStmt() Stmt {
	start := p.pos
	kw := p.tok()
	if !startsExpression(p.peek(1)) && p.peek(1) != LSQB && p.peek(1) != LPAR {
		return nil
	}
	var subject Expr
	result := matchNotAMatch
	p.speculate(func() {
		p.advance()
		subject = p.subjectExpr()
		switch {
		case p.kind() == NEWLINE:
			result = matchNoColon
			p.fail()
		case p.kind() != COLON:
			p.fail()
		}
		p.advance()
		if p.kind() != NEWLINE {
			p.fail()
		}
		p.advance()
		if p.kind() != INDENT {
			result = matchNoIndent
			p.fail()
		}
		p.advance()
		result = matchOK
	})
	if result != matchOK {
		p.pos = start
		if result == matchNotAMatch {
			return nil
		}
		// Only if the line does not parse as simple statements either
		// does CPython explain what the match statement lacks.
		if p.speculate(func() { p.simpleStmts(nil) }) {
			p.pos = start
			return nil
		}
		if result == matchNoColon {
			p.errorAtLast(KindSyntaxError, "expected ':'")
		}
		p.errorAtLast(KindIndentationError, "expected an indented block after 'match' statement on line "+itoa(int(kw.Line)))
	}
	var cases []*MatchCase
	for p.kind() != DEDENT {
		if !p.isName("case") {
			p.fail()
		}
		cases = append(cases, p.caseBlock())
	}
	p.advance()
	s := &Match{Subject: subject, Cases: cases}
	s.Pos = p.span(start)
	return s
}

// subjectExpr parses a match subject: a named expression, or a tuple of
// star_named_expression without parentheses.
func (p *parser) subjectExpr() Expr {
	start := p.pos
	first := p.starNamedExpression()
	if p.kind() != COMMA {
		if _, ok := first.(*Starred); ok {
			p.fail()
		}
		return first
	}
	elts := []Expr{first}
	for p.accept(COMMA) {
		if !startsExpression(p.kind()) {
			break
		}
		elts = append(elts, p.starNamedExpression())
	}
	t := &Tuple{Elts: elts, Ctx: Load}
	t.Pos = p.span(start)
	return t
}

// caseBlock parses `case patterns [if guard]: block`.
func (p *parser) caseBlock() *MatchCase {
	kw := p.tok()
	p.advance()
	c := &MatchCase{Pattern: p.patterns()}
	if p.accept(kwIf) {
		c.Guard = p.namedExpression()
	}
	p.expectColon(false)
	c.Body = p.block("'case' statement", kw.Line)
	return c
}

// patterns parses a case's pattern: an open sequence (a tuple without
// parentheses) or one pattern.
func (p *parser) patterns() Pattern {
	start := p.pos
	first := p.maybeStarPattern()
	if p.kind() != COMMA {
		if _, ok := first.(*MatchStar); ok {
			p.fail()
		}
		return first
	}
	pats := []Pattern{first}
	for p.accept(COMMA) {
		if p.kind() == COLON || p.kind() == kwIf {
			break
		}
		pats = append(pats, p.maybeStarPattern())
	}
	s := &MatchSequence{Patterns: pats}
	s.Pos = p.span(start)
	return s
}

// pattern parses an or-pattern, optionally followed by `as name`.
func (p *parser) pattern() Pattern {
	start := p.pos
	or := p.orPattern()
	if !p.accept(kwAs) {
		return or
	}
	t := p.tok()
	if p.isName("_") {
		p.errorAtToken(t, "cannot use '_' as a target")
	}
	if t.Kind != NAME {
		p.fail()
	}
	name := p.name()
	switch p.kind() {
	case DOT, LPAR, EQUAL:
		p.fail()
	}
	a := &MatchAs{Pattern: or, Name: name}
	a.Pos = p.span(start)
	return a
}

// orPattern parses closed patterns separated by `|`.
func (p *parser) orPattern() Pattern {
	start := p.pos
	first := p.closedPattern()
	if p.kind() != VBAR {
		return first
	}
	pats := []Pattern{first}
	for p.accept(VBAR) {
		pats = append(pats, p.closedPattern())
	}
	o := &MatchOr{Patterns: pats}
	o.Pos = p.span(start)
	return o
}

// maybeStarPattern parses a pattern or a `*name` star pattern.
func (p *parser) maybeStarPattern() Pattern {
	if p.kind() != STAR {
		return p.pattern()
	}
	start := p.pos
	p.advance()
	s := &MatchStar{}
	if !p.isName("_") {
		s.Name = p.captureName()
	} else {
		p.advance()
	}
	s.Pos = p.span(start)
	return s
}

// captureName parses the name of a capture pattern: a NAME not followed
// by `.`, `(` or `=`.
func (p *parser) captureName() string {
	name := p.name()
	switch p.kind() {
	case DOT, LPAR, EQUAL:
		p.fail()
	}
	return name
}

// closedPattern parses one pattern without `|` or `as`.
func (p *parser) closedPattern() Pattern {
	p.enter()
	defer p.leave()
	start := p.pos
	switch p.kind() {
	case NUMBER, MINUS:
		v := p.signedNumber(true)
		m := &MatchValue{Value: v}
		m.Pos = p.span(start)
		return m
	case STRING, FSTRING_START:
		m := &MatchValue{Value: p.strings()}
		m.Pos = p.span(start)
		return m
	case kwNone, kwTrue, kwFalse:
		k := p.kind()
		p.advance()
		m := &MatchSingleton{}
		switch k {
		case kwNone:
			m.Value = None
		case kwTrue:
			m.Value = true
		default:
			m.Value = false
		}
		m.Pos = p.span(start)
		return m
	case LPAR:
		return p.parenPattern()
	case LSQB:
		p.advance()
		pats := p.sequencePatterns(RSQB)
		p.expect(RSQB)
		s := &MatchSequence{Patterns: pats}
		s.Pos = p.span(start)
		return s
	case LBRACE:
		return p.mappingPattern()
	case NAME:
		if p.isName("_") && !p.nameTrailer(1) {
			p.advance()
			m := &MatchAs{}
			m.Pos = p.span(start)
			return m
		}
		if !p.nameTrailer(1) {
			name := p.name()
			m := &MatchAs{Name: name}
			m.Pos = p.span(start)
			return m
		}
		value := p.nameOrAttr()
		if p.kind() == LPAR {
			return p.classPattern(start, value)
		}
		if _, ok := value.(*Name); ok {
			p.fail()
		}
		if p.kind() == EQUAL {
			p.fail()
		}
		m := &MatchValue{Value: value}
		m.Pos = p.span(start)
		return m
	}
	p.fail()
	return nil
}

// nameTrailer reports whether the token n places ahead continues a name
// into a value or class pattern.
func (p *parser) nameTrailer(n int) bool {
	switch p.peek(n) {
	case DOT, LPAR, EQUAL:
		return true
	}
	return false
}

// nameOrAttr parses NAME (`.` NAME)* into a Name or Attribute chain.
func (p *parser) nameOrAttr() Expr {
	start := p.pos
	t := p.tok()
	var e Expr = &Name{Id: p.name(), Ctx: Load}
	e.(*Name).Pos = tokPos(t)
	for p.accept(DOT) {
		a := &Attribute{Value: e, Attr: p.name(), Ctx: Load}
		a.Pos = p.span(start)
		e = a
	}
	return e
}

// signedNumber parses a number pattern: [`-`] NUMBER, and with complex
// set the complex forms real `+` imaginary and real `-` imaginary.
func (p *parser) signedNumber(complex bool) Expr {
	start := p.pos
	var v Expr
	neg := p.accept(MINUS)
	t := p.tok()
	if t.Kind != NUMBER {
		p.fail()
	}
	p.advance()
	c := &Constant{Value: p.numberValue(t)}
	c.Pos = tokPos(t)
	v = c
	if neg {
		u := &UnaryOpExpr{Op: USub, Operand: c}
		u.Pos = p.span(start)
		v = u
	}
	if !complex || (p.kind() != PLUS && p.kind() != MINUS) {
		return v
	}
	if _, isComplex := c.Value.(complex128); isComplex {
		p.raise(KindSyntaxError, c.Pos, c.Pos, "real number required in complex literal")
	}
	op := Add
	if p.kind() == MINUS {
		op = Sub
	}
	p.advance()
	it := p.tok()
	if it.Kind != NUMBER {
		p.fail()
	}
	p.advance()
	imag := &Constant{Value: p.numberValue(it)}
	imag.Pos = tokPos(it)
	if _, isComplex := imag.Value.(complex128); !isComplex {
		p.raise(KindSyntaxError, imag.Pos, imag.Pos, "imaginary number required in complex literal")
	}
	b := &BinOp{Left: v, Op: op, Right: imag}
	b.Pos = p.span(start)
	return b
}

// parenPattern parses `(pattern)` (a group) or a parenthesized sequence.
func (p *parser) parenPattern() Pattern {
	start := p.pos
	p.advance()
	if p.kind() == RPAR {
		p.advance()
		s := &MatchSequence{}
		s.Pos = p.span(start)
		return s
	}
	first := p.maybeStarPattern()
	if p.kind() == RPAR {
		if _, ok := first.(*MatchStar); !ok {
			p.advance()
			return first
		}
		p.fail()
	}
	if p.kind() != COMMA {
		p.fail()
	}
	pats := []Pattern{first}
	for p.accept(COMMA) {
		if p.kind() == RPAR {
			break
		}
		pats = append(pats, p.maybeStarPattern())
	}
	p.expect(RPAR)
	s := &MatchSequence{Patterns: pats}
	s.Pos = p.span(start)
	return s
}

// sequencePatterns parses patterns separated by commas up to closer.
func (p *parser) sequencePatterns(closer TokenKind) []Pattern {
	var pats []Pattern
	for p.kind() != closer {
		pats = append(pats, p.maybeStarPattern())
		if !p.accept(COMMA) {
			break
		}
	}
	return pats
}

// mappingPattern parses `{key: pattern, ..., **rest}`.
func (p *parser) mappingPattern() Pattern {
	start := p.pos
	p.advance()
	m := &MatchMapping{}
	for p.kind() != RBRACE {
		if p.kind() == DOUBLESTAR {
			p.advance()
			m.Rest = p.captureName()
			p.accept(COMMA)
			if p.kind() != RBRACE {
				p.fail()
			}
			break
		}
		m.Keys = append(m.Keys, p.mappingKey())
		p.expect(COLON)
		m.Patterns = append(m.Patterns, p.pattern())
		if !p.accept(COMMA) {
			break
		}
	}
	p.expect(RBRACE)
	m.Pos = p.span(start)
	return m
}

// mappingKey parses a key of a mapping pattern: a literal or a dotted
// name.
func (p *parser) mappingKey() Expr {
	start := p.pos
	switch p.kind() {
	case NUMBER, MINUS:
		return p.signedNumber(true)
	case STRING, FSTRING_START:
		return p.strings()
	case kwNone, kwTrue, kwFalse:
		return p.atom()
	case NAME:
		e := p.nameOrAttr()
		if _, ok := e.(*Name); ok {
			p.pos = start
			p.fail()
		}
		return e
	}
	p.fail()
	return nil
}

// classPattern parses the arguments of a class pattern `Cls(...)`.
func (p *parser) classPattern(start int, cls Expr) Pattern {
	p.advance()
	m := &MatchClass{Cls: cls}
	for p.kind() != RPAR {
		if p.kind() == NAME && p.peek(1) == EQUAL {
			m.KwdAttrs = append(m.KwdAttrs, p.name())
			p.advance()
			m.KwdPatterns = append(m.KwdPatterns, p.pattern())
		} else {
			pat := p.pattern()
			if len(m.KwdAttrs) > 0 {
				p.errorAtNode(pat.Position(), "positional patterns follow keyword patterns")
			}
			m.Patterns = append(m.Patterns, pat)
		}
		if !p.accept(COMMA) {
			break
		}
	}
	p.expect(RPAR)
	m.Pos = p.span(start)
	return m
}
