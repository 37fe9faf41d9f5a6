package runtime

import "strconv"

func itoa(n int) string { return strconv.Itoa(n) }

func hexAddr(o *Object) string { return "0x" + strconv.FormatUint(uint64(Addr(o)), 16) }

// maxBuild bounds the size in bytes of a str, bytes or padding that a
// repetition, a justification or a format width asks for. Go's allocator
// panics ("makeslice: len out of range") beyond about 2^47 bytes rather
// than failing, so the builders raise MemoryError, as CPython does, for
// anything larger than this first.
const maxBuild = 1 << 40

// tooBig returns the MemoryError for a result of n bytes beyond
// maxBuild (or negative: an overflowed product), else nil.
func (t *Thread) tooBig(n int) error {
	if n < 0 || n > maxBuild {
		return t.NewError(MemoryErrorType)
	}
	return nil
}
