package runtime

import (
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"gilfree/locks"
)

// hammer runs f on n runtime threads at once, each its own goroutine and
// thread state, while the main thread waits detached (so that merges on
// its behalf can proceed). It fails the test if they do not finish in a
// minute: a deadlock.
func hammer(tb testing.TB, n int, f func(t *Thread, g int)) {
	tb.Helper()
	main := thr(tb)
	ts := make([]*Thread, n)
	for g := range ts {
		ts[g] = main.Interp.NewThread() // on the main thread's goroutine, as thread.New requires
	}
	require.True(tb, locks.Threaded())
	var wg sync.WaitGroup
	for g, t := range ts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			t.Attach()
			f(t, g)
			t.Exit()
		}()
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	main.Detach()
	defer main.Attach()
	select {
	case <-done:
	case <-time.After(time.Minute):
		tb.Fatal("deadlock: the threads did not finish")
	}
}

// TestListConcurrentAppends: appends from every thread, through each entry
// point, lose nothing, while other reads (indexing, len, iteration) run.
func TestListConcurrentAppends(t *testing.T) {
	const threads, perThread = 4, 2000
	th := thr(t)
	l := th.NewList(0)
	defer th.Decref(l.Obj())
	hammer(t, threads, func(t *Thread, g int) {
		for i := 0; i < perThread; i++ {
			v := t.NewInt(int64(g*perThread + i))
			switch i % 3 {
			case 0:
				t.ListAppend(l, v)
				t.Decref(v)
			case 1:
				t.ListPush(l.Obj(), v)
			default:
				r, err := listAppendM(t, []*Object{l.Obj(), v}, nil)
				if err != nil {
					panic(err)
				}
				t.Decref(r)
				t.Decref(v)
			}
			if x, ok := t.ListGetIndex(l.Obj(), -1); ok {
				t.Decref(x)
			}
			if i%100 == 0 {
				n := 0
				for j := 0; ; j++ {
					x := t.ListItemAt(l.Obj(), j)
					if x == nil {
						break
					}
					t.Decref(x)
					n++
				}
				if n == 0 {
					panic("an append was not visible")
				}
			}
		}
	})
	require.Equal(t, threads*perThread, l.Len())
	seen := make([]bool, threads*perThread)
	for _, v := range l.Items() {
		i, ok := IntSmall(v)
		require.True(t, ok)
		require.False(t, seen[i], "item %d twice", i)
		seen[i] = true
	}
}

// TestListConcurrentPopInsert: pops, inserts, item stores and slice
// deletions from several threads keep the count exact.
func TestListConcurrentPopInsert(t *testing.T) {
	const threads, rounds = 4, 1000
	th := thr(t)
	l := th.NewList(0)
	defer th.Decref(l.Obj())
	for i := 0; i < 100; i++ {
		th.ListAppend(l, SmallInt(i%10))
	}
	hammer(t, threads, func(t *Thread, g int) {
		for i := 0; i < rounds; i++ {
			r, err := listInsert(t, []*Object{l.Obj(), SmallInt(0), SmallInt(7)}, nil)
			if err != nil {
				panic(err)
			}
			t.Decref(r)
			t.ListSetIndex(l.Obj(), int64(i%50), SmallInt(3))
			r, err = listPop(t, []*Object{l.Obj()}, nil)
			if err != nil {
				panic(err)
			}
			t.Decref(r)
			c, err := listCount(t, []*Object{l.Obj(), SmallInt(3)}, nil)
			if err != nil {
				panic(err)
			}
			t.Decref(c)
		}
	})
	assert.Equal(t, 100, l.Len())
}

