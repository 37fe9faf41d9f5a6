// Package python3 runs the machine's CPython for tests that compare
// gilfree's tables and answers with CPython's. Tests import it; the
// gilfree binary does not.
package python3

import (
	"bytes"
	"os/exec"
	"testing"
)

// Run runs a Python script with python3 -c and returns what it prints.
// The test is skipped when python3 is absent: those comparisons are extra
// checks, and the unit tests' own tables already hold CPython's answers.
// A script that fails fails the test, with its stderr.
func Run(tb testing.TB, script string, args ...string) []byte {
	tb.Helper()
	path, err := exec.LookPath("python3")
	if err != nil {
		tb.Skip("python3 not found; skipping the comparison with CPython")
	}
	cmd := exec.Command(path, append([]string{"-c", script}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		tb.Fatalf("python3: %v\n%s", err, stderr.String())
	}
	return out
}
