package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fakeInterpreter writes an executable shell script that stands for an
// interpreter, and returns its path.
func fakeInterpreter(t *testing.T, body string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "interp")
	require.NoError(t, os.WriteFile(path, []byte("#!/bin/sh\n"+body+"\n"), 0o755))
	return path
}

func TestMeasure(t *testing.T) {
	if _, err := os.Stat("/bin/sh"); err != nil {
		t.Skip("no /bin/sh for fake interpreters")
	}
	prog := filepath.Join(t.TempDir(), "prog.py")
	require.NoError(t, os.WriteFile(prog, nil, 0o644))
	python := fakeInterpreter(t, "echo result")
	tests := []struct {
		name, python, gilfree string
		gilfreeRuns           int
		cannotRun, failure    string
	}{
		{"runs", python, fakeInterpreter(t, "echo result"), 3, "", ""},
		{"cannot run", python, fakeInterpreter(t, "echo 'not yet' >&2; exit 2"), 0, "exit status 2: not yet", ""},
		{"wrong output", python, fakeInterpreter(t, "echo other"), 0, "",
			`output differs from python3's: line 1: python3 "result", gilfree "other"`},
		{"python3 fails", fakeInterpreter(t, "exit 1"), fakeInterpreter(t, "echo result"), 0, "", "python3 fails: exit status 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := measure(prog, tt.python, tt.gilfree, 3, false)
			assert.Equal(t, "prog", r.Program)
			assert.Equal(t, tt.cannotRun, r.CannotRun)
			assert.Equal(t, tt.failure, r.Failure)
			assert.Len(t, r.GilfreeTimes, tt.gilfreeRuns)
			assert.Equal(t, tt.gilfreeRuns > 0, r.Ratio != nil)
			if tt.failure == "" {
				assert.Len(t, r.PythonTimes, 3, "python3 runs n times even when gilfree cannot")
			}
		})
	}
}

func TestRowLine(t *testing.T) {
	tests := []struct {
		name string
		row  row
		want string
	}{
		{"ratio", row{Program: "fib", PythonMedian: ptr(0.8), GilfreeMedian: ptr(1.2), Ratio: ptr(1.5)},
			"fib              0.800s     1.200s   1.50x"},
		{"cannot run", row{Program: "sieve", PythonMedian: ptr(1), CannotRun: "exit status 2"},
			"sieve            1.000s          -   cannot run: exit status 2"},
		{"failure", row{Program: "nbody", Failure: "python3 fails: exit status 1"},
			"nbody                 -          -   FAIL: python3 fails: exit status 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.row.line())
		})
	}
	assert.Equal(t, "program         python3    gilfree   ratio", header())
}

func TestSummarize(t *testing.T) {
	tests := []struct {
		name   string
		rows   []row
		failed bool
		line   string
	}{
		{"geometric mean over the programs that ran",
			[]row{{Ratio: ptr(2)}, {CannotRun: "exit status 2"}, {Ratio: ptr(0.5)}}, false,
			"geometric mean of gilfree/python3 over 2 of 3 programs: 1.00x"},
		{"none ran", []row{{CannotRun: "x"}, {CannotRun: "y"}}, false,
			"geometric mean: none (gilfree ran none of the 2 programs)"},
		{"a failure", []row{{Ratio: ptr(4)}, {Failure: "output differs"}}, true,
			"geometric mean of gilfree/python3 over 1 of 2 programs: 4.00x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep := report{Rows: tt.rows}
			rep.summarize()
			assert.Equal(t, tt.failed, rep.Failed)
			assert.Equal(t, tt.line, rep.summaryLine())
		})
	}
}

func TestFirstDifference(t *testing.T) {
	tests := []struct {
		name, want, got, diff string
	}{
		{"changed line", "a\nb\n", "a\nc\n", `line 2: python3 "b", gilfree "c"`},
		{"missing line", "a\nb\n", "a\n", `line 2: python3 "b", gilfree ""`},
		{"extra line", "a\n", "a\nb\nc\n", `line 2: python3 "", gilfree "b"`},
		{"no final newline", "a\n", "a", `line 2: python3 "", gilfree (no line)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.diff, firstDifference(tt.want, tt.got))
		})
	}
}

func TestMeasureStartup(t *testing.T) {
	if _, err := os.Stat("/bin/sh"); err != nil {
		t.Skip("no /bin/sh for fake interpreters")
	}
	python := fakeInterpreter(t, `[ "$1 $2" = "-c pass" ] || exit 3`)
	gilfree := fakeInterpreter(t, `[ "$1 $2" = "-c pass" ] || exit 3`)
	rep, err := measureStartup(python, gilfree, "", 5, false)
	require.NoError(t, err)
	assert.Len(t, rep.PythonTimes, 5)
	assert.Len(t, rep.GilfreeTimes, 5)
	assert.Nil(t, rep.EmptyGoTimes)
	assert.Positive(t, rep.PythonMedian)
	assert.LessOrEqual(t, rep.GilfreeMin, rep.GilfreeMedian)
	assert.InDelta(t, rep.GilfreeMedian/rep.PythonMedian, rep.Ratio, 1e-9)

	emptyGo := fakeInterpreter(t, "exit 0")
	rep, err = measureStartup(python, gilfree, emptyGo, 4, true)
	require.NoError(t, err)
	assert.Len(t, rep.EmptyGoTimes, 4)
	assert.LessOrEqual(t, rep.EmptyGoMin, rep.EmptyGoMedian)

	_, err = measureStartup(python, fakeInterpreter(t, "echo broken >&2; exit 1"), "", 3, false)
	require.ErrorContains(t, err, "-c pass: exit status 1: broken")
}
