// Command scale measures how gilfree's threads scale: it runs the
// workloads of stress/scale at several thread counts, each thread doing
// the same work, under gilfree and python3 in the same run, and reports
// the median time, the throughput, the speedup N*T1/TN and the efficiency
// (speedup/N) per thread count, as a table, an ASCII plot, and an SVG plot
// of speedup against threads.
//
//	go run ./stress/cmd/scale [-threads 1,2,4,8] [-n 3] [-gilfree BIN] [-python python3] [-svg scale.svg] [workloads...]
//
// Each point also has the CPU time the process spent over the same span
// (time.process_time: every thread's, and the collector's) and the CPU
// scaling N*C1/CN: 1 when N
// threads spend N times one thread's CPU time on N times the work. It
// shows what threads cost each other (contended cache lines, locks,
// allocation and collection) even on a machine too busy for wall-clock
// speedups to mean much.
//
// python3 (with its global interpreter lock) is the no-scaling baseline:
// its speedup stays near 1 however many threads run. Runs are sequential,
// never overlapped, so that each has the machine to itself; on a busy
// machine the numbers mean little.
//
// -profile FILE runs one workload inside this process at the largest
// thread count with Go's CPU profiler on, and writes the profile for `go
// tool pprof`: the way to see what a poor speedup is spent on.
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"time"

	"gilfree/interp/compile"
	"gilfree/interp/eval"
	"gilfree/interp/syntax"
	"gilfree/stress"
)

func main() {
	threadsFlag := flag.String("threads", "1,2,4,8", "comma-separated thread counts")
	runs := flag.Int("n", 3, "runs per point; the median is reported")
	gilfree := flag.String("gilfree", "", "the gilfree binary (default: build ./cmd/gilfree)")
	python := flag.String("python", "python3", `the baseline interpreter ("" to skip)`)
	units := flag.Float64("units", 1, "multiplier of each workload's units per thread")
	svg := flag.String("svg", "scale.svg", `the plot to write ("" for none)`)
	markdown := flag.Bool("markdown", false, "print the table as Markdown")
	profile := flag.String("profile", "", "profile one workload in-process into this file")
	timeout := flag.Duration("timeout", 10*time.Minute, "the longest one run may take")
	flag.Parse()

	threads, err := parseThreads(*threadsFlag)
	check(err)
	workloads := flag.Args()
	if len(workloads) == 0 {
		workloads = stress.Workloads()
	}
	for _, w := range workloads {
		if !slices.Contains(stress.Workloads(), w) {
			check(fmt.Errorf("no workload %q (have %s)", w, strings.Join(stress.Workloads(), ", ")))
		}
	}
	dir, err := os.MkdirTemp("", "gilfree-scale")
	check(err)
	defer os.RemoveAll(dir)
	check(stress.WriteWorkloads(dir))

	if *profile != "" {
		check(profileOne(dir, workloads[0], slices.Max(threads), *units, *profile))
		return
	}
	if *gilfree == "" {
		*gilfree = filepath.Join(dir, "gilfree")
		fmt.Fprintln(os.Stderr, "building gilfree ...")
		cmd := exec.Command("go", "build", "-o", *gilfree, "gilfree/cmd/gilfree")
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
		check(cmd.Run())
	}
	interps := []interp{{"gilfree", *gilfree}}
	if *python != "" {
		if p, err := exec.LookPath(*python); err == nil {
			interps = append(interps, interp{"python3", p})
		} else {
			fmt.Fprintf(os.Stderr, "%s not found: no baseline\n", *python)
		}
	}
	var results []*series
	for _, w := range workloads {
		for _, in := range interps {
			s := &series{workload: w, interp: in.name}
			// The thread counts take turns within each round, so that a
			// machine whose speed drifts (shared, virtual) slows every
			// count alike and the speedups, ratios of medians, hold.
			times := make([][]float64, len(threads))
			cpus := make([][]float64, len(threads))
			unitsDone := make([]int, len(threads))
			for r := 0; r < *runs; r++ {
				for i, n := range threads {
					res, err := runOnce(in.path, dir, w, n, *units, *timeout)
					check(err)
					times[i] = append(times[i], res.seconds)
					cpus[i] = append(cpus[i], res.cpu)
					unitsDone[i] = res.units
				}
			}
			for i, n := range threads {
				p := point{threads: n, seconds: median(times[i]), cpu: median(cpus[i]), units: unitsDone[i], all: times[i]}
				s.points = append(s.points, p)
				fmt.Fprintf(os.Stderr, "%-20s %-8s %3d threads: %.3fs wall, %.3fs cpu\n", w, in.name, n, p.seconds, p.cpu)
			}
			results = append(results, s)
		}
	}
	if *markdown {
		printMarkdown(os.Stdout, results)
	} else {
		printTable(os.Stdout, results)
	}
	fmt.Println()
	printASCII(os.Stdout, results, threads)
	if *svg != "" {
		check(os.WriteFile(*svg, []byte(plotSVG(results, threads)), 0o644))
		fmt.Printf("\nplot written to %s\n", *svg)
	}
}

