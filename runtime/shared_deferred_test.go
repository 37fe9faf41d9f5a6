package runtime

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"gilfree/refcount"
)

// TestSharedReadsDeferValues checks when a value read without a lock from
// a list or dict becomes shared-deferred and is handed out tagged: only
// for a reader that does not own it, only from a container that is
// shared-deferred itself, and only from the second such read on (the
// first marks it); every read before that is counted.
func TestSharedReadsDeferValues(t *testing.T) {
	th := thr(t)
	key := SmallInt(7)
	read := func(x *Thread, c *Object) (StackRef, bool) {
		if TypeOf(c) == DictType {
			r, err := x.DictSubscrRef(As[Dict](c), key)
			return r, err == nil
		}
		return x.ListGetIndexRef(c, 0)
	}
	tests := []struct {
		name   string
		dict   bool
		shared bool // the container is shared-deferred
	}{
		{"dict, shared", true, true},
		{"list, shared", false, true},
		{"dict, not shared", true, false},
		{"list, not shared", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := th.NewInt(1 << 40) // owned by the main thread, not immortal
			var c *Object
			if tt.dict {
				d := th.NewDict()
				require.NoError(t, th.DictSetItem(d, key, v))
				c = d.Obj()
			} else {
				l := th.NewList(0)
				th.ListAppend(l, v)
				c = l.Obj()
			}
			if tt.shared {
				th.deferShared(c)
			}
			// The owner's reads count locally and never mark.
			r, ok := read(th, c)
			require.True(t, ok)
			assert.False(t, r.IsTagged())
			th.Close(r)
			assert.Zero(t, v.Word().Load()&refcount.SharedSeenBit)

			hammer(t, 1, func(x *Thread, _ int) {
				for i := range 3 {
					before := v.SharedCount()
					r, ok := read(x, c)
					if !assert.True(t, ok) || !assert.Equal(t, v, r.Header()) {
						return
					}
					switch {
					case !tt.shared:
						assert.False(t, r.IsTagged(), "read %d", i)
						assert.False(t, v.IsSharedDeferred(), "read %d", i)
					case i == 0:
						assert.False(t, r.IsTagged(), "first read: counted")
						assert.NotZero(t, v.Word().Load()&refcount.SharedSeenBit, "first read: marked")
						assert.False(t, v.IsSharedDeferred(), "first read: not deferred yet")
					case i == 1:
						assert.False(t, r.IsTagged(), "second read: counted")
						assert.True(t, v.IsSharedDeferred(), "second read: deferred")
					default:
						assert.True(t, r.IsTagged(), "later reads: tagged")
						assert.Equal(t, before, v.SharedCount(), "later reads: no count")
					}
					x.Close(r)
				}
			})
			th.Decref(v)
			th.Decref(c)
		})
	}
}
