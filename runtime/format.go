package runtime

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"gilfree/runtime/pyfmt"
)

// The format specification mini-language of format(), str.format and
// f-strings, for int, bool, float, complex and str:
//
//	[[fill]align][sign][z][#][0][width][grouping][.precision][type]
//
// A spec is parsed once into a formatSpec (parseSpec checks what can be
// checked without knowing the value's type), then each type's formatter
// checks what its type forbids and renders. Numbers are rendered into
// parts (sign, prefix, integer digits, the rest) and laid out by one
// routine, which places the padding (after the sign and prefix for '='
// alignment) and groups digits; zero padding with '=' alignment is done
// by growing the digit string, so the padding zeros are grouped too
// ("00,001,234"), as CPython does. The float digits themselves are in
// format_float.go.

// formatSpec is a parsed format spec.
type formatSpec struct {
	fill      rune
	align     byte // '<', '>', '=', '^' (the type's default when not given)
	sign      byte // 0, '+', '-', ' '
	noNeg0    bool // 'z': a negative zero result loses its sign
	alt       bool // '#'
	width     int  // -1: none
	grouping  byte // 0, ',', '_'
	precision int  // -1: none
	typ       rune // the type letter, or the type's default
}

// parseSpec parses spec for a value of the named type whose default type
// letter and alignment are defType and defAlign.
func (t *Thread) parseSpec(spec, typeName string, defType rune, defAlign byte) (formatSpec, error) {
	fs := formatSpec{fill: ' ', align: defAlign, width: -1, precision: -1, typ: defType}
	// Specs are short: decode into a buffer on the stack.
	var buf [24]rune
	rs := buf[:0]
	for k := 0; k < len(spec); {
		if c := spec[k]; c < 0x80 {
			rs = append(rs, rune(c))
			k++
			continue
		}
		r, w := pyfmt.DecodeRune(spec[k:])
		rs = append(rs, r)
		k += w
	}
	i := 0
	isAlign := func(r rune) bool { return r == '<' || r == '>' || r == '=' || r == '^' }
	fillSet, alignSet := false, false
	if len(rs) >= 2 && isAlign(rs[1]) {
		fs.fill, fs.align = rs[0], byte(rs[1])
		fillSet, alignSet = true, true
		i = 2
	} else if len(rs) >= 1 && isAlign(rs[0]) {
		fs.align = byte(rs[0])
		alignSet = true
		i = 1
	}
	if i < len(rs) && (rs[i] == '+' || rs[i] == '-' || rs[i] == ' ') {
		fs.sign = byte(rs[i])
		i++
	}
	if i < len(rs) && rs[i] == 'z' {
		fs.noNeg0 = true
		i++
	}
	if i < len(rs) && rs[i] == '#' {
		fs.alt = true
		i++
	}
	// A '0' before the width means zero padding, after the sign for
	// numbers, unless a fill character was given.
	if !fillSet && i < len(rs) && rs[i] == '0' {
		fs.fill = '0'
		if !alignSet && defAlign == '>' {
			fs.align = '='
		}
		i++
	}
	var err error
	var n int
	if n, i, err = t.specInt(rs, i); err != nil {
		return fs, err
	} else if n >= 0 {
		if err := t.tooBig(n); err != nil {
			return fs, err
		}
		fs.width = n
	}
	if i < len(rs) && rs[i] == ',' {
		fs.grouping = ','
		i++
	}
	if i < len(rs) && rs[i] == '_' {
		if fs.grouping != 0 {
			return fs, t.ValueError("Cannot specify both ',' and '_'.")
		}
		fs.grouping = '_'
		i++
	}
	if i < len(rs) && rs[i] == ',' && fs.grouping == '_' {
		return fs, t.ValueError("Cannot specify both ',' and '_'.")
	}
	if i < len(rs) && rs[i] == '.' {
		if n, i, err = t.specInt(rs, i+1); err != nil {
			return fs, err
		} else if n < 0 {
			return fs, t.ValueError("Format specifier missing precision")
		}
		fs.precision = n
	}
	if len(rs)-i > 1 {
		return fs, t.ValueError("Invalid format specifier '%s' for object of type '%s'", runesString(rs), typeName)
	}
	if i < len(rs) {
		fs.typ = rs[i]
	}
	if fs.grouping != 0 {
		switch fs.typ {
		case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
		case 'b', 'o', 'x', 'X':
			if fs.grouping != '_' {
				return fs, t.ValueError("Cannot specify ',' with '%c'.", fs.typ)
			}
		default:
			if fs.typ > 32 && fs.typ < 128 {
				return fs, t.ValueError("Cannot specify '%c' with '%c'.", fs.grouping, fs.typ)
			}
			return fs, t.ValueError("Cannot specify '%c' with '\\x%x'.", fs.grouping, fs.typ)
		}
	}
	return fs, nil
}

