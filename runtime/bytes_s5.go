package runtime

// This file holds the pieces of bytes and bytearray that conversion and
// the standard library rely on: bytes(obj) through __bytes__, the ASCII
// character-class predicates both types share, and bytearray % args.

var dnBytesDunder = Intern("__bytes__")

// hasBytesDunder reports whether o's type defines __bytes__, which
// bytes(o) prefers to iterating o (CPython looks it up on the type).
func hasBytesDunder(o *Object) bool {
	return TypeOf(o).Lookup(dnBytesDunder) != nil
}

// callBytesDunder returns o.__bytes__(), which must be a bytes object.
func (t *Thread) callBytesDunder(o *Object) (*Object, error) {
	r, _, err := t.CallDunder(o, dnBytesDunder, nil)
	if err != nil {
		return nil, err
	}
	if !TypeOf(r).IsSubtype(BytesType) {
		name := TypeOf(r).Name
		t.Decref(r)
		return nil, t.TypeError("__bytes__ returned non-bytes (type %s)", name)
	}
	return r, nil
}

// lockedByteStr is the contents of a bytes or bytearray object, a
// bytearray's copied inside its critical section.
func (t *Thread) lockedByteStr(o *Object) string {
	if IsBytes(o) {
		return As[Bytes](o).s
	}
	t.Lock(o)
	defer t.Unlock(o)
	return string(baOf(o).b)
}

// bytesPredicate makes an is*() method of bytes and bytearray: true when
// the bytes are not empty and every byte satisfies ok (ASCII classes
// only, as CPython's bytes methods are locale-free).
func bytesPredicate(ok func(c byte) bool) NativeFunc {
	return func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
		s := t.lockedByteStr(args[0])
		if len(s) == 0 {
			return False, nil
		}
		for i := 0; i < len(s); i++ {
			if !ok(s[i]) {
				return False, nil
			}
		}
		return True, nil
	}
}

func asciiLower(c byte) bool { return c >= 'a' && c <= 'z' }
func asciiUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
func asciiDigit(c byte) bool { return c >= '0' && c <= '9' }
func asciiAlpha(c byte) bool { return asciiLower(c) || asciiUpper(c) }

// bytesCasePredicate is islower() or isupper(): at least one cased byte
// and none of the other case.
func bytesCasePredicate(upper bool) NativeFunc {
	return func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
		s := t.lockedByteStr(args[0])
		cased := false
		for i := 0; i < len(s); i++ {
			if upper && asciiLower(s[i]) || !upper && asciiUpper(s[i]) {
				return False, nil
			}
			cased = cased || asciiAlpha(s[i])
		}
		return NewBool(cased), nil
	}
}

// bytesIsTitle is istitle(): uppercase bytes only after uncased ones,
// lowercase bytes only after cased ones, and at least one cased byte.
func bytesIsTitle(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	s := t.lockedByteStr(args[0])
	cased, prevCased := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case asciiUpper(c):
			if prevCased {
				return False, nil
			}
			prevCased, cased = true, true
		case asciiLower(c):
			if !prevCased {
				return False, nil
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
	}
	return NewBool(cased), nil
}

// bytesIsASCII is isascii(): true for empty bytes too.
func bytesIsASCII(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	s := t.lockedByteStr(args[0])
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return False, nil
		}
	}
	return True, nil
}

// bytesPredicateDefs are the is*() methods of bytes and bytearray.
func bytesPredicateDefs() []MethodDef {
	return []MethodDef{
		{"isdigit", bytesPredicate(asciiDigit), "Return True if all characters in B are digits and there is at least one character in B, False otherwise."},
		{"isalpha", bytesPredicate(asciiAlpha), "Return True if all characters in B are alphabetic and there is at least one character in B, False otherwise."},
		{"isalnum", bytesPredicate(func(c byte) bool { return asciiAlpha(c) || asciiDigit(c) }), "Return True if all characters in B are alphanumeric and there is at least one character in B, False otherwise."},
		{"isspace", bytesPredicate(func(c byte) bool { return isASCIISpace(rune(c)) }), "Return True if all characters in B are whitespace and there is at least one character in B, False otherwise."},
		{"islower", bytesCasePredicate(false), "Return True if all cased characters in B are lowercase and there is at least one cased character in B, False otherwise."},
		{"isupper", bytesCasePredicate(true), "Return True if all cased characters in B are uppercase and there is at least one cased character in B, False otherwise."},
		{"istitle", bytesIsTitle, "Return True if B is a titlecased string and there is at least one character in B, False otherwise."},
		{"isascii", bytesIsASCII, "Return True if B is empty or all characters in B are ASCII, False otherwise."},
	}
}

// byteArrayMod is bytearray % args: the format is copied inside the
// bytearray's critical section, then formatted outside it (formatting
// may call back into Python), and the result is a new bytearray.
func byteArrayMod(t *Thread, a, b *Object) (*Object, error) {
	if !TypeOf(a).IsSubtype(ByteArrayType) {
		return NotImplemented, nil
	}
	t.Lock(a)
	format := string(baOf(a).b)
	t.Unlock(a)
	out, err := t.BytesPercentFormat(format, b)
	if err != nil {
		return nil, err
	}
	return t.likeSelf(a, string(out)), nil
}
