package syntax

// This file parses primaries (attribute references, calls, subscripts)
// and atoms: names, constants, strings, numbers, and the bracketed forms
// (tuples, groups, lists, dicts, sets and the four comprehensions).

// primary parses an atom followed by any number of `.name`, `(args)` and
// `[slices]` trailers.
func (p *parser) primary() Expr {
	start := p.pos
	e := p.atom()
	for {
		switch p.kind() {
		case DOT, LPAR, LSQB:
		default:
			return e
		}
		if p.peg {
			var next Expr
			if !p.pegTry(func() { next = p.trailer(start, e) }) {
				return e
			}
			e = next
		} else {
			e = p.trailer(start, e)
		}
	}
}

// trailer parses one `.name`, `(args)` or `[slices]` after e, which
// started at token start.
func (p *parser) trailer(start int, e Expr) Expr {
	switch p.kind() {
	case DOT:
		p.advance()
		attr := p.name()
		a := &Attribute{Value: e, Attr: attr, Ctx: Load}
		a.Pos = p.span(start)
		return a
	case LPAR:
		return p.call(start, e)
	}
	p.advance()
	s := p.slices()
	p.expect(RSQB)
	sub := &Subscript{Value: e, Slice: s, Ctx: Load}
	sub.Pos = p.span(start)
	return sub
}

// atom parses the smallest expressions.
func (p *parser) atom() Expr {
	t := p.tok()
	switch t.Kind {
	case NAME:
		p.advance()
		n := p.newName()
		n.Id = p.identifier(t)
		n.Pos = tokPos(t)
		return n
	case kwTrue, kwFalse, kwNone, ELLIPSIS:
		p.advance()
		c := &Constant{}
		switch t.Kind {
		case kwTrue:
			c.Value = true
		case kwFalse:
			c.Value = false
		case kwNone:
			c.Value = None
		default:
			c.Value = Ellipsis
		}
		c.Pos = tokPos(t)
		return c
	case NUMBER:
		p.advance()
		c := &Constant{Value: p.numberValue(t)}
		c.Pos = tokPos(t)
		return c
	case STRING, FSTRING_START:
		return p.strings()
	case LPAR:
		return p.parenAtom()
	case LSQB:
		return p.listAtom()
	case LBRACE:
		return p.braceAtom()
	}
	p.fail()
	return nil
}

// isCompFor reports whether a comprehension's `for` (or `async for`)
// starts here.
func (p *parser) isCompFor() bool {
	k := p.kind()
	return k == kwFor || k == kwAsync && p.peek(1) == kwFor
}

// parenAtom parses what starts with `(`: the empty tuple, a group, a
// tuple or a generator expression.
func (p *parser) parenAtom() Expr {
	start := p.pos
	p.advance()
	switch p.kind() {
	case RPAR:
		p.advance()
		t := &Tuple{Ctx: Load}
		t.Pos = p.span(start)
		return t
	case kwYield:
		y := p.yieldExpr()
		p.expect(RPAR)
		return y
	}
	first := p.starNamedExpression()
	if p.isCompFor() {
		p.starredComprehension(first)
		gens := p.comprehensions()
		p.expect(RPAR)
		g := &GeneratorExp{Elt: first, Generators: gens}
		g.Pos = p.span(start)
		return g
	}
	if p.kind() == COMMA {
		elts := p.elementList(first, RPAR)
		p.expect(RPAR)
		t := &Tuple{Elts: elts, Ctx: Load}
		t.Pos = p.span(start)
		return t
	}
	p.expect(RPAR)
	if s, ok := first.(*Starred); ok {
		p.errorAtNode(&s.Pos, "cannot use starred expression here")
	}
	return first
}

// elementList parses the rest of a comma-separated display after its
// first element, up to (not including) the closing bracket.
func (p *parser) elementList(first Expr, closer TokenKind) []Expr {
	elts := []Expr{first}
	for p.kind() == COMMA {
		p.advance()
		if p.kind() == closer {
			break
		}
		elts = append(elts, p.starNamedExpression())
	}
	return elts
}

// listAtom parses a list display or a list comprehension.
func (p *parser) listAtom() Expr {
	start := p.pos
	p.advance()
	if p.kind() == RSQB {
		p.advance()
		l := &List{Ctx: Load}
		l.Pos = p.span(start)
		return l
	}
	first := p.starNamedExpression()
	if p.isCompFor() {
		p.starredComprehension(first)
		gens := p.comprehensions()
		p.expect(RSQB)
		c := &ListComp{Elt: first, Generators: gens}
		c.Pos = p.span(start)
		return c
	}
	elts := p.elementList(first, RSQB)
	p.unparenthesizedTarget(elts)
	p.expect(RSQB)
	l := &List{Elts: elts, Ctx: Load}
	l.Pos = p.span(start)
	return l
}

