// Package stress will hold the race and stress suites and the scaling
// benchmark runner.
//
// The model, from the design brief: Python programs hammer shared lists,
// dicts, sets, counters, queues and locks from N threads, check that no
// update was lost, turn a deadlock into a failure with every thread's
// traceback, and report operations per second; the scaling runner runs
// named workloads at 1..N threads beside python3 and reports speedup and
// efficiency. They arrive with the threads work (issue 4).
package stress
