package eval

import (
	"os"
	"strings"

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

// setWarnOptions sets sys.warnoptions: the comma-separated entries of
// PYTHONWARNINGS, then the -W options, which the warnings module turns
// into filters when it is first imported (the last one first).
func setWarnOptions(t *rt.Thread, w []string) {
	var opts []string
	if env := os.Getenv("PYTHONWARNINGS"); env != "" {
		for _, o := range strings.Split(env, ",") {
			if o = strings.TrimSpace(o); o != "" {
				opts = append(opts, o)
			}
		}
	}
	opts = append(opts, w...)
	if len(opts) == 0 {
		return
	}
	l := t.NewList(0)
	for _, o := range opts {
		s := t.NewStr(o)
		t.ListAppend(l, s)
		t.Decref(s)
	}
	t.ModuleSet(rt.As[rt.Module](t.Interp.Sys), "warnoptions", l.Obj())
	t.Decref(l.Obj())
}
