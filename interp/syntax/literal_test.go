package syntax

import (
	"sort"
	"strconv"
	"strings"
	"testing"

	"gilfree/internal/python3"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/runenames"
)

// literalCases were checked against CPython 3.11: each body was written
// between triple quotes with the given prefix and compiled; want is the
// value's UTF-8 (surrogatepass) encoding, or err the SyntaxError message.
var literalCases = []struct {
	body  string
	raw   bool
	bytes bool
	want  string
	err   string
}{
	{"", false, false, "", ""},
	{"abc", false, false, "abc", ""},
	{"h\xc3\xa9llo", false, false, "h\xc3\xa9llo", ""},
	{"a\\nb", false, false, "a\x0ab", ""},
	{"\\\\ \\' \\\" \\a \\b \\f \\n \\r \\t \\v", false, false, "\\ ' \" \x07 \x08 \x0c \x0a \x0d \x09 \x0b", ""},
	{"\\0 \\7 \\07 \\077 \\0777 \\777 \\400 \\8 \\9", false, false, "\x00 \x07 \x07 ? ?7 \xc7\xbf \xc4\x80 \\8 \\9", ""},
	{"\\x41\\x4a\\x4A\\xff", false, false, "AJJ\xc3\xbf", ""},
	{"\\u00e9\\u20AC\\U0001F600\\U0010ffff", false, false, "\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\xf4\x8f\xbf\xbf", ""},
	{"\\ud800", false, false, "\xed\xa0\x80", ""},
	{"\\ud83d\\ude00", false, false, "\xed\xa0\xbd\xed\xb8\x80", ""},
	{"\\udfff x", false, false, "\xed\xbf\xbf x", ""},
	{"\\q \\z \\{ \\ \\u", false, false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 11-12: truncated \\uXXXX escape"},
	{"a\\\x0ab", false, false, "ab", ""},
	{"a\\\x0d\x0ab", false, false, "ab", ""},
	{"a\x0d\x0ab\x0dc", false, false, "a\x0ab\x0ac", ""},
	{"\\N{LATIN SMALL LETTER A}", false, false, "a", ""},
	{"\\N{latin small letter sharp s}", false, false, "\xc3\x9f", ""},
	{"\\N{LF}\\N{nul}\\N{BOM}", false, false, "\x0a\x00\xef\xbb\xbf", ""},
	{"\\N{CJK UNIFIED IDEOGRAPH-8000}", false, false, "\xe8\x80\x80", ""},
	{"\\N{CJK UNIFIED IDEOGRAPH-2A6DF}", false, false, "\xf0\xaa\x9b\x9f", ""},
	{"\\N{HANGUL SYLLABLE GA}\\N{HANGUL SYLLABLE GAG}\\N{HANGUL SYLLABLE HIH}\\N{HANGUL SYLLABLE A}", false, false, "\xea\xb0\x80\xea\xb0\x81\xed\x9e\xa3\xec\x95\x84", ""},
	{"\\N{EM DASH}x\\N{SNAKE}", false, false, "\xe2\x80\x94x\xf0\x9f\x90\x8d", ""},
	{"\\N{KELVIN SIGN}", false, false, "\xe2\x84\xaa", ""},
	{"\\N{LATIN CAPITAL LETTER GHA}", false, false, "\xc6\xa2", ""},
	{"\xc3\xa9\\\xc3\xa9", false, false, "\xc3\xa9\\\xc3\xa9", ""},
	{"\\\\\xc3\xa9", false, false, "\\\xc3\xa9", ""},
	{"\\x4\\n", true, false, "\\x4\\n", ""},
	{"\\N{foo}\x0d\x0a", true, false, "\\N{foo}\x0a", ""},
	{"\\x4", false, false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape"},
	{"\\x", false, false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape"},
	{"ab\\x4g", false, false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: truncated \\xXX escape"},
	{"\xc3\xa9\\x4", false, false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \\xXX escape"},
	{"\xc3\xa9\xc3\xa9\\x4", false, false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 20-22: truncated \\xXX escape"},
	{"\\u12", false, false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape"},
	{"\\U1234", false, false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-5: truncated \\UXXXXXXXX escape"},
	{"\\U00110000", false, false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character"},
	{"\\Uffffffff", false, false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character"},
	{"\\N{foo}", false, false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name"},
	{"\\N{", false, false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape"},
	{"\\N", false, false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape"},
	{"\\N{}", false, false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape"},
	{"\\Nx", false, false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape"},
	{"ab\\N{LATIN SMALL LETTER A", false, false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-24: malformed \\N character escape"},
	{"\\N{cjk unified ideograph-8000}", false, false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-29: unknown Unicode character name"},
	{"\\N{hangul syllable ga}", false, false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-21: unknown Unicode character name"},
	{"\\N{HANGUL SYLLABLE GAX}", false, false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-22: unknown Unicode character name"},
	{"\\N{TANGUT IDEOGRAPH-17000}", false, false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-25: unknown Unicode character name"},
	{"\\N{SHAKING FACE}", false, false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-15: unknown Unicode character name"},
	{"\\N{KEYCAP NUMBER SIGN}", false, false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-21: unknown Unicode character name"},
	{"\\N{\xc3\xa9}", false, false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-13: unknown Unicode character name"},
	{"\xc3\xa9\\N{foo}", false, false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-16: unknown Unicode character name"},
	{"\\x\xc3\xa9", false, false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape"},
	{"\\\xc3\xa9\\x4", false, false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 16-18: truncated \\xXX escape"},
	{"\\\\\xc3\xa9\\x4", false, false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 12-14: truncated \\xXX escape"},
	{"\\u\xc3\xa9", false, false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\uXXXX escape"},
	{"\xc3\xa9\\N{ab\xc3\xa9", false, false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-24: malformed \\N character escape"},
	{"a\x0d\x0a\\x4", false, false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: truncated \\xXX escape"},
	{"", false, true, "", ""},
	{"abc", false, true, "abc", ""},
	{"\\x41\\xff\\xFe", false, true, "A\xff\xfe", ""},
	{"\\0\\7\\07\\077\\0777\\777\\400\\8", false, true, "\x00\x07\x07??7\xff\x00\\8", ""},
	{"\\u1234\\U00012345\\N{LF}", false, true, "\\u1234\\U00012345\\N{LF}", ""},
	{"\\\\ \\' \\\" \\a \\b \\f \\n \\r \\t \\v \\q", false, true, "\\ ' \" \x07 \x08 \x0c \x0a \x0d \x09 \x0b \\q", ""},
	{"a\\\x0ab", false, true, "ab", ""},
	{"a\x0d\x0ab", false, true, "a\x0ab", ""},
	{"\\x4\\n", true, true, "\\x4\\n", ""},
	{"\\x4", false, true, "", "(value error) invalid \\x escape at position 0"},
	{"ab\\x", false, true, "", "(value error) invalid \\x escape at position 2"},
	{"ab\\xg0", false, true, "", "(value error) invalid \\x escape at position 2"},
	{"\xc3\xa9", false, true, "", "bytes can only contain ASCII literal characters"},
	{"\xc3\xa9", true, true, "", "bytes can only contain ASCII literal characters"},
	{"ab\xe9\xe9", false, false, "", "(unicode error) 'utf-8' codec can't decode byte 0xe9 in position 2: invalid continuation byte"},
	{"a\\\\\xf6", false, false, "", "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 0: invalid start byte"},
	{"\xe9", false, false, "", "(unicode error) 'utf-8' codec can't decode byte 0xe9 in position 0: unexpected end of data"},
	{"\xe2\x82", false, false, "", "(unicode error) 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"},
	{"\xe2\x82x", false, false, "", "(unicode error) 'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte"},
	{"\xed\xa0\x80", false, false, "", "(unicode error) 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte"},
	{"\\n\xe2\x82", false, false, "", "(unicode error) 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"},
	{"x\xf0\x90\x80", false, false, "", "(unicode error) 'utf-8' codec can't decode bytes in position 1-3: unexpected end of data"},
	{"\\x4\xff", false, false, "", "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"},
	{"\xc3", true, false, "", "(unicode error) 'utf-8' codec can't decode byte 0xc3 in position 0: unexpected end of data"},
	{"\\n\xc3\xa9\xff\xc3\xa9", false, false, "", "(unicode error) 'utf-8' codec can't decode byte 0xff in position 2: invalid start byte"},
	{"\xe0\x80", false, false, "", "(unicode error) 'utf-8' codec can't decode byte 0xe0 in position 0: invalid continuation byte"},
	{"\xf4\x90\x80\x80", false, false, "", "(unicode error) 'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte"},
	{"\xc0\xaf", false, false, "", "(unicode error) 'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte"},
	{"\xf0\x9f\x98", false, false, "", "(unicode error) 'utf-8' codec can't decode bytes in position 0-2: unexpected end of data"},
	{"a\xf0\x9f\x98\x80\\t\xe9\xe9", false, false, "", "(unicode error) 'utf-8' codec can't decode byte 0xe9 in position 0: invalid continuation byte"},
}

func TestDecodeLiterals(t *testing.T) {
	for _, c := range literalCases {
		var got string
		var err error
		if c.bytes {
			var b Bytes
			b, err = DecodeBytesLiteral(c.body, c.raw)
			got = string(b)
		} else {
			got, err = DecodeStringLiteral(c.body, c.raw)
		}
		if c.err != "" {
			var se *SyntaxError
			require.ErrorAs(t, err, &se, "body %q", c.body)
			assert.Equal(t, c.err, se.Msg, "body %q", c.body)
			continue
		}
		require.NoError(t, err, "body %q", c.body)
		assert.Equal(t, c.want, got, "body %q", c.body)
	}
}

func TestDecodeLiteralNoAllocation(t *testing.T) {
	body := strings.Repeat("plain text, no escapes é ", 20)
	allocs := testing.AllocsPerRun(100, func() {
		s, err := DecodeStringLiteral(body, false)
		if err != nil || len(s) != len(body) {
			t.Fatal("unexpected result")
		}
		b, err := DecodeBytesLiteral("abc def", false)
		if err != nil || len(b) != 7 {
			t.Fatal("unexpected result")
		}
	})
	assert.Zero(t, allocs)
}

func TestCharNameAliasesSorted(t *testing.T) {
	assert.True(t, sort.SliceIsSorted(charNameAliases[:], func(i, j int) bool {
		return charNameAliases[i].name < charNameAliases[j].name
	}))
}

func TestLookupCharName(t *testing.T) {
	for name, want := range map[string]rune{
		"LATIN SMALL LETTER A":             'a',
		"Latin Small Letter A":             'a',
		"SPACE":                            ' ',
		"NULL":                             0,
		"nel":                              0x85,
		"CJK UNIFIED IDEOGRAPH-3400":       0x3400,
		"CJK UNIFIED IDEOGRAPH-3134A":      0x3134A,
		"CJK COMPATIBILITY IDEOGRAPH-F900": 0xF900,
		"HANGUL SYLLABLE GGYAEGG":          0xAEA2,
		"HANGUL SYLLABLE YI":               0xC758,
		"TANGUT COMPONENT-001":             0x18800,
		"GRINNING FACE":                    0x1F600,
	} {
		r, ok := lookupCharName(name)
		require.True(t, ok, name)
		assert.Equal(t, want, r, name)
	}
	for _, name := range []string{"", "LATIN SMALL LETTER", "CJK UNIFIED IDEOGRAPH-3134B", "CJK UNIFIED IDEOGRAPH-f900", "HANGUL SYLLABLE", "HANGUL SYLLABLE GAGX", "SHAKING FACE", "LATIN SMALL LETTER Ä"} {
		_, ok := lookupCharName(name)
		assert.False(t, ok, name)
	}
}

// TestCharNamesMatchPython checks every character name that CPython 3.11
// knows (and no other) against lookupCharName.
func TestCharNamesMatchPython(t *testing.T) {
	out := python3.Run(t, `
import unicodedata
for plane in (0, 1, 2, 3, 14):
    for c in range(plane << 16, (plane + 1) << 16):
        n = unicodedata.name(chr(c), None)
        if n:
            print("%x %s" % (c, n))
`)
	known := map[rune]bool{}
	for _, l := range lines(out) {
		code, name, _ := strings.Cut(l, " ")
		n, err := strconv.ParseUint(code, 16, 32)
		require.NoError(t, err)
		r, ok := lookupCharName(name)
		if assert.True(t, ok, name) {
			assert.Equal(t, rune(n), r, name)
		}
		known[rune(n)] = true
	}
	require.Greater(t, len(known), 100000)
	for _, plane := range namedPlanes {
		for r := plane << 16; r < (plane+1)<<16; r++ {
			if name := runenames.Name(r); !known[r] && name != "" && name[0] != '<' {
				_, ok := lookupCharName(name)
				assert.False(t, ok, "%s is not a name in CPython 3.11", name)
			}
		}
	}
}

// TestReplaceInvalidUTF8 checks against CPython's bytes.decode("utf-8",
// "replace").
func TestReplaceInvalidUTF8(t *testing.T) {
	for in, want := range map[string]string{
		"print(\"b\xf6se\")": "print(\"b\xef\xbf\xbdse\")",
		"a\xe2\x82b":         "a\xef\xbf\xbdb",
		"\xed\xa0\x80x":      "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbdx",
		"\xf0\x9f\x98":       "\xef\xbf\xbd",
		"\xff\xfe":           "\xef\xbf\xbd\xef\xbf\xbd",
		"ok \xc3\xa9":        "ok \xc3\xa9",
	} {
		assert.Equal(t, want, ReplaceInvalidUTF8(in), "%q", in)
	}
}
