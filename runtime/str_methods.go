package runtime

import (
	"slices"
	"strings"
	"unicode"

	"gilfree/runtime/pyfmt"
)

// The str type's slots and everyday methods.

func strRepr(t *Thread, o *Object) (*Object, error) {
	return t.NewStr(pyfmt.StrRepr(As[Str](o).s)), nil
}

func strStr(t *Thread, o *Object) (*Object, error) {
	if TypeOf(o) == StrType {
		return t.NewRef(o), nil
	}
	s := As[Str](o)
	return t.newStrN(s.s, s.n), nil
}

func strHashSlot(t *Thread, o *Object) (int64, error) { return strHash(As[Str](o)), nil }

func strRichCmp(t *Thread, a, b *Object, op CompareOp) (*Object, error) {
	if !IsStr(b) {
		return NotImplemented, nil
	}
	return NewBool(cmpResult(strCompare(As[Str](a).s, As[Str](b).s), op)), nil
}

func strLen(t *Thread, o *Object) (int, error) { return As[Str](o).n, nil }

// StrGetItem is s[i] for an int index, the fast path of BINARY_SUBSCR.
func (t *Thread) StrGetItem(s *Str, i int) (*Object, error) {
	i, ok := normIndex(i, s.n)
	if !ok {
		return nil, t.IndexError("string index out of range")
	}
	if s.IsASCII() {
		return &charStrs[s.s[i]].Object, nil
	}
	return t.NewStrRune(s.runeAt(i)), nil
}

func strGetItem(t *Thread, o, key *Object) (*Object, error) {
	s := As[Str](o)
	if TypeOf(key) == IntType {
		if v, ok := IntSmall(key); ok {
			return t.StrGetItem(s, int(v))
		}
	}
	if IsSlice(key) {
		start, _, step, n, err := t.Indices(As[Slice](key), s.n)
		if err != nil {
			return nil, err
		}
		if step == 1 {
			if n == s.n && TypeOf(o) == StrType {
				return t.NewRef(o), nil
			}
			return t.newStrN(s.substr(start, start+n), n), nil
		}
		rs := make([]rune, n)
		for i := range rs {
			rs[i] = s.runeAt(start + i*step)
		}
		return t.newStrN(runesString(rs), n), nil
	}
	if TypeOf(key).Index == nil {
		return nil, t.TypeError("string indices must be integers, not '%s'", TypeOf(key).Name)
	}
	i, err := t.asIndexForSeq(key, "string")
	if err != nil {
		return nil, err
	}
	return t.StrGetItem(s, i)
}

func strContains(t *Thread, o, v *Object) (bool, error) {
	if !IsStr(v) {
		return false, t.TypeError("'in <string>' requires string as left operand, not %s", TypeOf(v).Name)
	}
	return strings.Contains(As[Str](o).s, As[Str](v).s), nil
}

func strAdd(t *Thread, a, b *Object) (*Object, error) {
	if !IsStr(a) || !IsStr(b) {
		return NotImplemented, nil
	}
	return t.strConcat(As[Str](a), As[Str](b)), nil
}

func strMul(t *Thread, a, b *Object) (*Object, error) {
	seq, no, ok := repeatOperands(a, b, FlagStrSubclass)
	if !ok {
		return NotImplemented, nil
	}
	n, err := t.repeatCount(no)
	if err != nil {
		return nil, err
	}
	return t.strRepeat(As[Str](seq), n)
}

func strModSlot(t *Thread, a, b *Object) (*Object, error) {
	if !IsStr(a) {
		return NotImplemented, nil
	}
	s, err := t.PercentFormat(As[Str](a).s, b)
	if err != nil {
		return nil, err
	}
	return t.NewStr(s), nil
}

// strIter iterates a str by code point.
type strIterObj struct {
	Object
	s   *Str
	pos int // byte offset
}

var StrIterType = builtinType(&Type{Name: "str_ascii_iterator"})

func strIter(t *Thread, o *Object) (*Object, error) {
	it := &strIterObj{s: As[Str](o)}
	t.Incref(o)
	t.initObject(&it.Object, StrIterType)
	return &it.Object, nil
}

func strIterNext(t *Thread, o *Object) (*Object, error) {
	it := As[strIterObj](o)
	if it.s == nil {
		return nil, nil
	}
	s := it.s.s
	if it.pos < len(s) {
		c := s[it.pos]
		if c < 0x80 {
			it.pos++
			return &charStrs[c].Object, nil
		}
		r, w := pyfmt.DecodeRune(s[it.pos:])
		it.pos += w
		return t.NewStrRune(r), nil
	}
	t.Decref(&it.s.Object)
	it.s = nil
	return nil, nil
}

