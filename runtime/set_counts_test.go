package runtime

import (
	"math/rand"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestSetCountsFollowMembers checks that a set's hash-bucket counts
// (Set.counts, which let a lookup miss without probing) equal the counts
// of its members after every kind of change, and that membership answers
// stay right: a count too low would make a member look absent.
func TestSetCountsFollowMembers(t *testing.T) {
	th := thr(t)
	rng := rand.New(rand.NewSource(1))
	call := func(s *Set, name string, args ...*Object) {
		m, err := th.GetAttr(s.Obj(), Intern(name))
		require.NoError(t, err)
		r, err := th.Call(m, args, nil)
		require.NoError(t, err, name)
		th.Decref(r)
		th.Decref(m)
	}
	check := func(s *Set, want map[int64]bool) {
		var got Set
		got.table = s.table
		got.recount()
		require.Equal(t, got.counts, s.counts)
		require.Equal(t, len(want), s.Len())
		for k := int64(-40); k < 80; k++ {
			in, err := th.SetContains(s, th.NewInt(k))
			require.NoError(t, err)
			require.Equal(t, want[k], in, "member %d", k)
		}
		for k := range want {
			in, err := th.SetContains(s, th.NewInt(k))
			require.NoError(t, err)
			require.True(t, in, "member %d", k)
		}
	}
	for round := 0; round < 20; round++ {
		s := th.NewSet()
		want := map[int64]bool{}
		for step := 0; step < 300; step++ {
			k := int64(rng.Intn(80) - 20)
			if rng.Intn(4) == 0 {
				k *= 32 // same low bits as k/32... crowds the buckets
			}
			switch op := rng.Intn(10); {
			case op < 5:
				require.NoError(t, th.SetAdd(s, th.NewInt(k)))
				want[k] = true
			case op < 8:
				key := th.NewInt(k)
				h, err := th.Hash(key)
				require.NoError(t, err)
				_, err = th.setDiscardHash(s, key, h)
				require.NoError(t, err)
				delete(want, k)
			case op == 8 && s.Len() > 0:
				r, err := setPop(th, []*Object{s.Obj()}, nil)
				require.NoError(t, err)
				v, _ := IntSmall(r)
				delete(want, v)
			default:
				other := th.NewSet()
				for i := 0; i < 5; i++ {
					v := int64(rng.Intn(60) - 10)
					require.NoError(t, th.SetAdd(other, th.NewInt(v)))
				}
				switch rng.Intn(3) {
				case 0:
					call(s, "update", other.Obj())
					for _, e := range other.table {
						if e.key != nil && e.key != setDummy {
							v, _ := IntSmall(e.key)
							want[v] = true
						}
					}
				case 1:
					call(s, "intersection_update", other.Obj())
					for k := range want {
						if in, _ := th.SetContains(other, th.NewInt(k)); !in {
							delete(want, k)
						}
					}
				case 2:
					call(s, "symmetric_difference_update", other.Obj())
					for _, e := range other.table {
						if e.key != nil && e.key != setDummy {
							v, _ := IntSmall(e.key)
							want[v] = !want[v]
							if !want[v] {
								delete(want, v)
							}
						}
					}
				}
				th.Decref(other.Obj())
			}
			check(s, want)
		}
		c, err := th.Call(SetType.Obj(), []*Object{s.Obj()}, nil)
		require.NoError(t, err)
		check(As[Set](c), want)
		th.Decref(c)
		th.setClear(s)
		check(s, map[int64]bool{})
		th.Decref(s.Obj())
	}
}
