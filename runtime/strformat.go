package runtime

import (
	"strconv"
	"strings"
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
	s, err := t.FormatString(self(args).s, nil, args[1], 2)
	if err != nil {
		return nil, err
	}
	return t.NewStr(s), nil
}

// formatState tracks automatic field numbering.
type formatState struct {
	auto   int  // next automatic index
	mode   byte // 0 unknown, 'a' automatic, 'm' manual
	args   []*Object
	kwargs *Object
}

// FormatString is str.format: the format string with its replacement
// fields filled from args and the mapping kwargs (nil for none).
func (t *Thread) FormatString(format string, args []*Object, kwargs *Object, depth int) (string, error) {
	st := &formatState{args: args, kwargs: kwargs}
	return t.formatWith(format, st, depth)
}

func (t *Thread) formatWith(format string, st *formatState, depth int) (string, error) {
	if depth < 0 {
		return "", t.ValueError("Max string recursion exceeded")
	}
	var b strings.Builder
	for i := 0; i < len(format); {
		c := format[i]
		switch c {
		case '}':
			if i+1 < len(format) && format[i+1] == '}' {
				b.WriteByte('}')
				i += 2
				continue
			}
			return "", t.ValueError("Single '}' encountered in format string")
		case '{':
			if i+1 < len(format) && format[i+1] == '{' {
				b.WriteByte('{')
				i += 2
				continue
			}
			// Find the matching '}', counting nested braces.
			level := 1
			j := i + 1
			for j < len(format) && level > 0 {
				switch format[j] {
				case '{':
					level++
				case '}':
					level--
				}
				j++
			}
			if level > 0 {
				return "", t.ValueError("expected '}' before end of string")
			}
			s, err := t.formatField(format[i+1:j-1], st, depth)
			if err != nil {
				return "", err
			}
			b.WriteString(s)
			i = j
		default:
			b.WriteByte(c)
			i++
		}
	}
	return b.String(), nil
}

// formatField renders one replacement field (the text between braces).
func (t *Thread) formatField(field string, st *formatState, depth int) (string, error) {
	name, spec, conv := field, "", byte(0)
	// The name ends at the first '!' or ':' outside brackets.
	inBracket := false
	for k := 0; k < len(field); k++ {
		switch field[k] {
		case '[':
			inBracket = true
		case ']':
			inBracket = false
		case '!', ':':
			if inBracket {
				continue
			}
			name = field[:k]
			rest := field[k:]
			if rest[0] == '!' {
				if len(rest) < 2 {
					return "", t.ValueError("end of string while looking for conversion specifier")
				}
				conv = rest[1]
				rest = rest[2:]
				if rest != "" && rest[0] != ':' {
					return "", t.ValueError("expected ':' after conversion specifier")
				}
			}
			if rest != "" {
				spec = rest[1:]
			}
			k = len(field)
		}
	}
	obj, err := t.resolveField(name, st)
	if err != nil {
		return "", err
	}
	defer t.Decref(obj)
	switch conv {
	case 0:
	case 'r', 's', 'a':
		var c *Object
		switch conv {
		case 'r':
			c, err = t.Repr(obj)
		case 's':
			c, err = t.StrOf(obj)
		default:
			c, err = t.ASCII(obj)
		}
		if err != nil {
			return "", err
		}
		defer t.Decref(c)
		obj = c
	default:
		return "", t.ValueError("Unknown conversion specifier %c", conv)
	}
	if strings.Contains(spec, "{") {
		if spec, err = t.formatWith(spec, st, depth-1); err != nil {
			return "", err
		}
	}
	r, err := t.Format(obj, spec)
	if err != nil {
		return "", err
	}
	s := As[Str](r).s
	t.Decref(r)
	return s, nil
}

