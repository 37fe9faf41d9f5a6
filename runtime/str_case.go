package runtime

import (
	"strings"
	"unicode"

	"gilfree/runtime/pyfmt"
)

// Case mapping, character classes and padding of str: upper, lower,
// title, the is* predicates, center, ljust, rjust and zfill.

// mapRunes applies a per-code-point mapping.
func mapRunes(s string, f func(r rune) rune) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, w := pyfmt.DecodeRune(s[i:])
		b = pyfmt.AppendRune(b, f(r))
		i += w
	}
	return string(b)
}

// The unconditional multi-character case mappings of Unicode's
// SpecialCasing.txt that Python applies and Go's per-rune mappings lack.
var (
	specialUpper = map[rune]string{
		'ß': "SS", 'ﬀ': "FF", 'ﬁ': "FI", 'ﬂ': "FL", 'ﬃ': "FFI", 'ﬄ': "FFL", 'ﬅ': "ST", 'ﬆ': "ST",
		'ŉ': "ʼN", 'ǰ': "J̌", 'ΐ': "Ϊ́", 'ΰ': "Ϋ́", 'և': "ԵՒ", 'ẖ': "H̱", 'ẗ': "T̈", 'ẘ': "W̊", 'ẙ': "Y̊", 'ẚ': "Aʾ",
	}
	specialLower = map[rune]string{'İ': "i̇"}
)

func mapSpecial(s string, special map[rune]string, f func(rune) rune) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, w := pyfmt.DecodeRune(s[i:])
		if m, ok := special[r]; ok {
			b = append(b, m...)
		} else {
			b = pyfmt.AppendRune(b, f(r))
		}
		i += w
	}
	return string(b)
}

func pyUpper(s string) string {
	if isASCIIString(s) {
		return strings.ToUpper(s)
	}
	return mapSpecial(s, specialUpper, unicode.ToUpper)
}

func pyLower(s string) string {
	if isASCIIString(s) {
		return strings.ToLower(s)
	}
	if !strings.ContainsRune(s, 'Σ') {
		return mapSpecial(s, specialLower, unicode.ToLower)
	}
	// Final sigma: a capital sigma after a cased letter and not before
	// one lowercases to ς.
	rs := runes(s)
	b := make([]byte, 0, len(s))
	for i, r := range rs {
		if r == 'Σ' && finalSigma(rs, i) {
			b = pyfmt.AppendRune(b, 'ς')
			continue
		}
		if m, ok := specialLower[r]; ok {
			b = append(b, m...)
		} else {
			b = pyfmt.AppendRune(b, unicode.ToLower(r))
		}
	}
	return string(b)
}

func finalSigma(rs []rune, i int) bool {
	ignorable := func(r rune) bool {
		return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk) || r == '\'' || r == '.' || r == ':'
	}
	j := i - 1
	for j >= 0 && ignorable(rs[j]) {
		j--
	}
	if j < 0 || !isCased(rs[j]) {
		return false
	}
	k := i + 1
	for k < len(rs) && ignorable(rs[k]) {
		k++
	}
	return k >= len(rs) || !isCased(rs[k])
}

func isASCIIString(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func isCased(r rune) bool { return unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r) }

func pyTitle(s string) string {
	prev := false
	return mapRunes(s, func(r rune) rune {
		if isCased(r) {
			if prev {
				r = unicode.ToLower(r)
			} else {
				r = unicode.ToTitle(r)
			}
			prev = true
		} else {
			prev = false
		}
		return r
	})
}

func pyCapitalize(s string) string {
	if s == "" {
		return s
	}
	r, w := pyfmt.DecodeRune(s)
	return string(pyfmt.AppendRune(nil, unicode.ToTitle(r))) + pyLower(s[w:])
}

func pySwapCase(s string) string {
	return mapRunes(s, func(r rune) rune {
		switch {
		case unicode.IsUpper(r):
			return unicode.ToLower(r)
		case unicode.IsLower(r):
			return unicode.ToUpper(r)
		}
		return r
	})
}

// strCase makes upper() and lower(): an ASCII string is mapped byte by
// byte, its length known, and shared when nothing changes.
func strCase(upper bool, f func(string) string) NativeFunc {
	return func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
		if err := t.CheckArgs("str method", args[1:], kw, 0, 0); err != nil {
			return nil, err
		}
		s := self(args)
		if s.IsASCII() {
			return t.newStrN(asciiCase(s.s, upper), s.n), nil
		}
		return t.NewStr(f(s.s)), nil
	}
}

