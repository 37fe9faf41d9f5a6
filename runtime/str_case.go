package runtime

import (
	"sort"
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

// foldSpecial lists, by code point, the full case foldings of Unicode's
// CaseFolding.txt (statuses C and F) that differ from the code point's
// lowercase mapping, Cherokee aside (caseFoldRune). Sorted for a binary
// search; a slice of constants, so it costs nothing at start-up.
var foldSpecial = [...]struct {
	r rune
	s string
}{
	{0xb5, "\u03bc"}, {0xdf, "\u0073\u0073"}, {0x149, "\u02bc\u006e"}, {0x17f, "\u0073"},
	{0x1f0, "\u006a\u030c"}, {0x345, "\u03b9"}, {0x390, "\u03b9\u0308\u0301"}, {0x3b0, "\u03c5\u0308\u0301"},
	{0x3c2, "\u03c3"}, {0x3d0, "\u03b2"}, {0x3d1, "\u03b8"}, {0x3d5, "\u03c6"},
	{0x3d6, "\u03c0"}, {0x3f0, "\u03ba"}, {0x3f1, "\u03c1"}, {0x3f5, "\u03b5"},
	{0x587, "\u0565\u0582"}, {0x1c80, "\u0432"}, {0x1c81, "\u0434"}, {0x1c82, "\u043e"},
	{0x1c83, "\u0441"}, {0x1c84, "\u0442"}, {0x1c85, "\u0442"}, {0x1c86, "\u044a"},
	{0x1c87, "\u0463"}, {0x1c88, "\ua64b"}, {0x1e96, "\u0068\u0331"}, {0x1e97, "\u0074\u0308"},
	{0x1e98, "\u0077\u030a"}, {0x1e99, "\u0079\u030a"}, {0x1e9a, "\u0061\u02be"}, {0x1e9b, "\u1e61"},
	{0x1e9e, "\u0073\u0073"}, {0x1f50, "\u03c5\u0313"}, {0x1f52, "\u03c5\u0313\u0300"}, {0x1f54, "\u03c5\u0313\u0301"},
	{0x1f56, "\u03c5\u0313\u0342"}, {0x1f80, "\u1f00\u03b9"}, {0x1f81, "\u1f01\u03b9"}, {0x1f82, "\u1f02\u03b9"},
	{0x1f83, "\u1f03\u03b9"}, {0x1f84, "\u1f04\u03b9"}, {0x1f85, "\u1f05\u03b9"}, {0x1f86, "\u1f06\u03b9"},
	{0x1f87, "\u1f07\u03b9"}, {0x1f88, "\u1f00\u03b9"}, {0x1f89, "\u1f01\u03b9"}, {0x1f8a, "\u1f02\u03b9"},
	{0x1f8b, "\u1f03\u03b9"}, {0x1f8c, "\u1f04\u03b9"}, {0x1f8d, "\u1f05\u03b9"}, {0x1f8e, "\u1f06\u03b9"},
	{0x1f8f, "\u1f07\u03b9"}, {0x1f90, "\u1f20\u03b9"}, {0x1f91, "\u1f21\u03b9"}, {0x1f92, "\u1f22\u03b9"},
	{0x1f93, "\u1f23\u03b9"}, {0x1f94, "\u1f24\u03b9"}, {0x1f95, "\u1f25\u03b9"}, {0x1f96, "\u1f26\u03b9"},
	{0x1f97, "\u1f27\u03b9"}, {0x1f98, "\u1f20\u03b9"}, {0x1f99, "\u1f21\u03b9"}, {0x1f9a, "\u1f22\u03b9"},
	{0x1f9b, "\u1f23\u03b9"}, {0x1f9c, "\u1f24\u03b9"}, {0x1f9d, "\u1f25\u03b9"}, {0x1f9e, "\u1f26\u03b9"},
	{0x1f9f, "\u1f27\u03b9"}, {0x1fa0, "\u1f60\u03b9"}, {0x1fa1, "\u1f61\u03b9"}, {0x1fa2, "\u1f62\u03b9"},
	{0x1fa3, "\u1f63\u03b9"}, {0x1fa4, "\u1f64\u03b9"}, {0x1fa5, "\u1f65\u03b9"}, {0x1fa6, "\u1f66\u03b9"},
	{0x1fa7, "\u1f67\u03b9"}, {0x1fa8, "\u1f60\u03b9"}, {0x1fa9, "\u1f61\u03b9"}, {0x1faa, "\u1f62\u03b9"},
	{0x1fab, "\u1f63\u03b9"}, {0x1fac, "\u1f64\u03b9"}, {0x1fad, "\u1f65\u03b9"}, {0x1fae, "\u1f66\u03b9"},
	{0x1faf, "\u1f67\u03b9"}, {0x1fb2, "\u1f70\u03b9"}, {0x1fb3, "\u03b1\u03b9"}, {0x1fb4, "\u03ac\u03b9"},
	{0x1fb6, "\u03b1\u0342"}, {0x1fb7, "\u03b1\u0342\u03b9"}, {0x1fbc, "\u03b1\u03b9"}, {0x1fbe, "\u03b9"},
	{0x1fc2, "\u1f74\u03b9"}, {0x1fc3, "\u03b7\u03b9"}, {0x1fc4, "\u03ae\u03b9"}, {0x1fc6, "\u03b7\u0342"},
	{0x1fc7, "\u03b7\u0342\u03b9"}, {0x1fcc, "\u03b7\u03b9"}, {0x1fd2, "\u03b9\u0308\u0300"}, {0x1fd3, "\u03b9\u0308\u0301"},
	{0x1fd6, "\u03b9\u0342"}, {0x1fd7, "\u03b9\u0308\u0342"}, {0x1fe2, "\u03c5\u0308\u0300"}, {0x1fe3, "\u03c5\u0308\u0301"},
	{0x1fe4, "\u03c1\u0313"}, {0x1fe6, "\u03c5\u0342"}, {0x1fe7, "\u03c5\u0308\u0342"}, {0x1ff2, "\u1f7c\u03b9"},
	{0x1ff3, "\u03c9\u03b9"}, {0x1ff4, "\u03ce\u03b9"}, {0x1ff6, "\u03c9\u0342"}, {0x1ff7, "\u03c9\u0342\u03b9"},
	{0x1ffc, "\u03c9\u03b9"}, {0xfb00, "\u0066\u0066"}, {0xfb01, "\u0066\u0069"}, {0xfb02, "\u0066\u006c"},
	{0xfb03, "\u0066\u0066\u0069"}, {0xfb04, "\u0066\u0066\u006c"}, {0xfb05, "\u0073\u0074"}, {0xfb06, "\u0073\u0074"},
	{0xfb13, "\u0574\u0576"}, {0xfb14, "\u0574\u0565"}, {0xfb15, "\u0574\u056b"}, {0xfb16, "\u057e\u0576"},
	{0xfb17, "\u0574\u056d"},
}

// caseFoldRune appends the full case folding of r to b.
func caseFoldRune(b []byte, r rune) []byte {
	switch {
	case r >= 0x13a0 && r <= 0x13f5:
		// Cherokee folds to its capitals, which Unicode encoded first.
		return pyfmt.AppendRune(b, r)
	case r >= 0x13f8 && r <= 0x13fd:
		return pyfmt.AppendRune(b, r-8)
	case r >= 0xab70 && r <= 0xabbf:
		return pyfmt.AppendRune(b, r-0xab70+0x13a0)
	}
	i := sort.Search(len(foldSpecial), func(i int) bool { return foldSpecial[i].r >= r })
	if i < len(foldSpecial) && foldSpecial[i].r == r {
		return append(b, foldSpecial[i].s...)
	}
	if m, ok := specialLower[r]; ok {
		return append(b, m...)
	}
	return pyfmt.AppendRune(b, unicode.ToLower(r))
}

// pyCaseFold is str.casefold: lowercase with Unicode's full case folding,
// and no final-sigma rule (every sigma folds to σ).
func pyCaseFold(s string) string {
	if isASCIIString(s) {
		return strings.ToLower(s)
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, w := pyfmt.DecodeRune(s[i:])
		b = caseFoldRune(b, r)
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
