package compile

import (
	"testing"

	"github.com/stretchr/testify/require"

	"gilfree/interp/syntax"
)

// compileSource parses and compiles src, returning the first error of
// either stage.
func compileSource(t testing.TB, src string) (*Code, error) {
	t.Helper()
	root, err := syntax.Parse("t.py", []byte(src), syntax.ModeExec, 0)
	if err != nil {
		return nil, err
	}
	return Compile("t.py", root)
}

// The expectations are what CPython 3.11's compile() raises for each
// source: message, line, offset, end line and end offset (0 for None).
var syntaxErrorCases = []struct {
	src, msg                         string
	line, offset, endLine, endOffset int
}{
	{"__debug__ = 1", "cannot assign to __debug__", 1, 1, 1, 10},
	{"def f(__debug__): pass", "cannot assign to __debug__", 1, 1, 1, 23},
	{"f(__debug__=1)", "cannot assign to __debug__", 1, 1, 1, 15},
	{"del __debug__", "cannot delete __debug__", 1, 5, 1, 14},
	{"x.__debug__ = 1", "cannot assign to __debug__", 1, 1, 1, 12},
	{"import __debug__", "cannot assign to __debug__", 1, 1, 1, 17},
	{"for __debug__ in x: pass", "cannot assign to __debug__", 1, 5, 1, 14},
	{"def f():\n  global x\n  x: int = 1", "annotated name 'x' can't be global", 3, 3, 3, 13},
	{"def f(x):\n  global x", "name 'x' is parameter and global", 2, 3, 2, 11},
	{"def f():\n  x = 1\n  global x", "name 'x' is assigned to before global declaration", 3, 3, 3, 11},
	{"def f():\n  print(x)\n  global x", "name 'x' is used prior to global declaration", 3, 3, 3, 11},
	{"def f(x):\n  def g():\n    nonlocal x\n    x = 1\n  nonlocal x", "name 'x' is parameter and nonlocal", 5, 3, 5, 13},
	{"nonlocal x", "nonlocal declaration not allowed at module level", 1, 1, 1, 11},
	{"def f():\n  nonlocal x", "no binding for nonlocal 'x' found", 2, 3, 2, 13},
	{"class C:\n  nonlocal x", "no binding for nonlocal 'x' found", 2, 3, 2, 13},
	{"def f(a, a): pass", "duplicate argument 'a' in function definition", 1, 10, 1, 11},
	{"lambda a, a: 1", "duplicate argument 'a' in function definition", 1, 11, 1, 12},
	{"def f(a, *, a): pass", "duplicate argument 'a' in function definition", 1, 13, 1, 14},
	{"def f(a, **a): pass", "duplicate argument 'a' in function definition", 1, 12, 1, 13},
	{"def f(a, *a): pass", "duplicate argument 'a' in function definition", 1, 11, 1, 12},
	{"def f():\n  from x import *", "import * only allowed at module level", 2, 17, 2, 18},
	{"class C:\n  from x import *", "import * only allowed at module level", 2, 17, 2, 18},
	{"[(x := 1) for x in y]", "assignment expression cannot rebind comprehension iteration variable 'x'", 1, 3, 1, 4},
	{"class C:\n  [(y := 1) for x in z]", "assignment expression within a comprehension cannot be used in a class body", 2, 5, 2, 6},
	{"[x for x in (y := [1])]", "assignment expression cannot be used in a comprehension iterable expression", 1, 14, 1, 22},
	{"[(y:=1) for x in a for y in b]", "assignment expression cannot rebind comprehension iteration variable 'y'", 1, 3, 1, 4},
	{"[[(j := 0) for i in range(5)] for j in range(5)]", "assignment expression cannot rebind comprehension iteration variable 'j'", 1, 4, 1, 5},
	{"[(yield) for x in y]", "'yield' inside list comprehension", 1, 3, 1, 8},
	{"((yield) for x in y)", "'yield' inside generator expression", 1, 3, 1, 8},
	{"{(yield) for x in y}", "'yield' inside set comprehension", 1, 3, 1, 8},
	{"{(yield):1 for x in y}", "'yield' inside dict comprehension", 1, 3, 1, 8},
	{"[(yield from x) for x in y]", "'yield' inside list comprehension", 1, 3, 1, 15},
	{"yield 1", "'yield' outside function", 1, 1, 1, 8},
	{"x = yield from y", "'yield' outside function", 1, 5, 1, 17},
	{"return", "'return' outside function", 1, 1, 1, 7},
	{"return 5", "'return' outside function", 1, 1, 1, 9},
	{"class C:\n  yield 1", "'yield' outside function", 2, 3, 2, 10},
	{"class C:\n  return 1", "'return' outside function", 2, 3, 2, 11},
	{"break", "'break' outside loop", 1, 1, 1, 6},
	{"continue", "'continue' not properly in loop", 1, 1, 1, 9},
	{"while x:\n  def f():\n    break", "'break' outside loop", 3, 5, 3, 10},
	{"for x in y:\n  class C:\n    continue", "'continue' not properly in loop", 3, 5, 3, 13},
	{"f(a=1, a=2)", "keyword argument repeated: a", 1, 8, 1, 11},
	{"f(a=1, b=2, **c, a=3)", "keyword argument repeated: a", 1, 18, 1, 21},
	{"o.m(x=1, x=2)", "keyword argument repeated: x", 1, 10, 1, 13},
	{"try:\n  pass\nexcept:\n  pass\nexcept E:\n  pass", "default 'except:' must be last", 3, 1, 4, 7},
	{"for x in y:\n  try:\n    pass\n  except* E:\n    break", "'break', 'continue' and 'return' cannot appear in an except* block", 5, 5, 5, 10},
	{"def f():\n  try:\n    pass\n  except* E:\n    return 1", "'break', 'continue' and 'return' cannot appear in an except* block", 5, 12, 5, 13},
	{"for x in y:\n  try:\n    pass\n  except* E:\n    continue", "'break', 'continue' and 'return' cannot appear in an except* block", 5, 5, 5, 13},
	{"def f():\n  global x\n  nonlocal x", "name 'x' is nonlocal and global", 2, 3, 2, 11},
	{"def f():\n  x=1\n  def g():\n    global x\n    nonlocal x", "name 'x' is nonlocal and global", 4, 5, 4, 13},
	{"a, *b, *c = d", "multiple starred expressions in assignment", 1, 1, 1, 10},
	{"[a, *b, *c] = d", "multiple starred expressions in assignment", 1, 1, 1, 12},
	{"*a = b", "starred assignment target must be in a list or tuple", 1, 1, 1, 3},
	{"from __future__ import braces", "not a chance", 1, 1, 1, 0},
	{"from __future__ import blah", "future feature blah is not defined", 1, 1, 1, 0},
	{"x=1\nfrom __future__ import annotations", "from __future__ imports must occur at the beginning of the file", 2, 1, 2, 35},
	{"\"doc\"\nfrom __future__ import annotations\nimport os\nfrom __future__ import division", "from __future__ imports must occur at the beginning of the file", 4, 1, 4, 32},
	{"def f(*, a, a): pass", "duplicate argument 'a' in function definition", 1, 13, 1, 14},
	{"x: int\nglobal x", "annotated name 'x' can't be global", 2, 1, 2, 9},
	{"def f():\n  x: int\n  global x", "annotated name 'x' can't be global", 3, 3, 3, 11},
	{"def f():\n  x = 1\n  def g():\n    x: int = 1\n    nonlocal x", "annotated name 'x' can't be nonlocal", 5, 5, 5, 15},
	{"if 0:\n  break", "'break' outside loop", 2, 3, 2, 8},
	{"while 0:\n  pass\nelse:\n  continue", "'continue' not properly in loop", 4, 3, 4, 11},
	{"[x for x in y if (x := 1)]", "assignment expression cannot rebind comprehension iteration variable 'x'", 1, 19, 1, 20},
	{"class C:\n  def f(self):\n    nonlocal __x", "no binding for nonlocal '_C__x' found", 3, 5, 3, 17},
	{"def f():\n  nonlocal x\n  x = 1", "no binding for nonlocal 'x' found", 2, 3, 2, 13},
	{"x = *a", "can't use starred expression here", 1, 5, 1, 7},
	{"print(*a)\nx = *b", "can't use starred expression here", 2, 5, 2, 7},
	{"def f():\n  class C:\n    x = 1\n    def g():\n      nonlocal x", "no binding for nonlocal 'x' found", 5, 7, 5, 17},
}

