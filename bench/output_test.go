package bench

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"gilfree/bench/internal/benchkit"
)

// quickTimeout bounds one quick run. Quick runs take well under a second;
// the bound leaves room for a loaded machine and for CI running this test
// beside the race-enabled tests of other packages.
const quickTimeout = 2 * time.Minute

// quickPrefix starts the header comment line that gives a program's
// arguments for a quick run.
const quickPrefix = "# quick:"

// quickArgs returns the arguments that the "# quick:" line of a program's
// header gives, and whether it has such a line. The header is what comes
// before the first statement: comment and blank lines and the module's
// docstring. A program without the line is left to the runner and
// BenchmarkPrograms.
func quickArgs(src string) ([]string, bool) {
	sc := bufio.NewScanner(strings.NewReader(src))
	closing := "" // the quotes that end the docstring being skipped
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), " \t\r")
		switch {
		case closing != "":
			if strings.Contains(line, closing) {
				closing = ""
			}
		case strings.HasPrefix(line, quickPrefix):
			return strings.Fields(strings.TrimPrefix(line, quickPrefix)), true
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, `"""`) || strings.HasPrefix(line, "'''"):
			if q := line[:3]; !strings.Contains(line[3:], q) {
				closing = q
			}
		default:
			return nil, false
		}
	}
	return nil, false
}

func TestQuickArgs(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
		ok   bool
	}{
		{"one argument", "# what it measures\n# quick: 7\nimport sys\n", []string{"7"}, true},
		{"several arguments", "# quick:  5 2\n", []string{"5", "2"}, true},
		{"no arguments", "# quick:\n", []string{}, true},
		{"no quick line", "# what it measures\nprint(1)\n", nil, false},
		{"after the docstring", "\"\"\"Doc.\n\nMore.\n\"\"\"\n# quick: 4\nimport sys\n", []string{"4"}, true},
		{"after a one-line docstring", "'''Doc.'''\n\n# quick: 2 1\n", []string{"2", "1"}, true},
		{"not inside the docstring", "\"\"\"Doc.\n# quick: 4\n\"\"\"\nimport sys\n", nil, false},
		{"only in the header", "# header\nx = 1\n# quick: 3\n", nil, false},
		{"not at the start of the line", "#  quick: 3\n", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := quickArgs(tt.src)
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestProgramsOutput runs every benchmark program that declares a quick
// run under gilfree (built once, without the race detector) with its quick
// arguments: each must exit with status 0 and, when python3 is present,
// print exactly what python3 prints for the same arguments.
func TestProgramsOutput(t *testing.T) {
	programs, err := benchkit.Programs(".", nil)
	require.NoError(t, err)
	type quick struct {
		path string
		args []string
	}
	var quicks []quick
	for _, prog := range programs {
		src, err := os.ReadFile(prog)
		require.NoError(t, err)
		if args, ok := quickArgs(string(src)); ok {
			abs, err := filepath.Abs(prog)
			require.NoError(t, err)
			quicks = append(quicks, quick{abs, args})
		}
	}
	require.NotEmpty(t, quicks, "no program has a %q line", quickPrefix)

	gilfree, err := benchkit.BuildGilfree(t.TempDir())
	require.NoError(t, err)
	python, err := benchkit.FindPython("python3")
	if err != nil {
		python = ""
	}
	for _, q := range quicks {
		t.Run(benchkit.Name(q.path), func(t *testing.T) {
			args := append([]string{q.path}, q.args...)
			got := benchkit.RunCommand(gilfree, args, filepath.Dir(q.path), quickTimeout)
			require.NoError(t, got.Err, "gilfree %s: %s\n%s", strings.Join(args, " "), got.Failure(), got.Stderr)
			if python == "" {
				t.Skip("python3 is not on PATH: gilfree ran the program but its output is not compared")
			}
			want := benchkit.RunCommand(python, args, filepath.Dir(q.path), quickTimeout)
			require.NoError(t, want.Err, "python3 %s: %s", strings.Join(args, " "), want.Failure())
			assert.Equal(t, want.Stdout, got.Stdout, "gilfree's output differs from python3's")
		})
	}
}
