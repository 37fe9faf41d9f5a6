// Package tests runs the Python scripts of this directory, one feature area
// per script, under python3 and under gilfree, and compares them.
//
// Every script asserts real results with assert statements and prints a
// few lines. Under python3 (when it is on PATH) a script must exit 0: the
// scripts themselves are checked against CPython. Under gilfree, built
// once from ./cmd/gilfree, a script passes when it exits 0 and prints
// exactly what python3 printed on standard output (exit 0 alone when
// python3 is absent). A script that passes is then run again with
// GILFREE_DEBUG=1, gilfree's debug mode that poisons freed objects, and
// must pass in the same way.
//
// xfail.txt lists the scripts gilfree is not expected to pass yet. A listed
// script that fails is skipped; a listed script that passes fails the test,
// so that the list shrinks as the runtime grows. An unlisted script that
// fails shows the difference of its output and its standard error.
//
// Each run of a script has its own empty working directory and a time
// limit, so a hang is a failure rather than a stuck test. GILFREE_BIN
// names a gilfree binary to test instead of building one.
package tests

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// scriptTimeout bounds one run of one script.
const scriptTimeout = 60 * time.Second

// xfailFile names the list of scripts expected to fail under gilfree.
const xfailFile = "xfail.txt"

// TestScripts runs every tests/*.py script as the package comment says,
// one parallel subtest per script.
func TestScripts(t *testing.T) {
	scripts, err := filepath.Glob("*.py")
	require.NoError(t, err)
	require.NotEmpty(t, scripts, "no scripts in tests/")
	slices.Sort(scripts)

	xfail, err := readXfail(xfailFile)
	require.NoError(t, err)
	for name := range xfail {
		require.Contains(t, scripts, name, "%s lists %s, which does not exist", xfailFile, name)
	}

	python := findPython()
	if python == "" {
		t.Log("python3 not found: scripts pass under gilfree when they exit 0")
	}
	gilfree := buildGilfree(t)

	for _, script := range scripts {
		abs, err := filepath.Abs(script)
		require.NoError(t, err)
		t.Run(strings.TrimSuffix(script, ".py"), func(t *testing.T) {
			t.Parallel()
			testScript(t, abs, python, gilfree, xfail[script])
		})
	}
}

// testScript runs one script under python3 (if given) and gilfree, and
// then under gilfree's debug mode if gilfree passed it.
func testScript(t *testing.T, script, python, gilfree string, expectFail bool) {
	var want *result
	if python != "" {
		want = run(t, python, script, nil)
		if want.failed() {
			t.Fatalf("python3 fails on the script itself: %s\nstderr:\n%s", want.status(), tail(want.stderr))
		}
	}

	got := run(t, gilfree, script, nil)
	problem := compare(want, got)
	switch {
	case expectFail && problem == "":
		t.Fatalf("gilfree now passes %s: remove it from %s", filepath.Base(script), xfailFile)
	case expectFail:
		t.Skipf("expected failure (%s): %s", xfailFile, firstLine(problem))
	case problem != "":
		t.Fatalf("gilfree: %s\nstderr:\n%s", problem, tail(got.stderr))
	}

	debug := run(t, gilfree, script, []string{"GILFREE_DEBUG=1"})
	if problem := compare(want, debug); problem != "" {
		t.Fatalf("gilfree with GILFREE_DEBUG=1: %s\nstderr:\n%s", problem, tail(debug.stderr))
	}
}

// result is the outcome of one run of a script.
type result struct {
	exitCode int   // the exit status, or -1 if the process did not exit normally
	err      error // why the run failed to complete: a time-out, a failure to start
	stdout   string
	stderr   string
}

func (r *result) failed() bool { return r.err != nil || r.exitCode != 0 }

// status describes how the run ended.
func (r *result) status() string {
	if r.err != nil {
		return r.err.Error()
	}
	return fmt.Sprintf("exit status %d", r.exitCode)
}

// run runs command on script in a fresh working directory, with standard
// input empty and extraEnv added to the environment.
func run(t *testing.T, command, script string, extraEnv []string) *result {
	return runArgs(t, command, []string{script}, extraEnv)
}

