//go:build !linux

package faulthandler

import (
	"os"
	"syscall"
)

// dieBy ends the process with the status a shell gives a death by sig.
func dieBy(sig syscall.Signal) { os.Exit(128 + int(sig)) }
