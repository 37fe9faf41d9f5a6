//go:build !linux

package runtime

// populate does nothing where madvise(MADV_POPULATE_WRITE) is not known:
// the pages of a new array are faulted in as they are first written.
func populate[T any](s []T) {}
