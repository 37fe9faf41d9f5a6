package pyfmt

import "unicode/utf8"

// This file is the one place that defines how a Python str is held in a Go
// string. A Python str is a sequence of code points, any of them in
// U+0000..U+10FFFF, including the surrogates U+D800..U+DFFF that UTF-8
// cannot encode. gilfree holds it as UTF-8, except that every surrogate
// code point is written as its own three-byte sequence (ED A0..BF 80..BF),
// the "generalized UTF-8" that WTF-8 builds on. Two surrogates in a row are
// never merged into one four-byte sequence: '\ud83d\ude00' is a Python str
// of two code points, distinct from '\U0001f600', and so must stay distinct
// here. A string without surrogates is therefore plain UTF-8, and the Go
// standard library can be used on it directly.

// MinSurrogate and MaxSurrogate bound the surrogate code points.
const (
	MinSurrogate = 0xD800
	MaxSurrogate = 0xDFFF
)

// DecodeRune decodes the first code point of s, which is WTF-8 text as
// described above. It returns the code point and the number of bytes it
// takes. Bytes that are not valid WTF-8 decode one at a time as
// (utf8.RuneError, 1), as utf8.DecodeRuneInString does; DecodeRune("")
// returns (utf8.RuneError, 0).
func DecodeRune(s string) (rune, int) {
	if len(s) > 0 && s[0] < utf8.RuneSelf {
		return rune(s[0]), 1
	}
	if len(s) >= 3 && s[0] == 0xED && s[1] >= 0xA0 && s[1] <= 0xBF && s[2]&0xC0 == 0x80 {
		return rune(0xD000 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F)), 3
	}
	return utf8.DecodeRuneInString(s)
}

// AppendRune appends the WTF-8 encoding of r to b. Unlike utf8.AppendRune
// it encodes a surrogate as its own three bytes instead of U+FFFD; other
// invalid code points become U+FFFD.
func AppendRune(b []byte, r rune) []byte {
	if r >= MinSurrogate && r <= MaxSurrogate {
		return append(b, 0xED, byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(b, r)
}

// RuneLen returns the number of bytes AppendRune writes for r.
func RuneLen(r rune) int {
	if r >= MinSurrogate && r <= MaxSurrogate {
		return 3
	}
	if n := utf8.RuneLen(r); n > 0 {
		return n
	}
	return 3
}
