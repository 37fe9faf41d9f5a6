//go:build !(amd64 || 386) || race

package locks

import "sync/atomic"

// Release stores where a plain store is not one (weakly ordered CPUs),
// and under the race detector, which must see the publication as
// synchronization: the atomic stores (see release_tso.go for the rule).

// PublishPointer stores v in *p with release semantics.
func PublishPointer[T any](p **T, v *T) { StorePointer(p, v) }

// PublishInt32 stores v in *p with release semantics.
func PublishInt32(p *int32, v int32) { atomic.StoreInt32(p, v) }

// PublishInt64 stores v in *p with release semantics.
func PublishInt64(p *int64, v int64) { atomic.StoreInt64(p, v) }
