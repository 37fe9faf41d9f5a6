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

// readOnlyImage returns the read-only mappings (text, rodata) of the
// file mapped at addr, in the order of the maps, at most len(out) of
// them: the mappings with the same device and inode whose permissions do
// not include writing, and, if exec, do include executing.
func readOnlyImage(maps []byte, addr uintptr, out [][2]uintptr, exec bool) int {
	var dev, inode []byte
	// First find the file of addr, then collect its mappings.
	for pass := 0; pass < 2; pass++ {
		n := 0
		for rest := maps; len(rest) > 0; {
			line := rest
			if i := indexByte(rest, '\n'); i >= 0 {
				line, rest = rest[:i], rest[i+1:]
			} else {
				rest = nil
			}
			lo, fields, ok1 := hexField(line, '-')
			hi, fields, ok2 := hexField(fields, ' ')
			perms, ok3 := field(fields, 0)
			d, ok4 := field(fields, 2)
			ino, ok5 := field(fields, 3)
			if !ok1 || !ok2 || !ok3 || !ok4 || !ok5 || len(perms) < 3 {
				return 0
			}
			if pass == 0 {
				if addr >= lo && addr < hi {
					if string(ino) == "0" {
						return 0
					}
					dev, inode = d, ino
					break
				}
				continue
			}
			if string(d) == string(dev) && string(ino) == string(inode) && perms[1] != 'w' && (!exec || perms[2] == 'x') && n < len(out) {
				out[n] = [2]uintptr{lo, hi}
				n++
			}
		}
		if pass == 1 {
			return n
		}
		if inode == nil {
			return 0
		}
	}
	return 0
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
