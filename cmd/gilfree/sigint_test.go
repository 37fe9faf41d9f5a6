package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSigintFromFirstInstruction sends SIGINT to the process from the
// program's first statement: the handler RunMain installs (on another
// goroutine, while the interpreter is set up) must be in place before any
// Python code runs, so the signal is a KeyboardInterrupt, caught or
// reported with CPython's status 130, never the process's death.
func TestSigintFromFirstInstruction(t *testing.T) {
	tests := []struct {
		name   string
		code   string
		status int
		stdout string
		stderr string
	}{
		{"caught", `import os, time
try:
    os.kill(os.getpid(), 2)
    for _ in range(500):
        time.sleep(0.01)
    print("not interrupted")
except KeyboardInterrupt:
    print("KeyboardInterrupt caught")
`, 0, "KeyboardInterrupt caught\n", ""},
		{"uncaught", `import os, time
os.kill(os.getpid(), 2)
for _ in range(500):
    time.sleep(0.01)
`, 130, "", "KeyboardInterrupt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, stdout, stderr := gilfree("", "-c", tt.code)
			assert.Equal(t, tt.status, status, stderr)
			assert.Equal(t, tt.stdout, stdout)
			assert.Contains(t, stderr, tt.stderr)
		})
	}
}
