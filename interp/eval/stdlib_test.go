package eval

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEmbeddedLibrary imports a module of the embedded library through
// the last sys.path entry, and checks that a script's own module of the
// same name shadows it and that tracebacks show embedded source lines.
func TestEmbeddedLibrary(t *testing.T) {
	tests := []struct {
		name, src, stdout, stderrHas string
		status                       int
	}{
		{
			name: "import",
			src: "import sys, _gilfree_selftest as m\n" +
				"print(m.ANSWER, m.where(), sys.path[-1])\n",
			stdout: "45 ('_gilfree_selftest', '<gilfree>/lib/_gilfree_selftest.py') <gilfree>/lib\n",
		},
		{
			name:      "traceback shows the embedded line",
			src:       "import _gilfree_selftest as m\nm.fail()\n",
			status:    1,
			stderrHas: "  File \"<gilfree>/lib/_gilfree_selftest.py\", line 11, in fail\n    raise ValueError(\"raised in the library\")\n",
		},
		{
			name: "submodule of an embedded package",
			src: "import _gilfree_selfpkg.sub as s\nfrom _gilfree_selfpkg import sub\n" +
				"print(s.FULL, sub is s, s.__file__, s.__package__)\n",
			stdout: "pkg.sub True <gilfree>/lib/_gilfree_selfpkg/sub.py _gilfree_selfpkg\n",
		},
		{
			name:   "missing",
			src:    "try:\n    import _gilfree_no_such\nexcept ImportError as e:\n    print(type(e).__name__, e)\n",
			stdout: "ModuleNotFoundError No module named '_gilfree_no_such'\n",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			status, stdout, stderr := runSource(t, t.TempDir()+"/main.py", []byte(tc.src))
			require.Equal(t, tc.status, status, stderr)
			assert.Equal(t, tc.stdout, stdout)
			assert.Contains(t, stderr, tc.stderrHas)
		})
	}
}
