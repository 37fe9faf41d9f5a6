package stress

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// pyFiles holds the stress programs and their helper module.
//
//go:embed py/*.py
var pyFiles embed.FS

// scaleFiles holds the scaling workloads.
//
//go:embed scale/*.py
var scaleFiles embed.FS

// helpers are the modules the programs and workloads import; they are
// not programs.
var helpers = []string{"stresslib", "scalelib"}

// Programs returns the names of the stress programs, sorted.
func Programs() []string { return names(pyFiles, "py") }

// Workloads returns the names of the scaling workloads, sorted.
func Workloads() []string { return names(scaleFiles, "scale") }

func names(fsys embed.FS, dir string) []string {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		panic(err) // the embedded directory always exists
	}
	var out []string
	for _, e := range entries {
		name := strings.TrimSuffix(e.Name(), ".py")
		if !slices.Contains(helpers, name) {
			out = append(out, name)
		}
	}
	slices.Sort(out)
	return out
}

// WritePrograms writes the stress programs and their helper into dir,
// for an interpreter to run from there.
func WritePrograms(dir string) error { return writeAll(pyFiles, "py", dir) }

// WriteWorkloads writes the scaling workloads into dir.
func WriteWorkloads(dir string) error { return writeAll(scaleFiles, "scale", dir) }

func writeAll(fsys embed.FS, sub, dir string) error {
	entries, err := fs.ReadDir(fsys, sub)
	if err != nil {
		return err
	}
	for _, e := range entries {
		data, err := fsys.ReadFile(sub + "/" + e.Name())
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, e.Name()), data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// Source returns a stress program's source.
func Source(name string) ([]byte, error) { return pyFiles.ReadFile("py/" + name + ".py") }

// Result is what one run of a stress program reported on its last
// "STRESS" line.
type Result struct {
	Name    string
	OK      bool
	Threads int
	Ops     int64
	Seconds float64
	OpsPerS float64
	Reason  string // why it failed, when it did
}

// ParseResult finds the result line in a program's output. A run that
// printed none (it crashed or was killed) is a failure whose reason says
// so.
func ParseResult(name, output string) Result {
	var line string
	sc := bufio.NewScanner(strings.NewReader(output))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<24)
	for sc.Scan() {
		if s := sc.Text(); strings.HasPrefix(s, "STRESS "+name+" ") {
			line = s
		}
	}
	if line == "" {
		return Result{Name: name, Reason: "no result line (crashed or killed)"}
	}
	fields := strings.Fields(line)
	r := Result{Name: name}
	if len(fields) < 3 || fields[2] != "ok" {
		r.Reason = strings.TrimPrefix(line, "STRESS "+name+" FAIL ")
		return r
	}
	r.OK = true
	for _, f := range fields[3:] {
		k, v, _ := strings.Cut(f, "=")
		var err error
		switch k {
		case "threads":
			r.Threads, err = strconv.Atoi(v)
		case "ops":
			r.Ops, err = strconv.ParseInt(v, 10, 64)
		case "seconds":
			r.Seconds, err = strconv.ParseFloat(v, 64)
		case "ops_per_s":
			r.OpsPerS, err = strconv.ParseFloat(v, 64)
		}
		if err != nil {
			return Result{Name: name, Reason: fmt.Sprintf("bad result line %q: %v", line, err)}
		}
	}
	return r
}
