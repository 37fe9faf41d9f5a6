package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// python3Stdin runs python3 with standard input, or skips the test.
func python3Stdin(t *testing.T, dir, stdin string, args ...string) (int, string, string) {
	t.Helper()
	path, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found; skipping the comparison with CPython")
	}
	cmd := exec.Command(path, args...)
	cmd.Dir = dir
	cmd.Stdin = strings.NewReader(stdin)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	status := 0
	if ee, ok := err.(*exec.ExitError); ok {
		status = ee.ExitCode()
	} else {
		require.NoError(t, err)
	}
	return status, stdout.String(), stderr.String()
}

// withoutBanner drops the two banner lines an interactive session
// starts with, which name the interpreter.
func withoutBanner(stderr string) string {
	lines := strings.SplitAfterN(stderr, "\n", 3)
	if len(lines) < 3 {
		return ""
	}
	return lines[2]
}

// TestInteractive feeds sessions to gilfree -i and to python3 -i and
// compares what they print: results echoed through sys.displayhook and
// _, statements spanning lines, tracebacks after which the prompt goes
// on, input() reading the session's next line, and the exit status of
// sys.exit or the end of input.
func TestInteractive(t *testing.T) {
	sessions := []struct {
		name, input string
		status      int
	}{
		{"expressions", "1 + 1\nx = 5\nx\n'a' * 3\nNone\n_\n[i * i for i in range(4)]\n", 0},
		{"underscore", "6 * 7\n_ + 1\n_\n", 0},
		{"compound", "for i in range(3):\n    i\n\ndef f(n):\n    return n * 2\n\nf(21)\nif f(1) == 2:\n    print('two')\nelse:\n    print('?')\n\n", 0},
		{"brackets and strings", "(1,\n 2,\n 3)\ns = '''a\nb'''\ns\nx = 1 + \\\n  2\nx\n", 0},
		{"tracebacks", "1/0\nprint('still here')\ndef g():\n    raise ValueError('bad')\n\ng()\n[][0]\n", 0},
		{"prompts", "import sys\nsys.ps1 = 'py> '\nsys.ps2 = '  > '\nif True:\n    1\n\n", 0},
		{"input", "name = input('who? ')\nBob\nname.upper()\n", 0},
		{"exit", "print('bye')\nimport sys\nsys.exit(3)\nprint('not reached')\n", 3},
		{"displayhook", "import sys\nsys.displayhook is sys.__displayhook__\nsys.displayhook = lambda v: print('got', v)\n5\n", 0},
		{"class", "class A:\n    def __repr__(self):\n        return 'A()'\n\nA()\n[A(), A()]\n", 0},
	}
	dir := t.TempDir()
	for _, s := range sessions {
		t.Run(s.name, func(t *testing.T) {
			status, stdout, stderr := gilfree(s.input, "-i")
			pyStatus, pyStdout, pyStderr := python3Stdin(t, dir, s.input, "-i")
			require.Equal(t, s.status, pyStatus, pyStderr)
			require.Equal(t, s.status, status, stderr)
			assert.Equal(t, pyStdout, stdout)
			assert.Equal(t, withoutBanner(pyStderr), withoutBanner(stderr))
		})
	}
}

// TestInteractiveSyntaxError checks that a syntax error at the prompt is
// reported and the session goes on.
func TestInteractiveSyntaxError(t *testing.T) {
	status, stdout, stderr := gilfree("x = = 1\nprint('next')\n", "-i")
	require.Equal(t, 0, status, stderr)
	assert.Equal(t, "next\n", stdout)
	assert.Contains(t, stderr, ">>>   File \"<stdin>\", line 1\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n>>> ")
}

// TestSyntaxErrorTraceback compares with python3's the traceback of a
// SyntaxError raised by exec: its location lines, then its bare message.
func TestSyntaxErrorTraceback(t *testing.T) {
	prog := "exec('1 +')"
	status, stdout, stderr := gilfree("", "-c", prog)
	pyStatus, pyStdout, pyStderr := python3Stdin(t, t.TempDir(), "", "-c", prog)
	assert.Equal(t, pyStatus, status)
	assert.Equal(t, pyStdout, stdout)
	assert.Equal(t, pyStderr, stderr)
}

// TestInput compares input() with python3's: the prompt on stdout, the
// line without its newline, EOFError at the end of input.
func TestInput(t *testing.T) {
	prog := "import sys\nprint(repr(input('name? ')))\nprint(repr(input()))\ntry:\n    input('more? ')\nexcept EOFError as e:\n    print('EOFError:', e)\n"
	dir := t.TempDir()
	for _, stdin := range []string{"bob\n  spaced line  \n", "last without newline", ""} {
		status, stdout, stderr := gilfree(stdin, "-c", prog)
		pyStatus, pyStdout, pyStderr := python3Stdin(t, dir, stdin, "-c", prog)
		assert.Equal(t, pyStatus, status, stderr)
		assert.Equal(t, pyStdout, stdout)
		assert.Equal(t, pyStderr, stderr)
	}
}

// TestAssertCarets compares with python3's the traceback of failing
// asserts: the raise is placed on the test's last comparison, which the
// carets then underline.
func TestAssertCarets(t *testing.T) {
	for _, prog := range []string{
		"x = 0\nassert x",
		"x = 0\nassert not x == 0",
		"x = 0\nassert x > 1 and x < 5, 'range'",
		"x = [1]\nassert len(x) == 2, f'{x}'",
		"x = 0\nassert (x ==\n 1)",
		"x = 0\nassert bool(x == 1)",
		"x = 0\nassert (x if x == 3 else x)",
		"def f(x):\n    assert x == 2\nf(1)",
	} {
		// A script file, so that the traceback shows the source line.
		dir := t.TempDir()
		script := filepath.Join(dir, "a.py")
		require.NoError(t, os.WriteFile(script, []byte(prog+"\n"), 0o644))
		status, stdout, stderr := gilfree("", script)
		pyStatus, pyStdout, pyStderr := python3Stdin(t, dir, "", script)
		assert.Equal(t, pyStatus, status, prog)
		assert.Equal(t, pyStdout, stdout, prog)
		assert.Equal(t, pyStderr, stderr, prog)
		if pyStderr != "" {
			assert.Contains(t, stderr, "    assert", prog)
		}
	}
}
