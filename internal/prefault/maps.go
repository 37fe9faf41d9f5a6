//go:build linux

package prefault

// anonMappingOf finds, in the text of /proc/self/maps, the mapping that
// holds addr and returns its bounds if it is anonymous (no file: inode
// 0). A line that is cut short or malformed ends the search.
func anonMappingOf(maps []byte, addr uintptr) (lo, hi uintptr, ok bool) {
	for len(maps) > 0 {
		line := maps
		if i := indexByte(maps, '\n'); i >= 0 {
			line, maps = maps[:i], maps[i+1:]
		} else {
			maps = nil
		}
		// "lo-hi perms offset dev inode [path]"
		lo, rest, ok1 := hexField(line, '-')
		hi, rest, ok2 := hexField(rest, ' ')
		if !ok1 || !ok2 {
			return 0, 0, false
		}
		if addr < lo || addr >= hi {
			continue
		}
		inode, ok3 := field(rest, 3)
		if !ok3 || string(inode) != "0" {
			return 0, 0, false
		}
		return lo, hi, true
	}
	return 0, 0, false
}

// hexField parses the hexadecimal number at the start of b, which ends at
// sep, and returns it with what follows sep.
func hexField(b []byte, sep byte) (uintptr, []byte, bool) {
	var v uintptr
	for i, c := range b {
		switch {
		case c >= '0' && c <= '9':
			v = v<<4 | uintptr(c-'0')
		case c >= 'a' && c <= 'f':
			v = v<<4 | uintptr(c-'a'+10)
		case c == sep && i > 0:
			return v, b[i+1:], true
		default:
			return 0, nil, false
		}
	}
	return 0, nil, false
}

// field returns the n-th (from 0) space-separated field of b.
func field(b []byte, n int) ([]byte, bool) {
	for {
		for len(b) > 0 && b[0] == ' ' {
			b = b[1:]
		}
		if len(b) == 0 {
			return nil, false
		}
		end := indexByte(b, ' ')
		if end < 0 {
			end = len(b)
		}
		if n == 0 {
			return b[:end], true
		}
		b, n = b[end:], n-1
	}
}

func indexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}
