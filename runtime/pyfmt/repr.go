package pyfmt

import (
	"math"
	"strconv"
	"unicode/utf8"
)

// FloatRepr returns Python's repr of a float: the shortest digits that
// read back as f, in positional notation when the decimal exponent is in
// -4..15 (always with a fractional part: "1.0", "1000000000000000.0") and
// in exponent notation otherwise ("1e+16", "1.5e-05"); "inf", "-inf",
// "nan" (never "-nan") and "-0.0".
func FloatRepr(f float64) string {
	return string(appendFloat(make([]byte, 0, 24), f, true, false))
}

// ComplexRepr returns Python's repr of a complex: "1j", "(1+2j)",
// "(-0-1j)", "(nan+infj)". The parentheses and the real part are left out
// only when the real part is +0.0. Neither part gets a ".0".
func ComplexRepr(c complex128) string {
	re, im := real(c), imag(c)
	b := make([]byte, 0, 48)
	if re == 0 && !math.Signbit(re) {
		b = appendFloat(b, im, false, false)
		return string(append(b, 'j'))
	}
	b = append(b, '(')
	b = appendFloat(b, re, false, false)
	b = appendFloat(b, im, false, true)
	return string(append(b, 'j', ')'))
}

// appendFloat formats f as Python's repr does (format code 'r'). addDot0
// adds ".0" to an integral value in positional notation; sign writes a
// '+' before a value that has no '-' (NaN included, whatever its sign bit).
func appendFloat(b []byte, f float64, addDot0, sign bool) []byte {
	switch {
	case math.IsNaN(f):
		if sign {
			b = append(b, '+')
		}
		return append(b, "nan"...)
	case math.Signbit(f):
		b = append(b, '-')
		f = -f
	case sign:
		b = append(b, '+')
	}
	if math.IsInf(f, 0) {
		return append(b, "inf"...)
	}
	// strconv's shortest 'e' form is "d.ddde±XX": the digits are those of
	// Python's repr, and only the layout differs.
	var buf [32]byte
	e := strconv.AppendFloat(buf[:0], f, 'e', -1, 64)
	ePos := len(e) - 1
	for e[ePos] != 'e' {
		ePos--
	}
	exp, _ := strconv.Atoi(string(e[ePos+1:]))
	digits := make([]byte, 0, 17)
	digits = append(digits, e[0])
	if ePos > 1 {
		digits = append(digits, e[2:ePos]...)
	}
	decpt := exp + 1 // the value is 0.digits × 10^decpt
	if decpt <= -4 || decpt > 16 {
		b = append(b, digits[0])
		if len(digits) > 1 {
			b = append(b, '.')
			b = append(b, digits[1:]...)
		}
		b = append(b, 'e')
		if exp < 0 {
			b = append(b, '-')
			exp = -exp
		} else {
			b = append(b, '+')
		}
		if exp < 10 {
			b = append(b, '0')
		}
		return strconv.AppendInt(b, int64(exp), 10)
	}
	switch {
	case decpt <= 0:
		b = append(b, '0', '.')
		for i := decpt; i < 0; i++ {
			b = append(b, '0')
		}
		b = append(b, digits...)
	case decpt >= len(digits):
		b = append(b, digits...)
		for i := len(digits); i < decpt; i++ {
			b = append(b, '0')
		}
		if addDot0 {
			b = append(b, '.', '0')
		}
	default:
		b = append(b, digits[:decpt]...)
		b = append(b, '.')
		b = append(b, digits[decpt:]...)
	}
	return b
}

const hexDigits = "0123456789abcdef"

// chooseQuote returns the quote Python's repr puts around a str or bytes:
// a double quote when the text holds a single quote and no double quote,
// else a single quote.
func chooseQuote[T ~string | ~[]byte](s T) byte {
	single, double := false, false
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\'':
			single = true
		case '"':
			double = true
		}
	}
	if single && !double {
		return '"'
	}
	return '\''
}

// appendASCII appends the repr form of one ASCII byte, which str and bytes
// share: backslash escapes for the quote, the backslash, tab, newline and
// carriage return, \xNN for other controls and DEL.
func appendASCII(b []byte, c, quote byte) []byte {
	switch {
	case c == quote || c == '\\':
		return append(b, '\\', c)
	case c == '\t':
		return append(b, '\\', 't')
	case c == '\n':
		return append(b, '\\', 'n')
	case c == '\r':
		return append(b, '\\', 'r')
	case c < 0x20 || c >= 0x7F:
		return append(b, '\\', 'x', hexDigits[c>>4], hexDigits[c&0xF])
	}
	return append(b, c)
}

// StrRepr returns Python's repr of a str held as WTF-8 (see wtf8.go):
// quoted, with printable characters as they are and the others escaped as
// \xNN, \uNNNN or \UNNNNNNNN; a lone surrogate prints as \udXXX. A byte
// that is not valid WTF-8 (which no Python str holds) prints as \xNN.
func StrRepr(s string) string {
	quote := chooseQuote(s)
	b := make([]byte, 0, len(s)+2)
	b = append(b, quote)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			b = appendASCII(b, c, quote)
			i++
			continue
		}
		r, n := DecodeRune(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			b = append(b, '\\', 'x', hexDigits[c>>4], hexDigits[c&0xF])
		case IsPrintable(r):
			b = append(b, s[i:i+n]...)
		case r <= 0xFF:
			b = append(b, '\\', 'x', hexDigits[r>>4], hexDigits[r&0xF])
		case r <= 0xFFFF:
			b = append(b, '\\', 'u')
			b = appendHex(b, r, 4)
		default:
			b = append(b, '\\', 'U')
			b = appendHex(b, r, 8)
		}
		i += n
	}
	return string(append(b, quote))
}

func appendHex(b []byte, r rune, width int) []byte {
	for shift := 4 * (width - 1); shift >= 0; shift -= 4 {
		b = append(b, hexDigits[(r>>shift)&0xF])
	}
	return b
}

// BytesRepr returns Python's repr of a bytes value: b'...' with the quote
// chosen as for str, printable ASCII as it is, and \t, \n, \r, \\, the
// quote and \xNN escapes for the rest. It takes the bytes as a []byte or
// as any string type.
func BytesRepr[T ~string | ~[]byte](s T) string {
	quote := chooseQuote(s)
	b := make([]byte, 0, len(s)+3)
	b = append(b, 'b', quote)
	for i := 0; i < len(s); i++ {
		b = appendASCII(b, s[i], quote)
	}
	return string(append(b, quote))
}

// FloatShort returns the shortest digits that read back as f, laid out as
// repr lays them out but without the ".0" repr adds to integral values
// ("1", "1e+16", "-0"): the form complex's repr and format's 'r' mode use
// for each part.
func FloatShort(f float64) string {
	return string(appendFloat(make([]byte, 0, 24), f, false, false))
}