func strNew(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
	var a [3]*Object
	if err := t.ParseArgs("str", args, kwnames, []string{"object", "encoding", "errors"}, 0, a[:]); err != nil {
		return nil, err
	}
	var r *Object
	var err error
	switch {
	case a[0] == nil:
		r = EmptyStr()
	case a[1] == nil && a[2] == nil:
		r, err = t.StrOf(a[0])
	default:
		if !IsBytes(a[0]) {
			if IsStr(a[0]) {
				return nil, t.TypeError("decoding str is not supported")
			}
			return nil, t.TypeError("decoding to str: need a bytes-like object, %s found", TypeOf(a[0]).Name)
		}
		enc, errs := "utf-8", "strict"
		if a[1] != nil {
			enc, _ = AsStr(a[1])
		}
		if a[2] != nil {
			errs, _ = AsStr(a[2])
		}
		r, err = t.decode(BytesValue(a[0]), enc, errs, a[0])
	}
	if err != nil || typ == StrType {
		return r, err
	}
	defer t.Decref(r)
	o := t.allocInstance(typ)
	s := As[Str](o)
	s.s, s.n = As[Str](r).s, As[Str](r).n
	s.hash.Store(hashUnset)
	return o, nil
}

// strArg returns a str argument or the TypeError CPython gives.
func (t *Thread) strArg(o *Object, method string) (string, error) {
	if s, ok := AsStr(o); ok {
		return s, nil
	}
	return "", t.TypeError("%s arg must be None or str", method)
}

func self(args []*Object) *Str { return As[Str](args[0]) }

// PyIsSpace is Python's str.isspace for one code point.
func PyIsSpace(r rune) bool { return unicode.IsSpace(r) || r >= 0x1c && r <= 0x1f }

