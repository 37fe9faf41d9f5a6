package syntax

import (
	"bytes"
	"os/exec"
	"strings"
	"testing"
)

// runPython runs a Python script with the machine's python3 and returns
// what it prints. The test is skipped when python3 is absent: the
// comparisons with CPython are extra checks, the tables of the unit tests
// already hold CPython's answers.
func runPython(t testing.TB, script string, args ...string) []byte {
	t.Helper()
	path, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found; skipping the comparison with CPython")
	}
	cmd := exec.Command(path, append([]string{"-c", script}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3: %v\n%s", err, stderr.String())
	}
	return out
}

// lines splits text into its lines, without line breaks.
func lines(b []byte) []string {
	s := strings.TrimSuffix(string(b), "\n")
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}
