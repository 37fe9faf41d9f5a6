package runtime

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"gilfree/runtime/pyfmt"
)

// The format specification mini-language of format() and str.format,
// for int, float and str:
// [[fill]align][sign][z][#][0][width][grouping][.precision][type].

type formatSpec struct {
	fill      rune
	align     byte // 0, '<', '>', '=', '^'
	sign      byte // 0, '+', '-', ' '
	zero      bool // 'z': negative zero becomes positive
	alt       bool // '#'
	width     int  // -1: none
	grouping  byte // 0, ',', '_'
	precision int  // -1: none
	typ       byte // 0 or the type letter
}

func (t *Thread) parseSpec(spec string, objType string) (formatSpec, error) {
	fs := formatSpec{fill: ' ', width: -1, precision: -1}
	rs := []rune(spec)
	i := 0
	isAlign := func(r rune) bool { return r == '<' || r == '>' || r == '=' || r == '^' }
	if len(rs) >= 2 && isAlign(rs[1]) {
		fs.fill, fs.align = rs[0], byte(rs[1])
		i = 2
	} else if len(rs) >= 1 && isAlign(rs[0]) {
		fs.align = byte(rs[0])
		i = 1
	}
	if i < len(rs) && (rs[i] == '+' || rs[i] == '-' || rs[i] == ' ') {
		fs.sign = byte(rs[i])
		i++
	}
	if i < len(rs) && rs[i] == 'z' {
		fs.zero = true
		i++
	}
	if i < len(rs) && rs[i] == '#' {
		fs.alt = true
		i++
	}
	if i < len(rs) && rs[i] == '0' {
		if fs.align == 0 {
			fs.fill, fs.align = '0', '='
		}
		i++
	}
	start := i
	for i < len(rs) && rs[i] >= '0' && rs[i] <= '9' {
		i++
	}
	if i > start {
		w, err := strconv.Atoi(string(rs[start:i]))
		if err != nil {
			return fs, t.ValueError("Too many decimal digits in format string")
		}
		fs.width = w
	}
	if i < len(rs) && (rs[i] == ',' || rs[i] == '_') {
		fs.grouping = byte(rs[i])
		i++
		if i < len(rs) && (rs[i] == ',' || rs[i] == '_') {
			return fs, t.ValueError("Cannot specify both ',' and '_'.")
		}
	}
	if i < len(rs) && rs[i] == '.' {
		i++
		start = i
		for i < len(rs) && rs[i] >= '0' && rs[i] <= '9' {
			i++
		}
		if i == start {
			return fs, t.ValueError("Format specifier missing precision")
		}
		p, err := strconv.Atoi(string(rs[start:i]))
		if err != nil {
			return fs, t.ValueError("Too many decimal digits in format string")
		}
		fs.precision = p
	}
	if len(rs)-i > 1 {
		return fs, t.ValueError("Invalid format specifier '%s' for object of type '%s'", spec, objType)
	}
	if i < len(rs) {
		if rs[i] > 127 {
			return fs, t.ValueError("Unknown format code '\\x%x' for object of type '%s'", rs[i], objType)
		}
		fs.typ = byte(rs[i])
	}
	if fs.grouping != 0 {
		switch fs.typ {
		case 0, 'd', 'e', 'E', 'f', 'F', 'g', 'G', '%':
		case 'b', 'o', 'x', 'X':
			if fs.grouping == ',' {
				return fs, t.ValueError("Cannot specify ',' with '%c'.", fs.typ)
			}
		default:
			return fs, t.ValueError("Cannot specify '%c' with '%c'.", fs.grouping, fs.typ)
		}
	}
	return fs, nil
}

// pad applies width, fill and alignment; defAlign is the type's default.
func (fs *formatSpec) pad(body string, defAlign byte, signPrefix string) string {
	align := fs.align
	if align == 0 {
		align = defAlign
	}
	n := countRunes(signPrefix) + countRunes(body)
	if fs.width <= n {
		return signPrefix + body
	}
	fill := strings.Repeat(string(fs.fill), fs.width-n)
	switch align {
	case '<':
		return signPrefix + body + fill
	case '=':
		return signPrefix + fill + body
	case '^':
		left := (fs.width - n) / 2
		fr := []rune(fill)
		return string(fr[:left]) + signPrefix + body + string(fr[left:])
	}
	return fill + signPrefix + body
}

// group inserts separators every n digits from the right.
func group(digits string, sep byte, n int) string {
	if len(digits) <= n {
		return digits
	}
	var b strings.Builder
	first := len(digits) % n
	if first == 0 {
		first = n
	}
	b.WriteString(digits[:first])
	for i := first; i < len(digits); i += n {
		b.WriteByte(sep)
		b.WriteString(digits[i : i+n])
	}
	return b.String()
}