// TestDictConcurrent: inserts and deletes of str and int keys from every
// thread lose nothing, while other threads iterate (and may be told the
// dict changed size, never crash).
func TestDictConcurrent(t *testing.T) {
	const threads, perThread = 4, 1000
	th := thr(t)
	d := th.NewDict()
	defer th.Decref(d.Obj())
	var mu sync.Mutex
	changed := 0
	hammer(t, threads, func(t *Thread, g int) {
		for i := 0; i < perThread; i++ {
			k := t.NewStr(fmt.Sprintf("k%d-%d", g, i))
			n := t.NewInt(int64(g*perThread + i + 2000))
			if err := t.DictSetItem(d, k, n); err != nil {
				panic(err)
			}
			if err := t.DictSetItem(d, n, k); err != nil {
				panic(err)
			}
			if i%2 == 1 {
				if found, err := t.DictDelItem(d, k); err != nil || !found {
					panic("lost a str key")
				}
			}
			if v, err := t.dictGetRef(d, n); err != nil || v != k {
				panic("lost an int key")
			} else {
				t.Decref(v)
			}
			t.Decref(k)
			t.Decref(n)
			if i%200 == 0 {
				it, err := t.Iter(d.Obj())
				if err != nil {
					panic(err)
				}
				for {
					v, err := t.NextItem(it)
					if err != nil {
						if !Matches(err, RuntimeErrorType) {
							panic(err)
						}
						t.DropError(err)
						mu.Lock()
						changed++
						mu.Unlock()
						break
					}
					if v == nil {
						break
					}
					t.Decref(v)
				}
				t.Decref(it)
			}
		}
	})
	assert.Equal(t, threads*perThread+threads*perThread/2, d.Len())
	t.Logf("iterations stopped by a size change: %d", changed)
}

// TestDictSetDefaultAtomic: setdefault on one key from every thread gives
// every thread the same value.
func TestDictSetDefaultAtomic(t *testing.T) {
	const threads, keys = 4, 500
	th := thr(t)
	d := th.NewDict()
	defer th.Decref(d.Obj())
	got := make([][]*Object, threads)
	hammer(t, threads, func(t *Thread, g int) {
		got[g] = make([]*Object, keys)
		for i := 0; i < keys; i++ {
			k := t.NewInt(int64(i + 5000))
			def := t.NewList(0).Obj()
			r, err := dictSetDefault(t, []*Object{d.Obj(), k, def}, nil)
			if err != nil {
				panic(err)
			}
			got[g][i] = r
			t.Decref(def)
			t.Decref(k)
		}
	})
	for i := 0; i < keys; i++ {
		for g := 1; g < threads; g++ {
			require.Same(t, got[0][i], got[g][i], "key %d", i)
		}
	}
	for g := range got {
		for _, r := range got[g] {
			th.Decref(r)
		}
	}
}

// TestSetConcurrent: adds and discards from every thread lose nothing,
// while other threads iterate and take unions and intersections of the
// shared set.
func TestSetConcurrent(t *testing.T) {
	const threads, perThread = 4, 1000
	th := thr(t)
	s := th.NewSet()
	defer th.Decref(s.Obj())
	hammer(t, threads, func(t *Thread, g int) {
		for i := 0; i < perThread; i++ {
			k := t.NewInt(int64(g*perThread + i + 3000))
			if err := t.SetAdd(s, k); err != nil {
				panic(err)
			}
			if i%2 == 1 {
				h, _ := t.Hash(k)
				if found, err := t.setDiscardHash(s, k, h); err != nil || !found {
					panic("lost a member")
				}
			}
			t.Decref(k)
			if i%250 == 0 {
				u, err := setOperator(OpOr)(t, s.Obj(), s.Obj())
				if err != nil {
					panic(err)
				}
				x, err := setOperator(OpAnd)(t, u, s.Obj())
				if err != nil {
					panic(err)
				}
				t.Decref(u)
				t.Decref(x)
				it, _ := t.Iter(s.Obj())
				for {
					v, err := t.NextItem(it)
					if err != nil {
						if !Matches(err, RuntimeErrorType) {
							panic(err)
						}
						t.DropError(err)
						break
					}
					if v == nil {
						break
					}
					t.Decref(v)
				}
				t.Decref(it)
			}
		}
	})
	assert.Equal(t, threads*perThread/2, s.Len())
}
