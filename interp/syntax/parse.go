package syntax

import "errors"

// Mode selects what Parse reads, as the mode argument of Python's compile.
type Mode uint8

const (
	ModeExec     Mode = iota // a module: a sequence of statements
	ModeEval                 // a single expression
	ModeSingle               // one interactive statement
	ModeFuncType             // a function type comment: (args) -> result
)

// Flags change how Parse reads its input.
type Flags uint8

const (
	// TypeComments keeps `# type:` comments in the tree, as
	// ast.parse(type_comments=True) and `python3 -m ast` do.
	TypeComments Flags = 1 << iota
)

// Parse reads Python 3.12 source and returns its tree. src is the file's
// raw bytes: Parse decodes it (BOM, coding declaration) itself. The error,
// if any, is a *SyntaxError.
func Parse(filename string, src []byte, mode Mode, flags Flags) (Root, error) {
	return nil, errors.New("syntax.Parse: not written yet")
}
