package compile

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
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

// pythonView compiles every file with python3 in one process. It returns
// the files python3 rejects, with the line and message of the error, and
// for the others a summary of every code object its bytecode loads (see
// codeSummary).
func pythonView(t *testing.T, dir string) (fails map[string]string, summaries map[string][]string) {
	t.Helper()
	const script = `
import dis, os, sys
def walk(co, out):
    out.append("\t".join([co.co_qualname, co.co_name, str(co.co_firstlineno), str(co.co_argcount),
        str(co.co_posonlyargcount), str(co.co_kwonlyargcount), str(co.co_flags & 0x3f),
        ",".join(co.co_varnames), ",".join(co.co_cellvars), ",".join(co.co_freevars),
        ",".join(sorted(set(co.co_names)))]))
    seen = set()
    for ins in dis.get_instructions(co):
        if ins.opname == "LOAD_CONST" and hasattr(ins.argval, "co_code") and ins.arg not in seen:
            seen.add(ins.arg)
            walk(ins.argval, out)
for dp, dn, fn in os.walk(sys.argv[1]):
    dn[:] = [d for d in dn if d != "site-packages"]
    for f in fn:
        if f.endswith(".py"):
            p = os.path.join(dp, f)
            try:
                co = compile(open(p, "rb").read(), p, "exec", dont_inherit=True)
            except SyntaxError as e:
                print("FAIL", p, e.lineno, e.msg, sep="\t")
                continue
            out = []
            walk(co, out)
            print("FILE", p, sep="\t")
            print("\n".join(out))
`
	out, err := exec.Command("python3", "-W", "ignore", "-c", script, dir).Output()
	if err != nil {
		t.Fatalf("python3: %v", err)
	}
	fails = map[string]string{}
	summaries = map[string][]string{}
	var cur string
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "FAIL\t"):
			parts := strings.SplitN(line, "\t", 4)
			fails[parts[1]] = parts[2] + ": " + parts[3]
		case strings.HasPrefix(line, "FILE\t"):
			cur = line[len("FILE\t"):]
		default:
			summaries[cur] = append(summaries[cur], line)
		}
	}
	return fails, summaries
}

// codeSummary lists, for c and every code object nested in it, the
// fields Python shows the same way: qualified name, name, first line,
// argument counts, the low flag bits, local, cell and free variable
// names, and the set of names.
func codeSummary(c *Code, out []string) []string {
	names := slices.Clone(c.Names)
	slices.Sort(names)
	names = slices.Compact(names)
	out = append(out, strings.Join([]string{c.QualName, c.Name, strconv.Itoa(c.FirstLine), strconv.Itoa(c.ArgCount),
		strconv.Itoa(c.PosOnlyArgCount), strconv.Itoa(c.KwOnlyArgCount), strconv.Itoa(int(c.Flags & 0x3f)),
		strings.Join(c.VarNames, ","), strings.Join(c.CellNames(), ","), strings.Join(c.FreeVars, ","),
		strings.Join(names, ",")}, "\t"))
	for _, k := range c.Consts {
		if sub, ok := k.(*Code); ok {
			out = codeSummary(sub, out)
		}
	}
	return out
}

// TestCompileStdlib compiles the whole corpus. Files python3 compiles must
// compile, or be refused for a feature gilfree does not run yet (async,
// match); files python3 rejects at compile time must be rejected with
// the same message on the same line. Every code object must pass verify,
// and agree with CPython's on the fields of codeSummary.
func TestCompileStdlib(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus test skipped in short mode")
	}
	dir := stdlibDir(t)
	files := corpusFiles(t, dir)
	pyFails, pySummaries := pythonView(t, dir)
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
		gotSum, wantSum := codeSummary(code, nil), pySummaries[f]
		slices.Sort(gotSum)
		slices.Sort(wantSum)
		if !slices.Equal(gotSum, wantSum) {
			t.Errorf("%s: code objects differ from CPython's:\n%s", f, summaryDiff(gotSum, wantSum))
		}
		compiled++
	}
	t.Logf("%d files: %d compiled, %d not parsed, refused: %v", len(files), compiled, parseFailures, refused)
}

// summaryDiff lists the summary lines only one side has.
func summaryDiff(got, want []string) string {
	count := map[string]int{}
	for _, l := range got {
		count[l]++
	}
	for _, l := range want {
		count[l]--
	}
	var b strings.Builder
	for l, n := range count {
		if n > 0 {
			b.WriteString("  gilfree: " + l + "\n")
		} else if n < 0 {
			b.WriteString("  CPython: " + l + "\n")
		}
	}
	return b.String()
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