func strJoin(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("join", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	sep := self(args)
	if typ := TypeOf(args[1]); typ == ListType || typ == TupleType {
		return t.joinItems(sep, args[1])
	}
	var parts []string
	n := 0
	i := 0
	err := t.ForEach(args[1], func(v *Object) (bool, error) {
		if !IsStr(v) {
			return false, t.TypeError("sequence item %d: expected str instance, %s found", i, TypeOf(v).Name)
		}
		s := As[Str](v)
		parts = append(parts, s.s)
		n += s.n
		i++
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	if len(parts) == 1 && TypeOf(args[1]) != StrType {
		return t.newStrN(parts[0], n), nil
	}
	if len(parts) > 1 {
		n += sep.n * (len(parts) - 1)
	}
	return t.newStrN(strings.Join(parts, sep.s), n), nil
}

// joinItems is sep.join(seq) for a list or tuple: one pass over its items
// (under the list's lock: no Python code runs) sizes the result, a second
// writes it, with no slice of parts and no per-item callback.
func (t *Thread) joinItems(sep *Str, seq *Object) (*Object, error) {
	var items []*Object
	if TypeOf(seq) == ListType {
		t.Lock(seq)
		defer t.Unlock(seq)
		items = As[List](seq).items
	} else {
		items = As[Tuple](seq).items
	}
	size, n := 0, 0
	for i, v := range items {
		if !IsStr(v) {
			return nil, t.TypeError("sequence item %d: expected str instance, %s found", i, TypeOf(v).Name)
		}
		size += len(As[Str](v).s)
		n += As[Str](v).n
	}
	switch len(items) {
	case 0:
		return t.newStrN("", 0), nil
	case 1:
		return t.newStrN(As[Str](items[0]).s, n), nil
	}
	var b strings.Builder
	b.Grow(size + len(sep.s)*(len(items)-1))
	for i, v := range items {
		if i > 0 {
			b.WriteString(sep.s)
		}
		b.WriteString(As[Str](v).s)
	}
	return t.newStrN(b.String(), n+sep.n*(len(items)-1)), nil
}

func splitN(maxsplit int) int {
	if maxsplit < 0 {
		return -1
	}
	return maxsplit + 1
}

// splitWhitespace splits on runs of whitespace, at most maxsplit times.
func splitWhitespace(s string, maxsplit int, isSpace func(rune) bool) []string {
	var parts []string
	i := 0
	for {
		for i < len(s) {
			r, w := pyfmt.DecodeRune(s[i:])
			if !isSpace(r) {
				break
			}
			i += w
		}
		if i >= len(s) {
			return parts
		}
		if maxsplit >= 0 && len(parts) == maxsplit {
			// The rest keeps its trailing whitespace, as CPython's does.
			return append(parts, s[i:])
		}
		j := i
		for j < len(s) {
			r, w := pyfmt.DecodeRune(s[j:])
			if isSpace(r) {
				break
			}
			j += w
		}
		parts = append(parts, s[i:j])
		i = j
	}
}

func rsplitWhitespace(s string, maxsplit int) []string {
	var parts []string
	end := len(s)
	for {
		for end > 0 {
			r, w := lastRune(s[:end])
			if !PyIsSpace(r) {
				break
			}
			end -= w
		}
		if end == 0 {
			break
		}
		if maxsplit >= 0 && len(parts) == maxsplit {
			// The rest keeps its leading whitespace, as CPython's does.
			parts = append(parts, s[:end])
			break
		}
		j := end
		for j > 0 {
			r, w := lastRune(s[:j])
			if PyIsSpace(r) {
				break
			}
			j -= w
		}
		parts = append(parts, s[j:end])
		end = j
	}
	for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
		parts[i], parts[j] = parts[j], parts[i]
	}
	return parts
}

func lastRune(s string) (rune, int) {
	i := len(s) - 1
	for i > 0 && s[i]&0xC0 == 0x80 {
		i--
	}
	r, w := pyfmt.DecodeRune(s[i:])
	return r, w
}

func (t *Thread) strList(parts []string) *Object {
	l := t.NewList(len(parts))
	for _, p := range parts {
		l.appendSteal(t.NewStr(p))
	}
	return l.Obj()
}

func strSplitArgs(t *Thread, name string, args []*Object, kw *Tuple) (sep *Object, maxsplit int, err error) {
	var a [2]*Object
	if kw.Len() == 0 && len(args) <= 3 {
		copy(a[:], args[1:]) // positional only: ParseArgs's checks cannot fail
	} else if err = t.ParseArgs(name, args[1:], kw, []string{"sep", "maxsplit"}, 0, a[:]); err != nil {
		return
	}
	maxsplit = -1
	if a[1] != nil {
		if maxsplit, err = t.IndexInt(a[1]); err != nil {
			return
		}
	}
	sep = a[0]
	if sep == None {
		sep = nil
	}
	if sep != nil && !IsStr(sep) {
		err = t.TypeError("must be str or None, not %s", TypeOf(sep).Name)
	} else if sep != nil && As[Str](sep).s == "" {
		err = t.ValueError("empty separator")
	}
	return
}

func strSplit(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	sep, maxsplit, err := strSplitArgs(t, "split", args, kw)
	if err != nil {
		return nil, err
	}
	str := self(args)
	s := str.s
	if sep == nil {
		if str.IsASCII() {
			return t.splitASCIIWhitespace(args[0], maxsplit), nil
		}
		return t.strList(splitWhitespace(s, maxsplit, PyIsSpace)), nil
	}
	return t.splitSep(args[0], As[Str](sep).s, maxsplit), nil
}

// asciiSpace marks the ASCII code points str.isspace accepts (\t \n \v
// \f \r, \x1c-\x1f and space): an ASCII string's whitespace is found with
// one table load a byte instead of decoding and unicode.IsSpace.
var asciiSpace = [256]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true,
	0x1c: true, 0x1d: true, 0x1e: true, 0x1f: true, ' ': true}

// splitASCIIWhitespace is split() of an ASCII str o: the parts go straight
// into the new list (which is not yet shared), each one's length in code
// points being its length in bytes. A str that is one part is the part, as
// in CPython.
func (t *Thread) splitASCIIWhitespace(o *Object, maxsplit int) *Object {
	s := As[Str](o).s
	l := t.NewList(0)
	for i, n := 0, 0; ; n++ {
		for i < len(s) && asciiSpace[s[i]] {
			i++
		}
		if i == len(s) {
			break
		}
		j := len(s) // the last part keeps its trailing whitespace
		if maxsplit < 0 || n < maxsplit {
			j = i + 1
			for j < len(s) && !asciiSpace[s[j]] {
				j++
			}
		}
		if j-i == len(s) && TypeOf(o) == StrType {
			l.appendSteal(t.NewRef(o))
		} else {
			l.appendSteal(t.newStrN(s[i:j], j-i))
		}
		if j == len(s) || maxsplit >= 0 && n == maxsplit {
			break
		}
		i = j
	}
	return l.Obj()
}

// splitSep is split(sep) of a str o at sep (not empty), at most maxsplit
// times (no limit when negative), building the list as it finds the
// parts; an ASCII str's parts need no count of their code points, and a
// str that is not split is its own one part, as in CPython.
func (t *Thread) splitSep(o *Object, sep string, maxsplit int) *Object {
	str := As[Str](o)
	s, ascii := str.s, str.IsASCII()
	l := t.NewList(0)
	for n := 0; maxsplit < 0 || n < maxsplit; n++ {
		k := strings.Index(s, sep)
		if k < 0 {
			break
		}
		if ascii {
			l.appendSteal(t.newStrN(s[:k], k))
		} else {
			l.appendSteal(t.NewStr(s[:k]))
		}
		s = s[k+len(sep):]
	}
	switch {
	case len(s) == len(str.s) && TypeOf(o) == StrType:
		l.appendSteal(t.NewRef(o))
	case ascii:
		l.appendSteal(t.newStrN(s, len(s)))
	default:
		l.appendSteal(t.NewStr(s))
	}
	return l.Obj()
}

func strRSplit(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	sep, maxsplit, err := strSplitArgs(t, "rsplit", args, kw)
	if err != nil {
		return nil, err
	}
	s := self(args).s
	if sep == nil {
		return t.strList(rsplitWhitespace(s, maxsplit)), nil
	}
	return t.strList(rsplitSep(s, As[Str](sep).s, maxsplit)), nil
}

// rsplitSep splits s at sep (not empty) from the right, at most maxsplit
// times (no limit when negative), and returns the parts in order.
func rsplitSep(s, sep string, maxsplit int) []string {
	if maxsplit < 0 {
		return strings.Split(s, sep)
	}
	var parts []string
	for len(parts) < maxsplit {
		i := strings.LastIndex(s, sep)
		if i < 0 {
			break
		}
		parts = append(parts, s[i+len(sep):])
		s = s[:i]
	}
	parts = append(parts, s)
	slices.Reverse(parts)
	return parts
}

func strStrip(kind int) NativeFunc {
	return func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
		names := [...]string{"strip", "lstrip", "rstrip"}
		if err := t.CheckArgs(names[kind], args[1:], kw, 0, 1); err != nil {
			return nil, err
		}
		str := self(args)
		s := str.s
		if str.IsASCII() {
			return t.stripASCII(args, kind)
		}
		var r string
		if len(args) == 1 || args[1] == None {
			switch kind {
			case 0:
				r = strings.TrimFunc(s, PyIsSpace)
			case 1:
				r = strings.TrimLeftFunc(s, PyIsSpace)
			default:
				r = strings.TrimRightFunc(s, PyIsSpace)
			}
		} else {
			cut, err := t.strArg(args[1], names[kind])
			if err != nil {
				return nil, err
			}
			in := func(r rune) bool { return strings.ContainsRune(cut, r) }
			switch kind {
			case 0:
				r = strings.TrimFunc(s, in)
			case 1:
				r = strings.TrimLeftFunc(s, in)
			default:
				r = strings.TrimRightFunc(s, in)
			}
		}
		if len(r) == len(s) && TypeOf(args[0]) == StrType {
			return t.NewRef(args[0]), nil
		}
		return t.NewStr(r), nil
	}
}

