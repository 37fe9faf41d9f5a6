package runtime

import (
	"math"
	"strconv"
	"strings"

	"gilfree/runtime/pyfmt"
)

// Float and complex formatting for the format mini-language and for %
// formatting. floatText renders a float's magnitude as CPython's
// PyOS_double_to_string does for each mode; the callers add the sign and
// lay the text out.

// floatMode is how floatText renders a float.
type floatMode struct {
	typ     byte // 'e', 'E', 'f', 'F', 'g', 'G' or 'r' (shortest repr digits)
	prec    int
	alt     bool // '#': always a decimal point; 'g' keeps trailing zeros
	addDot0 bool // 'r' and 'g': an integral result in positional notation gets ".0"
}

// floatText renders a (non-negative or NaN) magnitude.
func floatText(a float64, m floatMode) string {
	upper := m.typ == 'E' || m.typ == 'F' || m.typ == 'G'
	if math.IsInf(a, 0) || math.IsNaN(a) {
		s := "inf"
		if math.IsNaN(a) {
			s = "nan"
		}
		if upper {
			s = strings.ToUpper(s)
		}
		return s
	}
	var s string
	switch m.typ {
	case 'e', 'E':
		s = strconv.FormatFloat(a, 'e', m.prec, 64)
	case 'f', 'F':
		s = strconv.FormatFloat(a, 'f', m.prec, 64)
	case 'g', 'G':
		p := max(m.prec, 1)
		limit := p
		if m.addDot0 {
			limit = p - 1
		}
		s = formatGThreshold(a, p, m.alt, limit)
		if m.addDot0 && !strings.ContainsAny(s, ".e") {
			s += ".0"
		}
	default:
		if m.addDot0 {
			s = pyfmt.FloatRepr(a)
		} else {
			s = pyfmt.FloatShort(a)
		}
	}
	if m.alt && !strings.Contains(s, ".") {
		if i := strings.IndexByte(s, 'e'); i >= 0 {
			s = s[:i] + "." + s[i:]
		} else {
			s += "."
		}
	}
	if upper {
		s = strings.ToUpper(s)
	}
	return s
}

// formatGThreshold is 'g' with precision p (at least 1): exponent
// notation when the decimal exponent is below -4 or at least limit;
// trailing zeros dropped unless alt.
func formatGThreshold(a float64, p int, alt bool, limit int) string {
	e := strconv.FormatFloat(a, 'e', p-1, 64)
	ePos := strings.IndexByte(e, 'e')
	exp, _ := strconv.Atoi(e[ePos+1:])
	if a == 0 {
		exp = 0
	}
	if exp < -4 || exp >= limit {
		if alt {
			return e
		}
		mant := e[:ePos]
		if strings.Contains(mant, ".") {
			mant = strings.TrimRight(strings.TrimRight(mant, "0"), ".")
		}
		return mant + e[ePos:]
	}
	s := strconv.FormatFloat(a, 'f', max(p-1-exp, 0), 64)
	if !alt && strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s
}

// isZeroText reports whether a rendered finite number reads as zero
// (its mantissa has no nonzero digit), for the 'z' option.
func isZeroText(s string) bool {
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		s = s[:i]
	}
	return !strings.ContainsAny(s, "123456789") && strings.ContainsAny(s, "0")
}

// splitNumber splits rendered digits into the leading integer digits and
// the rest.
func splitNumber(s string) (string, string) {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return s[:i], s[i:]
}

// FormatFloat formats a float by a spec.
func (t *Thread) FormatFloat(f float64, spec string) (string, error) {
	return t.formatFloatNamed(f, spec, "float")
}

func (t *Thread) formatFloatNamed(f float64, spec, typeName string) (string, error) {
	fs, err := t.parseSpec(spec, typeName, 0, '>')
	if err != nil {
		return "", err
	}
	switch fs.typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
	default:
		return "", t.unknownFormat(fs.typ, typeName)
	}
	return t.formatFloatSpec(f, fs)
}

