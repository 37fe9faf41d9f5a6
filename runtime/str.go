package runtime

import (
	"encoding/binary"
	"hash/maphash"
	"math/bits"
	"strings"
	"sync/atomic"
	"unicode/utf8"

	"gilfree/runtime/pyfmt"
)

// Str is a Python str: an immutable sequence of code points, held as a
// Go string in WTF-8 (see pyfmt's wtf8.go), with its length in code
// points. An ASCII string (n == len(s)) is indexed directly; any other
// builds, on its first index, a table of the byte offset of every 64th
// code point (strIndex), so that indexing in a loop costs O(64) a step,
// not O(len).
type Str struct {
	Object
	s     string
	n     int                      // length in code points
	hash  atomic.Int64             // cached hash; hashUnset until computed
	index atomic.Pointer[strIndex] // offsets of non-ASCII strings, built on demand
	// spare is the number of bytes after s's end, in memory this str
	// allocated, that it alone may write: the room in-place appends use
	// (StrAppendInPlace). Strs that share its bytes (slices) have none.
	spare int
}

// hashUnset marks a hash not yet computed (no hash is -1, as in CPython).
const hashUnset = -1

// strIndex holds the byte offset of code points 0, 64, 128, ...
type strIndex struct{ offsets []int32 }

const strIndexStep = 64

// StrType is str.
var StrType = builtinType(&Type{Name: "str", Doc: "str(object='') -> str"})

// String returns the Go string.
func (s *Str) String() string { return s.s }

// Obj returns the str as an object reference.
func (s *Str) Obj() *Object { return &s.Object }

// Len returns the length in code points.
func (s *Str) Len() int { return s.n }

// IsASCII reports whether every code point is below 128.
func (s *Str) IsASCII() bool { return s.n == len(s.s) }

// countRunes counts the code points of WTF-8 text: one per byte that is
// not a continuation byte.
//
// It counts eight bytes at a time: a continuation byte is one whose top
// bit is set and whose next bit is clear.
func countRunes(s string) int {
	n := len(s)
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := binary.LittleEndian.Uint64(stringBytes(s[i : i+8]))
		if w&0x8080808080808080 == 0 {
			continue // ASCII
		}
		cont := w & 0x8080808080808080 &^ (w << 1)
		n -= bits.OnesCount64(cont)
	}
	for ; i < len(s); i++ {
		if s[i]&0xC0 == 0x80 {
			n--
		}
	}
	return n
}

// The empty string and the strings of one Latin-1 character are
// statically allocated and immortal, as CPython's are.
var (
	emptyStr  Str
	charStrs  [256]Str
	strHasher = maphash.MakeSeed()
)

// EmptyStr is ”.
func EmptyStr() *Object { return &emptyStr.Object }

// NewStr returns a str holding s, which must be WTF-8.
func (t *Thread) NewStr(s string) *Object {
	if len(s) <= 2 {
		return t.newStrN(s, countRunes(s))
	}
	return t.allocStr(s, countRunes(s))
}

// NewStrN is NewStr when the caller knows n, the code point count of s
// (from the strs it was built of), which then need not be counted again.
func (t *Thread) NewStrN(s string, n int) *Object { return t.newStrN(s, n) }

// newStrN is NewStr when the code point count n is known: the empty
// string and one-character Latin-1 strings are the shared immortal ones.
func (t *Thread) newStrN(s string, n int) *Object {
	switch {
	case n == 0:
		return &emptyStr.Object
	case n == 1 && len(s) == 1:
		return &charStrs[s[0]].Object
	case n == 1 && len(s) == 2 && (s[0] == 0xC2 || s[0] == 0xC3):
		r, _ := utf8.DecodeRuneInString(s)
		return &charStrs[r].Object
	}
	return t.allocStr(s, n)
}

func (t *Thread) allocStr(s string, n int) *Object {
	o := As[Str](t.free.strs.pop(t.State))
	if o == nil {
		o = new(Str)
	} else {
		o.index.Store(nil)
	}
	o.s, o.n, o.spare = s, n, 0
	o.hash.Store(hashUnset)
	t.initObject(&o.Object, StrType)
	return &o.Object
}

func strDealloc(t *Thread, o *Object) {
	if recycle(o) {
		s := As[Str](o)
		s.s = ""
		t.free.strs.push(&s.Object)
	}
}

// NewStrRune returns the str of one code point.
func (t *Thread) NewStrRune(r rune) *Object {
	if r >= 0 && r < 256 {
		return &charStrs[r].Object
	}
	return t.newStrN(string(pyfmt.AppendRune(nil, r)), 1)
}

// InternObj interns a str object: the interned str equal to it.
func InternObj(o *Object) *Str {
	s := As[Str](o)
	if o.IsImmortal() && TypeOf(o) == StrType {
		return s
	}
	return Intern(s.s)
}

// strHash is Python's hash of a str, cached in the object.
func strHash(s *Str) int64 {
	if h := s.hash.Load(); h != hashUnset {
		return h
	}
	h := int64(0) // CPython's hash of '' and b'' is 0, unseeded
	if s.s != "" {
		h = int64(maphash.String(strHasher, s.s))
	}
	if h == hashUnset {
		h = -2
	}
	s.hash.Store(h)
	return h
}

