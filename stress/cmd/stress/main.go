// Command stress runs gilfree's stress suite for soak runs: every Python
// stress program (or the ones named) with the given thread count, again
// and again until the duration is spent, then prints each program's runs,
// failures and median operations per second.
//
//	go run ./stress/cmd/stress [-threads 8] [-duration 1m] [-gilfree BIN] [-python python3] [-parallel 1] [-race] [programs...]
//
// Each program run has a deadline (-timeout); a program that deadlocks
// prints every thread and fails, and one that does not even do that is
// sent SIGQUIT, which makes gilfree print its goroutine stacks, and is
// then killed. The output of every failed run is kept in the directory
// -keep names (default: a temporary directory, printed at the end).
//
// -parallel runs that many programs at once (errgroup), which loads the
// machine more and shakes out different interleavings; -python also runs
// each program under python3, as a check of the programs themselves; -race
// first runs `go test -race` on the concurrency packages and the suite's
// in-process test, sized by -race.scale.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"

	"gilfree/stress"
)

// tally is one program's runs under one interpreter.
type tally struct {
	runs, failures int
	rates          []float64
	firstFailure   string
}

func main() {
	threads := flag.Int("threads", 8, "threads per program")
	duration := flag.Duration("duration", time.Minute, "how long to keep running the suite")
	gilfree := flag.String("gilfree", "", "the gilfree binary (default: build ./cmd/gilfree)")
	python := flag.String("python", "", `also run each program under this interpreter (e.g. python3)`)
	parallel := flag.Int("parallel", 1, "programs run at once")
	timeout := flag.Duration("timeout", 2*time.Minute, "the deadline of one program run")
	scale := flag.Float64("scale", 1, "multiplier of each program's iterations (STRESS_SCALE)")
	keep := flag.String("keep", "", "directory for the output of failed runs")
	race := flag.Bool("race", false, "first run go test -race on the concurrency packages and the suite")
	raceScale := flag.Float64("race.scale", 1, "STRESS_SCALE for the -race tests")
	flag.Parse()

	progs := flag.Args()
	if len(progs) == 0 {
		progs = stress.Programs()
	}
	for _, p := range progs {
		if !slices.Contains(stress.Programs(), p) {
			fail(fmt.Errorf("no program %q (have %s)", p, strings.Join(stress.Programs(), ", ")))
		}
	}
	dir, err := os.MkdirTemp("", "gilfree-stress")
	fail(err)
	defer os.RemoveAll(dir)
	fail(stress.WritePrograms(dir))
	if *keep == "" {
		*keep, err = os.MkdirTemp("", "gilfree-stress-failures")
		fail(err)
	}
	ok := true
	if *race {
		ok = raceTests(*raceScale) && ok
	}
	if *gilfree == "" {
		*gilfree = filepath.Join(dir, "gilfree")
		fmt.Fprintln(os.Stderr, "building gilfree ...")
		cmd := exec.Command("go", "build", "-o", *gilfree, "gilfree/cmd/gilfree")
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
		fail(cmd.Run())
	}
	bins := map[string]string{"gilfree": *gilfree}
	if *python != "" {
		p, err := exec.LookPath(*python)
		fail(err)
		bins["python3"] = p
	}

	var mu sync.Mutex
	tallies := map[string]*tally{} // by "interp program"
	deadline := time.Now().Add(*duration)
	ctx := context.Background()
	for round := 1; round == 1 || time.Now().Before(deadline); round++ {
		g, gctx := errgroup.WithContext(ctx)
		g.SetLimit(*parallel)
		for _, prog := range progs {
			for name, bin := range bins {
				g.Go(func() error {
					r := stress.Run{Bin: bin, Dir: dir, Name: prog, Threads: *threads, Scale: *scale, Timeout: *timeout}
					res, out := r.Exec(gctx)
					mu.Lock()
					defer mu.Unlock()
					key := name + " " + prog
					t := tallies[key]
					if t == nil {
						t = &tally{}
						tallies[key] = t
					}
					t.runs++
					if res.OK {
						t.rates = append(t.rates, res.OpsPerS)
						return nil
					}
					t.failures++
					file := filepath.Join(*keep, fmt.Sprintf("%s-%s-%d.txt", name, prog, t.runs))
					if err := os.WriteFile(file, []byte(out), 0o644); err != nil {
						return err
					}
					if t.firstFailure == "" {
						t.firstFailure = res.Reason + " (" + file + ")"
					}
					fmt.Fprintf(os.Stderr, "FAIL %s %s: %s\n", name, prog, res.Reason)
					return nil
				})
			}
		}
		fail(g.Wait())
		fmt.Fprintf(os.Stderr, "round %d done\n", round)
	}
	ok = report(tallies, *threads) && ok
	if !ok {
		fmt.Printf("outputs of failed runs: %s\n", *keep)
		os.Exit(1)
	}
	os.RemoveAll(*keep)
}

// report prints one line per program and interpreter and says whether
// every run passed.
func report(tallies map[string]*tally, threads int) bool {
	keys := make([]string, 0, len(tallies))
	for k := range tallies {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	ok := true
	fmt.Printf("%-8s %-16s %7s %5s %5s %12s\n", "interp", "program", "threads", "runs", "fails", "ops/s(med)")
	for _, k := range keys {
		t := tallies[k]
		interp, prog, _ := strings.Cut(k, " ")
		status := ""
		if t.failures > 0 {
			ok = false
			status = "  FAIL: " + t.firstFailure
		}
		fmt.Printf("%-8s %-16s %7d %5d %5d %12.0f%s\n", interp, prog, threads, t.runs, t.failures, median(t.rates), status)
	}
	if ok {
		fmt.Println("PASS")
	} else {
		fmt.Println("FAIL")
	}
	return ok
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}

// raceTests runs the race-detector tests of the concurrency packages and
// the suite, sized by STRESS_SCALE.
func raceTests(scale float64) bool {
	args := []string{"test", "-race", "-count=1", "-timeout", "2h",
		"gilfree/refcount", "gilfree/locks", "gilfree/thread", "gilfree/stress/...", "gilfree/runtime"}
	fmt.Fprintf(os.Stderr, "go %s\n", strings.Join(args, " "))
	cmd := exec.Command("go", args...)
	cmd.Env = append(os.Environ(), "STRESS_SCALE="+strconv.FormatFloat(scale, 'g', -1, 64))
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		fmt.Printf("race tests: %v\n", err)
		return false
	}
	return true
}

func fail(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "stress:", err)
		os.Exit(2)
	}
}
