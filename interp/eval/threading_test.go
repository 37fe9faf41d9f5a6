package eval

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestThreadingScripts runs the threading and queue scripts of the Python
// test suite in this process, so that go test -race checks the whole path
// of a Python thread: _thread starting goroutines with their own thread
// states, lock waits detaching and attaching, sentinels released at exit,
// and the eval loop running on several threads at once. The output must
// be python3's.
func TestThreadingScripts(t *testing.T) {
	for _, name := range []string{"threads_basic.py", "threads_sync.py", "threads_queue.py"} {
		t.Run(name, func(t *testing.T) {
			path, err := filepath.Abs(filepath.Join("..", "..", "tests", name))
			require.NoError(t, err)
			src, err := os.ReadFile(path)
			require.NoError(t, err)
			status, stdout, stderr := runSource(t, path, src)
			require.Equal(t, 0, status, "stderr:\n%s", stderr)
			wantStatus, want, _ := python3Output(t, path)
			require.Equal(t, 0, wantStatus)
			assert.Equal(t, want, stdout)
		})
	}
}
