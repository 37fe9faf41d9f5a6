package tests

import (
	"path/filepath"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// timingLine matches the runner's "Ran N tests in 0.012s" line, whose
// time differs from run to run.
var timingLine = regexp.MustCompile(`(?m)^(Ran \d+ tests?) in \d+\.\d+s$`)

// TestUnittestMain runs the test files of unittestdata/, written for
// CPython (several TestCases, fixtures, failures, errors, skips, subtests),
// through unittest.main() under python3 and gilfree with several command
// lines, and requires the same standard output, standard error (timings
// normalised) and exit status.
func TestUnittestMain(t *testing.T) {
	python := findPython()
	if python == "" {
		t.Skip("python3 not found")
	}
	gilfree := buildGilfree(t)
	cases := []struct {
		name string
		file string
		args []string
		exit int
	}{
		{"dots", "cpython_style.py", nil, 1},
		{"verbose", "cpython_style.py", []string{"-v"}, 1},
		{"quiet", "cpython_style.py", []string{"-q"}, 1},
		{"one passing test", "cpython_style.py", []string{"Arithmetic.test_add"}, 0},
		{"a class by name", "cpython_style.py", []string{"-v", "Strings"}, 1},
		{"a skipped class", "cpython_style.py", []string{"Skipped"}, 0},
		{"unknown option", "cpython_style.py", []string{"--nope"}, 2},
		{"help", "cpython_style.py", []string{"-h"}, 0},
		{"failfast", "cpython_style.py", []string{"-f", "Arithmetic"}, 1},
		{"name pattern", "cpython_style.py", []string{"-k", "raises"}, 1},
		{"fixtures, verbosity 2", "fixtures_style.py", nil, 1},
		{"fixtures, quiet", "fixtures_style.py", []string{"-q"}, 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			script, err := filepath.Abs(filepath.Join("unittestdata", tc.file))
			require.NoError(t, err)
			args := append([]string{script}, tc.args...)
			want := runArgs(t, python, args, nil)
			got := runArgs(t, gilfree, args, nil)
			require.NoError(t, want.err)
			require.NoError(t, got.err)
			assert.Equal(t, tc.exit, want.exitCode, "python3 exit status; stderr:\n%s", want.stderr)
			assert.Equal(t, want.exitCode, got.exitCode, "gilfree exit status; stderr:\n%s", got.stderr)
			assert.Equal(t, want.stdout, got.stdout, "standard output")
			assert.Equal(t, timingLine.ReplaceAllString(want.stderr, "$1"),
				timingLine.ReplaceAllString(got.stderr, "$1"), "standard error")
		})
	}
}
