package syntax

import (
	"sync"
	"unicode/utf8"
)

// The scanner turns decoded source text into the whole token stream of a
// file before the parser starts, mirroring CPython's tokenizer state
// machine: indentation is measured at the beginning of each line with tab
// stops of 8 and, to catch inconsistent mixes, a second time with tabs
// counting 1; a line break inside brackets, or ending a line that holds
// only blanks and comments, is not a NEWLINE; backslash-newline joins
// lines. f-strings are tokenized the way Python 3.12 does (PEP 701): an
// FSTRING_START, then literal FSTRING_MIDDLE pieces and ordinary tokens for
// each replacement field, then FSTRING_END.
//
// Scanning stops at the first error. CPython reports some tokenizer errors
// as soon as it meets them (unterminated strings, bad characters, bad
// numbers, unbalanced brackets) and those win over any parser error,
// wherever they are in the file; others (inconsistent indentation, a
// dedent to no known level, a stray character after a backslash, end of
// file inside brackets) surface only when the parser asks for that token.
// The scanner marks which kind it met so that Parse can decide the same way.

// maxIndent and maxParenLevel are CPython's limits on nested blocks and
// nested brackets.
const (
	maxIndent     = 100
	maxParenLevel = 200
	tabSize       = 8
)

// paren is an open bracket: its character and where it is.
type paren struct {
	ch   byte
	line int32
	col  int32 // byte column
}

// scanner holds the tokenizer state for one source text.
type scanner struct {
	src       string
	filename  string
	pos       int   // next byte to read
	line      int32 // line of pos, from 1
	lineStart int   // offset of the first byte of that line

	toks []Token

	typeComments bool // emit TYPE_COMMENT tokens and collect type ignores
	trivia       bool // emit NL and COMMENT tokens (for tests and tools)

	atBOL      bool
	blankLine  bool // the current line holds only blanks and comments
	comment0   int  // 1 + the offset of a comment just skipped, or 0
	indents    []int32
	altIndents []int32
	parens     []paren
	fstrings   []fstringState

	err         *SyntaxError
	errDeferred bool    // err is reported only when the parser reaches it
	errParens   []paren // brackets open when scanning stopped with an error

	typeIgnores []*TypeIgnore

	// fstringErrs holds errors found in f-strings that the parser
	// reports, by the index of their FSTRING_START.
	fstringErrs map[int]string
}

func newScanner(filename, src string, flags Flags) *scanner {
	s := &scanner{
		src:          src,
		filename:     filename,
		line:         1,
		atBOL:        true,
		typeComments: flags&TypeComments != 0,
		indents:      make([]int32, 1, 16),
		altIndents:   make([]int32, 1, 16),
	}
	// The standard library averages a token per 6 bytes of source.
	s.toks = getTokens(len(src)/6 + 16)
	return s
}

// tokenPool keeps token slices between parses: the tree never refers to
// the tokens, so the slice of one parse can serve the next.
var tokenPool sync.Pool

// getTokens returns an empty token slice with room for at least n tokens.
func getTokens(n int) []Token {
	if b, ok := tokenPool.Get().(*[]Token); ok && cap(*b) >= n {
		return (*b)[:0]
	}
	return make([]Token, 0, n)
}

// putTokens gives a token slice back for reuse. Very large ones are left
// to the garbage collector.
func putTokens(toks []Token) {
	if cap(toks) > 1<<22 {
		return
	}
	toks = toks[:0]
	tokenPool.Put(&toks)
}

// scan tokenizes the whole text. The stream always ends with an ENDMARKER,
// also after an error; s.err tells whether one occurred.
func (s *scanner) scan() {
	for s.err == nil && s.step() {
	}
	if s.err != nil {
		s.errParens = append([]paren(nil), s.parens...)
		s.emitAt(ENDMARKER, s.pos, s.pos)
	}
}

