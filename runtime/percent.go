package runtime

import (
	"math"
	"strconv"
	"strings"

	"gilfree/runtime/pyfmt"
)

// printf-style formatting: str % args and bytes % args.
//
// One engine serves both; bytesMode switches what %s, %r, %a and %c
// accept and produce, how mapping keys are made, and the messages. The
// arguments are a tuple (consumed in order), a mapping (for "%(key)s";
// after a key, that item is the only argument left, as in CPython, so
// "%(a)*d" runs out of arguments), or any other object as the single
// argument.

// percentState is one formatting operation in progress.
type percentState struct {
	t         *Thread
	bytesMode bool
	format    string
	args      *Object
	items     []*Object // the tuple's items when args is a tuple
	arglen    int       // len(items), or -1 for a single argument
	argidx    int       // next item; -2 before a single argument is used
	dict      *Object   // the mapping, when args is one
	keep      []*Object // mapping values to release at the end
}

// percentSpec is one conversion's flags, width and precision.
type percentSpec struct {
	ljust, sign, blank, alt, zero bool
	width, prec                   int
	conv                          rune
	index                         int // the conversion character's byte offset
}

// PercentFormat is str % args.
func (t *Thread) PercentFormat(format string, args *Object) (string, error) {
	// The text is built in a buffer on this frame, which is copied once
	// into the result string.
	var buf [128]byte
	p := t.newPercent(format, args, false)
	out, err := p.run(buf[:0])
	return string(out), err
}

// BytesPercentFormat is bytes % args (and bytearray % args).
func (t *Thread) BytesPercentFormat(format string, args *Object) ([]byte, error) {
	p := t.newPercent(format, args, true)
	return p.run(nil)
}

// newPercent returns the state of one formatting, a value for the
// caller's frame.
func (t *Thread) newPercent(format string, args *Object, bytesMode bool) percentState {
	p := percentState{t: t, bytesMode: bytesMode, format: format, args: args, arglen: -1, argidx: -2}
	typ := TypeOf(args)
	isTuple := typ.Flags&FlagTupleSubclass != 0
	if isTuple {
		p.items = TupleItems(args)
		p.arglen, p.argidx = len(p.items), 0
	}
	if typ.GetItem != nil && !isTuple && !IsStr(args) &&
		!(bytesMode && (IsBytes(args) || typ.IsSubtype(ByteArrayType))) {
		p.dict = args
	}
	return p
}

// nextArg returns the next argument (borrowed).
func (p *percentState) nextArg() (*Object, error) {
	if p.argidx < p.arglen {
		i := p.argidx
		p.argidx++
		if p.arglen < 0 {
			return p.args, nil
		}
		return p.items[i], nil
	}
	return nil, p.t.TypeError("not enough arguments for format string")
}

// run appends the formatted text to out.
func (p *percentState) run(out []byte) ([]byte, error) {
	defer func() {
		for _, o := range p.keep {
			p.t.Decref(o)
		}
	}()
	f := p.format
	for i := 0; i < len(f); {
		j := strings.IndexByte(f[i:], '%')
		if j < 0 {
			out = append(out, f[i:]...)
			break
		}
		out = append(out, f[i:i+j]...)
		i += j + 1
		if i < len(f) && f[i] == '%' {
			out = append(out, '%')
			i++
			continue
		}
		var err error
		if out, i, err = p.one(out, i); err != nil {
			return nil, err
		}
	}
	if p.argidx < p.arglen && p.dict == nil {
		if p.bytesMode {
			return nil, p.t.TypeError("not all arguments converted during bytes formatting")
		}
		return nil, p.t.TypeError("not all arguments converted during string formatting")
	}
	return out, nil
}

