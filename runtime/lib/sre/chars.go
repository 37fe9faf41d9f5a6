package sre

import (
	"sync"
	"unicode"

	"golang.org/x/text/unicode/runenames"
)

// Character tests. A str pattern without ASCII uses the Unicode
// definitions (CPython's SRE_UNI_IS_* and str methods); bytes patterns and
// str patterns with ASCII use the ASCII ones.

func isLetter(r rune) bool { return unicode.IsLetter(r) }

func isDigit(r rune, uni bool) bool {
	if r < 128 || !uni {
		return '0' <= r && r <= '9'
	}
	return unicode.Is(unicode.Nd, r)
}

func isSpace(r rune, uni bool) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', '\v':
		return true
	}
	if !uni || r < 0x1c {
		return false
	}
	if r <= 0x1f {
		return true // the ASCII separators, spaces to str.isspace
	}
	return r >= 0x80 && unicode.IsSpace(r)
}

var asciiWord [4]uint64

func readyChars() {
	for r := 0; r < 128; r++ {
		if r == '_' || ('0' <= r && r <= '9') || ('a' <= r|0x20 && r|0x20 <= 'z') {
			asciiWord[r>>6] |= 1 << (r & 63)
		}
	}
}

func isWord(r rune, uni bool) bool {
	if r < 128 {
		return r >= 0 && asciiWord[r>>6]&(1<<(r&63)) != 0
	}
	return uni && (unicode.IsLetter(r) || unicode.IsNumber(r))
}

func inCategory(cat category, r rune, uni bool) bool {
	switch cat {
	case catDigit:
		return isDigit(r, uni)
	case catNotDigit:
		return !isDigit(r, uni)
	case catSpace:
		return isSpace(r, uni)
	case catNotSpace:
		return !isSpace(r, uni)
	case catWord:
		return isWord(r, uni)
	default:
		return !isWord(r, uni)
	}
}

// Case folding. CPython's sre compares lower(a) with lower(b), and adds
// the few characters whose lower cases differ but that share an upper
// case (i, dotless i; s, long s; mu, micro; ...). fold maps every
// character of such a class to one representative: the lower case of the
// upper case of its lower case. ASCII folding (bytes, or the ASCII flag)
// touches only A-Z.

func foldASCII(r rune) rune {
	if 'A' <= r && r <= 'Z' {
		return r + 32
	}
	return r
}

func foldUni(r rune) rune {
	if r < 128 {
		return foldASCII(r)
	}
	return unicode.ToLower(unicode.ToUpper(unicode.ToLower(r)))
}

// charSet is a compiled character class: its members, whether it is
// negated, and a bitmap of the answers for the first 256 code points.
type charSet struct {
	items  []setItem
	negate bool
	fold   bool // IGNORECASE
	uni    bool // Unicode categories and folding
	low    [4]uint64
}

func newCharSet(items []setItem, negate, fold, uni bool) *charSet {
	cs := &charSet{items: items, negate: negate, fold: fold, uni: uni}
	if fold {
		// Each literal member brings the members of its fold class.
		for _, it := range items {
			if it.kind == sLiteral {
				if f := cs.foldOf(it.lo); f != it.lo {
					cs.items = append(cs.items, setItem{kind: sLiteral, lo: f})
				}
			}
		}
	}
	for r := rune(0); r < 256; r++ {
		if cs.slow(r) {
			cs.low[r>>6] |= 1 << (r & 63)
		}
	}
	return cs
}

func (cs *charSet) foldOf(r rune) rune {
	if cs.uni {
		return foldUni(r)
	}
	return foldASCII(r)
}

func (cs *charSet) has(r rune) bool {
	if r < 256 {
		return cs.low[r>>6]&(1<<(r&63)) != 0
	}
	return cs.slow(r)
}

func (cs *charSet) slow(r rune) bool {
	m := cs.member(r)
	if !m && cs.fold {
		if cs.uni {
			lo := unicode.ToLower(r)
			m = cs.member(lo) || cs.member(unicode.ToUpper(lo)) || cs.member(foldUni(r))
		} else if 'a' <= r|0x20 && r|0x20 <= 'z' && r < 128 {
			m = cs.member(r|0x20) || cs.member(r&^0x20)
		}
	}
	return m != cs.negate
}

func (cs *charSet) member(r rune) bool {
	for _, it := range cs.items {
		switch it.kind {
		case sLiteral:
			if r == it.lo {
				return true
			}
		case sRange:
			if it.lo <= r && r <= it.hi {
				return true
			}
		default:
			if inCategory(it.cat, r, cs.uni) {
				return true
			}
		}
	}
	return false
}

var (
	namesOnce sync.Once
	names     map[string]rune
)

// lookupName finds a character by its Unicode name for \N{...}, as
// unicodedata.lookup does (names are matched without regard to case).
func lookupName(name string) (rune, bool) {
	namesOnce.Do(func() {
		names = make(map[string]rune, 40000)
		for r := rune(0); r <= unicode.MaxRune; r++ {
			if n := runenames.Name(r); n != "" && n[0] != '<' {
				names[n] = r
			}
		}
	})
	r, ok := names[upperASCII(name)]
	return r, ok
}

func upperASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 32
		}
	}
	return string(b)
}