type interp struct{ name, path string }

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "scale:", err)
		os.Exit(1)
	}
}

func parseThreads(s string) ([]int, error) {
	var out []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			return nil, fmt.Errorf("bad thread count %q", f)
		}
		out = append(out, n)
	}
	slices.Sort(out)
	out = slices.Compact(out)
	if out[0] != 1 {
		out = append([]int{1}, out...) // speedups are relative to one thread
	}
	return out, nil
}

// defaultUnits reads a workload's default units from its last line, the
// call of scalelib.main.
func defaultUnits(dir, workload string) (int, error) {
	src, err := os.ReadFile(filepath.Join(dir, workload+".py"))
	if err != nil {
		return 0, err
	}
	lines := strings.Split(strings.TrimSpace(string(src)), "\n")
	last := lines[len(lines)-1]
	fields := strings.FieldsFunc(last, func(r rune) bool { return r == ',' || r == '(' || r == ')' || r == ' ' })
	for _, f := range fields {
		if n, err := strconv.Atoi(f); err == nil {
			return n, nil
		}
	}
	return 0, fmt.Errorf("%s: no default units in %q", workload, last)
}

// runResult is what one run measured, as the workload reported it: the
// wall time, the process's CPU time over the same span, and the units
// each thread did.
type runResult struct {
	seconds, cpu float64
	units        int
}

// runOnce runs a workload with its default units times unitScale.
func runOnce(bin, dir, workload string, threads int, unitScale float64, timeout time.Duration) (runResult, error) {
	def, err := defaultUnits(dir, workload)
	if err != nil {
		return runResult{}, err
	}
	return runOnceUnits(bin, dir, workload, threads, max(1, int(float64(def)*unitScale)), timeout)
}

// runOnceUnits runs a workload with the given units per thread.
func runOnceUnits(bin, dir, workload string, threads, units int, timeout time.Duration) (runResult, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, filepath.Join(dir, workload+".py"), strconv.Itoa(threads), strconv.Itoa(units))
	cmd.Dir = dir
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		return runResult{}, fmt.Errorf("%s %s at %d threads: %v\n%s", filepath.Base(bin), workload, threads, err, out.String())
	}
	return parseScale(workload, out.String())
}

// parseScale reads "SCALE name threads=N units=U seconds=S cpu=C".
func parseScale(workload, out string) (runResult, error) {
	for _, line := range strings.Split(out, "\n") {
		if !strings.HasPrefix(line, "SCALE "+workload+" ") {
			continue
		}
		var r runResult
		for _, f := range strings.Fields(line)[2:] {
			k, v, _ := strings.Cut(f, "=")
			switch k {
			case "seconds":
				r.seconds, _ = strconv.ParseFloat(v, 64)
			case "cpu":
				r.cpu, _ = strconv.ParseFloat(v, 64)
			case "units":
				r.units, _ = strconv.Atoi(v)
			}
		}
		if r.seconds > 0 {
			return r, nil
		}
	}
	return runResult{}, fmt.Errorf("%s: no result line in\n%s", workload, out)
}

// profileOne runs a workload in this process under the CPU profiler.
func profileOne(dir, workload string, threads int, unitScale float64, file string) error {
	def, err := defaultUnits(dir, workload)
	if err != nil {
		return err
	}
	path := filepath.Join(dir, workload+".py")
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	root, err := syntax.Parse(path, src, syntax.ModeExec, 0)
	if err != nil {
		return err
	}
	code, err := compile.Compile(path, root)
	if err != nil {
		return err
	}
	f, err := os.Create(file)
	if err != nil {
		return err
	}
	defer f.Close()
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400) // as cmd/gilfree does, so the profile matches its runs
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		return err
	}
	units := max(1, int(float64(def)*unitScale))
	status := eval.RunMain(eval.Program{
		Code: code, Filename: path,
		Argv:  []string{path, strconv.Itoa(threads), strconv.Itoa(units)},
		Path:  []string{eval.ScriptPath(path)},
		Stdin: strings.NewReader(""), Stdout: os.Stdout, Stderr: os.Stderr,
	})
	pprof.StopCPUProfile()
	if status != 0 {
		return fmt.Errorf("%s exited with status %d", workload, status)
	}
	fmt.Fprintf(os.Stderr, "profile written to %s: go tool pprof -top %s\n", file, file)
	return nil
}