// one formats the conversion whose text starts at f[i] (after the '%')
// and returns the output and the index after the conversion.
func (p *percentState) one(out []byte, i int) ([]byte, int, error) {
	t, f := p.t, p.format
	if i < len(f) && f[i] == '(' {
		if p.dict == nil {
			return nil, 0, t.TypeError("format requires a mapping")
		}
		level, j := 1, i+1
		for ; j < len(f) && level > 0; j++ {
			switch f[j] {
			case '(':
				level++
			case ')':
				level--
			}
		}
		if level > 0 {
			return nil, 0, t.ValueError("incomplete format key")
		}
		var key *Object
		if p.bytesMode {
			key = t.NewBytesString(f[i+1 : j-1])
		} else {
			key = t.NewStr(f[i+1 : j-1])
		}
		v, err := t.GetItem(p.dict, key)
		t.Decref(key)
		if err != nil {
			return nil, 0, err
		}
		p.keep = append(p.keep, v)
		p.args, p.items, p.arglen, p.argidx = v, nil, -1, -2
		i = j
	}
	s := percentSpec{width: -1, prec: -1}
flags:
	for ; i < len(f); i++ {
		switch f[i] {
		case '-':
			s.ljust = true
		case '+':
			s.sign = true
		case ' ':
			s.blank = true
		case '#':
			s.alt = true
		case '0':
			s.zero = true
		default:
			break flags
		}
	}
	var err error
	if s.width, i, err = p.readNum(i, "width"); err != nil {
		return nil, 0, err
	}
	if s.width < -1 {
		s.ljust = true
		s.width = -s.width
	}
	if i < len(f) && f[i] == '.' {
		if s.prec, i, err = p.readNum(i+1, "precision"); err != nil {
			return nil, 0, err
		}
		s.prec = max(s.prec, 0)
	}
	if i < len(f) && (f[i] == 'h' || f[i] == 'l' || f[i] == 'L') {
		i++
	}
	if i >= len(f) {
		return nil, 0, t.ValueError("incomplete format")
	}
	s.index = i
	var w int
	if p.bytesMode {
		s.conv, w = rune(f[i]), 1
	} else {
		s.conv, w = pyfmt.DecodeRune(f[i:])
	}
	arg, err := p.nextArg()
	if err != nil {
		return nil, 0, err
	}
	out, err = p.convert(out, arg, &s)
	return out, i + w, err
}

// readNum reads a width or precision at f[i:]: digits, '*' (taken from the
// arguments; a negative width means left-justified), or nothing (-1).
func (p *percentState) readNum(i int, what string) (int, int, error) {
	t, f := p.t, p.format
	if i < len(f) && f[i] == '*' {
		v, err := p.nextArg()
		if err != nil {
			return 0, 0, err
		}
		if !IsInt(v) {
			return 0, 0, t.TypeError("* wants int")
		}
		n, ok := IntSmall(v)
		switch {
		case what == "precision" && (!ok || n > math.MaxInt32 || n < math.MinInt32):
			return 0, 0, t.OverflowError("Python int too large to convert to C int")
		case !ok:
			return 0, 0, t.OverflowError("Python int too large to convert to C ssize_t")
		case n > math.MaxInt32 || n < -math.MaxInt32:
			// CPython tries to allocate the padding and runs out.
			return 0, 0, t.NewError(MemoryErrorType)
		}
		if what == "precision" && n < 0 {
			n = 0
		}
		return int(n), i + 1, nil
	}
	start := i
	n := 0
	for ; i < len(f) && f[i] >= '0' && f[i] <= '9'; i++ {
		d := int(f[i] - '0')
		if n > (math.MaxInt32-d)/10 {
			return 0, 0, t.ValueError("%s too big", what)
		}
		n = n*10 + d
	}
	if i == start {
		if what == "precision" {
			return 0, i, nil
		}
		return -1, i, nil
	}
	return n, i, nil
}

// convert formats one argument and appends it.
func (p *percentState) convert(out []byte, arg *Object, s *percentSpec) ([]byte, error) {
	t := p.t
	switch s.conv {
	case 's', 'r', 'a', 'b':
		if s.conv == 'b' && !p.bytesMode {
			break
		}
		text, err := p.textArg(arg, s.conv)
		if err != nil {
			return nil, err
		}
		if s.prec >= 0 {
			text = p.truncate(text, s.prec)
		}
		return p.pad(out, "", "", text, s, false), nil
	case 'c':
		text, err := p.charArg(arg)
		if err != nil {
			return nil, err
		}
		return p.pad(out, "", "", text, s, false), nil
	case 'd', 'i', 'u', 'o', 'x', 'X':
		plain := s.width < 0 && s.prec < 0 && !s.sign && !s.blank && (s.conv == 'd' || s.conv == 'i' || s.conv == 'u')
		if plain && IsInt(arg) {
			if v, ok := IntSmall(arg); ok {
				// The common "%d" of a small int: its digits, appended
				// with no intermediate strings.
				return strconv.AppendInt(out, v, 10), nil
			}
		}
		text, err := p.intText(arg, s)
		if err != nil {
			return nil, err
		}
		return p.number(out, text, s), nil
	case 'e', 'E', 'f', 'F', 'g', 'G':
		x, err := t.FloatOf(arg)
		if err != nil {
			if p.bytesMode && Matches(err, TypeErrorType) {
				t.DropError(err)
				return nil, t.TypeError("float argument required, not %s", TypeOf(arg).Name)
			}
			return nil, err
		}
		prec := s.prec
		if prec < 0 {
			prec = 6
		}
		if err := t.checkPrecision(prec); err != nil {
			return nil, err
		}
		text := floatText(math.Abs(x), floatMode{typ: byte(s.conv), prec: prec, alt: s.alt})
		if math.Signbit(x) && !math.IsNaN(x) {
			text = "-" + text
		}
		return p.number(out, text, s), nil
	}
	c := s.conv
	if !p.bytesMode && (c < 31 || c > 126) {
		c = '?'
	}
	index := s.index
	if !p.bytesMode {
		index = countRunes(p.format[:s.index])
	}
	return nil, t.ValueError("unsupported format character '%c' (0x%x) at index %d", c, s.conv, index)
}

