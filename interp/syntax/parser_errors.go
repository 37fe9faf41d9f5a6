package syntax

import "strings"

// This file holds the diagnoses that CPython's parser makes in its second
// pass, with its "invalid_*" rules, for common mistakes. Each function is
// called where this parser meets the situation, raises CPython's message
// when the rule would match, and otherwise fails with the generic error.

// probe runs f the way CPython's error pass looks ahead: it reports
// whether f parsed without error, and puts the position and the furthest
// fetched token back as they were. Tokenizer errors still propagate.
func (p *parser) probe(f func()) (ok bool) {
	pos, maxPos, depth, peg := p.pos, p.maxPos, p.depth, p.peg
	fstringLevel, fieldLevel, noInvalid := p.fstringLevel, p.fieldLevel, p.noInvalid
	p.peg = true
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
			ok = false
		}
		p.pos, p.maxPos, p.depth, p.peg = pos, maxPos, depth, peg
		p.fstringLevel, p.fieldLevel, p.noInvalid = fstringLevel, fieldLevel, noInvalid
	}()
	f()
	return true
}

// tryParse runs f as one of CPython's error rules parses a part of its
// pattern, with the other error rules on: in PEG mode, with a specific
// diagnosis found inside propagating, and otherwise reporting whether f
// parsed. The position and the first pass's furthest token are put back.
func (p *parser) tryParse(f func()) bool {
	pos, maxPos, peg := p.pos, p.maxPos, p.peg
	p.peg = true
	ok := p.pegTry(f)
	p.pos, p.maxPos, p.peg = pos, maxPos, peg
	return ok
}

// pegTry runs f where the PEG parser would try an alternative: if f fails
// with a generic error, the position goes back and pegTry reports false.
// Specific errors propagate, as they stop CPython's parser too.
func (p *parser) pegTry(f func()) (ok bool) {
	pos, depth := p.pos, p.depth
	fstringLevel, fieldLevel := p.fstringLevel, p.fieldLevel
	defer func() {
		if r := recover(); r != nil {
			if _, generic := r.(genericError); !generic {
				panic(r)
			}
			p.pos, p.depth = pos, depth
			p.fstringLevel, p.fieldLevel = fstringLevel, fieldLevel
			ok = false
		}
	}()
	f()
	return true
}

// exprName names an expression the way CPython's messages do ("cannot
// assign to function call").
func exprName(e Expr) string {
	switch e := e.(type) {
	case *Attribute:
		return "attribute"
	case *Subscript:
		return "subscript"
	case *Starred:
		return "starred"
	case *Name:
		return "name"
	case *List:
		return "list"
	case *Tuple:
		return "tuple"
	case *Lambda:
		return "lambda"
	case *Call:
		return "function call"
	case *BoolOpExpr, *BinOp, *UnaryOpExpr:
		return "expression"
	case *GeneratorExp:
		return "generator expression"
	case *Yield, *YieldFrom:
		return "yield expression"
	case *Await:
		return "await expression"
	case *ListComp:
		return "list comprehension"
	case *SetComp:
		return "set comprehension"
	case *DictComp:
		return "dict comprehension"
	case *Dict:
		return "dict literal"
	case *Set:
		return "set display"
	case *JoinedStr, *FormattedValue:
		return "f-string expression"
	case *Constant:
		switch e.Value {
		case None:
			return "None"
		case true:
			return "True"
		case false:
			return "False"
		case Ellipsis:
			return "ellipsis"
		}
		return "literal"
	case *Compare:
		return "comparison"
	case *IfExp:
		return "conditional expression"
	case *NamedExpr:
		return "named expression"
	}
	return "expression"
}

// nodePos returns an expression's position.
func nodePos(e Expr) *Pos { return e.Position() }

// walrusTargetError reports `x.y := 1` and the like.
func (p *parser) walrusTargetError(e Expr) {
	p.errorAtNode(nodePos(e), "cannot use assignment expressions with "+exprName(e))
}

// parenthesizedWhole reports whether the expression e that was parsed
// from token start is wrapped in parentheses as a whole: a group keeps
// the position of its inside.
func (p *parser) parenthesizedWhole(start int, e Expr) bool {
	t := &p.toks[start]
	pos := nodePos(e)
	return pos.Lineno != int(t.Line) || pos.ColOffset != int(t.Col)
}

