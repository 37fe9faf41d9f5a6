package runtime

import (
	"strings"
	"unicode/utf8"

	"gilfree/runtime/pyfmt"
)

// Encoding and decoding between str and bytes: UTF-8, ASCII and Latin-1,
// with the strict, ignore, replace, surrogateescape and backslashreplace
// error handlers.

func normalizeEncoding(enc string) string {
	e := strings.ToLower(strings.ReplaceAll(strings.ReplaceAll(enc, "_", "-"), " ", "-"))
	switch e {
	case "utf8", "utf-8", "u8", "utf", "cp65001":
		return "utf-8"
	case "ascii", "us-ascii", "646":
		return "ascii"
	case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1", "8859", "cp819", "latin":
		return "latin-1"
	}
	return e
}

func (t *Thread) unknownEncoding(enc string) error {
	return t.NewErrorMsg(LookupErrorType, "unknown encoding: "+enc)
}

// encode converts a str to bytes.
func (t *Thread) encode(s, enc, errors string) ([]byte, error) {
	name := normalizeEncoding(enc)
	limit := rune(-1)
	switch name {
	case "utf-8":
		limit = 0x10ffff
	case "ascii":
		limit = 0x7f
	case "latin-1":
		limit = 0xff
	default:
		return nil, t.unknownEncoding(enc)
	}
	out := make([]byte, 0, len(s))
	pos := 0
	for i := 0; i < len(s); pos++ {
		r, w := pyfmt.DecodeRune(s[i:])
		i += w
		bad := r > limit || (name == "utf-8" && r >= pyfmt.MinSurrogate && r <= pyfmt.MaxSurrogate)
		if !bad {
			if name == "utf-8" {
				out = utf8.AppendRune(out, r)
			} else {
				out = append(out, byte(r))
			}
			continue
		}
		switch errors {
		case "ignore":
		case "replace":
			out = append(out, '?')
		case "surrogateescape":
			if r >= 0xdc80 && r <= 0xdcff {
				out = append(out, byte(r-0xdc00))
				continue
			}
			fallthrough
		case "backslashreplace":
			if errors == "backslashreplace" {
				switch {
				case r < 0x100:
					out = append(out, "\\x"+hex2(byte(r))...)
				case r < 0x10000:
					out = append(out, "\\u"+hexN(uint64(r), 4)...)
				default:
					out = append(out, "\\U"+hexN(uint64(r), 8)...)
				}
				continue
			}
			fallthrough
		default:
			reason := "ordinal not in range(128)"
			switch name {
			case "utf-8":
				reason = "surrogates not allowed"
			case "latin-1":
				reason = "ordinal not in range(256)"
			}
			return nil, t.newErrorFrom(UnicodeEncodeErrorType, t.NewStr(name), t.NewStr(s), t.NewInt(int64(pos)), t.NewInt(int64(pos+1)), t.NewStr(reason))
		}
	}
	return out, nil
}

// decode converts bytes to a str.
func (t *Thread) decode(b []byte, enc, errors string, orig *Object) (*Object, error) {
	name := normalizeEncoding(enc)
	switch name {
	case "utf-8", "ascii", "latin-1":
	default:
		return nil, t.unknownEncoding(enc)
	}
	if name == "utf-8" && utf8.Valid(b) {
		return t.NewStr(string(b)), nil
	}
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); {
		c := b[i]
		switch name {
		case "latin-1":
			out = pyfmt.AppendRune(out, rune(c))
			i++
			continue
		case "ascii":
			if c < 0x80 {
				out = append(out, c)
				i++
				continue
			}
		default:
			r, w := utf8.DecodeRune(b[i:])
			if r != utf8.RuneError || w > 1 {
				out = utf8.AppendRune(out, r)
				i += w
				continue
			}
		}
		n, reason := 1, "ordinal not in range(128)"
		if name == "utf-8" {
			n, reason = utf8Error(b[i:])
		}
		switch errors {
		case "ignore":
		case "replace":
			out = utf8.AppendRune(out, 0xfffd)
		case "surrogateescape":
			for k := 0; k < n; k++ {
				if b[i+k] < 0x80 {
					break
				}
				out = pyfmt.AppendRune(out, rune(0xdc00+int(b[i+k])))
			}
		case "backslashreplace":
			for k := 0; k < n; k++ {
				out = append(out, "\\x"+hex2(b[i+k])...)
			}
		default:
			bo := orig
			if bo == nil {
				bo = t.NewBytes(b)
				defer t.Decref(bo)
			}
			return nil, t.newErrorFrom(UnicodeDecodeErrorType, t.NewStr(name), t.NewRef(bo), t.NewInt(int64(i)), t.NewInt(int64(i+n)), t.NewStr(reason))
		}
		i += n
	}
	return t.NewStr(string(out)), nil
}

// utf8Error classifies an invalid UTF-8 sequence at the start of b as
// CPython does: how many bytes it spans and why.
func utf8Error(b []byte) (int, string) {
	c := b[0]
	switch {
	case c < 0x80:
		return 1, "invalid start byte"
	case c < 0xc2 || c > 0xf4:
		return 1, "invalid start byte"
	}
	need := 2
	if c >= 0xe0 {
		need = 3
	}
	if c >= 0xf0 {
		need = 4
	}
	lo, hi := byte(0x80), byte(0xbf)
	switch c {
	case 0xe0:
		lo = 0xa0
	case 0xed:
		hi = 0x9f
	case 0xf0:
		lo = 0x90
	case 0xf4:
		hi = 0x8f
	}
	for k := 1; k < need; k++ {
		if k >= len(b) {
			return k, "unexpected end of data"
		}
		l, h := byte(0x80), byte(0xbf)
		if k == 1 {
			l, h = lo, hi
		}
		if b[k] < l || b[k] > h {
			return k, "invalid continuation byte"
		}
	}
	return 1, "invalid start byte"
}
