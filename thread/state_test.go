package thread

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"gilfree/refcount"
)

var mainOnce sync.Once

// TestMainState: the main state and its first chunk are static, and
// StartMain starts and attaches it. The test leaves it detached so that it
// holds up no QSBR goal in later tests.
func TestMainState(t *testing.T) {
	m := Main()
	require.Same(t, &mainState, m)
	assert.Same(t, &mainChunk, m.stack.cur, "first chunk is the static one")
	assert.Same(t, &mainSlots[0], &m.stack.cur.slots[0], "first chunk's slots are the static array")

	mainOnce.Do(func() {
		require.Same(t, m, StartMain(nil))
		assert.Equal(t, Attached, m.Status())
		assert.NotZero(t, m.ID())
		assert.True(t, registered(m))
		assert.Panics(t, func() { StartMain(nil) }, "started twice")
		m.Detach()
	})
	assert.Equal(t, Detached, m.Status())

	m.Attach()
	defer m.Detach()
	w := m.PushFrame(16)
	assert.Same(t, &mainSlots[0], &w[0], "the main thread's frames start in the static array")
	m.PopFrame(w)
}

func TestNewAndExit(t *testing.T) {
	s := New(nil)
	assert.Equal(t, Detached, s.Status(), "a new state waits for its goroutine to attach")
	assert.NotZero(t, s.ID())
	assert.True(t, registered(s))
	assert.Panics(t, func() { s.Exit(nil) }, "exit while detached")

	s.Attach()
	var died []*object
	o := newObject(s)
	other := newAttached(t)
	require.False(t, other.Decref(o), "queued to s")
	s.Exit(func(*refcount.Header) { died = append(died, nil) })
	assert.Len(t, died, 1, "Exit drains the merge queue")
	assert.Equal(t, Exited, s.Status())
	assert.False(t, registered(s))
	assert.False(t, s.TryHold(), "an exited state cannot be held")
	assert.Panics(t, func() { s.Attach() })
}
