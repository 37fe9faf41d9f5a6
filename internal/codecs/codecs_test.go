package codecs

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"gilfree/internal/python3"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCharmapsMatchPython compares the byte tables of every single-byte
// codec with Python's, both ways.
func TestCharmapsMatchPython(t *testing.T) {
	var names []string
	for module, c := range codecs() {
		if c.cmap != nil {
			names = append(names, module)
		}
	}
	out := python3.Run(t, `
import sys
for name in sys.argv[1:]:
    row = []
    for b in range(256):
        try:
            row.append("%x" % ord(bytes([b]).decode(name)))
        except UnicodeDecodeError:
            row.append("-1")
    print(name, " ".join(row))
`, names...)
	rows := strings.Split(strings.TrimSpace(string(out)), "\n")
	require.Len(t, rows, len(names))
	for _, row := range rows {
		fields := strings.Fields(row)
		c := codecs()[fields[0]]
		table := charmapTable(c.cmap)
		for b, f := range fields[1:] {
			want, err := strconv.ParseInt(f, 16, 32)
			require.NoError(t, err)
			assert.Equal(t, rune(want), table[b], "%s byte %#x", fields[0], b)
			if want >= 0 {
				enc, err := c.Encode(string(rune(want)), false, strictEncode)
				require.NoError(t, err)
				assert.Equal(t, []byte{byte(b)}, enc, "%s encodes %U", fields[0], want)
			}
		}
	}
}

var errStrict = errors.New("strict")

// failure records the first error a strict handler saw.
type failure struct {
	start, end int
	reason     string
}

func strictDecode(f *failure) DecodeHandler {
	return func(start, end int, reason string) (string, int, error) {
		*f = failure{start, end, reason}
		return "", 0, errStrict
	}
}

func strictEncode(int, int, string) (string, []byte, int, error) { return "", nil, 0, errStrict }

// TestDecode checks decodings and the spans and reasons of their errors
// against what python3 gave for the same bytes.
func TestDecode(t *testing.T) {
	tests := []struct {
		codec string
		in    string
		want  string
		fail  failure
	}{
		{"utf-16", "\xff\xfea\x00", "a", failure{}},
		{"utf-16", "\xfe\xff\x00a", "a", failure{}},
		{"utf-16", "a\x00", "a", failure{}},
		{"utf-16", "\xff\xfe\x00\xd8", "", failure{2, 4, "unexpected end of data"}},
		{"utf-16-le", "\x00\xd8a", "", failure{0, 3, "unexpected end of data"}},
		{"utf-16-le", "\x00\xdc\x00\x00", "", failure{0, 2, "illegal encoding"}},
		{"utf-16-le", "\x00\xd8\x00\x00", "", failure{0, 2, "illegal UTF-16 surrogate"}},
		{"utf-16-le", "=\xd8\x00\xde", "\U0001f600", failure{}},
		{"utf-16-be", "\x00\xd8", "Ø", failure{}},
		{"utf-32", "abc", "", failure{0, 3, "truncated data"}},
		{"utf-32", "\xff\xfe\x00\x00a\x00\x00\x00", "a", failure{}},
		{"utf-32-le", "\x00\x00\x11\x00", "", failure{0, 4, "code point not in range(0x110000)"}},
		{"utf-32-le", "\x00\xd8\x00\x00", "", failure{0, 4, "code point in surrogate code point range(0xd800, 0xe000)"}},
		{"utf-8-sig", "\xef\xbb\xbfabc", "abc", failure{}},
		{"utf-8-sig", "abc", "abc", failure{}},
		{"utf-8-sig", "\xef\xbb\xbf\xff", "", failure{0, 1, "invalid start byte"}},
		{"cp1252", "\x80a", "€a", failure{}},
		{"cp1252", "\x81", "", failure{0, 1, "character maps to <undefined>"}},
		{"ascii", "a\x80", "", failure{1, 2, "ordinal not in range(128)"}},
		{"latin-1", "\xe9", "é", failure{}},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s %q", tt.codec, tt.in), func(t *testing.T) {
			c, ok := Lookup(tt.codec)
			require.True(t, ok)
			var f failure
			got, err := c.Decode([]byte(tt.in), false, strictDecode(&f))
			if tt.fail.reason != "" {
				require.Error(t, err)
				assert.Equal(t, tt.fail, f)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestEncode checks encodings, the BOMs, and the runs of code points
// the handler is given.
func TestEncode(t *testing.T) {
	tests := []struct {
		codec string
		in    string
		want  string
		fail  failure
	}{
		{"utf-16", "ab", "\xff\xfea\x00b\x00", failure{}},
		{"utf-16-be", "a\U0001f600", "\x00a\xd8=\xde\x00", failure{}},
		{"utf-32", "ab", "\xff\xfe\x00\x00a\x00\x00\x00b\x00\x00\x00", failure{}},
		{"utf-8-sig", "ab", "\xef\xbb\xbfab", failure{}},
		{"cp1252", "€", "\x80", failure{}},
		{"ascii", "xé€y", "", failure{1, 3, "ordinal not in range(128)"}},
		{"latin-1", "a€b", "", failure{1, 2, "ordinal not in range(256)"}},
		{"cp1252", "a\u0081b", "", failure{1, 2, "character maps to <undefined>"}},
		{"utf-16-le", "a\xed\xa0\x80\xed\xb0\x80", "", failure{1, 2, "surrogates not allowed"}},
		{"utf-8", "a\xed\xa0\x80\xed\xb0\x80", "", failure{1, 3, "surrogates not allowed"}},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s %q", tt.codec, tt.in), func(t *testing.T) {
			c, ok := Lookup(tt.codec)
			require.True(t, ok)
			var f failure
			got, err := c.Encode(tt.in, false, func(start, end int, reason string) (string, []byte, int, error) {
				f = failure{start, end, reason}
				return "", nil, 0, errStrict
			})
			if tt.fail.reason != "" {
				require.Error(t, err)
				assert.Equal(t, tt.fail, f)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, []byte(tt.want), got)
		})
	}
}

// TestSurrogatePass checks that the UTF codecs carry lone surrogates
// both ways when asked to.
func TestSurrogatePass(t *testing.T) {
	lone := "x\xed\xa0\x80y" // 'x\ud800y'
	for _, name := range []string{"utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32"} {
		c, _ := Lookup(name)
		enc, err := c.Encode(lone, true, strictEncode)
		require.NoError(t, err, name)
		var f failure
		dec, err := c.Decode(enc, true, strictDecode(&f))
		require.NoError(t, err, name)
		assert.Equal(t, lone, dec, name)
	}
}

// TestHandlerResume checks replacements and resuming after them.
func TestHandlerResume(t *testing.T) {
	c, _ := Lookup("utf-16")
	got, err := c.Encode("a\xed\xa0\x80b", false, func(start, end int, _ string) (string, []byte, int, error) {
		return "?", nil, end, nil
	})
	require.NoError(t, err)
	assert.Equal(t, []byte("\xff\xfea\x00?\x00b\x00"), got)
	d, _ := Lookup("ascii")
	s, err := d.Decode([]byte("a\xff\xfeb"), false, func(start, end int, _ string) (string, int, error) {
		return "\ufffd", end, nil
	})
	require.NoError(t, err)
	assert.Equal(t, "a\ufffd\ufffdb", s)
	_, err = d.Encode("é", false, func(start, end int, _ string) (string, []byte, int, error) {
		return "ü", nil, end, nil
	})
	var re *ReplacementError
	require.ErrorAs(t, err, &re)
	assert.Equal(t, 0, re.Start)
}
