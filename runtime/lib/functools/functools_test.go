package functools

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"gilfree/runtime"
)

// TestLRUEviction checks the recency order: a hit protects an entry, and
// an overflow evicts the least recently used one.
func TestLRUEviction(t *testing.T) {
	th := runtime.StartMain()
	var calls []int64
	fn := runtime.NewBuiltin("ident", func(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
		n, _ := runtime.Int64Of(args[0])
		calls = append(calls, n)
		return t.NewRef(args[0]), nil
	}, "")
	info := runtime.NewBuiltin("info", func(t *runtime.Thread, args []*runtime.Object, kw *runtime.Tuple) (*runtime.Object, error) {
		items := make([]*runtime.Object, len(args))
		for i, a := range args {
			items[i] = t.NewRef(a)
		}
		return t.NewTupleSteal(items).Obj(), nil
	}, "")
	w, err := wrapperNew(th, wrapperType, []*runtime.Object{fn, runtime.SmallInt(2), runtime.False, info}, nil)
	require.NoError(t, err)
	for _, n := range []int{1, 2, 1, 3, 2, 1} {
		r, err := wrapperCall(th, w, []*runtime.Object{runtime.SmallInt(n)}, nil)
		require.NoError(t, err)
		got, _ := runtime.Int64Of(r)
		assert.Equal(t, int64(n), got)
	}
	// 1 and 2 miss, 1 hits, 3 evicts 2 (1 was used more recently), 2
	// misses and evicts 1, 1 misses.
	assert.Equal(t, []int64{1, 2, 3, 2, 1}, calls)
	st, err := cacheInfo(th, []*runtime.Object{w}, nil)
	require.NoError(t, err)
	s, err := th.ReprString(st)
	require.NoError(t, err)
	assert.Equal(t, "(1, 5, 2, 2)", s)
	_, err = cacheClear(th, []*runtime.Object{w}, nil)
	require.NoError(t, err)
	st, _ = cacheInfo(th, []*runtime.Object{w}, nil)
	s, _ = th.ReprString(st)
	assert.Equal(t, "(0, 0, 2, 0)", s)
}

func TestReduceErrors(t *testing.T) {
	th := runtime.StartMain()
	_, err := reduce(th, []*runtime.Object{runtime.None, th.NewList(0).Obj()}, nil)
	require.Error(t, err)
	assert.Equal(t, "TypeError: reduce() of empty iterable with no initial value", err.Error())
	_, err = reduce(th, []*runtime.Object{runtime.None, runtime.SmallInt(3)}, nil)
	require.Error(t, err)
	assert.Equal(t, "TypeError: reduce() arg 2 must support iteration", err.Error())
}
