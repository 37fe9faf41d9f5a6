package syntax

// This file scans operators and brackets, and keeps the stack of open
// brackets that turns line breaks inside them into NL tokens.

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

// openParen scans an opening bracket, which CPython allows 200 deep.
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

// closeParen scans a closing bracket, which must match the innermost
// open one, and closes a replacement field if it is its brace.
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
