package runtime

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestListLockFreeReads: threads index, measure and iterate one list
// without its lock while others change it in every way a list changes
// (item stores, appends, inserts, pops, slice assignment, reverse, sort,
// clear, the heap helpers), and every item read is one the writers put
// there: an int in [base, base+span). The readers also make and drop ints
// outside that range, so a read of memory freed and reused meanwhile would
// show up as a value out of range (and, with GILFREE_DEBUG=1, as a use of
// a freed object).
func TestListLockFreeReads(t *testing.T) {
	const base, span, rounds = 1 << 40, 64, 3000
	th := thr(t)
	l := th.NewList(0)
	for i := 0; i < 16; i++ {
		v := th.NewInt(base + int64(i))
		th.ListAppend(l, v)
		th.Decref(v)
	}
	defer th.Decref(l.Obj())
	o := l.Obj()
	bad := make([]int, 6)
	hammer(t, 6, func(t *Thread, g int) {
		if g >= 3 {
			for i := 0; i < rounds*4; i++ {
				tmp := t.NewInt(-1 - int64(i))
				var v *Object
				switch i % 3 {
				case 0:
					v, _ = t.ListGetIndex(o, int64(i%20))
				case 1:
					v, _ = t.ListGetIndex(o, -1-int64(i%20))
				default:
					v = t.ListItemAt(o, i%20)
				}
				t.Decref(tmp)
				if v != nil {
					if n, ok := IntSmall(v); !ok || n < base || n >= base+span {
						bad[g]++
					}
					t.Decref(v)
				}
				if n := listLen0(t, o); n < 0 || n > 1<<20 {
					bad[g]++
				}
			}
			return
		}
		for i := 0; i < rounds; i++ {
			v := t.NewInt(base + int64((i*7+g)%span))
			switch (i + g) % 9 {
			case 0:
				t.ListSetIndex(o, int64(i%8), v)
			case 1, 2:
				t.ListAppend(l, v)
			case 3:
				r, _ := listInsert(t, []*Object{o, t.NewInt(int64(i % 5)), v}, nil)
				t.Decref(r)
			case 4:
				if r, err := listPop(t, []*Object{o}, nil); err == nil {
					t.Decref(r)
				} else {
					t.DropError(err)
				}
				if r, err := listPop(t, []*Object{o, SmallInt(0)}, nil); err == nil {
					t.Decref(r)
				} else {
					t.DropError(err)
				}
			case 5:
				r, _ := listReverse(t, []*Object{o}, nil)
				t.Decref(r)
				t.ListAppend(l, v)
			case 6:
				if err := t.SortList(l, nil, i%2 == 0); err != nil {
					t.DropError(err)
				}
			case 7:
				t.Lock(o)
				if n := len(l.items); n > 2 {
					ListSwap(o, 0, n-1)
					t.Decref(ListPut(o, 1, t.NewRef(v)))
					if last := ListPopLast(o); last != nil {
						t.Decref(last)
					}
				}
				t.Unlock(o)
			default:
				if i%90 == 8 {
					r, _ := listClearM(t, []*Object{o}, nil)
					t.Decref(r)
				}
				src := t.NewListOf(v, v, v)
				sl := t.NewSlice(SmallInt(1), SmallInt(3), None)
				if err := listSetItem(t, o, sl, src.Obj()); err != nil {
					t.DropError(err)
				}
				t.Decref(sl)
				t.Decref(src.Obj())
			}
			t.Decref(v)
			if n := listLen0(t, o); n > 30 {
				r, _ := listClearM(t, []*Object{o}, nil)
				t.Decref(r)
			}
		}
	})
	for g, n := range bad {
		assert.Zero(t, n, "thread %d read items the writers never stored", g)
	}
	for _, v := range l.items {
		n, ok := IntSmall(v)
		assert.True(t, ok && n >= base && n < base+span, "item %v", v)
	}
	require.True(t, l.published(), "the readers published the list")
	assert.Equal(t, int64(len(l.items)), l.pub.n.Load(), "published length")
}

// TestListLongShiftLocksReads: a published list whose items shift far
// (insert(0) on a long list) goes back to locked reads, which still see
// every change.
func TestListLongShiftLocksReads(t *testing.T) {
	th := thr(t)
	l := th.NewList(0)
	defer th.Decref(l.Obj())
	o := l.Obj()
	hammer(t, 2, func(x *Thread, g int) {
		if g == 1 {
			return
		}
		for i := range 100 {
			x.ListAppend(l, SmallInt(i))
		}
		v, ok := x.ListGetIndex(o, 50)
		require.True(t, ok)
		assert.Equal(t, SmallInt(50), v)
		require.True(t, l.published())
		r, _ := listInsert(x, []*Object{o, SmallInt(0), SmallInt(-1)}, nil)
		x.Decref(r)
		assert.False(t, l.published(), "locked reads after a long shift")
		v, ok = x.ListGetIndex(o, 51)
		require.True(t, ok)
		assert.Equal(t, SmallInt(50), v)
		assert.Equal(t, 101, listLen0(x, o))
		r, _ = listPop(x, []*Object{o, SmallInt(0)}, nil)
		x.Decref(r)
		v, ok = x.ListGetIndex(o, -1)
		require.True(t, ok)
		assert.Equal(t, SmallInt(99), v)
		assert.Equal(t, 100, listLen0(x, o))
	})
}
