package stress

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"time"
)

// Run describes one run of a stress program by an interpreter binary.
type Run struct {
	Bin     string        // the interpreter: a gilfree binary or python3
	Dir     string        // where WritePrograms put the programs
	Name    string        // the program
	Threads int           // STRESS_THREADS
	Iters   int           // STRESS_ITERS; 0 keeps the program's default
	Scale   float64       // STRESS_SCALE; 0 keeps 1
	Timeout time.Duration // the program's own deadline (STRESS_TIMEOUT)
}

// grace is how long past its own deadline a program may take before the
// runner stops it: the watchdog had its chance to report, so the process
// is wedged below Python (a Go-level deadlock, or a watchdog that cannot
// run). The runner then sends SIGQUIT, which makes a Go binary print
// every goroutine's stack (gilfree's threads are goroutines), and kills it
// if that does not end it.
const grace = 30 * time.Second

// Exec runs the program and returns its result and its combined output.
func (r Run) Exec(ctx context.Context) (Result, string) {
	timeout := r.Timeout
	if timeout <= 0 {
		timeout = 120 * time.Second
	}
	ctx, cancel := context.WithTimeout(ctx, timeout+grace)
	defer cancel()
	cmd := exec.CommandContext(ctx, r.Bin, filepath.Join(r.Dir, r.Name+".py"))
	cmd.Dir = r.Dir
	cmd.Env = append(os.Environ(),
		"STRESS_THREADS="+strconv.Itoa(r.Threads),
		"STRESS_TIMEOUT="+strconv.FormatFloat(timeout.Seconds(), 'f', -1, 64))
	if r.Iters > 0 {
		cmd.Env = append(cmd.Env, "STRESS_ITERS="+strconv.Itoa(r.Iters))
	}
	if r.Scale > 0 {
		cmd.Env = append(cmd.Env, "STRESS_SCALE="+strconv.FormatFloat(r.Scale, 'g', -1, 64))
	}
	cmd.Cancel = func() error { return cmd.Process.Signal(syscall.SIGQUIT) }
	cmd.WaitDelay = 10 * time.Second
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	res := ParseResult(r.Name, out.String())
	var ee *exec.ExitError
	switch {
	case ctx.Err() != nil && !res.OK:
		res.Reason = fmt.Sprintf("killed after %v (SIGQUIT; goroutine stacks in the output)", timeout+grace)
	case errors.As(err, &ee) && res.OK:
		res.OK = false
		res.Reason = fmt.Sprintf("reported ok but exited with status %d", ee.ExitCode())
	case err != nil && !errors.As(err, &ee):
		res.OK = false
		res.Reason = err.Error()
	}
	return res, out.String()
}
