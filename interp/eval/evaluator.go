package eval

import (
	"gilfree/refcount"
	rt "gilfree/runtime"
)

// evaluator is the runtime.Evaluator this package installs: the entry
// points for calls that start in Go.
type evaluator struct{}

// Install sets the interpreter's eval loop, adds the builtins that need
// the compiler, and sets sys.displayhook, which PRINT_EXPR calls.
func Install(t *rt.Thread) {
	t.Interp.Eval = evaluator{}
	installDisplayHook(t)
	t.AddBuiltin("__import__", rt.NewBuiltin("__import__", builtinImport, "Import a module."))
	t.AddBuiltin("exec", rt.NewBuiltin("exec", builtinExec, "Execute the given source in the context of globals and locals."))
	t.AddBuiltin("eval", rt.NewBuiltin("eval", builtinEval, "Evaluate the given source in the context of globals and locals."))
	t.AddBuiltin("compile", rt.NewBuiltin("compile", builtinCompile, "Compile source into a code object that can be executed by exec() or eval()."))
}

// maxArgsOnGoStack is how many arguments a call from Go converts without
// allocating.
const maxArgsOnGoStack = 8

// CallFunction runs a Python function called from Go.
func (evaluator) CallFunction(t *rt.Thread, fn *rt.Function, args []*rt.Object, kwnames *rt.Tuple) (*rt.Object, error) {
	var buf [maxArgsOnGoStack]refcount.StackRef
	var refs []refcount.StackRef
	if len(args) <= maxArgsOnGoStack {
		refs = buf[:len(args)]
	} else {
		refs = make([]refcount.StackRef, len(args))
	}
	// The caller keeps the arguments alive for the call, so the frame may
	// borrow them; a generator's frame takes counted references instead.
	for i, a := range args {
		refs[i] = refcount.BorrowStackRef(a)
	}
	nf, err := enterFunction(t, fn, refs, kwnames)
	if err != nil {
		return nil, err
	}
	if nf.Gen != nil {
		return nf.Gen.Obj(), nil
	}
	nf.Back = t.Frame
	nf.Entry = true
	if t.Pending() != 0 {
		if err := t.Poll(); err != nil {
			exitFrame(t, nf)
			return nil, err
		}
	}
	tok := t.EnterEval()
	v, err := run(t, nf, nil)
	t.LeaveEval(tok)
	return v, err
}

// RunBody runs a class body with its namespace mapping.
func (evaluator) RunBody(t *rt.Thread, fn *rt.Function, locals *rt.Object) (*rt.Object, error) {
	if err := t.Enter(); err != nil {
		return nil, err
	}
	code := fn.Code
	f := t.NewFrame()
	*f = rt.Frame{Code: code, Func: fn, Globals: fn.Globals, Builtins: fn.Builtins, Locals: locals,
		Slots: t.PushFrame(code.NSlots + code.StackSize), SP: code.NSlots, OnStack: true, Back: t.Frame, Entry: true}
	tok := t.EnterEval()
	v, err := run(t, f, nil)
	t.LeaveEval(tok)
	return v, err
}

// Exec runs a code object with globals and a locals mapping.
func (evaluator) Exec(t *rt.Thread, code *rt.Code, globals *rt.Dict, locals *rt.Object) (*rt.Object, error) {
	if err := t.Enter(); err != nil {
		return nil, err
	}
	f := t.NewFrame()
	*f = rt.Frame{Code: code, Globals: globals, Builtins: builtinsOf(t, globals), Locals: locals,
		Slots: t.PushFrame(code.NSlots + code.StackSize), SP: code.NSlots, OnStack: true, Back: t.Frame, Entry: true}
	tok := t.EnterEval()
	v, err := run(t, f, nil)
	t.LeaveEval(tok)
	return v, err
}

// builtinsOf returns the builtins a frame with these globals uses: their
// __builtins__ (a module or a dict), else the interpreter's.
func builtinsOf(t *rt.Thread, globals *rt.Dict) *rt.Dict {
	if b := globals.GetStr(rt.Intern("__builtins__")); b != nil {
		switch {
		case rt.TypeOf(b) == rt.ModuleType:
			return rt.As[rt.Module](b).Dict
		case rt.TypeOf(b).Flags&rt.FlagDictSubclass != 0:
			return rt.As[rt.Dict](b)
		}
	}
	return t.Interp.Builtins
}