// braceAtom parses a dict or set display or comprehension.
func (p *parser) braceAtom() Expr {
	start := p.pos
	p.advance()
	if p.kind() == RBRACE {
		p.advance()
		d := &Dict{}
		d.Pos = p.span(start)
		return d
	}
	if p.kind() == DOUBLESTAR {
		p.unpackingDictComprehension()
		return p.dictRest(start, nil, nil)
	}
	first := p.starNamedExpression()
	if p.kind() == COLON {
		if _, ok := first.(*Starred); ok {
			p.fail()
		}
		p.advance()
		p.dictValueMissing()
		value := p.expression()
		if p.isCompFor() {
			gens := p.comprehensions()
			p.expect(RBRACE)
			c := &DictComp{Key: first, Value: value, Generators: gens}
			c.Pos = p.span(start)
			return c
		}
		return p.dictRest(start, first, value)
	}
	if p.isCompFor() {
		p.starredComprehension(first)
		gens := p.comprehensions()
		p.expect(RBRACE)
		c := &SetComp{Elt: first, Generators: gens}
		c.Pos = p.span(start)
		return c
	}
	elts := p.elementList(first, RBRACE)
	p.unparenthesizedTarget(elts)
	p.expect(RBRACE)
	s := &Set{Elts: elts}
	s.Pos = p.span(start)
	return s
}

// unparenthesizedTarget diagnoses `[a, b for ...]`: a list or set
// display followed by comprehension clauses.
func (p *parser) unparenthesizedTarget(elts []Expr) {
	if !p.isCompFor() || p.noInvalid > 0 {
		return
	}
	if p.probe(func() { p.comprehensions() }) {
		last := tokPos(&p.toks[p.pos-1])
		if len(elts) > 1 {
			last = *nodePos(elts[len(elts)-1])
		}
		p.errorAt(KindSyntaxError, *nodePos(elts[0]), last, "did you forget parentheses around the comprehension target?")
	}
}

// starredComprehension diagnoses `[*x for x in y]`, provided the
// comprehension clauses parse.
func (p *parser) starredComprehension(elt Expr) {
	s, ok := elt.(*Starred)
	if !ok {
		return
	}
	if p.probe(func() { p.comprehensions() }) {
		p.errorAtNode(&s.Pos, "iterable unpacking cannot be used in comprehension")
	}
	p.fail()
}

// unpackingDictComprehension diagnoses `{**x for x in y}`.
func (p *parser) unpackingDictComprehension() {
	star := p.pos
	if p.probe(func() {
		p.advance()
		p.bitwiseOr()
		if !p.isCompFor() {
			p.fail()
		}
		p.comprehensions()
	}) {
		p.errorAtToken(&p.toks[star], "dict unpacking cannot be used in dict comprehension")
	}
}

// dictRest parses the entries of a dict display after its first (if the
// first has been parsed: key and value, or nil key for `**`).
func (p *parser) dictRest(start int, key, value Expr) Expr {
	var keys, values []Expr
	if value != nil {
		keys = append(keys, key)
		values = append(values, value)
		if !p.accept(COMMA) {
			p.expect(RBRACE)
			d := &Dict{Keys: keys, Values: values}
			d.Pos = p.span(start)
			return d
		}
	}
	for p.kind() != RBRACE {
		if p.accept(DOUBLESTAR) {
			keys = append(keys, nil)
			values = append(values, p.bitwiseOr())
		} else {
			// After a first entry, CPython reports a key followed by
			// another expression as a key without its colon.
			p.noJuxtaposition = p.pos
			k := p.expression()
			p.noJuxtaposition = -1
			if p.kind() != COLON {
				p.dictKeyWithoutColon(k)
			}
			p.advance()
			p.dictValueMissing()
			keys = append(keys, k)
			values = append(values, p.expression())
		}
		if !p.accept(COMMA) {
			break
		}
	}
	p.expect(RBRACE)
	d := &Dict{Keys: keys, Values: values}
	d.Pos = p.span(start)
	return d
}

// comprehensions parses one or more `for ... in ... if ...` clauses.
func (p *parser) comprehensions() []*Comprehension {
	var gens []*Comprehension
	for p.isCompFor() {
		c := &Comprehension{}
		if p.kind() == kwAsync {
			p.advance()
			c.IsAsync = 1
		}
		p.advance()
		c.Target = p.forTargetIn()
		c.Iter = p.disjunction()
		for p.kind() == kwIf {
			p.advance()
			c.Ifs = append(c.Ifs, p.disjunction())
		}
		gens = append(gens, c)
	}
	return gens
}

// call parses the arguments of a call whose callee (starting at token
// start) is fn.
func (p *parser) call(start int, fn Expr) Expr {
	lpar := p.pos
	p.advance()
	args, keywords, genexp := p.arguments(lpar, true)
	p.expect(RPAR)
	if genexp != nil {
		genexp.Pos = p.span(lpar)
		args = []Expr{genexp}
	}
	c := &Call{Func: fn, Args: args, Keywords: keywords}
	c.Pos = p.span(start)
	return c
}

