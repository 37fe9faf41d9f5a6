package compile

import (
	"fmt"

	"gilfree/interp/syntax"
)

// Compile turns a tree from syntax.Parse into a code object. The error,
// if any, is a *syntax.SyntaxError; its Text is left empty (CPython reads
// the line back from the file; a caller that has the source can fill it
// in). Offsets of compiler errors count UTF-8 bytes from 1, as CPython's
// do.
//
// Compile folds constants in the tree in place: the tree must not be
// used for anything else afterwards (dump it first).
//
// A Module compiles to module code, an Interactive to code that prints
// the value of each expression statement (PRINT_EXPR), and an Expression
// to code that returns the expression's value.
func Compile(filename string, root syntax.Root) (code *Code, err error) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		code = nil
		if e, ok := r.(stError); ok {
			err = e.err
			return
		}
		err = fmt.Errorf("%s: internal compiler error: %v", filename, r)
	}()
	if _, ok := root.(*syntax.FunctionType); ok {
		return nil, fmt.Errorf("compile: mode 'func_type' requires an AST-only compile")
	}
	future, futureLine := parseFuture(filename, root)
	foldRoot(root, future)
	st := buildSymtable(filename, root, future)
	c := &compiler{filename: filename, st: st, future: future, futureLine: futureLine}
	_, c.interactive = root.(*syntax.Interactive)
	c.enterUnit(st.top, "<module>", 1)
	switch r := root.(type) {
	case *syntax.Module:
		c.body(r.Body)
		c.emitArg(RETURN_CONST, c.addConst(syntax.None))
	case *syntax.Interactive:
		if hasAnnotations(r.Body) {
			c.emit(SETUP_ANNOTATIONS)
		}
		c.stmts(r.Body)
		c.emitArg(RETURN_CONST, c.addConst(syntax.None))
	case *syntax.Expression:
		c.expr(r.Body)
		c.emit(RETURN_VALUE)
	}
	code = c.exitUnit(0)
	code.Warnings = c.warnings
	return code, nil
}
