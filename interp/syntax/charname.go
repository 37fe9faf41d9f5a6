package syntax

import (
	"sort"
	"strings"
	"sync"

	"golang.org/x/text/unicode/runenames"

	"gilfree/runtime/pyfmt"
)

// This file resolves the names of the \N{...} escape the way CPython 3.11
// does (its unicodedata module, Unicode 14.0):
//
//   - "HANGUL SYLLABLE " followed by the short names of a leading
//     consonant, a vowel and an optional trailing consonant, matched case
//     sensitively, names one of the 11,172 precomposed syllables;
//   - "CJK UNIFIED IDEOGRAPH-" followed by four or five upper-case hex
//     digits names a unified ideograph of the ranges Unicode 14 assigns;
//   - any other name is compared ignoring ASCII case with the character
//     names of the Unicode Character Database and with its formal name
//     aliases (charname_aliases.go). Named sequences are not accepted.
//
// The character names come from golang.org/x/text/unicode/runenames,
// whose tables follow the Go toolchain's Unicode version (15.0 for Go
// 1.26). Characters assigned after Unicode 14.0 are left out so that a
// name CPython 3.11 rejects is rejected here too.

const (
	hangulPrefix = "HANGUL SYLLABLE "
	cjkPrefix    = "CJK UNIFIED IDEOGRAPH-"
)

// lookupCharName returns the code point a \N{name} escape denotes.
func lookupCharName(name string) (rune, bool) {
	if rest, ok := strings.CutPrefix(name, hangulPrefix); ok {
		return lookupHangul(rest)
	}
	if rest, ok := strings.CutPrefix(name, cjkPrefix); ok {
		return lookupCJK(rest)
	}
	upper, ok := asciiUpper(name)
	if !ok {
		return 0, false
	}
	if r, ok := charNameTable()[upper]; ok {
		return r, true
	}
	i := sort.Search(len(charNameAliases), func(i int) bool { return charNameAliases[i].name >= upper })
	if i < len(charNameAliases) && charNameAliases[i].name == upper {
		return charNameAliases[i].r, true
	}
	return 0, false
}

// asciiUpper upper-cases the ASCII letters of s; it reports false when s
// holds anything but ASCII, since no character name does.
func asciiUpper(s string) (string, bool) {
	lower := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return "", false
		}
		if 'a' <= c && c <= 'z' {
			lower = true
		}
	}
	if !lower {
		return s, true
	}
	return strings.ToUpper(s), true
}

// The short names of the Hangul jamo, in the order of the Unicode
// composition algorithm: syllable = 0xAC00 + (l*21 + v)*28 + t.
var (
	hangulLeads  = [...]string{"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"}
	hangulVowels = [...]string{"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"}
	hangulTrails = [...]string{"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"}
)

// lookupHangul parses the jamo part of a Hangul syllable name. Each part
// takes the longest short name that matches, as CPython does, and the
// whole text must be used up.
func lookupHangul(s string) (rune, bool) {
	l, n1 := longestJamo(s, hangulLeads[:])
	v, n2 := longestJamo(s[n1:], hangulVowels[:])
	t, n3 := longestJamo(s[n1+n2:], hangulTrails[:])
	if l < 0 || v < 0 || t < 0 || n1+n2+n3 != len(s) {
		return 0, false
	}
	return rune(0xAC00 + (l*len(hangulVowels)+v)*len(hangulTrails) + t), true
}

// longestJamo returns the index and length of the longest name in names
// that s starts with, or -1 when none does (the empty name matches).
func longestJamo(s string, names []string) (int, int) {
	best, bestLen := -1, -1
	for i, n := range names {
		if len(n) > bestLen && strings.HasPrefix(s, n) {
			best, bestLen = i, len(n)
		}
	}
	return best, bestLen
}

// lookupCJK parses the hex part of a CJK unified ideograph's name.
func lookupCJK(s string) (rune, bool) {
	if len(s) != 4 && len(s) != 5 {
		return 0, false
	}
	var r rune
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case '0' <= c && c <= '9':
			r = r*16 + rune(c-'0')
		case 'A' <= c && c <= 'F':
			r = r*16 + rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	for _, rg := range cjkUnified {
		if rg[0] <= r && r <= rg[1] {
			return r, true
		}
	}
	return 0, false
}

// cjkUnified lists the CJK unified ideograph blocks of Unicode 14.0.
var cjkUnified = [...][2]rune{
	{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0x20000, 0x2A6DF}, {0x2A700, 0x2B738},
	{0x2B740, 0x2B81D}, {0x2B820, 0x2CEA1}, {0x2CEB0, 0x2EBE0}, {0x30000, 0x3134A},
}

// namedPlanes are the planes that hold named characters: the basic,
// supplementary multilingual, ideographic and tertiary ideographic planes
// and the supplementary special-purpose plane. The others are unassigned
// or private use.
var namedPlanes = [...]rune{0, 1, 2, 3, 14}

// charNameTable maps each upper-case character name to its code point. It
// is built on first use (a \N escape is rare; building takes a few
// milliseconds) and shared read-only afterwards.
var charNameTable = sync.OnceValue(func() map[string]rune {
	m := make(map[string]rune, 36000)
	for _, plane := range namedPlanes {
		for r := plane << 16; r < (plane+1)<<16; r++ {
			n := runenames.Name(r)
			if n == "" || n[0] == '<' || pyfmt.AssignedAfterUnicode14(r) {
				continue
			}
			m[n] = r
		}
	}
	return m
})
