package sre

import (
	"fmt"
	"strings"
	"unicode"

	"gilfree/runtime/pyfmt"
)

// Error is a bad pattern or template, as Python's re.error reports it:
// the message, and the position in the pattern (Pos < 0 when CPython
// reports none). Overflow marks the errors CPython raises as
// OverflowError instead (a repeat count too large).
type Error struct {
	Msg      string
	Pos      int
	Overflow bool
	// Index marks the errors CPython raises as IndexError (an unknown
	// group name in a replacement template).
	Index bool
	// Recursion marks a pattern nested too deeply, which CPython's
	// recursive parser reports as RecursionError.
	Recursion bool
}

func (e *Error) Error() string {
	if e.Pos < 0 {
		return e.Msg
	}
	return fmt.Sprintf("%s at position %d", e.Msg, e.Pos)
}

// bailout carries a parse error up to Parse through a panic: the parser
// is recursive descent over many small functions, and the tokenizer can
// fail on any advance (a backslash at the very end), so unwinding by
// panic keeps every function to its grammar. Parse recovers exactly this
// type and nothing else.
type bailout struct{ err *Error }

// token is one unit of the pattern as CPython's tokenizer sees it: a
// single character, or a backslash and the character after it. n is 0 at
// the end of the pattern.
type token struct {
	a, b rune
	n    int
}

// is reports whether the token is the single character c.
func (k token) is(c rune) bool { return k.n == 1 && k.a == c }

// in reports whether the token is a single character from set.
func (k token) in(set string) bool { return k.n == 1 && strings.ContainsRune(set, k.a) }

func (k token) runes() []rune {
	switch k.n {
	case 1:
		return []rune{k.a}
	case 2:
		return []rune{k.a, k.b}
	}
	return nil
}

// lexer walks a pattern token by token, keeping the next token ready, so
// that positions in error messages come out as CPython's: tell() is the
// start of the next token.
type lexer struct {
	src   []rune
	index int
	next  token
	bytes bool // a bytes pattern: messages are made ASCII
}

func newLexer(src []rune, isBytes bool) *lexer {
	lx := &lexer{src: src, bytes: isBytes}
	lx.advance()
	return lx
}

func (lx *lexer) advance() {
	i := lx.index
	if i >= len(lx.src) {
		lx.next = token{}
		return
	}
	c := lx.src[i]
	if c == '\\' {
		i++
		if i >= len(lx.src) {
			panic(bailout{&Error{Msg: "bad escape (end of pattern)", Pos: len(lx.src) - 1}})
		}
		lx.next = token{a: '\\', b: lx.src[i], n: 2}
	} else {
		lx.next = token{a: c, n: 1}
	}
	lx.index = i + 1
}

func (lx *lexer) get() token {
	k := lx.next
	lx.advance()
	return k
}

func (lx *lexer) match(c rune) bool {
	if lx.next.is(c) {
		lx.advance()
		return true
	}
	return false
}

func (lx *lexer) tell() int { return lx.index - lx.next.n }

func (lx *lexer) seek(i int) {
	lx.index = i
	lx.advance()
}

// getwhile takes up to n single-character tokens from set.
func (lx *lexer) getwhile(n int, set string) []rune {
	var out []rune
	for ; n > 0 && lx.next.in(set); n-- {
		out = append(out, lx.get().a)
	}
	return out
}

// getuntil takes tokens up to terminator, which it consumes: a group name.
func (lx *lexer) getuntil(term rune, name string) []rune {
	var out []rune
	for {
		c := lx.get()
		if c.n == 0 {
			if len(out) == 0 {
				lx.fail("missing "+name, 0)
			}
			lx.fail(fmt.Sprintf("missing %c, unterminated name", term), len(out))
		}
		if c.is(term) {
			if len(out) == 0 {
				lx.fail("missing "+name, 1)
			}
			return out
		}
		out = append(out, c.runes()...)
	}
}

// fail raises a pattern error at offset characters before tell().
func (lx *lexer) fail(msg string, offset int) {
	if lx.bytes {
		msg = asciiEscape(msg)
	}
	panic(bailout{&Error{Msg: msg, Pos: lx.tell() - offset}})
}

// asciiEscape is Python's msg.encode('ascii', 'backslashreplace').
func asciiEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case r < 0x100:
			fmt.Fprintf(&b, "\\x%02x", r)
		case r < 0x10000:
			fmt.Fprintf(&b, "\\u%04x", r)
		default:
			fmt.Fprintf(&b, "\\U%08x", r)
		}
	}
	return b.String()
}

// checkGroupName raises CPython's error for a name that is not an
// identifier.
func (lx *lexer) checkGroupName(name []rune, offset int) {
	if !isIdentifier(name) {
		lx.fail("bad character in group name "+pyRepr(name), len(name)+offset)
	}
}

// pyRepr is Python's repr() of a str.
func pyRepr(rs []rune) string {
	var b []byte
	for _, r := range rs {
		b = pyfmt.AppendRune(b, r)
	}
	return pyfmt.StrRepr(string(b))
}

// isIdentifier approximates str.isidentifier with Go's Unicode tables:
// a letter or underscore, then letters, digits, underscores and
// combining marks.
func isIdentifier(rs []rune) bool {
	if len(rs) == 0 {
		return false
	}
	for i, r := range rs {
		switch {
		case r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r):
		case i > 0 && (unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Pc)):
		default:
			return false
		}
	}
	return true
}

func isDecimalASCII(rs []rune) bool {
	for _, r := range rs {
		if r < '0' || r > '9' {
			return false
		}
	}
	return len(rs) > 0
}
