package pyfmt

import (
	"unicode"
	"unicode/utf8"
)

// CPython 3.11 uses Unicode 14.0; Go's unicode package follows the
// toolchain (15.0 for Go 1.26). The characters that Unicode 15.0 added
// are unassigned (category Cn) for Python: not printable, without a name.
// unicode15Added lists them so that answers stay CPython's.
var unicode15Added = [...][2]rune{
	{0x0CF3, 0x0CF3}, {0x0ECE, 0x0ECE}, {0x10EFD, 0x10EFF}, {0x1123F, 0x11241},
	{0x11B00, 0x11B09}, {0x11F00, 0x11F10}, {0x11F12, 0x11F3A}, {0x11F3E, 0x11F59},
	{0x1342F, 0x1342F}, {0x13439, 0x13455}, {0x1B132, 0x1B132}, {0x1B155, 0x1B155},
	{0x1D2C0, 0x1D2D3}, {0x1DF25, 0x1DF2A}, {0x1E030, 0x1E06D}, {0x1E08F, 0x1E08F},
	{0x1E4D0, 0x1E4F9}, {0x1F6DC, 0x1F6DC}, {0x1F774, 0x1F776}, {0x1F77B, 0x1F77F},
	{0x1F7D9, 0x1F7D9}, {0x1FA75, 0x1FA77}, {0x1FA87, 0x1FA88}, {0x1FAAD, 0x1FAAF},
	{0x1FABB, 0x1FABD}, {0x1FABF, 0x1FABF}, {0x1FACE, 0x1FACF}, {0x1FADA, 0x1FADB},
	{0x1FAE8, 0x1FAE8}, {0x1FAF7, 0x1FAF8}, {0x2B739, 0x2B739}, {0x31350, 0x323AF},
}

// AssignedAfterUnicode14 reports whether r is a character that Go's
// Unicode tables know but CPython 3.11's do not.
func AssignedAfterUnicode14(r rune) bool {
	if r < unicode15Added[0][0] {
		return false
	}
	for _, rg := range unicode15Added {
		if rg[0] <= r && r <= rg[1] {
			return true
		}
	}
	return false
}

// IsPrintable reports whether Python's str.isprintable holds for the one
// character r: not a control, format, surrogate, private-use or unassigned
// character, and not a separator other than the space. repr() writes the
// printable characters as they are and escapes the others.
func IsPrintable(r rune) bool {
	if r < utf8.RuneSelf {
		return 0x20 <= r && r < 0x7F
	}
	// unicode.IsPrint is exactly letters, marks, numbers, punctuation,
	// symbols and the ASCII space: Python's set, given the same tables.
	return unicode.IsPrint(r) && !AssignedAfterUnicode14(r)
}
