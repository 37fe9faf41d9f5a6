package compile

import (
	"errors"
	"io"

	"gilfree/interp/syntax"
)

// Code is a compiled code object.
type Code struct{}

// Compile turns a tree from syntax.Parse into a code object; the error, if
// any, is a *syntax.SyntaxError.
func Compile(filename string, root syntax.Root) (*Code, error) {
	return nil, errors.New("compile.Compile: not written yet")
}

// Disassemble writes the bytecode of c and of every code object nested in
// it, with line numbers.
func Disassemble(w io.Writer, c *Code) error {
	return errors.New("compile.Disassemble: not written yet")
}
