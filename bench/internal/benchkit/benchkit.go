// Package benchkit holds what gilfree's benchmark commands and benchmarks
// share: building the gilfree command, finding the real python3, listing
// and running the benchmark programs, and the statistics of their times.
package benchkit

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// Median returns the median of times: the middle one, or the mean of the
// two middle ones. It returns 0 for no times.
func Median(times []time.Duration) time.Duration {
	if len(times) == 0 {
		return 0
	}
	s := slices.Clone(times)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// GeoMean returns the geometric mean of positive values, or NaN for none.
func GeoMean(values []float64) float64 {
	if len(values) == 0 {
		return math.NaN()
	}
	sum := 0.0
	for _, v := range values {
		sum += math.Log(v)
	}
	return math.Exp(sum / float64(len(values)))
}

// ModuleRoot returns the directory of the gilfree module that holds the
// current directory.
func ModuleRoot() (string, error) {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOMOD: %v", err)
	}
	gomod := strings.TrimSpace(string(out))
	if gomod == "" || gomod == os.DevNull {
		return "", errors.New("not inside the gilfree module")
	}
	return filepath.Dir(gomod), nil
}

// BuildGilfree builds the gilfree command into dir and returns the path of
// the binary. It must run inside the gilfree module.
func BuildGilfree(dir string) (string, error) {
	bin := filepath.Join(dir, "gilfree")
	out, err := exec.Command("go", "build", "-o", bin, "gilfree/cmd/gilfree").CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("go build gilfree/cmd/gilfree: %v\n%s", err, out)
	}
	return bin, nil
}

// FindPython returns the path of the interpreter that the command name
// runs, as that interpreter reports it (sys.executable). Version managers
// such as pyenv put shell-script shims on PATH that cost a few hundred
// milliseconds per start; timing the interpreter itself leaves them out.
func FindPython(name string) (string, error) {
	path, err := exec.LookPath(name)
	if err != nil {
		return "", err
	}
	out, err := exec.Command(path, "-c", "import sys; print(sys.executable)").Output()
	if err != nil {
		return "", fmt.Errorf("%s: %v", path, err)
	}
	if real := strings.TrimSpace(string(out)); real != "" {
		return real, nil
	}
	return path, nil
}

// Programs returns the benchmark programs of dir, sorted: every .py file
// when names is empty, else the ones named (with or without ".py", or as
// paths to files elsewhere).
func Programs(dir string, names []string) ([]string, error) {
	if len(names) == 0 {
		progs, err := filepath.Glob(filepath.Join(dir, "*.py"))
		if err != nil {
			return nil, err
		}
		if len(progs) == 0 {
			return nil, fmt.Errorf("no .py programs in %s", dir)
		}
		slices.Sort(progs)
		return progs, nil
	}
	var progs []string
	for _, name := range names {
		path := name
		if !strings.ContainsRune(name, filepath.Separator) {
			path = filepath.Join(dir, strings.TrimSuffix(name, ".py")+".py")
		}
		if _, err := os.Stat(path); err != nil {
			return nil, err
		}
		progs = append(progs, path)
	}
	return progs, nil
}

// Name returns a program's name: its file name without ".py".
func Name(program string) string {
	return strings.TrimSuffix(filepath.Base(program), ".py")
}

// Run is the outcome of one run of a program.
type Run struct {
	Stdout, Stderr string
	Wall           time.Duration // elapsed time, start to exit
	CPU            time.Duration // user and system time of the process
	Err            error         // nil when the program exited with status 0
}

// RunProgram runs command on program, in the program's directory, with an
// empty standard input, and kills it after timeout.
func RunProgram(command, program string, timeout time.Duration) Run {
	return RunCommand(command, []string{program}, filepath.Dir(program), timeout)
}

// RunCommand runs command with args in dir, as RunProgram runs a
// program: the start-up benchmark runs "-c pass" this way.
func RunCommand(command string, args []string, dir string, timeout time.Duration) Run {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, command, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PYTHONDONTWRITEBYTECODE=1", "PYTHONUTF8=1")
	cmd.WaitDelay = time.Second
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	r := Run{Wall: time.Since(start), Stdout: stdout.String(), Stderr: stderr.String(), Err: err}
	if cmd.ProcessState != nil {
		r.CPU = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	}
	if ctx.Err() != nil {
		r.Err = fmt.Errorf("timed out after %v", timeout)
	}
	return r
}

// Failure describes a failed run in one line: how it ended and the last
// line of its standard error (a traceback's exception).
func (r Run) Failure() string {
	if r.Err == nil {
		return ""
	}
	last := strings.TrimRight(r.Stderr, "\n")
	last = last[strings.LastIndex(last, "\n")+1:]
	if last == "" {
		return r.Err.Error()
	}
	return r.Err.Error() + ": " + last
}