// checkPrecision refuses a float precision CPython refuses (beyond a C
// int) and one whose digits would not fit in memory (MemoryError rather
// than Go's fatal out-of-memory): floatText writes prec digits after the
// point, and at most 330 before it.
func (t *Thread) checkPrecision(prec int) error {
	if prec > math.MaxInt32 {
		return t.ValueError("precision too big")
	}
	return t.tooBig(prec + 330)
}

// floatModeOf turns a float spec's type and precision into a mode; for
// '%' the caller multiplies by 100 and appends the sign.
func floatModeOf(fs formatSpec) floatMode {
	m := floatMode{typ: byte(fs.typ), prec: fs.precision, alt: fs.alt}
	switch fs.typ {
	case 0:
		m.typ, m.addDot0 = 'r', true
		if m.prec >= 0 {
			m.typ = 'g'
		}
	case 'n':
		m.typ = 'g'
	case '%':
		m.typ = 'f'
	}
	if m.prec < 0 {
		m.prec = 6
	}
	return m
}

// formatFloatSpec renders a float by a parsed spec whose type is a float
// type.
func (t *Thread) formatFloatSpec(f float64, fs formatSpec) (string, error) {
	if err := t.checkPrecision(fs.precision); err != nil {
		return "", err
	}
	m := floatModeOf(fs)
	if fs.typ == '%' {
		f *= 100
	}
	neg := math.Signbit(f) && !math.IsNaN(f)
	text := floatText(math.Abs(f), m)
	if neg && fs.noNeg0 && isZeroText(text) {
		neg = false
	}
	if fs.typ == '%' {
		text += "%"
	}
	digits, rest := splitNumber(text)
	return fs.layout(numberParts{sign: numSign(neg, fs.sign), digits: digits, rest: rest}, 3), nil
}

// FormatComplex formats a complex by a spec (complex.__format__); an
// empty spec is str(c).
func (t *Thread) FormatComplex(c complex128, spec, typeName string) (string, error) {
	if spec == "" {
		return pyfmt.ComplexRepr(c), nil
	}
	fs, err := t.parseSpec(spec, typeName, 0, '>')
	if err != nil {
		return "", err
	}
	switch fs.typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n':
	default:
		return "", t.unknownFormat(fs.typ, typeName)
	}
	if fs.fill == '0' {
		return "", t.ValueError("Zero padding is not allowed in complex format specifier")
	}
	if fs.align == '=' {
		return "", t.ValueError("'=' alignment flag is not allowed in complex format specifier")
	}
	if err := t.checkPrecision(fs.precision); err != nil {
		return "", err
	}
	m := floatModeOf(fs)
	m.addDot0 = false
	if fs.typ == 0 && fs.precision < 0 {
		m.prec = 0
	}
	re, im := real(c), imag(c)
	skipRe, parens := false, false
	if fs.typ == 0 {
		skipRe = re == 0 && !math.Signbit(re)
		parens = !skipRe
	}
	part := func(v float64, sign byte) string {
		neg := math.Signbit(v) && !math.IsNaN(v)
		text := floatText(math.Abs(v), m)
		if neg && fs.noNeg0 && isZeroText(text) {
			neg = false
		}
		digits, rest := splitNumber(text)
		unpadded := formatSpec{fill: ' ', align: '<', width: -1, grouping: fs.grouping}
		return unpadded.layout(numberParts{sign: numSign(neg, sign), digits: digits, rest: rest}, 3)
	}
	var b strings.Builder
	if parens {
		b.WriteByte('(')
	}
	imSign := fs.sign
	if !skipRe {
		b.WriteString(part(re, fs.sign))
		imSign = '+'
	}
	b.WriteString(part(im, imSign))
	b.WriteByte('j')
	if parens {
		b.WriteByte(')')
	}
	s := b.String()
	return fs.padTo(s, countRunes(s)), nil
}