// stripASCII is strip(), lstrip() or rstrip() (kind 0, 1, 2) of an ASCII
// str args[0], its arguments checked: whitespace is looked up in
// asciiSpace, the characters of a chars argument found with IndexByte (an
// ASCII byte matches only itself in WTF-8), and the result's length is its
// byte length.
func (t *Thread) stripASCII(args []*Object, kind int) (*Object, error) {
	s := self(args).s
	i, j := 0, len(s)
	if len(args) == 1 || args[1] == None {
		if kind != 2 {
			for i < j && asciiSpace[s[i]] {
				i++
			}
		}
		if kind != 1 {
			for j > i && asciiSpace[s[j-1]] {
				j--
			}
		}
	} else {
		names := [...]string{"strip", "lstrip", "rstrip"}
		cut, err := t.strArg(args[1], names[kind])
		if err != nil {
			return nil, err
		}
		if kind != 2 {
			for i < j && strings.IndexByte(cut, s[i]) >= 0 {
				i++
			}
		}
		if kind != 1 {
			for j > i && strings.IndexByte(cut, s[j-1]) >= 0 {
				j--
			}
		}
	}
	if j-i == len(s) && TypeOf(args[0]) == StrType {
		return t.NewRef(args[0]), nil
	}
	return t.newStrN(s[i:j], j-i), nil
}

// strRange reads the optional start and end arguments of find() and
// friends, as byte offsets into s; ok is false when the range is empty
// past the end.
func (t *Thread) strRange(s *Str, args []*Object) (string, int, bool, error) {
	start, end, err := t.indexArgsCP(args, s.n)
	if err != nil {
		return "", 0, false, err
	}
	if start > end {
		return "", 0, false, nil
	}
	if start > s.n {
		return "", 0, false, nil
	}
	return s.substr(start, end), start, true, nil
}

// indexArgsCP is indexArgs in code points, allowing start past the end.
func (t *Thread) indexArgsCP(args []*Object, n int) (start, end int, err error) {
	start, end = 0, n
	if len(args) > 0 && args[0] != None {
		if start, err = t.sliceIndex(args[0], 0); err != nil {
			return
		}
		if start < 0 {
			start = max(start+n, 0)
		}
	}
	if len(args) > 1 && args[1] != None {
		if end, err = t.sliceIndex(args[1], n); err != nil {
			return
		}
		if end < 0 {
			end = max(end+n, 0)
		}
		end = min(end, n)
	}
	return
}

// cpIndex converts a byte offset within sub to a code point offset.
func cpIndex(sub string, byteOff int) int { return countRunes(sub[:byteOff]) }

func strFindGeneric(name string, rev, raise bool) NativeFunc {
	return func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
		if err := t.CheckArgs(name, args[1:], kw, 1, 3); err != nil {
			return nil, err
		}
		s := self(args)
		sub, ok := AsStr(args[1])
		if !ok {
			return nil, t.TypeError("must be str, not %s", TypeOf(args[1]).Name)
		}
		part, start, ok, err := t.strRange(s, args[2:])
		if err != nil {
			return nil, err
		}
		i := -1
		if ok {
			if rev {
				i = strings.LastIndex(part, sub)
			} else {
				i = strings.Index(part, sub)
			}
		}
		if i < 0 {
			if raise {
				return nil, t.ValueError("substring not found")
			}
			return SmallInt(-1), nil
		}
		return t.NewInt(int64(start + cpIndex(part, i))), nil
	}
}

