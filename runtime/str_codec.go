package runtime

import (
	"errors"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/runenames"

	"gilfree/internal/codecs"
	"gilfree/runtime/pyfmt"
)

// Encoding and decoding between str and bytes. UTF-8, ASCII and Latin-1
// text with nothing to escape takes a direct path; everything else goes
// through gilfree/internal/codecs, which knows the UTF-16 and UTF-32
// families, UTF-8 with a BOM and the single-byte code pages, and hands
// each undecodable or unencodable span to the error handler named by
// errors: strict, ignore, replace, backslashreplace, surrogateescape,
// surrogatepass, xmlcharrefreplace and namereplace (encoding only), or
// one registered with codecs.register_error.

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

// textCodec finds the codec enc names, refusing the ones that are not
// text encodings.
func (t *Thread) textCodec(enc string, what string) (*codecs.Codec, error) {
	c, ok := codecs.Lookup(enc)
	if !ok {
		return nil, t.unknownEncoding(enc)
	}
	if c.Binary() {
		return nil, t.NewErrorMsg(LookupErrorType, "'"+enc+"' is not a text encoding; use codecs."+what+"() to handle arbitrary codecs")
	}
	return c, nil
}

// encode converts a str to bytes.
func (t *Thread) encode(s, enc, errors string) ([]byte, error) {
	switch normalizeEncoding(enc) {
	case "utf-8":
		if utf8.ValidString(s) {
			return []byte(s), nil
		}
	case "ascii":
		if isASCII(s) {
			return []byte(s), nil
		}
	case "latin-1":
		if isASCII(s) {
			return []byte(s), nil
		}
	}
	c, err := t.textCodec(enc, "encode")
	if err != nil {
		return nil, err
	}
	var strObj *Object // s as a str, made when a handler needs it
	defer func() {
		if strObj != nil {
			t.Decref(strObj)
		}
	}()
	str := func() *Object {
		if strObj == nil {
			strObj = t.NewStr(s)
		}
		return strObj
	}
	var runes []rune // s's code points, made when a handler needs them
	at := func(start, end int) []rune {
		if runes == nil {
			for i := 0; i < len(s); {
				r, w := pyfmt.DecodeRune(s[i:])
				runes = append(runes, r)
				i += w
			}
		}
		return runes[start:end]
	}
	strict := func(start, end int, reason string) error {
		return t.newErrorFrom(UnicodeEncodeErrorType, t.NewStr(c.Name()), t.NewRef(str()), t.NewInt(int64(start)), t.NewInt(int64(end)), t.NewStr(reason))
	}
	handler := func(start, end int, reason string) (string, []byte, int, error) {
		var b strings.Builder
		switch errors {
		case "strict", "surrogatepass":
			return "", nil, 0, strict(start, end, reason)
		case "ignore":
		case "replace":
			b.WriteString(strings.Repeat("?", end-start))
		case "backslashreplace":
			for _, r := range at(start, end) {
				writeBackslash(&b, r)
			}
		case "xmlcharrefreplace":
			for _, r := range at(start, end) {
				b.WriteString("&#" + strconv.Itoa(int(r)) + ";")
			}
		case "namereplace":
			for _, r := range at(start, end) {
				if name := charName(r); name != "" {
					b.WriteString("\\N{" + name + "}")
				} else {
					writeBackslash(&b, r)
				}
			}
		case "surrogateescape":
			raw := make([]byte, 0, end-start)
			for _, r := range at(start, end) {
				if r < 0xDC80 || r > 0xDCFF {
					return "", nil, 0, strict(start, end, reason)
				}
				raw = append(raw, byte(r-0xDC00))
			}
			return "", raw, end, nil
		default:
			return t.customEncodeHandler(errors, c, str(), runeCount(s), start, end, reason)
		}
		return b.String(), nil, end, nil
	}
	out, err := c.Encode(s, errors == "surrogatepass", handler)
	var re *codecs.ReplacementError
	if errorsAs(err, &re) {
		return nil, strict(re.Start, re.End, re.Reason)
	}
	return out, err
}

