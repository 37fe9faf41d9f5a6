package syntax

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSyntaxErrorFormat checks the report against what CPython 3.11
// prints for an uncaught SyntaxError with the same attributes.
func TestSyntaxErrorFormat(t *testing.T) {
	tests := []struct {
		name string
		err  SyntaxError
		want string
	}{
		{"one caret", SyntaxError{Msg: "'(' was never closed", Filename: "e.py", Lineno: 1, Offset: 5, EndLineno: 1, Text: "x = (1,"},
			"  File \"e.py\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n"},
		{"a range", SyntaxError{Msg: "m", Filename: "e.py", Lineno: 1, Offset: 3, EndLineno: 1, EndOffset: 6, Text: "f(a b)\n"},
			"  File \"e.py\", line 1\n    f(a b)\n      ^^^\nSyntaxError: m\n"},
		{"indented text", SyntaxError{Msg: "m", Filename: "e.py", Lineno: 1, Offset: 5, EndLineno: 1, EndOffset: 8, Text: "  x = (1,\n"},
			"  File \"e.py\", line 1\n    x = (1,\n      ^^^\nSyntaxError: m\n"},
		{"offset in the indentation", SyntaxError{Kind: KindIndentationError, Msg: "unexpected indent", Filename: "e.py", Lineno: 1, Offset: 2, EndLineno: 1, EndOffset: -1, Text: "  x=1\n"},
			"  File \"e.py\", line 1\n    x=1\nIndentationError: unexpected indent\n"},
		{"no text", SyntaxError{Kind: KindTabError, Msg: "inconsistent use of tabs and spaces in indentation", Filename: "e.py", Lineno: 3},
			"  File \"e.py\", line 3\nTabError: inconsistent use of tabs and spaces in indentation\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.err.Format())
		})
	}
}
