// Package tb is the _traceback module: what the traceback and linecache
// modules (runtime/lib/py) need from the runtime to print tracebacks
// exactly as the interpreter does: source lines as the traceback printer
// reads them (the embedded library's included), instruction positions,
// and the caret lines under the failing expression.
package tb

import (
	"os"
	"strings"

	rt "gilfree/runtime"
	"gilfree/runtime/lib"
)

func init() {
	rt.BuiltinModules["_traceback"] = newModule
}

func newModule(t *rt.Thread) *rt.Module {
	m := t.NewModule("_traceback")
	t.AddFunctions(m,
		rt.MethodDef{Name: "getline", Fn: getline, Doc: "getline(filename, lineno): the source line without its newline, or ''."},
		rt.MethodDef{Name: "source", Fn: source, Doc: "source(filename): the text of a source file (the embedded library's too), or None."},
		rt.MethodDef{Name: "positions", Fn: positions, Doc: "positions(code, lasti): (lineno, end_lineno, colno, end_colno) of an instruction."},
		rt.MethodDef{Name: "carets", Fn: carets, Doc: "carets(code, lasti, line): the caret line a traceback prints under line, or ''."},
	)
	return m
}

func getline(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	if err := t.CheckArgs("getline", args, kw, 2, 2); err != nil {
		return nil, err
	}
	name, ok := rt.AsStr(args[0])
	if !ok {
		return t.NewStr(""), nil
	}
	n, err := t.IndexInt(args[1])
	if err != nil {
		return nil, err
	}
	return t.NewStr(rt.SourceLine(name, n)), nil
}

// codeArgs converts (code, lasti) where lasti is in bytes, as tb_lasti
// and f_lasti give it (two per instruction).
func codeArgs(t *rt.Thread, args []*rt.Object) (*rt.Code, int, error) {
	if rt.TypeOf(args[0]) != rt.CodeType {
		return nil, 0, t.TypeError("expected a code object, not %s", rt.TypeOf(args[0]).Name)
	}
	lasti, err := t.IndexInt(args[1])
	if err != nil {
		return nil, 0, err
	}
	return rt.As[rt.Code](args[0]), lasti / 2, nil
}

func positions(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	if err := t.CheckArgs("positions", args, kw, 2, 2); err != nil {
		return nil, err
	}
	code, lasti, err := codeArgs(t, args)
	if err != nil {
		return nil, err
	}
	if lasti < 0 {
		return t.NewTuple(rt.None, rt.None, rt.None, rt.None).Obj(), nil
	}
	line, endLine, col, endCol := code.Position(lasti)
	return t.NewTupleSteal([]*rt.Object{t.NewInt(int64(line)), t.NewInt(int64(endLine)), t.NewInt(int64(col)), t.NewInt(int64(endCol))}).Obj(), nil
}

func carets(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	if err := t.CheckArgs("carets", args, kw, 3, 3); err != nil {
		return nil, err
	}
	code, lasti, err := codeArgs(t, args)
	if err != nil {
		return nil, err
	}
	raw, ok := rt.AsStr(args[2])
	if !ok || lasti < 0 {
		return t.NewStr(""), nil
	}
	return t.NewStr(t.CaretLine(code, lasti, raw)), nil
}

func source(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	if err := t.CheckArgs("source", args, kw, 1, 1); err != nil {
		return nil, err
	}
	name, ok := rt.AsStr(args[0])
	if !ok {
		return rt.None, nil
	}
	data, found := lib.Source(name)
	if !found {
		var err error
		if data, err = os.ReadFile(name); err != nil {
			return rt.None, nil
		}
	}
	return t.NewStr(strings.ToValidUTF8(string(data), "\uFFFD")), nil
}
