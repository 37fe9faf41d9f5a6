package syntax

import "unicode/utf8"

// This file scans numeric literals. It follows CPython's tokenizer step by
// step, cursor movements included, because the column CPython reports for
// a malformed number is wherever its cursor stood when it gave up.

// numCursor reads bytes of a number; reading past the end yields 0 without
// moving, and backing up over that 0 does nothing, like CPython's EOF.
type numCursor struct {
	src string
	cur int
}

// next returns the next byte and moves past it.
func (n *numCursor) next() byte {
	if n.cur < len(n.src) {
		c := n.src[n.cur]
		n.cur++
		return c
	}
	return 0
}

// backup moves back over the byte c just read.
func (n *numCursor) backup(c byte) {
	if c != 0 {
		n.cur--
	}
}

// isHexDigit reports whether c is a hexadecimal digit.
func isHexDigit(c byte) bool { return isDigit(c) || c|0x20 >= 'a' && c|0x20 <= 'f' }

// number scans an integer, float or imaginary literal and emits a NUMBER
// token.
func (s *scanner) number() bool {
	n := numCursor{src: s.src, cur: s.pos}
	start := s.pos
	var ok bool
	c := n.next()
	switch {
	case c == '.':
		ok = s.numFraction(&n, n.next())
	case c == '0':
		ok = s.numAfterZero(&n, start)
	default:
		c, ok = s.decimalTail(&n)
		if ok {
			ok = s.numAfterInteger(&n, c)
		}
	}
	if !ok {
		return false
	}
	s.pos = n.cur
	s.emitAt(NUMBER, start, s.pos)
	return true
}

// numAfterZero continues a literal that starts with 0: a hexadecimal,
// octal or binary integer, zero itself, or a float.
func (s *scanner) numAfterZero(n *numCursor, start int) bool {
	c := n.next()
	switch c {
	case 'x', 'X':
		return s.radixDigits(n, "hexadecimal", isHexDigit, func(byte) bool { return false })
	case 'o', 'O':
		return s.radixDigits(n, "octal", func(c byte) bool { return c >= '0' && c <= '7' }, isDigit)
	case 'b', 'B':
		return s.radixDigits(n, "binary", func(c byte) bool { return c == '0' || c == '1' }, isDigit)
	}
	nonzero := false
	for {
		if c == '_' {
			c = n.next()
			if !isDigit(c) {
				n.backup(c)
				return s.numError(n, "invalid decimal literal")
			}
		}
		if c != '0' {
			break
		}
		c = n.next()
	}
	zerosEnd := n.cur
	if isDigit(c) {
		nonzero = true
		var ok bool
		if c, ok = s.decimalTail(n); !ok {
			return false
		}
	}
	switch c {
	case '.':
		return s.numFraction(n, n.next())
	case 'e', 'E':
		return s.numExponent(n, c)
	case 'j', 'J':
		return s.numImaginary(n)
	}
	if nonzero {
		n.backup(c)
		off := s.charOffset(s.lineStart, start) + 1
		end := s.charOffset(s.lineStart, zerosEnd)
		s.err = &SyntaxError{Kind: KindSyntaxError, Filename: s.filename,
			Msg:    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
			Lineno: int(s.line), Offset: off, EndLineno: int(s.line), EndOffset: end,
			Text: s.lineText(s.line)}
		return false
	}
	if !s.verifyEndOfNumber(n, c, "decimal") {
		return false
	}
	n.backup(c)
	return true
}

// radixDigits scans the digits of a prefixed integer. badDigit tells the
// decimal digits that are out of range for the base, which CPython names
// in its message.
func (s *scanner) radixDigits(n *numCursor, kind string, digit, badDigit func(byte) bool) bool {
	c := n.next()
	for {
		if c == '_' {
			c = n.next()
		}
		if !digit(c) {
			if badDigit(c) {
				return s.numError(n, "invalid digit '"+string(c)+"' in "+kind+" literal")
			}
			n.backup(c)
			return s.numError(n, "invalid "+kind+" literal")
		}
		for {
			c = n.next()
			if !digit(c) {
				break
			}
		}
		if c != '_' {
			break
		}
	}
	if badDigit(c) {
		return s.numError(n, "invalid digit '"+string(c)+"' in "+kind+" literal")
	}
	if !s.verifyEndOfNumber(n, c, kind) {
		return false
	}
	n.backup(c)
	return true
}

