package syntax

import "unicode/utf8"

// This file records the scanner's errors with CPython's locations, and
// holds the small text helpers the scanner and the parser share.

// immediateError records an error that CPython raises as soon as its
// tokenizer meets it. The location is the current line, from the column
// of offset start to that of end, as CPython computes it from its cursor.
func (s *scanner) immediateError(kind ErrorKind, msg string, start, end int) {
	off := s.charOffset(s.lineStart, start)
	endOff := s.charOffset(s.lineStart, end)
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
func (s *scanner) charOffset(lineStart, at int) int {
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

// indexByteFrom returns the index of the first c in s at or after from,
// or -1.
func indexByteFrom(s string, from int, c byte) int {
	for i := from; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// Byte classes of the tokenizer; isIdentByte is CPython's
// is_potential_identifier_char, which takes every non-ASCII byte.
func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isDigit(c byte) bool       { return c >= '0' && c <= '9' }
func isAlnum(c byte) bool       { return isASCIILetter(c) || isDigit(c) }
func isIdentByte(c byte) bool   { return isAlnum(c) || c == '_' || c >= utf8.RuneSelf }

// hex4 formats a code point in upper-case hex with at least 4 digits, as
// CPython's "U+%04X".
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

// itoa formats an int in decimal.
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
