package syntax

// This file parses the parameter lists of def and lambda into Arguments.
// Both share one loop; def parameters may carry annotations and type
// comments and end at `)`, lambda parameters end at `:`.

// paramList is the state of a parameter list being parsed.
type paramList struct {
	args      *Arguments
	lambda    bool
	closer    TokenKind
	seenSlash bool
	seenStar  bool
	seenKwarg bool
	seenDflt  bool // a positional parameter had a default
	last      *Arg // the last parameter, for a type comment after its comma
}

// parameters parses a def's parameters up to `)` (not consumed).
func (p *parser) parameters() *Arguments {
	return p.paramList(false, RPAR)
}

// lambdaParameters parses a lambda's parameters up to `:` (not consumed).
func (p *parser) lambdaParameters() *Arguments {
	return p.paramList(true, COLON)
}

// paramList parses parameters up to closer, for a lambda or a def.
func (p *parser) paramList(lambda bool, closer TokenKind) *Arguments {
	l := &paramList{args: &Arguments{}, lambda: lambda, closer: closer}
	for p.kind() != closer {
		switch p.kind() {
		case SLASH:
			p.slash(l)
		case STAR:
			p.starParam(l)
		case DOUBLESTAR:
			p.doubleStarParam(l)
		default:
			p.plainParam(l)
		}
		if p.kind() == closer {
			break
		}
		if !p.accept(COMMA) {
			p.fail()
		}
		if !lambda && p.kind() == TYPE_COMMENT {
			if l.last == nil {
				p.fail()
			}
			l.last.TypeComment = p.text(p.tok())
			p.advance()
		}
	}
	return l.args
}

// param parses one parameter name with, for def, its annotation; star
// allows the `*args: *Ts` annotation of PEP 646.
func (p *parser) param(l *paramList, star bool) *Arg {
	start := p.pos
	if p.kind() == LPAR {
		p.parenthesizedParams(l)
	}
	a := &Arg{Arg: p.name()}
	if !l.lambda && p.accept(COLON) {
		if star && p.kind() == STAR {
			a.Annotation = p.starred()
		} else {
			a.Annotation = p.expression()
		}
	}
	a.Pos = p.span(start)
	if !l.lambda && p.kind() == TYPE_COMMENT && p.peek(1) == l.closer {
		a.TypeComment = p.text(p.tok())
		p.advance()
	}
	l.last = a
	return a
}

// parenthesizedParams diagnoses Python 2's tuple parameters, `def
// f((a, b))`, when only parameters without defaults come before.
func (p *parser) parenthesizedParams(l *paramList) {
	if p.args0(l) {
		lpar := p.pos
		var rpar int
		if p.probe(func() {
			p.advance()
			for {
				p.name()
				if !l.lambda && p.accept(COLON) {
					p.expression()
				}
				if !p.accept(COMMA) || p.kind() == RPAR {
					break
				}
			}
			rpar = p.pos
			p.expect(RPAR)
		}) {
			msg := "Function parameters cannot be parenthesized"
			if l.lambda {
				msg = "Lambda expression parameters cannot be parenthesized"
			}
			p.errorAt(KindSyntaxError, tokPos(&p.toks[lpar]), tokPos(&p.toks[rpar]), msg)
		}
	}
	p.fail()
}

// args0 reports whether the parameters so far are all plain ones without
// defaults.
func (p *parser) args0(l *paramList) bool {
	return !l.seenSlash && !l.seenStar && !l.seenKwarg && !l.seenDflt
}

// plainParam parses a parameter with an optional default.
func (p *parser) plainParam(l *paramList) {
	if l.seenKwarg {
		p.errorAtToken(p.tok(), "arguments cannot follow var-keyword argument")
	}
	a := p.param(l, false)
	var dflt Expr
	if p.accept(EQUAL) {
		if k := p.kind(); k == COMMA || k == l.closer {
			p.errorAtToken(&p.toks[p.pos-1], "expected default value expression")
		}
		dflt = p.expression()
	}
	if l.seenStar {
		l.args.Kwonlyargs = append(l.args.Kwonlyargs, a)
		l.args.KwDefaults = append(l.args.KwDefaults, dflt)
		return
	}
	if dflt != nil {
		l.args.Defaults = append(l.args.Defaults, dflt)
		l.seenDflt = true
	} else if l.seenDflt {
		p.errorAtNode(&a.Pos, "non-default argument follows default argument")
	}
	l.args.Args = append(l.args.Args, a)
}

// slash handles the `/` that ends positional-only parameters.
func (p *parser) slash(l *paramList) {
	t := p.tok()
	switch {
	case l.seenKwarg:
		p.errorAtToken(t, "arguments cannot follow var-keyword argument")
	case l.seenSlash:
		p.errorAtToken(t, "/ may appear only once")
	case l.seenStar:
		p.errorAtToken(t, "/ must be ahead of *")
	case len(l.args.Args) == 0 && p.peekRaw(1) == COMMA:
		p.errorAtToken(t, "at least one argument must precede /")
	case len(l.args.Args) == 0:
		p.fail()
	}
	p.advance()
	l.seenSlash = true
	l.args.Posonlyargs = l.args.Args
	l.args.Args = nil
	if k := p.kind(); k != COMMA && k != l.closer {
		if k == STAR {
			p.errorAtToken(p.tok(), "expected comma between / and *")
		}
		p.fail()
	}
}

// starParam handles `*args` or a bare `*`.
func (p *parser) starParam(l *paramList) {
	t := p.tok()
	if l.seenKwarg {
		p.errorAtToken(t, "arguments cannot follow var-keyword argument")
	}
	if l.seenStar {
		p.errorAtToken(t, "* argument may appear only once")
	}
	p.advance()
	l.seenStar = true
	if p.kind() == COMMA || p.kind() == l.closer {
		if p.kind() == l.closer || p.peek(1) == DOUBLESTAR || p.peek(1) == l.closer {
			p.errorAtToken(t, "named arguments must follow bare *")
		}
		return
	}
	l.args.Vararg = p.param(l, true)
	if p.kind() == EQUAL {
		p.errorAtToken(p.tok(), "var-positional argument cannot have default value")
	}
}

// doubleStarParam handles `**kwargs`.
func (p *parser) doubleStarParam(l *paramList) {
	if l.seenKwarg {
		p.errorAtToken(p.tok(), "arguments cannot follow var-keyword argument")
	}
	p.advance()
	l.args.Kwarg = p.param(l, false)
	l.seenKwarg = true
	if p.kind() == EQUAL {
		p.errorAtToken(p.tok(), "var-keyword argument cannot have default value")
	}
}

// typeExpressions parses the argument types of a function type comment
// (mode func_type): expressions, of which the last ones may be marked
// `*` and then `**`; the marks are dropped.
func (p *parser) typeExpressions() []Expr {
	var types []Expr
	star, dstar := false, false
	for p.kind() != RPAR {
		switch {
		case p.kind() == STAR && !star && !dstar:
			p.advance()
			star = true
		case p.kind() == DOUBLESTAR && !dstar:
			p.advance()
			dstar = true
		case star || dstar:
			p.fail()
		}
		types = append(types, p.expression())
		if p.kind() == RPAR || dstar {
			break
		}
		p.expect(COMMA)
		if p.kind() == RPAR {
			p.fail()
		}
	}
	return types
}
