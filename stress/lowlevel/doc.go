// Package lowlevel holds stress tests of the layers under the runtime:
// reference counting (refcount), per-object locks and critical sections
// (locks), and thread states with QSBR (thread). The packages' own tests
// check each protocol step by step; these run them all at once, the way
// the runtime does, with many goroutines: thread states started and
// exited while others drop their objects, a collector holding detached
// threads to merge for them, critical sections on many objects nested and
// suspended while other threads contend, and lock-free readers
// try-incrementing objects that writers release and recycle after a QSBR
// grace period. Run them under the race detector:
//
//	go test -race ./stress/lowlevel
//	STRESS_SCALE=50 go test -race -timeout 1h ./stress/lowlevel
//
// STRESS_SCALE (or the -stress.scale flag) multiplies every size; the
// default keeps the package under half a minute with -race on two cores.
// The tests live in their own package, and so their own test binary,
// because QSBR and object locking are process-wide: a runtime started by
// another test in the same process would hold QSBR back.
package lowlevel