// specInt reads the decimal number at rs[i:]: its value (-1 when there
// are no digits) and the index after it.
func (t *Thread) specInt(rs []rune, i int) (int, int, error) {
	start := i
	n := 0
	for ; i < len(rs) && rs[i] >= '0' && rs[i] <= '9'; i++ {
		d := int(rs[i] - '0')
		if n > (math.MaxInt64-d)/10 {
			return 0, i, t.ValueError("Too many decimal digits in format string")
		}
		n = n*10 + d
	}
	if i == start {
		return -1, i, nil
	}
	return n, i, nil
}

// unknownFormat is the error for a type letter the type does not have.
func (t *Thread) unknownFormat(typ rune, typeName string) error {
	if typ > 32 && typ < 128 {
		return t.ValueError("Unknown format code '%c' for object of type '%s'", typ, typeName)
	}
	return t.ValueError("Unknown format code '\\x%x' for object of type '%s'", typ, typeName)
}

// padTo pads body to the spec's width by its fill and alignment.
func (fs *formatSpec) padTo(body string, n int) string {
	if fs.width <= n {
		return body
	}
	total := fs.width - n
	left := 0
	switch fs.align {
	case '>', '=':
		left = total
	case '^':
		left = total / 2
	}
	fill := string(pyfmt.AppendRune(nil, fs.fill))
	return strings.Repeat(fill, left) + body + strings.Repeat(fill, total-left)
}

// numberParts is a rendered number before grouping and padding.
type numberParts struct {
	sign   string // "", "-", "+" or " "
	prefix string // "0x", "0o", "0b", "0X" or ""
	digits string // the integer digits, which grouping applies to
	rest   string // everything after them: point, fraction, exponent, '%', "inf"
}

// layout groups the digits and pads the whole by the spec. every is the
// group size (3, or 4 for b/o/x/X).
func (fs *formatSpec) layout(p numberParts, every int) string {
	fixed := len(p.sign) + len(p.prefix) + len(p.rest)
	minDigits := 0
	if fs.fill == '0' && fs.align == '=' {
		minDigits = fs.width - fixed
	}
	digits := p.digits
	if digits != "" {
		digits = groupDigits(digits, fs.grouping, every, minDigits)
	}
	n := fixed + len(digits)
	if fs.width <= n {
		return p.sign + p.prefix + digits + p.rest
	}
	if fs.align == '=' {
		pad := strings.Repeat(string(pyfmt.AppendRune(nil, fs.fill)), fs.width-n)
		return p.sign + p.prefix + pad + digits + p.rest
	}
	return fs.padTo(p.sign+p.prefix+digits+p.rest, n)
}

// groupDigits inserts sep (0: none) every `every` digits from the right
// and pads with zeros (which are grouped as well) to at least minWidth
// characters. The last group written may be a lone zero after a
// separator, as CPython writes "0,001,234" for width 8.
func groupDigits(digits string, sep byte, every, minWidth int) string {
	if sep == 0 {
		if len(digits) >= minWidth {
			return digits
		}
		return strings.Repeat("0", minWidth-len(digits)) + digits
	}
	var groups []string
	remaining := len(digits)
	for {
		l := min(every, max(remaining, minWidth, 1))
		take := min(l, remaining)
		groups = append(groups, strings.Repeat("0", l-take)+digits[remaining-take:remaining])
		remaining -= take
		minWidth -= l
		if remaining <= 0 && minWidth <= 0 {
			break
		}
		minWidth--
	}
	var b strings.Builder
	for i := len(groups) - 1; i >= 0; i-- {
		b.WriteString(groups[i])
		if i > 0 {
			b.WriteByte(sep)
		}
	}
	return b.String()
}

// numSign is the sign a number shows under the spec's sign option.
func numSign(neg bool, sign byte) string {
	switch {
	case neg:
		return "-"
	case sign == '+':
		return "+"
	case sign == ' ':
		return " "
	}
	return ""
}

