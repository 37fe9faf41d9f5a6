package thread

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"gilfree/refcount"
)

func TestRequests(t *testing.T) {
	tests := []struct {
		name     string
		set      uint32
		take     uint32
		wantTake uint32
		wantLeft uint32
	}{
		{"nothing pending", 0, RequestHandshake, 0, 0},
		{"take one", RequestHandshake, RequestHandshake, RequestHandshake, 0},
		{"take one of two", RequestHandshake | RequestInterrupt, RequestInterrupt, RequestInterrupt, RequestHandshake},
		{"take several", RequestAsyncExc | RequestInterrupt, RequestAsyncExc | RequestInterrupt | RequestHandshake, RequestAsyncExc | RequestInterrupt, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newAttached(t)
			s.Request(tt.set)
			assert.Equal(t, tt.set, s.Pending())
			assert.Equal(t, tt.wantTake, s.Take(tt.take))
			assert.Equal(t, tt.wantLeft, s.Pending())
		})
	}
}

// TestMergeRequest: refcount sets RequestMerge when it queues an object to
// a thread, and MergeQueued clears it.
func TestMergeRequest(t *testing.T) {
	owner, other := newAttached(t), newAttached(t)
	h := newObject(owner)
	assert.False(t, other.Decref(h))
	assert.Equal(t, RequestMerge, owner.Pending())
	died := 0
	owner.MergeQueued(func(*refcount.Header) { died++ })
	assert.Zero(t, owner.Pending())
	assert.Equal(t, 1, died)
}
