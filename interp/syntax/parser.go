package syntax

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// The parser is a hand-written recursive-descent parser over the token
// slice made by the scanner. Its functions follow the rules of CPython's
// PEG grammar (Grammar/python.gram), but decide with one or two tokens of
// lookahead where the PEG parser would try alternatives: an expression
// statement, an assignment and an augmented assignment all start by
// parsing star_expressions, and the parsed expression is turned into an
// assignment target afterwards (targets are a subset of expressions).
// Real backtracking is rare: `with (`, a line starting with `match`, a
// list of type parameters.
//
// Node positions follow CPython's rule: a node starts at the first token
// of the rule that made it and ends at the last token that rule consumed,
// not counting NEWLINE, INDENT and DEDENT. So `(a) + b` starts at the
// parenthesis while `a` itself does not.
//
// Errors unwind with a panic that Parse recovers. CPython parses in two
// passes: when its first fails, it reports a generic "invalid syntax" at
// the furthest token it fetched, unless a second pass with extra error
// rules (the grammar's invalid_* rules) finds something more specific.
// This parser makes those diagnoses where it meets the situations they
// describe (parser_errors.go holds most of them); when a top-level
// statement fails without one, it parses that statement again in PEG
// mode, which gives back failed operands and trailers as CPython's parser
// does, so that the error rules match what CPython's match. The first
// pass's furthest token (maxPos) locates the generic error.

// maxDepth bounds the recursion of nested expressions and blocks so that
// any input fails with a SyntaxError long before Go's stack is a concern.
// Brackets are limited to 200 levels by the scanner and blocks to 100 by
// the indentation stack; this limit catches long chains of prefix
// operators (`not not ... x`, `- - - x`, `lambda: lambda: ...`).
const maxDepth = 3000

// parser is the state of one parse.
type parser struct {
	src      string
	filename string
	toks     []Token
	pos      int
	maxPos   int // the furthest token fetched by the first pass
	// maxFetched is the furthest token fetched at all, the error
	// diagnoses' lookahead included.
	maxFetched int
	errAt      int // the index of the token where the scanner's error sits, or len(toks)
	depth      int // nesting of recursive rules, against maxDepth

	// What the scanner found: its error and the brackets open when it
	// stopped, and the f-string errors it left for the parser.
	scanErr      *SyntaxError
	scanDeferred bool
	scanParens   []paren
	fstringErrs  map[int]string

	// peg makes the parser backtrack as CPython's PEG parser does when an
	// operand or a trailer fails, instead of failing: the error rules'
	// patterns are matched that way. noInvalid counts the enclosing rules
	// that CPython runs without its error rules.
	peg       bool
	noInvalid int
	// noJuxtaposition is the index of a token where an expression
	// starts that must not be diagnosed as followed by another
	// (a dict key, reported as lacking its colon instead), or -1.
	noJuxtaposition int
	// diagLevel, when not -1, is a bracket level deeper than which
	// CPython's error pass would reuse results parsed without its error
	// rules, so that no diagnosis is made there.
	diagLevel int

	// typeCommentDef is the line of the first def whose signature type
	// comment stands on its own line, or 0.
	typeCommentDef int

	// fstringLevel counts the replacement fields being parsed; errors
	// inside them get CPython 3.11's "f-string: " prefix. fieldLevel is
	// the bracket level of the innermost field's `{`: a `=` at that level
	// is the field's debugging marker.
	fstringLevel int
	fieldLevel   uint8

	// fixedFields marks the fields whose token columns were changed to
	// CPython 3.11's; origCol keeps the real column of the FSTRING_START
	// tokens changed that way.
	fixedFields map[int]bool
	origCol     map[int]int32

	// names maps the text of non-ASCII identifiers to their NFKC form.
	names map[string]string
	// names0 is the rest of the block that new Name nodes come from.
	names0 []Name
}

// parsePanic carries a SyntaxError up to Parse. fatal marks tokenizer
// errors, which no backtracking may swallow.
type parsePanic struct {
	err    *SyntaxError
	fatal  bool
	action bool // an error of CPython's first pass (forced token, action)
}

// genericError is panicked for a plain syntax error; Parse turns it into
// "invalid syntax" (or "unexpected indent") at the furthest token.
type genericError struct {
	fstring bool // raised inside an f-string's replacement field
}

// newParser prepares to parse the tokens of a scanner.
func newParser(s *scanner) *parser {
	p := &parser{
		src:             s.src,
		filename:        s.filename,
		toks:            s.toks,
		fstringErrs:     s.fstringErrs,
		errAt:           len(s.toks),
		noJuxtaposition: -1,
		diagLevel:       -1,
	}
	if s.err != nil {
		p.scanErr = s.err
		p.scanDeferred = s.errDeferred
		p.scanParens = s.errParens
		p.errAt = len(s.toks) - 1
	}
	return p
}

