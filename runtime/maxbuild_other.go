//go:build !linux

package runtime

// maxBuild bounds the size in bytes of a str, bytes or padding that a
// repetition, a justification or a format width asks for (see
// maxbuild_linux.go); elsewhere the machine's memory is not asked.
func maxBuild() int { return 1 << 40 }
