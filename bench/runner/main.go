// Command runner times gilfree against python3 on the benchmark programs
// of bench/, in one run:
//
//	go run ./bench/runner [-n runs] [-python python3] [-gilfree binary] [-cpu] [-json] [programs...]
//	go run ./bench/runner -startup [-n runs] [-python python3] [-gilfree binary] [-cpu] [-json]
//
// It builds gilfree once (unless -gilfree names a binary), then for each
// program runs it n times under python3 and n times under gilfree,
// alternating between the two (and which goes first) so that both see the
// same machine. Every run's standard output must equal python3's first
// one. The table gives each program's median time under python3 and under
// gilfree and their ratio (gilfree/python3, lower is better), and the
// geometric mean of the ratios.
//
// A program that gilfree cannot run (it exits with an error, as every
// program does until the runtime exists) gets a row that says so and is
// left out of the geometric mean. A program whose output under gilfree
// differs from python3's is reported as a failure, as is one that python3
// cannot run; the runner then exits with status 1.
//
// Programs are named by file name, with or without ".py"; the default is
// every bench/*.py. Times are wall-clock, from start to exit, so they
// include start-up; -cpu reports user+system CPU time instead, steadier on
// a busy machine. -json prints the results as one JSON object.
//
// -startup times "-c pass" instead (startup.go): the median and fastest
// of many runs of each interpreter (101 unless -n says), and the ratio.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
	"time"

	"gilfree/bench/internal/benchkit"
)

// runTimeout bounds one run of one program.
const runTimeout = 5 * time.Minute

func main() {
	var cfg config
	flag.IntVar(&cfg.runs, "n", 5, "number of timed runs of each program under each interpreter")
	flag.StringVar(&cfg.python, "python", "python3", "the python3 command to compare with")
	flag.StringVar(&cfg.gilfree, "gilfree", "", "a gilfree binary to time (default: build ./cmd/gilfree)")
	flag.BoolVar(&cfg.cpu, "cpu", false, "time by user+system CPU time instead of wall-clock time")
	flag.BoolVar(&cfg.json, "json", false, "print the results as JSON")
	startup := flag.Bool("startup", false, "time start-up (-c pass) instead of the programs")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: runner [-n runs] [-python python3] [-gilfree binary] [-cpu] [-json] [programs...]")
		fmt.Fprintln(os.Stderr, "       runner -startup [-n runs] [-python python3] [-gilfree binary] [-cpu] [-json]")
		flag.PrintDefaults()
	}
	flag.Parse()
	cfg.programs = flag.Args()
	run := run
	if *startup {
		run = runStartup
		nSet := false
		flag.Visit(func(f *flag.Flag) { nSet = nSet || f.Name == "n" })
		if !nSet {
			cfg.runs = defaultStartupRuns
		}
	}
	ok, err := run(cfg, os.Stdout, os.Stderr)
	if err != nil {
		fmt.Fprintln(os.Stderr, "runner:", err)
		os.Exit(2)
	}
	if !ok {
		os.Exit(1)
	}
}

// config is the command line.
type config struct {
	runs            int
	python, gilfree string
	cpu, json       bool
	programs        []string
}

// report is the outcome of a whole run, as -json prints it.
type report struct {
	Runs    int       `json:"runs"`
	Timing  string    `json:"timing"` // "wall" or "cpu"
	Python  string    `json:"python"`
	Rows    []row     `json:"programs"`
	GeoMean *float64  `json:"geomean,omitempty"` // of the ratios of the rows that have one
	Count   int       `json:"geomean_count"`     // how many ratios the geometric mean covers
	Failed  bool      `json:"failed"`            // some row has a failure
	Started time.Time `json:"started"`
}

// row is one program's results. Times are in seconds.
type row struct {
	Program       string    `json:"program"`
	PythonTimes   []float64 `json:"python_times,omitempty"`
	GilfreeTimes  []float64 `json:"gilfree_times,omitempty"`
	PythonMedian  *float64  `json:"python_median,omitempty"`
	GilfreeMedian *float64  `json:"gilfree_median,omitempty"`
	Ratio         *float64  `json:"ratio,omitempty"`
	CannotRun     string    `json:"cannot_run,omitempty"` // why gilfree cannot run the program
	Failure       string    `json:"failure,omitempty"`    // a wrong output, or python3 failing
}

// run carries out cfg, writing the table (or JSON) to out and progress to
// errOut. It reports whether every program passed.
func run(cfg config, out, errOut io.Writer) (bool, error) {
	if cfg.runs < 1 {
		return false, errors.New("-n must be at least 1")
	}
	root, err := benchkit.ModuleRoot()
	if err != nil {
		return false, err
	}
	programs, err := benchkit.Programs(filepath.Join(root, "bench"), cfg.programs)
	if err != nil {
		return false, err
	}
	python, err := benchkit.FindPython(cfg.python)
	if err != nil {
		return false, fmt.Errorf("finding %s: %v", cfg.python, err)
	}
	gilfree := cfg.gilfree
	if gilfree == "" {
		dir, err := os.MkdirTemp("", "gilfree-bench")
		if err != nil {
			return false, err
		}
		defer os.RemoveAll(dir)
		if gilfree, err = benchkit.BuildGilfree(dir); err != nil {
			return false, err
		}
	}

	rep := report{Runs: cfg.runs, Timing: "wall", Python: python, Started: time.Now().UTC()}
	if cfg.cpu {
		rep.Timing = "cpu"
	}
	if !cfg.json {
		fmt.Fprintf(out, "python3: %s\ntimes: median of %d runs, %s\n\n", python, cfg.runs, timingText(cfg.cpu))
		fmt.Fprintln(out, header())
	}
	for _, prog := range programs {
		if cfg.json {
			fmt.Fprintf(errOut, "%s...\n", benchkit.Name(prog))
		}
		r := measure(prog, python, gilfree, cfg.runs, cfg.cpu)
		rep.Rows = append(rep.Rows, r)
		if !cfg.json {
			fmt.Fprintln(out, r.line())
		}
	}
	rep.summarize()
	if cfg.json {
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		return !rep.Failed, enc.Encode(rep)
	}
	fmt.Fprintln(out)
	fmt.Fprintln(out, rep.summaryLine())
	return !rep.Failed, nil
}

