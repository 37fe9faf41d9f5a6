package compile

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"gilfree/interp/syntax"
)

// foldCases give an expression and the repr of the constant CPython 3.11
// folds it to ("" when it leaves the expression alone). Powers whose
// exact value is not a float are the deliberate exception: CPython folds
// 10 ** -1, 2.0 ** 0.5 and complex powers with its C pow, and gilfree
// leaves them to run time so that no folded bit can differ from it.
var foldCases = []struct{ src, want string }{
	{"1 + 2", "3"},
	{"2 ** 10", "1024"},
	{"2 ** -1", "0.5"},
	{"2 ** -1074", "5e-324"},
	{"10 ** -1", ""},
	{"10 // -3", "-4"},
	{"-7 % 3", "2"},
	{"7 % -3", "-2"},
	{"7.5 // -2", "-4.0"},
	{"-7.5 % 2", "0.5"},
	{"7.5 % -2", "-0.5"},
	{"0.0 % -2", "-0.0"},
	{"-0.0", "-0.0"},
	{"-(0.0)", "-0.0"},
	{"1e308 * 10", "inf"},
	{"1 / 3", "0.3333333333333333"},
	{"0 / -5", "-0.0"},
	{"2 / 4", "0.5"},
	{"10**20 / 3", "3.333333333333333e+19"},
	{"2.0 ** 0.5", ""},
	{"(-2.0) ** 3", "-8.0"},
	{"0.0 ** 5", "0.0"},
	{"(-0.0) ** 3", "-0.0"},
	{"(-0.0) ** 2", "0.0"},
	{"1 << 100", "1267650600228229401496703205376"},
	{"1 << 127", "170141183460469231731687303715884105728"},
	{"1 << 128", ""},
	{"3 << 126", "255211775190703847597530955573826158592"},
	{"0 << 1000", "0"},
	{"-1 >> 1000", "-1"},
	{"-5 >> 1", "-3"},
	{"5 >> 100", "0"},
	{"~5", "-6"},
	{"~True", "-2"},
	{"not 0", "True"},
	{"not ()", "True"},
	{"not 'a'", "False"},
	{"+True", "1"},
	{"-True", "-1"},
	{"True & False", "False"},
	{"True | False", "True"},
	{"True ^ True", "False"},
	{"True + True", "2"},
	{"5 & 3", "1"},
	{"-5 | 2", "-5"},
	{"5 ^ -1", "-6"},
	{"'ab' * 3", "'ababab'"},
	{"3 * b'x'", "b'xxx'"},
	{"(1, 2) * 2", "(1, 2, 1, 2)"},
	{"(1,) + (2,)", "(1, 2)"},
	{"'a' + 'b'", "'ab'"},
	{"b'a' + b'b'", "b'ab'"},
	{"'a' * 0", "''"},
	{"'' * 5", "''"},
	{"1 + 2j", "(1+2j)"},
	{"(1+2j) * (3-4j)", "(11+2j)"},
	{"(1+2j) / (3-4j)", "(-0.2+0.4j)"},
	{"2j * 2", "4j"},
	{"-(1+2j)", "(-1-2j)"},
	{"1j ** 2", ""},
	{"1.5 * 2", "3.0"},
	{"2 * 3.5", "7.0"},
	{"1 - 0.1", "0.9"},
	{"2 ** 200", ""},
	{"2 ** 64", "18446744073709551616"},
	{"10 ** 40", ""},
	{"3 ** 80", ""},
	{"'a' * 4097", ""},
	{"'ab' * 2049", ""},
	{"'a' * -1", ""},
	{"(1,) * 257", ""},
	{"1 / 0", ""},
	{"1 % 0", ""},
	{"1 // 0", ""},
	{"1.0 // 0.0", ""},
	{"1.0 % 0.0", ""},
	{"0 ** -1", ""},
	{"0.0 ** -1", ""},
	{"1 << -1", ""},
	{"1 >> -1", ""},
	{"(-8) ** (1/3)", ""},
	{"(-8.0) ** 0.5", ""},
	{"(1, 2)[0]", "1"},
	{"'abc'[-1]", "'c'"},
	{"b'ab'[1]", "98"},
	{"'abc'[5]", ""},
	{"(1, 2)[True]", "2"},
	{"'h\u00e9llo'[1]", "'\u00e9'"},
	{"'abc'[1.0]", ""},
	{"1 + 'a'", ""},
	{"[1, 2] + [3]", ""},
	{"(1, [2])", ""},
	{"(1, 2, 3)", "(1, 2, 3)"},
	{"(1, (2, 3))", "(1, (2, 3))"},
	{"None", "None"},
	{"...", "Ellipsis"},
	{"1 @ 2", ""},
	{"'%s' % 1", ""},
	{"b'%d' % 1", ""},
	{"5 % 3", "2"},
	{"1e300 * 1e10 - 1e300 * 1e10", "nan"},
	{"2 ** 0.5 * 0", ""},
	{"__debug__", "True"},
	{"not __debug__", "False"},
	{"10 ** 18 * 10 ** 18", "1000000000000000000000000000000000000"},
	{"0.1 + 0.2", "0.30000000000000004"},
	{"1 // 0.3", "3.0"},
	{"1e16 // 3", "3333333333333333.0"},
}

