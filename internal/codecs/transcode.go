package codecs

import (
	"encoding/binary"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"gilfree/runtime/pyfmt"
)

// A DecodeHandler is called for the bytes [start, end) of the input that
// cannot be decoded, with Python's reason. It returns the text to put in
// their place (as gilfree holds a str) and the byte offset at which
// decoding goes on, or an error, which Decode returns.
type DecodeHandler func(start, end int, reason string) (repl string, resume int, err error)

// An EncodeHandler is called for the code points [start, end) of the
// input (counted in code points) that cannot be encoded, with Python's
// reason. It returns text to encode in their place, or raw bytes to put
// there as they are (raw != nil), and the code point index at which
// encoding goes on; or an error, which Encode returns.
type EncodeHandler func(start, end int, reason string) (repl string, raw []byte, resume int, err error)

// ReplacementError is returned by Encode when the text an EncodeHandler
// gave cannot itself be encoded; Start and End are the code points the
// handler replaced.
type ReplacementError struct {
	Start, End int
	Reason     string
}

func (e *ReplacementError) Error() string { return "unencodable replacement: " + e.Reason }

const (
	reasonSurrogates = "surrogates not allowed"
	reasonUndefined  = "character maps to <undefined>"
)

// DecodeName is the codec's name in the errors of decoding b: for
// UTF-16 and UTF-32 with a BOM, the name of the byte order b is read in.
func (c *Codec) DecodeName(b []byte) string {
	switch c.kind {
	case kindUTF16, kindUTF32:
		bo, _ := c.order(b)
		if bo == binary.BigEndian {
			return c.name + "-be"
		}
		return c.name + "-le"
	}
	return c.name
}

// MarksOrder reports utf-16 and utf-32, whose encoders start their output
// with a byte order mark (little-endian) and whose decoders read one.
func (c *Codec) MarksOrder() bool { return c.kind == kindUTF16 || c.kind == kindUTF32 }

// HasBOM reports UTF-8 with a BOM, whose decoder drops a BOM at the
// start of its input.
func (c *Codec) HasBOM() bool { return c.kind == kindUTF8Sig }

// Decode decodes b. With surrogatePass, the UTF codecs decode encoded
// surrogates (which they otherwise reject) as the surrogate code points,
// as Python's "surrogatepass" handler does.
func (c *Codec) Decode(b []byte, surrogatePass bool, h DecodeHandler) (string, error) {
	switch c.kind {
	case kindUTF8Sig:
		// Positions are counted after the BOM, as Python's codec counts
		// them.
		if len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF {
			b = b[3:]
		}
		return decodeUTF8(b, surrogatePass, h)
	case kindUTF8:
		return decodeUTF8(b, surrogatePass, h)
	case kindUTF16, kindUTF16LE, kindUTF16BE:
		return c.decodeUTF16(b, surrogatePass, h)
	case kindUTF32, kindUTF32LE, kindUTF32BE:
		return c.decodeUTF32(b, surrogatePass, h)
	}
	table := latin1Table()
	reason := reasonUndefined
	switch c.kind {
	case kindCharmap:
		table = charmapTable(c.cmap)
	case kindASCII:
		table = asciiTable()
		reason = "ordinal not in range(128)"
	}
	out := make([]byte, 0, len(b)+len(b)/2)
	for i := 0; i < len(b); {
		r := table[b[i]]
		if r >= 0 {
			out = utf8.AppendRune(out, r)
			i++
			continue
		}
		repl, resume, err := h(i, i+1, reason)
		if err != nil {
			return "", err
		}
		out = append(out, repl...)
		i = resume
	}
	return string(out), nil
}

var asciiTable = sync.OnceValue(func() *byteTable {
	var t byteTable
	for i := range t {
		t[i] = rune(i)
		if i >= 0x80 {
			t[i] = -1
		}
	}
	return &t
})

func decodeUTF8(b []byte, surrogatePass bool, h DecodeHandler) (string, error) {
	if utf8.Valid(b) {
		return string(b), nil
	}
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); {
		r, w := utf8.DecodeRune(b[i:])
		if r != utf8.RuneError || w > 1 {
			out = utf8.AppendRune(out, r)
			i += w
			continue
		}
		if surrogatePass && i+2 < len(b) && b[i] == 0xED && b[i+1] >= 0xA0 && b[i+1] <= 0xBF && b[i+2]&0xC0 == 0x80 {
			out = append(out, b[i:i+3]...)
			i += 3
			continue
		}
		n, reason := UTF8Error(b[i:])
		repl, resume, err := h(i, i+n, reason)
		if err != nil {
			return "", err
		}
		out = append(out, repl...)
		i = resume
	}
	return string(out), nil
}