func strCount(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("count", args[1:], kw, 1, 3); err != nil {
		return nil, err
	}
	sub, ok := AsStr(args[1])
	if !ok {
		return nil, t.TypeError("must be str, not %s", TypeOf(args[1]).Name)
	}
	part, _, ok, err := t.strRange(self(args), args[2:])
	if err != nil || !ok {
		return SmallInt(0), err
	}
	if sub == "" {
		return t.NewInt(int64(countRunes(part) + 1)), nil
	}
	return t.NewInt(int64(strings.Count(part, sub))), nil
}

func strReplace(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("replace", args[1:], kw, 2, 3); err != nil {
		return nil, err
	}
	old, ok1 := AsStr(args[1])
	nw, ok2 := AsStr(args[2])
	if !ok1 || !ok2 {
		bad := args[1]
		if ok1 {
			bad = args[2]
		}
		return nil, t.TypeError("replace() argument %d must be str, not %s", map[bool]int{true: 2, false: 1}[ok1], TypeOf(bad).Name)
	}
	n := -1
	if len(args) == 4 {
		var err error
		if n, err = t.IndexInt(args[3]); err != nil {
			return nil, err
		}
	}
	str := self(args)
	if n == 0 || old != "" && !strings.Contains(str.s, old) {
		if TypeOf(args[0]) == StrType {
			return t.NewRef(args[0]), nil // nothing replaced, as in CPython
		}
		return t.newStrN(str.s, str.n), nil
	}
	if len(old) == 1 && len(nw) == 1 && old[0] < 0x80 && nw[0] < 0x80 {
		// One ASCII code point for another: the bytes change in place in
		// a copy, and the length stays.
		b := []byte(str.s)
		for i, k := strings.IndexByte(str.s, old[0]), 0; i >= 0 && k != n; k++ {
			b[i] = nw[0]
			j := strings.IndexByte(str.s[i+1:], old[0])
			if j < 0 {
				break
			}
			i += 1 + j
		}
		return t.newStrN(bytesString(b), str.n), nil
	}
	r := strings.Replace(str.s, old, nw, n)
	if str.IsASCII() && As[Str](args[2]).IsASCII() {
		return t.newStrN(r, len(r)), nil
	}
	return t.NewStr(r), nil
}

func strStartsEnds(name string, ends bool) NativeFunc {
	return func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
		if err := t.CheckArgs(name, args[1:], kw, 1, 3); err != nil {
			return nil, err
		}
		s := self(args)
		var cands []*Object
		if TypeOf(args[1]).Flags&FlagTupleSubclass != 0 {
			cands = TupleItems(args[1])
		} else if IsStr(args[1]) {
			cands = []*Object{args[1]}
		} else {
			return nil, t.TypeError("%s first arg must be str or a tuple of str, not %s", name, TypeOf(args[1]).Name)
		}
		part, _, ok, err := t.strRange(s, args[2:])
		if err != nil {
			return nil, err
		}
		for _, c := range cands {
			p, isStr := AsStr(c)
			if !isStr {
				return nil, t.TypeError("tuple for %s must only contain str, not %s", name, TypeOf(c).Name)
			}
			if !ok {
				continue
			}
			if ends && strings.HasSuffix(part, p) || !ends && strings.HasPrefix(part, p) {
				return True, nil
			}
		}
		return False, nil
	}
}

func strPartition(rev bool) NativeFunc {
	return func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
		if err := t.CheckArgs("partition", args[1:], kw, 1, 1); err != nil {
			return nil, err
		}
		sep, ok := AsStr(args[1])
		if !ok {
			return nil, t.TypeError("must be str, not %s", TypeOf(args[1]).Name)
		}
		if sep == "" {
			return nil, t.ValueError("empty separator")
		}
		s := self(args).s
		var i int
		if rev {
			i = strings.LastIndex(s, sep)
		} else {
			i = strings.Index(s, sep)
		}
		if i < 0 {
			if rev {
				return t.NewTupleSteal([]*Object{EmptyStr(), EmptyStr(), t.NewStr(s)}).Obj(), nil
			}
			return t.NewTupleSteal([]*Object{t.NewStr(s), EmptyStr(), EmptyStr()}).Obj(), nil
		}
		return t.NewTupleSteal([]*Object{t.NewStr(s[:i]), t.NewRef(args[1]), t.NewStr(s[i+len(sep):])}).Obj(), nil
	}
}

