package eval

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"gilfree/interp/astmod"
	"gilfree/interp/compile"
	"gilfree/interp/syntax"
	rt "gilfree/runtime"
)

// astRoundTrip is the test module's roundtrip(tree, path): it converts
// the Python tree back to the parser's form and returns "" when that
// tree dumps (positions included) and compiles exactly as the file's own
// parse does, or a description of the first difference.
func astRoundTrip(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	path, _ := rt.AsStr(args[1])
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, t.ValueError("%v", err)
	}
	want, err := syntax.Parse(path, src, syntax.ModeExec, 0)
	if err != nil {
		return nil, t.ValueError("%v", err)
	}
	got, err := astmod.FromPython(t, args[0], syntax.ModeExec)
	if err != nil {
		return nil, err
	}
	if syntax.Dump(got, true, -1) != syntax.Dump(want, true, -1) {
		return t.NewStr(path + ": dumps differ"), nil
	}
	var dis [2]bytes.Buffer
	for i, root := range []syntax.Root{want, got} {
		c, err := compile.Compile(path, root)
		if err != nil {
			return nil, t.ValueError("%v", err)
		}
		if err := compile.Disassemble(&dis[i], c); err != nil {
			return nil, t.ValueError("%v", err)
		}
	}
	if dis[0].String() != dis[1].String() {
		return t.NewStr(path + ": bytecode differs"), nil
	}
	return t.NewStr(""), nil
}

func init() {
	rt.BuiltinModules["_astroundtrip"] = func(t *rt.Thread) *rt.Module {
		m := t.NewModule("_astroundtrip")
		t.AddFunctions(m, rt.MethodDef{Name: "roundtrip", Fn: astRoundTrip})
		return m
	}
}

// TestASTRoundTrip parses every module of the embedded library with
// ast.parse and checks that the node objects convert back to the very
// tree, and bytecode, that parsing the file gives: compile() of an AST
// object loses nothing.
func TestASTRoundTrip(t *testing.T) {
	files, err := filepath.Glob("../../runtime/lib/py/*.py")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	prog := "import ast, sys, _astroundtrip\nn = 0\nfor p in sys.argv[1:]:\n" +
		"    with open(p, 'rb') as f:\n        tree = ast.parse(f.read(), p)\n" +
		"    err = _astroundtrip.roundtrip(tree, p)\n    if err:\n        print(err)\n    n += 1\n" +
		"print('checked', n)\n"
	status, stdout, stderr := runSource(t, "roundtrip.py", []byte(prog), files...)
	require.Equal(t, 0, status, stderr)
	require.Equal(t, "checked "+itoa(len(files))+"\n", stdout)
}