// truncate keeps the first n characters (bytes in bytes mode).
func (p *percentState) truncate(text string, n int) string {
	if p.bytesMode {
		if len(text) > n {
			return text[:n]
		}
		return text
	}
	if countRunes(text) > n {
		return runesString(runes(text)[:n])
	}
	return text
}

// length is text's length in characters (bytes in bytes mode).
func (p *percentState) length(text string) int {
	if p.bytesMode {
		return len(text)
	}
	return countRunes(text)
}

// textArg is the text of %s, %r, %a (and %b for bytes).
func (p *percentState) textArg(arg *Object, conv rune) (string, error) {
	t := p.t
	if p.bytesMode && (conv == 's' || conv == 'b') {
		return p.bytesArg(arg)
	}
	var o *Object
	var err error
	switch {
	case conv == 's' && TypeOf(arg) == StrType:
		return StrValue(arg), nil
	case conv == 's':
		o, err = t.StrOf(arg)
	case conv == 'r' && !p.bytesMode:
		o, err = t.Repr(arg)
	default:
		o, err = t.ASCII(arg)
	}
	if err != nil {
		return "", err
	}
	text := StrValue(o)
	t.Decref(o)
	return text, nil
}

// bytesArg is the bytes of a %s or %b argument: a bytes-like object or
// what its __bytes__ returns.
func (p *percentState) bytesArg(arg *Object) (string, error) {
	t := p.t
	switch {
	case IsBytes(arg):
		return As[Bytes](arg).s, nil
	case TypeOf(arg).IsSubtype(ByteArrayType):
		return t.lockedByteStr(arg), nil
	}
	if !IsStr(arg) {
		r, found, err := t.CallDunder(arg, Intern("__bytes__"), nil)
		if found {
			if err != nil {
				return "", err
			}
			defer t.Decref(r)
			if !IsBytes(r) {
				return "", t.TypeError("__bytes__ returned non-bytes (type %s)", TypeOf(r).Name)
			}
			return As[Bytes](r).s, nil
		}
	}
	return "", t.TypeError("%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", TypeOf(arg).Name)
}

// charArg is the text of %c.
func (p *percentState) charArg(arg *Object) (string, error) {
	t := p.t
	if p.bytesMode {
		const msg = "%c requires an integer in range(256) or a single byte"
		if IsBytesLike(arg) {
			if b := t.lockedByteStr(arg); len(b) == 1 {
				return b, nil
			}
			return "", t.TypeError("%s", msg)
		}
		v, err := t.Index(arg)
		if err != nil {
			if Matches(err, TypeErrorType) {
				t.DropError(err)
				return "", t.TypeError("%s", msg)
			}
			return "", err
		}
		n, ok := IntSmall(v)
		t.Decref(v)
		if !ok || n < 0 || n > 255 {
			return "", t.OverflowError("%s", "%c arg not in range(256)")
		}
		return string([]byte{byte(n)}), nil
	}
	if IsStr(arg) {
		if As[Str](arg).n == 1 {
			return StrValue(arg), nil
		}
		return "", t.TypeError("%s", "%c requires int or char")
	}
	v, err := t.Index(arg)
	if err != nil {
		if Matches(err, TypeErrorType) {
			t.DropError(err)
			return "", t.TypeError("%s", "%c requires int or char")
		}
		return "", err
	}
	n, ok := IntSmall(v)
	t.Decref(v)
	if !ok || n < 0 || n > 0x10ffff {
		return "", t.OverflowError("%s", "%c arg not in range(0x110000)")
	}
	return string(pyfmt.AppendRune(nil, rune(n))), nil
}

