package locks

import (
	"os"
	"testing"
)

// The tests run several goroutines on the same locks, as a program with
// threads does, so object locking is on from the start.
func TestMain(m *testing.M) {
	EnableThreads()
	os.Exit(m.Run())
}
