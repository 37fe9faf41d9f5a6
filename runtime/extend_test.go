package runtime

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// counter is a builtin type defined through the extension API only, as a
// module outside the package defines one.
type counter struct {
	Object
	n    int64
	last *Object
}

var counterType = &Type{Name: "counter", Module: "test"}

func init() {
	counterType.New = func(t *Thread, typ *Type, args []*Object, kw *Tuple) (*Object, error) {
		if typ != counterType {
			return t.NewInstance(typ), nil
		}
		c := new(counter)
		t.InitObject(&c.Object, typ)
		return &c.Object, nil
	}
	counterType.AddMethods(MethodDef{"bump", func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
		c := As[counter](args[0])
		c.n++
		if len(args) > 1 {
			t.Setref(&c.last, t.NewRef(args[1]))
		}
		return t.NewInt(c.n), nil
	}, "Count one more."})
	counterType.SetClear(func(t *Thread, o *Object) {
		c := As[counter](o)
		if c.last != nil {
			t.Setref(&c.last, nil)
		}
	})
	ReadyType[counter](counterType, ObjectType, FlagBaseType)
	counterType.SetStatic("unit", Intern("bumps").Obj())
}

func TestExtensionType(t *testing.T) {
	th := thr(t)
	c, err := th.Call(counterType.Obj(), nil, nil)
	require.NoError(t, err)
	assert.Equal(t, "counter", TypeOf(c).Name)
	for want := int64(1); want <= 3; want++ {
		bump, err := th.GetAttr(c, Intern("bump"))
		require.NoError(t, err)
		n, err := th.Call(bump, []*Object{th.NewInt(want * 10)}, nil)
		require.NoError(t, err)
		got, ok := Int64Of(n)
		require.True(t, ok)
		assert.Equal(t, want, got)
		th.Decref(n)
		th.Decref(bump)
	}
	unit, err := th.GetAttr(c, Intern("unit"))
	require.NoError(t, err)
	assert.Equal(t, "'bumps'", repr(t, th, unit))
	assert.Equal(t, "30", repr(t, th, As[counter](c).last))
	th.Decref(c)
}