// decimalTail reads digits with single underscores between them, after a
// first digit already read, and returns the byte that follows.
func (s *scanner) decimalTail(n *numCursor) (byte, bool) {
	for {
		c := n.next()
		for isDigit(c) {
			c = n.next()
		}
		if c != '_' {
			return c, true
		}
		c = n.next()
		if !isDigit(c) {
			n.backup(c)
			s.numError(n, "invalid decimal literal")
			return 0, false
		}
	}
}

// numAfterInteger continues a decimal literal after its integer digits; c
// is the byte after them.
func (s *scanner) numAfterInteger(n *numCursor, c byte) bool {
	switch c {
	case '.':
		return s.numFraction(n, n.next())
	case 'e', 'E':
		return s.numExponent(n, c)
	case 'j', 'J':
		return s.numImaginary(n)
	}
	if !s.verifyEndOfNumber(n, c, "decimal") {
		return false
	}
	n.backup(c)
	return true
}

// numFraction continues after a decimal point; c is the byte after it.
func (s *scanner) numFraction(n *numCursor, c byte) bool {
	if isDigit(c) {
		var ok bool
		if c, ok = s.decimalTail(n); !ok {
			return false
		}
	}
	switch c {
	case 'e', 'E':
		return s.numExponent(n, c)
	case 'j', 'J':
		return s.numImaginary(n)
	}
	if !s.verifyEndOfNumber(n, c, "decimal") {
		return false
	}
	n.backup(c)
	return true
}

// numExponent continues after an 'e'. Without digits after it, the 'e' is
// not part of the number (so `1else` is 1 followed by else).
func (s *scanner) numExponent(n *numCursor, e byte) bool {
	c := n.next()
	if c == '+' || c == '-' {
		c = n.next()
		if !isDigit(c) {
			n.backup(c)
			return s.numError(n, "invalid decimal literal")
		}
	} else if !isDigit(c) {
		n.backup(c)
		if !s.verifyEndOfNumber(n, e, "decimal") {
			return false
		}
		n.backup(e)
		return true
	}
	c, ok := s.decimalTail(n)
	if !ok {
		return false
	}
	if c == 'j' || c == 'J' {
		return s.numImaginary(n)
	}
	if !s.verifyEndOfNumber(n, c, "decimal") {
		return false
	}
	n.backup(c)
	return true
}

// numImaginary continues after the 'j' of an imaginary literal.
func (s *scanner) numImaginary(n *numCursor) bool {
	c := n.next()
	if !s.verifyEndOfNumber(n, c, "imaginary") {
		return false
	}
	n.backup(c)
	return true
}

// verifyEndOfNumber rejects a number run into a name ("1abc"), except for
// the keywords that may follow a number in valid code (and, else, for,
// if, in, is, not, or), which CPython only warns about.
func (s *scanner) verifyEndOfNumber(n *numCursor, c byte, kind string) bool {
	rest := n.src[n.cur:]
	keyword := false
	switch c {
	case 'a':
		keyword = followedBy(rest, "nd")
	case 'e':
		keyword = followedBy(rest, "lse")
	case 'f':
		keyword = followedBy(rest, "or")
	case 'i':
		keyword = len(rest) > 0 && (rest[0] == 'f' || rest[0] == 'n' || rest[0] == 's')
	case 'o':
		keyword = followedBy(rest, "r")
	case 'n':
		keyword = followedBy(rest, "ot")
	}
	if keyword {
		return true
	}
	if c != 0 && c < utf8.RuneSelf && isIdentByte(c) {
		n.backup(c)
		return s.numError(n, "invalid "+kind+" literal")
	}
	return true
}

// followedBy reports whether rest starts with word and no name character
// follows it.
func followedBy(rest, word string) bool {
	if len(rest) < len(word) || rest[:len(word)] != word {
		return false
	}
	return len(rest) == len(word) || !isIdentByte(rest[len(word)])
}

// numError reports a malformed number at the cursor.
func (s *scanner) numError(n *numCursor, msg string) bool {
	s.immediateError(KindSyntaxError, msg, n.cur, n.cur)
	return false
}
