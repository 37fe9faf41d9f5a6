// Package codecs holds the text encodings gilfree knows by Python's
// names: the registry of names and aliases (those of Python's encodings
// package), and decoders and encoders for UTF-8, UTF-8 with a BOM,
// UTF-16 and UTF-32 (with a BOM, little- and big-endian), ASCII,
// Latin-1 and the single-byte code pages of golang.org/x/text's
// charmap, with the few bytes where its tables differ from Python's
// corrected (see charmapFixes). The source-file reader (interp/syntax)
// and str.encode/bytes.decode and open() (runtime) both use it.
//
// Nothing is built at start-up: the name tables and each code page's
// byte table are made on first use. The package holds no other state;
// its tables, once built, are only read.
//
// Text is held as gilfree holds a str (see runtime/pyfmt: UTF-8 with
// surrogates as their own three-byte sequences). Errors are handed to
// the caller's handler, which decides as a Python error handler does:
// raise, or give a replacement and where to resume.
package codecs

import (
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// kind is the family of a codec.
type kind int

const (
	kindUTF8 kind = iota
	kindUTF8Sig
	kindASCII
	kindLatin1
	kindCharmap
	kindUTF16 // with a BOM: little-endian when writing, either when reading
	kindUTF16LE
	kindUTF16BE
	kindUTF32
	kindUTF32LE
	kindUTF32BE
	kindBinary // bytes-to-bytes or str-to-str (base64_codec, rot_13, ...)
)

// Codec is one text encoding.
type Codec struct {
	name string // the codec's name in Python's error messages
	kind kind
	cmap *charmap.Charmap // for the "charmap" codecs
}

// Name is the codec's name as Python's UnicodeError messages give it
// ("utf-8", "latin-1", "charmap", "utf-16-le", ...).
func (c *Codec) Name() string { return c.name }

// Binary reports a codec that is not a text encoding (base64_codec,
// zlib_codec, rot_13...): it converts bytes to bytes or str to str.
func (c *Codec) Binary() bool { return c.kind == kindBinary }

// Wide reports the UTF-16 and UTF-32 codecs, whose characters take
// several bytes none of which can be read alone.
func (c *Codec) Wide() bool { return c.kind >= kindUTF16 && c.kind <= kindUTF32BE }

// SingleByte reports the codecs that map each byte to one character
// (ASCII, Latin-1, the code pages).
func (c *Codec) SingleByte() bool {
	return c.kind == kindASCII || c.kind == kindLatin1 || c.kind == kindCharmap
}

// IsUTF8 reports UTF-8 itself (not UTF-8 with a BOM).
func (c *Codec) IsUTF8() bool { return c.kind == kindUTF8 }

// codecAliases maps a normalized codec name to the name of its module in
// Python's encodings package. It and codecs are built on first use: only
// a program that names an encoding needs them, and building the maps was
// a tenth of a millisecond of every start.
var codecAliases = sync.OnceValue(func() map[string]string {
	return map[string]string{
		"646": "ascii", "ansi_x3.4_1968": "ascii", "ansi_x3.4_1986": "ascii", "ansi_x3_4_1968": "ascii",
		"cp367": "ascii", "csascii": "ascii", "ibm367": "ascii", "iso646_us": "ascii", "iso_646.irv_1991": "ascii",
		"iso_ir_6": "ascii", "us": "ascii", "us_ascii": "ascii",

		"8859": "latin_1", "cp819": "latin_1", "csisolatin1": "latin_1", "ibm819": "latin_1", "iso8859": "latin_1",
		"iso8859_1": "latin_1", "iso_8859_1": "latin_1", "iso_8859_1_1987": "latin_1", "iso_ir_100": "latin_1",
		"l1": "latin_1", "latin": "latin_1", "latin1": "latin_1",

		"u16": "utf_16", "utf16": "utf_16", "unicodebigunmarked": "utf_16_be", "utf_16be": "utf_16_be", "unicodelittleunmarked": "utf_16_le", "utf_16le": "utf_16_le",
		"u32": "utf_32", "utf32": "utf_32", "utf_32be": "utf_32_be", "utf_32le": "utf_32_le",

		"cp65001": "utf_8", "u8": "utf_8", "utf": "utf_8", "utf8": "utf_8", "utf8_ucs2": "utf_8", "utf8_ucs4": "utf_8",

		"037": "cp037", "csibm037": "cp037", "ebcdic_cp_ca": "cp037", "ebcdic_cp_nl": "cp037", "ebcdic_cp_us": "cp037",
		"ebcdic_cp_wt": "cp037", "ibm037": "cp037", "ibm039": "cp037",
		"1140": "cp1140", "ibm1140": "cp1140",
		"437": "cp437", "cspc8codepage437": "cp437", "ibm437": "cp437",
		"850": "cp850", "cspc850multilingual": "cp850", "ibm850": "cp850",
		"852": "cp852", "cspcp852": "cp852", "ibm852": "cp852",
		"855": "cp855", "csibm855": "cp855", "ibm855": "cp855",
		"858": "cp858", "csibm858": "cp858", "ibm858": "cp858",
		"860": "cp860", "csibm860": "cp860", "ibm860": "cp860",
		"862": "cp862", "cspc862latinhebrew": "cp862", "ibm862": "cp862",
		"863": "cp863", "csibm863": "cp863", "ibm863": "cp863",
		"865": "cp865", "csibm865": "cp865", "ibm865": "cp865",
		"866": "cp866", "csibm866": "cp866", "ibm866": "cp866",
		"1250": "cp1250", "windows_1250": "cp1250", "1251": "cp1251", "windows_1251": "cp1251",
		"1252": "cp1252", "windows_1252": "cp1252", "1253": "cp1253", "windows_1253": "cp1253",
		"1254": "cp1254", "windows_1254": "cp1254", "1255": "cp1255", "windows_1255": "cp1255",
		"1256": "cp1256", "windows_1256": "cp1256", "1257": "cp1257", "windows_1257": "cp1257",
		"1258": "cp1258", "windows_1258": "cp1258",

		"csisolatin2": "iso8859_2", "iso_8859_2": "iso8859_2", "iso_8859_2_1987": "iso8859_2", "iso_ir_101": "iso8859_2", "l2": "iso8859_2", "latin2": "iso8859_2",
		"csisolatin3": "iso8859_3", "iso_8859_3": "iso8859_3", "iso_8859_3_1988": "iso8859_3", "iso_ir_109": "iso8859_3", "l3": "iso8859_3", "latin3": "iso8859_3",
		"csisolatin4": "iso8859_4", "iso_8859_4": "iso8859_4", "iso_8859_4_1988": "iso8859_4", "iso_ir_110": "iso8859_4", "l4": "iso8859_4", "latin4": "iso8859_4",
		"csisolatincyrillic": "iso8859_5", "cyrillic": "iso8859_5", "iso_8859_5": "iso8859_5", "iso_8859_5_1988": "iso8859_5", "iso_ir_144": "iso8859_5",
		"arabic": "iso8859_6", "asmo_708": "iso8859_6", "csisolatinarabic": "iso8859_6", "ecma_114": "iso8859_6", "iso_8859_6": "iso8859_6", "iso_8859_6_1987": "iso8859_6", "iso_ir_127": "iso8859_6",
		"csisolatingreek": "iso8859_7", "ecma_118": "iso8859_7", "elot_928": "iso8859_7", "greek": "iso8859_7", "greek8": "iso8859_7", "iso_8859_7": "iso8859_7", "iso_8859_7_1987": "iso8859_7", "iso_ir_126": "iso8859_7",
		"csisolatinhebrew": "iso8859_8", "hebrew": "iso8859_8", "iso_8859_8": "iso8859_8", "iso_8859_8_1988": "iso8859_8", "iso_ir_138": "iso8859_8",
		"csisolatin5": "iso8859_9", "iso_8859_9": "iso8859_9", "iso_8859_9_1989": "iso8859_9", "iso_ir_148": "iso8859_9", "l5": "iso8859_9", "latin5": "iso8859_9",
		"csisolatin6": "iso8859_10", "iso_8859_10": "iso8859_10", "iso_8859_10_1992": "iso8859_10", "iso_ir_157": "iso8859_10", "l6": "iso8859_10", "latin6": "iso8859_10",
		"iso_8859_13": "iso8859_13", "l7": "iso8859_13", "latin7": "iso8859_13",
		"iso_8859_14": "iso8859_14", "iso_8859_14_1998": "iso8859_14", "iso_celtic": "iso8859_14", "iso_ir_199": "iso8859_14", "l8": "iso8859_14", "latin8": "iso8859_14",
		"iso_8859_15": "iso8859_15", "l9": "iso8859_15", "latin9": "iso8859_15",
		"iso_8859_16": "iso8859_16", "iso_8859_16_2001": "iso8859_16", "iso_ir_226": "iso8859_16", "l10": "iso8859_16", "latin10": "iso8859_16",
		"cskoi8r":   "koi8_r",
		"macintosh": "mac_roman", "macroman": "mac_roman",
		"maccyrillic": "mac_cyrillic",

		"base64": "base64_codec", "base_64": "base64_codec", "bz2": "bz2_codec", "hex": "hex_codec",
		"quopri": "quopri_codec", "quoted_printable": "quopri_codec", "quotedprintable": "quopri_codec",
		"rot13": "rot_13", "uu": "uu_codec", "zip": "zlib_codec", "zlib": "zlib_codec",
	}
})

// codecs maps the module names of the supported codecs to their codecs.
var codecs = sync.OnceValue(func() map[string]*Codec {
	return map[string]*Codec{
		"ascii":     {name: "ascii", kind: kindASCII},
		"latin_1":   {name: "latin-1", kind: kindLatin1},
		"utf_8":     {name: "utf-8", kind: kindUTF8},
		"utf_8_sig": {name: "utf-8", kind: kindUTF8Sig},
		"utf_16":    {name: "utf-16", kind: kindUTF16}, "utf_16_le": {name: "utf-16-le", kind: kindUTF16LE}, "utf_16_be": {name: "utf-16-be", kind: kindUTF16BE},
		"utf_32": {name: "utf-32", kind: kindUTF32}, "utf_32_le": {name: "utf-32-le", kind: kindUTF32LE}, "utf_32_be": {name: "utf-32-be", kind: kindUTF32BE},

		"cp037": {name: "charmap", kind: kindCharmap, cmap: charmap.CodePage037}, "cp1140": {name: "charmap", kind: kindCharmap, cmap: charmap.CodePage1140},
		"cp437": {name: "charmap", kind: kindCharmap, cmap: charmap.CodePage437}, "cp850": {name: "charmap", kind: kindCharmap, cmap: charmap.CodePage850},
		"cp852": {name: "charmap", kind: kindCharmap, cmap: charmap.CodePage852}, "cp855": {name: "charmap", kind: kindCharmap, cmap: charmap.CodePage855},
		"cp858": {name: "charmap", kind: kindCharmap, cmap: charmap.CodePage858}, "cp860": {name: "charmap", kind: kindCharmap, cmap: charmap.CodePage860},
		"cp862": {name: "charmap", kind: kindCharmap, cmap: charmap.CodePage862}, "cp863": {name: "charmap", kind: kindCharmap, cmap: charmap.CodePage863},
		"cp865": {name: "charmap", kind: kindCharmap, cmap: charmap.CodePage865}, "cp866": {name: "charmap", kind: kindCharmap, cmap: charmap.CodePage866},
		"cp874":  {name: "charmap", kind: kindCharmap, cmap: charmap.Windows874},
		"cp1250": {name: "charmap", kind: kindCharmap, cmap: charmap.Windows1250}, "cp1251": {name: "charmap", kind: kindCharmap, cmap: charmap.Windows1251},
		"cp1252": {name: "charmap", kind: kindCharmap, cmap: charmap.Windows1252}, "cp1253": {name: "charmap", kind: kindCharmap, cmap: charmap.Windows1253},
		"cp1254": {name: "charmap", kind: kindCharmap, cmap: charmap.Windows1254}, "cp1255": {name: "charmap", kind: kindCharmap, cmap: charmap.Windows1255},
		"cp1256": {name: "charmap", kind: kindCharmap, cmap: charmap.Windows1256}, "cp1257": {name: "charmap", kind: kindCharmap, cmap: charmap.Windows1257},
		"cp1258":    {name: "charmap", kind: kindCharmap, cmap: charmap.Windows1258},
		"iso8859_2": {name: "charmap", kind: kindCharmap, cmap: charmap.ISO8859_2}, "iso8859_3": {name: "charmap", kind: kindCharmap, cmap: charmap.ISO8859_3},
		"iso8859_4": {name: "charmap", kind: kindCharmap, cmap: charmap.ISO8859_4}, "iso8859_5": {name: "charmap", kind: kindCharmap, cmap: charmap.ISO8859_5},
		"iso8859_6": {name: "charmap", kind: kindCharmap, cmap: charmap.ISO8859_6}, "iso8859_7": {name: "charmap", kind: kindCharmap, cmap: charmap.ISO8859_7},
		"iso8859_8": {name: "charmap", kind: kindCharmap, cmap: charmap.ISO8859_8}, "iso8859_9": {name: "charmap", kind: kindCharmap, cmap: charmap.ISO8859_9},
		"iso8859_10": {name: "charmap", kind: kindCharmap, cmap: charmap.ISO8859_10}, "iso8859_13": {name: "charmap", kind: kindCharmap, cmap: charmap.ISO8859_13},
		"iso8859_14": {name: "charmap", kind: kindCharmap, cmap: charmap.ISO8859_14}, "iso8859_15": {name: "charmap", kind: kindCharmap, cmap: charmap.ISO8859_15},
		"iso8859_16": {name: "charmap", kind: kindCharmap, cmap: charmap.ISO8859_16},
		"koi8_r":     {name: "charmap", kind: kindCharmap, cmap: charmap.KOI8R}, "koi8_u": {name: "charmap", kind: kindCharmap, cmap: charmap.KOI8U},
		"mac_roman": {name: "charmap", kind: kindCharmap, cmap: charmap.Macintosh}, "mac_cyrillic": {name: "charmap", kind: kindCharmap, cmap: charmap.MacintoshCyrillic},

		"base64_codec": {kind: kindBinary}, "bz2_codec": {kind: kindBinary}, "hex_codec": {kind: kindBinary},
		"quopri_codec": {kind: kindBinary}, "rot_13": {kind: kindBinary}, "uu_codec": {kind: kindBinary}, "zlib_codec": {kind: kindBinary},
	}
})

// Normalize normalizes a codec name as Python's codec registry does:
// lower case, each run of characters other than letters, digits and '.'
// read as one '_', and none at either end.
func Normalize(name string) string {
	var b strings.Builder
	punct := false
	for i := 0; i < len(name); i++ {
		c := name[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '.' {
			if punct && b.Len() > 0 {
				b.WriteByte('_')
			}
			b.WriteByte(c)
			punct = false
		} else {
			punct = true
		}
	}
	return b.String()
}

// Module returns the name of the encodings module of the codec name
// (utf_8, cp1252, base64_codec, ...), whether gilfree has the codec or
// not: the normalized name, through the alias table.
func Module(name string) string {
	norm := Normalize(name)
	if module, ok := codecAliases()[norm]; ok {
		return module
	}
	if module, ok := codecAliases()[strings.ReplaceAll(norm, ".", "_")]; ok {
		return module
	}
	return norm
}

// Lookup finds a codec by any of its Python names.
func Lookup(name string) (*Codec, bool) {
	c, ok := codecs()[Module(name)]
	return c, ok
}

// Modules lists the module names of every codec, for tests.
func Modules() map[string]*Codec { return codecs() }

// Aliases returns the alias table, for tests.
func Aliases() map[string]string { return codecAliases() }

// byteTable maps each byte to its character, or to -1 where the codec
// has none.
type byteTable [256]rune

var latin1Table = sync.OnceValue(func() *byteTable {
	var t byteTable
	for i := range t {
		t[i] = rune(i)
	}
	return &t
})

var (
	charmapTablesMu sync.Mutex
	charmapTables   = map[*charmap.Charmap]*byteTable{}
)

// charmapTable builds (once) the byte table of a charmap, as Python's
// codec of the same name decodes.
func charmapTable(m *charmap.Charmap) *byteTable {
	charmapTablesMu.Lock()
	defer charmapTablesMu.Unlock()
	if t, ok := charmapTables[m]; ok {
		return t
	}
	t := new(byteTable)
	for i := range t {
		t[i] = m.DecodeByte(byte(i))
		if t[i] == utf8.RuneError {
			t[i] = -1
		}
	}
	if iso8859WithControls[m] {
		for i := 0x80; i < 0xA0; i++ {
			t[i] = rune(i)
		}
	}
	for _, f := range charmapFixes[m] {
		t[f.b] = f.r
	}
	charmapTables[m] = t
	return t
}

// iso8859WithControls marks the ISO 8859 charmaps whose bytes 0x80..0x9F
// Python decodes to the C1 controls U+0080..U+009F, where x/text has no
// mapping.
var iso8859WithControls = map[*charmap.Charmap]bool{
	charmap.ISO8859_2: true, charmap.ISO8859_3: true, charmap.ISO8859_4: true, charmap.ISO8859_5: true,
	charmap.ISO8859_6: true, charmap.ISO8859_7: true, charmap.ISO8859_8: true, charmap.ISO8859_9: true,
	charmap.ISO8859_10: true, charmap.ISO8859_13: true, charmap.ISO8859_14: true, charmap.ISO8859_15: true,
	charmap.ISO8859_16: true,
}

// charmapFixes lists the other bytes where Python's tables differ from
// x/text's: KOI8-U as Python defines it (RFC 2319) has box drawings where
// x/text follows the later Ukrainian/Belarusian variant, and Python's
// cp1255 leaves 0xCA undefined.
var charmapFixes = map[*charmap.Charmap][]struct {
	b byte
	r rune
}{
	charmap.KOI8U:       {{0xAE, 0x255D}, {0xBE, 0x256C}},
	charmap.Windows1255: {{0xCA, -1}},
}