// emit appends a token that starts at start and ends at s.pos, both on
// the current line unless the token spans lines (strings), for which
// startLine and startCol come from the caller through emitSpan.
func (s *scanner) emitAt(kind TokenKind, start, end int) {
	s.toks = append(s.toks, Token{
		Kind:    kind,
		Level:   uint8(len(s.parens)),
		Start:   int32(start),
		End:     int32(end),
		Line:    s.line,
		Col:     int32(start - s.lineStart),
		EndLine: s.line,
		EndCol:  int32(end - s.lineStart),
	})
}

// emitSpan appends a token that may begin on an earlier line.
func (s *scanner) emitSpan(kind TokenKind, start int, line int32, lineStart int) {
	s.toks = append(s.toks, Token{
		Kind:    kind,
		Level:   uint8(len(s.parens)),
		Start:   int32(start),
		End:     int32(s.pos),
		Line:    line,
		Col:     int32(start - lineStart),
		EndLine: s.line,
		EndCol:  int32(s.pos - s.lineStart),
	})
}

// newline records that the byte at offset at is a line break.
func (s *scanner) newline(at int) {
	s.line++
	s.lineStart = at + 1
}

// step scans from the current position and appends at least one token,
// or records an error. It returns false at the end of input.
func (s *scanner) step() bool {
	if n := len(s.fstrings); n > 0 && s.fstrings[n-1].inLiteral() {
		return s.scanFStringLiteral()
	}
	if s.atBOL {
		s.atBOL = false
		if !s.indentation() {
			return false
		}
	}
again:
	// Skip blanks.
	for s.pos < len(s.src) {
		c := s.src[s.pos]
		if c != ' ' && c != '\t' && c != '\f' {
			break
		}
		s.pos++
	}
	if s.pos >= len(s.src) {
		return s.endOfInput()
	}
	start := s.pos
	c := s.src[s.pos]

	switch {
	case c == '#':
		s.comment()
		return s.err == nil
	case isASCIILetter(c) || c == '_' || c >= utf8.RuneSelf:
		return s.identifierOrString()
	case c == '\n':
		s.pos++
		comment := s.comment0
		s.comment0 = 0
		if s.blankLine || len(s.parens) > 0 {
			if s.trivia {
				s.emitAt(NL, start, start+1)
			}
			s.newline(start)
			s.atBOL = true
			return true
		}
		// Like CPython's, a NEWLINE after a comment starts where the
		// comment does.
		if comment > 0 {
			s.emitAt(NEWLINE, comment-1, start)
		} else {
			s.emitAt(NEWLINE, start, start)
		}
		s.newline(start)
		s.atBOL = true
		return true
	case isDigit(c):
		return s.number()
	case c == '.':
		if s.pos+1 < len(s.src) && isDigit(s.src[s.pos+1]) {
			return s.number()
		}
		if s.pos+2 < len(s.src) && s.src[s.pos+1] == '.' && s.src[s.pos+2] == '.' {
			s.pos += 3
			s.emitAt(ELLIPSIS, start, s.pos)
			return true
		}
		s.pos++
		s.emitAt(DOT, start, s.pos)
		return true
	case c == '"' || c == '\'':
		return s.stringLiteral(start, start)
	case c == '\\':
		if !s.continuation() {
			return false
		}
		goto again
	case c == 0:
		s.immediateError(KindSyntaxError, "source code cannot contain null bytes", s.pos, s.pos)
		return false
	}
	return s.operator(start)
}

// continuation consumes a backslash that joins its line with the next,
// or records CPython's error when another character follows it or the
// input ends after it.
func (s *scanner) continuation() bool {
	if s.pos+1 >= len(s.src) || s.src[s.pos+1] != '\n' {
		s.pos += 2
		if s.pos > len(s.src) {
			s.pos = len(s.src)
		}
		s.deferredError(KindSyntaxError, "unexpected character after line continuation character",
			s.line, s.charOffset(s.line, s.lineStart, s.pos-1)+1, s.line, 0)
		return false
	}
	s.pos += 2
	s.newline(s.pos - 1)
	if s.pos >= len(s.src) {
		if len(s.parens) > 0 {
			s.unclosedParen()
			return false
		}
		s.deferredError(KindSyntaxError, "unexpected EOF while parsing", s.line-1, 0, s.line-1, -1)
		s.err.Offset = s.charOffset(s.line-1, s.lineStartOf(s.line-1), s.pos)
		return false
	}
	return true
}

