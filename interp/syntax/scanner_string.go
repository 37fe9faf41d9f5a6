package syntax

// This file scans string literals. A plain string or bytes literal is one
// STRING token, prefix and quotes included; its value is decoded by the
// parser. An f-string is scanned in pieces (PEP 701): the scanner keeps a
// stack of open f-strings, and for the innermost one a stack of open
// replacement fields. Outside any field, or inside a field's format spec,
// the scanner reads literal text; inside a field's expression it scans
// ordinary tokens until the `}` that closes the field.

// fstringState is an f-string whose closing quote has not been seen.
type fstringState struct {
	quote     byte
	triple    bool
	raw       bool
	start     int // offset of the prefix
	line      int32
	lineStart int
	fields    []fieldState
	tok       int // index of its FSTRING_START token
	parens    int // brackets open before it
}

// fieldState is an open replacement field: depth is the number of open
// brackets, its own `{` included, so that a `:` or `}` at exactly that
// depth belongs to the field and not to a nested display.
type fieldState struct {
	depth  int
	inSpec bool
}

// inLiteral reports whether the scanner is reading literal text of the
// f-string: outside any field, or in a field's format spec.
func (f *fstringState) inLiteral() bool {
	n := len(f.fields)
	return n == 0 || f.fields[n-1].inSpec
}

// atFieldTop reports whether a token met with nparens brackets open sits
// directly in a replacement field's expression.
func (f *fstringState) atFieldTop(nparens int) bool {
	n := len(f.fields)
	return n > 0 && !f.fields[n-1].inSpec && f.fields[n-1].depth == nparens
}

// enterSpec records that the innermost field's format spec begins.
func (f *fstringState) enterSpec() { f.fields[len(f.fields)-1].inSpec = true }

// closeField pops the innermost field if the `}` just scanned, met with
// nparens brackets open, is the one that closes it.
func (f *fstringState) closeField(nparens int) {
	if n := len(f.fields); n > 0 && f.fields[n-1].depth == nparens {
		f.fields = f.fields[:n-1]
	}
}

// stringLiteral scans a plain (not f-) string whose prefix runs from start
// to quoteAt (quoteAt == start when there is no prefix). It emits one
// STRING token.
func (s *scanner) stringLiteral(start, quoteAt int) bool {
	src := s.src
	quote := src[quoteAt]
	line, lineStart := s.line, s.lineStart
	p := quoteAt + 1
	triple := p+1 < len(src) && src[p] == quote && src[p+1] == quote
	if triple {
		p += 2
		for {
			if p >= len(src) {
				s.pos = p
				if s.closesFString(start, quoteAt, line, lineStart) {
					return true
				}
				s.unterminatedString(start, line, lineStart, true)
				return false
			}
			c := src[p]
			switch c {
			case quote:
				if p+2 < len(src) && src[p+1] == quote && src[p+2] == quote {
					s.pos = p + 3
					s.emitSpan(STRING, start, line, lineStart)
					return true
				}
			case '\\':
				p++
				if p < len(src) && src[p] == '\n' {
					s.newline(p)
				}
			case '\n':
				s.newline(p)
			}
			p++
		}
	}
	for {
		if p >= len(src) || src[p] == '\n' {
			s.pos = p
			if s.closesFString(start, quoteAt, line, lineStart) {
				return true
			}
			s.unterminatedString(start, line, lineStart, false)
			return false
		}
		c := src[p]
		if c == quote {
			s.pos = p + 1
			s.emitSpan(STRING, start, line, lineStart)
			return true
		}
		if c == '\\' {
			p++
			if p < len(src) && src[p] == '\n' {
				s.newline(p)
			}
		}
		p++
	}
}

// closesFString handles an unterminated string that starts, without a
// prefix, with the quote of the f-string whose field it is in: in Python
// 3.11 that quote ended the f-string, and whatever was wrong with the
// field was reported as such. So the scanner ends the f-string there,
// with its field unclosed, and goes on after the quote; the parser
// reports the field. It reports whether it did that. The string's start
// is on line, which begins at lineStart.
func (s *scanner) closesFString(start, quoteAt int, line int32, lineStart int) bool {
	n := len(s.fstrings)
	if n == 0 || start != quoteAt {
		return false
	}
	f := s.fstrings[n-1]
	q := s.src[quoteAt]
	if f.inLiteral() || f.quote != q {
		return false
	}
	end := quoteAt + 1
	if f.triple {
		if !(end+1 < len(s.src) && s.src[end] == q && s.src[end+1] == q) {
			return false
		}
		end += 2
	}
	s.parens = s.parens[:f.parens]
	s.fstrings = s.fstrings[:n-1]
	s.line, s.lineStart = line, lineStart
	s.pos = end
	s.emitAt(FSTRING_END, quoteAt, end)
	return true
}

// unterminatedString reports a string literal without its closing quote,
// located at its start as CPython does.
func (s *scanner) unterminatedString(start int, line int32, lineStart int, triple bool) {
	detected := s.line
	if s.pos >= len(s.src) && len(s.src) > 0 && s.src[len(s.src)-1] == '\n' && detected > line {
		detected--
	}
	msg := "unterminated string literal (detected at line " + itoa(int(detected)) + ")"
	if triple {
		msg = "unterminated triple-quoted string literal (detected at line " + itoa(int(detected)) + ")"
	}
	off := s.charOffset(lineStart, start) + 1
	s.err = &SyntaxError{Kind: KindSyntaxError, Msg: msg, Filename: s.filename,
		Lineno: int(line), Offset: off, EndLineno: int(line), EndOffset: off,
		Text: s.lineText(line)}
}

