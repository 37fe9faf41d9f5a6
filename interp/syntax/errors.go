package syntax

import (
	"fmt"
	"strings"
)

// ErrorKind names the Python exception class of a SyntaxError.
type ErrorKind uint8

const (
	KindSyntaxError ErrorKind = iota
	KindIndentationError
	KindTabError
)

func (k ErrorKind) String() string {
	switch k {
	case KindIndentationError:
		return "IndentationError"
	case KindTabError:
		return "TabError"
	}
	return "SyntaxError"
}

// SyntaxError is the error the tokenizer, parser and compiler return for
// bad source. Its fields are those of Python's SyntaxError: Lineno and
// Offset count from 1 (Offset in characters of Text, as CPython reports
// it), EndLineno and EndOffset are 0 when unknown, and Text is the source
// line the error is on, without its line break.
type SyntaxError struct {
	Kind      ErrorKind
	Msg       string
	Filename  string
	Lineno    int
	Offset    int
	EndLineno int
	EndOffset int
	Text      string
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s: %s", e.Filename, e.Lineno, e.Offset, e.Kind, e.Msg)
}

// Format renders the error the way CPython prints an uncaught SyntaxError
// at the end of a traceback:
//
//	  File "t.py", line 1
//	    x = (1,
//	        ^
//	SyntaxError: '(' was never closed
func (e *SyntaxError) Format() string {
	var b strings.Builder
	fmt.Fprintf(&b, "  File \"%s\", line %d\n", e.Filename, e.Lineno)
	if e.Text != "" {
		line := strings.TrimRight(e.Text, "\r\n")
		trimmed := strings.TrimLeft(line, " \t\f")
		cut := len([]rune(line)) - len([]rune(trimmed))
		fmt.Fprintf(&b, "    %s\n", trimmed)
		// CPython prints no caret when the offset points into the
		// indentation it stripped (unexpected indent, TabError).
		if start := e.Offset - 1 - cut; e.Offset >= 1 && start >= 0 {
			width := 1
			if e.EndLineno == e.Lineno && e.EndOffset > e.Offset {
				width = e.EndOffset - e.Offset
			}
			fmt.Fprintf(&b, "    %s%s\n", strings.Repeat(" ", start), strings.Repeat("^", width))
		}
	}
	fmt.Fprintf(&b, "%s: %s\n", e.Kind, e.Msg)
	return b.String()
}
