package madvise

// The numbers of the system calls the package and prefault make, as
// package syscall names them on linux/arm64.
const (
	SysRead    = 63
	SysClose   = 57
	SysMincore = 232
	SysMadvise = 233
	SysOpenat  = 56
)