// fstringStart emits FSTRING_START for an f-string whose prefix runs from
// start to the quote at quoteAt, and opens its state.
func (s *scanner) fstringStart(start, quoteAt int, raw bool) bool {
	src := s.src
	quote := src[quoteAt]
	p := quoteAt + 1
	triple := p+1 < len(src) && src[p] == quote && src[p+1] == quote
	if triple {
		p += 2
	}
	s.pos = p
	s.emitAt(FSTRING_START, start, p)
	s.fstrings = append(s.fstrings, fstringState{
		quote: quote, triple: triple, raw: raw,
		start: start, line: s.line, lineStart: s.lineStart,
		tok: len(s.toks) - 1, parens: len(s.parens),
	})
	return true
}

// scanFStringLiteral reads literal text of the innermost f-string up to
// the next replacement field, the end of a format spec or the closing
// quote, and emits the tokens found there.
func (s *scanner) scanFStringLiteral() bool {
	f := &s.fstrings[len(s.fstrings)-1]
	inSpec := len(f.fields) > 0
	src := s.src
	start := s.pos
	line, lineStart := s.line, s.lineStart
	p := s.pos
	for {
		if p >= len(src) {
			s.pos = p
			s.unterminatedFString()
			return false
		}
		switch c := src[p]; c {
		case f.quote:
			if f.triple && !(p+2 < len(src) && src[p+1] == c && src[p+2] == c) {
				p++
				continue
			}
			s.pos = p
			s.emitMiddle(start, line, lineStart)
			if len(f.fields) > 0 {
				// The f-string ends in a format spec: the parser
				// reports the field's missing `}`.
				s.parens = s.parens[:f.parens]
				f.fields = f.fields[:0]
			}
			end := p + 1
			if f.triple {
				end = p + 3
			}
			s.pos = end
			s.emitAt(FSTRING_END, p, end)
			s.fstrings = s.fstrings[:len(s.fstrings)-1]
			return true
		case '\n':
			if !f.triple {
				s.pos = p
				s.unterminatedFString()
				return false
			}
			s.newline(p)
			p++
		case '\\':
			if p+1 >= len(src) {
				p++
				continue
			}
			next := src[p+1]
			switch {
			case next == 'N' && !f.raw && p+2 < len(src) && src[p+2] == '{':
				// A named escape: its braces are not a field.
				p += 3
				for p < len(src) && src[p] != '}' && src[p] != f.quote && src[p] != '\n' {
					p++
				}
				if p < len(src) && src[p] == '}' {
					p++
				}
			case next == '{' || next == '}':
				p++
			default:
				if next == '\n' {
					s.newline(p + 1)
				}
				p += 2
			}
		case '{':
			if !inSpec && p+1 < len(src) && src[p+1] == '{' {
				p += 2
				continue
			}
			s.pos = p
			s.emitMiddle(start, line, lineStart)
			if !s.openParen(p, LBRACE) {
				return false
			}
			f = &s.fstrings[len(s.fstrings)-1]
			f.fields = append(f.fields, fieldState{depth: len(s.parens)})
			return true
		case '}':
			if inSpec {
				s.pos = p
				s.emitMiddle(start, line, lineStart)
				return s.closeParen(p)
			}
			if p+1 < len(src) && src[p+1] == '}' {
				p += 2
				continue
			}
			// A single '}' is an error, which CPython 3.11's parser
			// reports; the literal keeps it for the parser to see.
			p++
		default:
			p++
		}
	}
}

// emitMiddle emits the literal text from start to s.pos, if any.
func (s *scanner) emitMiddle(start int, line int32, lineStart int) {
	if s.pos > start {
		s.emitSpan(FSTRING_MIDDLE, start, line, lineStart)
	}
}

// unterminatedFString reports the innermost f-string as unterminated, the
// way CPython 3.11 reports any string literal without its closing quote.
func (s *scanner) unterminatedFString() {
	f := s.fstrings[len(s.fstrings)-1]
	s.unterminatedString(f.start, f.line, f.lineStart, f.triple)
}

// fstringBracketError handles a bracket error in a replacement field.
// CPython 3.11 checked a field's brackets while parsing the f-string, an
// action of its parser, after its tokenizer had read the whole literal up
// to the first matching quote. So the scanner records the message on the
// f-string, skips to that quote and goes on; the parser reports the
// error when it reads the literal. Without such a quote on the line the
// literal is unterminated.
func (s *scanner) fstringBracketError(msg string) bool {
	f := s.fstrings[len(s.fstrings)-1]
	src := s.src
	p := s.pos
	for {
		if p >= len(src) || !f.triple && src[p] == '\n' {
			s.pos = p
			s.unterminatedString(f.start, f.line, f.lineStart, f.triple)
			return false
		}
		c := src[p]
		if c == '\\' {
			p += 2
			continue
		}
		if c == '\n' {
			s.newline(p)
		}
		if c == f.quote && (!f.triple || p+2 < len(src) && src[p+1] == c && src[p+2] == c) {
			break
		}
		p++
	}
	if s.fstringErrs == nil {
		s.fstringErrs = make(map[int]string)
	}
	s.fstringErrs[f.tok] = msg
	s.parens = s.parens[:f.parens]
	s.fstrings = s.fstrings[:len(s.fstrings)-1]
	end := p + 1
	if f.triple {
		end = p + 3
	}
	s.pos = end
	s.emitAt(FSTRING_END, p, end)
	return true
}