func timingText(cpu bool) string {
	if cpu {
		return "user+system CPU time"
	}
	return "wall-clock time"
}

// measure runs prog n times under each interpreter, alternating.
func measure(prog, python, gilfree string, n int, cpu bool) row {
	r := row{Program: benchkit.Name(prog)}
	var pyTimes, gfTimes []time.Duration
	want := ""
	gilfreeOK := true
	pick := func(run benchkit.Run) time.Duration {
		if cpu {
			return run.CPU
		}
		return run.Wall
	}
	runPython := func() bool {
		res := benchkit.RunProgram(python, prog, runTimeout)
		switch {
		case res.Err != nil:
			r.Failure = "python3 fails: " + res.Failure()
			return false
		case len(pyTimes) == 0:
			want = res.Stdout
		case res.Stdout != want:
			r.Failure = "python3's output changes from run to run"
			return false
		}
		pyTimes = append(pyTimes, pick(res))
		return true
	}
	runGilfree := func() {
		res := benchkit.RunProgram(gilfree, prog, runTimeout)
		switch {
		case res.Err != nil:
			r.CannotRun = res.Failure()
			gilfreeOK = false
		case res.Stdout != want:
			r.Failure = "output differs from python3's: " + firstDifference(want, res.Stdout)
			gilfreeOK = false
		default:
			gfTimes = append(gfTimes, pick(res))
		}
	}
	for i := range n {
		// python3 goes first in even rounds (so its output is known before
		// gilfree's first run), gilfree in odd ones.
		gilfreeFirst := i%2 == 1
		if gilfreeFirst && gilfreeOK {
			runGilfree()
		}
		if !runPython() {
			return r
		}
		if !gilfreeFirst && gilfreeOK {
			runGilfree()
		}
	}
	r.PythonTimes = seconds(pyTimes)
	r.PythonMedian = ptr(benchkit.Median(pyTimes).Seconds())
	if gilfreeOK && r.Failure == "" {
		r.GilfreeTimes = seconds(gfTimes)
		r.GilfreeMedian = ptr(benchkit.Median(gfTimes).Seconds())
		r.Ratio = ptr(*r.GilfreeMedian / *r.PythonMedian)
	}
	return r
}

// summarize fills in the geometric mean and the failure flag.
func (rep *report) summarize() {
	var ratios []float64
	for _, r := range rep.Rows {
		if r.Ratio != nil {
			ratios = append(ratios, *r.Ratio)
		}
		if r.Failure != "" {
			rep.Failed = true
		}
	}
	rep.Count = len(ratios)
	if len(ratios) > 0 {
		rep.GeoMean = ptr(benchkit.GeoMean(ratios))
	}
}

// Column widths of the table.
const (
	nameWidth = 12
	timeWidth = 10
)

func header() string {
	return fmt.Sprintf("%-*s %*s %*s %7s", nameWidth, "program", timeWidth, "python3", timeWidth, "gilfree", "ratio")
}

// line formats a row of the table.
func (r row) line() string {
	py, gf := "-", "-"
	if r.PythonMedian != nil {
		py = fmt.Sprintf("%.3fs", *r.PythonMedian)
	}
	if r.GilfreeMedian != nil {
		gf = fmt.Sprintf("%.3fs", *r.GilfreeMedian)
	}
	s := fmt.Sprintf("%-*s %*s %*s", nameWidth, r.Program, timeWidth, py, timeWidth, gf)
	switch {
	case r.Failure != "":
		return s + "   FAIL: " + r.Failure
	case r.CannotRun != "":
		return s + "   cannot run: " + r.CannotRun
	}
	return s + fmt.Sprintf(" %6.2fx", *r.Ratio)
}

// summaryLine gives the geometric mean of the ratios.
func (rep *report) summaryLine() string {
	if rep.GeoMean == nil {
		return fmt.Sprintf("geometric mean: none (gilfree ran none of the %d programs)", len(rep.Rows))
	}
	return fmt.Sprintf("geometric mean of gilfree/python3 over %d of %d programs: %.2fx",
		rep.Count, len(rep.Rows), *rep.GeoMean)
}

// firstDifference describes the first line where got differs from want.
func firstDifference(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; ; i++ {
		w, g := lineAt(wl, i), lineAt(gl, i)
		if w != g {
			return fmt.Sprintf("line %d: python3 %s, gilfree %s", i+1, w, g)
		}
	}
}

// lineAt quotes line i of lines, or says it is missing.
func lineAt(lines []string, i int) string {
	if i >= len(lines) {
		return "(no line)"
	}
	return fmt.Sprintf("%q", lines[i])
}

func seconds(times []time.Duration) []float64 {
	s := make([]float64, len(times))
	for i, t := range times {
		s[i] = t.Seconds()
	}
	return s
}

func ptr(f float64) *float64 {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return nil
	}
	return &f
}
