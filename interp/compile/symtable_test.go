package compile

import (
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"gilfree/interp/syntax"
)

// parse parses src in exec mode, failing the test on a syntax error.
func parse(t testing.TB, src string) syntax.Root {
	t.Helper()
	root, err := syntax.Parse("t.py", []byte(src), syntax.ModeExec, 0)
	require.NoError(t, err)
	return root
}

var scopeNames = map[uint8]string{
	scopeLocal: "local", scopeGlobalExplicit: "global", scopeGlobalImplicit: "implicit",
	scopeFree: "free", scopeCell: "cell",
}

// dumpScopes lists each scope's names with their resolved scopes, in the
// format of the expectations, which come from CPython's symtable module.
func dumpScopes(s *scope, path string, out *[]string) {
	var syms []string
	for _, y := range s.syms {
		if n, ok := scopeNames[y.scope]; ok {
			syms = append(syms, y.name+":"+n)
		}
	}
	sort.Strings(syms)
	*out = append(*out, path+": "+strings.Join(syms, " "))
	for _, c := range s.children {
		if c.kind == annotationScope {
			continue
		}
		name := strings.Trim(c.name, "<>")
		if path != "top" {
			name = path + "." + name
		}
		dumpScopes(c, name, out)
	}
}

// The expectations below were produced by CPython 3.11's symtable module
// (each symbol's resolved scope) for the same sources.
var symtableCases = []struct {
	name, src string
	want      []string
}{
	{"locals and globals", "x = 1\ndef f(a):\n    b = a + x\n    return len(b)\n", []string{
		"top: f:local x:local",
		"f: a:local b:local len:implicit x:implicit",
	}},
	{"closure cell and free", "def f(a):\n    c = 1\n    def g():\n        return a + c\n    return g\n", []string{
		"top: f:local",
		"f: a:cell c:cell g:local",
		"f.g: a:free c:free",
	}},
	{"nonlocal", "def f():\n    c = 0\n    def g():\n        nonlocal c\n        c += 1\n    return g\n", []string{
		"top: f:local",
		"f: c:cell g:local",
		"f.g: c:free",
	}},
	{"explicit global", "def f():\n    global g\n    g = 1\n    def h():\n        return g\n", []string{
		"top: f:local g:global",
		"f: g:global h:local",
		"f.h: g:implicit",
	}},
	{"class scope hidden from methods", "def f():\n    y = 1\n    class C:\n        y = 2\n        def m(self):\n            return y\n        z = y\n", []string{
		"top: f:local",
		"f: C:local y:cell",
		"f.C: m:local y:local z:local",
		"f.C.m: self:local y:free",
	}},
	{"class reads enclosing variable", "def f():\n    x = 1\n    class C:\n        z = x\n", []string{
		"top: f:local",
		"f: C:local x:cell",
		"f.C: x:free z:local",
	}},
	{"super makes __class__ free", "class C:\n    def m(self):\n        return super().m()\n    def n(self):\n        return __class__\n", []string{
		"top: C:local",
		"C: m:local n:local",
		"C.m: __class__:free self:local super:implicit",
		"C.n: __class__:free self:local",
	}},
	{"comprehension scopes", "def f(xs):\n    k = 2\n    return [x * k for x in xs if x], {y: k for y in xs}, (z for z in xs)\n", []string{
		"top: f:local",
		"f: k:cell xs:local",
		"f.listcomp: .0:local k:free x:local",
		"f.dictcomp: .0:local k:free y:local",
		"f.genexpr: .0:local z:local",
	}},
	{"walrus in comprehension binds outside", "def f(xs):\n    if any((last := x) > 0 for x in xs):\n        return last\n", []string{
		"top: f:local",
		"f: any:implicit last:cell xs:local",
		"f.genexpr: .0:local last:free x:local",
	}},
	{"walrus at module level", "[(y := x) for x in range(3)]\n", []string{
		"top: range:implicit y:global",
		"listcomp: .0:local x:local y:global",
	}},
	{"lambda", "f = lambda a, *b, c=1, **d: a + b + c + d + e\n", []string{
		"top: f:local",
		"lambda: a:local b:local c:local d:local e:implicit",
	}},
	{"nested free passes through", "def a():\n    v = 1\n    def b():\n        def c():\n            return v\n        return c\n    return b\n", []string{
		"top: a:local",
		"a: b:local v:cell",
		"a.b: c:local v:free",
		"a.b.c: v:free",
	}},
	{"parameter cell", "def f(p):\n    return lambda: p\n", []string{
		"top: f:local",
		"f: p:cell",
		"f.lambda: p:free",
	}},
	{"class binds name used free in method", "def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n", []string{
		"top: f:local",
		"f: C:local x:cell",
		"f.C: m:local x:local",
		"f.C.m: self:local x:free",
	}},
	{"mangling", "class C:\n    __a = 1\n    def m(self, __b):\n        return self.__a + __b + __c__\n", []string{
		"top: C:local",
		"C: _C__a:local m:local",
		"C.m: _C__b:local __c__:implicit self:local",
	}},
	{"global in nested function shadows", "def f():\n    x = 1\n    def g():\n        global x\n        return x\n    def h():\n        return x\n", []string{
		"top: f:local x:global",
		"f: g:local h:local x:cell",
		"f.g: x:global",
		"f.h: x:free",
	}},
	{"import binds", "def f():\n    import os.path\n    from sys import argv as a\n    return os, a\n", []string{
		"top: f:local",
		"f: a:local os:local",
	}},
	{"except name and with target", "def f():\n    try:\n        pass\n    except E as e:\n        pass\n    with m as (p, q):\n        pass\n", []string{
		"top: f:local",
		"f: E:implicit e:local m:implicit p:local q:local",
	}},
	{"annotations in function", "def f(a: A) -> R:\n    x: T = 1\n    y: U\n", []string{
		"top: A:implicit R:implicit f:local",
		"f: T:implicit U:implicit a:local x:local y:local",
	}},
	{"del makes local", "def f():\n    del x\n", []string{
		"top: f:local",
		"f: x:local",
	}},
}

