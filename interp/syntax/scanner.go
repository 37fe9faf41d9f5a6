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
// numbers, unbalanced brackets), which then win over most parser errors
// wherever they are in the file; others (inconsistent indentation, a
// dedent to no known level, a stray character after a backslash, end of
// file inside brackets) surface only when the parser asks for that token.
// The scanner marks which kind it met so that Parse can decide as CPython
// does. It also keeps CPython's positions where they are odd: a NEWLINE
// after a comment starts at the comment, and the tokens that close the
// input sit on its last line with no column.

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

// newScanner prepares to tokenize src.
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

// emitAt appends a token from offset start to offset end, both on the
// current line.
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
			s.line, s.charOffset(s.lineStart, s.pos-1)+1, s.line, 0)
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
		s.err.Offset = s.charOffset(s.lineStartOf(s.line-1), s.pos)
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
				s.line, s.charOffset(s.lineStart, end), s.line, -1)
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

// tabError records a TabError for the current line.
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
		p.line, s.charOffset(s.lineStartOf(p.line), s.lineStartOf(p.line)+int(p.col))+1, p.line, 0)
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