// resolveField looks up "name.attr[key]..." among the arguments.
func (t *Thread) resolveField(name string, st *formatState) (*Object, error) {
	end := strings.IndexAny(name, ".[")
	if end < 0 {
		end = len(name)
	}
	first, rest := name[:end], name[end:]
	var obj *Object
	if first == "" {
		if st.mode == 'm' {
			return nil, t.ValueError("cannot switch from manual field specification to automatic field numbering")
		}
		st.mode = 'a'
		first = strconv.Itoa(st.auto)
		st.auto++
	} else if isDigits(first) {
		if st.mode == 'a' {
			return nil, t.ValueError("cannot switch from automatic field numbering to manual field specification")
		}
		st.mode = 'm'
	}
	if isDigits(first) {
		i, _ := strconv.Atoi(first)
		if i >= len(st.args) {
			return nil, t.IndexError("Replacement index %d out of range for positional args tuple", i)
		}
		obj = t.NewRef(st.args[i])
	} else {
		if st.kwargs == nil {
			return nil, t.KeyError(t.NewStr(first))
		}
		k := t.NewStr(first)
		v, err := t.GetItem(st.kwargs, k)
		t.Decref(k)
		if err != nil {
			return nil, err
		}
		obj = v
	}
	for rest != "" {
		switch rest[0] {
		case '.':
			j := strings.IndexAny(rest[1:], ".[")
			if j < 0 {
				j = len(rest) - 1
			}
			attr := rest[1 : 1+j]
			if attr == "" {
				t.Decref(obj)
				return nil, t.ValueError("Empty attribute in format string")
			}
			v, err := t.GetAttr(obj, Intern(attr))
			t.Decref(obj)
			if err != nil {
				return nil, err
			}
			obj = v
			rest = rest[1+j:]
		case '[':
			j := strings.IndexByte(rest, ']')
			if j < 0 {
				t.Decref(obj)
				return nil, t.ValueError("Missing ']' in format string")
			}
			key := rest[1:j]
			var k *Object
			if isDigits(key) {
				n, _ := strconv.Atoi(key)
				k = t.NewInt(int64(n))
			} else {
				k = t.NewStr(key)
			}
			v, err := t.GetItem(obj, k)
			t.Decref(k)
			t.Decref(obj)
			if err != nil {
				return nil, err
			}
			obj = v
			rest = rest[j+1:]
			if rest != "" && rest[0] != '.' && rest[0] != '[' {
				t.Decref(obj)
				return nil, t.ValueError("Only '.' or '[' may follow ']' in format field specifier")
			}
		default:
			t.Decref(obj)
			return nil, t.ValueError("Only '.' or '[' may follow ']' in format field specifier")
		}
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

// PercentFormat is format % args.
func (t *Thread) PercentFormat(format string, args *Object) (string, error) {
	var items []*Object
	var mapping *Object
	if TypeOf(args).Flags&FlagTupleSubclass != 0 {
		items = TupleItems(args)
	} else if TypeOf(args).GetItem != nil && !IsStr(args) && TypeOf(args).Flags&FlagTupleSubclass == 0 && !IsBytes(args) {
		mapping = args
		items = []*Object{args}
	} else {
		items = []*Object{args}
	}
	next := 0
	getArg := func() (*Object, error) {
		if next >= len(items) {
			return nil, t.TypeError("not enough arguments for format string")
		}
		v := items[next]
		next++
		return v, nil
	}
	var b strings.Builder
	usedMapping := false
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' {
			b.WriteByte(c)
			continue
		}
		start := i
		i++
		if i >= len(format) {
			return "", t.ValueError("incomplete format")
		}
		var arg *Object
		if format[i] == '(' {
			if mapping == nil {
				return "", t.TypeError("format requires a mapping")
			}
			level := 1
			j := i + 1
			for j < len(format) && level > 0 {
				if format[j] == '(' {
					level++
				} else if format[j] == ')' {
					level--
				}
				j++
			}
			if level > 0 {
				return "", t.ValueError("incomplete format key")
			}
			k := t.NewStr(format[i+1 : j-1])
			v, err := t.GetItem(mapping, k)
			t.Decref(k)
			if err != nil {
				return "", err
			}
			defer t.Decref(v)
			arg = v
			usedMapping = true
			i = j
		}
		fs := formatSpec{fill: ' ', width: -1, precision: -1}
		left, zero := false, false
	flags:
		for ; i < len(format); i++ {
			switch format[i] {
			case '-':
				left = true
			case '+':
				fs.sign = '+'
			case ' ':
				if fs.sign == 0 {
					fs.sign = ' '
				}
			case '#':
				fs.alt = true
			case '0':
				zero = true
			default:
				break flags
			}
		}
		readNum := func() (int, error) {
			if i < len(format) && format[i] == '*' {
				i++
				v, err := getArg()
				if err != nil {
					return 0, err
				}
				if !IsInt(v) {
					return 0, t.TypeError("* wants int")
				}
				n, _ := IntSmall(v)
				return int(n), nil
			}
			s := i
			for i < len(format) && format[i] >= '0' && format[i] <= '9' {
				i++
			}
			if s == i {
				return -1, nil
			}
			return strconv.Atoi(format[s:i])
		}
		w, err := readNum()
		if err != nil {
			return "", err
		}
		if w < -1 {
			left = true
			w = -w
		}
		fs.width = w
		if i < len(format) && format[i] == '.' {
			i++
			p, err := readNum()
			if err != nil {
				return "", err
			}
			if p < 0 {
				p = 0
			}
			fs.precision = p
		}
		for i < len(format) && (format[i] == 'h' || format[i] == 'l' || format[i] == 'L') {
			i++
		}
		if i >= len(format) {
			return "", t.ValueError("incomplete format")
		}
		conv := format[i]
		if conv == '%' {
			b.WriteByte('%')
			continue
		}
		if arg == nil {
			if arg, err = getArg(); err != nil {
				return "", err
			}
		}
		if left {
			fs.align = '<'
		} else if zero && conv != 's' && conv != 'r' && conv != 'a' && conv != 'c' {
			fs.fill, fs.align = '0', '='
		}
		s, err := t.percentOne(conv, arg, fs, i)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
		_ = start
	}
	if next < len(items) && !usedMapping && mapping == nil {
		return "", t.TypeError("not all arguments converted during string formatting")
	}
	return b.String(), nil
}

