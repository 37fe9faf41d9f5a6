package runtime

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// newLazyTestType readies a fresh builtin type with a method, a getset, a
// constant set after readying and an own slot (__repr__), as an extension
// module does, without reading its dict.
func newLazyTestType(name string) *Type {
	typ := &Type{Name: name, Module: "test", Doc: "A test type."}
	typ.Repr = func(t *Thread, o *Object) (*Object, error) { return Intern("<lazy>").Obj(), nil }
	typ.AddMethods(MethodDef{"m", func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
		return None, nil
	}, "A method."})
	typ.AddGetSets(GetSetDef{Name: "g", Get: func(t *Thread, o *Object) (*Object, error) { return None, nil }})
	ReadyType[counter](typ, ObjectType, FlagBaseType)
	typ.SetStatic("k", Intern("before first use").Obj())
	return typ
}

// keyNames lists a dict's str keys in insertion order.
func keyNames(d *Dict) []string {
	keys, _ := d.Items()
	names := make([]string, len(keys))
	for i, k := range keys {
		names[i] = As[Str](k).s
	}
	return names
}

// TestLazyTypeDict checks that a builtin type's dict, built on first use,
// holds what eager readying put there, in the same order, and that a
// constant set after the first use lands in the built dict.
func TestLazyTypeDict(t *testing.T) {
	typ := newLazyTestType("lazy1")
	require.NotNil(t, typ.lazy.Load(), "readying must not build the dict")
	assert.Equal(t, []string{"m", "g", "__repr__", "__doc__", "k"}, keyNames(typ.Dict()))
	assert.Nil(t, typ.lazy.Load())
	assert.Equal(t, "'A test type.'", repr(t, thr(t), typ.Dict().GetStr(Intern("__doc__"))))
	typ.SetStatic("late", Intern("after").Obj())
	assert.Equal(t, "'after'", repr(t, thr(t), typ.Dict().GetStr(Intern("late"))))
	assert.Equal(t, "'before first use'", repr(t, thr(t), typ.Dict().GetStr(Intern("k"))))
}

// TestLazyTypeDictConcurrentFirstUse has many goroutines read a type's
// dict for the first time at once: all must see the same complete dict
// (run under -race, this also checks the publication order).
func TestLazyTypeDictConcurrentFirstUse(t *testing.T) {
	typ := newLazyTestType("lazy2")
	const n = 16
	dicts := make([]*Dict, n)
	sizes := make([]int, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			d := typ.Dict()
			dicts[i], sizes[i] = d, d.Len()
			require.NotNil(t, d.GetStr(Intern("m")))
		}()
	}
	wg.Wait()
	for i := range n {
		assert.Same(t, dicts[0], dicts[i])
		assert.Equal(t, 5, sizes[i])
	}
}
