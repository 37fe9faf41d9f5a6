package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"time"

	"gilfree/bench/internal/benchkit"
)

// The start-up benchmark (-startup) times "-c pass" under each
// interpreter: the cost of starting the process, building the
// interpreter's state and exiting, which every script pays. Runs
// alternate between the two interpreters, as the program benchmark's do;
// the report gives each one's median and fastest run and the ratio of
// the medians.

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
	rep, err := measureStartup(python, gilfree, cfg.runs, cfg.cpu)
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
	fmt.Fprintf(out, "\nratio of the medians, gilfree/python3: %.2fx\n", rep.Ratio)
	return true, nil
}

// measureStartup runs "-c pass" n times under each interpreter,
// alternating which goes first. A run that fails ends the benchmark.
func measureStartup(python, gilfree string, n int, cpu bool) (startupReport, error) {
	rep := startupReport{Runs: n, Timing: "wall", Python: python}
	if cpu {
		rep.Timing = "cpu"
	}
	dir, err := os.Getwd()
	if err != nil {
		return rep, err
	}
	var py, gf []time.Duration
	one := func(command string, into *[]time.Duration) error {
		r := benchkit.RunCommand(command, []string{"-c", "pass"}, dir, startupTimeout)
		if r.Err != nil {
			return fmt.Errorf("%s -c pass: %s", command, r.Failure())
		}
		if cpu {
			*into = append(*into, r.CPU)
		} else {
			*into = append(*into, r.Wall)
		}
		return nil
	}
	for i := range n {
		first, second := python, gilfree
		firstTimes, secondTimes := &py, &gf
		if i%2 == 1 {
			first, second = second, first
			firstTimes, secondTimes = secondTimes, firstTimes
		}
		if err := one(first, firstTimes); err != nil {
			return rep, err
		}
		if err := one(second, secondTimes); err != nil {
			return rep, err
		}
	}
	rep.PythonTimes, rep.GilfreeTimes = seconds(py), seconds(gf)
	rep.PythonMedian = benchkit.Median(py).Seconds()
	rep.GilfreeMedian = benchkit.Median(gf).Seconds()
	rep.PythonMin, rep.GilfreeMin = slices.Min(py).Seconds(), slices.Min(gf).Seconds()
	if rep.PythonMedian > 0 {
		rep.Ratio = rep.GilfreeMedian / rep.PythonMedian
	}
	return rep, nil
}

// millis formats seconds as milliseconds.
func millis(s float64) string { return fmt.Sprintf("%.2fms", s*1000) }
