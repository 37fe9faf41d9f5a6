package sre

import (
	"fmt"
	"strconv"
	"strings"
)

// Piece is one part of a parsed replacement template: literal text, or
// (when Group >= 0) a group's text.
type Piece struct {
	Lit   []rune
	Group int
}

// ParseTemplate parses a replacement template for sub and expand, as
// CPython 3.11 does: \1 and \g<1> and \g<name> name groups, \0 and
// three-digit escapes are octal, the usual control escapes stand for
// their characters, and other escapes of punctuation stay as they are.
func ParseTemplate(src []rune, isBytes bool, groups int, index map[string]int) (pieces []Piece, err *Error) {
	defer func() {
		if r := recover(); r != nil {
			b, ok := r.(bailout)
			if !ok {
				panic(r)
			}
			pieces, err = nil, b.err
		}
	}()
	lx := newLexer(src, isBytes)
	var lit []rune
	addGroup := func(g, offset int) {
		if g > groups {
			lx.fail(fmt.Sprintf("invalid group reference %d", g), offset)
		}
		if len(lit) > 0 {
			pieces = append(pieces, Piece{Lit: lit, Group: -1})
			lit = nil
		}
		pieces = append(pieces, Piece{Group: g})
	}
	for {
		this := lx.get()
		if this.n == 0 {
			break
		}
		if this.n == 1 {
			lit = append(lit, this.a)
			continue
		}
		c := this.b
		switch {
		case c == 'g':
			if !lx.match('<') {
				lx.fail("missing <", 0)
			}
			name := lx.getuntil('>', "group name")
			var g int
			if isIdentifier(name) {
				n, ok := index[string(name)]
				if !ok {
					panic(bailout{&Error{Msg: "unknown group name " + pyRepr(name), Pos: -1, Index: true}})
				}
				g = n
			} else {
				n, perr := strconv.ParseUint(string(name), 10, 64)
				if perr != nil || !isDecimalASCII(name) {
					lx.fail("bad character in group name "+pyRepr(name), len(name)+1)
				}
				if n >= maxGroups {
					lx.fail(fmt.Sprintf("invalid group reference %d", n), len(name)+1)
				}
				g = int(n)
			}
			addGroup(g, len(name)+1)
		case c == '0':
			text := []rune{'0'}
			text = append(text, lx.getwhile(2, octDigits)...)
			v, _ := strconv.ParseUint(string(text), 8, 32)
			lit = append(lit, rune(v&0xff))
		case strings.ContainsRune(digits, c):
			text := []rune{c}
			if lx.next.in(digits) {
				text = append(text, lx.get().a)
				if strings.ContainsRune(octDigits, c) && strings.ContainsRune(octDigits, text[1]) && lx.next.in(octDigits) {
					text = append(text, lx.get().a)
					v, _ := strconv.ParseUint(string(text), 8, 32)
					if v > 0o377 {
						lx.fail(fmt.Sprintf("octal escape value \\%s outside of range 0-0o377", string(text)), len(text)+1)
					}
					lit = append(lit, rune(v))
					continue
				}
			}
			g, _ := strconv.Atoi(string(text))
			addGroup(g, len(text))
		default:
			if r, ok := simpleEscapes[c]; ok {
				lit = append(lit, r)
			} else if isASCIILetter(c) {
				lx.fail("bad escape "+string(this.runes()), 2)
			} else {
				lit = append(lit, '\\', c)
			}
		}
	}
	if len(lit) > 0 {
		pieces = append(pieces, Piece{Lit: lit, Group: -1})
	}
	return pieces, nil
}
