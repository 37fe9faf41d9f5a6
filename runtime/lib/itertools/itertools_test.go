package itertools

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"gilfree/runtime"
)

// drain calls typ(args...) and returns the reprs of what it yields.
func drain(t *testing.T, th *runtime.Thread, typ *runtime.Type, args ...*runtime.Object) []string {
	t.Helper()
	it, err := th.Call(typ.Obj(), args, nil)
	require.NoError(t, err)
	defer th.Decref(it)
	var out []string
	for {
		v, err := th.NextItem(it)
		require.NoError(t, err)
		if v == nil {
			return out
		}
		s, err := th.ReprString(v)
		require.NoError(t, err)
		out = append(out, s)
		th.Decref(v)
	}
}

func TestCombinatorics(t *testing.T) {
	th := runtime.StartMain()
	abc := th.NewStr("abc")
	defer th.Decref(abc)
	tests := []struct {
		name string
		typ  *runtime.Type
		args []*runtime.Object
		want []string
	}{
		{"product of two", ProductType, []*runtime.Object{abc, th.NewStr("xy")},
			[]string{"('a', 'x')", "('a', 'y')", "('b', 'x')", "('b', 'y')", "('c', 'x')", "('c', 'y')"}},
		{"product of none", ProductType, nil, []string{"()"}},
		{"permutations r=2", PermutationsType, []*runtime.Object{abc, runtime.SmallInt(2)},
			[]string{"('a', 'b')", "('a', 'c')", "('b', 'a')", "('b', 'c')", "('c', 'a')", "('c', 'b')"}},
		{"permutations r>n", PermutationsType, []*runtime.Object{abc, runtime.SmallInt(4)}, nil},
		{"combinations r=2", CombinationsType, []*runtime.Object{abc, runtime.SmallInt(2)},
			[]string{"('a', 'b')", "('a', 'c')", "('b', 'c')"}},
		{"combinations r=0", CombinationsType, []*runtime.Object{abc, runtime.SmallInt(0)}, []string{"()"}},
		{"with replacement", CWRType, []*runtime.Object{th.NewStr("ab"), runtime.SmallInt(2)},
			[]string{"('a', 'a')", "('a', 'b')", "('b', 'b')"}},
		{"islice start stop step", IsliceType, []*runtime.Object{th.NewStr("abcdefg"), runtime.SmallInt(1), runtime.SmallInt(6), runtime.SmallInt(2)},
			[]string{"'b'", "'d'", "'f'"}},
		{"pairwise", PairwiseType, []*runtime.Object{abc}, []string{"('a', 'b')", "('b', 'c')"}},
		{"accumulate", AccumulateType, []*runtime.Object{th.NewListOf(runtime.SmallInt(1), runtime.SmallInt(2), runtime.SmallInt(3)).Obj()},
			[]string{"1", "3", "6"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, drain(t, th, tc.typ, tc.args...))
		})
	}
}

func TestIsliceErrors(t *testing.T) {
	th := runtime.StartMain()
	_, err := th.Call(IsliceType.Obj(), []*runtime.Object{th.NewStr("ab"), runtime.SmallInt(-1)}, nil)
	require.Error(t, err)
	assert.Equal(t, "ValueError: Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.", err.Error())
	_, err = th.Call(IsliceType.Obj(), []*runtime.Object{th.NewStr("ab"), runtime.SmallInt(0), runtime.SmallInt(1), runtime.SmallInt(0)}, nil)
	require.Error(t, err)
	assert.Equal(t, "ValueError: Step for islice() must be a positive integer or None.", err.Error())
}

// tee's chunks are released as the last reader passes them.
func TestTeeReleasesChunks(t *testing.T) {
	th := runtime.StartMain()
	r := th.NewRange(0, 3*teeChunkSize, 1)
	it, err := th.Iter(r)
	require.NoError(t, err)
	a := newTeeFromIter(th, it)
	b := copyTee(th, a)
	for i := 0; i < 2*teeChunkSize+1; i++ {
		v, err := th.NextItem(a)
		require.NoError(t, err)
		th.Decref(v)
	}
	first := runtime.As[teeObj](b).chunk
	assert.Equal(t, teeChunkSize, first.n)
	for i := 0; i < 2*teeChunkSize+1; i++ {
		v, err := th.NextItem(b)
		require.NoError(t, err)
		got, _ := runtime.Int64Of(v)
		assert.Equal(t, int64(i), got)
		th.Decref(v)
	}
	assert.Nil(t, first.vals[0], "a chunk both readers left is released")
	assert.Equal(t, 0, first.refs)
	th.Decref(a)
	th.Decref(b)
}
