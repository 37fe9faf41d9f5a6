package syntax

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/sync/errgroup"
)

// TestConformance parses every .py file of the machine's CPython standard
// library (site-packages left out) and compares the tree with CPython's:
// Dump's text must equal what `python3 -m ast FILE` prints, with and
// without attributes (`-a`), and a file CPython rejects must be rejected
// with a SyntaxError on the same line.
//
// CPython's side is testdata/astdump.py, run once; it reports a SHA-256
// of each dump, and the full dumps only of the files that differ. Its
// answers for the whole library are cached in the temporary directory,
// keyed by Python's version and the script, so reruns take only our own
// time. Set GILFREE_CONFORMANCE to a substring of the paths (relative to
// the library, e.g. "json/" or "test/test_grammar.py") to check only
// those files.
func TestConformance(t *testing.T) {
	if testing.Short() {
		t.Skip("the conformance test parses the whole standard library; skipped with -short")
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found; the conformance test compares with CPython")
	}
	filter := os.Getenv("GILFREE_CONFORMANCE")
	start := time.Now()
	root, want := cpythonHashes(t, python, filter)
	if len(want) == 0 {
		t.Skipf("no .py file under %q matches GILFREE_CONFORMANCE=%q", root, filter)
	}
	t.Logf("CPython's answers for %d files in %v", len(want), time.Since(start).Round(time.Millisecond))

	start = time.Now()
	got := gilfreeHashes(root, want)
	t.Logf("gilfree parsed and dumped them in %v", time.Since(start).Round(time.Millisecond))

	t.Run("plain", func(t *testing.T) { compareConformance(t, python, root, want, got, false) })
	t.Run("attributes", func(t *testing.T) { compareConformance(t, python, root, want, got, true) })
}

// cpythonResult is CPython's answer for one file.
type cpythonResult struct {
	path        string // relative to the library
	ok          bool
	plain, attr string // SHA-256 of the dumps, when ok
	class       string // the exception class, when not ok
	lineno      int
	msg         string
}

// gilfreeResult is ours.
type gilfreeResult struct {
	plain, attr string
	err         error
}

// cpythonHashes returns the library's directory and CPython's answers,
// from the cache when it can.
func cpythonHashes(t *testing.T, python, filter string) (string, []cpythonResult) {
	script := filepath.Join("testdata", "astdump.py")
	var cache string
	if filter == "" {
		version, err := exec.Command(python, "-c", "import sys; print(sys.version)").Output()
		if err != nil {
			t.Fatalf("python3: %v", err)
		}
		code, err := os.ReadFile(script)
		if err != nil {
			t.Fatal(err)
		}
		key := sha256.Sum256(append(version, code...))
		cache = filepath.Join(os.TempDir(), "gilfree-conformance", hex.EncodeToString(key[:8])+".tsv")
		if data, err := os.ReadFile(cache); err == nil {
			if root, res, err := parseHashes(data); err == nil {
				return root, res
			}
		}
	}
	cmd := exec.Command(python, script, "hashes", filter)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	data, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3 %s: %v\n%s", script, err, stderr.String())
	}
	root, res, err := parseHashes(data)
	if err != nil {
		t.Fatal(err)
	}
	if cache != "" {
		if err := os.MkdirAll(filepath.Dir(cache), 0o755); err == nil {
			_ = os.WriteFile(cache, data, 0o644)
		}
	}
	return root, res
}

// parseHashes reads the output of `astdump.py hashes`.
func parseHashes(data []byte) (string, []cpythonResult, error) {
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	if !sc.Scan() {
		return "", nil, errors.New("astdump.py printed nothing")
	}
	root := sc.Text()
	var res []cpythonResult
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		switch {
		case len(f) == 4 && f[1] == "OK":
			res = append(res, cpythonResult{path: f[0], ok: true, plain: f[2], attr: f[3]})
		case len(f) == 5 && f[1] == "ERR":
			n, err := strconv.Atoi(f[3])
			if err != nil {
				return "", nil, fmt.Errorf("bad line %q", sc.Text())
			}
			res = append(res, cpythonResult{path: f[0], class: f[2], lineno: n, msg: f[4]})
		default:
			return "", nil, fmt.Errorf("bad line %q", sc.Text())
		}
	}
	return root, res, sc.Err()
}

// gilfreeHashes parses and dumps every file, in parallel.
func gilfreeHashes(root string, files []cpythonResult) []gilfreeResult {
	out := make([]gilfreeResult, len(files))
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	for i, f := range files {
		g.Go(func() error {
			out[i] = gilfreeFile(root, f.path)
			return nil
		})
	}
	_ = g.Wait()
	return out
}

// gilfreeFile parses and dumps one file, turning a panic into an error so
// that one bad file does not hide the others.
func gilfreeFile(root, rel string) (r gilfreeResult) {
	defer func() {
		if p := recover(); p != nil {
			r = gilfreeResult{err: fmt.Errorf("panic: %v", p)}
		}
	}()
	tree, err := parseFile(root, rel)
	if err != nil {
		return gilfreeResult{err: err}
	}
	return gilfreeResult{plain: dumpHash(tree, false), attr: dumpHash(tree, true)}
}

