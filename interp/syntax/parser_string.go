package syntax

import "strings"

// This file parses adjacent string literals into one Constant or
// JoinedStr. The tokens are Python 3.12's (f-strings arrive in pieces, and
// replacement fields may nest quotes), but the tree is the one CPython 3.11
// builds, which differs from 3.12's in its positions:
//
//   - The JoinedStr, every FormattedValue and every Constant piece at the
//     top level span the whole run of adjacent literals.
//   - A format spec is a JoinedStr spanning only the f-string it is in;
//     its pieces before a nested field span the whole run, but its last
//     literal piece spans that f-string only.
//   - A field's expression is parsed as if it were in parentheses, with
//     the braces (or the `=`, `!` or `:` that ends it) standing for them:
//     `f"{a, b}"` holds a tuple that starts at the `{`, and `f"{x for x in
//     y}"` a generator expression.
//   - Literal text is accumulated across pieces and literals; a Constant is
//     made when a field follows or at the end, so empty pieces vanish and
//     neighbours merge. Constants get kind "u" when the first literal of
//     the run (or, for the last piece of a spec, its f-string) starts with
//     a lowercase u.

// strRun is the state of one run of adjacent literals, or of one format
// spec inside it.
type strRun struct {
	whole    Pos    // the span of the whole run
	kindU    bool   // the run starts with a u prefix
	lit      string // the first piece of literal text
	litBuf   []byte // all the literal text, once a second piece came
	hasLit   bool
	values   []Expr
	fmode    bool
	bytesSet bool // the run's first literal decided between str and bytes
	isBytes  bool
	bytesVal []byte
}

// strings parses one or more adjacent STRING and f-string literals.
func (p *parser) strings() Expr {
	first := p.pos
	last := p.endOfStrings(first)
	after := last + 1
	r := &strRun{}
	r.whole = Pos{Lineno: int(p.toks[first].Line), ColOffset: int(p.toks[first].Col),
		EndLineno: int(p.toks[last].EndLine), EndColOffset: int(p.toks[last].EndCol)}
	r.kindU = p.src[p.toks[first].Start] == 'u'
	for p.pos <= last {
		t := p.tok()
		if t.Kind == STRING {
			p.plainString(r, t, after)
			p.advance()
			continue
		}
		p.fstring(r, after)
	}
	if !r.fmode {
		c := &Constant{}
		if r.isBytes {
			c.Value = Bytes(r.bytesVal)
		} else {
			c.Value = r.text()
			if r.kindU {
				c.Kind = "u"
			}
		}
		c.Pos = r.whole
		return c
	}
	r.flush(r.whole, r.kindU)
	j := &JoinedStr{Values: r.values}
	j.Pos = r.whole
	return j
}

// endOfStrings returns the index of the last token of the run of
// adjacent literals that starts at first.
func (p *parser) endOfStrings(first int) int {
	i := first
	last := first
	for {
		switch p.toks[i].Kind {
		case STRING:
			last = i
			i++
		case FSTRING_START:
			i = p.fstringEnd(i)
			last = i
			i++
		default:
			return last
		}
		if i >= len(p.toks) {
			return last
		}
	}
}