func TestSyntaxErrors(t *testing.T) {
	for _, tc := range syntaxErrorCases {
		t.Run(tc.src, func(t *testing.T) {
			_, err := compileSource(t, tc.src)
			require.Error(t, err)
			se, ok := err.(*syntax.SyntaxError)
			require.True(t, ok, "want a *syntax.SyntaxError, got %T: %v", err, err)
			require.Equal(t, tc.msg, se.Msg)
			require.Equal(t, "t.py", se.Filename)
			require.Equal(t, []int{tc.line, tc.offset, tc.endLine, tc.endOffset}, []int{se.Lineno, se.Offset, se.EndLineno, se.EndOffset})
		})
	}
}

// Features of Python 3.12 that gilfree does not run yet compile to a
// SyntaxError that names them, at the node's position.
func TestUnsupportedFeatures(t *testing.T) {
	cases := []struct {
		src, msg     string
		line, offset int
	}{
		{"async def f():\n    pass\n", "'async def' functions are not supported yet", 1, 1},
		{"def f():\n    async for x in y:\n        pass\n", "'async for' loops are not supported yet", 2, 5},
		{"def f():\n    async with x:\n        pass\n", "'async with' statements are not supported yet", 2, 5},
		{"def f():\n    return await x\n", "'await' expressions are not supported yet", 2, 12},
		{"def f():\n    return [x async for x in y]\n", "asynchronous comprehensions are not supported yet", 2, 12},
		{"match x:\n    case 1:\n        pass\n", "'match' statements are not supported yet", 1, 1},
		{"type X = int\n", "'type' statements are not supported yet", 1, 1},
		{"def f[T](x: T) -> T:\n    return x\n", "type parameters are not supported yet", 1, 7},
		{"class C[T]:\n    pass\n", "type parameters are not supported yet", 1, 9},
	}
	for _, tc := range cases {
		t.Run(tc.msg, func(t *testing.T) {
			_, err := compileSource(t, tc.src)
			se, ok := err.(*syntax.SyntaxError)
			require.True(t, ok, "want a *syntax.SyntaxError, got %T: %v", err, err)
			require.Equal(t, tc.msg, se.Msg)
			require.Equal(t, tc.line, se.Lineno)
			require.Equal(t, tc.offset, se.Offset)
		})
	}
}
