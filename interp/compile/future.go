package compile

import "gilfree/interp/syntax"

// futureFlags are the `from __future__ import` features that change how
// the module compiles.
type futureFlags uint8

const (
	futureAnnotations futureFlags = 1 << iota // annotations become strings
	futureBarryAsBDFL                         // accepted, without effect here
)

// knownFutures lists the features Python accepts; most are mandatory
// since long ago and change nothing.
var knownFutures = map[string]futureFlags{
	"nested_scopes":    0,
	"generators":       0,
	"division":         0,
	"absolute_import":  0,
	"with_statement":   0,
	"print_function":   0,
	"unicode_literals": 0,
	"generator_stop":   0,
	"annotations":      futureAnnotations,
	"barry_as_FLUFL":   futureBarryAsBDFL,
}

// parseFuture reads the future statements at the start of a module: only
// a docstring and other future statements may come before one. It
// returns the features and the line of the last future statement (a
// later one is an error that code generation reports).
func parseFuture(filename string, root syntax.Root) (futureFlags, int) {
	var body []syntax.Stmt
	switch r := root.(type) {
	case *syntax.Module:
		body = r.Body
	case *syntax.Interactive:
		body = r.Body
	default:
		return 0, 0
	}
	var flags futureFlags
	lastLine := 0
	i := 0
	if docstring(body) != nil {
		i++
	}
	done := false
	prevLine := 0
	for ; i < len(body); i++ {
		s := body[i]
		line := s.Position().Lineno
		if done && line > prevLine {
			break
		}
		prevLine = line
		imp, ok := s.(*syntax.ImportFrom)
		if !ok || imp.Module != "__future__" {
			done = true
			continue
		}
		if done {
			// A future import after another statement on the same line,
			// as in `import x; from __future__ import y`.
			e := newError(filename, "from __future__ imports must occur at the beginning of the file", nil)
			e.Lineno, e.Offset = imp.Lineno, imp.ColOffset
			panic(stError{e})
		}
		for _, a := range imp.Names {
			f, known := knownFutures[a.Name]
			if !known {
				msg := "future feature " + a.Name + " is not defined"
				if a.Name == "braces" {
					msg = "not a chance"
				}
				e := newError(filename, msg, nil)
				e.Lineno, e.Offset, e.EndLineno = imp.Lineno, imp.ColOffset+1, imp.Lineno
				panic(stError{e})
			}
			flags |= f
		}
		lastLine = line
	}
	return flags, lastLine
}

// docstring returns the constant string that starts a body, if any.
func docstring(body []syntax.Stmt) *syntax.Constant {
	if len(body) == 0 {
		return nil
	}
	es, ok := body[0].(*syntax.ExprStmt)
	if !ok {
		return nil
	}
	c, ok := es.Value.(*syntax.Constant)
	if !ok {
		return nil
	}
	if _, ok := c.Value.(string); !ok {
		return nil
	}
	return c
}