// FormatInt formats an int (or bool, or a subclass) by a spec.
func (t *Thread) FormatInt(o *Object, spec string) (string, error) {
	name := TypeOf(o).Name
	fs, err := t.parseSpec(spec, name, 'd', '>')
	if err != nil {
		return "", err
	}
	switch fs.typ {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		f, err := t.intFloat(o)
		if err != nil {
			return "", err
		}
		return t.formatFloatSpec(f, fs)
	case 'd', 'n', 'b', 'o', 'x', 'X', 'c':
	default:
		return "", t.unknownFormat(fs.typ, name)
	}
	if fs.precision >= 0 {
		return "", t.ValueError("Precision not allowed in integer format specifier")
	}
	if fs.noNeg0 {
		return "", t.ValueError("Negative zero coercion (z) not allowed in integer format specifier")
	}
	if fs.typ == 'c' {
		return t.formatIntChar(o, fs)
	}
	var neg bool
	var text func(base int) string
	if v, ok := IntSmall(o); ok && v != math.MinInt64 {
		neg = v < 0
		u := uint64(v)
		if neg {
			u = uint64(-v)
		}
		if fs.typ == 'd' && fs.grouping == 0 && fs.fill < utf8.RuneSelf && fs.width <= smallDecimalWidth {
			return fs.smallDecimal(neg, u), nil
		}
		text = func(base int) string { return strconv.FormatUint(u, base) }
	} else {
		b := bigOf(o)
		if fs.typ == 'd' || fs.typ == 'n' {
			if err := t.checkIntStrDigits(b); err != nil {
				return "", err
			}
		}
		neg = b.Sign() < 0
		text = new(big.Int).Abs(b).Text
	}
	p := numberParts{sign: numSign(neg, fs.sign)}
	every := 4
	switch fs.typ {
	case 'b':
		p.digits, p.prefix = text(2), "0b"
	case 'o':
		p.digits, p.prefix = text(8), "0o"
	case 'x':
		p.digits, p.prefix = text(16), "0x"
	case 'X':
		p.digits, p.prefix = strings.ToUpper(text(16)), "0X"
	default:
		p.digits, every = text(10), 3
	}
	if !fs.alt {
		p.prefix = ""
	}
	return fs.layout(p, every), nil
}

// smallDecimalWidth bounds the widths smallDecimal lays out on its stack.
const smallDecimalWidth = 64

// smallDecimal is FormatInt's common case, the 'd' type of an int64 with
// no grouping and an ASCII fill ("{:06d}", "{:>4}"), laid out in one
// buffer on the stack: what layout does with its parts, in one
// allocation instead of four or five.
func (fs *formatSpec) smallDecimal(neg bool, u uint64) string {
	var digits [20]byte
	d := strconv.AppendUint(digits[:0], u, 10)
	sign := numSign(neg, fs.sign)
	pad := max(fs.width-len(sign)-len(d), 0)
	left := 0
	switch fs.align {
	case '>':
		left = pad
	case '^':
		left = pad / 2
	}
	var buf [smallDecimalWidth + 24]byte
	b := buf[:0]
	fill := byte(fs.fill)
	for range left {
		b = append(b, fill)
	}
	b = append(b, sign...)
	if fs.align == '=' {
		for range pad {
			b = append(b, fill)
		}
		left = pad
	}
	b = append(b, d...)
	for range pad - left {
		b = append(b, fill)
	}
	return string(b)
}

// formatIntChar is the 'c' type: the int as a character.
func (t *Thread) formatIntChar(o *Object, fs formatSpec) (string, error) {
	if fs.sign != 0 {
		return "", t.ValueError("Sign not allowed with integer format specifier 'c'")
	}
	if fs.alt {
		return "", t.ValueError("Alternate form (#) not allowed with integer format specifier 'c'")
	}
	v, ok := IntSmall(o)
	if !ok {
		return "", t.OverflowError("Python int too large to convert to C long")
	}
	if v < 0 || v > 0x10ffff {
		return "", t.OverflowError("%s", "%c arg not in range(0x110000)")
	}
	return fs.padTo(string(pyfmt.AppendRune(nil, rune(v))), 1), nil
}

// FormatStr formats a str by a spec.
func (t *Thread) FormatStr(s string, spec string) (string, error) {
	return t.formatStrNamed(s, spec, "str")
}

