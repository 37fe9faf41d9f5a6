package syntax

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// scanText tokenizes src (with NL and COMMENT tokens when trivia is set)
// and renders the stream compactly: operators as their text, names,
// numbers, strings and comments as KIND:text, and layout tokens by kind.
func scanText(src string, flags Flags, trivia bool) (string, *SyntaxError) {
	s := newScanner("<test>", src, flags)
	s.trivia = trivia
	s.scan()
	var out []string
	for _, t := range s.toks {
		text := src[t.Start:t.End]
		switch {
		case t.Kind == ENDMARKER || t.Kind == NEWLINE || t.Kind == INDENT || t.Kind == DEDENT || t.Kind == NL:
			out = append(out, t.Kind.String())
		case t.Kind >= LPAR && t.Kind <= ERRORTOKEN || t.Kind.IsKeyword():
			out = append(out, text)
		default:
			if strings.ContainsAny(text, " \n\t") {
				text = fmt.Sprintf("%q", text)
			}
			out = append(out, t.Kind.String()+":"+text)
		}
	}
	return strings.Join(out, " "), s.err
}

func TestScanTokens(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"indentation with tabs", "if x:\n\tif y:\n\t\tpass\nz\n",
			"if NAME:x : NEWLINE INDENT if NAME:y : NEWLINE INDENT pass NEWLINE DEDENT DEDENT NAME:z NEWLINE ENDMARKER"},
		{"blank and comment lines are NL", "a\n\n# c\n  # d\nb\n",
			"NAME:a NEWLINE NL COMMENT:\"# c\" NL COMMENT:\"# d\" NL NAME:b NEWLINE ENDMARKER"},
		{"brackets join lines", "z = (1,\n 2)\n",
			"NAME:z = ( NUMBER:1 , NL NUMBER:2 ) NEWLINE ENDMARKER"},
		{"backslash continuation", "x = 1 + \\\n  2\n",
			"NAME:x = NUMBER:1 + NUMBER:2 NEWLINE ENDMARKER"},
		{"dedent to an outer level", "if a:\n  if b:\n    c\n  d\ne\n",
			"if NAME:a : NEWLINE INDENT if NAME:b : NEWLINE INDENT NAME:c NEWLINE DEDENT NAME:d NEWLINE DEDENT NAME:e NEWLINE ENDMARKER"},
		{"form feed resets the column", "if a:\n  b\n\f  c\n",
			"if NAME:a : NEWLINE INDENT NAME:b NEWLINE NAME:c NEWLINE DEDENT ENDMARKER"},
		{"string prefixes", "b'x' rb'y' Rb'''z''' u\"w\" BR'v' r'\\'' U'u'\n",
			"STRING:b'x' STRING:rb'y' STRING:Rb'''z''' STRING:u\"w\" STRING:BR'v' STRING:r'\\'' STRING:U'u' NEWLINE ENDMARKER"},
		{"not a prefix", "ub'x' bu'y'\n",
			"NAME:ub STRING:'x' NAME:bu STRING:'y' NEWLINE ENDMARKER"},
		{"triple-quoted string over lines", "s = '''a\nb''' \"\"\"\"\"\"\n",
			"NAME:s = STRING:\"'''a\\nb'''\" STRING:\"\"\"\"\"\" NEWLINE ENDMARKER"},
		{"escaped line break in a string", "'a\\\nb'\n",
			"STRING:\"'a\\\\\\nb'\" NEWLINE ENDMARKER"},
		{"numbers", "0 00 0x_1F 0o17 0B1_0 1_000 1. .5 1e-3 1E+3_0 1.5j 3J 1_0.0_1e1_0\n",
			"NUMBER:0 NUMBER:00 NUMBER:0x_1F NUMBER:0o17 NUMBER:0B1_0 NUMBER:1_000 NUMBER:1. NUMBER:.5 NUMBER:1e-3 NUMBER:1E+3_0 NUMBER:1.5j NUMBER:3J NUMBER:1_0.0_1e1_0 NEWLINE ENDMARKER"},
		{"number before a keyword", "1if 2else 3or 0x1for\n",
			"NUMBER:1 if NUMBER:2 else NUMBER:3 or NUMBER:0x1f or NEWLINE ENDMARKER"},
		{"operators", "+ - * / // % ** @ << >> & | ^ ~ < > <= >= == != -> := ... . , ; : = += -= *= /= //= %= **= @= <<= >>= &= |= ^=\n",
			"+ - * / // % ** @ << >> & | ^ ~ < > <= >= == != -> := ... . , ; : = += -= *= /= //= %= **= @= <<= >>= &= |= ^= NEWLINE ENDMARKER"},
		{"keywords and soft keywords", "async await match case _ type lambda\n",
			"async await NAME:match NAME:case NAME:_ NAME:type lambda NEWLINE ENDMARKER"},
		{"non-ASCII names", "ñame = ℌ\n",
			"NAME:ñame = NAME:ℌ NEWLINE ENDMARKER"},
		{"f-string pieces", "f'a{x!r:>{w}} {{b}}'\n",
			"FSTRING_START:f' FSTRING_MIDDLE:a { NAME:x ! NAME:r : FSTRING_MIDDLE:> { NAME:w } } FSTRING_MIDDLE:\" {{b}}\" FSTRING_END:' NEWLINE ENDMARKER"},
		{"f-string with nested quotes and a dict", "F\"{d['k']} {x=} { {1: 2}[1] }\"\n",
			"FSTRING_START:F\" { NAME:d [ STRING:'k' ] } FSTRING_MIDDLE:\" \" { NAME:x = } FSTRING_MIDDLE:\" \" { { NUMBER:1 : NUMBER:2 } [ NUMBER:1 ] } FSTRING_END:\" NEWLINE ENDMARKER"},
		{"nested f-strings and named escapes", "rf'{f\"{1}\"}' f'\\N{DASH}{a}'\n",
			"FSTRING_START:rf' { FSTRING_START:f\" { NUMBER:1 } FSTRING_END:\" } FSTRING_END:' FSTRING_START:f' FSTRING_MIDDLE:\\N{DASH} { NAME:a } FSTRING_END:' NEWLINE ENDMARKER"},
		{"no NEWLINE at the end", "x", "NAME:x NEWLINE ENDMARKER"},
		{"errors characters", "$ ? !\n", "$ ? ! NEWLINE ENDMARKER"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := scanText(tt.src, 0, true)
			require.Nil(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestScanTypeComments(t *testing.T) {
	src := "x = 1  # type: int\ndef f():\n    # type: () -> None\n    pass  # type: ignore[no-any]\n#type:ignore\n"
	s := newScanner("<test>", src, TypeComments)
	s.scan()
	require.Nil(t, s.err)
	var comments []string
	for _, t := range s.toks {
		if t.Kind == TYPE_COMMENT {
			comments = append(comments, src[t.Start:t.End])
		}
	}
	assert.Equal(t, []string{"int", "() -> None"}, comments)
	require.Len(t, s.typeIgnores, 2)
	assert.Equal(t, TypeIgnore{Lineno: 4, Tag: "[no-any]"}, *s.typeIgnores[0])
	assert.Equal(t, TypeIgnore{Lineno: 5, Tag: ""}, *s.typeIgnores[1])
	got, _ := scanText("def f():\n    # type: () -> None\n    pass\n", TypeComments, false)
	assert.Equal(t, "def NAME:f ( ) : NEWLINE TYPE_COMMENT:\"() -> None\" NEWLINE INDENT pass NEWLINE DEDENT ENDMARKER", got)
}

func TestScanPositions(t *testing.T) {
	src := "x = '''a\nbc''' + é\n"
	s := newScanner("<test>", src, 0)
	s.scan()
	require.Nil(t, s.err)
	type span struct{ line, col, endLine, endCol int32 }
	var got []span
	for _, t := range s.toks {
		got = append(got, span{t.Line, t.Col, t.EndLine, t.EndCol})
	}
	// Columns are byte offsets; the string spans two lines; NEWLINE sits
	// on its line break and the ENDMARKER on the last line.
	assert.Equal(t, []span{{1, 0, 1, 1}, {1, 2, 1, 3}, {1, 4, 2, 5}, {2, 6, 2, 7}, {2, 8, 2, 10}, {2, 10, 2, 10}, {2, -1, 2, -1}}, got)
}

func TestScanErrors(t *testing.T) {
	tests := []struct {
		src      string
		kind     ErrorKind
		msg      string
		line     int
		offset   int
		deferred bool
	}{
		{"x = 'abc\n", KindSyntaxError, "unterminated string literal (detected at line 1)", 1, 5, false},
		{"x = '''abc\n\n", KindSyntaxError, "unterminated triple-quoted string literal (detected at line 2)", 1, 5, false},
		{"x = f'{a}\n", KindSyntaxError, "unterminated string literal (detected at line 1)", 1, 5, false},
		{"x = 08\n", KindSyntaxError, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, false},
		{"x = 1_\n", KindSyntaxError, "invalid decimal literal", 1, 6, false},
		{"x = 1ex\n", KindSyntaxError, "invalid decimal literal", 1, 5, false},
		{"x = 0x\n", KindSyntaxError, "invalid hexadecimal literal", 1, 6, false},
		{"x = 0o8\n", KindSyntaxError, "invalid digit '8' in octal literal", 1, 7, false},
		{"x = 0b12\n", KindSyntaxError, "invalid digit '2' in binary literal", 1, 8, false},
		{"x = 1j2\n", KindSyntaxError, "invalid imaginary literal", 1, 6, false},
		{"x = 1.__class__\n", KindSyntaxError, "invalid decimal literal", 1, 6, false},
		{"a = « b\n", KindSyntaxError, "invalid character '«' (U+00AB)", 1, 5, false},
		{"x€y = 1\n", KindSyntaxError, "invalid character '€' (U+20AC)", 1, 2, false},
		{"x\u00a0= 1\n", KindSyntaxError, "invalid non-printable character U+00A0", 1, 2, false},
		{"x = 1\x01\n", KindSyntaxError, "invalid non-printable character U+0001", 1, 6, false},
		{"x = )\n", KindSyntaxError, "unmatched ')'", 1, 5, false},
		{"x = (1,\n  ]\n", KindSyntaxError, "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 3, false},
		{"x = [\n", KindSyntaxError, "'[' was never closed", 1, 5, true},
		{"x = 1 \\ 2\n", KindSyntaxError, "unexpected character after line continuation character", 1, 8, true},
		{"x = 1 + \\\n", KindSyntaxError, "unexpected EOF while parsing", 1, 10, true},
		{"if 1:\n  x\n y\n", KindIndentationError, "unindent does not match any outer indentation level", 3, 3, true},
		{"if 1:\n\tx\n        y\n", KindTabError, "inconsistent use of tabs and spaces in indentation", 3, 1, true},
		{"if 1:\n        x\n\ty\n", KindTabError, "inconsistent use of tabs and spaces in indentation", 3, 1, true},
		{strings.Repeat("(", 201) + "\n", KindSyntaxError, "too many nested parentheses", 1, 201, false},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			s := newScanner("<test>", tt.src, 0)
			s.scan()
			require.NotNil(t, s.err)
			assert.Equal(t, tt.kind, s.err.Kind)
			assert.Equal(t, tt.msg, s.err.Msg)
			assert.Equal(t, tt.line, s.err.Lineno)
			assert.Equal(t, tt.offset, s.err.Offset)
			assert.Equal(t, tt.deferred, s.errDeferred)
		})
	}
}

func TestScanTooDeep(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 101; i++ {
		fmt.Fprintf(&b, "%sif x:\n", strings.Repeat(" ", i))
	}
	s := newScanner("<test>", b.String(), 0)
	s.scan()
	require.NotNil(t, s.err)
	assert.Equal(t, "too many levels of indentation", s.err.Msg)
	assert.Equal(t, 101, s.err.Lineno)
}
