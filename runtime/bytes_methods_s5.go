package runtime

import (
	"slices"
	"strings"
)

// The methods bytes and bytearray share beyond the core ones in bytes.go:
// padding, case changes, partition, rsplit, splitlines, index, prefix and
// suffix removal, expandtabs, translate and maketrans. Each reads its
// receiver through lockedByteStr (a bytearray inside its critical
// section) and answers with the receiver's kind (likeSelf). All of them
// treat bytes as ASCII, as CPython's do.

func asciiToUpper(c byte) byte {
	if asciiLower(c) {
		return c - 32
	}
	return c
}

func asciiToLower(c byte) byte {
	if asciiUpper(c) {
		return c + 32
	}
	return c
}

// bytesMapped makes a method that rewrites each byte knowing whether
// the previous byte was a cased letter (capitalize, swapcase, title).
func bytesMapped(f func(c byte, i int, prevCased bool) byte) NativeFunc {
	return func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
		if err := t.CheckArgs("method", args[1:], kw, 0, 0); err != nil {
			return nil, err
		}
		s := t.lockedByteStr(args[0])
		out := make([]byte, len(s))
		prev := false
		for i := 0; i < len(s); i++ {
			out[i] = f(s[i], i, prev)
			prev = asciiAlpha(s[i])
		}
		return t.likeSelf(args[0], string(out)), nil
	}
}

// fillByte reads the fill argument of center/ljust/rjust.
func (t *Thread) fillByte(name string, o *Object) (byte, error) {
	if o == nil {
		return ' ', nil
	}
	if IsBytesLike(o) {
		if s := t.lockedByteStr(o); len(s) == 1 {
			return s[0], nil
		}
		return 0, t.TypeError("%s() argument 2 must be a byte string of length 1, not %s", name, TypeOf(o).Name)
	}
	return 0, t.TypeError("%s() argument 2 must be a byte string of length 1, not %s", name, TypeOf(o).Name)
}

// bytesPad is center (where 0), ljust (where -1) and rjust (where 1).
func bytesPad(name string, where int) NativeFunc {
	return func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
		if err := t.CheckArgs(name, args[1:], kw, 1, 2); err != nil {
			return nil, err
		}
		width, err := t.IndexInt(args[1])
		if err != nil {
			return nil, err
		}
		var fillArg *Object
		if len(args) > 2 {
			fillArg = args[2]
		}
		fill, err := t.fillByte(name, fillArg)
		if err != nil {
			return nil, err
		}
		s := t.lockedByteStr(args[0])
		n := width - len(s)
		if err := t.tooBig(width); err != nil {
			return nil, err
		}
		if n <= 0 {
			if IsBytes(args[0]) && TypeOf(args[0]) == BytesType {
				return t.NewRef(args[0]), nil
			}
			return t.likeSelf(args[0], s), nil
		}
		var left int
		switch where {
		case -1:
			left = 0
		case 1:
			left = n
		default:
			// CPython's rounding: the extra byte goes left when both the
			// padding and the width are odd.
			left = n/2 + (n & width & 1)
		}
		pad := string([]byte{fill})
		return t.likeSelf(args[0], strings.Repeat(pad, left)+s+strings.Repeat(pad, n-left)), nil
	}
}

func bytesZfill(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("zfill", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	width, err := t.IndexInt(args[1])
	if err != nil {
		return nil, err
	}
	s := t.lockedByteStr(args[0])
	if width <= len(s) {
		return t.likeSelf(args[0], s), nil
	}
	if err := t.tooBig(width); err != nil {
		return nil, err
	}
	sign := ""
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		sign, s = s[:1], s[1:]
	}
	return t.likeSelf(args[0], sign+strings.Repeat("0", width-len(s)-len(sign))+s), nil
}

// bytesPartition is partition (rev false) and rpartition.
func bytesPartition(rev bool) NativeFunc {
	return func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
		if err := t.CheckArgs("partition", args[1:], kw, 1, 1); err != nil {
			return nil, err
		}
		sep, err := bytesArg(t, args[1])
		if err != nil {
			return nil, err
		}
		if sep == "" {
			return nil, t.ValueError("empty separator")
		}
		s := t.lockedByteStr(args[0])
		var parts [3]string
		if rev {
			if i := strings.LastIndex(s, sep); i >= 0 {
				parts = [3]string{s[:i], sep, s[i+len(sep):]}
			} else {
				parts = [3]string{"", "", s}
			}
		} else if i := strings.Index(s, sep); i >= 0 {
			parts = [3]string{s[:i], sep, s[i+len(sep):]}
		} else {
			parts = [3]string{s, "", ""}
		}
		items := make([]*Object, 3)
		for i, p := range parts {
			items[i] = t.likeSelf(args[0], p)
		}
		return t.NewTupleSteal(items).Obj(), nil
	}
}

