package json

import (
	"math"
	"strconv"

	"gilfree/runtime"
	"gilfree/runtime/pyfmt"
)

// encoder is one dumps call: the options and the output so far.
type encoder struct {
	t           *runtime.Thread
	markers     map[*runtime.Object]bool // containers being encoded; nil without check_circular
	def         *runtime.Object          // default(o), for other types
	ensureASCII bool
	sortKeys    bool
	skipKeys    bool
	allowNaN    bool
	indent      string // used when hasIndent
	hasIndent   bool
	keySep      string
	itemSep     string
	buf         []byte
}

const hexDigits = "0123456789abcdef"

// appendString appends s (WTF-8) as a JSON string. With ensureASCII,
// everything outside printable ASCII becomes \uXXXX (a surrogate pair
// above U+FFFF); otherwise only the quote, the backslash and control
// characters are escaped.
func appendString(b []byte, s string, ensureASCII bool) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' && (c < 0x7F || !ensureASCII) {
			i++
			continue
		}
		b = append(b, s[start:i]...)
		if c < 0x80 {
			switch c {
			case '"':
				b = append(b, '\\', '"')
			case '\\':
				b = append(b, '\\', '\\')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			default:
				b = appendU(b, rune(c))
			}
			i++
		} else {
			r, w := pyfmt.DecodeRune(s[i:])
			if r >= 0x10000 {
				r -= 0x10000
				b = appendU(b, 0xD800|(r>>10)&0x3FF)
				b = appendU(b, 0xDC00|r&0x3FF)
			} else {
				b = appendU(b, r)
			}
			i += w
		}
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

func appendU(b []byte, r rune) []byte {
	return append(b, '\\', 'u', hexDigits[r>>12&0xF], hexDigits[r>>8&0xF], hexDigits[r>>4&0xF], hexDigits[r&0xF])
}

// floatText is a float as JSON writes it: repr, or NaN, Infinity and
// -Infinity when allowed.
func (e *encoder) floatText(o *runtime.Object) (string, error) {
	f := runtime.FloatValue(o)
	var text string
	switch {
	case math.IsNaN(f):
		text = "NaN"
	case math.IsInf(f, 1):
		text = "Infinity"
	case math.IsInf(f, -1):
		text = "-Infinity"
	default:
		return pyfmt.FloatRepr(f), nil
	}
	if !e.allowNaN {
		// CPython's two encoders word it differently: the pure-Python
		// one, which it uses with indent, names the value.
		if e.hasIndent {
			return "", e.t.ValueError("Out of range float values are not JSON compliant: %s", pyfmt.FloatRepr(f))
		}
		return "", e.t.ValueError("Out of range float values are not JSON compliant")
	}
	return text, nil
}

// intText is int.__repr__ of an int or an instance of a subclass.
func (e *encoder) intText(o *runtime.Object) (string, error) {
	r, err := e.t.IntRepr(o)
	if err != nil {
		return "", err
	}
	s := runtime.StrValue(r)
	e.t.Decref(r)
	return s, nil
}

func (e *encoder) newline(level int) {
	e.buf = append(e.buf, '\n')
	for i := 0; i < level; i++ {
		e.buf = append(e.buf, e.indent...)
	}
}

// mark records a container being encoded and fails on a cycle.
func (e *encoder) mark(o *runtime.Object) error {
	if e.markers == nil {
		return nil
	}
	if e.markers[o] {
		return e.t.ValueError("Circular reference detected")
	}
	e.markers[o] = true
	return nil
}

func (e *encoder) unmark(o *runtime.Object) {
	if e.markers != nil {
		delete(e.markers, o)
	}
}

