package syntax

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"gilfree/runtime/pyfmt"
)

// This file turns the text of a string or bytes literal into its value,
// with CPython 3.11's escapes, results and error messages.
//
// The scanner hands over the body of one literal: the text between its
// quotes, without prefix or quotes. Line breaks in a body may be "\n",
// "\r\n" or "\r"; like CPython's tokenizer, which translates every line
// break to "\n" before it looks at a literal, the decoders read each of
// them as "\n".
//
// Errors are *SyntaxError values with only Kind and Msg set; the caller
// knows where the literal is and fills in the location. CPython reports
// escape and UTF-8 errors just after the end of the string token, and
// "bytes can only contain ASCII literal characters" on the whole token.
//
// CPython decodes a str literal with backslashes in two passes, and its
// messages count positions in the text between them: first it copies the
// body, writing every non-ASCII character as a ten-byte \UXXXXXXXX escape
// (and a backslash that precedes one as the six bytes \u005c), then it
// decodes that text with the unicode_escape codec. transPos recomputes
// those positions so that our messages name the same ones.

// DecodeStringLiteral returns the value of a str literal's body: UTF-8,
// with any surrogate that an escape writes held as WTF-8 (see
// runtime/pyfmt). With raw set, backslashes are not escapes. A body
// without backslashes or carriage returns is returned as is, without
// allocating.
func DecodeStringLiteral(body string, raw bool) (string, error) {
	if !strings.ContainsRune(body, '\r') && (raw || !strings.ContainsRune(body, '\\')) {
		if err := CheckUTF8(body); err != nil {
			return "", err
		}
		return body, nil
	}
	body = normalizeNewlines(body)
	if raw || !strings.ContainsRune(body, '\\') {
		if err := CheckUTF8(body); err != nil {
			return "", err
		}
		return body, nil
	}
	if err := checkUTF8Runs(body); err != nil {
		return "", err
	}
	return decodeStrEscapes(body)
}

// DecodeBytesLiteral returns the value of a bytes literal's body. The
// source text of a bytes literal must be ASCII; escapes then write any
// byte. \u, \U and \N are not escapes in bytes.
func DecodeBytesLiteral(body string, raw bool) (Bytes, error) {
	for i := 0; i < len(body); i++ {
		if body[i] >= utf8.RuneSelf {
			return "", &SyntaxError{Msg: "bytes can only contain ASCII literal characters"}
		}
	}
	if !strings.ContainsRune(body, '\r') && (raw || !strings.ContainsRune(body, '\\')) {
		return Bytes(body), nil
	}
	body = normalizeNewlines(body)
	if raw {
		return Bytes(body), nil
	}
	return decodeBytesEscapes(body)
}