// newName returns a new Name with context Load. Names are the most
// common node, so they are allocated in blocks.
func (p *parser) newName() *Name {
	if len(p.names0) == 0 {
		p.names0 = make([]Name, 128)
	}
	n := &p.names0[0]
	p.names0 = p.names0[1:]
	return n
}

// ---- Token access ----

// kind and tok return the current token.
func (p *parser) kind() TokenKind { return p.toks[p.pos].Kind }
func (p *parser) tok() *Token     { return &p.toks[p.pos] }

// advance consumes the current token.
func (p *parser) advance() {
	p.pos++
	if p.pos > p.maxPos {
		p.reach(p.pos)
	}
}

// reach records that token i has been fetched; fetching the token where
// the scanner stopped raises the scanner's error.
func (p *parser) reach(i int) {
	if i >= len(p.toks) {
		i = len(p.toks) - 1
	}
	if i > p.maxPos {
		p.maxPos = i
	}
	if i > p.maxFetched {
		p.maxFetched = i
	}
	if i >= p.errAt {
		panic(parsePanic{err: p.scanErr, fatal: true})
	}
}

// peek returns the kind of the token n places ahead.
func (p *parser) peek(n int) TokenKind {
	i := p.pos + n
	if i >= len(p.toks) {
		i = len(p.toks) - 1
	}
	if i > p.maxPos {
		p.reach(i)
	}
	return p.toks[i].Kind
}

// peekRaw returns the kind of the token n places ahead without counting
// it as fetched: CPython's error pass looks ahead without moving the
// location of a generic error, which its first pass decided.
func (p *parser) peekRaw(n int) TokenKind {
	i := p.pos + n
	if i >= len(p.toks) {
		i = len(p.toks) - 1
	}
	return p.toks[i].Kind
}

// accept consumes the current token if it has kind k.
func (p *parser) accept(k TokenKind) bool {
	if p.toks[p.pos].Kind == k {
		p.advance()
		return true
	}
	return false
}

// expect consumes a token of kind k or fails with a generic error.
func (p *parser) expect(k TokenKind) {
	if p.toks[p.pos].Kind != k {
		p.fail()
	}
	p.advance()
}

// text returns the source text of a token.
func (p *parser) text(t *Token) string { return p.src[t.Start:t.End] }

// isName reports whether the current token is the name s (a soft keyword).
func (p *parser) isName(s string) bool {
	t := &p.toks[p.pos]
	return t.Kind == NAME && int(t.End-t.Start) == len(s) && p.src[t.Start:t.End] == s
}

// name consumes a NAME token and returns the identifier, NFKC-normalized
// as CPython does for non-ASCII names.
func (p *parser) name() string {
	t := &p.toks[p.pos]
	if t.Kind != NAME {
		p.fail()
	}
	p.advance()
	return p.identifier(t)
}

// identifier returns the name a NAME token stands for.
func (p *parser) identifier(t *Token) string {
	s := p.src[t.Start:t.End]
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return p.normalize(s)
		}
	}
	return s
}

// normalize returns the NFKC form of a non-ASCII name, once per name.
func (p *parser) normalize(s string) string {
	if n, ok := p.names[s]; ok {
		return n
	}
	if p.names == nil {
		p.names = make(map[string]string)
	}
	n := norm.NFKC.String(s)
	p.names[s] = n
	return n
}

// ---- Positions ----

// span returns the position from the start of token start to the end of
// the last consumed token that is not a NEWLINE, INDENT or DEDENT.
func (p *parser) span(start int) Pos {
	s := &p.toks[start]
	e := p.lastToken()
	return Pos{Lineno: int(s.Line), ColOffset: int(s.Col), EndLineno: int(e.EndLine), EndColOffset: int(e.EndCol)}
}

// lastToken returns the last consumed token other than NEWLINE, INDENT,
// DEDENT and ENDMARKER, as CPython's node end positions use.
func (p *parser) lastToken() *Token {
	for i := p.pos - 1; i > 0; i-- {
		switch p.toks[i].Kind {
		case NEWLINE, INDENT, DEDENT, ENDMARKER:
			continue
		}
		return &p.toks[i]
	}
	return &p.toks[0]
}

// tokPos returns the position of a single token.
func tokPos(t *Token) Pos {
	return Pos{Lineno: int(t.Line), ColOffset: int(t.Col), EndLineno: int(t.EndLine), EndColOffset: int(t.EndCol)}
}

// ---- Depth ----

// enter and leave count the nesting of recursive rules; too deep a
// nesting is a SyntaxError rather than a risk to the stack.
func (p *parser) enter() {
	p.depth++
	if p.depth > maxDepth {
		p.raiseAtToken(p.tok(), "too many nested expressions")
	}
}

func (p *parser) leave() { p.depth-- }

// ---- Errors ----

