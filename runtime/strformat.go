package runtime

import (
	"strconv"
	"strings"

	"gilfree/runtime/pyfmt"
)

// str.format, str.format_map and printf-style % formatting.

func strFormatMethod(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	npos := len(args) - kw.Len()
	var kwargs *Dict
	if kw.Len() > 0 {
		kwargs = t.NewDict()
		defer t.Decref(kwargs.Obj())
		for i := 0; i < kw.Len(); i++ {
			t.DictSetStr(kwargs, As[Str](kw.items[i]), args[npos+i])
		}
	}
	var mapping *Object
	if kwargs != nil {
		mapping = kwargs.Obj()
	}
	s, err := t.FormatString(self(args).s, args[1:npos], mapping, 2)
	if err != nil {
		return nil, err
	}
	return t.NewStr(s), nil
}

func strFormatMap(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("format_map", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	st := &formatState{kwargs: args[1], isMap: true}
	s, err := t.formatWith(self(args).s, st, 2)
	if err != nil {
		return nil, err
	}
	return t.NewStr(s), nil
}

// formatState is one str.format call's arguments and its field
// numbering: fields are numbered automatically ("{}") or manually
// ("{0}"), never both.
type formatState struct {
	auto   int  // next automatic index
	mode   byte // 0 unknown, 'a' automatic, 'm' manual
	args   []*Object
	kwargs *Object
	isMap  bool // format_map: there are no positional arguments at all
}

// FormatString is str.format: the format string with its replacement
// fields filled from args and the mapping kwargs (nil for none). depth
// bounds the nesting of fields inside format specs (2 for str.format).
func (t *Thread) FormatString(format string, args []*Object, kwargs *Object, depth int) (string, error) {
	st := &formatState{args: args, kwargs: kwargs}
	return t.formatWith(format, st, depth)
}

// formatWith renders format: literal text, "{{" and "}}", and fields.
func (t *Thread) formatWith(format string, st *formatState, depth int) (string, error) {
	if depth <= 0 {
		return "", t.ValueError("Max string recursion exceeded")
	}
	var b strings.Builder
	b.Grow(len(format) + 16)
	for i := 0; i < len(format); {
		j := strings.IndexAny(format[i:], "{}")
		if j < 0 {
			b.WriteString(format[i:])
			break
		}
		b.WriteString(format[i : i+j])
		i += j
		c := format[i]
		if i+1 < len(format) && format[i+1] == c {
			b.WriteByte(c)
			i += 2
			continue
		}
		if c == '}' {
			return "", t.ValueError("Single '}' encountered in format string")
		}
		if i+1 == len(format) {
			return "", t.ValueError("Single '{' encountered in format string")
		}
		f, end, err := t.scanField(format, i+1)
		if err != nil {
			return "", err
		}
		s, err := t.renderField(f, st, depth)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
		i = end
	}
	return b.String(), nil
}

// fieldText is one replacement field split into its parts.
type fieldText struct {
	name     string
	conv     rune // 0 when there is no "!x"
	spec     string
	nestSpec bool // the spec holds fields of its own
}

// scanField reads the field that starts after a '{' at format[i:] and
// returns it with the index after its closing '}'.
func (t *Thread) scanField(format string, i int) (fieldText, int, error) {
	var f fieldText
	j := i
	for j < len(format) {
		c := format[j]
		if c == '[' {
			k := strings.IndexByte(format[j:], ']')
			if k < 0 {
				return f, 0, t.ValueError("expected '}' before end of string")
			}
			j += k + 1
			continue
		}
		if c == '}' || c == ':' || c == '!' {
			break
		}
		j++
	}
	if j >= len(format) {
		return f, 0, t.ValueError("expected '}' before end of string")
	}
	f.name = format[i:j]
	if format[j] == '!' {
		j++
		if j >= len(format) {
			return f, 0, t.ValueError("end of string while looking for conversion specifier")
		}
		r, w := pyfmt.DecodeRune(format[j:])
		f.conv = r
		j += w
		if j >= len(format) {
			return f, 0, t.ValueError("unmatched '{' in format spec")
		}
		if format[j] != ':' && format[j] != '}' {
			return f, 0, t.ValueError("expected ':' after conversion specifier")
		}
	}
	if format[j] == '}' {
		return f, j + 1, nil
	}
	// The spec runs to the '}' that balances the field's '{'.
	start := j + 1
	level := 1
	for j = start; j < len(format); j++ {
		switch format[j] {
		case '{':
			level++
			f.nestSpec = true
		case '}':
			level--
			if level == 0 {
				f.spec = format[start:j]
				return f, j + 1, nil
			}
		}
	}
	return f, 0, t.ValueError("unmatched '{' in format spec")
}

// renderField looks up, converts and formats one field.
func (t *Thread) renderField(f fieldText, st *formatState, depth int) (string, error) {
	obj, err := t.resolveField(f.name, st)
	if err != nil {
		return "", err
	}
	defer func() { t.Decref(obj) }()
	if f.conv != 0 {
		var c *Object
		switch f.conv {
		case 'r':
			c, err = t.Repr(obj)
		case 's':
			c, err = t.StrOf(obj)
		case 'a':
			c, err = t.ASCII(obj)
		default:
			if f.conv > 32 && f.conv < 127 {
				return "", t.ValueError("Unknown conversion specifier %c", f.conv)
			}
			return "", t.ValueError("Unknown conversion specifier \\x%x", f.conv)
		}
		if err != nil {
			return "", err
		}
		t.Decref(obj)
		obj = c
	}
	spec := f.spec
	if f.nestSpec {
		if spec, err = t.formatWith(spec, st, depth-1); err != nil {
			return "", err
		}
	}
	return t.formatText(obj, spec)
}

// resolveField looks up "name.attr[key]..." among the arguments.
func (t *Thread) resolveField(name string, st *formatState) (*Object, error) {
	end := strings.IndexAny(name, ".[")
	if end < 0 {
		end = len(name)
	}
	first, rest := name[:end], name[end:]
	var obj *Object
	if first == "" || isDigits(first) {
		index := 0
		if first == "" {
			if st.mode == 'm' {
				return nil, t.ValueError("cannot switch from manual field specification to automatic field numbering")
			}
			st.mode = 'a'
			index = st.auto
			st.auto++
		} else {
			n, err := strconv.Atoi(first)
			if err != nil {
				return nil, t.ValueError("Too many decimal digits in format string")
			}
			if st.mode == 'a' {
				return nil, t.ValueError("cannot switch from automatic field numbering to manual field specification")
			}
			st.mode = 'm'
			index = n
		}
		if st.isMap {
			return nil, t.ValueError("Format string contains positional fields")
		}
		if index >= len(st.args) {
			return nil, t.IndexError("Replacement index %d out of range for positional args tuple", index)
		}
		obj = t.NewRef(st.args[index])
	} else {
		k := t.NewStr(first)
		defer t.Decref(k)
		if st.kwargs == nil {
			return nil, t.KeyError(k)
		}
		v, err := t.GetItem(st.kwargs, k)
		if err != nil {
			return nil, err
		}
		obj = v
	}
	for rest != "" {
		var next *Object
		var err error
		switch rest[0] {
		case '.':
			j := strings.IndexAny(rest[1:], ".[")
			if j < 0 {
				j = len(rest) - 1
			}
			attr := rest[1 : 1+j]
			rest = rest[1+j:]
			if attr == "" {
				t.Decref(obj)
				return nil, t.ValueError("Empty attribute in format string")
			}
			next, err = t.GetAttr(obj, Intern(attr))
		case '[':
			j := strings.IndexByte(rest, ']')
			if j < 0 {
				t.Decref(obj)
				return nil, t.ValueError("Missing ']' in format string")
			}
			key := rest[1:j]
			rest = rest[j+1:]
			if key == "" {
				t.Decref(obj)
				return nil, t.ValueError("Empty attribute in format string")
			}
			var k *Object
			if isDigits(key) {
				n, convErr := strconv.Atoi(key)
				if convErr != nil {
					t.Decref(obj)
					return nil, t.ValueError("Too many decimal digits in format string")
				}
				k = t.NewInt(int64(n))
			} else {
				k = t.NewStr(key)
			}
			next, err = t.GetItem(obj, k)
			t.Decref(k)
		default:
			t.Decref(obj)
			return nil, t.ValueError("Only '.' or '[' may follow ']' in format field specifier")
		}
		t.Decref(obj)
		if err != nil {
			return nil, err
		}
		obj = next
	}
	return obj, nil
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// ASCII is ascii(o): repr with non-ASCII characters escaped.
func (t *Thread) ASCII(o *Object) (*Object, error) {
	r, err := t.Repr(o)
	if err != nil {
		return nil, err
	}
	s := As[Str](r)
	if s.IsASCII() {
		return r, nil
	}
	defer t.Decref(r)
	var b strings.Builder
	for _, c := range runes(s.s) {
		switch {
		case c < 0x80:
			b.WriteRune(c)
		case c < 0x100:
			b.WriteString("\\x" + hex2(byte(c)))
		case c < 0x10000:
			b.WriteString("\\u" + hexN(uint64(c), 4))
		default:
			b.WriteString("\\U" + hexN(uint64(c), 8))
		}
	}
	return t.NewStr(b.String()), nil
}