// isBitwiseOr reports whether e, parsed from token start, is what the
// grammar's bitwise_or rule produces: anything but a comparison, a
// boolean operation, `not`, a conditional, a lambda or an assignment
// expression, unless parenthesized.
func (p *parser) isBitwiseOr(start int, e Expr) bool {
	if p.parenthesizedWhole(start, e) {
		return true
	}
	switch e := e.(type) {
	case *Compare, *BoolOpExpr, *IfExp, *Lambda, *NamedExpr:
		return false
	case *UnaryOpExpr:
		return e.Op != Not
	}
	return true
}

// startsWithDisplayOrSingleton reports whether the expression parsed from
// token start begins with a list or tuple display, a generator expression
// or True, None or False (which CPython's rule for `x = y` mistakes skips).
func (p *parser) startsWithDisplayOrSingleton(start int, e Expr) bool {
	switch p.toks[start].Kind {
	case kwTrue, kwFalse, kwNone:
		return true
	case LPAR, LSQB:
	default:
		return false
	}
	t := &p.toks[start]
	for {
		pos := nodePos(e)
		if pos.Lineno == int(t.Line) && pos.ColOffset == int(t.Col) {
			switch e.(type) {
			case *List, *Tuple, *GeneratorExp:
				return true
			}
		}
		switch x := e.(type) {
		case *BinOp:
			e = x.Left
		case *Attribute:
			e = x.Value
		case *Subscript:
			e = x.Value
		case *Call:
			e = x.Func
		case *Await:
			e = x.Value
		default:
			return false
		}
	}
}

// rhsProbe probes for the bitwise_or after a stray `=` that CPython
// requires, not followed by another `=` or `:=`, and returns it.
func (p *parser) rhsProbe() (rhs Expr, ok bool) {
	ok = p.probe(func() {
		p.advance()
		rhs = p.bitwiseOr()
		if k := p.kind(); k == EQUAL || k == COLONEQUAL {
			p.fail()
		}
	})
	return rhs, ok
}

