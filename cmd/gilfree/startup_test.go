package main

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// BenchmarkStartup is `gilfree -c pass` after package initialization:
// the interpreter's state, the builtin modules and the run itself. Its
// profile shows what start-up spends outside the Go runtime's own:
//
//	go test ./cmd/gilfree -run '^$' -bench Startup -cpuprofile cpu.out
func BenchmarkStartup(b *testing.B) {
	for b.Loop() {
		status, _, stderr := gilfree("", "-c", "pass")
		require.Equal(b, 0, status, stderr)
	}
}
