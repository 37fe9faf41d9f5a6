package structmod

import (
	"strconv"
	"strings"
)

// A compiled format: its items in order, with their offsets, and the
// total size. It holds no Python objects, so compiled formats are shared
// freely between threads through the cache.
type layout struct {
	format string // as given (bytes formats decoded as Latin-1)
	items  []item
	size   int
	nargs  int // values pack takes and unpack returns
}

// item is one code with its repeat count: count values of the code, or
// for 's' and 'p' one value of count bytes, or count pad bytes for 'x'.
type item struct {
	code   byte
	count  int
	offset int
	kind   *kind
}

// kind is what a code means in one byte-order mode.
type kind struct {
	size  int
	align int
	// pack writes v into b (len(b) == size); unpack reads it.
	pack   func(p *packer, b []byte, k *kind) error
	unpack func(u *unpacker, b []byte) error
	// big is the byte order (false: little-endian).
	big bool
	// native reports the host's own packer: the range messages differ.
	native bool
}

// mode is the byte order, size and alignment the first character picks.
type mode struct {
	big, std, align bool
}

func modeOf(format string) (mode, string) {
	if format == "" {
		return mode{align: true}, format
	}
	switch format[0] {
	case '@':
		return mode{align: true}, format[1:]
	case '=', '<':
		return mode{std: true}, format[1:]
	case '>', '!':
		return mode{std: true, big: true}, format[1:]
	}
	return mode{align: true}, format
}

// errBadChar and the others are struct.error messages.
const (
	errBadChar     = "bad char in struct format"
	errRepeatCount = "repeat count given without format specifier"
	errTooLong     = "total struct size too long"
)

// compile parses a format.
func compile(format string) (*layout, string) {
	m, rest := modeOf(format)
	l := &layout{format: format}
	offset := 0
	for i := 0; i < len(rest); {
		c := rest[i]
		if isSpace(c) {
			i++
			continue
		}
		count := 1
		if c >= '0' && c <= '9' {
			j := i
			for j < len(rest) && rest[j] >= '0' && rest[j] <= '9' {
				j++
			}
			n, err := strconv.Atoi(rest[i:j])
			if err != nil || n > 1<<40 {
				return nil, errTooLong
			}
			if j >= len(rest) {
				return nil, errRepeatCount
			}
			count, i, c = n, j, rest[j]
		}
		k := kindOf(c, m)
		if k == nil {
			return nil, errBadChar
		}
		if m.align && k.align > 1 {
			offset = (offset + k.align - 1) / k.align * k.align
		}
		it := item{code: c, count: count, offset: offset, kind: k}
		switch c {
		case 's', 'p':
			offset += count
			l.nargs++
		case 'x':
			offset += count
		default:
			offset += count * k.size
			l.nargs += count
		}
		if offset > 1<<40 {
			return nil, errTooLong
		}
		l.items = append(l.items, it)
		i++
	}
	l.size = offset
	return l, ""
}

func isSpace(c byte) bool { return strings.IndexByte(" \t\n\r\v\f", c) >= 0 }
