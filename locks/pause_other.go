//go:build !amd64

package locks

// cpuRelax is a no-op where no spin hint is wired in: the spinning
// loop's load of the lock word is the whole pause.
func cpuRelax() {}
