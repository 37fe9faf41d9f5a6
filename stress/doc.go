// Package stress is gilfree's race and stress suite and the home of its
// two runners. It checks what gilfree exists for: Python threads running
// at once on shared mutable objects, with nothing lost, nothing freed
// twice, no crash and no deadlock.
//
// # What the suite checks
//
// The Python programs in py/ (embedded in this package, so the runners
// work from any directory) each hammer one part of the runtime from N
// threads: list, dict and set mutation, counters under Lock, RLock,
// Condition and Semaphore, producers and consumers over queue.Queue and
// over a Condition, Barrier rounds, Event and Semaphore hand-offs,
// iteration over containers that other threads change, objects handed
// between threads whose __del__ must run exactly once, attribute writes on
// shared instances, and threading.local isolation. Each program ends with
// exact checks of its final state (every update counted, every item found
// once), and a watchdog turns a deadlock into a failure that prints every
// thread (with tracebacks where the interpreter offers
// sys._current_frames). Every program also passes under python3, which is
// how the checks themselves are validated. py/stresslib.py documents the
// programs' command line and output.
//
// The Go tests do two things. stress_test.go, beside this file, runs every
// program once, small, inside the test process (eval.RunMain), so that
// under `go test -race` the race detector watches the whole runtime while
// Python threads share objects; and under python3 when it is installed.
// Package stress/lowlevel adds stress tests of the layers below the runtime
// (refcount, locks, thread) that the packages' own tests leave out: many
// owners and threads coming and going at once, collectors merging on
// behalf of detached threads, critical sections suspended while others
// contend, and lock-free readers that try-increment objects which writers
// release and recycle after a QSBR grace period. Sizes are small by
// default, to fit CI; STRESS_SCALE (a float multiplier, also the
// -stress.scale flag) makes them bigger for soak runs:
//
//	go test -race ./stress/...
//	STRESS_SCALE=20 go test -race -timeout 2h ./stress/...
//
// # The runners
//
// stress/cmd/stress runs the Python programs against a gilfree binary
// (and python3 beside it, if asked) for a thread count and a duration,
// repeating each program until the duration is spent, and prints each
// program's pass/fail and operations per second:
//
//	go run ./stress/cmd/stress -threads 32 -duration 10m
//
// stress/cmd/scale runs the workloads of scale/ at several thread counts
// under gilfree and python3, each thread doing the same work, and prints
// time, throughput, speedup (N*T1/TN) and efficiency, with a plot of
// speedup against threads:
//
//	go run ./stress/cmd/scale -threads 1,2,4,8 -n 5
//
// docs/stress.md has the measured numbers.
package stress
