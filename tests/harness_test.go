package tests

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCompare checks when a gilfree run passes against python3's run.
func TestCompare(t *testing.T) {
	ok := &result{stdout: "a\nb\n"}
	tests := []struct {
		name      string
		want, got *result
		problem   string
	}{
		{"same output", ok, &result{stdout: "a\nb\n"}, ""},
		{"no python3", nil, &result{stdout: "anything\n"}, ""},
		{"exit status", ok, &result{exitCode: 1, stdout: "a\nb\n", stderr: "Traceback...\nValueError: x\n"},
			"exit status 1: ValueError: x"},
		{"time-out", ok, &result{exitCode: -1, err: errors.New("timed out after 1m0s")},
			"timed out after 1m0s: "},
		{"different output", ok, &result{stdout: "a\nc\n"},
			"standard output differs from python3's (-python3 +gilfree):\n@@ line 2 @@\n a\n-b\n+c\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.problem, compare(tt.want, tt.got))
		})
	}
}

// TestDiffLines checks the difference shown for two outputs.
func TestDiffLines(t *testing.T) {
	tests := []struct {
		name, a, b, want string
	}{
		{"changed middle line", "1\n2\n3\n", "1\nX\n3\n", "@@ line 2 @@\n 1\n-2\n+X\n 3\n"},
		{"missing last line", "1\n2\n", "1\n", "@@ line 2 @@\n 1\n-2\n"},
		{"extra first line", "1\n", "0\n1\n", "@@ line 1 @@\n+0\n 1\n"},
		{"no final newline", "1\n", "1", "@@ line 1 @@\n-1\n+1\n\\ no newline at end\n"},
		{"empty output", "", "x\n", "@@ line 1 @@\n+x\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, diffLines(tt.a, tt.b))
		})
	}
}

// TestReadXfail checks the format of the list of expected failures.
func TestReadXfail(t *testing.T) {
	path := filepath.Join(t.TempDir(), "xfail.txt")
	text := "# comment line\n\na.py\n  b.py   # trailing comment\n#c.py\n"
	require.NoError(t, os.WriteFile(path, []byte(text), 0o644))
	names, err := readXfail(path)
	require.NoError(t, err)
	assert.Equal(t, map[string]bool{"a.py": true, "b.py": true}, names)

	_, err = readXfail(filepath.Join(t.TempDir(), "missing.txt"))
	assert.Error(t, err)
}

// TestDebugRunsInDebugMode checks that the environment TestScripts gives
// its second run of each script really turns gilfree's debug mode on: the
// allocation report says which mode ran, and that the debug run recycled
// nothing.
func TestDebugRunsInDebugMode(t *testing.T) {
	gilfree := buildGilfree(t)
	script := filepath.Join(t.TempDir(), "floats.py")
	require.NoError(t, os.WriteFile(script, []byte("x = 0.5\nfor i in range(1000):\n    x = x * 1.5 % 7.0 + i\nprint(x > 0)\n"), 0o644))
	for _, tt := range []struct {
		env  []string
		mode string
	}{
		{nil, "(debug mode off)"},
		{[]string{"GILFREE_DEBUG=1"}, "(debug mode on: freed objects are poisoned, never reused)"},
	} {
		r := runArgs(t, gilfree, []string{"-X", "allocstats", script}, tt.env)
		require.False(t, r.failed(), "%s: %s", r.status(), r.stderr)
		assert.Equal(t, "True\n", r.stdout)
		assert.Contains(t, r.stderr, tt.mode)
		assert.Contains(t, r.stderr, "freed == allocated - reachable: holds")
	}
}
