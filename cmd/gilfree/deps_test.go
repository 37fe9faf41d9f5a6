package main

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// linkedButBanned are packages the command must not link. Package net
// (and os/user) bring cgo's resolver wherever a C compiler is present:
// the binary then starts through the dynamic loader and libc, its
// threads are made by pthread_create, and `-c pass` ran about 30% more
// instructions (2.05M to 2.70M by callgrind) when socket's first version
// imported net for getaddrinfo. runtime/cgo is the sign of any other way
// in.
var linkedButBanned = []string{"net", "os/user", "runtime/cgo"}

// TestNoCgoDependencies keeps the command a static Go binary.
func TestNoCgoDependencies(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to list the dependencies with")
	}
	out, err := exec.Command(goTool, "list", "-deps", "gilfree/cmd/gilfree").Output()
	require.NoError(t, err)
	deps := strings.Fields(string(out))
	for _, banned := range linkedButBanned {
		require.NotContains(t, deps, banned, "gilfree must not link %s", banned)
	}
}
