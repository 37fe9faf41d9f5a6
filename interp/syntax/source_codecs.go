package syntax

import (
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// This file holds the codecs a coding declaration can name: Python's
// codec names and aliases (those of its encodings package), mapped to
// decoders. Besides UTF-8, ASCII and latin-1, these are the single-byte
// code pages that golang.org/x/text/encoding/charmap provides, with the
// few bytes where its tables differ from Python's corrected (see
// charmapFixes). Python codecs not listed here (the CJK multi-byte
// codecs, UTF-16 and UTF-32, which could not decode a NUL-free file
// anyway, and rarer code pages) are reported as unknown encodings.

// codec decodes a whole source file.
type codec struct {
	name   string           // the codec's name in Python's error messages
	binary bool             // a bytes-to-bytes codec: not usable for source
	cmap   *charmap.Charmap // for the "charmap" codecs
}

// codecAliases maps a normalized codec name to the name of its module in
// Python's encodings package. It and codecs are built on first use: only
// a source file that declares its encoding needs them, and building the
// maps was a tenth of a millisecond of every start.
var codecAliases = sync.OnceValue(func() map[string]string {
	return map[string]string{
		"646": "ascii", "ansi_x3.4_1968": "ascii", "ansi_x3.4_1986": "ascii", "ansi_x3_4_1968": "ascii",
		"cp367": "ascii", "csascii": "ascii", "ibm367": "ascii", "iso646_us": "ascii", "iso_646.irv_1991": "ascii",
		"iso_ir_6": "ascii", "us": "ascii", "us_ascii": "ascii",

		"8859": "latin_1", "cp819": "latin_1", "csisolatin1": "latin_1", "ibm819": "latin_1", "iso8859": "latin_1",
		"iso8859_1": "latin_1", "iso_8859_1": "latin_1", "iso_8859_1_1987": "latin_1", "iso_ir_100": "latin_1",
		"l1": "latin_1", "latin": "latin_1", "latin1": "latin_1",

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
var codecs = sync.OnceValue(func() map[string]codec {
	return map[string]codec{
		"ascii":   {name: "ascii"},
		"latin_1": {name: "latin-1"},
		"utf_8":   {name: "utf-8"},

		"cp037": {name: "charmap", cmap: charmap.CodePage037}, "cp1140": {name: "charmap", cmap: charmap.CodePage1140},
		"cp437": {name: "charmap", cmap: charmap.CodePage437}, "cp850": {name: "charmap", cmap: charmap.CodePage850},
		"cp852": {name: "charmap", cmap: charmap.CodePage852}, "cp855": {name: "charmap", cmap: charmap.CodePage855},
		"cp858": {name: "charmap", cmap: charmap.CodePage858}, "cp860": {name: "charmap", cmap: charmap.CodePage860},
		"cp862": {name: "charmap", cmap: charmap.CodePage862}, "cp863": {name: "charmap", cmap: charmap.CodePage863},
		"cp865": {name: "charmap", cmap: charmap.CodePage865}, "cp866": {name: "charmap", cmap: charmap.CodePage866},
		"cp874":  {name: "charmap", cmap: charmap.Windows874},
		"cp1250": {name: "charmap", cmap: charmap.Windows1250}, "cp1251": {name: "charmap", cmap: charmap.Windows1251},
		"cp1252": {name: "charmap", cmap: charmap.Windows1252}, "cp1253": {name: "charmap", cmap: charmap.Windows1253},
		"cp1254": {name: "charmap", cmap: charmap.Windows1254}, "cp1255": {name: "charmap", cmap: charmap.Windows1255},
		"cp1256": {name: "charmap", cmap: charmap.Windows1256}, "cp1257": {name: "charmap", cmap: charmap.Windows1257},
		"cp1258":    {name: "charmap", cmap: charmap.Windows1258},
		"iso8859_2": {name: "charmap", cmap: charmap.ISO8859_2}, "iso8859_3": {name: "charmap", cmap: charmap.ISO8859_3},
		"iso8859_4": {name: "charmap", cmap: charmap.ISO8859_4}, "iso8859_5": {name: "charmap", cmap: charmap.ISO8859_5},
		"iso8859_6": {name: "charmap", cmap: charmap.ISO8859_6}, "iso8859_7": {name: "charmap", cmap: charmap.ISO8859_7},
		"iso8859_8": {name: "charmap", cmap: charmap.ISO8859_8}, "iso8859_9": {name: "charmap", cmap: charmap.ISO8859_9},
		"iso8859_10": {name: "charmap", cmap: charmap.ISO8859_10}, "iso8859_13": {name: "charmap", cmap: charmap.ISO8859_13},
		"iso8859_14": {name: "charmap", cmap: charmap.ISO8859_14}, "iso8859_15": {name: "charmap", cmap: charmap.ISO8859_15},
		"iso8859_16": {name: "charmap", cmap: charmap.ISO8859_16},
		"koi8_r":     {name: "charmap", cmap: charmap.KOI8R}, "koi8_u": {name: "charmap", cmap: charmap.KOI8U},
		"mac_roman": {name: "charmap", cmap: charmap.Macintosh}, "mac_cyrillic": {name: "charmap", cmap: charmap.MacintoshCyrillic},

		"base64_codec": {binary: true}, "bz2_codec": {binary: true}, "hex_codec": {binary: true},
		"quopri_codec": {binary: true}, "rot_13": {binary: true}, "uu_codec": {binary: true}, "zlib_codec": {binary: true},
	}
})

// lookupCodec finds a codec by any of its Python names, normalizing the
// name as Python's codec registry does: lower case, each run of
// characters other than letters, digits and '.' read as one '_', and
// none at either end.
func lookupCodec(name string) (codec, bool) {
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
	norm := b.String()
	module, ok := codecAliases()[norm]
	if !ok {
		module, ok = codecAliases()[strings.ReplaceAll(norm, ".", "_")]
	}
	if !ok {
		module = norm
	}
	c, ok := codecs()[module]
	return c, ok
}

// decode decodes a whole file. On failure it returns the offset of the
// first byte that cannot be decoded and Python's reason.
func (c codec) decode(text string) (string, int, string) {
	switch {
	case c.name == "utf-8":
		if !utf8.ValidString(text) {
			for i := 0; i < len(text); {
				r, n := utf8.DecodeRuneInString(text[i:])
				if r == utf8.RuneError && n <= 1 {
					return "", i, ""
				}
				i += n
			}
		}
		return text, -1, ""
	case c.name == "ascii":
		for i := 0; i < len(text); i++ {
			if text[i] >= utf8.RuneSelf {
				return "", i, "ordinal not in range(128)"
			}
		}
		return text, -1, ""
	}
	table := latin1Table()
	if c.cmap != nil {
		table = charmapTable(c.cmap)
	}
	b := make([]byte, 0, len(text)+len(text)/2)
	for i := 0; i < len(text); i++ {
		r := table[text[i]]
		if r < 0 {
			return "", i, "character maps to <undefined>"
		}
		b = utf8.AppendRune(b, r)
	}
	return string(b), -1, ""
}

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
