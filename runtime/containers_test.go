package runtime

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDictOrderAndDeletion(t *testing.T) {
	th := thr(t)
	d := th.NewDict()
	for i := 0; i < 100; i++ {
		require.NoError(t, th.DictSetItem(d, th.NewInt(int64(i)), th.NewStr("v")))
	}
	for i := 0; i < 100; i += 2 {
		found, err := th.DictDelItem(d, th.NewInt(int64(i)))
		require.NoError(t, err)
		assert.True(t, found)
	}
	assert.Equal(t, 50, d.Len())
	keys, _ := d.Items()
	for j, k := range keys {
		v, _ := IntSmall(k)
		assert.Equal(t, int64(2*j+1), v, "insertion order survives deletions")
	}
	// 1 and 1.0 and True are the same key.
	require.NoError(t, th.DictSetItem(d, th.NewFloat(1.0), th.NewStr("float")))
	v, err := th.DictGetItem(d, True)
	require.NoError(t, err)
	assert.Equal(t, "'float'", repr(t, th, v))
	assert.Equal(t, 50, d.Len())
	_, err = th.DictGetItem(d, th.NewListOf().Obj())
	require.Error(t, err)
	assert.Equal(t, "TypeError: unhashable type: 'list'", err.Error())
}

func TestSetOrderMatchesCPython(t *testing.T) {
	th := thr(t)
	tests := []struct {
		items []int64
		want  string
	}{
		{[]int64{5, 3, 1, 100, 8}, "{1, 3, 100, 5, 8}"},
		{[]int64{10, 20, 30, 40, 50, 60}, "{40, 10, 50, 20, 60, 30}"},
		{[]int64{-1, -2, 0}, "{0, -1, -2}"},
	}
	for _, tt := range tests {
		s := th.NewSet()
		for _, v := range tt.items {
			require.NoError(t, th.SetAdd(s, th.NewInt(v)))
		}
		assert.Equal(t, tt.want, repr(t, th, s.Obj()))
	}
}

func TestListSortStable(t *testing.T) {
	th := thr(t)
	pairs := [][2]int64{{3, 0}, {1, 1}, {3, 2}, {2, 3}, {1, 4}}
	var items []*Object
	for _, p := range pairs {
		items = append(items, th.NewTuple(th.NewInt(p[0]), th.NewInt(p[1])).Obj())
	}
	l := th.NewListOf(items...)
	key := NewBuiltin("first", func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
		return t.NewRef(TupleItems(args[0])[0]), nil
	}, "")
	require.NoError(t, th.SortList(l, key, false))
	assert.Equal(t, "[(1, 1), (1, 4), (2, 3), (3, 0), (3, 2)]", repr(t, th, l.Obj()))
	require.NoError(t, th.SortList(l, key, true))
	assert.Equal(t, "[(3, 0), (3, 2), (2, 3), (1, 1), (1, 4)]", repr(t, th, l.Obj()), "reverse keeps equal keys in order")
}

func TestStrIndexing(t *testing.T) {
	th := thr(t)
	s := As[Str](th.NewStr("aé😀b" + string(make([]byte, 0)) + "xyz"))
	assert.Equal(t, 7, s.Len())
	for i, want := range []string{"a", "é", "😀", "b", "x", "y", "z"} {
		r, err := th.StrGetItem(s, i)
		require.NoError(t, err)
		assert.Equal(t, want, StrValue(r))
	}
	r, err := th.StrGetItem(s, -1)
	require.NoError(t, err)
	assert.Equal(t, "z", StrValue(r))
	_, err = th.StrGetItem(s, 7)
	assert.Equal(t, "IndexError: string index out of range", err.Error())
}

func TestClassMRO(t *testing.T) {
	th := thr(t)
	mk := func(name string, bases ...*Object) *Object {
		ns := th.NewDict()
		c, err := th.newClass(TypeType, name, bases, ns, th.NewDict())
		require.NoError(t, err)
		return c
	}
	o := mk("O")
	a := mk("A", o)
	b := mk("B", o)
	c := mk("C", a, b)
	names := func(c *Object) []string {
		var out []string
		for _, m := range As[Type](c).MRO {
			out = append(out, m.Name)
		}
		return out
	}
	assert.Equal(t, []string{"C", "A", "B", "O", "object"}, names(c))
	_, err := th.newClass(TypeType, "Bad", []*Object{a, c}, th.NewDict(), th.NewDict())
	require.Error(t, err)
	assert.Contains(t, err.Error(), "Cannot create a consistent method resolution")
}

func TestAttributeLookup(t *testing.T) {
	th := thr(t)
	ns := th.NewDict()
	th.DictSetStr(ns, Intern("x"), th.NewStr("class attribute"))
	cls, err := th.newClass(TypeType, "K", nil, ns, th.NewDict())
	require.NoError(t, err)
	inst, err := th.Call(cls, nil, nil)
	require.NoError(t, err)
	v, err := th.GetAttr(inst, Intern("x"))
	require.NoError(t, err)
	assert.Equal(t, "'class attribute'", repr(t, th, v))
	require.NoError(t, th.SetAttr(inst, Intern("x"), th.NewStr("instance attribute")))
	v, err = th.GetAttr(inst, Intern("x"))
	require.NoError(t, err)
	assert.Equal(t, "'instance attribute'", repr(t, th, v), "the instance dict shadows a plain class attribute")
	_, err = th.GetAttr(inst, Intern("missing"))
	assert.Equal(t, "AttributeError: 'K' object has no attribute 'missing'", err.Error())
	_, err = th.GetAttr(SmallInt(1), Intern("missing"))
	assert.Equal(t, "AttributeError: 'int' object has no attribute 'missing'", err.Error())
	err = th.SetAttr(SmallInt(1), Intern("x"), None)
	assert.Equal(t, "AttributeError: 'int' object has no attribute 'x'", err.Error())
	err = th.SetAttr(IntType.Obj(), Intern("x"), None)
	assert.Equal(t, "TypeError: cannot set 'x' attribute of immutable type 'int'", err.Error())
}
