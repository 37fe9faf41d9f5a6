package madvise

// The numbers of the system calls the package and prefault make, as
// package syscall names them on linux/amd64.
const (
	SysRead    = 0
	SysClose   = 3
	SysMincore = 27
	SysMadvise = 28
	SysOpenat  = 257
)