func errorsAs(err error, target **codecs.ReplacementError) bool {
	return err != nil && errors.As(err, target)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func runeCount(s string) int {
	n := 0
	for i := 0; i < len(s); n++ {
		_, w := pyfmt.DecodeRune(s[i:])
		i += w
	}
	return n
}

func writeBackslash(b *strings.Builder, r rune) {
	switch {
	case r < 0x100:
		b.WriteString("\\x" + hex2(byte(r)))
	case r < 0x10000:
		b.WriteString("\\u" + hexN(uint64(r), 4))
	default:
		b.WriteString("\\U" + hexN(uint64(r), 8))
	}
}

// charName is the Unicode name of r as unicodedata.name gives it, or ""
// for a code point without one.
func charName(r rune) string {
	switch {
	case r >= 0x4E00 && r <= 0x9FFF, r >= 0x3400 && r <= 0x4DBF, r >= 0x20000 && r <= 0x2A6DF,
		r >= 0x2A700 && r <= 0x2EBEF, r >= 0x30000 && r <= 0x3134F:
		return "CJK UNIFIED IDEOGRAPH-" + strings.ToUpper(strconv.FormatInt(int64(r), 16))
	}
	name := runenames.Name(r)
	if name == "" || strings.HasPrefix(name, "<") {
		return ""
	}
	return name
}

// decode converts bytes to a str.
func (t *Thread) decode(b []byte, enc, errors string, orig *Object) (*Object, error) {
	name := normalizeEncoding(enc)
	switch name {
	case "utf-8":
		if utf8.Valid(b) {
			return t.NewStr(string(b)), nil
		}
	case "latin-1":
		out := make([]byte, 0, len(b)+len(b)/4)
		for _, c := range b {
			out = pyfmt.AppendRune(out, rune(c))
		}
		return t.NewStr(string(out)), nil
	}
	c, err := t.textCodec(enc, "decode")
	if err != nil {
		return nil, err
	}
	if c.HasBOM() {
		// The BOM goes; errors are reported in what follows it, as
		// Python's utf-8-sig reports them.
		if len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF {
			b = b[3:]
			orig = nil
		}
		c, _ = codecs.Lookup("utf-8")
	}
	codecName := c.DecodeName(b)
	var keep *Object // the bytes as an object, for the handlers
	defer func() {
		if keep != nil {
			t.Decref(keep)
		}
	}()
	obj := func() *Object {
		if keep == nil {
			if orig != nil {
				keep = t.NewRef(orig)
			} else {
				keep = t.NewBytes(b)
			}
		}
		return keep
	}
	strict := func(start, end int, reason string) error {
		return t.newErrorFrom(UnicodeDecodeErrorType, t.NewStr(codecName), t.NewRef(obj()), t.NewInt(int64(start)), t.NewInt(int64(end)), t.NewStr(reason))
	}
	handler := func(start, end int, reason string) (string, int, error) {
		var out []byte
		switch errors {
		case "strict", "surrogatepass":
			return "", 0, strict(start, end, reason)
		case "ignore":
		case "replace":
			out = utf8.AppendRune(out, 0xFFFD)
		case "surrogateescape":
			for k := start; k < end; k++ {
				if b[k] < 0x80 {
					return "", 0, strict(start, end, reason)
				}
				out = pyfmt.AppendRune(out, rune(0xDC00+int(b[k])))
			}
		case "backslashreplace":
			for k := start; k < end; k++ {
				out = append(out, "\\x"+hex2(b[k])...)
			}
		default:
			return t.customDecodeHandler(errors, codecName, obj(), len(b), start, end, reason)
		}
		return string(out), end, nil
	}
	s, err := c.Decode(b, errors == "surrogatepass", handler)
	if err != nil {
		return nil, err
	}
	return t.NewStr(s), nil
}

// errorHandlers holds the handlers codecs.register_error registered, by
// name, each with a reference; they live as long as the process.
var errorHandlers struct {
	sync.Mutex
	m map[string]*Object
}

// RegisterErrorHandler registers fn under name for the errors argument
// of encode and decode.
func (t *Thread) RegisterErrorHandler(name string, fn *Object) {
	fn = t.NewRef(fn)
	errorHandlers.Lock()
	if errorHandlers.m == nil {
		errorHandlers.m = map[string]*Object{}
	}
	old := errorHandlers.m[name]
	errorHandlers.m[name] = fn
	errorHandlers.Unlock()
	if old != nil {
		t.Decref(old)
	}
}

// LookupErrorHandler returns a new reference to the handler registered
// under name, or a LookupError.
func (t *Thread) LookupErrorHandler(name string) (*Object, error) {
	errorHandlers.Lock()
	fn := errorHandlers.m[name]
	if fn != nil {
		fn = t.NewRef(fn)
	}
	errorHandlers.Unlock()
	if fn == nil {
		return nil, t.NewErrorMsg(LookupErrorType, "unknown error handler name '"+name+"'")
	}
	return fn, nil
}

// callHandler calls a registered handler with the exception it is to
// handle, and checks its answer: a (replacement, position) tuple, the
// position counted from the end when negative.
func (t *Thread) callHandler(name string, excType *Type, args []*Object, length int, encoding bool) (repl *Object, pos int, err error) {
	fn, err := t.LookupErrorHandler(name)
	if err != nil {
		for _, a := range args {
			t.Decref(a)
		}
		return nil, 0, err
	}
	defer t.Decref(fn)
	exc, err := t.Call(excType.Obj(), args, nil)
	for _, a := range args {
		t.Decref(a)
	}
	if err != nil {
		return nil, 0, err
	}
	defer t.Decref(exc)
	r, err := t.Call1(fn, exc)
	if err != nil {
		return nil, 0, err
	}
	defer t.Decref(r)
	kind := "str"
	if encoding {
		kind = "str/bytes"
	}
	bad := func() error {
		return t.TypeError("%s error handler must return (%s, int) tuple", map[bool]string{true: "encoding", false: "decoding"}[encoding], kind)
	}
	if TypeOf(r).Flags&FlagTupleSubclass == 0 || len(TupleItems(r)) != 2 {
		return nil, 0, bad()
	}
	items := TupleItems(r)
	if !IsStr(items[0]) && !(encoding && IsBytes(items[0])) {
		return nil, 0, bad()
	}
	if !IsInt(items[1]) {
		return nil, 0, bad()
	}
	pos, err = t.IndexInt(items[1])
	if err != nil {
		return nil, 0, err
	}
	if pos < 0 {
		pos += length
	}
	if pos < 0 || pos > length {
		return nil, 0, t.NewErrorMsg(IndexErrorType, "position "+strconv.Itoa(pos)+" from error handler out of bounds")
	}
	return t.NewRef(items[0]), pos, nil
}

func (t *Thread) customEncodeHandler(name string, c *codecs.Codec, str *Object, length, start, end int, reason string) (string, []byte, int, error) {
	repl, pos, err := t.callHandler(name, UnicodeEncodeErrorType, []*Object{t.NewStr(c.Name()), t.NewRef(str), t.NewInt(int64(start)), t.NewInt(int64(end)), t.NewStr(reason)}, length, true)
	if err != nil {
		return "", nil, 0, err
	}
	defer t.Decref(repl)
	if IsBytes(repl) {
		return "", []byte(BytesString(repl)), pos, nil
	}
	return StrValue(repl), nil, pos, nil
}

func (t *Thread) customDecodeHandler(name, codecName string, b *Object, length, start, end int, reason string) (string, int, error) {
	repl, pos, err := t.callHandler(name, UnicodeDecodeErrorType, []*Object{t.NewStr(codecName), t.NewRef(b), t.NewInt(int64(start)), t.NewInt(int64(end)), t.NewStr(reason)}, length, false)
	if err != nil {
		return "", 0, err
	}
	defer t.Decref(repl)
	return StrValue(repl), pos, nil
}
