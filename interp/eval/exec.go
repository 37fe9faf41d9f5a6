package eval

import (
	"gilfree/interp/astmod"
	"gilfree/interp/compile"
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
	flags := 0
	if a[3] != nil {
		var err error
		if flags, err = t.IndexInt(a[3]); err != nil {
			return nil, err
		}
	}
	if flags&^astmod.AllowedCompileFlags != 0 {
		return nil, t.ValueError("compile(): unrecognised flags")
	}
	onlyAST := flags&astmod.PyCFOnlyAST != 0
	modeName, _ := rt.AsStr(a[2])
	var mode syntax.Mode
	switch modeName {
	case "exec":
		mode = syntax.ModeExec
	case "eval":
		mode = syntax.ModeEval
	case "single":
		mode = syntax.ModeSingle
	case "func_type":
		if !onlyAST {
			return nil, t.ValueError("compile() mode 'func_type' requires flag PyCF_ONLY_AST")
		}
		mode = syntax.ModeFuncType
	default:
		if onlyAST {
			return nil, t.ValueError("compile() mode must be 'exec', 'eval', 'single' or 'func_type'")
		}
		return nil, t.ValueError("compile() mode must be 'exec', 'eval' or 'single'")
	}
	var src []byte
	switch {
	case rt.IsStr(a[0]):
		src = []byte(rt.StrValue(a[0]))
	case rt.IsBytes(a[0]):
		src = rt.BytesValue(a[0])
	case isASTNode(t, a[0]):
		if onlyAST {
			return t.NewRef(a[0]), nil
		}
		return compileAST(t, fname, a[0], mode)
	default:
		return nil, t.TypeError("compile() arg 1 must be a string, bytes or AST object")
	}
	if onlyAST {
		return compileToAST(t, fname, src, mode, flags)
	}
	code, err := CompileSource(t, fname, src, mode)
	if err != nil {
		return nil, err
	}
	return code.Obj(), nil
}

// isASTNode reports whether o is an instance of ast.AST. Only a program
// that has imported ast can have one.
func isASTNode(t *rt.Thread, o *rt.Object) bool {
	m := t.Interp.Modules.GetStr(rt.Intern("ast"))
	if m == nil || m == rt.None {
		return false
	}
	cls, err := t.LookupAttr(m, rt.Intern("AST"))
	if err != nil || cls == nil {
		t.DropError(err)
		return false
	}
	defer t.Decref(cls)
	ok, err := t.IsInstanceOf(o, cls)
	if err != nil {
		t.DropError(err)
		return false
	}
	return ok
}

// compileToAST is compile() with PyCF_ONLY_AST: the tree as instances of
// the ast module's classes, which the module (imported here if the
// program has not) makes.
func compileToAST(t *rt.Thread, fname string, src []byte, mode syntax.Mode, flags int) (*rt.Object, error) {
	var pf syntax.Flags
	if flags&astmod.PyCFTypeComments != 0 {
		pf |= syntax.TypeComments
	}
	root, err := syntax.Parse(fname, src, mode, pf)
	if err != nil {
		return nil, syntaxError(t, err, src)
	}
	m, err := loadModuleChain(t, "ast")
	if err != nil {
		return nil, err
	}
	defer t.Decref(m)
	tree, se, err := astmod.ToPython(t, root, m, fname)
	if se != nil {
		return nil, syntaxError(t, se, src)
	}
	return tree, err
}

// compileAST is compile() of a tree of ast node objects: the tree goes
// back into the parser's Go form and through the compiler as parsed
// source would. The compiler trusts the parser's trees; a hand-made tree
// it cannot handle is reported as a ValueError rather than a crash.
func compileAST(t *rt.Thread, fname string, tree *rt.Object, mode syntax.Mode) (*rt.Object, error) {
	root, err := astmod.FromPython(t, tree, mode)
	if err != nil {
		return nil, err
	}
	c, bad, cerr := compileTree(fname, root)
	if bad != nil {
		return nil, t.ValueError("compile(): invalid AST: %v", bad)
	}
	if cerr != nil {
		return nil, syntaxError(t, cerr, nil)
	}
	if err := warnCompile(t, fname, c.Warnings); err != nil {
		return nil, err
	}
	return Load(t, c).Obj(), nil
}

// compileTree runs the compiler on a tree, turning a panic into its value.
func compileTree(fname string, root syntax.Root) (c *compile.Code, bad any, err error) {
	defer func() {
		if r := recover(); r != nil {
			bad = r
		}
	}()
	c, err = compile.Compile(fname, root)
	return c, nil, err
}
