package benchkit

import (
	"errors"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMedian(t *testing.T) {
	tests := []struct {
		name  string
		times []time.Duration
		want  time.Duration
	}{
		{"none", nil, 0},
		{"one", []time.Duration{5}, 5},
		{"odd, unsorted", []time.Duration{9, 1, 5}, 5},
		{"even: mean of the middle two", []time.Duration{4, 1, 10, 2}, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Median(tt.times))
		})
	}
	times := []time.Duration{3, 1, 2}
	Median(times)
	assert.Equal(t, []time.Duration{3, 1, 2}, times, "Median must not reorder its argument")
}

func TestGeoMean(t *testing.T) {
	tests := []struct {
		name   string
		values []float64
		want   float64
	}{
		{"one", []float64{1.5}, 1.5},
		{"reciprocals cancel", []float64{2, 0.5}, 1},
		{"three", []float64{1, 2, 4}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.InDelta(t, tt.want, GeoMean(tt.values), 1e-12)
		})
	}
	assert.True(t, math.IsNaN(GeoMean(nil)))
}

func TestPrograms(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"b.py", "a.py", "notes.txt"} {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), nil, 0o644))
	}
	all, err := Programs(dir, nil)
	require.NoError(t, err)
	assert.Equal(t, []string{filepath.Join(dir, "a.py"), filepath.Join(dir, "b.py")}, all)

	some, err := Programs(dir, []string{"b", "a.py"})
	require.NoError(t, err)
	assert.Equal(t, []string{filepath.Join(dir, "b.py"), filepath.Join(dir, "a.py")}, some)

	_, err = Programs(dir, []string{"missing"})
	assert.Error(t, err)
	_, err = Programs(t.TempDir(), nil)
	assert.Error(t, err)
	assert.Equal(t, "fib", Name("/x/bench/fib.py"))
}

func TestRunFailure(t *testing.T) {
	tests := []struct {
		name string
		run  Run
		want string
	}{
		{"success", Run{Stderr: "warning\n"}, ""},
		{"traceback", Run{Err: errors.New("exit status 1"), Stderr: "Traceback:\n  ...\nValueError: x\n"},
			"exit status 1: ValueError: x"},
		{"no stderr", Run{Err: errors.New("timed out after 1s")}, "timed out after 1s"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.run.Failure())
		})
	}
}

func TestRunProgram(t *testing.T) {
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh to run scripts with")
	}
	dir := t.TempDir()
	tests := []struct {
		name, script, stdout, failure string
		timeout                       time.Duration
	}{
		{"success", "echo out; pwd >&2", "out\n", "", 10 * time.Second},
		{"exit status", "echo partial; echo 'Error: bad' >&2; exit 3", "partial\n", "exit status 3: Error: bad", 10 * time.Second},
		{"time-out", "exec sleep 10", "", "timed out after 200ms", 200 * time.Millisecond},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, fmt.Sprintf("script%d.sh", i))
			require.NoError(t, os.WriteFile(path, []byte(tt.script+"\n"), 0o644))
			r := RunProgram(sh, path, tt.timeout)
			assert.Equal(t, tt.stdout, r.Stdout)
			assert.Equal(t, tt.failure, r.Failure())
			assert.Positive(t, r.Wall)
			if tt.failure == "" {
				assert.Equal(t, dir+"\n", r.Stderr, "programs run in their own directory")
			}
		})
	}
}
