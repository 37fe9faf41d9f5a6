package compile

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"gilfree/interp/syntax"
)

var update = flag.Bool("update", false, "rewrite the golden .dis files of testdata")

// TestGolden compiles every testdata/*.py and compares its disassembly
// with the .dis file beside it; `go test ./interp/compile -run Golden
// -update` rewrites them. A file whose first line is "# mode: single" is
// compiled as interactive input.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.py")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			require.NoError(t, err)
			mode := syntax.ModeExec
			if strings.HasPrefix(string(src), "# mode: single\n") {
				mode = syntax.ModeSingle
			}
			name := filepath.Base(f)
			root, err := syntax.Parse(name, src, mode, 0)
			require.NoError(t, err)
			code, err := Compile(name, root)
			require.NoError(t, err)
			require.NoError(t, verify(code))
			var out bytes.Buffer
			require.NoError(t, Disassemble(&out, code))
			golden := strings.TrimSuffix(f, ".py") + ".dis"
			if *update {
				require.NoError(t, os.WriteFile(golden, out.Bytes(), 0o644))
				return
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "run with -update to create it")
			require.Equal(t, string(want), out.String())
		})
	}
}