func strSplitLines(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	var a [1]*Object
	if err := t.ParseArgs("splitlines", args[1:], kw, []string{"keepends"}, 0, a[:]); err != nil {
		return nil, err
	}
	keep := false
	if a[0] != nil {
		var err error
		if keep, err = t.Truth(a[0]); err != nil {
			return nil, err
		}
	}
	s := self(args).s
	var parts []string
	start := 0
	for i := 0; i < len(s); {
		r, w := pyfmt.DecodeRune(s[i:])
		switch r {
		case '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
			end := i + w
			if r == '\r' && end < len(s) && s[end] == '\n' {
				end++
			}
			if keep {
				parts = append(parts, s[start:end])
			} else {
				parts = append(parts, s[start:i])
			}
			start = end
			i = end
			continue
		}
		i += w
	}
	if start < len(s) {
		parts = append(parts, s[start:])
	}
	return t.strList(parts), nil
}

func strEncode(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	var a [2]*Object
	if err := t.ParseArgs("encode", args[1:], kw, []string{"encoding", "errors"}, 0, a[:]); err != nil {
		return nil, err
	}
	enc, errs := "utf-8", "strict"
	if a[0] != nil {
		enc, _ = AsStr(a[0])
	}
	if a[1] != nil {
		errs, _ = AsStr(a[1])
	}
	b, err := t.encode(self(args).s, enc, errs)
	if err != nil {
		return nil, err
	}
	return t.NewBytes(b), nil
}

func strExpandTabs(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
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
	str := self(args)
	if strings.IndexByte(str.s, '\t') < 0 {
		if TypeOf(args[0]) == StrType {
			return t.NewRef(args[0]), nil // nothing to expand, as in CPython
		}
		return t.newStrN(str.s, str.n), nil
	}
	// Bytes are copied as they are; the column counts code points (bytes
	// that do not continue one).
	s := str.s
	b := make([]byte, 0, len(s)+8*strings.Count(s, "\t"))
	col := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\t':
			if size > 0 {
				k := size - col%size
				if col+k > maxBuild() || len(b)+k > maxBuild() {
					return nil, t.OverflowError("result too long")
				}
				col += k
				for ; k > 0; k-- {
					b = append(b, ' ')
				}
			}
		case '\n', '\r':
			b = append(b, c)
			col = 0
		default:
			b = append(b, c)
			if c&0xC0 != 0x80 {
				col++
			}
		}
	}
	return t.NewStr(bytesString(b)), nil
}

func strRemoveAffix(suffix bool) NativeFunc {
	return func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
		if err := t.CheckArgs("removeprefix", args[1:], kw, 1, 1); err != nil {
			return nil, err
		}
		a, ok := AsStr(args[1])
		if !ok {
			return nil, t.TypeError("removeprefix() argument must be str, not %s", TypeOf(args[1]).Name)
		}
		s := self(args).s
		if suffix {
			return t.NewStr(strings.TrimSuffix(s, a)), nil
		}
		return t.NewStr(strings.TrimPrefix(s, a)), nil
	}
}

func strMakeTrans(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("maketrans", args, kw, 1, 3); err != nil {
		return nil, err
	}
	d := t.NewDict()
	if len(args) == 1 {
		if TypeOf(args[0]).Flags&FlagDictSubclass == 0 {
			t.Decref(d.Obj())
			return nil, t.TypeError("if you give only one argument to maketrans it must be a dict")
		}
		keys, values := As[Dict](args[0]).Items()
		for i, k := range keys {
			key := k
			if IsStr(k) {
				if As[Str](k).n != 1 {
					t.Decref(d.Obj())
					return nil, t.ValueError("string keys in translate table must be of length 1")
				}
				key = t.NewInt(int64(As[Str](k).runeAt(0)))
			} else {
				t.Incref(key)
			}
			t.DictSetItem(d, key, values[i])
			t.Decref(key)
		}
		return d.Obj(), nil
	}
	x, ok1 := AsStr(args[0])
	y, ok2 := AsStr(args[1])
	if !ok1 || !ok2 {
		t.Decref(d.Obj())
		return nil, t.TypeError("maketrans() argument must be str")
	}
	xr, yr := runes(x), runes(y)
	if len(xr) != len(yr) {
		t.Decref(d.Obj())
		return nil, t.ValueError("the first two maketrans arguments must have equal length")
	}
	for i := range xr {
		k, v := t.NewInt(int64(xr[i])), t.NewInt(int64(yr[i]))
		t.DictSetItem(d, k, v)
		t.Decref(k)
		t.Decref(v)
	}
	if len(args) == 3 {
		z, _ := AsStr(args[2])
		for _, r := range runes(z) {
			k := t.NewInt(int64(r))
			t.DictSetItem(d, k, None)
			t.Decref(k)
		}
	}
	return d.Obj(), nil
}