// encode appends o at nesting level.
func (e *encoder) encode(o *runtime.Object, level int) error {
	switch {
	case runtime.IsStr(o):
		e.buf = appendString(e.buf, runtime.StrValue(o), e.ensureASCII)
	case o == runtime.None:
		e.buf = append(e.buf, "null"...)
	case o == runtime.True:
		e.buf = append(e.buf, "true"...)
	case o == runtime.False:
		e.buf = append(e.buf, "false"...)
	case runtime.IsInt(o):
		if v, ok := runtime.IntSmall(o); ok {
			e.buf = strconv.AppendInt(e.buf, v, 10)
			return nil
		}
		s, err := e.intText(o)
		if err != nil {
			return err
		}
		e.buf = append(e.buf, s...)
	case runtime.IsFloat(o):
		s, err := e.floatText(o)
		if err != nil {
			return err
		}
		e.buf = append(e.buf, s...)
	case runtime.IsInstance(o, runtime.ListType) || runtime.IsInstance(o, runtime.TupleType):
		return e.enter(o, level, e.list)
	case runtime.IsInstance(o, runtime.DictType):
		return e.enter(o, level, e.dict)
	default:
		return e.enter(o, level, e.other)
	}
	return nil
}

// enter runs one container's encoding inside the recursion limit.
func (e *encoder) enter(o *runtime.Object, level int, fn func(*runtime.Object, int) error) error {
	if err := e.t.EnterWhile("while encoding a JSON object"); err != nil {
		return err
	}
	err := fn(o, level)
	e.t.Leave()
	return err
}

// other encodes what default(o) returns.
func (e *encoder) other(o *runtime.Object, level int) error {
	if err := e.mark(o); err != nil {
		return err
	}
	r, err := e.t.Call1(e.def, o)
	if err != nil {
		return err
	}
	err = e.encode(r, level)
	e.t.Decref(r)
	if err != nil {
		return err
	}
	e.unmark(o)
	return nil
}

// snapshot returns new references to a list's or tuple's items, so that
// Python code run while encoding cannot free them under us.
func (e *encoder) snapshot(items []*runtime.Object) []*runtime.Object {
	out := make([]*runtime.Object, len(items))
	for i, v := range items {
		out[i] = e.t.NewRef(v)
	}
	return out
}

func (e *encoder) release(items []*runtime.Object) {
	for _, v := range items {
		e.t.Decref(v)
	}
}

func (e *encoder) list(o *runtime.Object, level int) error {
	var items []*runtime.Object
	if runtime.IsInstance(o, runtime.ListType) {
		items = e.snapshot(runtime.ListItems(o))
	} else {
		items = e.snapshot(runtime.TupleItems(o))
	}
	defer e.release(items)
	if len(items) == 0 {
		e.buf = append(e.buf, '[', ']')
		return nil
	}
	if err := e.mark(o); err != nil {
		return err
	}
	e.buf = append(e.buf, '[')
	if e.hasIndent {
		level++
		e.newline(level)
	}
	for i, v := range items {
		if i > 0 {
			e.buf = append(e.buf, e.itemSep...)
			if e.hasIndent {
				e.newline(level)
			}
		}
		if err := e.encode(v, level); err != nil {
			return err
		}
	}
	if e.hasIndent {
		e.newline(level - 1)
	}
	e.buf = append(e.buf, ']')
	e.unmark(o)
	return nil
}

// keyText is a dict key as JSON writes it; skip reports a key to leave
// out (skipkeys).
func (e *encoder) keyText(k *runtime.Object) (text string, skip bool, err error) {
	switch {
	case runtime.IsStr(k):
		return runtime.StrValue(k), false, nil
	case runtime.IsFloat(k):
		text, err = e.floatText(k)
		return text, false, err
	case k == runtime.True:
		return "true", false, nil
	case k == runtime.False:
		return "false", false, nil
	case k == runtime.None:
		return "null", false, nil
	case runtime.IsInt(k):
		text, err = e.intText(k)
		return text, false, err
	case e.skipKeys:
		return "", true, nil
	}
	return "", false, e.t.TypeError("keys must be str, int, float, bool or None, not %s", runtime.TypeOf(k).Name)
}