// indentation measures the indentation of a new line and emits INDENT or
// DEDENT tokens, exactly when CPython's tokenizer does. It returns false
// on an indentation error.
func (s *scanner) indentation() bool {
	if s.pos >= len(s.src) {
		// At the end, endOfInput closes the open blocks.
		return true
	}
	var col, altcol, contCol int32
	p := s.pos
loop:
	for p < len(s.src) {
		switch s.src[p] {
		case ' ':
			col++
			altcol++
		case '\t':
			col = (col/tabSize + 1) * tabSize
			altcol++
		case '\f':
			col, altcol = 0, 0
		case '\\':
			// A backslash in the indentation continues the line; the
			// column where the first one stands is the indentation
			// (CPython keeps "no column yet" as 0, so one in column 0
			// leaves the next line's indentation in force).
			if contCol == 0 {
				contCol = col
			}
			s.pos = p
			if !s.continuation() {
				return false
			}
			p = s.pos
			continue
		default:
			break loop
		}
		p++
	}
	if contCol != 0 {
		col, altcol = contCol, contCol
	}
	s.pos = p
	s.blankLine = p < len(s.src) && (s.src[p] == '#' || s.src[p] == '\n')
	if s.blankLine || len(s.parens) > 0 {
		return true
	}
	top := len(s.indents) - 1
	switch {
	case col == s.indents[top]:
		if altcol != s.altIndents[top] {
			return s.tabError()
		}
	case col > s.indents[top]:
		if len(s.indents) >= maxIndent {
			s.pos = s.lineEnd()
			s.deferredError(KindIndentationError, "too many levels of indentation", s.line, 1, s.line, 0)
			return false
		}
		if altcol <= s.altIndents[top] {
			return s.tabError()
		}
		s.indents = append(s.indents, col)
		s.altIndents = append(s.altIndents, altcol)
		s.emitAt(INDENT, p, p)
	default:
		n := top
		for n > 0 && col < s.indents[n] {
			n--
		}
		if col != s.indents[n] {
			end := s.lineEnd()
			if end < len(s.src) {
				end++
			}
			s.deferredError(KindIndentationError, "unindent does not match any outer indentation level",
				s.line, s.charOffset(s.line, s.lineStart, end), s.line, -1)
			return false
		}
		if altcol != s.altIndents[n] {
			return s.tabError()
		}
		for i := top; i > n; i-- {
			s.emitAt(DEDENT, p, p)
		}
		s.indents = s.indents[:n+1]
		s.altIndents = s.altIndents[:n+1]
	}
	return true
}

func (s *scanner) tabError() bool {
	s.pos = s.lineEnd()
	s.deferredError(KindTabError, "inconsistent use of tabs and spaces in indentation", s.line, 1, s.line, 0)
	return false
}

// lineEnd returns the offset of the line break that ends the current line
// (or the end of input).
func (s *scanner) lineEnd() int {
	for i := s.pos; i < len(s.src); i++ {
		if s.src[i] == '\n' {
			return i
		}
	}
	return len(s.src)
}