// foldedValue parses `x = (src)`, folds it, and returns the constant the
// value became, if any.
func foldedValue(t *testing.T, src string) (syntax.Value, bool) {
	t.Helper()
	root := parse(t, "x = ("+src+")\n")
	foldRoot(root, 0)
	v := root.(*syntax.Module).Body[0].(*syntax.Assign).Value
	if k, ok := v.(*syntax.Constant); ok {
		return k.Value, true
	}
	return nil, false
}

func TestFold(t *testing.T) {
	for _, tc := range foldCases {
		t.Run(tc.src, func(t *testing.T) {
			v, ok := foldedValue(t, tc.src)
			if tc.want == "" {
				require.False(t, ok, "folded to %s", constRepr(v))
				return
			}
			require.True(t, ok, "not folded")
			require.Equal(t, tc.want, constRepr(v))
		})
	}
}

// The size limits: the largest folded values, and one step beyond.
func TestFoldLimits(t *testing.T) {
	cases := []struct {
		src  string
		size int // length of the folded str or tuple; -1 if not folded
	}{
		{"'ab' * 2048", 4096},
		{"'ab' * 2049", -1},
		{"(1,) * 256", 256},
		{"(1,) * 257", -1},
		{"((1, 2),) * 200", 200},
		{"((1, 2, 3, 4, 5),) * 200", -1},
		{"'\u00e9' * 4096", 4096},
		{"'\u00e9' * 4097", -1},
	}
	for _, tc := range cases {
		v, ok := foldedValue(t, tc.src)
		if tc.size < 0 {
			require.False(t, ok, tc.src)
			continue
		}
		require.True(t, ok, tc.src)
		switch v := v.(type) {
		case string:
			require.Equal(t, tc.size, strLen(v), tc.src)
		case Tuple:
			require.Equal(t, tc.size, len(v), tc.src)
		}
	}
}

// Lists and sets that are only iterated or tested become tuples and
// frozensets; other lists stay lists.
func TestFoldIterables(t *testing.T) {
	root := parse(t, "for i in [1, 2]: pass\nfor j in [a, b]: pass\nx in {1, 2}\ny not in [c]\nz = [1, 2]\n[k for k in [3, 4]]\n")
	foldRoot(root, 0)
	body := root.(*syntax.Module).Body
	require.Equal(t, Tuple{syntax.NewInt(1), syntax.NewInt(2)}, body[0].(*syntax.For).Iter.(*syntax.Constant).Value)
	require.IsType(t, &syntax.Tuple{}, body[1].(*syntax.For).Iter)
	cmp := body[2].(*syntax.ExprStmt).Value.(*syntax.Compare)
	require.Equal(t, FrozenSet{syntax.NewInt(1), syntax.NewInt(2)}, cmp.Comparators[0].(*syntax.Constant).Value)
	require.IsType(t, &syntax.Tuple{}, body[3].(*syntax.ExprStmt).Value.(*syntax.Compare).Comparators[0])
	require.IsType(t, &syntax.List{}, body[4].(*syntax.Assign).Value)
	comp := body[5].(*syntax.ExprStmt).Value.(*syntax.ListComp)
	require.IsType(t, &syntax.Constant{}, comp.Generators[0].Iter)
}

// `not` over a single is/in comparison inverts the comparison.
func TestFoldNotCompare(t *testing.T) {
	root := parse(t, "x = not a is b\ny = not a in b\nz = not a == b\n")
	foldRoot(root, 0)
	body := root.(*syntax.Module).Body
	require.Equal(t, []syntax.CmpOp{syntax.IsNot}, body[0].(*syntax.Assign).Value.(*syntax.Compare).Ops)
	require.Equal(t, []syntax.CmpOp{syntax.NotIn}, body[1].(*syntax.Assign).Value.(*syntax.Compare).Ops)
	require.IsType(t, &syntax.UnaryOpExpr{}, body[2].(*syntax.Assign).Value)
}

// Constants of different types or float bits are distinct; equal ones
// are stored once.
func TestConstantDedup(t *testing.T) {
	code, err := compileSource(t, "a = 1\nb = 1.0\nc = True\nd = 1\ne = 0.0\nf = -0.0\ng = (1, 2)\nh = (1, 2)\ni = (1.0, 2)\n")
	require.NoError(t, err)
	var reprs []string
	for _, k := range code.Consts {
		reprs = append(reprs, constRepr(k))
	}
	require.Equal(t, "1 1.0 True 0.0 -0.0 (1, 2) (1.0, 2) None", strings.Join(reprs, " "))
}

// Past a dozen constants the table switches to a map; deduplication
// must not change.
func TestConstantDedupMany(t *testing.T) {
	var b strings.Builder
	for round := 0; round < 2; round++ {
		for i := 0; i < 20; i++ {
			b.WriteString("a = " + itoa(i) + "\nb = " + itoa(i) + ".0\nc = '" + itoa(i) + "'\n")
		}
	}
	b.WriteString("d = 0.0\ne = -0.0\nf = True\ng = 1\n")
	code, err := compileSource(t, b.String())
	require.NoError(t, err)
	require.Len(t, code.Consts, 60+2+1, "60 distinct, -0.0, True, None")
}