// runArgs is run with any arguments.
func runArgs(t *testing.T, command string, args, extraEnv []string) *result {
	dir, err := os.MkdirTemp(t.TempDir(), "run")
	require.NoError(t, err)
	ctx, cancel := context.WithTimeout(context.Background(), scriptTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, command, args...)
	cmd.Dir = dir
	// PYTHONUTF8 makes python3's open() and standard streams UTF-8 whatever
	// the locale, as gilfree's always are; no bytecode caches in tests/.
	cmd.Env = append(os.Environ(), "PYTHONDONTWRITEBYTECODE=1", "PYTHONUTF8=1")
	cmd.Env = append(cmd.Env, extraEnv...)
	cmd.WaitDelay = 5 * time.Second
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	r := &result{stdout: stdout.String(), stderr: stderr.String()}
	var exit *exec.ExitError
	switch {
	case ctx.Err() != nil:
		r.exitCode, r.err = -1, fmt.Errorf("timed out after %v", scriptTimeout)
	case errors.As(err, &exit) && exit.Exited():
		r.exitCode = exit.ExitCode()
	case err != nil:
		r.exitCode, r.err = -1, err
	}
	return r
}

// compare returns what is wrong with got, gilfree's run, against want,
// python3's (nil when python3 is absent), or "" when got passes.
func compare(want, got *result) string {
	if got.failed() {
		return got.status() + ": " + firstLine(lastLine(got.stderr))
	}
	if want != nil && got.stdout != want.stdout {
		return "standard output differs from python3's (-python3 +gilfree):\n" + diffLines(want.stdout, got.stdout)
	}
	return ""
}

// buildGilfree builds ./cmd/gilfree into a temporary directory and returns
// the path of the binary; GILFREE_BIN names a binary to use instead.
func buildGilfree(t *testing.T) string {
	if bin := os.Getenv("GILFREE_BIN"); bin != "" {
		abs, err := filepath.Abs(bin)
		require.NoError(t, err)
		return abs
	}
	bin := filepath.Join(t.TempDir(), "gilfree")
	out, err := exec.Command("go", "build", "-o", bin, "gilfree/cmd/gilfree").CombinedOutput()
	require.NoError(t, err, "go build ./cmd/gilfree:\n%s", out)
	return bin
}

// findPython returns the path of the interpreter python3 runs, as it
// reports it (sys.executable), or "" when there is no python3. Running the
// interpreter directly skips the shell-script shims of version managers
// such as pyenv, which cost a few hundred milliseconds per start.
func findPython() string {
	path, err := exec.LookPath("python3")
	if err != nil {
		return ""
	}
	out, err := exec.Command(path, "-c", "import sys; print(sys.executable)").Output()
	if real := strings.TrimSpace(string(out)); err == nil && real != "" {
		return real
	}
	return path
}

// readXfail reads the set of script names listed in path: one name per
// line, with blank lines and everything after a '#' ignored.
func readXfail(path string) (map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	names := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		if name := strings.TrimSpace(line); name != "" {
			names[name] = true
		}
	}
	return names, sc.Err()
}

// diffLines shows the lines that differ between a and b: the common
// prefix and suffix are left out (with a line of context on each side),
// and at most maxDiffLines lines of each side are shown.
func diffLines(a, b string) string {
	const maxDiffLines = 20
	al, bl := splitLines(a), splitLines(b)
	pre := 0
	for pre < len(al) && pre < len(bl) && al[pre] == bl[pre] {
		pre++
	}
	suf := 0
	for suf < len(al)-pre && suf < len(bl)-pre && al[len(al)-1-suf] == bl[len(bl)-1-suf] {
		suf++
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "@@ line %d @@\n", pre+1)
	if pre > 0 {
		sb.WriteString(" " + showLine(al[pre-1]))
	}
	side := func(mark string, lines []string) {
		for i, l := range lines {
			if i == maxDiffLines {
				fmt.Fprintf(&sb, "%s... %d more lines\n", mark, len(lines)-i)
				break
			}
			sb.WriteString(mark + showLine(l))
		}
	}
	side("-", al[pre:len(al)-suf])
	side("+", bl[pre:len(bl)-suf])
	if suf > 0 {
		sb.WriteString(" " + showLine(al[len(al)-suf]))
	}
	return sb.String()
}

// splitLines splits s into lines, each with its line break.
func splitLines(s string) []string {
	lines := strings.SplitAfter(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// showLine returns a line for a diff, marking a missing final newline.
func showLine(l string) string {
	if strings.HasSuffix(l, "\n") {
		return l
	}
	return l + "\n\\ no newline at end\n"
}

// tail returns the end of s, at most 4000 bytes of it.
func tail(s string) string {
	const max = 4000
	if len(s) <= max {
		return s
	}
	return "...\n" + s[len(s)-max:]
}

// firstLine returns s up to its first line break.
func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// lastLine returns the last non-empty line of s: the exception of a
// Python traceback.
func lastLine(s string) string {
	s = strings.TrimRight(s, "\n")
	return s[strings.LastIndex(s, "\n")+1:]
}
