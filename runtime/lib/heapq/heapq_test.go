package heapq

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"gilfree/runtime"
)

func ints(t *testing.T, l *runtime.Object) []int64 {
	t.Helper()
	var out []int64
	for _, v := range runtime.ListItems(l) {
		n, ok := runtime.Int64Of(v)
		require.True(t, ok)
		out = append(out, n)
	}
	return out
}

func call(t *testing.T, th *runtime.Thread, fn runtime.NativeFunc, args ...*runtime.Object) *runtime.Object {
	t.Helper()
	r, err := fn(th, args, nil)
	require.NoError(t, err)
	return r
}

// The list orders below are what CPython's heapq leaves for the same
// operations (printed by python3 when the test was written).
func TestHeapOrderMatchesCPython(t *testing.T) {
	th := runtime.StartMain()
	h := th.NewList(0).Obj()
	for _, v := range []int64{5, 3, 8, 1, 9, 2, 7} {
		call(t, th, heappush, h, th.NewInt(v))
	}
	assert.Equal(t, []int64{1, 3, 2, 5, 9, 8, 7}, ints(t, h))
	var popped []int64
	for len(runtime.ListItems(h)) > 0 {
		v := call(t, th, heappop, h)
		n, _ := runtime.Int64Of(v)
		popped = append(popped, n)
	}
	assert.Equal(t, []int64{1, 2, 3, 5, 7, 8, 9}, popped)

	data := th.NewList(0)
	for _, v := range []int64{9, 4, 7, 1, 8, 2, 6, 3, 5, 0} {
		th.ListAppend(data, th.NewInt(v))
	}
	call(t, th, heapify, data.Obj())
	assert.Equal(t, []int64{0, 1, 2, 3, 4, 7, 6, 9, 5, 8}, ints(t, data.Obj()))
	top := call(t, th, heapreplace, data.Obj(), th.NewInt(10))
	n, _ := runtime.Int64Of(top)
	assert.Equal(t, int64(0), n)
	same := call(t, th, heappushpop, data.Obj(), th.NewInt(-1))
	n, _ = runtime.Int64Of(same)
	assert.Equal(t, int64(-1), n, "an item smaller than the top comes straight back")
}

func TestHeapErrors(t *testing.T) {
	th := runtime.StartMain()
	_, err := heappop(th, []*runtime.Object{th.NewList(0).Obj()}, nil)
	require.Error(t, err)
	assert.Equal(t, "IndexError: index out of range", err.Error())
	_, err = heappush(th, []*runtime.Object{th.NewTuple().Obj(), runtime.SmallInt(1)}, nil)
	require.Error(t, err)
	assert.Equal(t, "TypeError: heappush() argument 1 must be list, not tuple", err.Error())
}