// asciiCase maps the ASCII letters of an ASCII string to upper or lower
// case; it returns s itself when none changes.
func asciiCase(s string, upper bool) string {
	lo, hi := byte('A'), byte('Z')
	if upper {
		lo, hi = 'a', 'z'
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= lo && c <= hi {
			b := make([]byte, len(s))
			copy(b, s[:i])
			for ; i < len(s); i++ {
				c := s[i]
				if c >= lo && c <= hi {
					c ^= 0x20
				}
				b[i] = c
			}
			return bytesString(b)
		}
	}
	return s
}

func strMap(f func(string) string) NativeFunc {
	return func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
		if err := t.CheckArgs("str method", args[1:], kw, 0, 0); err != nil {
			return nil, err
		}
		return t.NewStr(f(self(args).s)), nil
	}
}

// strPredicate makes isdigit() and friends: true when the string is not
// empty and every code point passes (cased() adds the case rules).
func strPredicate(f func(r rune) bool) NativeFunc {
	return func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
		s := self(args).s
		if s == "" {
			return False, nil
		}
		for i := 0; i < len(s); {
			r, w := pyfmt.DecodeRune(s[i:])
			if !f(r) {
				return False, nil
			}
			i += w
		}
		return True, nil
	}
}

// strCasePredicate is isupper() and islower(): at least one cased code
// point, and none of the other case.
func strCasePredicate(upper bool) NativeFunc {
	return func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
		cased := false
		for _, r := range runes(self(args).s) {
			if upper && (unicode.IsLower(r) || unicode.IsTitle(r)) || !upper && (unicode.IsUpper(r) || unicode.IsTitle(r)) {
				return False, nil
			}
			if isCased(r) {
				cased = true
			}
		}
		return NewBool(cased), nil
	}
}

func strIsTitle(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	cased, prev := false, false
	for _, r := range runes(self(args).s) {
		switch {
		case unicode.IsUpper(r) || unicode.IsTitle(r):
			if prev {
				return False, nil
			}
			prev, cased = true, true
		case unicode.IsLower(r):
			if !prev {
				return False, nil
			}
			prev, cased = true, true
		default:
			prev = false
		}
	}
	return NewBool(cased), nil
}

func isPyNumeric(r rune) bool {
	return unicode.IsDigit(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.No, r) || strings.ContainsRune("〇一二三四五六七八九十百千万億兆", r)
}

func isPyDigit(r rune) bool {
	return unicode.IsDigit(r) || strings.ContainsRune("²³¹⁰⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉①②③④⑤⑥⑦⑧⑨", r)
}

func isPyAlpha(r rune) bool { return unicode.IsLetter(r) }

func isPyAlnum(r rune) bool { return isPyAlpha(r) || isPyNumeric(r) }

func strIsIdentifier(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	return NewBool(isIdentifier(self(args).s)), nil
}

func strIsASCII(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	return NewBool(self(args).IsASCII()), nil
}

func strIsPrintable(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	for _, r := range runes(self(args).s) {
		if !pyfmt.IsPrintable(r) {
			return False, nil
		}
	}
	return True, nil
}

// strPad implements center, ljust and rjust.
func strPad(name string, align byte) NativeFunc {
	return func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
		if err := t.CheckArgs(name, args[1:], kw, 1, 2); err != nil {
			return nil, err
		}
		width, err := t.IndexInt(args[1])
		if err != nil {
			return nil, err
		}
		fill := " "
		if len(args) == 3 {
			f, ok := AsStr(args[2])
			if !ok || countRunes(f) != 1 {
				if !ok {
					return nil, t.TypeError("%s() argument 2 must be str, not %s", name, TypeOf(args[2]).Name)
				}
				return nil, t.TypeError("The fill character must be exactly one character long")
			}
			fill = f
		}
		s := self(args)
		if width <= s.n {
			if TypeOf(args[0]) == StrType {
				return t.NewRef(args[0]), nil
			}
			return t.NewStr(s.s), nil
		}
		pad := width - s.n
		if err := t.tooBig(pad * len(fill)); err != nil {
			return nil, err
		}
		var left int
		switch align {
		case '<':
			left = 0
		case '>':
			left = pad
		default:
			left = pad / 2
			if pad%2 == 1 && width%2 == 1 {
				left++
			}
		}
		return t.newStrN(strings.Repeat(fill, left)+s.s+strings.Repeat(fill, pad-left), width), nil
	}
}

func strZfill(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("zfill", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	width, err := t.IndexInt(args[1])
	if err != nil {
		return nil, err
	}
	s := self(args)
	if width <= s.n {
		return t.NewStr(s.s), nil
	}
	if err := t.tooBig(width); err != nil {
		return nil, err
	}
	pad := strings.Repeat("0", width-s.n)
	if s.s != "" && (s.s[0] == '+' || s.s[0] == '-') {
		return t.NewStr(s.s[:1] + pad + s.s[1:]), nil
	}
	return t.NewStr(pad + s.s), nil
}
