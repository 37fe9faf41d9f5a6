package runtime

import (
	"testing"

	"gilfree/refcount"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// testCode returns a code object named name with the given flags, for
// functions made directly by tests.
func testCode(name string, flags CodeFlags) *Code {
	c := NewCode()
	c.Name, c.QualName = name, name
	c.NameObj, c.QualNameObj = Intern(name).Obj(), Intern(name).Obj()
	c.Flags = flags
	return c
}

// TestFunctionFreeList: a dead nested function's memory is reused by the
// next function the thread makes, which then has nothing of the dead
// one (defaults, closure, attributes); a deferred (top-level) function is
// left to Go's collector.
func TestFunctionFreeList(t *testing.T) {
	th := thr(t)
	globals := th.NewDict()
	defer th.Decref(globals.Obj())
	th.DictSetStr(globals, Intern("__name__"), Intern("m").Obj())
	tests := []struct {
		name   string
		flags  CodeFlags
		reused bool
	}{
		{"nested", CoNested | CoOptimized, true},
		{"top level", CoOptimized, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			old := th.NewFunction(testCode("old", tc.flags), globals)
			old.Defaults = th.NewTuple(SmallInt(1))
			cell := th.NewCell(SmallInt(2))
			old.Closure = th.NewTuple(cell.Obj())
			th.Decref(cell.Obj())
			old.Dict = th.NewDict()
			old.Annotations = th.NewDict().Obj()
			if tc.flags&CoNested != 0 {
				th.Decref(old.Obj())
			} else {
				functionDealloc(th, old.Obj()) // as the collector's sweep would
			}
			fn := th.NewFunction(testCode("new", CoNested|CoOptimized), globals)
			defer th.Decref(fn.Obj())
			if refcount.Debug() {
				return // nothing is recycled in debug mode
			}
			assert.Equal(t, tc.reused, fn == old)
			assert.Nil(t, fn.Defaults)
			assert.Nil(t, fn.KwDefaults)
			assert.Nil(t, fn.Closure)
			assert.Nil(t, fn.Dict)
			assert.Nil(t, fn.Annotations)
			assert.Equal(t, "new", StrValue(fn.Name))
			assert.Equal(t, globals, fn.Globals)
			assert.Equal(t, "m", StrValue(fn.Module))
			assert.False(t, fn.IsDeferred())
		})
	}
}

// TestFunctionFreeListThreads: functions made on one thread and dropped
// on others go to the dropping threads' free lists, and each thread's
// next functions are whole; the race detector checks the handover.
func TestFunctionFreeListThreads(t *testing.T) {
	const rounds = 2000
	th := thr(t)
	globals := th.NewDict()
	defer th.Decref(globals.Obj())
	code := testCode("f", CoNested|CoOptimized)
	ch := make(chan *Function, 64)
	bad := make([]int, 3)
	hammer(t, 3, func(x *Thread, g int) {
		if g == 0 {
			for range rounds {
				fn := x.NewFunction(code, globals)
				fn.Defaults = x.NewTuple(SmallInt(g))
				ch <- fn
			}
			close(ch)
			return
		}
		for fn := range ch {
			if fn.Code != code || fn.Defaults == nil {
				bad[g]++
			}
			x.Decref(fn.Obj())
			own := x.NewFunction(code, globals)
			if own.Defaults != nil || own.Closure != nil || own.Code != code {
				bad[g]++
			}
			x.Decref(own.Obj())
		}
	})
	for g, n := range bad {
		assert.Zero(t, n, "thread %d", g)
	}
	require.NotNil(t, code)
}
