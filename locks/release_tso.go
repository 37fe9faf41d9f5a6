//go:build (amd64 || 386) && !race

package locks

// Release stores on a total-store-order machine (x86): every plain store
// already has release semantics there, since the CPU makes a core's
// stores visible to other cores in program order, and the Go compiler
// emits stores in program order (each one takes the memory state the
// previous one left). A plain store is therefore enough to publish what
// was stored before it to a reader that loads with an atomic load, which
// on x86 is a plain load. An atomic store is an XCHG, a full fence that
// waits for every earlier store to reach the cache: inside a contended
// critical section, whose stores miss (the other core wrote those lines
// last), the fences made the misses wait one after another.
//
// The rule that makes this safe: use these only to publish, never where
// the writer must see a later load ordered after the store (a
// store-then-load handshake needs a fence: use the atomic Store). The
// race detector build uses the atomic stores instead (release_atomic.go),
// so that it sees the publication as synchronization.

// PublishPointer stores v in *p with release semantics.
func PublishPointer[T any](p **T, v *T) { *p = v }

// PublishInt32 stores v in *p with release semantics.
func PublishInt32(p *int32, v int32) { *p = v }

// PublishInt64 stores v in *p with release semantics.
func PublishInt64(p *int64, v int64) { *p = v }