// groupZeroPadded groups the integer digits and pads them with zeros
// (and separators) up to width, for '0' fill with grouping.
func (fs *formatSpec) groupDigits(digits string, every int, prefixLen int) string {
	if fs.grouping == 0 {
		return digits
	}
	g := group(digits, fs.grouping, every)
	if fs.fill == '0' && fs.align == '=' {
		for prefixLen+len(g) < fs.width {
			digits = "0" + digits
			g = group(digits, fs.grouping, every)
		}
		if g[0] == fs.grouping {
			g = "0" + g
		}
	}
	return g
}

func signOf(neg bool, sign byte) string {
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

// FormatInt formats an int (or bool) by a spec.
func (t *Thread) FormatInt(o *Object, spec string) (string, error) {
	fs, err := t.parseSpec(spec, TypeOf(o).Name)
	if err != nil {
		return "", err
	}
	switch fs.typ {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		f, err := t.intFloat(o)
		if err != nil {
			return "", err
		}
		return t.formatFloatSpec(f, fs, spec)
	case 0, 'd', 'n', 'b', 'o', 'x', 'X', 'c':
	default:
		return "", t.ValueError("Unknown format code '%c' for object of type '%s'", fs.typ, TypeOf(o).Name)
	}
	if fs.precision >= 0 {
		return "", t.ValueError("Precision not allowed in integer format specifier")
	}
	var neg bool
	var text func(base int) string
	if v, ok := IntSmall(o); ok && v != math.MinInt64 {
		neg = v < 0
		u := uint64(v)
		if neg {
			u = uint64(-v)
		}
		text = func(base int) string { return strconv.FormatUint(u, base) }
	} else {
		b := bigOf(o)
		neg = b.Sign() < 0
		abs := new(big.Int).Abs(b)
		text = abs.Text
	}
	var digits, prefix string
	every := 3
	switch fs.typ {
	case 'b':
		digits, prefix, every = text(2), "0b", 4
	case 'o':
		digits, prefix, every = text(8), "0o", 4
	case 'x':
		digits, prefix, every = text(16), "0x", 4
	case 'X':
		digits, prefix, every = strings.ToUpper(text(16)), "0X", 4
	case 'c':
		if fs.sign != 0 {
			return "", t.ValueError("Sign not allowed with integer format specifier 'c'")
		}
		v, ok := IntSmall(o)
		if !ok || v < 0 || v > 0x10ffff {
			return "", t.OverflowError("%%c arg not in range(0x110000)")
		}
		return fs.pad(string(pyfmt.AppendRune(nil, rune(v))), '<', ""), nil
	default:
		digits = text(10)
	}
	if !fs.alt {
		prefix = ""
	}
	sign := signOf(neg, fs.sign)
	digits = fs.groupDigits(digits, every, len(sign)+len(prefix))
	return fs.pad(digits, '>', sign+prefix), nil
}

// FormatFloat formats a float by a spec.
func (t *Thread) FormatFloat(f float64, spec string) (string, error) {
	fs, err := t.parseSpec(spec, "float")
	if err != nil {
		return "", err
	}
	return t.formatFloatSpec(f, fs, spec)
}

func (t *Thread) formatFloatSpec(f float64, fs formatSpec, spec string) (string, error) {
	typ := fs.typ
	prec := fs.precision
	switch typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
	default:
		return "", t.ValueError("Unknown format code '%c' for object of type 'float'", typ)
	}
	neg := math.Signbit(f) && !math.IsNaN(f)
	a := math.Abs(f)
	var body string
	switch {
	case math.IsInf(a, 0):
		body = "inf"
	case math.IsNaN(a):
		body = "nan"
	default:
		switch typ {
		case 'e', 'E':
			if prec < 0 {
				prec = 6
			}
			body = strconv.FormatFloat(a, 'e', prec, 64)
		case 'f', 'F':
			if prec < 0 {
				prec = 6
			}
			body = strconv.FormatFloat(a, 'f', prec, 64)
		case '%':
			if prec < 0 {
				prec = 6
			}
			body = strconv.FormatFloat(a*100, 'f', prec, 64) + "%"
		case 'g', 'G', 'n':
			if prec < 0 {
				prec = 6
			}
			if prec == 0 {
				prec = 1
			}
			body = formatG(a, prec, fs.alt)
		default:
			if prec < 0 {
				body = pyfmt.FloatRepr(a)
			} else {
				if prec == 0 {
					prec = 1
				}
				// Like 'g', but a fixed-point result keeps a digit after
				// the point, so exponent notation starts one digit
				// earlier.
				body = formatGThreshold(a, prec, fs.alt, prec-1)
				if !strings.ContainsAny(body, ".e") {
					body += ".0"
				}
			}
		}
		if fs.alt && !strings.Contains(body, ".") {
			if i := strings.IndexAny(body, "e%"); i >= 0 {
				body = body[:i] + "." + body[i:]
			} else {
				body += "."
			}
		}
	}
	if typ == 'E' || typ == 'F' || typ == 'G' {
		body = strings.ToUpper(body)
	}
	if fs.zero && neg && strings.Trim(body, "0.e+-%EINFinf") == "" && !strings.ContainsAny(body, "123456789") {
		neg = false
	}
	if fs.grouping != 0 {
		intEnd := strings.IndexAny(body, ".eE%")
		if intEnd < 0 {
			intEnd = len(body)
		}
		if body[0] >= '0' && body[0] <= '9' {
			sign := signOf(neg, fs.sign)
			body = fs.groupDigits(body[:intEnd], 3, len(sign)+len(body)-intEnd) + body[intEnd:]
		}
	} else if fs.fill == '0' && fs.align == '=' && (math.IsInf(a, 0) || math.IsNaN(a)) {
		fs.fill = ' '
	}
	return fs.pad(body, '>', signOf(neg, fs.sign)), nil
}

