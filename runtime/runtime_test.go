package runtime

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// testThread is the main thread, set up once for the package's tests.
var testThread *Thread

func thr(tb testing.TB) *Thread {
	tb.Helper()
	if testThread == nil {
		testThread = StartMain()
		testThread.Setup([]string{"test"}, nil, Streams{})
	}
	return testThread
}

func repr(tb testing.TB, t *Thread, o *Object) string {
	tb.Helper()
	s, err := t.ReprString(o)
	require.NoError(tb, err)
	return s
}

func TestReprBasics(t *testing.T) {
	th := thr(t)
	s := th.NewSet()
	for _, v := range []int64{5, 3, 1, 100, 8} {
		require.NoError(t, th.SetAdd(s, th.NewInt(v)))
	}
	tests := []struct {
		o    *Object
		want string
	}{
		{None, "None"},
		{True, "True"},
		{th.NewInt(-42), "-42"},
		{th.NewFloat(0.1), "0.1"},
		{th.NewStr("it's"), `"it's"`},
		{th.NewTuple(th.NewInt(1)).Obj(), "(1,)"},
		{th.NewListOf(th.NewInt(1), th.NewStr("a")).Obj(), "[1, 'a']"},
		{s.Obj(), "{1, 3, 100, 5, 8}"},
		{&IntType.Object, "<class 'int'>"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, repr(t, th, tt.o))
	}
}
