package runtime

import (
	"math"
	"math/big"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// bigInt parses a decimal integer for the tables below.
func bigInt(s string) *big.Int {
	b, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic(s)
	}
	return b
}

func TestIntArithmetic(t *testing.T) {
	th := thr(t)
	i := func(v int64) *Object { return th.NewInt(v) }
	b := func(s string) *Object { return th.NewBigInt(bigInt(s)) }
	tests := []struct {
		name string
		a, b *Object
		op   BinaryOp
		want string
	}{
		{"floor div rounds down", i(-7), i(2), OpFloorDiv, "-4"},
		{"mod takes the divisor's sign", i(7), i(-3), OpMod, "-2"},
		{"mod of negative", i(-7), i(3), OpMod, "2"},
		{"add overflows into big", i(math.MaxInt64), i(1), OpAdd, "9223372036854775808"},
		{"sub overflows into big", i(math.MinInt64), i(1), OpSub, "-9223372036854775809"},
		{"mul overflows into big", i(1 << 40), i(1 << 40), OpMul, "1208925819614629174706176"},
		{"min int floor div -1", i(math.MinInt64), i(-1), OpFloorDiv, "9223372036854775808"},
		{"big back to small", b("9223372036854775808"), i(1), OpSub, "9223372036854775807"},
		{"power", i(2), i(100), OpPow, "1267650600228229401496703205376"},
		{"negative power is a float", i(2), i(-2), OpPow, "0.25"},
		{"true division", i(7), i(2), OpTrueDiv, "3.5"},
		{"true division of big ints is correctly rounded", b("10000000000000000000001"), i(3), OpTrueDiv, "3.3333333333333335e+21"},
		{"left shift", i(1), i(70), OpLShift, "1180591620717411303424"},
		{"right shift floors", i(-5), i(1), OpRShift, "-3"},
		{"and of negatives", i(-6), i(-3), OpAnd, "-8"},
		{"xor with big", b("36893488147419103232"), i(-1), OpXor, "-36893488147419103233"},
		{"big floor div", b("-100000000000000000000"), i(7), OpFloorDiv, "-14285714285714285715"},
		{"big mod", b("-100000000000000000000"), i(7), OpMod, "5"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := th.BinaryOp(tt.a, tt.b, tt.op)
			require.NoError(t, err)
			assert.Equal(t, tt.want, repr(t, th, r))
		})
	}
}

func TestArithmeticErrors(t *testing.T) {
	th := thr(t)
	tests := []struct {
		name string
		a, b *Object
		op   BinaryOp
		typ  *Type
		msg  string
	}{
		{"int division by zero", th.NewInt(1), SmallInt(0), OpFloorDiv, ZeroDivisionErrorType, "integer division or modulo by zero"},
		{"int modulo by zero", th.NewInt(1), SmallInt(0), OpMod, ZeroDivisionErrorType, "integer modulo by zero"},
		{"true division by zero", th.NewInt(1), SmallInt(0), OpTrueDiv, ZeroDivisionErrorType, "division by zero"},
		{"float division by zero", th.NewFloat(1), th.NewFloat(0), OpTrueDiv, ZeroDivisionErrorType, "float division by zero"},
		{"negative shift", th.NewInt(1), th.NewInt(-1), OpLShift, ValueErrorType, "negative shift count"},
		{"str plus int", th.NewStr("a"), th.NewInt(1), OpAdd, TypeErrorType, `can only concatenate str (not "int") to str`},
		{"int plus str", th.NewInt(1), th.NewStr("a"), OpAdd, TypeErrorType, "unsupported operand type(s) for +: 'int' and 'str'"},
		{"list times str", th.NewListOf().Obj(), th.NewStr("a"), OpMul, TypeErrorType, "can't multiply sequence by non-int of type 'str'"},
		{"pow of zero to negative", th.NewFloat(0), th.NewFloat(-1), OpPow, ZeroDivisionErrorType, "0.0 cannot be raised to a negative power"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := th.BinaryOp(tt.a, tt.b, tt.op)
			require.Error(t, err)
			assert.True(t, Matches(err, tt.typ), "%v", err)
			assert.Equal(t, tt.typ.Name+": "+tt.msg, err.Error())
		})
	}
}

func TestFloatSemantics(t *testing.T) {
	th := thr(t)
	f := th.NewFloat
	tests := []struct {
		name string
		a, b *Object
		op   BinaryOp
		want string
	}{
		{"repr is shortest", f(0.1), f(0.2), OpAdd, "0.30000000000000004"},
		{"floor div of floats", f(-7.5), f(2), OpFloorDiv, "-4.0"},
		{"mod of floats takes the divisor's sign", f(7.5), f(-2), OpMod, "-0.5"},
		{"mod keeps the sign of zero", f(-4.0), f(2), OpMod, "0.0"},
		{"int and float mix", th.NewInt(1), f(0.5), OpAdd, "1.5"},
		{"overflow to inf", f(1e308), f(10), OpMul, "inf"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := th.BinaryOp(tt.a, tt.b, tt.op)
			require.NoError(t, err)
			assert.Equal(t, tt.want, repr(t, th, r))
		})
	}
}

func TestRoundAndHash(t *testing.T) {
	assert.Equal(t, 2.67, RoundFloat(2.675, 2), "the binary value of 2.675 is below the half")
	assert.Equal(t, 1200.0, RoundFloat(1234.5, -2))
	assert.Equal(t, 0.0, RoundFloat(50, -2), "half to even")
	assert.Equal(t, 200.0, RoundFloat(150, -2))
	th := thr(t)
	for _, v := range []float64{1, -3, 1e20, 0.5, math.Inf(1)} {
		h, err := th.Hash(th.NewFloat(v))
		require.NoError(t, err)
		if v == math.Trunc(v) && !math.IsInf(v, 0) {
			ih, err := th.Hash(th.NewBigInt(bigFromFloat(v)))
			require.NoError(t, err)
			assert.Equal(t, ih, h, "hash(%v) must equal hash(int(%v))", v, v)
		}
	}
	h, err := th.Hash(th.NewInt(-1))
	require.NoError(t, err)
	assert.Equal(t, int64(-2), h, "hash(-1) is -2")
}

func TestCompareMixed(t *testing.T) {
	th := thr(t)
	tests := []struct {
		a, b *Object
		op   CompareOp
		want bool
	}{
		{th.NewInt(1), th.NewFloat(1.0), CmpEq, true},
		{th.NewBigInt(bigInt("9007199254740993")), th.NewFloat(9007199254740992), CmpGt, true},
		{th.NewFloat(math.NaN()), th.NewFloat(math.NaN()), CmpEq, false},
		{th.NewFloat(math.NaN()), th.NewInt(1), CmpNe, true},
		{th.NewStr("a"), th.NewStr("b"), CmpLt, true},
		{th.NewTuple(SmallInt(1), SmallInt(2)).Obj(), th.NewTuple(SmallInt(1), SmallInt(3)).Obj(), CmpLt, true},
		{True, SmallInt(1), CmpEq, true},
	}
	for _, tt := range tests {
		got, err := th.CompareBool(tt.a, tt.b, tt.op)
		require.NoError(t, err)
		assert.Equal(t, tt.want, got, "%s %s %s", repr(t, th, tt.a), cmpSymbols[tt.op], repr(t, th, tt.b))
	}
	_, err := th.RichCompare(th.NewStr("a"), SmallInt(1), CmpLt)
	require.Error(t, err)
	assert.Equal(t, "TypeError: '<' not supported between instances of 'str' and 'int'", err.Error())
}
