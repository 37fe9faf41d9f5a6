package compile

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"gilfree/interp/syntax"
)

// The corpus is every .py file of the local CPython's standard library
// (site-packages excluded): real code that no one here wrote.

func stdlibDir(tb testing.TB) string {
	tb.Helper()
	out, err := exec.Command("python3", "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])").Output()
	if err != nil {
		tb.Skip("python3 is not available: no standard library corpus")
	}
	dir := strings.TrimSpace(string(out))
	if _, err := os.Stat(dir); err != nil {
		tb.Skip("no standard library at " + dir)
	}
	return dir
}

func corpusFiles(tb testing.TB, dir string) []string {
	tb.Helper()
	var files []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "site-packages" {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(p, ".py") {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	sort.Strings(files)
	return files
}

// pythonFailures compiles every file with python3 in one process and
// returns the files it rejects, with the line and message of the error.
func pythonFailures(t *testing.T, dir string) map[string]string {
	t.Helper()
	const script = `
import os, sys
root = sys.argv[1]
for dp, dn, fn in os.walk(root):
    dn[:] = [d for d in dn if d != "site-packages"]
    for f in fn:
        if f.endswith(".py"):
            p = os.path.join(dp, f)
            try:
                compile(open(p, "rb").read(), p, "exec", dont_inherit=True)
            except SyntaxError as e:
                print(p, e.lineno, e.msg, sep="\t")
`
	cmd := exec.Command("python3", "-W", "ignore", "-c", script, dir)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3: %v", err)
	}
	fails := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		parts := strings.SplitN(sc.Text(), "\t", 3)
		if len(parts) == 3 {
			fails[parts[0]] = parts[1] + ": " + parts[2]
		}
	}
	return fails
}

// TestCompileStdlib compiles the whole corpus. Files python3 compiles must
// compile, or be refused for a feature gilfree does not run yet (async,
// match); files python3 rejects at compile time must be rejected with
// the same message on the same line. Every code object must pass verify.
func TestCompileStdlib(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus test skipped in short mode")
	}
	dir := stdlibDir(t)
	files := corpusFiles(t, dir)
	pyFails := pythonFailures(t, dir)
	refused := map[string]int{}
	compiled, parseFailures := 0, 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		root, err := syntax.Parse(f, src, syntax.ModeExec, syntax.TypeComments)
		if err != nil {
			if _, bad := pyFails[f]; !bad {
				t.Logf("%s: parse error (a parser bug, not the compiler's): %v", f, err)
			}
			parseFailures++
			continue
		}
		code, err := Compile(f, root)
		want, pyBad := pyFails[f]
		if err != nil {
			se, ok := err.(*syntax.SyntaxError)
			switch {
			case !ok:
				t.Errorf("%s: %v", f, err)
			case pyBad:
				if got := strconv.Itoa(se.Lineno) + ": " + se.Msg; got != want {
					t.Errorf("%s: got %q, python3 says %q", f, got, want)
				}
			case strings.HasSuffix(se.Msg, "not supported yet"):
				refused[se.Msg]++
			default:
				t.Errorf("%s: %v", f, err)
			}
			continue
		}
		if pyBad {
			t.Errorf("%s: compiled, but python3 says %q", f, want)
			continue
		}
		if err := verify(code); err != nil {
			t.Errorf("%s: %v", f, err)
		}
		compiled++
	}
	t.Logf("%d files: %d compiled, %d not parsed, refused: %v", len(files), compiled, parseFailures, refused)
}

// BenchmarkCompileStdlib parses and compiles the corpus. It reports the
// lines per second of the whole, and the parse and compile times of one
// pass over the corpus, measured around each call.
func BenchmarkCompileStdlib(b *testing.B) {
	dir := stdlibDir(b)
	files := corpusFiles(b, dir)
	srcs := make([][]byte, len(files))
	lines := 0
	for i, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		srcs[i] = src
		lines += bytes.Count(src, []byte{'\n'})
	}
	b.ReportAllocs()
	var parseTime, compileTime time.Duration
	for b.Loop() {
		for i, src := range srcs {
			t0 := time.Now()
			root, err := syntax.Parse(files[i], src, syntax.ModeExec, 0)
			t1 := time.Now()
			parseTime += t1.Sub(t0)
			if err != nil {
				continue
			}
			_, _ = Compile(files[i], root)
			compileTime += time.Since(t1)
		}
	}
	b.ReportMetric(float64(lines)*float64(b.N)/b.Elapsed().Seconds(), "lines/s")
	b.ReportMetric(parseTime.Seconds()/float64(b.N), "parse-s/op")
	b.ReportMetric(compileTime.Seconds()/float64(b.N), "compile-s/op")
}