// fail raises a generic syntax error.
func (p *parser) fail() {
	panic(genericError{fstring: p.fstringLevel > 0})
}

// errorAt raises the diagnosis of one of CPython's error rules, with
// message msg over the range from the start of a to the end of b
// (RAISE_SYNTAX_ERROR_KNOWN_RANGE). Where CPython's grammar runs without
// its error rules (noInvalid), the construct just fails to parse.
func (p *parser) errorAt(kind ErrorKind, a, b Pos, msg string) {
	if p.noInvalid > 0 || p.diagLevel >= 0 && int(p.toks[p.pos].Level) > p.diagLevel {
		p.fail()
	}
	p.raiseError(kind, a, b, msg, false)
}

// raise raises a SyntaxError that CPython reports whatever the pass: a
// token its grammar forces, or an error of a rule's action (decoding a
// literal, for one).
func (p *parser) raise(kind ErrorKind, a, b Pos, msg string) {
	p.raiseError(kind, a, b, msg, true)
}

// raiseError raises a SyntaxError; action tells an error of CPython's
// first pass from a diagnosis of its second.
func (p *parser) raiseError(kind ErrorKind, a, b Pos, msg string, action bool) {
	if p.fstringLevel > 0 && !strings.HasPrefix(msg, "f-string: ") {
		msg = "f-string: " + msg
	}
	panic(parsePanic{err: p.newError(kind, msg, a.Lineno, a.ColOffset, b.EndLineno, b.EndColOffset), action: action})
}

// raiseAtToken raises an error of a forced token or an action at a token.
func (p *parser) raiseAtToken(t *Token, msg string) {
	pos := tokPos(t)
	p.raise(KindSyntaxError, pos, pos, msg)
}

// errorAtNode raises a SyntaxError located on a node.
func (p *parser) errorAtNode(n *Pos, msg string) {
	p.errorAt(KindSyntaxError, *n, *n, msg)
}

// errorAtToken raises a SyntaxError located on a token.
func (p *parser) errorAtToken(t *Token, msg string) {
	pos := tokPos(t)
	p.errorAt(KindSyntaxError, pos, pos, msg)
}

// errorAtLast raises an error located on the last fetched token, which is
// where CPython's RAISE_SYNTAX_ERROR without a location points.
func (p *parser) errorAtLast(kind ErrorKind, msg string) {
	if p.noInvalid > 0 {
		p.fail()
	}
	if p.fstringLevel > 0 && !strings.HasPrefix(msg, "f-string: ") {
		msg = "f-string: " + msg
	}
	panic(parsePanic{err: p.errorAtToken0(kind, &p.toks[p.maxFetched], msg)})
}

// errorAtToken0 builds an error located at a token the way CPython's
// RAISE_SYNTAX_ERROR locates it. The tokens CPython gives no column (the
// end marker, INDENT and DEDENT) are located at its tokenizer's cursor:
// the end of the last line, or the end of the indentation.
func (p *parser) errorAtToken0(kind ErrorKind, t *Token, msg string) *SyntaxError {
	text := sourceLine(p.src, int(t.Line))
	switch {
	case t.Col < 0:
		return &SyntaxError{Kind: kind, Msg: msg, Filename: p.filename, Lineno: int(t.Line), Text: text,
			Offset: charCount(text) + 1, EndLineno: int(t.Line), EndOffset: -1}
	case t.Kind == INDENT || t.Kind == DEDENT:
		return &SyntaxError{Kind: kind, Msg: msg, Filename: p.filename, Lineno: int(t.Line), Text: text,
			Offset: charColumn(text, int(t.Col)), EndLineno: int(t.Line), EndOffset: -1}
	}
	return p.newError(kind, msg, int(t.Line), int(t.Col), int(t.EndLine), int(t.EndCol))
}

// newError builds a SyntaxError from byte columns, converting them to the
// 1-based character offsets Python's SyntaxError uses.
func (p *parser) newError(kind ErrorKind, msg string, line, col, endLine, endCol int) *SyntaxError {
	text := sourceLine(p.src, line)
	e := &SyntaxError{Kind: kind, Msg: msg, Filename: p.filename, Lineno: line, Text: text}
	e.Offset = charColumn(text, col) + 1
	if col < 0 {
		e.Offset = 0
	}
	if endLine > 0 {
		e.EndLineno = endLine
		endText := text
		if endLine != line {
			endText = sourceLine(p.src, endLine)
		}
		e.EndOffset = charColumn(endText, endCol) + 1
	}
	return e
}

// charColumn converts a byte column of a line into a character count.
func charColumn(line string, col int) int {
	if col > len(line) {
		n := col - len(line)
		return charCount(line) + n
	}
	if col < 0 {
		return 0
	}
	return charCount(line[:col])
}

// charCount counts the characters of UTF-8 text (any byte that does not
// continue a sequence starts one).
func charCount(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}