// formatG is Python's 'g' format with precision p.
func formatG(a float64, p int, alt bool) string { return formatGThreshold(a, p, alt, p) }

// formatGThreshold is 'g' with exponent notation from the decimal
// exponent limit on.
func formatGThreshold(a float64, p int, alt bool, limit int) string {
	if a == 0 {
		if alt {
			return "0." + strings.Repeat("0", p-1)
		}
		return "0"
	}
	e := strconv.FormatFloat(a, 'e', p-1, 64)
	exp, _ := strconv.Atoi(e[strings.IndexByte(e, 'e')+1:])
	var s string
	if exp < -4 || exp >= limit {
		s = e
		if !alt {
			mant, rest := s[:strings.IndexByte(s, 'e')], s[strings.IndexByte(s, 'e'):]
			if strings.Contains(mant, ".") {
				mant = strings.TrimRight(strings.TrimRight(mant, "0"), ".")
			}
			s = mant + rest
		}
	} else {
		s = strconv.FormatFloat(a, 'f', max(p-1-exp, 0), 64)
		if !alt && strings.Contains(s, ".") {
			s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
		}
	}
	return s
}

// FormatStr formats a str by a spec.
func (t *Thread) FormatStr(s string, spec string) (string, error) {
	fs, err := t.parseSpec(spec, "str")
	if err != nil {
		return "", err
	}
	switch {
	case fs.typ != 0 && fs.typ != 's':
		return "", t.ValueError("Unknown format code '%c' for object of type 'str'", fs.typ)
	case fs.sign != 0:
		return "", t.ValueError("Sign not allowed in string format specifier")
	case fs.alt:
		return "", t.ValueError("Alternate form (#) not allowed in string format specifier")
	case fs.align == '=':
		return "", t.ValueError("'=' alignment not allowed in string format specifier")
	case fs.grouping != 0:
		return "", t.ValueError("Cannot specify '%c' with 's'.", fs.grouping)
	}
	if fs.precision >= 0 && countRunes(s) > fs.precision {
		s = runesString(runes(s)[:fs.precision])
	}
	return fs.pad(s, '<', ""), nil
}

// Format is format(v, spec): the type's __format__.
func (t *Thread) Format(v *Object, spec string) (*Object, error) {
	switch TypeOf(v) {
	case StrType:
		if spec == "" {
			return t.NewRef(v), nil
		}
		s, err := t.FormatStr(As[Str](v).s, spec)
		if err != nil {
			return nil, err
		}
		return t.NewStr(s), nil
	case IntType:
		if spec == "" {
			return intRepr(t, v)
		}
		s, err := t.FormatInt(v, spec)
		if err != nil {
			return nil, err
		}
		return t.NewStr(s), nil
	case FloatType:
		if spec == "" {
			return floatRepr(t, v)
		}
		s, err := t.FormatFloat(FloatValue(v), spec)
		if err != nil {
			return nil, err
		}
		return t.NewStr(s), nil
	}
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

func intFormatM(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("__format__", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	spec, ok := AsStr(args[1])
	if !ok {
		return nil, t.TypeError("__format__() argument must be str, not %s", TypeOf(args[1]).Name)
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
	if err := t.CheckArgs("__format__", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	spec, ok := AsStr(args[1])
	if !ok {
		return nil, t.TypeError("__format__() argument must be str, not %s", TypeOf(args[1]).Name)
	}
	if spec == "" {
		return t.StrOf(args[0])
	}
	s, err := t.FormatFloat(FloatValue(args[0]), spec)
	if err != nil {
		return nil, err
	}
	return t.NewStr(s), nil
}

func strFormatM(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("__format__", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	spec, ok := AsStr(args[1])
	if !ok {
		return nil, t.TypeError("__format__() argument must be str, not %s", TypeOf(args[1]).Name)
	}
	s, err := t.FormatStr(StrValue(args[0]), spec)
	if err != nil {
		return nil, err
	}
	return t.NewStr(s), nil
}
