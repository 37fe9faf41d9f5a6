package random

import (
	"math/big"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
)

// seeded returns a generator seeded as random.Random(n) seeds it.
func seeded(n *big.Int) *mt {
	g := new(mt)
	g.initByArray(keyOf(new(big.Int).Abs(n)))
	return g
}

// The expected values were printed by CPython 3.11's random module when
// this test was written (random.Random(seed).getrandbits(32) and so on).
func TestMTMatchesCPython(t *testing.T) {
	big2100 := new(big.Int).Lsh(big.NewInt(1), 100)
	big2100.Add(big2100, big.NewInt(12345))
	tests := []struct {
		name string
		seed *big.Int
		want []uint32
	}{
		{"seed 42", big.NewInt(42), []uint32{2746317213, 478163327, 107420369}},
		{"seed 0", big.NewInt(0), []uint32{3626764237, 1654615998}},
		{"seed 5489", big.NewInt(5489), []uint32{3382763572}},
		{"negative seed is its absolute value", big.NewInt(-42), []uint32{2746317213, 478163327, 107420369}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := seeded(tc.seed)
			for i, w := range tc.want {
				assert.Equal(t, w, g.uint32(), "draw %d", i)
			}
		})
	}
	t.Run("random() of seed 42", func(t *testing.T) {
		g := seeded(big.NewInt(42))
		assert.Equal(t, "0x1.4762f307200c5p-01", strconv.FormatFloat(g.float53(), 'x', -1, 64))
		assert.Equal(t, "0x1.99c6b5eeb206p-06", strconv.FormatFloat(g.float53(), 'x', -1, 64))
	})
	t.Run("random() of a 101-bit seed", func(t *testing.T) {
		g := seeded(big2100)
		assert.Equal(t, "0x1.c78cd1084ede2p-02", strconv.FormatFloat(g.float53(), 'x', -1, 64))
	})
	t.Run("getrandbits(70) of seed 1", func(t *testing.T) {
		g := seeded(big.NewInt(1))
		assert.Equal(t, "1006624138111981302261", wordsInt(g.bits(70)).String())
	})
}

func TestKeyOf(t *testing.T) {
	assert.Equal(t, []uint32{0}, keyOf(big.NewInt(0)))
	assert.Equal(t, []uint32{0xffffffff}, keyOf(big.NewInt(0xffffffff)))
	assert.Equal(t, []uint32{0, 1}, keyOf(big.NewInt(1<<32)))
	assert.Equal(t, []uint32{0x89abcdef, 0x1234567}, keyOf(big.NewInt(0x123456789abcdef)))
}

func TestWordsInt(t *testing.T) {
	assert.Equal(t, "4294967296", wordsInt([]uint32{0, 1}).String())
	assert.Equal(t, "18446744073709551615", wordsInt([]uint32{0xffffffff, 0xffffffff}).String())
}

func BenchmarkRandom(b *testing.B) {
	g := seeded(big.NewInt(1))
	for i := 0; i < b.N; i++ {
		g.float53()
	}
}
