package compile

import (
	"testing"

	"github.com/stretchr/testify/require"

	"gilfree/interp/syntax"
)

// unparseCases give an annotation and the string CPython 3.11 stores for
// it under `from __future__ import annotations`.
var unparseCases = []struct{ src, want string }{
	{"int", "int"},
	{"list[int]", "list[int]"},
	{"dict[str, int]", "dict[str, int]"},
	{"a.b.c", "a.b.c"},
	{"a | b | None", "a | b | None"},
	{"Callable[[int, str], bool]", "Callable[[int, str], bool]"},
	{"tuple[int, ...]", "tuple[int, ...]"},
	{"'quoted'", "'quoted'"},
	{"1", "1"},
	{"-1", "-1"},
	{"1.5", "1.5"},
	{"1e400", "1e309"},
	{"-1e400j", "-1e309j"},
	{"(1+2j)", "1 + 2j"},
	{"b'x'", "b'x'"},
	{"None", "None"},
	{"...", "..."},
	{"True", "True"},
	{"a + b * c", "a + b * c"},
	{"(a + b) * c", "(a + b) * c"},
	{"a ** b ** c", "a ** b ** c"},
	{"(a ** b) ** c", "(a ** b) ** c"},
	{"-a ** 2", "-a ** 2"},
	{"(-a) ** 2", "(-a) ** 2"},
	{"not a", "not a"},
	{"a and b or c", "a and b or c"},
	{"a and (b or c)", "a and (b or c)"},
	{"a if b else c", "a if b else c"},
	{"(a if b else c) if d else e", "(a if b else c) if d else e"},
	{"lambda: 0", "lambda: 0"},
	{"lambda x, y=1, *a, z, w=2, **k: x", "lambda x, y=1, *a, z, w=2, **k: x"},
	{"lambda *a: 0", "lambda*a: 0"},
	{"lambda *, k: 0", "lambda*, k: 0"},
	{"lambda a, /, b: 0", "lambda a, /, b: 0"},
	{"a < b <= c", "a < b <= c"},
	{"a is not b", "a is not b"},
	{"a not in b", "a not in b"},
	{"[x for x in y if x]", "[x for x in y if x]"},
	{"{x for x in y}", "{x for x in y}"},
	{"{k: v for k, v in y}", "{k: v for k, v in y}"},
	{"(x for x in y)", "(x for x in y)"},
	{"f(x for x in y)", "f(x for x in y)"},
	{"f(a, *b, k=1, **c)", "f(a, *b, k=1, **c)"},
	{"a[1:2]", "a[1:2]"},
	{"a[::2]", "a[::2]"},
	{"a[1:2, 3]", "a[1:2, 3]"},
	{"a[()]", "a[()]"},
	{"a[(1, 2)]", "a[1, 2]"},
	{"(a, b)", "(a, b)"},
	{"(a,)", "(a,)"},
	{"()", "()"},
	{"[a, *b]", "[a, *b]"},
	{"{a: b, **c}", "{a: b, **c}"},
	{"{1, 2}", "{1, 2}"},
	{"f'x{y}z'", "f'x{y}z'"},
	{"f'{a!r:>{w}.{p}}'", "f'{a!r:>{w}.{p}}'"},
	{"f'{ {1: 2}[1] }'", "f'{ {1: 2}[1]}'"},
	{"f'{x=}'", "f'x={x!r}'"},
	{"1 .real", "1 .real"},
	{"a.b[c](d)", "a.b[c](d)"},
	{"await_", "await_"},
	{"~a", "~a"},
	{"+a", "+a"},
	{"a @ b", "a @ b"},
	{"a // b % c", "a // b % c"},
	{"a << b >> c", "a << b >> c"},
	{"a & b ^ c | d", "a & b ^ c | d"},
	{"-(-a)", "--a"},
	{"(a, b)[0]", "(a, b)[0]"},
	{"(lambda: 0)()", "(lambda: 0)()"},
}

func TestUnparseAnnotations(t *testing.T) {
	for _, tc := range unparseCases {
		t.Run(tc.src, func(t *testing.T) {
			code := mustCompile(t, "from __future__ import annotations\nx: "+tc.src+"\n")
			var strs []string
			for _, k := range code.Consts {
				if s, ok := k.(string); ok {
					strs = append(strs, s)
				}
			}
			require.NotEmpty(t, strs)
			require.Equal(t, tc.want, strs[0])
			require.NotZero(t, code.Flags&FlagFutureAnnotations)
		})
	}
}

func TestAnnotationErrors(t *testing.T) {
	for _, src := range []string{"x: (y := 1)", "x: (yield)"} {
		_, err := compileSource(t, "from __future__ import annotations\n"+src+"\n")
		require.IsType(t, &syntax.SyntaxError{}, err, src)
	}
}
