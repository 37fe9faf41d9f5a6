package syntax

import (
	"bytes"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The tables of parser_cases_test.go hold CPython 3.11.7's answers: the
// ast.dump of each tree (ast.parse on the source's bytes, with
// type_comments for the TypeComments cases) and the class, message, line
// and offset of each SyntaxError. An offset of -1 is not compared: errors
// inside an f-string's expression are located by CPython 3.11 in a copy
// of that expression, which has no counterpart here.

type parseTreeTest struct {
	name  string
	src   string
	mode  Mode
	flags Flags
	attrs bool
	want  string
}

type parseErrorTest struct {
	src    string
	kind   ErrorKind
	msg    string
	line   int
	offset int
}

func TestParseTrees(t *testing.T) {
	for _, tt := range parseTreeTests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := Parse("<test>", []byte(tt.src), tt.mode, tt.flags)
			require.NoError(t, err)
			assert.Equal(t, tt.want, Dump(root, tt.attrs, -1))
		})
	}
}

func TestParseErrors(t *testing.T) {
	for _, tt := range parseErrorTests {
		t.Run(tt.src, func(t *testing.T) {
			root, err := Parse("<test>", []byte(tt.src), ModeExec, 0)
			require.Nil(t, root)
			require.IsType(t, &SyntaxError{}, err)
			se := err.(*SyntaxError)
			assert.Equal(t, tt.msg, se.Msg)
			assert.Equal(t, tt.kind, se.Kind)
			assert.Equal(t, tt.line, se.Lineno)
			if tt.offset >= 0 {
				assert.Equal(t, tt.offset, se.Offset)
			}
		})
	}
}

type parseModeTest struct {
	src    string
	mode   Mode
	isErr  bool
	want   string // the dump, or the error message
	kind   ErrorKind
	line   int
	offset int
}

func TestParseModes(t *testing.T) {
	for _, tt := range parseModeTests {
		t.Run(tt.src, func(t *testing.T) {
			root, err := Parse("<test>", []byte(tt.src), tt.mode, 0)
			if !tt.isErr {
				require.NoError(t, err)
				assert.Equal(t, tt.want, Dump(root, false, -1))
				return
			}
			require.IsType(t, &SyntaxError{}, err)
			se := err.(*SyntaxError)
			assert.Equal(t, tt.want, se.Msg)
			assert.Equal(t, tt.kind, se.Kind)
			assert.Equal(t, tt.line, se.Lineno)
			assert.Equal(t, tt.offset, se.Offset)
		})
	}
}

func TestParseTypeCommentErrors(t *testing.T) {
	// With type comments, CPython 3.11's error pass reports any error
	// after a def whose signature comment has a line of its own as a
	// missing block after that def.
	for _, tt := range parseTypeCommentErrorTests {
		_, err := Parse("<test>", []byte(tt.src), ModeExec, TypeComments)
		require.IsType(t, &SyntaxError{}, err)
		se := err.(*SyntaxError)
		assert.Equal(t, tt.msg, se.Msg)
		assert.Equal(t, tt.kind, se.Kind)
		assert.Equal(t, tt.line, se.Lineno)
		assert.Equal(t, tt.offset, se.Offset)
	}
}

func TestParseErrorFields(t *testing.T) {
	_, err := Parse("t.py", []byte("x = (1,\n  2\ny = [\n"), ModeExec, 0)
	require.IsType(t, &SyntaxError{}, err)
	assert.Equal(t, &SyntaxError{Kind: KindSyntaxError, Msg: "invalid syntax. Perhaps you forgot a comma?",
		Filename: "t.py", Lineno: 2, Offset: 3, EndLineno: 3, EndOffset: 2, Text: "  2"}, err)
	_, err = Parse("t.py", []byte("x = (1,\n  2,\ny = [\n"), ModeExec, 0)
	require.IsType(t, &SyntaxError{}, err)
	assert.Equal(t, &SyntaxError{Kind: KindSyntaxError, Msg: "'[' was never closed", Filename: "t.py",
		Lineno: 3, Offset: 5, EndLineno: 3, Text: "y = ["}, err)
}

func TestParseDeepNesting(t *testing.T) {
	// Long chains of prefix operators and nested brackets end in a
	// SyntaxError, not in a Go stack overflow.
	for _, src := range []string{
		repeat("not ", 100000) + "x\n",
		repeat("-", 100000) + "x\n",
		repeat("lambda: ", 50000) + "x\n",
		"x = " + repeat("a if b else ", 50000) + "c\n",
		"x = " + repeat("2 ** ", 50000) + "2\n",
		repeat("(", 201) + "x" + repeat(")", 201) + "\n",
		repeat("[", 300) + "\n",
	} {
		root, err := Parse("<test>", []byte(src), ModeExec, 0)
		require.Nil(t, root)
		require.IsType(t, &SyntaxError{}, err)
	}
}

func TestParseNestingLimit(t *testing.T) {
	// CPython allows 200 levels of brackets.
	_, err := Parse("<test>", []byte(repeat("(", 200)+"x"+repeat(")", 200)+"\n"), ModeExec, 0)
	require.NoError(t, err)
}

func repeat(s string, n int) string {
	b := make([]byte, 0, len(s)*n)
	for i := 0; i < n; i++ {
		b = append(b, s...)
	}
	return string(b)
}

// BenchmarkParseStdlib parses every file of the machine's CPython
// standard library (the conformance corpus) and reports lines per second,
// to compare with CPython's own compile() on the same files.
func BenchmarkParseStdlib(b *testing.B) {
	dir := pythonStdlib()
	if dir == "" {
		b.Skip("python3 not found")
	}
	var srcs [][]byte
	lines := 0
	for _, f := range stdlibFiles(dir) {
		src, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		srcs = append(srcs, src)
		lines += bytes.Count(src, []byte{'\n'})
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, src := range srcs {
			Parse("f.py", src, ModeExec, TypeComments)
		}
	}
	b.ReportMetric(float64(lines)*float64(b.N)/b.Elapsed().Seconds(), "lines/s")
}
