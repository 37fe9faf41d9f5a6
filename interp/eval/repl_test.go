package eval

import (
	"io"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestComplete checks when the interactive prompt runs what was typed and
// when it asks for more.
func TestComplete(t *testing.T) {
	tests := []struct {
		src   string
		blank bool
		want  bool
	}{
		{"1 + 1\n", false, true},
		{"x = = 1\n", false, true}, // an error more input cannot cure
		{"for i in range(3):\n", false, false},
		{"for i in range(3):\n    i\n", false, false}, // a compound statement waits for an empty line
		{"for i in range(3):\n    i\n\n", true, true},
		{"(1,\n", false, false},
		{"(1,\n 2)\n", false, true},
		{"s = '''a\n", false, false},
		{"x = 1 + \\\n", false, false},
		{"@decorator\n", false, false},
		{"class A:\n", false, false},
		{"if x:\n    pass\nelse:\n", false, false},
		{"print('a'); print('b')\n", false, true},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, complete(tt.src, tt.blank), "%q", tt.src)
	}
}

// TestLineReaderInterrupt checks that Ctrl-C at a prompt ends the wait
// for a line, and that the next line is then read as usual.
func TestLineReaderInterrupt(t *testing.T) {
	pr, pw := io.Pipe()
	lr := newLineReader(pr)
	intr := make(chan struct{}, 1)
	intr <- struct{}{}
	_, err := lr.readLine(intr)
	require.ErrorIs(t, err, errInterrupted)

	go func() {
		pw.Write([]byte("first\nsecond"))
		pw.Close()
	}()
	line, err := lr.readLine(intr)
	require.NoError(t, err)
	assert.Equal(t, "first\n", line)
	buf := make([]byte, 3)
	n, err := lr.Read(buf)
	require.NoError(t, err)
	assert.Equal(t, "sec", string(buf[:n]), "sys.stdin reads from the same buffer")
	line, err = lr.readLine(intr)
	assert.Equal(t, "ond", line)
	assert.ErrorIs(t, err, io.EOF)
}
