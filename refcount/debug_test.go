package refcount

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// freedObject returns an object that died and was poisoned, as the runtime
// leaves it in debug mode.
func freedObject(t *testing.T, owner *Thread) *Header {
	h := newObject(owner)
	require.True(t, owner.Decref(h))
	h.Poison()
	return h
}

func TestPoison(t *testing.T) {
	was := SetDebug(true)
	t.Cleanup(func() { SetDebug(was) })
	require.True(t, Debug())

	owner := startThread(t)
	other := new(Thread)
	other.Start(func(*Header) string { return "list" })
	t.Cleanup(func() { other.Exit(func(*Header) {}) })

	const plain = `^gilfree: use of freed object at 0x[0-9a-f]+ \(owner \d+, count 0\)$`
	const named = `^gilfree: use of freed list object at 0x[0-9a-f]+ \(owner \d+, count 0\)$`
	tests := []struct {
		name string
		use  func(h *Header)
		want string // the panic message, or "" for no panic
	}{
		{"owner incref", func(h *Header) { owner.Incref(h) }, plain},
		{"owner decref", func(h *Header) { owner.Decref(h) }, plain},
		{"non-owner incref names the type", func(h *Header) { other.Incref(h) }, named},
		{"non-owner decref names the type", func(h *Header) { other.Decref(h) }, named},
		{"stack ref close", func(h *Header) { owner.CloseStackRef(NewStackRef(h)) }, plain},
		{"stack ref steal of a borrowed ref", func(h *Header) { owner.StealStackRef(BorrowStackRef(h)) }, plain},
		{"try-incref fails quietly", func(h *Header) {
			assert.False(t, owner.TryIncref(h))
			assert.False(t, other.TryIncref(h))
		}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := freedObject(t, owner)
			if tt.want == "" {
				assert.NotPanics(t, func() { tt.use(h) })
				return
			}
			err := catchFreed(t, func() { tt.use(h) })
			assert.Regexp(t, tt.want, err.Error())
			assert.Equal(t, owner.ID(), err.Owner, "the last owner")
			assert.Same(t, h, err.Object)
		})
	}
}

// TestDeadWithoutPoison: a count operation that reaches the shared word of a
// dead object panics even outside debug mode.
func TestDeadWithoutPoison(t *testing.T) {
	owner, other := startThread(t), startThread(t)
	for _, use := range []func(h *Header){
		func(h *Header) { owner.Incref(h) },
		func(h *Header) { other.Incref(h) },
		func(h *Header) { owner.Decref(h) },
		func(h *Header) { other.Decref(h) },
	} {
		h := newObject(owner)
		require.True(t, owner.Decref(h))
		err := catchFreed(t, func() { use(h) })
		assert.Regexp(t, `^gilfree: use of freed object at 0x[0-9a-f]+ \(owner \d+, count 0\)$`, err.Error())
	}
}

func TestPoisonLiveObject(t *testing.T) {
	owner := startThread(t)
	h := newObject(owner)
	assert.PanicsWithValue(t, "refcount: Poison of a live object at "+ptrString(h), func() { h.Poison() })
	h.MakeImmortal()
	assert.Panics(t, func() { h.Poison() })
}

// catchFreed runs f and returns the *FreedError it panics with.
func catchFreed(t *testing.T, f func()) (err *FreedError) {
	t.Helper()
	defer func() {
		r := recover()
		require.NotNil(t, r, "no panic")
		e, ok := r.(*FreedError)
		require.True(t, ok, "panic value %v is not a *FreedError", r)
		err = e
	}()
	f()
	return nil
}