// UTF8Error classifies an invalid UTF-8 sequence at the start of b as
// CPython does: how many bytes it spans and why.
func UTF8Error(b []byte) (int, string) {
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

// order returns the byte order of a UTF-16 or UTF-32 input and the
// length of its BOM: the codec's own, or for the codecs with a BOM the
// one the input starts with (little-endian without one).
func (c *Codec) order(b []byte) (binary.ByteOrder, int) {
	switch c.kind {
	case kindUTF16LE, kindUTF32LE:
		return binary.LittleEndian, 0
	case kindUTF16BE, kindUTF32BE:
		return binary.BigEndian, 0
	case kindUTF16:
		if len(b) >= 2 && b[0] == 0xFF && b[1] == 0xFE {
			return binary.LittleEndian, 2
		}
		if len(b) >= 2 && b[0] == 0xFE && b[1] == 0xFF {
			return binary.BigEndian, 2
		}
	case kindUTF32:
		if len(b) >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0 {
			return binary.LittleEndian, 4
		}
		if len(b) >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF {
			return binary.BigEndian, 4
		}
	}
	return binary.LittleEndian, 0
}

func (c *Codec) decodeUTF16(b []byte, surrogatePass bool, h DecodeHandler) (string, error) {
	bo, i := c.order(b)
	out := make([]byte, 0, len(b))
	for i < len(b) {
		var (
			n      int
			reason string
		)
		switch {
		case len(b)-i < 2:
			n, reason = len(b)-i, "truncated data"
		default:
			u := rune(bo.Uint16(b[i:]))
			switch {
			case u < 0xD800 || u > 0xDFFF:
				out = utf8.AppendRune(out, u)
				i += 2
				continue
			case surrogatePass && (u >= 0xDC00 || len(b)-i < 4 || !isLow(rune(bo.Uint16(b[i+2:])))):
				out = pyfmt.AppendRune(out, u)
				i += 2
				continue
			case u >= 0xDC00:
				n, reason = 2, "illegal encoding"
			case len(b)-i < 4:
				n, reason = len(b)-i, "unexpected end of data"
			default:
				u2 := rune(bo.Uint16(b[i+2:]))
				if isLow(u2) {
					out = utf8.AppendRune(out, 0x10000+(u-0xD800)<<10+(u2-0xDC00))
					i += 4
					continue
				}
				n, reason = 2, "illegal UTF-16 surrogate"
			}
		}
		repl, resume, err := h(i, i+n, reason)
		if err != nil {
			return "", err
		}
		out = append(out, repl...)
		i = resume
	}
	return string(out), nil
}

func isLow(u rune) bool { return u >= 0xDC00 && u <= 0xDFFF }

func (c *Codec) decodeUTF32(b []byte, surrogatePass bool, h DecodeHandler) (string, error) {
	bo, i := c.order(b)
	out := make([]byte, 0, len(b))
	for i < len(b) {
		var (
			n      int
			reason string
		)
		if len(b)-i < 4 {
			n, reason = len(b)-i, "truncated data"
		} else {
			u := bo.Uint32(b[i:])
			switch {
			case u > 0x10FFFF:
				n, reason = 4, "code point not in range(0x110000)"
			case u >= 0xD800 && u <= 0xDFFF && !surrogatePass:
				n, reason = 4, "code point in surrogate code point range(0xd800, 0xe000)"
			default:
				out = pyfmt.AppendRune(out, rune(u))
				i += 4
				continue
			}
		}
		repl, resume, err := h(i, i+n, reason)
		if err != nil {
			return "", err
		}
		out = append(out, repl...)
		i = resume
	}
	return string(out), nil
}

// Encode encodes s, text as gilfree holds a str. With surrogatePass, the
// UTF codecs encode surrogate code points as they would any other, as
// Python's "surrogatepass" handler does.
func (c *Codec) Encode(s string, surrogatePass bool, h EncodeHandler) ([]byte, error) {
	runes := make([]rune, 0, len(s))
	for i := 0; i < len(s); {
		r, w := pyfmt.DecodeRune(s[i:])
		runes = append(runes, r)
		i += w
	}
	out := make([]byte, 0, len(s)+4)
	switch c.kind {
	case kindUTF8Sig:
		out = append(out, 0xEF, 0xBB, 0xBF)
	case kindUTF16:
		out = append(out, 0xFF, 0xFE)
	case kindUTF32:
		out = append(out, 0xFF, 0xFE, 0, 0)
	}
	enc := c.encoder(surrogatePass)
	for i := 0; i < len(runes); {
		var ok bool
		if out, ok = enc(out, runes[i]); ok {
			i++
			continue
		}
		end := i + 1
		// Python's UTF-16 and UTF-32 encoders report one code point at a
		// time; the others the whole run.
		for end < len(runes) && !c.Wide() {
			if _, ok := enc(nil, runes[end]); ok {
				break
			}
			end++
		}
		repl, raw, resume, err := h(i, end, c.encodeReason())
		if err != nil {
			return nil, err
		}
		if raw != nil {
			// Raw bytes must be whole code units of a UTF-16 or UTF-32
			// output.
			if c.Wide() && len(raw)%c.unit() != 0 {
				return nil, &ReplacementError{Start: i, End: end, Reason: c.encodeReason()}
			}
			out = append(out, raw...)
		} else {
			for k := 0; k < len(repl); {
				r, w := pyfmt.DecodeRune(repl[k:])
				k += w
				if out, ok = enc(out, r); !ok {
					return nil, &ReplacementError{Start: i, End: end, Reason: c.encodeReason()}
				}
			}
		}
		i = resume
	}
	return out, nil
}

// unit is the size of a UTF-16 or UTF-32 code unit.
func (c *Codec) unit() int {
	if c.kind >= kindUTF32 {
		return 4
	}
	return 2
}

func (c *Codec) encodeReason() string {
	switch c.kind {
	case kindASCII:
		return "ordinal not in range(128)"
	case kindLatin1:
		return "ordinal not in range(256)"
	case kindCharmap:
		return reasonUndefined
	}
	return reasonSurrogates
}

func isSurrogate(r rune) bool { return r >= pyfmt.MinSurrogate && r <= pyfmt.MaxSurrogate }

// encoder returns the function that appends the encoding of one code
// point, or reports that the codec cannot encode it.
func (c *Codec) encoder(surrogatePass bool) func([]byte, rune) ([]byte, bool) {
	switch c.kind {
	case kindASCII:
		return func(b []byte, r rune) ([]byte, bool) {
			if r < 0x80 {
				return append(b, byte(r)), true
			}
			return b, false
		}
	case kindLatin1:
		return func(b []byte, r rune) ([]byte, bool) {
			if r < 0x100 {
				return append(b, byte(r)), true
			}
			return b, false
		}
	case kindCharmap:
		rev := reverseTable(c.cmap)
		return func(b []byte, r rune) ([]byte, bool) {
			if v, ok := rev[r]; ok {
				return append(b, v), true
			}
			return b, false
		}
	case kindUTF16, kindUTF16LE, kindUTF16BE, kindUTF32, kindUTF32LE, kindUTF32BE:
		var bo binary.AppendByteOrder = binary.LittleEndian
		if c.kind == kindUTF16BE || c.kind == kindUTF32BE {
			bo = binary.BigEndian
		}
		if c.kind >= kindUTF32 {
			return func(b []byte, r rune) ([]byte, bool) {
				if isSurrogate(r) && !surrogatePass {
					return b, false
				}
				return bo.AppendUint32(b, uint32(r)), true
			}
		}
		return func(b []byte, r rune) ([]byte, bool) {
			switch {
			case isSurrogate(r) && !surrogatePass:
				return b, false
			case r >= 0x10000:
				r -= 0x10000
				b = bo.AppendUint16(b, uint16(0xD800+(r>>10)))
				return bo.AppendUint16(b, uint16(0xDC00+(r&0x3FF))), true
			}
			return bo.AppendUint16(b, uint16(r)), true
		}
	}
	return func(b []byte, r rune) ([]byte, bool) {
		if isSurrogate(r) {
			if !surrogatePass {
				return b, false
			}
			return pyfmt.AppendRune(b, r), true
		}
		return utf8.AppendRune(b, r), true
	}
}

var (
	reverseTablesMu sync.Mutex
	reverseTables   = map[*charmap.Charmap]map[rune]byte{}
)

// reverseTable builds (once) the encoding table of a charmap: each
// character the code page has, to its byte.
func reverseTable(m *charmap.Charmap) map[rune]byte {
	reverseTablesMu.Lock()
	defer reverseTablesMu.Unlock()
	if t, ok := reverseTables[m]; ok {
		return t
	}
	dec := charmapTable(m)
	t := make(map[rune]byte, 256)
	for i := 255; i >= 0; i-- {
		if dec[i] >= 0 {
			t[dec[i]] = byte(i)
		}
	}
	reverseTables[m] = t
	return t
}
