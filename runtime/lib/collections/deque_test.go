package collections

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"gilfree/runtime"
)

// values returns the deque's items as Go ints, in order.
func values(t *testing.T, d *Deque) []int64 {
	t.Helper()
	out := make([]int64, d.n)
	for i := range out {
		v, ok := runtime.Int64Of(*d.at(i))
		require.True(t, ok)
		out[i] = v
	}
	return out
}

// The ring operations, checked against a Go slice doing the same steps.
func TestDequeRing(t *testing.T) {
	th := runtime.StartMain()
	type op struct {
		name string
		arg  int
	}
	tests := []struct {
		name   string
		maxlen int
		ops    []op
		want   []int64
	}{
		{"appends", -1, []op{{"right", 1}, {"right", 2}, {"left", 0}}, []int64{0, 1, 2}},
		{"growth past one ring", -1, []op{{"rightN", 20}, {"leftN", 5}}, []int64{-5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19}},
		{"pops from both ends", -1, []op{{"rightN", 6}, {"popleft", 0}, {"popright", 0}}, []int64{1, 2, 3, 4}},
		{"maxlen drops the far end", 3, []op{{"rightN", 5}}, []int64{2, 3, 4}},
		{"maxlen drops on the left push", 3, []op{{"rightN", 3}, {"left", -1}}, []int64{-1, 0, 1}},
		{"rotate right", -1, []op{{"rightN", 5}, {"rotate", 2}}, []int64{3, 4, 0, 1, 2}},
		{"rotate left", -1, []op{{"rightN", 5}, {"rotate", -1}}, []int64{1, 2, 3, 4, 0}},
		{"rotate a full ring", -1, []op{{"rightN", 8}, {"rotate", 3}}, []int64{5, 6, 7, 0, 1, 2, 3, 4}},
		{"rotate by more than the length", -1, []op{{"rightN", 3}, {"rotate", 7}}, []int64{2, 0, 1}},
		{"delete in the middle", -1, []op{{"rightN", 5}, {"delete", 2}}, []int64{0, 1, 3, 4}},
		{"shrink after many pops", -1, []op{{"rightN", 100}, {"popleftN", 95}}, []int64{95, 96, 97, 98, 99}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := &Deque{maxlen: tc.maxlen}
			for _, o := range tc.ops {
				switch o.name {
				case "right":
					th.XDecref(d.pushRight(th.NewInt(int64(o.arg))))
				case "left":
					th.XDecref(d.pushLeft(th.NewInt(int64(o.arg))))
				case "rightN":
					for i := 0; i < o.arg; i++ {
						th.XDecref(d.pushRight(th.NewInt(int64(i))))
					}
				case "leftN":
					for i := 1; i <= o.arg; i++ {
						th.XDecref(d.pushLeft(th.NewInt(int64(-i))))
					}
				case "popleft":
					th.Decref(d.popLeftLocked())
				case "popright":
					th.Decref(d.popRightLocked())
				case "popleftN":
					for i := 0; i < o.arg; i++ {
						th.Decref(d.popLeftLocked())
					}
				case "rotate":
					d.rotate(o.arg)
				case "delete":
					th.Decref(deleteAt(d, o.arg))
				}
			}
			assert.Equal(t, tc.want, values(t, d))
			assert.True(t, len(d.items) == 0 || len(d.items)&(len(d.items)-1) == 0, "ring size %d is a power of two", len(d.items))
			release(th, d.takeAll(th))
			assert.Equal(t, 0, d.n)
		})
	}
}

// Every change bumps the state that iterators compare.
func TestDequeStateBumps(t *testing.T) {
	th := runtime.StartMain()
	d := &Deque{maxlen: -1}
	s0 := d.state
	th.XDecref(d.pushRight(th.NewInt(1)))
	s1 := d.state
	d.rotate(1)
	th.Decref(d.popLeftLocked())
	assert.Less(t, s0, s1)
	assert.Less(t, s1, d.state)
}

func BenchmarkDequeAppendPopLeft(b *testing.B) {
	th := runtime.StartMain()
	d := &Deque{maxlen: -1}
	v := runtime.SmallInt(7)
	for i := 0; i < b.N; i++ {
		d.pushRight(v)
		d.popLeftLocked()
	}
	_ = th
}