// normalizeNewlines turns "\r\n" and lone "\r" into "\n".
func normalizeNewlines(s string) string {
	if !strings.ContainsRune(s, '\r') {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

// simpleEscapes maps the character after a backslash to the byte it
// writes, for the escapes that str and bytes share; 0 means none.
var simpleEscapes = [128]byte{
	'\\': '\\', '\'': '\'', '"': '"',
	'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v',
}

// decodeStrEscapes decodes the escapes of a str body that is valid UTF-8.
func decodeStrEscapes(body string) (string, error) {
	start := strings.IndexByte(body, '\\')
	b := make([]byte, 0, len(body))
	b = append(b, body[:start]...)
	for i := start; i < len(body); {
		c := body[i]
		if c != '\\' {
			j := i + 1
			for j < len(body) && body[j] != '\\' {
				j++
			}
			b = append(b, body[i:j]...)
			i = j
			continue
		}
		if i+1 >= len(body) || body[i+1] >= utf8.RuneSelf {
			// A backslash before a non-ASCII character (or at the very
			// end) stays a backslash.
			b = append(b, '\\')
			i++
			continue
		}
		esc := body[i+1]
		switch {
		case esc == '\n':
			i += 2
		case simpleEscapes[esc] != 0:
			b = append(b, simpleEscapes[esc])
			i += 2
		case '0' <= esc && esc <= '7':
			v, n := octalEscape(body[i+1:])
			b = pyfmt.AppendRune(b, v)
			i += 1 + n
		case esc == 'x' || esc == 'u' || esc == 'U':
			digits := hexEscapeDigits(esc)
			v, n := hexDigits(body[i+2:], digits)
			end := i + 2 + n
			if n < digits {
				return "", unicodeEscapeError(body, i, end, truncatedMessages[esc])
			}
			if v > utf8.MaxRune {
				return "", unicodeEscapeError(body, i, end, "illegal Unicode character")
			}
			b = pyfmt.AppendRune(b, rune(v))
			i = end
		case esc == 'N':
			r, end, msg := nameEscape(body, i)
			if msg != "" {
				return "", unicodeEscapeError(body, i, end, msg)
			}
			b = utf8.AppendRune(b, r)
			i = end
		default:
			// Unknown escapes keep their backslash (CPython warns).
			b = append(b, '\\', esc)
			i += 2
		}
	}
	return string(b), nil
}

// hexEscapeDigits returns how many hex digits \x, \u and \U take.
func hexEscapeDigits(esc byte) int {
	switch esc {
	case 'x':
		return 2
	case 'u':
		return 4
	}
	return 8
}

var truncatedMessages = map[byte]string{
	'x': `truncated \xXX escape`,
	'u': `truncated \uXXXX escape`,
	'U': `truncated \UXXXXXXXX escape`,
}

// octalEscape reads the one to three octal digits at the start of s.
func octalEscape(s string) (rune, int) {
	var v rune
	n := 0
	for n < 3 && n < len(s) && '0' <= s[n] && s[n] <= '7' {
		v = v*8 + rune(s[n]-'0')
		n++
	}
	return v, n
}

// hexDigits reads up to max hex digits at the start of s and returns
// their value and how many there were.
func hexDigits(s string, max int) (uint32, int) {
	var v uint32
	n := 0
	for n < max && n < len(s) {
		d := hexValue(s[n])
		if d < 0 {
			break
		}
		v = v<<4 | uint32(d)
		n++
	}
	return v, n
}

func hexValue(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// nameEscape decodes the \N{name} escape whose backslash is at body[i].
// It returns the character and the index after the escape, or an error
// message and the index where CPython stops reading.
func nameEscape(body string, i int) (rune, int, string) {
	const malformed = `malformed \N character escape`
	j := i + 2
	if j >= len(body) || body[j] != '{' {
		return 0, j, malformed
	}
	close := strings.IndexByte(body[j+1:], '}')
	if close < 0 {
		return 0, len(body), malformed
	}
	name := body[j+1 : j+1+close]
	end := j + 2 + close
	if name == "" {
		return 0, end - 1, malformed
	}
	r, ok := lookupCharName(name)
	if !ok {
		return 0, end, "unknown Unicode character name"
	}
	return r, end, ""
}

// unicodeEscapeError builds the error for a bad escape that starts at
// body[start] and that CPython stops reading at body[end].
func unicodeEscapeError(body string, start, end int, reason string) error {
	s, e := transPos(body, start), transPos(body, end)
	var where string
	if e-s == 1 {
		where = fmt.Sprintf("byte 0x5c in position %d", s)
	} else {
		where = fmt.Sprintf("bytes in position %d-%d", s, e-1)
	}
	return &SyntaxError{Msg: fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode %s: %s", where, reason)}
}

// transPos converts the byte index i of body into a position in the text
// that CPython hands to its unicode_escape codec (see the file comment):
// an ASCII byte counts 1, a non-ASCII character 10, and a backslash that
// precedes a non-ASCII character or ends the body 6.
func transPos(body string, i int) int {
	p := 0
	for s := 0; s < i; {
		c := body[s]
		if c == '\\' {
			p++
			s++
			if s >= len(body) || body[s] >= utf8.RuneSelf {
				p += 5
				continue
			}
			if s >= i {
				break
			}
			p++
			s++
			continue
		}
		if c >= utf8.RuneSelf {
			_, n := utf8.DecodeRuneInString(body[s:])
			p += 10
			s += n
			continue
		}
		p++
		s++
	}
	return p
}

// decodeBytesEscapes decodes the escapes of an ASCII bytes body.
func decodeBytesEscapes(body string) (Bytes, error) {
	b := make([]byte, 0, len(body))
	for i := 0; i < len(body); {
		c := body[i]
		if c != '\\' || i+1 >= len(body) {
			b = append(b, c)
			i++
			continue
		}
		esc := body[i+1]
		switch {
		case esc == '\n':
			i += 2
		case simpleEscapes[esc] != 0:
			b = append(b, simpleEscapes[esc])
			i += 2
		case '0' <= esc && esc <= '7':
			v, n := octalEscape(body[i+1:])
			b = append(b, byte(v)) // CPython keeps the low byte of \400..\777
			i += 1 + n
		case esc == 'x':
			v, n := hexDigits(body[i+2:], 2)
			if n < 2 {
				return "", &SyntaxError{Msg: fmt.Sprintf(`(value error) invalid \x escape at position %d`, i)}
			}
			b = append(b, byte(v))
			i += 4
		default:
			b = append(b, '\\', esc)
			i += 2
		}
	}
	return Bytes(b), nil
}

// CheckUTF8 reports the first byte sequence of s that is not valid UTF-8,
// with the message CPython gives when it decodes a token's text ("(unicode
// error) 'utf-8' codec can't decode byte 0xf6 in position 1: invalid start
// byte"); positions count from the start of s. Surrogates are invalid, as
// in Python's UTF-8 codec. The scanner calls it on identifiers; the
// literal decoders on bodies.
func CheckUTF8(s string) error {
	if utf8.ValidString(s) {
		return nil
	}
	if msg := UTF8ErrorText(s, "utf-8", 0); msg != "" {
		return &SyntaxError{Msg: "(unicode error) " + msg}
	}
	return nil
}

// checkUTF8Runs checks a body that has backslashes the way CPython does:
// each run of non-ASCII bytes is decoded on its own, so positions count
// from the start of the run.
func checkUTF8Runs(body string) error {
	for i := 0; i < len(body); i++ {
		if body[i] < utf8.RuneSelf {
			continue
		}
		j := i
		for j < len(body) && body[j] >= utf8.RuneSelf {
			j++
		}
		if err := CheckUTF8(body[i:j]); err != nil {
			return err
		}
		i = j
	}
	return nil
}

// UTF8ErrorText returns the message of Python's UTF-8 codec for the first
// invalid sequence of s ("'utf-8' codec can't decode bytes in position
// 0-1: invalid continuation byte"), or "" when s is valid. codec names
// the codec in the message and base is added to positions.
func UTF8ErrorText(s, codec string, base int) string {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r != utf8.RuneError || n > 1 {
			i += n
			continue
		}
		bad, reason := utf8Fault(s[i:])
		if bad == 1 {
			return fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", codec, s[i], base+i, reason)
		}
		return fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", codec, base+i, base+i+bad-1, reason)
	}
	return ""
}

// ReplaceInvalidUTF8 returns s with each invalid UTF-8 sequence replaced
// by U+FFFD, one per sequence as Python's decoder delimits them (its
// "replace" error handler). CPython shows a source line that holds such
// bytes this way in a SyntaxError's text.
func ReplaceInvalidUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n <= 1 {
			bad, _ := utf8Fault(s[i:])
			b.WriteString("\uFFFD")
			i += bad
			continue
		}
		b.WriteString(s[i : i+n])
		i += n
	}
	return b.String()
}

// utf8Fault classifies the invalid sequence at the start of s as Python's
// decoder does: how many bytes it rejects together, and why.
func utf8Fault(s string) (int, string) {
	c := s[0]
	var size int
	lo, hi := byte(0x80), byte(0xBF) // the valid range of the second byte
	switch {
	case c >= 0xC2 && c <= 0xDF:
		size = 2
	case c >= 0xE0 && c <= 0xEF:
		size = 3
		if c == 0xE0 {
			lo = 0xA0
		} else if c == 0xED {
			hi = 0x9F
		}
	case c >= 0xF0 && c <= 0xF4:
		size = 4
		if c == 0xF0 {
			lo = 0x90
		} else if c == 0xF4 {
			hi = 0x8F
		}
	default:
		return 1, "invalid start byte"
	}
	for k := 1; k < size; k++ {
		if k >= len(s) {
			return k, "unexpected end of data"
		}
		ok := s[k] >= 0x80 && s[k] <= 0xBF
		if k == 1 {
			ok = s[k] >= lo && s[k] <= hi
		}
		if !ok {
			return k, "invalid continuation byte"
		}
	}
	return size, "invalid continuation byte"
}
