package compile

import (
	"testing"

	"github.com/stretchr/testify/require"

	"gilfree/interp/syntax"
)

// codeNamed finds the code object with the given qualified name.
func codeNamed(c *Code, qual string) *Code {
	if c.QualName == qual {
		return c
	}
	for _, k := range c.Consts {
		if sub, ok := k.(*Code); ok {
			if found := codeNamed(sub, qual); found != nil {
				return found
			}
		}
	}
	return nil
}

func mustCompile(t *testing.T, src string) *Code {
	t.Helper()
	code, err := compileSource(t, src)
	require.NoError(t, err)
	require.NoError(t, verify(code))
	return code
}

// opcodes lists the opcodes of a code object.
func opcodes(c *Code) []Opcode {
	ops := make([]Opcode, len(c.Instrs))
	for i, w := range c.Instrs {
		ops[i] = Op(w)
	}
	return ops
}

func TestStackDepth(t *testing.T) {
	cases := []struct {
		src   string
		depth int
	}{
		{"def f():\n    pass\n", 0},
		{"def f(a):\n    return a\n", 1},
		{"def f(a, b, c):\n    return a + b * c\n", 3},
		{"def f():\n    g(1, 2, 3)\n", 5},                 // callable, null, three arguments
		{"def f(o):\n    return o.m(1, k=2)\n", 5},        // method, self, 1, 2, ('k',)
		{"def f(x):\n    for i in x:\n        g(i)\n", 4}, // iterator, callable, null, i
		{"def f(x):\n    return [y for y in x]\n", 2},     // the listcomp function and the iterator
		{"def f():\n    try:\n        g()\n    except E as e:\n        pass\n", 4},
		{"def f(m):\n    with m:\n        pass\n", 6}, // exit, lasti, prev, exc, result and the extra Nones
		{"def f(a, b):\n    return a < b < 3\n", 3},
		{"def f(x):\n    yield from x\n", 3},
	}
	for _, tc := range cases {
		code := mustCompile(t, tc.src)
		require.Equal(t, tc.depth, codeNamed(code, "f").StackSize, tc.src)
	}
}

// A deep expression needs a deep stack, and no more.
func TestStackDepthNested(t *testing.T) {
	src := "def f(a):\n    return " + "(a + " + "(a + " + "(a + a)))" + "\n"
	require.Equal(t, 4, codeNamed(mustCompile(t, src), "f").StackSize)
}

func TestLineTable(t *testing.T) {
	code := mustCompile(t, "x = 1\ny = (a +\n     bb)\nif y:\n    z = 2\n")
	type pos struct{ line, endLine, col, endCol int }
	want := map[Opcode]pos{
		BINARY_OP:         {2, 3, 5, 7},
		POP_JUMP_IF_FALSE: {4, 5, 0, 9}, // the if statement, as CPython
	}
	seen := map[Opcode]bool{}
	for pc := range code.Instrs {
		op, arg := decode(code.Instrs, pc)
		l, el, c, ec := code.Position(pc)
		if w, ok := want[op]; ok {
			require.Equal(t, w, pos{l, el, c, ec}, op.String())
			seen[op] = true
		}
		if op == LOAD_NAME && code.Names[arg] == "bb" {
			require.Equal(t, pos{3, 3, 5, 7}, pos{l, el, c, ec})
			seen[op] = true
		}
	}
	require.Len(t, seen, 3)
	l, _, _, _ := code.Position(len(code.Instrs))
	require.Equal(t, 0, l, "past the end")
}

// The line table stores runs; decoding gives back every position.
func TestLineTableRoundTrip(t *testing.T) {
	locs := []loc{{1, 1, 0, 5}, {1, 1, 0, 5}, {3, 4, 2, 1}, {2, 2, 0, 0}, {0, 0, -1, -1}, {7, 7, 4, 300}, {7, 7, 4, 300}}
	c := &Code{FirstLine: 1, LineTable: encodeLineTable(nil, locs, 1)}
	for pc, l := range locs {
		line, endLine, col, endCol := c.Position(pc)
		if l.line == 0 {
			require.Equal(t, []int{0, 0, -1, -1}, []int{line, endLine, col, endCol})
			continue
		}
		require.Equal(t, []int{int(l.line), int(l.endLine), int(l.col), int(l.endCol)}, []int{line, endLine, col, endCol})
	}
}

