package runtime

import "strconv"

func itoa(n int) string { return strconv.Itoa(n) }

func hexAddr(o *Object) string { return "0x" + strconv.FormatUint(uint64(Addr(o)), 16) }

// tooBig returns the MemoryError for a result of n bytes beyond
// maxBuild (or negative: an overflowed product), else nil.
func (t *Thread) tooBig(n int) error {
	if n < 0 || n > maxBuild() {
		return t.NewError(MemoryErrorType)
	}
	return nil
}