func TestSymtable(t *testing.T) {
	for _, tc := range symtableCases {
		t.Run(tc.name, func(t *testing.T) {
			root := parse(t, tc.src)
			foldRoot(root, 0)
			st := buildSymtable("t.py", root, 0)
			var got []string
			dumpScopes(st.top, "top", &got)
			require.Equal(t, tc.want, got)
		})
	}
}

func TestSymtableCellsAndFrees(t *testing.T) {
	root := parse(t, "def f(a, b):\n    c = d = 0\n    def g():\n        return a, c\n    class K:\n        def m(self):\n            return super()\n    return g, K\n")
	st := buildSymtable("t.py", root, 0)
	f := st.top.children[0]
	require.Equal(t, []string{"c"}, f.cellVars, "parameter cells stay out of cellVars")
	require.Equal(t, scopeCell, f.scopeOf("a"))
	g, k := f.children[0], f.children[1]
	require.Equal(t, []string{"a", "c"}, g.freeVars)
	require.True(t, k.needsClassClosure)
	require.Equal(t, []string{"__class__"}, k.cellVars)
	require.Equal(t, []string{"__class__"}, k.children[0].freeVars)
}

func TestSymtableGenerators(t *testing.T) {
	root := parse(t, "def f():\n    yield 1\ndef g():\n    return (x for x in y)\nh = lambda: (yield)\n")
	st := buildSymtable("t.py", root, 0)
	require.True(t, st.top.children[0].generator)
	require.False(t, st.top.children[1].generator)
	require.True(t, st.top.children[1].children[0].generator, "a generator expression")
	require.True(t, st.top.children[2].generator, "a lambda with yield")
}
