package refcount

import (
	"fmt"
	"runtime"
	"testing"
	"weak"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func ptrString(h *Header) string { return fmt.Sprintf("%p", h) }

func TestStackRefForms(t *testing.T) {
	th := startThread(t)
	h := newObject(th)

	var null StackRef
	assert.True(t, null.IsNull())
	assert.False(t, null.IsTagged())
	assert.Nil(t, null.Header())
	assert.False(t, th.CloseStackRef(null))
	assert.Nil(t, th.StealStackRef(null))
	assert.True(t, th.DupStackRef(null).IsNull())

	tests := []struct {
		name   string
		ref    StackRef
		tagged bool
	}{
		{"counted", NewStackRef(h), false},
		{"borrowed", BorrowStackRef(h), true},
		{"deferred", DeferredStackRef(h), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.False(t, tt.ref.IsNull())
			assert.Equal(t, tt.tagged, tt.ref.IsTagged())
			assert.Same(t, h, tt.ref.Header())
		})
	}
}

// TestStackRefCounts: which operations change counts. Each case starts from
// a fresh object owned by th with one reference.
func TestStackRefCounts(t *testing.T) {
	th := startThread(t)
	tests := []struct {
		name      string
		deferred  bool
		op        func(h *Header) bool
		wantLocal uint32
		wantDead  bool
	}{
		{"close counted: the last reference", false, func(h *Header) bool { return th.CloseStackRef(NewStackRef(h)) }, 0, true},
		{"close borrowed: nothing", false, func(h *Header) bool { return th.CloseStackRef(BorrowStackRef(h)) }, 1, false},
		{"steal counted: nothing", false, func(h *Header) bool { th.StealStackRef(NewStackRef(h)); return false }, 1, false},
		{"steal borrowed: incref", false, func(h *Header) bool { th.StealStackRef(BorrowStackRef(h)); return false }, 2, false},
		{"dup counted: incref", false, func(h *Header) bool { th.DupStackRef(NewStackRef(h)); return false }, 2, false},
		{"dup borrowed: nothing", false, func(h *Header) bool { th.DupStackRef(BorrowStackRef(h)); return false }, 1, false},
		{"incref stack ref: counted", false, func(h *Header) bool {
			r := th.IncrefStackRef(h)
			require.False(t, r.IsTagged())
			return false
		}, 2, false},
		{"incref stack ref of a deferred object: tagged", true, func(h *Header) bool {
			r := th.IncrefStackRef(h)
			require.True(t, r.IsTagged())
			return th.CloseStackRef(r)
		}, 1, false},
		{"steal deferred: incref", true, func(h *Header) bool { th.StealStackRef(DeferredStackRef(h)); return false }, 2, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newObject(th)
			if tt.deferred {
				h.MakeDeferred()
			}
			assert.Equal(t, tt.wantDead, tt.op(h))
			assert.Equal(t, tt.wantLocal, h.LocalCount())
		})
	}
}

// TestStackRefKeepsObjectAlive: a tagged StackRef points one byte into the
// header, and Go's collector keeps the object alive through it.
func TestStackRefKeepsObjectAlive(t *testing.T) {
	th := startThread(t)
	for _, tagged := range []bool{false, true} {
		o := new(object)
		th.InitHeader(&o.Header, nil)
		w := weak.Make(o)
		ref := NewStackRef(&o.Header)
		if tagged {
			ref = BorrowStackRef(&o.Header)
		}
		o = nil
		runtime.GC()
		runtime.GC()
		require.NotNil(t, w.Value(), "tagged=%v: collected while referenced", tagged)
		runtime.KeepAlive(ref)
		ref = StackRef{}
		runtime.GC()
		runtime.GC()
		assert.Nil(t, w.Value(), "tagged=%v: kept alive after the reference was dropped", tagged)
		runtime.KeepAlive(ref)
	}
}
