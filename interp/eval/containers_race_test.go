package eval

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestThreadsContainersScript runs tests/threads_containers.py in-process,
// so that go test -race watches shared lists, dicts, sets, bytearrays and
// instance dicts changed by several Python threads at once.
func TestThreadsContainersScript(t *testing.T) {
	path, err := filepath.Abs(filepath.Join("..", "..", "tests", "threads_containers.py"))
	require.NoError(t, err)
	src, err := os.ReadFile(path)
	require.NoError(t, err)
	status, stdout, stderr := runSource(t, path, src)
	require.Equal(t, 0, status, "stderr:\n%s", stderr)
	wantStatus, want, _ := python3Output(t, path)
	require.Equal(t, 0, wantStatus)
	assert.Equal(t, want, stdout)
}
