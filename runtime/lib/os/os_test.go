package os

import (
	"os"
	"path/filepath"
	"sort"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Strerror gives the C library's messages as Python prints them.
func TestStrerror(t *testing.T) {
	tests := []struct {
		errno syscall.Errno
		want  string
	}{
		{syscall.ENOENT, "No such file or directory"},
		{syscall.EEXIST, "File exists"},
		{syscall.EACCES, "Permission denied"},
		{syscall.ENOTEMPTY, "Directory not empty"},
		{syscall.EBADF, "Bad file descriptor"},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, Strerror(tc.errno))
	}
}

// readDir reports each entry's kind from the directory, and the errnos
// listdir raises.
func TestReadDir(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "f"), nil, 0o644))
	require.NoError(t, os.Mkdir(filepath.Join(dir, "d"), 0o755))
	require.NoError(t, os.Symlink("f", filepath.Join(dir, "l")))
	entries, err := readDir(dir)
	require.NoError(t, err)
	sort.Slice(entries, func(i, j int) bool { return entries[i].name < entries[j].name })
	assert.Equal(t, []dirent{{"d", 'd'}, {"f", 'f'}, {"l", 'l'}}, entries)

	_, err = readDir(filepath.Join(dir, "missing"))
	assert.Equal(t, syscall.ENOENT, err)
	_, err = readDir(filepath.Join(dir, "f"))
	assert.Equal(t, syscall.ENOTDIR, err)
}
