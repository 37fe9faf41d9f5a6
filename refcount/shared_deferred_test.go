package refcount

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSharedDeferred: a shared-deferred object survives every decrement,
// from its owner and from other threads running at once, and its real
// count is what the increments and decrements leave; once that is zero
// it can be killed, after which try-increments fail.
func TestSharedDeferred(t *testing.T) {
	owner := startThread(t)
	o := new(object)
	owner.InitHeader(&o.Header, nil)
	h := &o.Header
	assert.False(t, h.IsSharedDeferred())
	require.True(t, h.DeferShared())
	assert.False(t, h.DeferShared(), "only once")
	assert.True(t, h.IsSharedDeferred())
	assert.Equal(t, int64(1), h.SharedDeferredCount())

	const goroutines, rounds = 8, 2000
	var wg sync.WaitGroup
	for range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			th := new(Thread)
			th.Start(nil)
			for range rounds {
				require.True(t, th.TryIncref(h))
				th.Incref(h)
				assert.False(t, th.Decref(h))
				assert.False(t, th.Decref(h))
			}
			th.Exit(func(*Header) {})
		}()
	}
	for range rounds {
		owner.Incref(h)
		assert.False(t, owner.Decref(h))
	}
	wg.Wait()
	assert.Equal(t, int64(1), h.SharedDeferredCount())

	// The owner's last reference: the count is merged, not dead.
	assert.False(t, owner.Decref(h), "the bias keeps it from dying")
	assert.Equal(t, int64(0), h.SharedDeferredCount())
	assert.True(t, owner.TryIncref(h), "alive until killed")
	assert.False(t, owner.Decref(h))

	h.KillSharedDeferred()
	assert.False(t, h.IsSharedDeferred())
	assert.False(t, owner.TryIncref(h), "dead")
	assert.Equal(t, owner.id, h.LastOwner())
}

// TestSharedDeferredOwnedCount: an owned object's real count adds the
// owner's local count to the shared one, which non-owners may have taken
// below the bias.
func TestSharedDeferredOwnedCount(t *testing.T) {
	owner := startThread(t)
	other := startThread(t)
	o := new(object)
	owner.InitHeader(&o.Header, nil)
	h := &o.Header
	owner.Incref(h)
	owner.Incref(h) // local 3
	require.True(t, h.DeferShared())
	assert.False(t, other.Decref(h), "a reference the owner counted, dropped by another thread")
	assert.False(t, other.Decref(h))
	assert.Equal(t, int64(1), h.SharedDeferredCount())
	assert.Zero(t, owner.queued(), "no queueing above the bias")
	assert.False(t, other.Decref(h))
	assert.Equal(t, int64(0), h.SharedDeferredCount())
	h.KillSharedDeferred()
	assert.False(t, other.TryIncref(h))
}