// isNumber is CPython's PyNumber_Check: the type converts to a number.
func isNumber(o *Object) bool {
	typ := TypeOf(o)
	return typ.Index != nil || typ.Int != nil || typ.Float != nil || typ.IsSubtype(ComplexType)
}

// intText renders an integer conversion: sign, "0x" prefix under '#',
// digits zero-padded to the precision.
func (p *percentState) intText(arg *Object, s *percentSpec) (string, error) {
	t := p.t
	wrong := func() error {
		if s.conv == 'o' || s.conv == 'x' || s.conv == 'X' {
			return t.TypeError("%%%c format: an integer is required, not %s", s.conv, TypeOf(arg).Name)
		}
		return t.TypeError("%%%c format: a real number is required, not %s", s.conv, TypeOf(arg).Name)
	}
	var n *Object
	var err error
	switch {
	case IsInt(arg):
		n = t.NewRef(arg)
	case !isNumber(arg):
		return "", wrong()
	case s.conv == 'o' || s.conv == 'x' || s.conv == 'X':
		n, err = t.Index(arg)
	default:
		n, err = t.ToInt(arg)
	}
	if err != nil {
		if Matches(err, TypeErrorType) {
			t.DropError(err)
			return "", wrong()
		}
		return "", err
	}
	defer t.Decref(n)
	var neg bool
	var digits string
	base := 10
	switch s.conv {
	case 'o':
		base = 8
	case 'x', 'X':
		base = 16
	}
	if v, ok := IntSmall(n); ok && v != math.MinInt64 {
		neg = v < 0
		if neg {
			v = -v
		}
		digits = strconv.FormatInt(v, base)
	} else {
		b := bigOf(n)
		if base == 10 {
			if err := p.t.checkIntStrDigits(b); err != nil {
				return "", err
			}
		}
		neg = b.Sign() < 0
		digits = strings.TrimPrefix(b.Text(base), "-")
	}
	if s.conv == 'X' {
		digits = strings.ToUpper(digits)
	}
	if s.prec > len(digits) {
		digits = strings.Repeat("0", s.prec-len(digits)) + digits
	}
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	if s.alt && base != 10 {
		b.WriteByte('0')
		b.WriteRune(s.conv)
	}
	b.WriteString(digits)
	return b.String(), nil
}

// number appends a numeric conversion's text with its sign, prefix and
// padding: zero padding goes after the sign and the "0x" prefix, space
// padding before them.
func (p *percentState) number(out []byte, text string, s *percentSpec) []byte {
	sign := ""
	if text != "" && (text[0] == '-' || text[0] == '+') {
		sign, text = text[:1], text[1:]
	} else if s.sign {
		sign = "+"
	} else if s.blank {
		sign = " "
	}
	prefix := ""
	if s.alt && (s.conv == 'x' || s.conv == 'X' || s.conv == 'o') && len(text) >= 2 {
		prefix, text = text[:2], text[2:]
	}
	return p.pad(out, sign, prefix, text, s, s.zero)
}

// pad appends sign, prefix and text padded to the width: on the left by
// spaces (or by zeros between the prefix and the text when zero), on
// the right by spaces when left-justified.
func (p *percentState) pad(out []byte, sign, prefix, text string, s *percentSpec, zero bool) []byte {
	n := len(sign) + len(prefix) + p.length(text)
	fill := s.width - n
	if fill <= 0 {
		out = append(out, sign...)
		out = append(out, prefix...)
		return append(out, text...)
	}
	switch {
	case s.ljust:
		out = append(out, sign...)
		out = append(out, prefix...)
		out = append(out, text...)
		return append(out, strings.Repeat(" ", fill)...)
	case zero:
		out = append(out, sign...)
		out = append(out, prefix...)
		out = append(out, strings.Repeat("0", fill)...)
		return append(out, text...)
	}
	out = append(out, strings.Repeat(" ", fill)...)
	out = append(out, sign...)
	out = append(out, prefix...)
	return append(out, text...)
}
