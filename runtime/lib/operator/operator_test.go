package operator

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"gilfree/runtime"
)

func TestGetters(t *testing.T) {
	th := runtime.StartMain()
	abc := th.NewStr("abc")
	tests := []struct {
		name     string
		typ      *runtime.Type
		args     []*runtime.Object
		kwnames  *runtime.Tuple
		operand  *runtime.Object
		want     string
		wantRepr string
	}{
		{"one item", itemGetterType, []*runtime.Object{runtime.SmallInt(1)}, nil, abc, "'b'", "operator.itemgetter(1)"},
		{"two items", itemGetterType, []*runtime.Object{runtime.SmallInt(0), runtime.SmallInt(2)}, nil, abc, "('a', 'c')", "operator.itemgetter(0, 2)"},
		{"dotted attribute", attrGetterType, []*runtime.Object{th.NewStr("real.imag")}, nil, runtime.SmallInt(5), "0", "operator.attrgetter('real.imag')"},
		{"method with keyword", methodCallerType, []*runtime.Object{th.NewStr("split"), th.NewStr("b"), runtime.SmallInt(1)},
			th.NewTuple(runtime.Intern("maxsplit").Obj()), abc, "['a', 'c']", "operator.methodcaller('split', 'b', maxsplit=1)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g, err := th.Call(tc.typ.Obj(), tc.args, tc.kwnames)
			require.NoError(t, err)
			r, err := th.Call(g, []*runtime.Object{tc.operand}, nil)
			require.NoError(t, err)
			s, err := th.ReprString(r)
			require.NoError(t, err)
			assert.Equal(t, tc.want, s)
			s, err = th.ReprString(g)
			require.NoError(t, err)
			assert.Equal(t, tc.wantRepr, s)
		})
	}
}

func TestGetterErrors(t *testing.T) {
	th := runtime.StartMain()
	_, err := th.Call(itemGetterType.Obj(), nil, nil)
	require.Error(t, err)
	assert.Equal(t, "TypeError: itemgetter expected 1 argument, got 0", err.Error())
	_, err = th.Call(attrGetterType.Obj(), []*runtime.Object{runtime.SmallInt(1)}, nil)
	require.Error(t, err)
	assert.Equal(t, "TypeError: attribute name must be a string", err.Error())
	_, err = th.Call(methodCallerType.Obj(), nil, nil)
	require.Error(t, err)
	assert.Equal(t, "TypeError: methodcaller needs at least one argument, the method name", err.Error())
}
