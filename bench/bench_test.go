// Package bench holds gilfree's benchmark programs (the .py files of this
// directory) and a Go benchmark over them; the runner command in
// bench/runner compares their times with python3's.
package bench

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"gilfree/bench/internal/benchkit"
	"gilfree/interp/compile"
	"gilfree/interp/syntax"
)

// runTimeout bounds one run of one program.
const runTimeout = 5 * time.Minute

// BenchmarkPrograms runs each benchmark program under gilfree, built once
// (or the binary GILFREE_BIN names), one sub-benchmark per program. Before
// timing, a first run's output is compared with python3's when python3 is
// present. A program gilfree cannot run is skipped, with the reason.
func BenchmarkPrograms(b *testing.B) {
	programs, err := benchkit.Programs(".", nil)
	require.NoError(b, err)
	gilfree := os.Getenv("GILFREE_BIN")
	if gilfree == "" {
		gilfree, err = benchkit.BuildGilfree(b.TempDir())
		require.NoError(b, err)
	}
	python, err := benchkit.FindPython("python3")
	if err != nil {
		python = ""
	}
	for _, prog := range programs {
		abs, err := filepath.Abs(prog)
		require.NoError(b, err)
		b.Run(benchkit.Name(prog), func(b *testing.B) {
			first := benchkit.RunProgram(gilfree, abs, runTimeout)
			if first.Err != nil {
				b.Skipf("gilfree cannot run %s: %s", prog, first.Failure())
			}
			if python != "" {
				want := benchkit.RunProgram(python, abs, runTimeout)
				require.NoError(b, want.Err, "python3 %s: %s", prog, want.Failure())
				require.Equal(b, want.Stdout, first.Stdout, "output of gilfree %s differs from python3's", prog)
			}
			for b.Loop() {
				if r := benchkit.RunProgram(gilfree, abs, runTimeout); r.Err != nil {
					b.Fatalf("gilfree %s: %s", prog, r.Failure())
				}
			}
		})
	}
}

// TestProgramsCompile checks that gilfree's front end parses and compiles
// every benchmark program, without running any.
func TestProgramsCompile(t *testing.T) {
	programs, err := benchkit.Programs(".", nil)
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(programs), 10, "the suite has about ten programs")
	for _, prog := range programs {
		t.Run(benchkit.Name(prog), func(t *testing.T) {
			src, err := os.ReadFile(prog)
			require.NoError(t, err)
			root, err := syntax.Parse(prog, src, syntax.ModeExec, 0)
			require.NoError(t, err)
			_, err = compile.Compile(prog, root)
			require.NoError(t, err)
		})
	}
}