// dumpHash returns the SHA-256 of a tree's dump (indent 3), streaming the
// text into the hash rather than building it.
func dumpHash(tree Root, attrs bool) string {
	h := sha256.New()
	w := bufio.NewWriterSize(h, 64<<10)
	writeDump(w, tree, attrs, 3)
	_ = w.Flush()
	return hex.EncodeToString(h.Sum(nil))
}

func parseFile(root, rel string) (Root, error) {
	path := filepath.Join(root, rel)
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, src, ModeExec, TypeComments)
}

// maxShown bounds how many differing files get their first differing
// line shown; the others are listed by name.
const maxShown = 15

// compareConformance reports the files whose dumps (with or without
// attributes) or rejections differ from CPython's.
func compareConformance(t *testing.T, python, root string, want []cpythonResult, got []gilfreeResult, attrs bool) {
	var identical, accepted, rejected, sameLine int
	var differ []string // paths whose dumps differ
	var report []string
	for i, w := range want {
		g := got[i]
		if !w.ok {
			rejected++
			var se *SyntaxError
			switch {
			case g.err == nil:
				report = append(report, fmt.Sprintf("%s: CPython rejects it (%s line %d: %s), gilfree accepts it", w.path, w.class, w.lineno, w.msg))
			case !errors.As(g.err, &se):
				report = append(report, fmt.Sprintf("%s: CPython: %s line %d: %s; gilfree: %v", w.path, w.class, w.lineno, w.msg, g.err))
			case se.Lineno != w.lineno:
				report = append(report, fmt.Sprintf("%s: CPython: %s line %d: %s; gilfree: %s line %d: %s", w.path, w.class, w.lineno, w.msg, se.Kind, se.Lineno, se.Msg))
			default:
				sameLine++
				if se.Kind.String() != w.class {
					t.Logf("%s: same line %d, but CPython raises %s and gilfree %s", w.path, w.lineno, w.class, se.Kind)
				}
			}
			continue
		}
		accepted++
		switch {
		case g.err != nil:
			report = append(report, fmt.Sprintf("%s: CPython accepts it, gilfree: %v", w.path, g.err))
		case attrs && g.attr != w.attr, !attrs && g.plain != w.plain:
			differ = append(differ, w.path)
		default:
			identical++
		}
	}
	shown := differ[:min(len(differ), maxShown)]
	report = append(report, firstDifferences(python, root, shown, attrs)...)
	for _, d := range differ[len(shown):] {
		report = append(report, d+": dump differs")
	}
	t.Logf("identical dumps: %d/%d files CPython accepts; rejected on the same line: %d/%d files CPython rejects", identical, accepted, sameLine, rejected)
	if len(report) > 0 {
		t.Errorf("%d files differ from CPython:\n%s", len(report), strings.Join(report, "\n"))
	}
}

// firstDifferences shows, for each file, the first line where our dump
// differs from CPython's, asking python3 for its dumps in one run.
func firstDifferences(python, root string, rels []string, attrs bool) []string {
	if len(rels) == 0 {
		return nil
	}
	flag := "0"
	if attrs {
		flag = "1"
	}
	args := append([]string{filepath.Join("testdata", "astdump.py"), "dump", flag}, rels...)
	out, err := exec.Command(python, args...).Output()
	r := bufio.NewReader(bytes.NewReader(out))
	var report []string
	for _, rel := range rels {
		want, rerr := readDump(r)
		if err != nil || rerr != nil {
			report = append(report, fmt.Sprintf("%s: dump differs (python3: %v %v)", rel, err, rerr))
			continue
		}
		tree, perr := parseFile(root, rel)
		if perr != nil {
			report = append(report, fmt.Sprintf("%s: %v", rel, perr))
			continue
		}
		report = append(report, rel+": "+firstDifferentLine(want, Dump(tree, attrs, 3)))
	}
	return report
}

// readDump reads one length-prefixed dump of `astdump.py dump`.
func readDump(r *bufio.Reader) (string, error) {
	size, err := r.ReadString('\n')
	if err != nil {
		return "", err
	}
	n, err := strconv.Atoi(strings.TrimSpace(size))
	if err != nil {
		return "", err
	}
	b := make([]byte, n)
	_, err = io.ReadFull(r, b)
	return string(b), err
}

// firstDifferentLine describes the first line where two dumps differ.
func firstDifferentLine(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		if i >= len(wl) || i >= len(gl) || wl[i] != gl[i] {
			var w, g string
			if i < len(wl) {
				w = wl[i]
			}
			if i < len(gl) {
				g = gl[i]
			}
			return fmt.Sprintf("dump line %d\n    cpython: %s\n    gilfree: %s", i+1, w, g)
		}
	}
	return "dump differs"
}