func TestExceptionTable(t *testing.T) {
	code := codeNamed(mustCompile(t, "def f():\n    try:\n        g()\n    except E:\n        h()\n"), "f")
	require.Len(t, code.ExcTable, 3)
	body, handler, tail := code.ExcTable[0], code.ExcTable[1], code.ExcTable[2]
	// The try body goes to the handler with an empty stack, no lasti.
	require.Equal(t, int32(0), body.Start)
	require.Equal(t, int32(0), body.Depth)
	require.False(t, body.Lasti)
	require.Equal(t, PUSH_EXC_INFO, Op(code.Instrs[body.Target]))
	// The handler's own cleanup keeps the saved exception and restores it.
	require.Equal(t, int32(1), handler.Depth)
	require.True(t, handler.Lasti)
	require.Equal(t, []Opcode{COPY, POP_EXCEPT, RERAISE}, opcodes(code)[handler.Target:handler.Target+3])
	require.Equal(t, handler.Target, tail.Target)
	for pc := body.Start; pc < body.End; pc++ {
		e, ok := code.Handler(int(pc))
		require.True(t, ok)
		require.Equal(t, body, e)
	}
	_, ok := code.Handler(len(code.Instrs) - 1)
	require.False(t, ok, "the cleanup handler itself is not protected")
}

// A with statement's body is protected down to the saved __exit__, and
// the handler that calls __exit__ gets lasti.
func TestExceptionTableWith(t *testing.T) {
	code := codeNamed(mustCompile(t, "def f(m):\n    with m as x:\n        g(x)\n"), "f")
	e, ok := code.Handler(3)
	require.True(t, ok)
	require.Equal(t, int32(1), e.Depth, "exit stays on the stack")
	require.True(t, e.Lasti)
	require.Equal(t, []Opcode{PUSH_EXC_INFO, WITH_EXCEPT_START}, opcodes(code)[e.Target:e.Target+2])
}

func TestBorrowedLoads(t *testing.T) {
	cases := []struct {
		name, src string
		borrowed  []bool // each LOAD_FAST or LOAD_FAST_BORROW of f, in order
	}{
		{"operands", "def f(a, b):\n    return a + b\n", []bool{true, true}},
		{"rebinding after use", "def f(a):\n    a = a + 1\n", []bool{true}},
		{"stored to a local", "def f(a):\n    x = a\n", []bool{false}},
		{"killed while on the stack", "def f(a):\n    g(a, (a := 1))\n", []bool{false}},
		{"method self", "def f(a, b):\n    return a.m(b)\n", []bool{true, true}},
		{"method self rebound", "def f(a):\n    return a.m((a := 2))\n", []bool{false}},
		{"iterable", "def f(a):\n    for x in a:\n        pass\n", []bool{true}},
		{"across a yield", "def f(a):\n    g(a, (yield))\n", []bool{false}},
		{"yielded", "def f(a):\n    yield a\n", []bool{false}},
		{"across blocks", "def f(a, b):\n    g(a if b else a)\n", []bool{true, false, false}},
		{"return copied into the branch", "def f(a, b):\n    return a if b else a\n", []bool{true, true, false}},
		{"kept by or", "def f(a, b):\n    return a or b\n", []bool{false, false}},
		{"attribute store", "def f(a):\n    a.x = a\n", []bool{true, true}},
		{"augmented", "def f(a):\n    a += a\n", []bool{true, true}},
		{"copied", "def f(a):\n    a.x += 1\n", []bool{false}},
		{"with", "def f(a):\n    with a:\n        pass\n", []bool{true}},
		{"deleted later", "def f(a):\n    b = a.x\n    del a\n", []bool{true}},
		{"condition", "def f(a):\n    if a:\n        return 1\n", []bool{true}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code := codeNamed(mustCompile(t, tc.src), "f")
			var got []bool
			for _, w := range code.Instrs {
				switch Op(w) {
				case LOAD_FAST:
					got = append(got, false)
				case LOAD_FAST_BORROW:
					got = append(got, true)
				}
			}
			require.Equal(t, tc.borrowed, got)
		})
	}
}