func (t *Thread) formatStrNamed(s, spec, typeName string) (string, error) {
	fs, err := t.parseSpec(spec, typeName, 's', '<')
	if err != nil {
		return "", err
	}
	switch {
	case fs.typ != 's':
		return "", t.unknownFormat(fs.typ, typeName)
	case fs.sign == ' ':
		return "", t.ValueError("Space not allowed in string format specifier")
	case fs.sign != 0:
		return "", t.ValueError("Sign not allowed in string format specifier")
	case fs.noNeg0:
		return "", t.ValueError("Negative zero coercion (z) not allowed in string format specifier")
	case fs.alt:
		return "", t.ValueError("Alternate form (#) not allowed in string format specifier")
	case fs.align == '=':
		return "", t.ValueError("'=' alignment not allowed in string format specifier")
	}
	n := countRunes(s)
	if fs.precision >= 0 && n > fs.precision {
		s = runesString(runes(s)[:fs.precision])
		n = fs.precision
	}
	return fs.padTo(s, n), nil
}

// Format is format(v, spec): the type's __format__, with the exact
// builtin types done here without a call.
func (t *Thread) Format(v *Object, spec string) (*Object, error) {
	var s string
	var err error
	switch TypeOf(v) {
	case StrType:
		if spec == "" {
			return t.NewRef(v), nil
		}
		s, err = t.FormatStr(As[Str](v).s, spec)
	case IntType:
		if spec == "" {
			return intRepr(t, v)
		}
		s, err = t.FormatInt(v, spec)
	case FloatType:
		if spec == "" {
			return floatRepr(t, v)
		}
		s, err = t.formatFloatNamed(FloatValue(v), spec, "float")
	default:
		return t.formatByDunder(v, spec)
	}
	if err != nil {
		return nil, err
	}
	return t.NewStr(s), nil
}

// formatText is Format as a Go string: the exact builtin types are
// rendered without making a str object, for str.format's fields.
func (t *Thread) formatText(v *Object, spec string) (string, error) {
	switch TypeOf(v) {
	case StrType:
		if spec == "" {
			return As[Str](v).s, nil
		}
		return t.FormatStr(As[Str](v).s, spec)
	case IntType:
		if spec == "" {
			if x, ok := IntSmall(v); ok {
				return strconv.FormatInt(x, 10), nil
			}
			break
		}
		return t.FormatInt(v, spec)
	case FloatType:
		if spec == "" {
			return pyfmt.FloatRepr(FloatValue(v)), nil
		}
		return t.formatFloatNamed(FloatValue(v), spec, "float")
	}
	r, err := t.Format(v, spec)
	if err != nil {
		return "", err
	}
	s := As[Str](r).s
	t.Decref(r)
	return s, nil
}

// formatByDunder calls type(v).__format__(v, spec) and checks its result.
func (t *Thread) formatByDunder(v *Object, spec string) (*Object, error) {
	specObj := t.NewStr(spec)
	defer t.Decref(specObj)
	r, found, err := t.CallDunder(v, dnFormat, []*Object{specObj})
	if !found {
		return nil, t.TypeError("Type %s doesn't define __format__", TypeOf(v).Name)
	}
	if err != nil {
		return nil, err
	}
	if !IsStr(r) {
		name := TypeOf(r).Name
		t.Decref(r)
		return nil, t.TypeError("__format__ must return a str, not %s", name)
	}
	return r, nil
}

// formatMethodArgs checks the arguments of a __format__ method and
// returns the spec.
func (t *Thread) formatMethodArgs(args []*Object, kw *Tuple) (string, error) {
	if err := t.CheckArgs("__format__", args[1:], kw, 1, 1); err != nil {
		return "", err
	}
	spec, ok := AsStr(args[1])
	if !ok {
		return "", t.TypeError("__format__() argument must be str, not %s", TypeOf(args[1]).Name)
	}
	return spec, nil
}

func intFormatM(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	spec, err := t.formatMethodArgs(args, kw)
	if err != nil {
		return nil, err
	}
	if spec == "" {
		return t.StrOf(args[0])
	}
	s, err := t.FormatInt(args[0], spec)
	if err != nil {
		return nil, err
	}
	return t.NewStr(s), nil
}

func floatFormatM(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	spec, err := t.formatMethodArgs(args, kw)
	if err != nil {
		return nil, err
	}
	if spec == "" {
		return t.StrOf(args[0])
	}
	s, err := t.formatFloatNamed(FloatValue(args[0]), spec, TypeOf(args[0]).Name)
	if err != nil {
		return nil, err
	}
	return t.NewStr(s), nil
}

func strFormatM(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	spec, err := t.formatMethodArgs(args, kw)
	if err != nil {
		return nil, err
	}
	if spec == "" {
		return t.StrOf(args[0])
	}
	s, err := t.formatStrNamed(StrValue(args[0]), spec, TypeOf(args[0]).Name)
	if err != nil {
		return nil, err
	}
	return t.NewStr(s), nil
}