func bytesRSplit(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	var a [2]*Object
	if err := t.ParseArgs("rsplit", args[1:], kw, []string{"sep", "maxsplit"}, 0, a[:]); err != nil {
		return nil, err
	}
	s := t.lockedByteStr(args[0])
	maxsplit := -1
	if a[1] != nil {
		var err error
		if maxsplit, err = t.IndexInt(a[1]); err != nil {
			return nil, err
		}
	}
	var parts []string
	if a[0] == nil || a[0] == None {
		end := len(s)
		for {
			for end > 0 && isASCIISpace(rune(s[end-1])) {
				end--
			}
			if end == 0 {
				break
			}
			if maxsplit >= 0 && len(parts) == maxsplit {
				parts = append(parts, s[:end])
				break
			}
			start := end
			for start > 0 && !isASCIISpace(rune(s[start-1])) {
				start--
			}
			parts = append(parts, s[start:end])
			end = start
		}
		slices.Reverse(parts) // found from the right
	} else {
		sep, err := bytesArg(t, a[0])
		if err != nil {
			return nil, err
		}
		if sep == "" {
			return nil, t.ValueError("empty separator")
		}
		parts = rsplitSep(s, sep, maxsplit)
	}
	l := t.NewList(len(parts))
	for _, p := range parts {
		l.appendSteal(t.likeSelf(args[0], p))
	}
	return l.Obj(), nil
}

func bytesSplitLines(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	var a [1]*Object
	if err := t.ParseArgs("splitlines", args[1:], kw, []string{"keepends"}, 0, a[:]); err != nil {
		return nil, err
	}
	keep := false
	if a[0] != nil {
		b, err := t.Truth(a[0])
		if err != nil {
			return nil, err
		}
		keep = b
	}
	s := t.lockedByteStr(args[0])
	l := t.NewList(0)
	start := 0
	for i := 0; i < len(s); {
		if s[i] != '\n' && s[i] != '\r' {
			i++
			continue
		}
		end := i + 1
		if s[i] == '\r' && end < len(s) && s[end] == '\n' {
			end++
		}
		line := s[start:i]
		if keep {
			line = s[start:end]
		}
		l.appendSteal(t.likeSelf(args[0], line))
		start, i = end, end
	}
	if start < len(s) {
		l.appendSteal(t.likeSelf(args[0], s[start:]))
	}
	return l.Obj(), nil
}

// bytesIndex is index and rindex: find, with ValueError for a miss.
func bytesIndex(rev bool) NativeFunc {
	find := bytesFind(rev)
	return func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
		r, err := find(t, args, kw)
		if err != nil {
			return nil, err
		}
		if r == SmallInt(-1) {
			return nil, t.ValueError("subsection not found")
		}
		return r, nil
	}
}

// bytesRemoveAffix is removeprefix (suffix false) and removesuffix.
func bytesRemoveAffix(suffix bool) NativeFunc {
	return func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
		if err := t.CheckArgs("removeprefix", args[1:], kw, 1, 1); err != nil {
			return nil, err
		}
		affix, err := bytesArg(t, args[1])
		if err != nil {
			return nil, err
		}
		s := t.lockedByteStr(args[0])
		if suffix {
			s = strings.TrimSuffix(s, affix)
		} else {
			s = strings.TrimPrefix(s, affix)
		}
		return t.likeSelf(args[0], s), nil
	}
}

func bytesExpandTabs(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	var a [1]*Object
	if err := t.ParseArgs("expandtabs", args[1:], kw, []string{"tabsize"}, 0, a[:]); err != nil {
		return nil, err
	}
	size := 8
	if a[0] != nil {
		var err error
		if size, err = t.IndexInt(a[0]); err != nil {
			return nil, err
		}
	}
	s := t.lockedByteStr(args[0])
	var b strings.Builder
	col := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\t':
			if size > 0 {
				n := size - col%size
				if col+n > maxBuild() || b.Len()+n > maxBuild() {
					return nil, t.OverflowError("result too long")
				}
				b.WriteString(strings.Repeat(" ", n))
				col += n
			}
		case '\n', '\r':
			b.WriteByte(c)
			col = 0
		default:
			b.WriteByte(c)
			col++
		}
	}
	return t.likeSelf(args[0], b.String()), nil
}

