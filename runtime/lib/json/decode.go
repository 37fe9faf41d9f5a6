package json

import (
	"math"
	"strconv"
	"strings"

	"gilfree/runtime"
	"gilfree/runtime/pyfmt"
)

// decoder is one scan of a document. It works on the str's WTF-8 bytes
// and converts byte offsets to character positions only for what Python
// sees: the end of a value and the position in an error.
type decoder struct {
	t      *runtime.Thread
	s      string          // the document's bytes
	doc    *runtime.Object // the document, for JSONDecodeError
	ascii  bool            // byte offsets are character positions
	strict bool            // control characters are not allowed in strings

	objectHook, pairsHook     *runtime.Object // nil when not given
	parseFloat, parseInt      *runtime.Object // nil for float and int
	parseConstant, errorClass *runtime.Object

	memo map[string]*runtime.Object // object keys seen, so equal keys share one str
}

// stopError means "no JSON value starts here": scan_once raises
// StopIteration(pos) for it, and an array or object reports "Expecting
// value" at pos.
type stopError struct{ pos int }

func (e *stopError) Error() string { return "no JSON value" }

// charPos converts a byte offset to a character position.
func (d *decoder) charPos(b int) int {
	if d.ascii {
		return b
	}
	n := 0
	for i := 0; i < b; i++ {
		if d.s[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// byteOffset converts a character position to a byte offset (the end of
// the string when the position is past it).
func (d *decoder) byteOffset(c int) int {
	if d.ascii {
		return min(c, len(d.s))
	}
	n := 0
	for i := 0; i < len(d.s); i++ {
		if d.s[i]&0xC0 != 0x80 {
			if n == c {
				return i
			}
			n++
		}
	}
	return len(d.s)
}

// fail returns JSONDecodeError(msg, doc, pos) for the byte offset pos.
func (d *decoder) fail(msg string, pos int) error {
	t := d.t
	m := t.NewStr(msg)
	p := t.NewInt(int64(d.charPos(pos)))
	inst, err := t.Call(d.errorClass, []*runtime.Object{m, d.doc, p}, nil)
	t.Decref(m)
	t.Decref(p)
	if err != nil {
		return err
	}
	return raise(t, inst)
}

// raise turns an exception instance (a new reference) into the error
// that raises it.
func raise(t *runtime.Thread, inst *runtime.Object) error {
	if !runtime.IsInstance(inst, runtime.BaseExceptionType) {
		t.Decref(inst)
		return t.TypeError("exceptions must derive from BaseException")
	}
	e := runtime.As[runtime.BaseException](inst)
	t.Raising(e)
	return e
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func (d *decoder) skip(i int) int {
	for i < len(d.s) && isSpace(d.s[i]) {
		i++
	}
	return i
}

// value scans the value at byte offset i and returns it with the offset
// after it.
func (d *decoder) value(i int) (*runtime.Object, int, error) {
	t, s := d.t, d.s
	if i >= len(s) {
		return nil, 0, &stopError{i}
	}
	switch c := s[i]; c {
	case '"':
		return d.str(i + 1)
	case '{':
		if err := t.EnterWhile("while decoding a JSON object from a unicode string"); err != nil {
			return nil, 0, err
		}
		o, end, err := d.object(i + 1)
		t.Leave()
		return o, end, err
	case '[':
		if err := t.EnterWhile("while decoding a JSON array from a unicode string"); err != nil {
			return nil, 0, err
		}
		o, end, err := d.array(i + 1)
		t.Leave()
		return o, end, err
	case 'n':
		if strings.HasPrefix(s[i:], "null") {
			return runtime.None, i + 4, nil
		}
	case 't':
		if strings.HasPrefix(s[i:], "true") {
			return runtime.True, i + 4, nil
		}
	case 'f':
		if strings.HasPrefix(s[i:], "false") {
			return runtime.False, i + 5, nil
		}
	case 'N':
		if strings.HasPrefix(s[i:], "NaN") {
			return d.constant("NaN", i+3)
		}
	case 'I':
		if strings.HasPrefix(s[i:], "Infinity") {
			return d.constant("Infinity", i+8)
		}
	case '-':
		if strings.HasPrefix(s[i:], "-Infinity") {
			return d.constant("-Infinity", i+9)
		}
	}
	return d.number(i)
}

// constant is NaN, Infinity or -Infinity, through parse_constant.
func (d *decoder) constant(name string, end int) (*runtime.Object, int, error) {
	t := d.t
	if d.parseConstant == nil {
		v := math.Float64frombits(0x7FF8000000000000) // CPython's NaN, not Go's
		switch name {
		case "Infinity":
			v = math.Inf(1)
		case "-Infinity":
			v = math.Inf(-1)
		}
		return t.NewFloat(v), end, nil
	}
	arg := t.NewStr(name)
	r, err := t.Call1(d.parseConstant, arg)
	t.Decref(arg)
	return r, end, err
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// number scans -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?.
func (d *decoder) number(start int) (*runtime.Object, int, error) {
	t, s := d.t, d.s
	i := start
	if i < len(s) && s[i] == '-' {
		i++
	}
	switch {
	case i < len(s) && s[i] >= '1' && s[i] <= '9':
		for i++; i < len(s) && isDigit(s[i]); i++ {
		}
	case i < len(s) && s[i] == '0':
		i++
	default:
		return nil, 0, &stopError{start}
	}
	isFloat := false
	if i+1 < len(s) && s[i] == '.' && isDigit(s[i+1]) {
		for i += 2; i < len(s) && isDigit(s[i]); i++ {
		}
		isFloat = true
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		e := i
		i++
		if i < len(s) && (s[i] == '-' || s[i] == '+') {
			i++
		}
		if i < len(s) && isDigit(s[i]) {
			for ; i < len(s) && isDigit(s[i]); i++ {
			}
			isFloat = true
		} else {
			i = e
		}
	}
	text := s[start:i]
	if isFloat {
		if d.parseFloat == nil {
			f, _ := strconv.ParseFloat(text, 64)
			return t.NewFloat(f), i, nil
		}
		return d.callText(d.parseFloat, text, i)
	}
	if d.parseInt == nil {
		if len(text) <= 18 {
			n, _ := strconv.ParseInt(text, 10, 64)
			return t.NewInt(n), i, nil
		}
		return d.bigInt(text, i)
	}
	return d.callText(d.parseInt, text, i)
}

// bigInt is int(text) for a long digit string, with int()'s limit.
func (d *decoder) bigInt(text string, end int) (*runtime.Object, int, error) {
	return d.callText(runtime.IntType.Obj(), text, end)
}

func (d *decoder) callText(fn *runtime.Object, text string, end int) (*runtime.Object, int, error) {
	arg := d.t.NewStr(text)
	r, err := d.t.Call1(fn, arg)
	d.t.Decref(arg)
	return r, end, err
}

// str scans a string whose opening quote is before byte offset i.
func (d *decoder) str(i int) (*runtime.Object, int, error) {
	text, end, err := d.scanString(i)
	if err != nil {
		return nil, 0, err
	}
	return d.t.NewStr(text), end, nil
}

// scanString decodes the string body starting at byte offset i and
// returns its text and the offset after the closing quote.
func (d *decoder) scanString(i int) (string, int, error) {
	s := d.s
	begin := i - 1
	// The common case: no escapes up to the closing quote.
	j := i
	for j < len(s) && s[j] != '"' && s[j] != '\\' && s[j] >= 0x20 {
		j++
	}
	if j < len(s) && s[j] == '"' {
		return s[i:j], j + 1, nil
	}
	buf := make([]byte, 0, j-i+16)
	buf = append(buf, s[i:j]...)
	for {
		if j >= len(s) {
			return "", 0, d.fail("Unterminated string starting at", begin)
		}
		c := s[j]
		switch {
		case c == '"':
			return string(buf), j + 1, nil
		case c < 0x20:
			if d.strict {
				return "", 0, d.fail("Invalid control character at", j)
			}
			buf = append(buf, c)
			j++
			continue
		case c != '\\':
			buf = append(buf, c)
			j++
			continue
		}
		// A backslash escape.
		if j+1 >= len(s) {
			return "", 0, d.fail("Unterminated string starting at", begin)
		}
		esc := s[j+1]
		if esc != 'u' {
			var r byte
			switch esc {
			case '"', '\\', '/':
				r = esc
			case 'b':
				r = '\b'
			case 'f':
				r = '\f'
			case 'n':
				r = '\n'
			case 'r':
				r = '\r'
			case 't':
				r = '\t'
			default:
				return "", 0, d.fail("Invalid \\escape", j)
			}
			buf = append(buf, r)
			j += 2
			continue
		}
		u, ok := hex4(s, j+2)
		if !ok {
			return "", 0, d.fail("Invalid \\uXXXX escape", j+1)
		}
		j += 6
		if u >= 0xD800 && u <= 0xDBFF && j+1 < len(s) && s[j] == '\\' && s[j+1] == 'u' {
			u2, ok := hex4(s, j+2)
			if !ok {
				return "", 0, d.fail("Invalid \\uXXXX escape", j+1)
			}
			if u2 >= 0xDC00 && u2 <= 0xDFFF {
				u = 0x10000 + (u-0xD800)<<10 | (u2 - 0xDC00)
				j += 6
			}
		}
		buf = pyfmt.AppendRune(buf, u)
	}
}

// hex4 reads four hex digits at s[i:].
func hex4(s string, i int) (rune, bool) {
	if i+4 > len(s) {
		return 0, false
	}
	var r rune
	for k := i; k < i+4; k++ {
		c := s[k]
		switch {
		case c >= '0' && c <= '9':
			r = r<<4 | rune(c-'0')
		case c >= 'a' && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	return r, true
}

// key scans an object key, sharing one str among equal keys.
func (d *decoder) key(i int) (*runtime.Object, int, error) {
	text, end, err := d.scanString(i)
	if err != nil {
		return nil, 0, err
	}
	if k, ok := d.memo[text]; ok {
		return d.t.NewRef(k), end, nil
	}
	k := d.t.NewStr(text)
	if d.memo == nil {
		d.memo = make(map[string]*runtime.Object)
	}
	d.memo[text] = d.t.NewRef(k)
	return k, end, nil
}

// release drops the memo's references.
func (d *decoder) release() {
	for _, k := range d.memo {
		d.t.Decref(k)
	}
	d.memo = nil
}

// element scans an array item or object value at i, after whitespace.
func (d *decoder) element(i int) (*runtime.Object, int, error) {
	v, end, err := d.value(d.skip(i))
	if stop, ok := err.(*stopError); ok {
		return nil, 0, d.fail("Expecting value", stop.pos)
	}
	return v, end, err
}

// array scans the items after a '[' at i-1.
func (d *decoder) array(i int) (*runtime.Object, int, error) {
	t, s := d.t, d.s
	var items []*runtime.Object
	fail := func(err error) (*runtime.Object, int, error) {
		for _, v := range items {
			t.Decref(v)
		}
		return nil, 0, err
	}
	i = d.skip(i)
	if i < len(s) && s[i] == ']' {
		return t.NewListSteal(nil).Obj(), i + 1, nil
	}
	for {
		v, end, err := d.element(i)
		if err != nil {
			return fail(err)
		}
		items = append(items, v)
		i = d.skip(end)
		if i < len(s) && s[i] == ']' {
			return t.NewListSteal(items).Obj(), i + 1, nil
		}
		if i >= len(s) || s[i] != ',' {
			return fail(d.fail("Expecting ',' delimiter", i))
		}
		i++
	}
}

// object scans the members after a '{' at i-1.
func (d *decoder) object(i int) (*runtime.Object, int, error) {
	t, s := d.t, d.s
	var keys, values []*runtime.Object
	fail := func(err error) (*runtime.Object, int, error) {
		for k := range keys {
			t.Decref(keys[k])
			t.Decref(values[k])
		}
		return nil, 0, err
	}
	i = d.skip(i)
	if i < len(s) && s[i] == '}' {
		return d.finishObject(nil, nil, i+1)
	}
	for {
		if i >= len(s) || s[i] != '"' {
			return fail(d.fail("Expecting property name enclosed in double quotes", i))
		}
		k, end, err := d.key(i + 1)
		if err != nil {
			return fail(err)
		}
		i = d.skip(end)
		if i >= len(s) || s[i] != ':' {
			t.Decref(k)
			return fail(d.fail("Expecting ':' delimiter", i))
		}
		v, end, err := d.element(i + 1)
		if err != nil {
			t.Decref(k)
			return fail(err)
		}
		keys, values = append(keys, k), append(values, v)
		i = d.skip(end)
		if i < len(s) && s[i] == '}' {
			return d.finishObject(keys, values, i+1)
		}
		if i >= len(s) || s[i] != ',' {
			return fail(d.fail("Expecting ',' delimiter", i))
		}
		i = d.skip(i + 1)
	}
}

// finishObject builds the object from its members (new references,
// consumed) through object_pairs_hook or object_hook when given.
func (d *decoder) finishObject(keys, values []*runtime.Object, end int) (*runtime.Object, int, error) {
	t := d.t
	if d.pairsHook != nil {
		pairs := make([]*runtime.Object, len(keys))
		for k := range keys {
			pairs[k] = t.NewTupleSteal([]*runtime.Object{keys[k], values[k]}).Obj()
		}
		l := t.NewListSteal(pairs).Obj()
		r, err := t.Call1(d.pairsHook, l)
		t.Decref(l)
		return r, end, err
	}
	dict := t.NewDictSize(len(keys))
	var err error
	for k := range keys {
		if err == nil {
			err = t.DictSetItem(dict, keys[k], values[k])
		}
		t.Decref(keys[k])
		t.Decref(values[k])
	}
	if err != nil {
		t.Decref(dict.Obj())
		return nil, 0, err
	}
	if d.objectHook == nil {
		return dict.Obj(), end, nil
	}
	r, err := t.Call1(d.objectHook, dict.Obj())
	t.Decref(dict.Obj())
	return r, end, err
}
