package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRunModule compares gilfree -m with python3 -m on a tree of modules
// and packages in the current directory: a module, a package's
// __main__ (its __init__ runs first, relative imports work), a module
// of a subpackage, a package without __main__, a missing module; sys.argv[0]
// is the file's full path and sys.path[0] the current directory.
func TestRunModule(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"mod.py":              "import sys, os\nprint('mod', __name__, repr(__package__), sys.argv[1:], sys.argv[0] == __file__, sys.path[0] == os.getcwd())\n",
		"pkg/__init__.py":     "print('pkg init', __name__)\n",
		"pkg/__main__.py":     "import sys\nfrom . import helper\nprint('main', __name__, __package__, sys.argv[1:], helper.X, sys.argv[0].endswith('pkg/__main__.py'))\n",
		"pkg/helper.py":       "X = 42\n",
		"pkg/sub/__init__.py": "",
		"pkg/sub/m.py":        "from .. import helper\nprint('sub.m', __name__, __package__, helper.X)\n",
		"plain/__init__.py":   "",
		"fails.py":            "raise SystemExit(4)\n",
	})
	wd, err := os.Getwd()
	require.NoError(t, err)
	require.NoError(t, os.Chdir(dir))
	defer os.Chdir(wd)
	for _, args := range [][]string{
		{"-m", "mod", "a", "b"},
		{"-m", "pkg", "x"},
		{"-m", "pkg.sub.m"},
		{"-m", "fails"},
	} {
		t.Run(args[1], func(t *testing.T) {
			status, stdout, stderr := gilfree("", args...)
			pyStatus, pyStdout, _ := python3(t, dir, args...)
			assert.Equal(t, pyStatus, status, stderr)
			assert.Equal(t, pyStdout, stdout)
		})
	}
	for _, c := range []struct{ name, msg string }{
		{"nosuch", "gilfree: No module named nosuch\n"},
		{"plain", "gilfree: No module named plain.__main__; 'plain' is a package and cannot be directly executed\n"},
		{"pkg.nosuch", "gilfree: No module named pkg.nosuch\n"},
	} {
		status, _, stderr := gilfree("", "-m", c.name)
		assert.Equal(t, 1, status)
		assert.Equal(t, c.msg, stderr)
	}
}

// TestRunModuleFromLibrary runs a module of the embedded standard
// library with -m, found after the current directory.
func TestRunModuleFromLibrary(t *testing.T) {
	dir := t.TempDir()
	wd, err := os.Getwd()
	require.NoError(t, err)
	require.NoError(t, os.Chdir(dir))
	defer os.Chdir(wd)
	status, stdout, stderr := gilfree("", "-m", "_gilfree_selftest")
	require.Equal(t, 0, status, stderr)
	assert.Empty(t, stdout)
	status, _, stderr = gilfree("", "-m", "json")
	assert.Equal(t, 1, status)
	assert.Equal(t, "gilfree: No module named json.__main__; 'json' is a package and cannot be directly executed\n", stderr)

	require.NoError(t, os.WriteFile(filepath.Join(dir, "platform.py"), []byte("print('mine')\n"), 0o644))
	status, stdout, _ = gilfree("", "-m", "platform")
	assert.Equal(t, 0, status)
	assert.Equal(t, "mine\n", stdout, "the current directory comes first")
}