// endOfInput emits the tokens that close the stream: a NEWLINE if the last
// line has none, DEDENTs for the open blocks and the ENDMARKER.
func (s *scanner) endOfInput() bool {
	if len(s.fstrings) > 0 {
		s.unterminatedFString()
		return false
	}
	if len(s.parens) > 0 {
		s.unclosedParen()
		return false
	}
	if n := len(s.toks); n > 0 && !s.blankLine && s.toks[n-1].Kind != NEWLINE &&
		s.toks[n-1].Kind != INDENT && s.toks[n-1].Kind != DEDENT && !s.atBOL {
		// The last line has no line break (only outside exec mode,
		// where Parse adds one): CPython's NEWLINE there has no column.
		s.emitAt(NEWLINE, s.pos, s.pos)
		s.toks[len(s.toks)-1].Col = -1
		s.toks[len(s.toks)-1].EndCol = -1
	}
	// CPython puts the closing tokens on the last line, at its line
	// break.
	at := s.pos
	if s.pos > 0 && s.src[s.pos-1] == '\n' && s.line > 1 {
		s.line--
		at--
		s.lineStart = at
		for s.lineStart > 0 && s.src[s.lineStart-1] != '\n' {
			s.lineStart--
		}
	}
	for len(s.indents) > 1 {
		s.indents = s.indents[:len(s.indents)-1]
		s.emitAt(DEDENT, at, at)
		s.toks[len(s.toks)-1].Col = -1
		s.toks[len(s.toks)-1].EndCol = -1
	}
	// CPython's ENDMARKER has no column, and no line in empty input.
	s.emitAt(ENDMARKER, at, at)
	if len(s.src) == 0 {
		s.toks[len(s.toks)-1].Line = 0
	}
	s.toks[len(s.toks)-1].Col = -1
	s.toks[len(s.toks)-1].EndCol = -1
	return false
}

// unclosedParen records the error for the end of input inside brackets.
func (s *scanner) unclosedParen() {
	p := s.parens[len(s.parens)-1]
	s.deferredError(KindSyntaxError, "'"+string(p.ch)+"' was never closed",
		p.line, s.charOffset(p.line, s.lineStartOf(p.line), s.lineStartOf(p.line)+int(p.col))+1, p.line, 0)
}

// comment skips a comment, or turns it into a TYPE_COMMENT token or a
// recorded type ignore when type comments are kept.
func (s *scanner) comment() {
	start := s.pos
	end := start
	for end < len(s.src) && s.src[end] != '\n' {
		end++
	}
	s.pos = end
	if s.typeComments && s.typeComment(start, end) {
		return
	}
	s.comment0 = start + 1
	if s.trivia {
		s.emitAt(COMMENT, start, end)
	}
}

// typeComment recognizes `#`, blanks, `type:`, blanks, as CPython does,
// and emits the comment's text after that prefix as a TYPE_COMMENT, or
// records a `type: ignore` comment. It reports whether it did either.
func (s *scanner) typeComment(start, end int) bool {
	p := start + 1
	skipBlanks := func() {
		for p < end && (s.src[p] == ' ' || s.src[p] == '\t') {
			p++
		}
	}
	skipBlanks()
	if end-p < 5 || s.src[p:p+5] != "type:" {
		return false
	}
	p += 5
	skipBlanks()
	ignoreEnd := p + 6
	if ignoreEnd <= end && s.src[p:ignoreEnd] == "ignore" &&
		!(end > ignoreEnd && (s.src[ignoreEnd] >= utf8.RuneSelf || isAlnum(s.src[ignoreEnd]))) {
		s.typeIgnores = append(s.typeIgnores, &TypeIgnore{Lineno: int(s.line), Tag: s.src[ignoreEnd:end]})
		if s.blankLine && end < len(s.src) {
			// A type ignore alone on its line takes the line break too.
			s.pos = end + 1
			s.newline(end)
			s.atBOL = true
		}
		return true
	}
	s.emitAt(TYPE_COMMENT, p, end)
	// What follows a type comment is a NEWLINE even on a line that holds
	// nothing else, which lets a signature comment sit on its own line.
	s.blankLine = false
	return true
}

