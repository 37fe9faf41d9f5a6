//go:build !gilfree_opstats

package eval

import (
	"io"

	"gilfree/interp/compile"
)

// opStats is false in ordinary builds: the eval loop's call of recordOp
// compiles away (see opstats_on.go).
const opStats = false

func recordOp(compile.Opcode) {}

func dumpOpStats(io.Writer, int) {}