// strTranslate is str.translate. An exact dict table is looked up
// directly, a missing code point costing no KeyError (what textwrap's
// whitespace table meets at almost every character); any other mapping
// goes through __getitem__, LookupError meaning "keep". The result is
// built once with its length counted, and an exact str that nothing
// changes is returned itself, as in CPython. As CPython's fast path does,
// the mapping of an ASCII code point to one ASCII code point or to
// nothing is looked up once a call and kept in a table.
func strTranslate(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("translate", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	table := args[1]
	var d *Dict
	if TypeOf(table) == DictType {
		d = As[Dict](table)
	}
	s := self(args).s
	b := make([]byte, 0, len(s))
	n, changed := 0, false
	var ascii translateCache
	for i := 0; i < len(s); {
		if ascii[s[i]] != 0 {
			var k, m int
			var ch bool
			b, k, m, ch = ascii.run(b, s[i:])
			i, n, changed = i+k, n+m, changed || ch
			continue
		}
		r, w := pyfmt.DecodeRune(s[i:])
		i += w
		k := t.NewInt(int64(r))
		var v *Object
		var err error
		if d != nil {
			v, err = t.dictGetRef(d, k)
		} else if v, err = t.GetItem(table, k); err != nil && Matches(err, LookupErrorType) {
			t.DropError(err)
			v, err = nil, nil
		}
		t.Decref(k)
		if err != nil {
			return nil, err
		}
		switch {
		case v == nil:
			if r < 0x80 {
				ascii[r] = uint16(r) + 1
			}
			// Unchanged code points that follow are copied as a run.
			b = append(b, s[i-w:i]...)
			n++
			continue
		case v == None:
			if r < 0x80 {
				ascii[r] = translateDel
			}
		case IsInt(v):
			c, ok := IntSmall(v)
			if !ok || c < 0 || c > 0x10FFFF {
				t.Decref(v)
				return nil, t.ValueError("character mapping must be in range(0x110000)")
			}
			if r < 0x80 && c < 0x80 {
				ascii[r] = uint16(c) + 1
			}
			b = pyfmt.AppendRune(b, rune(c))
			n++
		case IsStr(v):
			vs := As[Str](v)
			if r < 0x80 && len(vs.s) == 1 && vs.s[0] < 0x80 {
				ascii[r] = uint16(vs.s[0]) + 1
			}
			b = append(b, vs.s...)
			n += vs.n
		default:
			t.Decref(v)
			return nil, t.TypeError("character mapping must return integer, None or str")
		}
		changed = true
		t.Decref(v)
	}
	if !changed && TypeOf(args[0]) == StrType {
		return t.NewRef(args[0]), nil
	}
	return t.newStrN(bytesString(b), n), nil
}

// translateCache is str.translate's table of the mappings of ASCII code
// points seen in one call: 0 when not known, c+1 for a code point c <
// 128, translateDel when deleted. Bytes from 128 up stay 0, so that one
// load without a bounds check classifies any byte.
type translateCache [256]uint16

const translateDel = 0x100

// run translates the longest prefix of s whose code points the cache
// knows, appending to b; it returns b, the bytes consumed, the code points
// appended, and whether any differed from its source.
func (c *translateCache) run(b []byte, s string) ([]byte, int, int, bool) {
	start := len(b)
	b = slices.Grow(b, len(s))
	out := b[start : start+len(s)]
	i, j := 0, 0
	for i < len(s) {
		m := c[s[i]]
		if m == 0 {
			break
		}
		i++
		if m != translateDel {
			out[j] = byte(m - 1)
			j++
		}
	}
	return b[:start+j], i, j, j != i || string(out[:j]) != s[:i]
}

func initStrType() {
	st := StrType
	st.New = strNew
	st.Repr = strRepr
	st.Str = strStr
	st.Hash = strHashSlot
	st.RichCmp = strRichCmp
	st.Len = strLen
	st.GetItem = strGetItem
	st.Contains = strContains
	st.Iter = strIter
	st.Num[OpAdd] = strAdd
	st.Num[OpMul] = strMul
	st.Num[OpMod] = strModSlot
	st.addMethods(
		MethodDef{"join", strJoin, "Concatenate any number of strings."},
		MethodDef{"split", strSplit, "Return a list of the substrings in the string, using sep as the separator string."},
		MethodDef{"rsplit", strRSplit, "Return a list of the substrings in the string, using sep as the separator string."},
		MethodDef{"strip", strStrip(0), "Return a copy of the string with leading and trailing whitespace removed."},
		MethodDef{"lstrip", strStrip(1), "Return a copy of the string with leading whitespace removed."},
		MethodDef{"rstrip", strStrip(2), "Return a copy of the string with trailing whitespace removed."},
		MethodDef{"startswith", strStartsEnds("startswith", false), "Return True if S starts with the specified prefix, False otherwise."},
		MethodDef{"endswith", strStartsEnds("endswith", true), "Return True if S ends with the specified suffix, False otherwise."},
		MethodDef{"find", strFindGeneric("find", false, false), "Return the lowest index in S where substring sub is found."},
		MethodDef{"rfind", strFindGeneric("rfind", true, false), "Return the highest index in S where substring sub is found."},
		MethodDef{"index", strFindGeneric("index", false, true), "Return the lowest index in S where substring sub is found."},
		MethodDef{"rindex", strFindGeneric("rindex", true, true), "Return the highest index in S where substring sub is found."},
		MethodDef{"count", strCount, "Return the number of non-overlapping occurrences of substring sub."},
		MethodDef{"replace", strReplace, "Return a copy with all occurrences of substring old replaced by new."},
		MethodDef{"upper", strCase(true, pyUpper), "Return a copy of the string converted to uppercase."},
		MethodDef{"lower", strCase(false, pyLower), "Return a copy of the string converted to lowercase."},
		MethodDef{"casefold", strMap(pyCaseFold), "Return a version of the string suitable for caseless comparisons."},
		MethodDef{"title", strMap(pyTitle), "Return a version of the string where each word is titlecased."},
		MethodDef{"capitalize", strMap(pyCapitalize), "Return a capitalized version of the string."},
		MethodDef{"swapcase", strMap(pySwapCase), "Convert uppercase characters to lowercase and lowercase characters to uppercase."},
		MethodDef{"isdigit", strPredicate(isPyDigit), "Return True if the string is a digit string, False otherwise."},
		MethodDef{"isdecimal", strPredicate(unicode.IsDigit), "Return True if the string is a decimal string, False otherwise."},
		MethodDef{"isnumeric", strPredicate(isPyNumeric), "Return True if the string is a numeric string, False otherwise."},
		MethodDef{"isalpha", strPredicate(isPyAlpha), "Return True if the string is an alphabetic string, False otherwise."},
		MethodDef{"isalnum", strPredicate(isPyAlnum), "Return True if the string is an alpha-numeric string, False otherwise."},
		MethodDef{"isspace", strPredicate(PyIsSpace), "Return True if the string is a whitespace string, False otherwise."},
		MethodDef{"isupper", strCasePredicate(true), "Return True if the string is an uppercase string, False otherwise."},
		MethodDef{"islower", strCasePredicate(false), "Return True if the string is a lowercase string, False otherwise."},
		MethodDef{"istitle", strIsTitle, "Return True if the string is a title-cased string, False otherwise."},
		MethodDef{"isidentifier", strIsIdentifier, "Return True if the string is a valid Python identifier, False otherwise."},
		MethodDef{"isascii", strIsASCII, "Return True if all characters in the string are ASCII, False otherwise."},
		MethodDef{"isprintable", strIsPrintable, "Return True if the string is printable, False otherwise."},
		MethodDef{"zfill", strZfill, "Pad a numeric string with zeros on the left, to fill a field of the given width."},
		MethodDef{"center", strPad("center", '^'), "Return a centered string of length width."},
		MethodDef{"ljust", strPad("ljust", '<'), "Return a left-justified string of length width."},
		MethodDef{"rjust", strPad("rjust", '>'), "Return a right-justified string of length width."},
		MethodDef{"partition", strPartition(false), "Partition the string into three parts using the given separator."},
		MethodDef{"rpartition", strPartition(true), "Partition the string into three parts using the given separator."},
		MethodDef{"splitlines", strSplitLines, "Return a list of the lines in the string, breaking at line boundaries."},
		MethodDef{"encode", strEncode, "Encode the string using the codec registered for encoding."},
		MethodDef{"expandtabs", strExpandTabs, "Return a copy where all tab characters are expanded using spaces."},
		MethodDef{"removeprefix", strRemoveAffix(false), "Return a str with the given prefix string removed if present."},
		MethodDef{"removesuffix", strRemoveAffix(true), "Return a str with the given suffix string removed if present."},
		MethodDef{"translate", strTranslate, "Replace each character in the string using the given translation table."},
		MethodDef{"format", strFormatMethod, "Return a formatted version of S, using substitutions from args and kwargs."},
		MethodDef{"format_map", strFormatMap, "Return a formatted version of S, using substitutions from mapping."},
		MethodDef{"__format__", strFormatM, "Return a formatted version of the string as described by format_spec."},
		MethodDef{"__getnewargs__", func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
			return t.NewTupleSteal([]*Object{t.NewStr(self(args).s)}).Obj(), nil
		}, ""},
		MethodDef{"__sizeof__", func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
			return t.NewInt(int64(49 + len(self(args).s))), nil
		}, ""},
	)
	st.addStaticMethods(MethodDef{"maketrans", strMakeTrans, "Return a translation table usable for str.translate()."})
	readyBuiltin(st, ObjectType, FlagBaseType|FlagStrSubclass, layoutOf[Str](), 0)
	st.Dealloc = strDealloc

	it := StrIterType
	it.Iter = selfIter
	it.Next = strIterNext
	it.clear = func(t *Thread, o *Object) {
		i := As[strIterObj](o)
		if i.s != nil {
			t.Decref(&i.s.Object)
			i.s = nil
		}
	}
	readyBuiltin(it, ObjectType, 0, Layout{}, 0)
}
