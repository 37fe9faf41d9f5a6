package array

import (
	"math/big"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"gilfree/runtime"
)

var testThread *runtime.Thread

func thr() *runtime.Thread {
	if testThread == nil {
		testThread = runtime.StartMain()
		testThread.Setup([]string{"test"}, nil, runtime.Streams{})
	}
	return testThread
}

// TestEncodeRanges checks the range errors of the integer codes, which
// follow CPython's argument parsing ("signed short integer" for 'b' past
// a short, and so on).
func TestEncodeRanges(t *testing.T) {
	th := thr()
	big2 := func(exp uint) *runtime.Object { return th.NewBigInt(new(big.Int).Lsh(big.NewInt(1), exp)) }
	tests := []struct {
		code byte
		v    *runtime.Object
		want string // "" for success
	}{
		{'b', th.NewInt(127), ""},
		{'b', th.NewInt(128), "OverflowError: signed char is greater than maximum"},
		{'b', th.NewInt(40000), "OverflowError: signed short integer is greater than maximum"},
		{'B', th.NewInt(-1), "OverflowError: unsigned byte integer is less than minimum"},
		{'H', th.NewInt(1 << 31), "OverflowError: signed integer is greater than maximum"},
		{'H', th.NewInt(70000), "OverflowError: unsigned short is greater than maximum"},
		{'I', th.NewInt(-1), "OverflowError: can't convert negative value to unsigned int"},
		{'I', th.NewInt(1 << 32), "OverflowError: unsigned int is greater than maximum"},
		{'l', big2(63), "OverflowError: Python int too large to convert to C long"},
		{'L', big2(64), "OverflowError: Python int too large to convert to C unsigned long"},
		{'Q', big2(63), ""},
		{'Q', th.NewInt(-1), "OverflowError: can't convert negative int to unsigned"},
		{'q', big2(63), "OverflowError: int too big to convert"},
		{'d', th.NewStr("x"), "TypeError: must be real number, not str"},
		{'u', th.NewStr("ab"), "TypeError: array item must be unicode character"},
	}
	for _, tt := range tests {
		buf := make([]byte, itemSizes[tt.code])
		err := encode(th, tt.code, tt.v, buf)
		if tt.want == "" {
			require.NoError(t, err, "%c", tt.code)
			back := decode(th, tt.code, buf)
			eq, err := th.CompareBool(back, tt.v, runtime.CmpEq)
			require.NoError(t, err)
			assert.True(t, eq, "%c round trip", tt.code)
			continue
		}
		require.Error(t, err, "%c", tt.code)
		assert.Equal(t, tt.want, err.Error(), "%c", tt.code)
	}
}
