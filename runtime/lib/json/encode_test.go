package json

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAppendString checks JSON string escaping with and without
// ensure_ascii.
func TestAppendString(t *testing.T) {
	tests := []struct {
		in, ascii, raw string
	}{
		{"plain", `"plain"`, `"plain"`},
		{"q\"b\\s/", `"q\"b\\s/"`, `"q\"b\\s/"`},
		{"\n\r\t\b\f\x01\x1f", `"\n\r\t\b\f\u0001\u001f"`, `"\n\r\t\b\f\u0001\u001f"`},
		{"\x7f", `"\u007f"`, "\"\x7f\""},
		{"é日", `"\u00e9\u65e5"`, `"é日"`},
		{"𝄞", `"\ud834\udd1e"`, `"𝄞"`},
		{"", `""`, `""`},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.ascii, string(appendString(nil, tt.in, true)), "%q", tt.in)
		assert.Equal(t, tt.raw, string(appendString(nil, tt.in, false)), "%q", tt.in)
	}
}

// TestHex4 checks the \uXXXX digit reader.
func TestHex4(t *testing.T) {
	tests := []struct {
		in string
		r  rune
		ok bool
	}{
		{"00e9", 0xE9, true}, {"ABCD", 0xABCD, true}, {"dFfF", 0xDFFF, true},
		{"12", 0, false}, {"12G4", 0, false}, {"+123", 0, false},
	}
	for _, tt := range tests {
		r, ok := hex4(tt.in, 0)
		assert.Equal(t, tt.ok, ok, tt.in)
		if ok {
			assert.Equal(t, tt.r, r, tt.in)
		}
	}
}
