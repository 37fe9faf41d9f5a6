//go:build !linux || !(amd64 || arm64)

package madvise

// Populate does nothing where madvise's population is not known: the
// pages are faulted in as they are first touched.
func Populate(lo, hi, advice uintptr) {}

// Collapse does nothing where madvise's collapse is not known, and
// reports so.
func Collapse(lo uintptr) bool { return false }

// FaultHuge does nothing where madvise's huge page advice is not known,
// and reports so.
func FaultHuge(lo uintptr) bool { return false }
