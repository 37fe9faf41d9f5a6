package syntax

import (
	"unicode"
	"unicode/utf8"
)

// identifierOrString scans a name, a keyword, or a string whose prefix
// letters start here. Like CPython, it first takes every byte that could
// belong to a name (ASCII letters, digits, underscores and anything
// non-ASCII) and only then checks non-ASCII names against PEP 3131, so a
// stray non-ASCII character anywhere is reported as an invalid character.
func (s *scanner) identifierOrString() bool {
	src := s.src
	start := s.pos
	var sawB, sawR, sawU, sawF bool
prefix:
	for p := start; p < len(src); {
		switch c := src[p]; {
		case (c == 'b' || c == 'B') && !(sawB || sawU || sawF):
			sawB = true
		case (c == 'u' || c == 'U') && !(sawB || sawU || sawR || sawF):
			sawU = true
		case (c == 'r' || c == 'R') && !(sawR || sawU):
			sawR = true
		case (c == 'f' || c == 'F') && !(sawF || sawB || sawU):
			sawF = true
		default:
			break prefix
		}
		p++
		if p < len(src) && (src[p] == '"' || src[p] == '\'') {
			if sawF {
				return s.fstringStart(start, p, sawR)
			}
			return s.stringLiteral(start, p)
		}
	}
	p := start
	nonASCII := false
	for p < len(src) {
		c := src[p]
		if c >= utf8.RuneSelf {
			nonASCII = true
		} else if !isAlnum(c) && c != '_' {
			break
		}
		p++
	}
	s.pos = p
	if nonASCII && !s.verifyIdentifier(start, p) {
		return false
	}
	s.emitAt(keywordKind(src[start:p]), start, p)
	return true
}

// verifyIdentifier checks a name with non-ASCII characters: the first
// must be XID_Start or '_', the others XID_Continue. On failure it reports
// the first bad character with the cursor just after it, as CPython does.
func (s *scanner) verifyIdentifier(start, end int) bool {
	if err := CheckUTF8(s.src[start:end]); err != nil {
		// CPython reports a name that is not UTF-8 where it ends.
		s.pos = end
		off := s.charOffset(s.lineStart, end)
		s.err = &SyntaxError{Kind: KindSyntaxError, Msg: err.(*SyntaxError).Msg, Filename: s.filename,
			Lineno: int(s.line), Offset: off, EndLineno: int(s.line), EndOffset: -1,
			Text: s.lineText(s.line)}
		return false
	}
	first := true
	for p := start; p < end; {
		r, size := utf8.DecodeRuneInString(s.src[p:end])
		ok := r == '_' || (first && isXIDStart(r)) || (!first && isXIDContinue(r))
		if r == utf8.RuneError && size == 1 {
			ok = false
		}
		if !ok {
			s.pos = p + size
			msg := "invalid non-printable character U+" + hex4(r)
			if unicode.IsPrint(r) {
				msg = "invalid character '" + string(r) + "' (U+" + hex4(r) + ")"
			}
			s.immediateError(KindSyntaxError, msg, s.pos, s.pos)
			return false
		}
		first = false
		p += size
	}
	return true
}

// isXIDStart reports whether r may start an identifier: Unicode's
// XID_Start, which is ID_Start (letters, letter numbers and the
// Other_ID_Start characters, without pattern syntax and white space) minus
// the few characters whose NFKC form is not itself an identifier start.
func isXIDStart(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIILetter(byte(r)) || r == '_'
	}
	if notXIDStart(r) {
		return false
	}
	if !(unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)) {
		return false
	}
	return !unicode.Is(unicode.Pattern_Syntax, r) && !unicode.Is(unicode.Pattern_White_Space, r)
}

// isXIDContinue reports whether r may continue an identifier: XID_Start
// plus marks, decimal digits, connector punctuation and the
// Other_ID_Continue characters, again without the NFKC exceptions.
func isXIDContinue(r rune) bool {
	if r < utf8.RuneSelf {
		return isAlnum(byte(r)) || r == '_'
	}
	if notXIDContinue(r) {
		return false
	}
	if isXIDStart(r) || r == 0x0E33 || r == 0x0EB3 || r == 0xFF9E || r == 0xFF9F {
		return true
	}
	if !(unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc) || unicode.Is(unicode.Other_ID_Continue, r)) {
		return false
	}
	return !unicode.Is(unicode.Pattern_Syntax, r) && !unicode.Is(unicode.Pattern_White_Space, r)
}

// notXIDStart lists the ID_Start characters that XID_Start leaves out.
func notXIDStart(r rune) bool {
	switch r {
	case 0x037A, 0x0E33, 0x0EB3, 0x309B, 0x309C, 0xFDFA, 0xFDFB, 0xFF9E, 0xFF9F:
		return true
	}
	return notXIDContinue(r)
}

// notXIDContinue lists the ID_Continue characters that XID_Continue
// leaves out.
func notXIDContinue(r rune) bool {
	switch {
	case r == 0x037A, r == 0x309B, r == 0x309C, r == 0xFDFA, r == 0xFDFB:
		return true
	case r >= 0xFC5E && r <= 0xFC63:
		return true
	case r >= 0xFE70 && r <= 0xFE7E && r%2 == 0:
		return true
	}
	return false
}
