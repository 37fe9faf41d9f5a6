package structmod

import (
	"os"
	"testing"
)

// TestMain readies the package's types first, as the first import of its
// module does: the tests use them directly.
func TestMain(m *testing.M) {
	readyTypes()
	os.Exit(m.Run())
}
