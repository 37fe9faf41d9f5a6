package runtime

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFileBufferSharesWrites has threads write lines of text to a text
// file and lines of bytes to its buffer at once: every line arrives whole,
// as both write into one bufio.Writer under one mutex (run with -race to
// see that they share it race-free).
func TestFileBufferSharesWrites(t *testing.T) {
	th := thr(t)
	path := filepath.Join(t.TempDir(), "out.txt")
	f, err := th.Open(th.NewStr(path), "w", true)
	require.NoError(t, err)
	buf, err := th.GetAttrString(f, "buffer")
	require.NoError(t, err)
	again, err := th.GetAttrString(f, "buffer")
	require.NoError(t, err)
	assert.Same(t, buf, again, "the buffer is made once")
	th.Decref(again)
	const threads, lines = 4, 200
	hammer(t, threads, func(t2 *Thread, g int) {
		for j := 0; j < lines; j++ {
			var r *Object
			var err error
			if j%2 == 0 {
				r, err = t2.CallMethod(f, "write", t2.NewStr(fmt.Sprintf("t%d-%d\n", g, j)))
			} else {
				r, err = t2.CallMethod(buf, "write", t2.NewBytes([]byte(fmt.Sprintf("b%d-%d\n", g, j))))
			}
			if !assert.NoError(t, err) {
				return
			}
			t2.Decref(r)
		}
	})
	r, err := th.CallMethod(buf, "close")
	require.NoError(t, err)
	th.Decref(r)
	assert.True(t, As[File](f).closed, "closing the buffer closes the text file")
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	got := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	require.Len(t, got, threads*lines)
	seen := map[string]bool{}
	for _, l := range got {
		seen[l] = true
	}
	for g := 0; g < threads; g++ {
		for j := 0; j < lines; j++ {
			kind := "t"
			if j%2 == 1 {
				kind = "b"
			}
			assert.True(t, seen[fmt.Sprintf("%s%d-%d", kind, g, j)], "line %s%d-%d", kind, g, j)
		}
	}
	th.Decref(buf)
	th.Decref(f)
}

// TestFileDetach checks that a detached buffer lives on alone: the text
// file refuses, the buffer reads, and closing it closes the OS file.
func TestFileDetach(t *testing.T) {
	th := thr(t)
	path := filepath.Join(t.TempDir(), "in.txt")
	require.NoError(t, os.WriteFile(path, []byte("abc\n"), 0o666))
	f, err := th.Open(th.NewStr(path), "r", true)
	require.NoError(t, err)
	b, err := th.CallMethod(f, "detach")
	require.NoError(t, err)
	_, err = th.CallMethod(f, "read")
	require.Error(t, err)
	th.DropError(err)
	data, err := th.CallMethod(b, "read")
	require.NoError(t, err)
	assert.Equal(t, "abc\n", string(BytesValue(data)))
	th.Decref(data)
	r, err := th.CallMethod(b, "close")
	require.NoError(t, err)
	th.Decref(r)
	assert.True(t, As[File](b).closed)
	th.Decref(b)
	th.Decref(f)
}
