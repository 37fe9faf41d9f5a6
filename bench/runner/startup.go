package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"time"

	"gilfree/bench/internal/benchkit"
)

// The start-up benchmark (-startup) times "-c pass" under each
// interpreter: the cost of starting the process, building the
// interpreter's state and exiting, which every script pays. Runs
// alternate between the two interpreters, as the program benchmark's do;
// the report gives each one's median and fastest run and the ratio of
// the medians. An empty Go program is timed beside them: the part of
// start-up that is the process and the Go runtime's own, which no change
// to gilfree removes.

// defaultStartupRuns is the number of runs of each interpreter when -n
// is not given: start-up takes milliseconds, so many runs cost little
// and steady the median.
const defaultStartupRuns = 101

// startupTimeout bounds one run of "-c pass".
const startupTimeout = 30 * time.Second

// startupReport is the start-up benchmark's result, as -json prints it.
// Times are in seconds.
type startupReport struct {
	Runs          int       `json:"runs"`
	Timing        string    `json:"timing"`
	Python        string    `json:"python"`
	PythonTimes   []float64 `json:"python_times"`
	GilfreeTimes  []float64 `json:"gilfree_times"`
	PythonMedian  float64   `json:"python_median"`
	GilfreeMedian float64   `json:"gilfree_median"`
	PythonMin     float64   `json:"python_min"`
	GilfreeMin    float64   `json:"gilfree_min"`
	Ratio         float64   `json:"ratio"`
	// The empty Go program's times, when it could be built.
	EmptyGoTimes  []float64 `json:"empty_go_times,omitempty"`
	EmptyGoMedian float64   `json:"empty_go_median,omitempty"`
	EmptyGoMin    float64   `json:"empty_go_min,omitempty"`
}

// runStartup carries out the start-up benchmark for cfg.
func runStartup(cfg config, out, errOut io.Writer) (bool, error) {
	if cfg.runs < 1 {
		return false, errors.New("-n must be at least 1")
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
	emptyGo, err := buildEmptyGo()
	if err != nil {
		fmt.Fprintf(errOut, "runner: no empty Go program to compare with: %v\n", err)
	} else {
		defer os.RemoveAll(filepath.Dir(emptyGo))
	}
	rep, err := measureStartup(python, gilfree, emptyGo, cfg.runs, cfg.cpu)
	if err != nil {
		return false, err
	}
	if cfg.json {
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		return true, enc.Encode(rep)
	}
	fmt.Fprintf(out, "python3: %s\nstart-up: \"-c pass\", %d runs each, %s\n\n", python, rep.Runs, timingText(cfg.cpu))
	fmt.Fprintf(out, "%-12s %10s %10s\n", "interpreter", "median", "fastest")
	fmt.Fprintf(out, "%-12s %10s %10s\n", "python3", millis(rep.PythonMedian), millis(rep.PythonMin))
	fmt.Fprintf(out, "%-12s %10s %10s\n", "gilfree", millis(rep.GilfreeMedian), millis(rep.GilfreeMin))
	if rep.EmptyGoTimes != nil {
		fmt.Fprintf(out, "%-12s %10s %10s\n", "empty Go", millis(rep.EmptyGoMedian), millis(rep.EmptyGoMin))
	}
	fmt.Fprintf(out, "\nratio of the medians, gilfree/python3: %.2fx\n", rep.Ratio)
	return true, nil
}

// buildEmptyGo builds a Go program that does nothing, in a temporary
// directory, and returns its path.
func buildEmptyGo() (string, error) {
	dir, err := os.MkdirTemp("", "gilfree-emptygo")
	if err != nil {
		return "", err
	}
	src := filepath.Join(dir, "main.go")
	if err := os.WriteFile(src, []byte("package main\n\nfunc main() {}\n"), 0o644); err != nil {
		os.RemoveAll(dir)
		return "", err
	}
	bin := filepath.Join(dir, "emptygo")
	cmd := exec.Command("go", "build", "-o", bin, src)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		os.RemoveAll(dir)
		return "", fmt.Errorf("go build: %v: %s", err, out)
	}
	return bin, nil
}

// measureStartup runs "-c pass" n times under each interpreter (and the
// empty Go program, when emptyGo is not ""), rotating which goes first.
// A run that fails ends the benchmark.
func measureStartup(python, gilfree, emptyGo string, n int, cpu bool) (startupReport, error) {
	rep := startupReport{Runs: n, Timing: "wall", Python: python}
	if cpu {
		rep.Timing = "cpu"
	}
	dir, err := os.Getwd()
	if err != nil {
		return rep, err
	}
	commands := []string{python, gilfree}
	if emptyGo != "" {
		commands = append(commands, emptyGo)
	}
	times := make([][]time.Duration, len(commands))
	for i := range n {
		for j := range commands {
			k := (i + j) % len(commands)
			r := benchkit.RunCommand(commands[k], []string{"-c", "pass"}, dir, startupTimeout)
			if r.Err != nil {
				return rep, fmt.Errorf("%s -c pass: %s", commands[k], r.Failure())
			}
			if cpu {
				times[k] = append(times[k], r.CPU)
			} else {
				times[k] = append(times[k], r.Wall)
			}
		}
	}
	py, gf := times[0], times[1]
	rep.PythonTimes, rep.GilfreeTimes = seconds(py), seconds(gf)
	rep.PythonMedian = benchkit.Median(py).Seconds()
	rep.GilfreeMedian = benchkit.Median(gf).Seconds()
	rep.PythonMin, rep.GilfreeMin = slices.Min(py).Seconds(), slices.Min(gf).Seconds()
	if rep.PythonMedian > 0 {
		rep.Ratio = rep.GilfreeMedian / rep.PythonMedian
	}
	if emptyGo != "" {
		eg := times[2]
		rep.EmptyGoTimes = seconds(eg)
		rep.EmptyGoMedian = benchkit.Median(eg).Seconds()
		rep.EmptyGoMin = slices.Min(eg).Seconds()
	}
	return rep, nil
}

// millis formats seconds as milliseconds.
func millis(s float64) string { return fmt.Sprintf("%.2fms", s*1000) }