// arguments parses call arguments up to the closing parenthesis (not
// consumed). With allowGenexp, a lone generator expression argument
// without its own parentheses is returned as genexp (its position is the
// caller's to set, since it spans the call's parentheses).
func (p *parser) arguments(lpar int, allowGenexp bool) (args []Expr, keywords []*Keyword, genexp *GeneratorExp) {
	sawKeyword, sawUnpack := false, false
	for p.kind() != RPAR {
		argStart := p.pos
		switch k := p.kind(); {
		case k == STAR:
			p.advance()
			v := p.expression()
			s := &Starred{Value: v, Ctx: Load}
			s.Pos = p.span(argStart)
			if sawUnpack {
				p.errorAtNode(&s.Pos, "iterable argument unpacking follows keyword argument unpacking")
			}
			args = append(args, s)
		case k == DOUBLESTAR:
			p.advance()
			v := p.expression()
			kw := &Keyword{Value: v}
			kw.Pos = p.span(argStart)
			keywords = append(keywords, kw)
			sawUnpack = true
		case k == NAME && p.peek(1) == EQUAL:
			t := p.tok()
			name := p.name()
			p.advance()
			v := p.expression()
			if p.isCompFor() {
				p.keywordGenexp(t, argStart)
			}
			kw := &Keyword{Arg: name, Value: v}
			kw.Pos = p.span(argStart)
			keywords = append(keywords, kw)
			sawKeyword = true
		case (k == kwTrue || k == kwFalse || k == kwNone) && p.peek(1) == EQUAL:
			t := p.tok()
			p.errorAt(KindSyntaxError, tokPos(t), tokPos(&p.toks[p.pos+1]), "cannot assign to "+p.text(t))
		default:
			if sawUnpack || sawKeyword {
				// After keywords CPython's first pass only reads more
				// keywords; its error pass reads the positional ones.
				p.positionalAfterKeyword(sawUnpack)
			}
			e := p.argumentExpression()
			if p.isCompFor() {
				gens := p.comprehensions()
				g := &GeneratorExp{Elt: e, Generators: gens}
				if allowGenexp && argStart == lpar+1 && p.kind() == RPAR {
					return nil, nil, g
				}
				// CPython's rules for this error want other
				// arguments before, or a comma after (and read the
				// token after it).
				if argStart == lpar+1 && p.kind() != COMMA {
					p.fail()
				}
				if p.kind() == COMMA {
					p.peek(1)
				}
				p.unparenthesizedGenexp(g)
			}
			if p.kind() == EQUAL {
				p.errorAt(KindSyntaxError, *e.(Located).Position(), tokPos(p.tok()),
					"expression cannot contain assignment, perhaps you meant \"==\"?")
			}
			args = append(args, e)
		}
		if !p.accept(COMMA) {
			break
		}
	}
	return args, keywords, nil
}

// argumentExpression parses a positional argument: an assignment
// expression or an expression (a `=` after it is diagnosed by the caller).
func (p *parser) argumentExpression() Expr {
	if p.kind() == NAME && p.peek(1) == COLONEQUAL {
		return p.namedExpression()
	}
	e := p.expression()
	if p.kind() == COLONEQUAL {
		p.walrusTargetError(e)
	}
	return e
}

// slices parses the inside of a subscript: one slice or expression, or a
// tuple of them.
func (p *parser) slices() Expr {
	start := p.pos
	first := p.slice()
	if p.kind() != COMMA {
		if _, ok := first.(*Starred); !ok {
			return first
		}
	}
	elts := []Expr{first}
	for p.accept(COMMA) {
		if p.kind() == RSQB {
			break
		}
		elts = append(elts, p.slice())
	}
	t := &Tuple{Elts: elts, Ctx: Load}
	t.Pos = p.span(start)
	return t
}

// slice parses [lower] `:` [upper] [`:` [step]], a named expression, or
// (in a tuple of slices) a starred expression.
func (p *parser) slice() Expr {
	start := p.pos
	if p.kind() == STAR {
		p.advance()
		v := p.expression()
		s := &Starred{Value: v, Ctx: Load}
		s.Pos = p.span(start)
		return s
	}
	var lower Expr
	if p.kind() != COLON {
		lower = p.namedExpression()
		if p.kind() != COLON {
			return lower
		}
		if _, ok := lower.(*NamedExpr); ok && p.toks[start].Kind == NAME {
			p.fail()
		}
	}
	p.advance()
	s := &Slice{Lower: lower}
	if startsSliceBound(p.kind()) {
		s.Upper = p.expression()
	}
	if p.accept(COLON) && startsSliceBound(p.kind()) {
		s.Step = p.expression()
	}
	s.Pos = p.span(start)
	return s
}

// startsSliceBound reports whether an optional slice bound follows.
func startsSliceBound(k TokenKind) bool {
	return k != STAR && startsExpression(k)
}
