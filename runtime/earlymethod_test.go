package runtime

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEarlyMethodsInDicts checks that the descriptors the runtime made
// before building their types' dicts are the ones the dicts hold, so
// that the fast paths comparing by pointer recognize them.
func TestEarlyMethodsInDicts(t *testing.T) {
	tests := []struct {
		typ  *Type
		name string
		obj  *Object
	}{
		{ObjectType, "__getattribute__", objectGetAttribute},
		{ObjectType, "__setattr__", objectSetAttr},
		{ListType, "append", ListAppendDescr},
		{SetType, "add", SetAddDescr},
		{SetType, "remove", SetRemoveDescr},
		{SetType, "discard", SetDiscardDescr},
	}
	for _, tt := range tests {
		t.Run(tt.typ.Name+"."+tt.name, func(t *testing.T) {
			require.NotNil(t, tt.obj)
			assert.Same(t, tt.obj, tt.typ.Dict().GetStr(Intern(tt.name)))
		})
	}
}

// TestEarlyMethod makes descriptors early on a fresh type: a method of its
// table and the wrapper of its own slot come back from the dict built
// later; a getset, a constant or a name the type lacks is refused.
func TestEarlyMethod(t *testing.T) {
	typ := newLazyTestType("early1")
	m := typ.earlyMethod("m")
	r := typ.earlyMethod("__repr__")
	assert.Same(t, MethodDescrType, TypeOf(m))
	assert.Same(t, WrapperDescrType, TypeOf(r))
	require.NotNil(t, typ.lazy.Load(), "earlyMethod must not build the dict")
	assert.Same(t, m, typ.Dict().GetStr(Intern("m")))
	assert.Same(t, r, typ.Dict().GetStr(Intern("__repr__")))
	assert.Equal(t, []string{"m", "g", "__repr__", "__doc__", "k"}, keyNames(typ.Dict()))

	for _, name := range []string{"g", "k", "missing", "__str__"} {
		fresh := newLazyTestType("early2")
		assert.Panics(t, func() { fresh.earlyMethod(name) }, name)
	}
	assert.Panics(t, func() { typ.earlyMethod("m") }, "the dict is built")
}
