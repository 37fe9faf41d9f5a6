package eval

import (
	"gilfree/interp/compile"
	"gilfree/interp/syntax"
	rt "gilfree/runtime"
)

// warnCompile reports the SyntaxWarnings the compiler found in code
// (compile.Warning), as CPython's compiler does while it
// compiles: each through warnings.warn_explicit, so that the filters
// decide (shown once per location by default). A warning the filters
// turn into an error becomes a SyntaxError at its location, as in
// CPython.
func warnCompile(t *rt.Thread, filename string, ws []compile.Warning) error {
	if len(ws) == 0 {
		return nil
	}
	mod, err := importModule(t, "warnings", nil, nil, 0)
	if err != nil {
		return err
	}
	defer t.Decref(mod)
	for _, w := range ws {
		msg := t.NewStr(w.Msg)
		fn := t.NewStr(filename)
		line := t.NewInt(int64(w.Lineno))
		r, err := t.CallMethod(mod, "warn_explicit", msg, rt.SyntaxWarningType.Obj(), fn, line)
		t.Decref(msg)
		t.Decref(fn)
		t.Decref(line)
		if err != nil {
			if rt.Matches(err, rt.SyntaxWarningType) {
				t.DropError(err)
				return syntaxError(t, &syntax.SyntaxError{Kind: syntax.KindSyntaxError, Msg: w.Msg,
					Filename: filename, Lineno: w.Lineno, Offset: w.ColOffset + 1}, nil)
			}
			return err
		}
		t.Decref(r)
	}
	return nil
}