// operator scans an operator or delimiter starting at start.
func (s *scanner) operator(start int) bool {
	src := s.src
	c := src[start]
	var c2, c3 byte
	if start+1 < len(src) {
		c2 = src[start+1]
	}
	if start+2 < len(src) {
		c3 = src[start+2]
	}
	kind, n := ERRORTOKEN, 1
	switch c {
	case '(':
		return s.openParen(start, LPAR)
	case '[':
		return s.openParen(start, LSQB)
	case '{':
		return s.openParen(start, LBRACE)
	case ')', ']', '}':
		return s.closeParen(start)
	case ':':
		if n := len(s.fstrings); n > 0 && s.fstrings[n-1].atFieldTop(len(s.parens)) {
			// A colon at the top of a replacement field starts its
			// format spec, even before '='.
			s.pos++
			s.emitAt(COLON, start, s.pos)
			s.fstrings[n-1].enterSpec()
			return true
		}
		kind = COLON
		if c2 == '=' {
			kind, n = COLONEQUAL, 2
		}
	case ',':
		kind = COMMA
	case ';':
		kind = SEMI
	case '+':
		kind = PLUS
		if c2 == '=' {
			kind, n = PLUSEQUAL, 2
		}
	case '-':
		kind = MINUS
		if c2 == '=' {
			kind, n = MINEQUAL, 2
		} else if c2 == '>' {
			kind, n = RARROW, 2
		}
	case '*':
		kind = STAR
		if c2 == '*' {
			kind, n = DOUBLESTAR, 2
			if c3 == '=' {
				kind, n = DOUBLESTAREQUAL, 3
			}
		} else if c2 == '=' {
			kind, n = STAREQUAL, 2
		}
	case '/':
		kind = SLASH
		if c2 == '/' {
			kind, n = DOUBLESLASH, 2
			if c3 == '=' {
				kind, n = DOUBLESLASHEQUAL, 3
			}
		} else if c2 == '=' {
			kind, n = SLASHEQUAL, 2
		}
	case '|':
		kind = VBAR
		if c2 == '=' {
			kind, n = VBAREQUAL, 2
		}
	case '&':
		kind = AMPER
		if c2 == '=' {
			kind, n = AMPEREQUAL, 2
		}
	case '<':
		kind = LESS
		switch c2 {
		case '=':
			kind, n = LESSEQUAL, 2
		case '<':
			kind, n = LEFTSHIFT, 2
			if c3 == '=' {
				kind, n = LEFTSHIFTEQUAL, 3
			}
		case '>':
			// The `<>` of barry_as_FLUFL: an ordinary token that the
			// grammar rejects.
			kind, n = NOTEQUAL, 2
		}
	case '>':
		kind = GREATER
		switch c2 {
		case '=':
			kind, n = GREATEREQUAL, 2
		case '>':
			kind, n = RIGHTSHIFT, 2
			if c3 == '=' {
				kind, n = RIGHTSHIFTEQUAL, 3
			}
		}
	case '=':
		kind = EQUAL
		if c2 == '=' {
			kind, n = EQEQUAL, 2
		}
	case '!':
		kind = EXCLAMATION
		if c2 == '=' {
			kind, n = NOTEQUAL, 2
		}
	case '%':
		kind = PERCENT
		if c2 == '=' {
			kind, n = PERCENTEQUAL, 2
		}
	case '~':
		kind = TILDE
	case '^':
		kind = CIRCUMFLEX
		if c2 == '=' {
			kind, n = CIRCUMFLEXEQUAL, 2
		}
	case '@':
		kind = AT
		if c2 == '=' {
			kind, n = ATEQUAL, 2
		}
	default:
		if c < ' ' || c == 0x7f {
			s.pos++
			s.immediateError(KindSyntaxError, "invalid non-printable character U+"+hex4(rune(c)), s.pos, s.pos)
			return false
		}
	}
	s.pos += n
	s.emitAt(kind, start, s.pos)
	return true
}

func (s *scanner) openParen(start int, kind TokenKind) bool {
	if len(s.parens) >= maxParenLevel {
		s.pos++
		s.immediateError(KindSyntaxError, "too many nested parentheses", s.pos, s.pos)
		return false
	}
	s.parens = append(s.parens, paren{ch: s.src[start], line: s.line, col: int32(start - s.lineStart)})
	s.pos++
	s.emitAt(kind, start, s.pos)
	return true
}