// dictItems returns new references to a dict's keys and values, sorted
// by key (as sorted(d.items()) sorts them) when sort_keys is set.
func (e *encoder) dictItems(o *runtime.Object) (keys, values []*runtime.Object, err error) {
	t := e.t
	if runtime.TypeOf(o) == runtime.DictType {
		ks, vs := runtime.As[runtime.Dict](o).Items()
		keys, values = e.snapshot(ks), e.snapshot(vs)
	} else if keys, values, err = e.itemsOf(o); err != nil {
		return nil, nil, err
	}
	if !e.sortKeys || len(keys) < 2 {
		return keys, values, nil
	}
	pairs := make([]*runtime.Object, len(keys))
	for i := range keys {
		pairs[i] = t.NewTupleSteal([]*runtime.Object{keys[i], values[i]}).Obj()
	}
	l := t.NewListSteal(pairs)
	defer t.Decref(l.Obj())
	if err := t.SortList(l, nil, false); err != nil {
		return nil, nil, err
	}
	sorted := runtime.ListItems(l.Obj())
	keys, values = make([]*runtime.Object, len(sorted)), make([]*runtime.Object, len(sorted))
	for i, p := range sorted {
		kv := runtime.TupleItems(p)
		keys[i], values[i] = t.NewRef(kv[0]), t.NewRef(kv[1])
	}
	return keys, values, nil
}

// itemsOf calls a dict subclass's items(), as CPython's encoders do (an
// OrderedDict's order is its own), and returns new references to the
// pairs' parts.
func (e *encoder) itemsOf(o *runtime.Object) (keys, values []*runtime.Object, err error) {
	t := e.t
	items, err := t.CallMethod(o, "items")
	if err != nil {
		return nil, nil, err
	}
	defer t.Decref(items)
	it, err := t.Iter(items)
	if err != nil {
		return nil, nil, err
	}
	defer t.Decref(it)
	next := runtime.TypeOf(it).Next
	for {
		pair, err := next(t, it)
		if err == nil && pair != nil && (!runtime.IsInstance(pair, runtime.TupleType) || len(runtime.TupleItems(pair)) != 2) {
			t.Decref(pair)
			err = t.ValueError("items must return 2-tuples")
		}
		if err != nil {
			e.release(keys)
			e.release(values)
			return nil, nil, err
		}
		if pair == nil {
			return keys, values, nil
		}
		kv := runtime.TupleItems(pair)
		keys, values = append(keys, t.NewRef(kv[0])), append(values, t.NewRef(kv[1]))
		t.Decref(pair)
	}
}

func (e *encoder) dict(o *runtime.Object, level int) error {
	if runtime.As[runtime.Dict](o).Len() == 0 {
		e.buf = append(e.buf, '{', '}')
		return nil
	}
	if err := e.mark(o); err != nil {
		return err
	}
	keys, values, err := e.dictItems(o)
	if err != nil {
		return err
	}
	defer e.release(keys)
	defer e.release(values)
	e.buf = append(e.buf, '{')
	if e.hasIndent {
		level++
		e.newline(level)
	}
	first := true
	for i, k := range keys {
		text, skip, err := e.keyText(k)
		if err != nil {
			return err
		}
		if skip {
			continue
		}
		if !first {
			e.buf = append(e.buf, e.itemSep...)
			if e.hasIndent {
				e.newline(level)
			}
		}
		first = false
		e.buf = appendString(e.buf, text, e.ensureASCII)
		e.buf = append(e.buf, e.keySep...)
		if err := e.encode(values[i], level); err != nil {
			return err
		}
	}
	if e.hasIndent {
		e.newline(level - 1)
	}
	e.buf = append(e.buf, '}')
	e.unmark(o)
	return nil
}

// encodeTop encodes o with the options and returns the text.
func (e *encoder) encodeTop(o *runtime.Object) (string, error) {
	if err := e.encode(o, 0); err != nil {
		return "", err
	}
	return string(e.buf), nil
}