// strayEqual diagnoses a `=` after a named expression, where an
// assignment cannot be (`if x = 1:`).
func (p *parser) strayEqual(start int, e Expr) {
	if p.toks[start].Kind == NAME && p.pos == start+1 {
		if rhs, ok := p.rhsProbe(); ok {
			p.errorAt(KindSyntaxError, *nodePos(e), *nodePos(rhs),
				"invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
		}
		p.fail()
	}
	if !p.startsWithDisplayOrSingleton(start, e) && p.isBitwiseOr(start, e) {
		if _, ok := p.rhsProbe(); ok {
			p.errorAtNode(nodePos(e), "cannot assign to "+exprName(e)+" here. Maybe you meant '==' instead of '='?")
		}
	}
	p.fail()
}

// expectedElse diagnoses a conditional expression without `else`.
func (p *parser) expectedElse(body, test Expr) {
	if p.kind() != COLON {
		p.errorAt(KindSyntaxError, *nodePos(body), *nodePos(test), "expected 'else' after 'if' expression")
	}
	p.fail()
}

// juxtaposed reports whether a token after a complete expression can only
// mean that a second expression was written right after the first.
func juxtaposed(k TokenKind) bool {
	switch k {
	case NAME, NUMBER, STRING, FSTRING_START, LBRACE, kwNot, kwLambda, kwAwait,
		kwNone, kwTrue, kwFalse, ELLIPSIS, TILDE:
		return true
	case LPAR, LSQB:
		// Only after a call or subscript that failed and was given
		// back in PEG mode.
		return true
	}
	return false
}

// isSoftKeyword reports whether the token at index i is one of the soft
// keywords CPython 3.11 knows.
func (p *parser) isSoftKeyword(i int) bool {
	// CPython 3.11 compares only as many characters as the name has,
	// so any prefix of a soft keyword ("c", "ma", ...) counts as one.
	t := &p.toks[i]
	if t.Kind != NAME {
		return false
	}
	name := p.src[t.Start:t.End]
	return name == "_" || strings.HasPrefix("match", name) || strings.HasPrefix("case", name)
}

// isLegacyName reports whether e is the bare name print or exec.
func isLegacyName(e Expr) bool {
	n, ok := e.(*Name)
	return ok && (n.Id == "print" || n.Id == "exec")
}

// juxtaposition diagnoses two expressions written one after the other:
// Python 2's print statement, or a missing comma inside brackets.
func (p *parser) juxtaposition(start int, a Expr) {
	if p.noInvalid > 0 {
		return
	}
	_, lambda := a.(*Lambda)
	skip := lambda || p.isSoftKeyword(start) ||
		p.toks[start].Kind == NAME && (p.toks[start+1].Kind == STRING || p.toks[start+1].Kind == FSTRING_START)
	if !skip {
		// invalid syntax. Perhaps you forgot a comma? The second
		// expression is parsed without error rules.
		var b Expr
		var last int
		if p.probe(func() {
			p.noInvalid++
			b = p.expression()
			last = p.pos - 1
		}) && !isLegacyName(a) && p.toks[last].Level > 0 {
			p.errorAt(KindSyntaxError, *nodePos(a), *nodePos(b), "invalid syntax. Perhaps you forgot a comma?")
		}
	}
	// CPython then tries its rule for print statements, which parses
	// star_expressions after any name that starts the expression, with
	// its error rules: those may report an error in what follows, but
	// not inside brackets, whose contents the comma rule above had
	// already parsed without error rules (CPython remembers those
	// results).
	if p.toks[start].Kind != NAME || p.toks[start+1].Kind == LPAR {
		return
	}
	var b Expr
	saved := p.diagLevel
	p.diagLevel = int(p.toks[start].Level)
	ok := p.tryParse(func() {
		p.pos = start + 1
		b = p.starExpressions()
	})
	p.diagLevel = saved
	if ok && isLegacyName(a) {
		name := a.(*Name).Id
		p.errorAt(KindSyntaxError, tokPos(&p.toks[start]), *nodePos(b),
			"Missing parentheses in call to '"+name+"'. Did you mean "+name+"(...)?")
	}
}

// dictKeyWithoutColon diagnoses `{a: b, c}`.
func (p *parser) dictKeyWithoutColon(k Expr) {
	pos := nodePos(k)
	e := p.newError(KindSyntaxError, "':' expected after dictionary key", pos.Lineno, pos.EndColOffset-1, 0, 0)
	e.EndLineno, e.EndOffset = pos.EndLineno, 0
	panic(parsePanic{err: e})
}

// dictValueMissing diagnoses `{a: }` and `{a: *b}` after the colon.
func (p *parser) dictValueMissing() {
	switch p.kind() {
	case RBRACE, COMMA:
		p.errorAtToken(&p.toks[p.pos-1], "expression expected after dictionary key and ':'")
	case STAR:
		p.errorAt(KindSyntaxError, tokPos(p.tok()), tokPos(p.tok()), "cannot use a starred expression in a dictionary value")
	}
}

// keywordGenexp diagnoses `f(a=x for x in y)`.
func (p *parser) keywordGenexp(name *Token, start int) {
	p.errorAt(KindSyntaxError, tokPos(name), tokPos(&p.toks[start+1]),
		"invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
}

// unparenthesizedGenexp diagnoses a generator expression that is not the
// only argument of a call.
func (p *parser) unparenthesizedGenexp(g *GeneratorExp) {
	last := g.Generators[len(g.Generators)-1]
	end := last.Iter
	if n := len(last.Ifs); n > 0 {
		end = last.Ifs[n-1]
	}
	p.errorAt(KindSyntaxError, *nodePos(g.Elt), *nodePos(end), "Generator expression must be parenthesized")
}

// tokenAfter returns the index of the first token after expression e,
// which starts at or after the current token.
func (p *parser) tokenAfter(e Expr) int {
	end := nodePos(e)
	i := p.pos
	for i < len(p.toks)-1 {
		t := &p.toks[i]
		if int(t.Line) > end.EndLineno || int(t.Line) == end.EndLineno && int(t.Col) >= end.EndColOffset {
			return i
		}
		i++
	}
	return i
}

// positionalAfterKeyword diagnoses `f(a=1, b)` and `f(**a, b)`, provided
// the arguments from the current one on parse; CPython reports it at the
// last token its rule read. Otherwise the call fails here.
func (p *parser) positionalAfterKeyword(unpacking bool) {
	// An expression followed by `=` is a bad keyword, not a positional.
	var e Expr
	if p.tryParse(func() {
		e = p.expression()
		p.expect(EQUAL)
	}) {
		p.errorAt(KindSyntaxError, *nodePos(e), tokPos(&p.toks[p.tokenAfter(e)]),
			"expression cannot contain assignment, perhaps you meant \"==\"?")
	}
	ok := p.probe(func() {
		for {
			switch {
			case p.kind() == STAR || p.kind() == DOUBLESTAR:
				p.advance()
			case p.kind() == NAME && p.peek(1) == EQUAL:
				p.advance()
				p.advance()
			}
			p.argumentExpression()
			if !p.accept(COMMA) || p.kind() == RPAR {
				break
			}
		}
	})
	if !ok {
		p.fail()
	}
	msg := "positional argument follows keyword argument"
	if unpacking {
		msg = "positional argument follows keyword argument unpacking"
	}
	p.errorAtLast(KindSyntaxError, msg)
}