// StrValue returns the Go string of a str or str subclass instance; the
// caller has checked the type.
func StrValue(o *Object) string { return As[Str](o).s }

// IsStr reports whether o is a str (or derived from str).
func IsStr(o *Object) bool { return TypeOf(o).Flags&FlagStrSubclass != 0 }

// AsStr returns o's string if o is a str.
func AsStr(o *Object) (string, bool) {
	if IsStr(o) {
		return As[Str](o).s, true
	}
	return "", false
}

// byteOffset returns the byte offset of code point i (0 <= i <= n).
func (s *Str) byteOffset(i int) int {
	if s.IsASCII() {
		return i
	}
	if i == s.n {
		return len(s.s)
	}
	idx := s.index.Load()
	if idx == nil {
		idx = s.buildIndex()
	}
	off := int(idx.offsets[i/strIndexStep])
	for k := i % strIndexStep; k > 0; k-- {
		_, w := pyfmt.DecodeRune(s.s[off:])
		off += w
	}
	return off
}

func (s *Str) buildIndex() *strIndex {
	idx := &strIndex{offsets: make([]int32, 0, s.n/strIndexStep+1)}
	cp := 0
	for off := 0; off < len(s.s); {
		if cp%strIndexStep == 0 {
			idx.offsets = append(idx.offsets, int32(off))
		}
		_, w := pyfmt.DecodeRune(s.s[off:])
		off += w
		cp++
	}
	if len(idx.offsets) == 0 {
		idx.offsets = append(idx.offsets, 0)
	}
	s.index.Store(idx)
	return idx
}

// runeAt returns code point i.
func (s *Str) runeAt(i int) rune {
	if s.IsASCII() {
		return rune(s.s[i])
	}
	r, _ := pyfmt.DecodeRune(s.s[s.byteOffset(i):])
	return r
}

// substr returns code points [i, j) as a Go string.
func (s *Str) substr(i, j int) string {
	if s.IsASCII() {
		return s.s[i:j]
	}
	a := s.byteOffset(i)
	if j-i < strIndexStep {
		b := a
		for k := i; k < j; k++ {
			_, w := pyfmt.DecodeRune(s.s[b:])
			b += w
		}
		return s.s[a:b]
	}
	return s.s[a:s.byteOffset(j)]
}

// runes returns the code points of a Go string in WTF-8.
func runes(s string) []rune {
	rs := make([]rune, 0, len(s))
	for i := 0; i < len(s); {
		r, w := pyfmt.DecodeRune(s[i:])
		rs = append(rs, r)
		i += w
	}
	return rs
}

// runesString encodes code points as WTF-8.
func runesString(rs []rune) string {
	b := make([]byte, 0, len(rs))
	for _, r := range rs {
		b = pyfmt.AppendRune(b, r)
	}
	return string(b)
}

// strConcat is str + str.
func (t *Thread) strConcat(a, b *Str) *Object {
	if a.n == 0 {
		return t.NewRef(&b.Object)
	}
	if b.n == 0 && TypeOf(&a.Object) == StrType {
		return t.NewRef(&a.Object)
	}
	return t.newStrN(a.s+b.s, a.n+b.n)
}

// StrAppendInPlace appends b to a, an exact str whose only reference
// its caller holds, in a's own memory: the eval loop's s += x when s is a
// local that the result is stored back into, which makes building a
// string in a loop linear, as CPython's in-place concatenation does. The
// room beyond the text grows by doubling, and only a str that allocated
// it writes there, so strs sharing its bytes never see them change. It
// reports false, changing nothing, when b is not a str.
func (t *Thread) StrAppendInPlace(a, b *Object) bool {
	if !IsStr(b) {
		return false
	}
	sa, sb := As[Str](a), As[Str](b)
	n := len(sa.s) + len(sb.s)
	if len(sb.s) <= sa.spare {
		buf := writableBytes(sa.s, n)
		copy(buf[len(sa.s):], sb.s)
		sa.s = bytesString(buf)
		sa.spare -= len(sb.s)
	} else {
		buf := make([]byte, n, max(2*n, 64))
		copy(buf, sa.s)
		copy(buf[len(sa.s):], sb.s)
		sa.s = bytesString(buf)
		sa.spare = cap(buf) - n
	}
	sa.n += sb.n
	sa.hash.Store(hashUnset)
	sa.index.Store(nil)
	return true
}

// strRepeat is str * n.
func (t *Thread) strRepeat(s *Str, n int) (*Object, error) {
	if n <= 0 || s.n == 0 {
		return EmptyStr(), nil
	}
	if n == 1 && TypeOf(&s.Object) == StrType {
		return t.NewRef(&s.Object), nil
	}
	if len(s.s) > maxBuild()/n {
		return nil, t.NewError(MemoryErrorType)
	}
	return t.newStrN(strings.Repeat(s.s, n), s.n*n), nil
}

// maxSize bounds the size of containers and strings (sys.maxsize).
const maxSize = 1<<63 - 1
