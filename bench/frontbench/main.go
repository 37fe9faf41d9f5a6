// Command frontbench measures gilfree's front end against CPython's on
// the same files, in one run:
//
//	go run ./bench/frontbench [-n runs] [files or dirs...]
//
// The default corpus is every .py file of the machine's CPython standard
// library except site-packages. All files are read into memory first.
// Then python3 times compile(source, path, "exec") over them (reading
// and decoding included, as for us), and gilfree times syntax.Parse
// alone and syntax.Parse followed by compile.Compile, each in one
// goroutine. Each figure is the median of n runs. Files that either side
// rejects are left out of both.
package main

import (
	"bufio"
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"gilfree/bench/internal/benchkit"
	"gilfree/interp/compile"
	"gilfree/interp/syntax"
)

//go:embed compile_time.py
var pythonScript string

type file struct {
	path  string
	src   []byte
	lines int
}

func main() {
	runs := flag.Int("n", 3, "number of timed runs (the median is reported)")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: frontbench [-n runs] [files or dirs...]")
		flag.PrintDefaults()
	}
	flag.Parse()
	if err := bench(*runs, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "frontbench:", err)
		os.Exit(1)
	}
}

func bench(runs int, args []string) error {
	if runs < 1 {
		return errors.New("-n must be at least 1")
	}
	python, pyErr := exec.LookPath("python3")
	if len(args) == 0 {
		if pyErr != nil {
			return errors.New("no files given and no python3 to find its standard library")
		}
		out, err := exec.Command(python, "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])").Output()
		if err != nil {
			return fmt.Errorf("python3: %v", err)
		}
		args = []string{strings.TrimSpace(string(out))}
	}
	files, err := readCorpus(args)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return errors.New("no .py files")
	}

	// A first pass finds the files gilfree rejects (and warms up); python3
	// then times the others and names those it rejects itself.
	skipped := map[string]bool{}
	compileWorks := true
	parseRejects, compileRejects := 0, 0
	for _, f := range files {
		root, err := syntax.Parse(f.path, f.src, syntax.ModeExec, 0)
		if err != nil {
			skipped[f.path] = true
			parseRejects++
			continue
		}
		if !compileWorks {
			continue
		}
		if _, err := compile.Compile(f.path, root); err != nil {
			var se *syntax.SyntaxError
			if !errors.As(err, &se) {
				compileWorks = false
				fmt.Printf("note: compile.Compile fails (%v); reporting Parse only\n", err)
				continue
			}
			skipped[f.path] = true
			compileRejects++
		}
	}
	kept := slices.DeleteFunc(slices.Clone(files), func(f file) bool { return skipped[f.path] })
	var pyTimes []time.Duration
	pyRejects := 0
	if pyErr == nil {
		pyTimes, err = timePython(python, kept, runs, skipped)
		if err != nil {
			return err
		}
		before := len(kept)
		kept = slices.DeleteFunc(kept, func(f file) bool { return skipped[f.path] })
		pyRejects = before - len(kept)
	}
	if len(kept) == 0 {
		return fmt.Errorf("all %d files are rejected by gilfree or python3", len(files))
	}
	lines := 0
	for _, f := range kept {
		lines += f.lines
	}

	parse := timeRuns(runs, func() {
		for _, f := range kept {
			_, _ = syntax.Parse(f.path, f.src, syntax.ModeExec, 0)
		}
	})
	var both time.Duration
	if compileWorks {
		both = timeRuns(runs, func() {
			for _, f := range kept {
				if root, err := syntax.Parse(f.path, f.src, syntax.ModeExec, 0); err == nil {
					_, _ = compile.Compile(f.path, root)
				}
			}
		})
	}

	fmt.Printf("corpus: %d files, %d lines; left out: %d files Parse rejects, %d Compile rejects (features not supported yet),\n"+
		"%d more python3 rejects (python3 is not asked about files gilfree rejects)\n",
		len(kept), lines, parseRejects, compileRejects, pyRejects)
	fmt.Printf("median of %d runs, one goroutine\n\n", runs)
	fmt.Printf("%-26s %12s %14s\n", "", "time", "lines/s")
	row := func(name string, d time.Duration) {
		fmt.Printf("%-26s %11.3fs %14s\n", name, d.Seconds(), perSecond(lines, d))
	}
	row("gilfree Parse", parse)
	if compileWorks {
		row("gilfree Parse+Compile", both)
	}
	if pyErr != nil {
		fmt.Println("\npython3 not found: no comparison")
		return nil
	}
	py := benchkit.Median(pyTimes)
	row("python3 compile()", py)
	fmt.Println()
	if compileWorks {
		fmt.Printf("ratio gilfree/python3 (Parse+Compile vs compile): %.2f\n", both.Seconds()/py.Seconds())
	} else {
		fmt.Printf("ratio gilfree/python3 (Parse only vs compile): %.2f\n", parse.Seconds()/py.Seconds())
	}
	return nil
}

// readCorpus reads the .py files named by args (files, or directories
// walked without their site-packages).
func readCorpus(args []string) ([]file, error) {
	var files []file
	add := func(path string) error {
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		lines := strings.Count(string(src), "\n")
		if len(src) > 0 && src[len(src)-1] != '\n' {
			lines++
		}
		files = append(files, file{path: path, src: src, lines: lines})
		return nil
	}
	for _, arg := range args {
		info, err := os.Stat(arg)
		if err != nil {
			return nil, err
		}
		if !info.IsDir() {
			if err := add(arg); err != nil {
				return nil, err
			}
			continue
		}
		err = filepath.WalkDir(arg, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && d.Name() == "site-packages" {
				return filepath.SkipDir
			}
			if !d.IsDir() && strings.HasSuffix(path, ".py") {
				return add(path)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return files, nil
}

// timePython runs compile_time.py over files and returns its run times;
// the files it rejects are added to rejected.
func timePython(python string, files []file, runs int, rejected map[string]bool) ([]time.Duration, error) {
	cmd := exec.Command(python, "-c", pythonScript, strconv.Itoa(runs))
	var paths strings.Builder
	for _, f := range files {
		paths.WriteString(f.path + "\n")
	}
	cmd.Stdin = strings.NewReader(paths.String())
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("python3: %v", err)
	}
	var times []time.Duration
	sc := bufio.NewScanner(strings.NewReader(string(out)))
	for sc.Scan() {
		kind, value, _ := strings.Cut(sc.Text(), "\t")
		switch kind {
		case "REJECT":
			rejected[value] = true
		case "TIME":
			s, err := strconv.ParseFloat(value, 64)
			if err != nil {
				return nil, fmt.Errorf("python3 printed %q", sc.Text())
			}
			times = append(times, time.Duration(s*float64(time.Second)))
		}
	}
	if len(times) != runs {
		return nil, fmt.Errorf("python3 printed %d times, not %d", len(times), runs)
	}
	return times, nil
}

// timeRuns runs fn runs times and returns the median duration.
func timeRuns(runs int, fn func()) time.Duration {
	times := make([]time.Duration, runs)
	for i := range times {
		start := time.Now()
		fn()
		times[i] = time.Since(start)
	}
	return benchkit.Median(times)
}

// perSecond formats lines per second with thousands separators.
func perSecond(lines int, d time.Duration) string {
	if d <= 0 {
		return "-"
	}
	n := strconv.FormatInt(int64(float64(lines)/d.Seconds()), 10)
	var b strings.Builder
	for i, c := range n {
		if i > 0 && (len(n)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}