func bytesTranslate(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	var a [2]*Object
	if err := t.ParseArgs("translate", args[1:], kw, []string{"table", "delete"}, 1, a[:]); err != nil {
		return nil, err
	}
	var table string
	if a[0] != None {
		var err error
		if table, err = bytesArg(t, a[0]); err != nil {
			return nil, err
		}
		if len(table) != 256 {
			return nil, t.ValueError("translation table must be 256 characters long")
		}
	}
	var del [256]bool
	if a[1] != nil {
		d, err := bytesArg(t, a[1])
		if err != nil {
			return nil, err
		}
		for i := 0; i < len(d); i++ {
			del[d[i]] = true
		}
	}
	s := t.lockedByteStr(args[0])
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if del[c] {
			continue
		}
		if table != "" {
			c = table[c]
		}
		out = append(out, c)
	}
	return t.likeSelf(args[0], string(out)), nil
}

// bytesMakeTrans is the static maketrans(frm, to): a 256-byte table.
func bytesMakeTrans(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("maketrans", args, kw, 2, 2); err != nil {
		return nil, err
	}
	frm, err := bytesArg(t, args[0])
	if err != nil {
		return nil, err
	}
	to, err := bytesArg(t, args[1])
	if err != nil {
		return nil, err
	}
	if len(frm) != len(to) {
		return nil, t.ValueError("maketrans arguments must have same length")
	}
	table := make([]byte, 256)
	for i := range table {
		table[i] = byte(i)
	}
	for i := 0; i < len(frm); i++ {
		table[frm[i]] = to[i]
	}
	return t.NewBytes(table), nil
}

// bytesMoreMethodDefs are the methods of this file, for bytes and
// bytearray.
func bytesMoreMethodDefs() []MethodDef {
	return []MethodDef{
		{"capitalize", bytesMapped(func(c byte, i int, _ bool) byte {
			if i == 0 {
				return asciiToUpper(c)
			}
			return asciiToLower(c)
		}), "Return a copy of B with only its first character capitalized (ASCII) and the rest lower-cased."},
		{"swapcase", bytesMapped(func(c byte, _ int, _ bool) byte {
			if asciiUpper(c) {
				return c + 32
			}
			return asciiToUpper(c)
		}), "B.swapcase() -> copy of B with uppercase ASCII characters converted to lowercase ASCII and vice versa."},
		{"title", bytesMapped(func(c byte, _ int, prevCased bool) byte {
			if prevCased {
				return asciiToLower(c)
			}
			return asciiToUpper(c)
		}), "B.title() -> copy of B with each word capitalized."},
		{"center", bytesPad("center", 0), "Return a centered string of length width."},
		{"ljust", bytesPad("ljust", -1), "Return a left-justified string of length width."},
		{"rjust", bytesPad("rjust", 1), "Return a right-justified string of length width."},
		{"zfill", bytesZfill, "Pad a numeric string with zeros on the left, to fill a field of the given width."},
		{"partition", bytesPartition(false), "Partition the bytes into three parts using the given separator."},
		{"rpartition", bytesPartition(true), "Partition the bytes into three parts using the given separator, searching from the end."},
		{"rsplit", bytesRSplit, "Return a list of the sections in the bytes, using sep as the delimiter, splitting from the end."},
		{"splitlines", bytesSplitLines, "Return a list of the lines in the bytes, breaking at line boundaries."},
		{"index", bytesIndex(false), "Return the lowest index in B where subsection sub is found; raise ValueError when not found."},
		{"rindex", bytesIndex(true), "Return the highest index in B where subsection sub is found; raise ValueError when not found."},
		{"removeprefix", bytesRemoveAffix(false), "Return a bytes object with the given prefix string removed if present."},
		{"removesuffix", bytesRemoveAffix(true), "Return a bytes object with the given suffix string removed if present."},
		{"expandtabs", bytesExpandTabs, "Return a copy where all tab characters are expanded using spaces."},
		{"translate", bytesTranslate, "Return a copy with each character mapped by the given translation table."},
	}
}