func (s *scanner) closeParen(start int) bool {
	c := s.src[start]
	s.pos++
	n := len(s.parens)
	if n == 0 {
		s.immediateError(KindSyntaxError, "unmatched '"+string(c)+"'", s.pos, s.pos)
		return false
	}
	open := s.parens[n-1]
	// In a replacement field, CPython 3.11's f-string parser checked the
	// brackets itself, without the field's brace, and said so.
	inField := false
	if m := len(s.fstrings); m > 0 && !s.fstrings[m-1].inLiteral() {
		inField = true
		if c != '}' && s.fstrings[m-1].atFieldTop(n) {
			return s.fstringBracketError("f-string: unmatched '" + string(c) + "'")
		}
	}
	if !(open.ch == '(' && c == ')' || open.ch == '[' && c == ']' || open.ch == '{' && c == '}') {
		msg := "closing parenthesis '" + string(c) + "' does not match opening parenthesis '" + string(open.ch) + "'"
		if inField {
			return s.fstringBracketError("f-string: " + msg)
		}
		if open.line != s.line {
			msg += " on line " + itoa(int(open.line))
		}
		s.immediateError(KindSyntaxError, msg, s.pos, s.pos)
		return false
	}
	s.parens = s.parens[:n-1]
	kind := RPAR
	switch c {
	case ']':
		kind = RSQB
	case '}':
		kind = RBRACE
	}
	s.emitAt(kind, start, s.pos)
	if m := len(s.fstrings); m > 0 && c == '}' {
		s.fstrings[m-1].closeField(n)
	}
	return true
}

// immediateError records an error that CPython raises as soon as its
// tokenizer meets it. The location is the current line, from the column
// of offset start to that of end, as CPython computes it from its cursor.
func (s *scanner) immediateError(kind ErrorKind, msg string, start, end int) {
	off := s.charOffset(s.line, s.lineStart, start)
	endOff := s.charOffset(s.line, s.lineStart, end)
	s.err = &SyntaxError{Kind: kind, Msg: msg, Filename: s.filename,
		Lineno: int(s.line), Offset: off, EndLineno: int(s.line), EndOffset: endOff,
		Text: s.lineText(s.line)}
}

// deferredError records an error that CPython reports only when the parser
// asks for the token where it happened.
func (s *scanner) deferredError(kind ErrorKind, msg string, line int32, offset int, endLine int32, endOffset int) {
	s.err = &SyntaxError{Kind: kind, Msg: msg, Filename: s.filename,
		Lineno: int(line), Offset: offset, EndLineno: int(endLine), EndOffset: endOffset,
		Text: s.lineText(line)}
	s.errDeferred = true
}

// charOffset converts a byte offset on a line into a count of characters
// from the line's start, which is how SyntaxError columns are given.
func (s *scanner) charOffset(line int32, lineStart, at int) int {
	if at > len(s.src) {
		at = len(s.src)
	}
	if at < lineStart {
		return 0
	}
	return utf8.RuneCountInString(s.src[lineStart:at])
}

// lineStartOf returns the offset where a line begins.
func (s *scanner) lineStartOf(line int32) int {
	return lineOffset(s.src, int(line))
}

// lineText returns a line of the source without its line break.
func (s *scanner) lineText(line int32) string {
	return sourceLine(s.src, int(line))
}

// lineOffset returns the offset of the first byte of a line (from 1), or
// len(src) for lines past the end.
func lineOffset(src string, line int) int {
	off := 0
	for l := 1; l < line; l++ {
		i := indexByteFrom(src, off, '\n')
		if i < 0 {
			return len(src)
		}
		off = i + 1
	}
	return off
}

// sourceLine returns a line of src (from 1) without its line break.
func sourceLine(src string, line int) string {
	start := lineOffset(src, line)
	end := indexByteFrom(src, start, '\n')
	if end < 0 {
		end = len(src)
	}
	return src[start:end]
}

func indexByteFrom(s string, from int, c byte) int {
	for i := from; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isDigit(c byte) bool       { return c >= '0' && c <= '9' }
func isAlnum(c byte) bool       { return isASCIILetter(c) || isDigit(c) }
func isIdentByte(c byte) bool   { return isAlnum(c) || c == '_' || c >= utf8.RuneSelf }

func hex4(r rune) string {
	const digits = "0123456789ABCDEF"
	var buf [8]byte
	i := len(buf)
	for r > 0 || i > len(buf)-4 {
		i--
		buf[i] = digits[r&15]
		r >>= 4
	}
	return string(buf[i:])
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var buf [20]byte
	i := len(buf)
	for n > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}