// Every loop ends with JUMP_BACKWARD, and it is the only backward jump.
func TestLoopsPollAtBackwardJump(t *testing.T) {
	src := "def f(x):\n    while x:\n        if x > 1:\n            continue\n        x -= 1\n    for i in x:\n        try:\n            continue\n        finally:\n            g()\n    return [i for i in x if i], (yield from x)\n"
	code := mustCompile(t, src)
	var backward int
	for _, c := range []*Code{codeNamed(code, "f"), codeNamed(code, "f.<locals>.<listcomp>")} {
		for pc, w := range c.Instrs {
			op, arg := Op(w), int(Arg(w))
			if op.HasJump() && arg <= pc {
				require.Equal(t, JUMP_BACKWARD, op)
				backward++
			}
		}
	}
	require.GreaterOrEqual(t, backward, 5)
}

// Arguments of 24 bits or more get EXTENDED_ARG prefixes.
func TestExtendedArg(t *testing.T) {
	c := &compiler{filename: "t.py"}
	s := &scope{kind: moduleScope, name: "<module>"}
	c.enterUnit(s, "<module>", 1)
	c.emitArg(LOAD_CONST, 1<<25|7)
	c.emit(RETURN_VALUE)
	code := c.exitUnit(0)
	require.Equal(t, []uint32{Word(EXTENDED_ARG, 2), Word(LOAD_CONST, 7), Word(RETURN_VALUE, 0)}, code.Instrs)
	op, arg := decode(code.Instrs, 1)
	require.Equal(t, LOAD_CONST, op)
	require.Equal(t, uint32(1<<25|7), arg)
}

func TestInteractiveAndEval(t *testing.T) {
	root, err := syntax.Parse("<stdin>", []byte("x = 1; x\n"), syntax.ModeSingle, 0)
	require.NoError(t, err)
	code, err := Compile("<stdin>", root)
	require.NoError(t, err)
	require.Contains(t, opcodes(code), PRINT_EXPR)

	root, err = syntax.Parse("<string>", []byte("a * 2"), syntax.ModeEval, 0)
	require.NoError(t, err)
	code, err = Compile("<string>", root)
	require.NoError(t, err)
	require.Equal(t, []Opcode{LOAD_NAME, LOAD_CONST, BINARY_OP, RETURN_VALUE}, opcodes(code))
}

func TestCodeObjectFields(t *testing.T) {
	code := mustCompile(t, "def f(a, /, b, *args, c, d=1, **kw):\n    '''Doc.'''\n    def g():\n        return a\n    return g\nclass C:\n    def m(self):\n        return lambda: [x for x in self]\n")
	f := codeNamed(code, "f")
	require.Equal(t, "f", f.Name)
	require.Equal(t, 2, f.ArgCount)
	require.Equal(t, 1, f.PosOnlyArgCount)
	require.Equal(t, 2, f.KwOnlyArgCount)
	require.Equal(t, FlagOptimized|FlagNewLocals|FlagVarArgs|FlagVarKeywords, f.Flags)
	require.Equal(t, []string{"a", "b", "c", "d", "args", "kw", "g"}, f.VarNames)
	require.Equal(t, "Doc.", f.Consts[0])
	require.Equal(t, []string{"a"}, f.CellNames())
	require.Equal(t, SlotLocal|SlotParam|SlotCell, f.Kinds[0])
	g := codeNamed(code, "f.<locals>.g")
	require.Equal(t, []string{"a"}, g.FreeVars)
	require.Equal(t, syntax.None, g.Consts[0], "no docstring: None first")
	require.NotNil(t, codeNamed(code, "C.m.<locals>.<lambda>.<locals>.<listcomp>"))
	require.Equal(t, "<listcomp>", codeNamed(code, "C.m.<locals>.<lambda>.<locals>.<listcomp>").Name)
}