// fstringEnd returns the index of the FSTRING_END that closes the
// f-string starting at index i (or of the stream's last token if the
// scanner stopped inside it).
func (p *parser) fstringEnd(i int) int {
	depth := 0
	for ; i < len(p.toks)-1; i++ {
		switch p.toks[i].Kind {
		case FSTRING_START:
			depth++
		case FSTRING_END:
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return i
}

// prefixInfo reads a literal token's prefix: whether it is raw or bytes,
// and the lengths of the prefix and of the opening quotes.
func prefixInfo(text string) (raw, isBytes bool, prefix, quotes int) {
	i := 0
	for i < len(text) && text[i] != '"' && text[i] != '\'' {
		switch text[i] {
		case 'r', 'R':
			raw = true
		case 'b', 'B':
			isBytes = true
		}
		i++
	}
	if i+2 < len(text) && text[i+1] == text[i] && text[i+2] == text[i] {
		return raw, isBytes, i, 3
	}
	return raw, isBytes, i, 1
}

// plainString adds a STRING token's value to the run.
func (p *parser) plainString(r *strRun, t *Token, after int) {
	text := p.text(t)
	raw, isBytes, prefix, quotes := prefixInfo(text)
	body := text[prefix+quotes : len(text)-quotes]
	p.checkBytesMix(r, isBytes, after)
	if isBytes {
		v, err := DecodeBytesLiteral(body, raw)
		if err != nil {
			p.literalError(err, t, after)
		}
		r.bytesVal = append(r.bytesVal, v...)
		return
	}
	v, err := DecodeStringLiteral(body, raw)
	if err != nil {
		p.literalError(err, t, after)
	}
	r.addLiteral(v)
}

// checkBytesMix rejects a run that mixes bytes with str literals.
func (p *parser) checkBytesMix(r *strRun, isBytes bool, after int) {
	if !r.bytesSet {
		r.bytesSet, r.isBytes = true, isBytes
		return
	}
	if r.isBytes != isBytes {
		p.reach(after)
		p.raiseAtToken(&p.toks[after], "cannot mix bytes and nonbytes literals")
	}
}

// literalError raises a decoding error of a literal. CPython reports the
// ASCII rule of bytes on the literal itself and escape errors at the token
// after the run, the last one its parser had fetched.
func (p *parser) literalError(err error, t *Token, after int) {
	se, ok := err.(*SyntaxError)
	if !ok {
		se = &SyntaxError{Msg: err.Error()}
	}
	if strings.HasPrefix(se.Msg, "bytes can only contain") {
		p.raiseAtToken(t, se.Msg)
	}
	if after >= len(p.toks) {
		after = len(p.toks) - 1
	}
	p.reach(after)
	p.raiseAtToken(&p.toks[after], se.Msg)
}

// fstringError raises an error that CPython 3.11's f-string parser
// reports, located like its other literal errors at the token after the
// run of literals.
func (p *parser) fstringError(after int, msg string) {
	if after >= len(p.toks) {
		after = len(p.toks) - 1
	}
	p.reach(after)
	p.raiseAtToken(&p.toks[after], msg)
}

// addLiteral appends literal text to the run; empty text changes nothing.
// A single piece is kept as it is (often a substring of the source),
// without copying.
func (r *strRun) addLiteral(s string) {
	switch {
	case s == "":
		return
	case !r.hasLit:
		r.lit = s
	default:
		if r.litBuf == nil {
			r.litBuf = append(make([]byte, 0, len(r.lit)+len(s)), r.lit...)
		}
		r.litBuf = append(r.litBuf, s...)
	}
	r.hasLit = true
}

// text returns the literal text accumulated so far.
func (r *strRun) text() string {
	if r.litBuf != nil {
		return string(r.litBuf)
	}
	return r.lit
}

// flush turns the accumulated literal text into a Constant piece.
func (r *strRun) flush(pos Pos, kindU bool) {
	if !r.hasLit {
		return
	}
	c := &Constant{Value: r.text()}
	if kindU {
		c.Kind = "u"
	}
	c.Pos = pos
	r.values = append(r.values, c)
	r.lit, r.litBuf = "", nil
	r.hasLit = false
}

// fstring parses one f-string, from its FSTRING_START to its FSTRING_END,
// into the run.
func (p *parser) fstring(r *strRun, after int) {
	startTok := p.tok()
	raw, _, _, _ := prefixInfo(p.text(startTok))
	p.checkBytesMix(r, false, after)
	r.fmode = true
	end := p.fstringEnd(p.pos)
	self := Pos{Lineno: int(startTok.Line), ColOffset: int(startTok.Col),
		EndLineno: int(p.toks[end].EndLine), EndColOffset: int(p.toks[end].EndCol)}
	selfU := p.src[startTok.Start] == 'u'
	tIdx := p.pos
	if msg, ok := p.fstringErrs[p.pos]; ok {
		p.pos = end
		p.fstringError(after, msg)
	}
	p.advance()
	for {
		switch p.kind() {
		case FSTRING_MIDDLE:
			t := p.tok()
			r.addLiteral(p.fstringLiteral(t, raw, true, after))
			p.advance()
		case LBRACE:
			p.field(r, raw, self, selfU, after, tIdx)
		case FSTRING_END:
			p.advance()
			return
		default:
			p.fail()
		}
	}
}

// fstringLiteral decodes a piece of literal text of an f-string. At the
// top level doubled braces stand for one; in a format spec they do not
// occur. A backslash just before a field is a literal backslash.
func (p *parser) fstringLiteral(t *Token, raw, top bool, after int) string {
	text := p.text(t)
	if top && strings.ContainsAny(text, "{}") {
		for i := 0; i < len(text); i++ {
			if !raw && text[i] == '\\' && i+2 < len(text) && text[i+1] == 'N' && text[i+2] == '{' {
				// The braces of a named escape are not literal braces.
				for i < len(text) && text[i] != '}' {
					i++
				}
				continue
			}
			if text[i] == '{' || text[i] == '}' {
				if i+1 >= len(text) || text[i+1] != text[i] {
					p.fstringError(after, "f-string: single '}' is not allowed")
				}
				i++
			}
		}
		text = strings.ReplaceAll(strings.ReplaceAll(text, "{{", "{"), "}}", "}")
	}
	trailing := false
	if !raw && strings.HasSuffix(text, "\\") {
		n := len(text) - len(strings.TrimRight(text, "\\"))
		if n%2 == 1 {
			text = text[:len(text)-1]
			trailing = true
		}
	}
	v, err := DecodeStringLiteral(text, raw)
	if err != nil {
		p.literalError(err, t, after)
	}
	if trailing {
		v += "\\"
	}
	return v
}

// field parses a replacement field `{` expression [`=`] [`!` conversion]
// [`:` spec] `}` and adds its FormattedValue (and, for `=`, the text of
// the expression) to the run. self is the span of the f-string the field
// is in.
func (p *parser) field(r *strRun, raw bool, self Pos, selfU bool, after, tIdx int) {
	open := p.pos
	p.fieldPositions(tIdx, open)
	p.advance()
	p.fstringLevel++
	savedLevel := p.fieldLevel
	p.fieldLevel = p.toks[open].Level
	// CPython 3.11 first looked for the end of the expression, and
	// without one the field lacks its `}`.
	switch p.toks[p.fieldEnd(open)].Kind {
	case EQUAL, EXCLAMATION, COLON, RBRACE:
	default:
		p.fstringError(after, "f-string: expecting '}'")
	}
	switch k := p.kind(); k {
	case RBRACE:
		p.fstringError(after, "f-string: empty expression not allowed")
	case EXCLAMATION, COLON, EQUAL:
		p.fstringError(after, "f-string: expression required before '"+p.text(p.tok())[:1]+"'")
	}
	value := p.fieldExpression(open)
	conversion := -1
	debug := false
	if p.kind() == EQUAL {
		p.advance()
		r.addLiteral(p.src[p.toks[open].End:p.toks[p.pos].Start])
		debug = true
	}
	if p.kind() == EXCLAMATION {
		// CPython 3.11 takes the one character after the `!`, which
		// must be s, r or a and be followed by `:` or `}`.
		bang := p.tok()
		p.advance()
		t := p.tok()
		if t.Kind == FSTRING_END {
			p.fstringError(after, "f-string: expecting '}'")
		}
		ok := t.Kind == NAME && t.Start == bang.End
		if ok {
			switch p.src[t.Start] {
			case 's', 'r', 'a':
				conversion = int(p.src[t.Start])
			default:
				ok = false
			}
		}
		if !ok {
			p.fstringError(after, "f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
		p.advance()
		if next := p.tok(); t.End != t.Start+1 || next.Start != t.End || (next.Kind != COLON && next.Kind != RBRACE) {
			p.fstringError(after, "f-string: expecting '}'")
		}
	}
	var spec Expr
	if p.kind() == COLON {
		p.advance()
		spec = p.formatSpec(r, raw, self, selfU, after, tIdx)
	}
	if p.kind() != RBRACE {
		// CPython 3.11 took the text up to the field's `}` as the
		// expression and failed to parse it, or found no `}`.
		if p.fieldCloses() {
			p.fail()
		}
		p.fstringError(after, "f-string: expecting '}'")
	}
	p.advance()
	p.fstringLevel--
	p.fieldLevel = savedLevel
	if debug && spec == nil && conversion == -1 {
		conversion = 'r'
	}
	r.flush(r.whole, r.kindU)
	fv := &FormattedValue{Value: value, Conversion: conversion, FormatSpec: spec}
	fv.Pos = r.whole
	r.values = append(r.values, fv)
}

// fieldCloses reports whether the replacement field being parsed has its
// closing `}` further on.
func (p *parser) fieldCloses() bool {
	for i := p.pos; i < len(p.toks); i++ {
		t := &p.toks[i]
		if t.Level < p.fieldLevel {
			return t.Kind == RBRACE
		}
		if t.Kind == FSTRING_END || t.Kind == ENDMARKER {
			return false
		}
	}
	return false
}

// formatSpec parses the literal pieces and nested fields of a format spec
// up to the `}` that closes its field.
func (p *parser) formatSpec(outer *strRun, raw bool, self Pos, selfU bool, after, tIdx int) Expr {
	r := &strRun{whole: outer.whole, kindU: outer.kindU, fmode: true}
	for {
		switch p.kind() {
		case FSTRING_MIDDLE:
			r.addLiteral(p.fstringLiteral(p.tok(), raw, false, after))
			p.advance()
		case LBRACE:
			p.field(r, raw, self, selfU, after, tIdx)
		default:
			r.flush(self, selfU)
			j := &JoinedStr{Values: r.values}
			j.Pos = self
			return j
		}
	}
}

// fieldExpression parses a replacement field's expression the way
// CPython 3.11 does, as the inside of a parenthesized atom: a yield, a
// tuple, a generator expression or a single expression. The token that
// ends the field stands for the closing parenthesis.
func (p *parser) fieldExpression(open int) Expr {
	if p.kind() == kwYield {
		return p.yieldExpr()
	}
	// A `=` after an element is the field's debugging marker:
	// namedExpression knows it from fieldLevel.
	e := p.starNamedExpression()
	closeSpan := func() Pos {
		o, c := &p.toks[open], p.tok()
		return Pos{Lineno: int(o.Line), ColOffset: int(o.Col), EndLineno: int(c.EndLine), EndColOffset: int(c.EndCol)}
	}
	switch p.kind() {
	case kwFor, kwAsync:
		if _, starred := e.(*Starred); !starred && (p.kind() == kwFor || p.peek(1) == kwFor) {
			gens := p.comprehensions()
			g := &GeneratorExp{Elt: e, Generators: gens}
			g.Pos = closeSpan()
			return g
		}
	case COMMA:
		elts := []Expr{e}
		for p.accept(COMMA) {
			if !startsExpression(p.kind()) {
				break
			}
			elts = append(elts, p.starNamedExpression())
		}
		t := &Tuple{Elts: elts, Ctx: Load}
		t.Pos = closeSpan()
		return t
	}
	if s, ok := e.(*Starred); ok {
		p.errorAtNode(&s.Pos, "f-string: cannot use starred expression here")
	}
	return e
}

// fieldPositions gives the tokens of a replacement field's expression the
// columns CPython 3.11 gives them. It parsed the expression from a copy,
// "(" + expression + ")", with the "(" in the brace's place, and moved
// the columns of tokens on the brace's line by where the expression
// starts, which it computed from the literal token's own column. Two
// things make that differ from the real columns: a token that starts on
// the brace's line but ends on a later one (a string over several lines)
// is not moved, so its column counts from the brace; and a literal whose
// own column was computed that way passes the error on to its fields.
// Nothing changes in all other cases, which this checks first. Each
// field is done once: the parser may read a field again (in its error
// pass) and must find the same columns.
func (p *parser) fieldPositions(tIdx, open int) {
	if p.fixedFields[open] {
		return
	}
	t, b := &p.toks[tIdx], &p.toks[open]
	tCol := t.Col
	if c, ok := p.origCol[tIdx]; ok {
		tCol = c
	}
	shift := b.Col
	if b.Line == t.Line {
		shift = t.Col + (b.Col - tCol)
	}
	end := p.fieldEnd(open)
	need := shift != b.Col
	for i := open + 1; i <= end && !need; i++ {
		u := &p.toks[i]
		endLine := u.EndLine
		if u.Kind == FSTRING_START {
			j := p.fstringEnd(i)
			endLine = p.toks[j].EndLine
			i = j
		}
		need = u.Line == b.Line && endLine != b.Line
	}
	if !need {
		return
	}
	if p.fixedFields == nil {
		p.fixedFields = make(map[int]bool)
		p.origCol = make(map[int]int32)
	}
	p.fixedFields[open] = true
	line, bCol := b.Line, b.Col
	move := func(u *Token, endLine int32) {
		if u.Line == line {
			if endLine == line {
				u.Col = shift + (u.Col - bCol)
			} else {
				u.Col -= bCol
			}
		}
		if u.EndLine == line {
			u.EndCol = shift + (u.EndCol - bCol)
		}
	}
	move(b, line)
	for i := open + 1; i <= end; i++ {
		u := &p.toks[i]
		if u.Kind == FSTRING_START {
			// A nested f-string was one token: it moves as a whole, and
			// its own fields follow from its column.
			j := p.fstringEnd(i)
			p.origCol[i] = u.Col
			move(u, p.toks[j].EndLine)
			move(&p.toks[j], p.toks[j].EndLine)
			i = j
			continue
		}
		move(u, u.EndLine)
	}
}

// fieldEnd returns the index of the token that ends the expression of
// the field opened at index open: its `=`, `!`, `:` or closing `}`.
func (p *parser) fieldEnd(open int) int {
	level := p.toks[open].Level
	for i := open + 1; i < len(p.toks); i++ {
		t := &p.toks[i]
		switch {
		case t.Kind == FSTRING_START:
			i = p.fstringEnd(i)
		case t.Level < level || t.Kind == ENDMARKER:
			return i
		case t.Level == level && (t.Kind == EQUAL || t.Kind == EXCLAMATION || t.Kind == COLON):
			return i
		}
	}
	return len(p.toks) - 1
}
