package sre

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// simpleEscapes are the escapes that stand for one control character.
var simpleEscapes = map[rune]rune{
	'a': 7, 'b': 8, 'f': 12, 'n': 10, 'r': 13, 't': 9, 'v': 11, '\\': '\\',
}

var categories = map[rune]category{
	'd': catDigit, 'D': catNotDigit, 's': catSpace, 'S': catNotSpace, 'w': catWord, 'W': catNotWord,
}

var positions = map[rune]atKind{
	'A': atBeginningString, 'b': atBoundary, 'B': atNonBoundary, 'Z': atEndString,
}

const (
	hexDigits = "0123456789abcdefABCDEF"
	octDigits = "01234567"
	digits    = "0123456789"
)

func isASCIILetter(r rune) bool { return r < 128 && ('a' <= r|0x20 && r|0x20 <= 'z') }

// numericEscape handles the escapes shared by classes and the pattern
// body: \x, \u, \U, \N. ok is false when esc is none of them.
func (p *parser) numericEscape(esc token) (rune, bool) {
	lx := p.lx
	text := esc.runes()
	switch c := esc.b; {
	case c == 'x':
		text = append(text, lx.getwhile(2, hexDigits)...)
		if len(text) != 4 {
			lx.fail("incomplete escape "+string(text), len(text))
		}
		v, _ := strconv.ParseUint(string(text[2:]), 16, 32)
		return rune(v), true
	case c == 'u' && !lx.bytes:
		text = append(text, lx.getwhile(4, hexDigits)...)
		if len(text) != 6 {
			lx.fail("incomplete escape "+string(text), len(text))
		}
		v, _ := strconv.ParseUint(string(text[2:]), 16, 32)
		return rune(v), true
	case c == 'U' && !lx.bytes:
		text = append(text, lx.getwhile(8, hexDigits)...)
		if len(text) != 10 {
			lx.fail("incomplete escape "+string(text), len(text))
		}
		v, _ := strconv.ParseUint(string(text[2:]), 16, 32)
		if v > unicode.MaxRune {
			lx.fail("bad escape "+string(text), len(text))
		}
		return rune(v), true
	case c == 'N' && !lx.bytes:
		if !lx.match('{') {
			lx.fail("missing {", 0)
		}
		name := lx.getuntil('}', "character name")
		r, ok := lookupName(string(name))
		if !ok {
			lx.fail("undefined character name "+pyRepr(name), len(name)+4)
		}
		return r, true
	}
	return 0, false
}

// classEscape parses an escape inside a character class.
func (p *parser) classEscape(esc token) setItem {
	lx := p.lx
	c := esc.b
	if r, ok := simpleEscapes[c]; ok {
		return setItem{kind: sLiteral, lo: r}
	}
	if cat, ok := categories[c]; ok {
		return setItem{kind: sCategory, cat: cat}
	}
	if r, ok := p.numericEscape(esc); ok {
		return setItem{kind: sLiteral, lo: r}
	}
	text := esc.runes()
	if strings.ContainsRune(octDigits, c) {
		text = append(text, lx.getwhile(2, octDigits)...)
		v, _ := strconv.ParseUint(string(text[1:]), 8, 32)
		if v > 0o377 {
			lx.fail(fmt.Sprintf("octal escape value %s outside of range 0-0o377", string(text)), len(text))
		}
		return setItem{kind: sLiteral, lo: rune(v)}
	}
	if strings.ContainsRune(digits, c) || isASCIILetter(c) {
		lx.fail("bad escape "+string(text), len(text))
	}
	return setItem{kind: sLiteral, lo: c}
}

// escape parses an escape in the pattern body.
func (p *parser) escape(esc token) *node {
	lx := p.lx
	c := esc.b
	if at, ok := positions[c]; ok {
		return &node{kind: nAt, at: at}
	}
	if cat, ok := categories[c]; ok {
		return &node{kind: nIn, items: []setItem{{kind: sCategory, cat: cat}}}
	}
	if r, ok := simpleEscapes[c]; ok {
		return &node{kind: nLiteral, c: r}
	}
	if r, ok := p.numericEscape(esc); ok {
		return &node{kind: nLiteral, c: r}
	}
	text := esc.runes()
	switch {
	case c == '0':
		text = append(text, lx.getwhile(2, octDigits)...)
		v, _ := strconv.ParseUint(string(text[1:]), 8, 32)
		return &node{kind: nLiteral, c: rune(v)}
	case strings.ContainsRune(digits, c):
		if lx.next.in(digits) {
			text = append(text, lx.get().a)
			if strings.ContainsRune(octDigits, text[1]) && strings.ContainsRune(octDigits, text[2]) &&
				lx.next.in(octDigits) {
				text = append(text, lx.get().a)
				v, _ := strconv.ParseUint(string(text[1:]), 8, 32)
				if v > 0o377 {
					lx.fail(fmt.Sprintf("octal escape value %s outside of range 0-0o377", string(text)), len(text))
				}
				return &node{kind: nLiteral, c: rune(v)}
			}
		}
		group, _ := strconv.Atoi(string(text[1:]))
		if group < p.groups() {
			if !p.checkGroup(group) {
				lx.fail("cannot refer to an open group", len(text))
			}
			p.checkLookbehindGroup(group)
			return &node{kind: nGroupRef, group: group}
		}
		lx.fail(fmt.Sprintf("invalid group reference %d", group), len(text)-1)
	case isASCIILetter(c):
		lx.fail("bad escape "+string(text), len(text))
	}
	return &node{kind: nLiteral, c: c}
}

// parseClass parses a character class after its '['.
func (p *parser) parseClass() *node {
	lx := p.lx
	here := lx.tell() - 1
	var set []setItem
	negate := lx.match('^')
	for {
		this := lx.get()
		if this.n == 0 {
			lx.fail("unterminated character set", lx.tell()-here)
		}
		if this.is(']') && len(set) > 0 {
			break
		}
		var code1 setItem
		if this.n == 2 {
			code1 = p.classEscape(this)
		} else {
			code1 = setItem{kind: sLiteral, lo: this.a}
		}
		if lx.match('-') {
			that := lx.get()
			if that.n == 0 {
				lx.fail("unterminated character set", lx.tell()-here)
			}
			if that.is(']') {
				set = append(set, code1, setItem{kind: sLiteral, lo: '-'})
				break
			}
			var code2 setItem
			if that.n == 2 {
				code2 = p.classEscape(that)
			} else {
				code2 = setItem{kind: sLiteral, lo: that.a}
			}
			msg := "bad character range " + string(this.runes()) + "-" + string(that.runes())
			if code1.kind != sLiteral || code2.kind != sLiteral || code2.lo < code1.lo {
				lx.fail(msg, this.n+1+that.n)
			}
			set = append(set, setItem{kind: sRange, lo: code1.lo, hi: code2.lo})
		} else {
			set = append(set, code1)
		}
	}
	set = uniqItems(set)
	if len(set) == 1 && set[0].kind == sLiteral {
		if negate {
			return &node{kind: nNotLiteral, c: set[0].lo}
		}
		return &node{kind: nLiteral, c: set[0].lo}
	}
	return &node{kind: nIn, items: set, negate: negate}
}

func uniqItems(set []setItem) []setItem {
	seen := map[setItem]bool{}
	out := set[:0]
	for _, it := range set {
		if !seen[it] {
			seen[it] = true
			out = append(out, it)
		}
	}
	return out
}
