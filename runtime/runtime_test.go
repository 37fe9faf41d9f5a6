package runtime

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

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

// TestIsCounted checks the eval loop's word-level test of a stack
// reference against refcount's own accessors.
func TestIsCounted(t *testing.T) {
	th := thr(t)
	o := th.NewFloat(1.5)
	defer th.Decref(o)
	for _, tc := range []struct {
		name string
		r    StackRef
		want bool
	}{
		{"null", StackRef{}, false},
		{"counted", StackNew(o), true},
		{"borrowed", StackBorrow(o), false},
		{"immortal", StackNew(None), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, IsCounted(tc.r))
			assert.Equal(t, !tc.r.IsNull() && !tc.r.IsTagged(), IsCounted(tc.r))
		})
	}
}

// TestHeaderFlagsOffset checks StackNew's reading of refcount.Header: the
// flags byte's offset and its immortal bit.
func TestHeaderFlagsOffset(t *testing.T) {
	f, ok := reflect.TypeOf(Object{}).FieldByName("flags")
	require.True(t, ok)
	assert.Equal(t, uintptr(headerFlagsOffset), f.Offset)
	th := thr(t)
	o := th.NewFloat(2.5)
	defer th.Decref(o)
	assert.False(t, StackNew(o).IsTagged())
	assert.True(t, StackNew(None).IsTagged())
	assert.Equal(t, None, StackNew(None).Header())
	assert.Equal(t, o, StackNew(o).Header())
}

// TestCountRunes checks the word-at-a-time count of code points against
// the plain one, across every alignment of multi-byte sequences.
func TestCountRunes(t *testing.T) {
	for _, s := range []string{"", "a", "abcdefgh", "abcdefghi", "é", "aé", "héllo wörld ñ€😀 and more text", "😀😀😀😀😀", "€€€€€€€€€€€"} {
		for pad := 0; pad < 9; pad++ {
			in := strings.Repeat("x", pad) + s
			assert.Equal(t, utf8.RuneCountInString(in), countRunes(in), "%q", in)
		}
	}
}
