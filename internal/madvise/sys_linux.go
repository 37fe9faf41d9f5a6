//go:build linux && (amd64 || arm64)

package madvise

import _ "unsafe" // for go:linkname

// The package makes its system calls without importing package syscall,
// and prefault does the same: an import of syscall would make every
// package that syscall's initialization waits for, and every package
// that sorts before it (internal/godebug, hash/crc32 and more: about a
// millisecond of the start-up), initialize before prefault's, and what
// they allocate and run would fault in page by page instead of landing
// in the memory prefault populates. syscall's functions are reached by
// name; they depend on nothing syscall's initialization sets up.

// Syscall is syscall.Syscall: it makes the system call trap, telling the
// Go scheduler that the thread may block. errno is 0 on success.
//
//go:linkname Syscall syscall.Syscall
func Syscall(trap, a1, a2, a3 uintptr) (r1, r2, errno uintptr)

// runtimeEnvs is the runtime's copy of the environment, the one syscall
// reads; it exists from before any package initializes.
//
//go:linkname runtimeEnvs syscall.runtime_envs
func runtimeEnvs() []string

// Getenv is syscall.Getenv, without building syscall's map of the
// environment (which needs syscall initialized).
func Getenv(key string) (value string, found bool) {
	for _, kv := range runtimeEnvs() {
		if len(kv) > len(key) && kv[len(key)] == '=' && kv[:len(key)] == key {
			return kv[len(key)+1:], true
		}
	}
	return "", false
}