// percentOne formats one % conversion.
func (t *Thread) percentOne(conv byte, arg *Object, fs formatSpec, index int) (string, error) {
	switch conv {
	case 's', 'r', 'a':
		var o *Object
		var err error
		switch conv {
		case 's':
			o, err = t.StrOf(arg)
		case 'r':
			o, err = t.Repr(arg)
		default:
			o, err = t.ASCII(arg)
		}
		if err != nil {
			return "", err
		}
		s := As[Str](o).s
		t.Decref(o)
		if fs.precision >= 0 && countRunes(s) > fs.precision {
			s = runesString(runes(s)[:fs.precision])
		}
		return fs.pad(s, '>', ""), nil
	case 'd', 'i', 'u', 'x', 'X', 'o':
		var n *Object
		switch {
		case IsInt(arg):
			n = t.NewRef(arg)
		case IsFloat(arg) && (conv == 'd' || conv == 'i' || conv == 'u'):
			var err error
			if n, err = t.IntFromFloat(FloatValue(arg)); err != nil {
				return "", err
			}
		case TypeOf(arg).Index != nil:
			var err error
			if n, err = t.Index(arg); err != nil {
				return "", err
			}
		case (conv == 'd' || conv == 'i' || conv == 'u') && TypeOf(arg).Int != nil:
			var err error
			if n, err = t.ToInt(arg); err != nil {
				return "", err
			}
		default:
			if conv == 'd' || conv == 'i' || conv == 'u' {
				return "", t.TypeError("%%%c format: a real number is required, not %s", conv, TypeOf(arg).Name)
			}
			return "", t.TypeError("%%%c format: an integer is required, not %s", conv, TypeOf(arg).Name)
		}
		defer t.Decref(n)
		typ := conv
		if typ == 'i' || typ == 'u' {
			typ = 'd'
		}
		prec := fs.precision
		fs.precision = -1
		fs.typ = typ
		b := bigOf(n)
		neg := b.Sign() < 0
		var digits, prefix string
		abs := b.Text(10)
		if neg {
			abs = abs[1:]
		}
		switch typ {
		case 'x':
			digits, prefix = strings.TrimPrefix(b.Text(16), "-"), "0x"
		case 'X':
			digits, prefix = strings.ToUpper(strings.TrimPrefix(b.Text(16), "-")), "0X"
		case 'o':
			digits, prefix = strings.TrimPrefix(b.Text(8), "-"), "0o"
		default:
			digits = abs
		}
		if prec > len(digits) {
			digits = strings.Repeat("0", prec-len(digits)) + digits
		}
		if !fs.alt {
			prefix = ""
		}
		return fs.pad(digits, '>', signOf(neg, fs.sign)+prefix), nil
	case 'e', 'E', 'f', 'F', 'g', 'G':
		f, err := t.FloatOf(arg)
		if err != nil {
			if Matches(err, TypeErrorType) {
				t.DropError(err)
				return "", t.TypeError("must be real number, not %s", TypeOf(arg).Name)
			}
			return "", err
		}
		fs.typ = conv
		if fs.precision < 0 {
			fs.precision = 6
		}
		return t.formatFloatSpec(f, fs, "")
	case 'c':
		if IsStr(arg) {
			if As[Str](arg).n != 1 {
				return "", t.TypeError("%%c requires int or char")
			}
			return fs.pad(As[Str](arg).s, '>', ""), nil
		}
		if !IsInt(arg) {
			return "", t.TypeError("%%c requires int or char")
		}
		v, ok := IntSmall(arg)
		if !ok || v < 0 || v > 0x10ffff {
			return "", t.OverflowError("%%c arg not in range(0x110000)")
		}
		return fs.pad(string(rune(v)), '>', ""), nil
	}
	return "", t.ValueError("unsupported format character '%c' (0x%x) at index %d", conv, conv, index)
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
