package eval

import (
	"gilfree/interp/syntax"
	rt "gilfree/runtime"
)

// exec, eval and compile.

// codeArg compiles the source argument of exec and eval, or takes a code
// object as it is.
func codeArg(t *rt.Thread, src *rt.Object, mode syntax.Mode, fname string) (*rt.Code, error) {
	switch {
	case rt.TypeOf(src) == rt.CodeType:
		return rt.As[rt.Code](src), nil
	case rt.IsStr(src):
		s := rt.StrValue(src)
		if mode == syntax.ModeEval {
			s = trimLeadingSpace(s)
		}
		return CompileSource(t, "<string>", []byte(s), mode)
	case rt.IsBytes(src):
		return CompileSource(t, "<string>", rt.BytesValue(src), mode)
	}
	return nil, t.TypeError("%s() arg 1 must be a string, bytes or code object", fname)
}

func trimLeadingSpace(s string) string {
	for len(s) > 0 && (s[0] == ' ' || s[0] == '\t') {
		s = s[1:]
	}
	return s
}

// namespaces resolves the globals and locals arguments of exec and eval.
func namespaces(t *rt.Thread, g, l *rt.Object, fname string) (*rt.Dict, *rt.Object, error) {
	var globals *rt.Dict
	var locals *rt.Object
	switch {
	case g == nil || g == rt.None:
		if f := t.Frame; f != nil {
			globals = f.Globals
			if l == nil || l == rt.None {
				if f.Locals != nil {
					locals = f.Locals
				} else {
					locals = t.FrameLocals(f)
					defer t.Decref(locals)
				}
			}
		} else {
			globals = t.Interp.Builtins
		}
	case rt.TypeOf(g).Flags&rt.FlagDictSubclass != 0:
		globals = rt.As[rt.Dict](g)
	default:
		return nil, nil, t.TypeError("%s() globals must be a dict, not %s", fname, rt.TypeOf(g).Name)
	}
	if l != nil && l != rt.None {
		if rt.TypeOf(l).GetItem == nil {
			return nil, nil, t.TypeError("locals must be a mapping")
		}
		locals = l
	}
	if locals == nil {
		locals = globals.Obj()
	}
	if globals.GetStr(rt.Intern("__builtins__")) == nil {
		t.DictSetStr(globals, rt.Intern("__builtins__"), t.Interp.BuiltinsMod)
	}
	t.Incref(locals)
	return globals, locals, nil
}

func builtinExec(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	var a [3]*rt.Object
	if err := t.ParseArgs("exec", args, kw, []string{"source", "globals", "locals"}, 1, a[:]); err != nil {
		return nil, err
	}
	code, err := codeArg(t, a[0], syntax.ModeExec, "exec")
	if err != nil {
		return nil, err
	}
	globals, locals, err := namespaces(t, a[1], a[2], "exec")
	if err != nil {
		return nil, err
	}
	defer t.Decref(locals)
	r, err := evaluator{}.Exec(t, code, globals, locals)
	if err != nil {
		return nil, err
	}
	t.Decref(r)
	return rt.None, nil
}

func builtinEval(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	var a [3]*rt.Object
	if err := t.ParseArgs("eval", args, kw, []string{"source", "globals", "locals"}, 1, a[:]); err != nil {
		return nil, err
	}
	if !rt.IsStr(a[0]) && !rt.IsBytes(a[0]) && rt.TypeOf(a[0]) != rt.CodeType {
		return nil, t.TypeError("eval() arg 1 must be a string, bytes or code object")
	}
	code, err := codeArg(t, a[0], syntax.ModeEval, "eval")
	if err != nil {
		return nil, err
	}
	globals, locals, err := namespaces(t, a[1], a[2], "eval")
	if err != nil {
		return nil, err
	}
	defer t.Decref(locals)
	return evaluator{}.Exec(t, code, globals, locals)
}

func builtinCompile(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	var a [6]*rt.Object
	if err := t.ParseArgs("compile", args, kw, []string{"source", "filename", "mode", "flags", "dont_inherit", "optimize"}, 3, a[:]); err != nil {
		return nil, err
	}
	fname, ok := rt.AsStr(a[1])
	if !ok {
		return nil, t.TypeError("compile() argument 'filename' must be str, not %s", rt.TypeOf(a[1]).Name)
	}
	modeName, _ := rt.AsStr(a[2])
	var mode syntax.Mode
	switch modeName {
	case "exec":
		mode = syntax.ModeExec
	case "eval":
		mode = syntax.ModeEval
	case "single":
		mode = syntax.ModeSingle
	default:
		return nil, t.ValueError("compile() mode must be 'exec', 'eval' or 'single'")
	}
	var src []byte
	switch {
	case rt.IsStr(a[0]):
		src = []byte(rt.StrValue(a[0]))
	case rt.IsBytes(a[0]):
		src = rt.BytesValue(a[0])
	default:
		return nil, t.TypeError("compile() arg 1 must be a string, bytes or AST object")
	}
	code, err := CompileSource(t, fname, src, mode)
	if err != nil {
		return nil, err
	}
	return code.Obj(), nil
}
