package runtime

import "strings"

// CaretLine returns the line of carets that tracebacks print under raw,
// the source line of the instruction at lasti in code, with its newline;
// "" when the printer would print none. The traceback module draws its
// carets with it, so that its output and the interpreter's are the same.
func (t *Thread) CaretLine(code *Code, lasti int, raw string) string {
	var b strings.Builder
	t.printCarets(&b, code, lasti, raw)
	return b.String()
}
