package subprocess

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// lookPath searches the child's PATH as CPython's _posixsubprocess does:
// a name with a slash as it is, the first executable match, EACCES when
// only non-executable files match.
func TestLookPath(t *testing.T) {
	dir := t.TempDir()
	exe := filepath.Join(dir, "prog")
	require.NoError(t, os.WriteFile(exe, []byte("#!/bin/sh\n"), 0o755))
	plain := filepath.Join(dir, "plain")
	require.NoError(t, os.WriteFile(plain, []byte("x"), 0o644))
	require.NoError(t, os.Mkdir(filepath.Join(dir, "adir"), 0o755))
	env := []string{"HOME=/x", "PATH=/nonexistent:" + dir}
	tests := []struct {
		name string
		prog string
		want string
		err  error
	}{
		{"found on PATH", "prog", exe, nil},
		{"slash used as is", "./whatever", "./whatever", nil},
		{"not executable", "plain", "", syscall.EACCES},
		{"directories skipped", "adir", "", syscall.ENOENT},
		{"missing", "nope", "", syscall.ENOENT},
		{"empty name", "", "", syscall.ENOENT},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := lookPath(tc.prog, env)
			assert.Equal(t, tc.err, err)
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestSplitList(t *testing.T) {
	assert.Equal(t, []string{"a", "", "b"}, splitList("a::b"))
	assert.Equal(t, []string{""}, splitList(""))
	assert.Equal(t, []string{"/bin", "/usr/bin"}, splitList("/bin:/usr/bin"))
}
