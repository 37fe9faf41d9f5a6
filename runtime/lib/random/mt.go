// Package random is the _random module: the Mersenne Twister (MT19937)
// that CPython's random module draws from, seeded the way CPython seeds
// it, so that the same seed gives the same numbers on both.
//
// # Model
//
// The generator state is 624 32-bit words and an index into them
// (mt.go). A Python Random instance (module.go) holds one generator;
// every method that reads or advances the state does so in a critical
// section on the instance (runtime.Thread.Lock, free while the program
// has one thread) for the whole operation, and calls no Python code
// inside it, so the module-level functions of random, which share one instance,
// are safe from many threads at once. Everything above the raw bits
// (randrange, choice, shuffle, the distributions) is written in Python in
// runtime/lib/py/random.py on top of random() and getrandbits().
package random

// The MT19937 constants from Matsumoto and Nishimura's paper.
const (
	mtN         = 624
	mtM         = 397
	matrixA     = 0x9908b0df
	upperMask   = 0x80000000
	lowerMask   = 0x7fffffff
	seedInitial = 19650218
)

// mt is the generator state: the words and the index of the next word to
// temper (mtN when the block must be regenerated).
type mt struct {
	state [mtN]uint32
	index int
}

// initGenrand fills the state from one 32-bit seed.
func (m *mt) initGenrand(s uint32) {
	m.state[0] = s
	for i := 1; i < mtN; i++ {
		prev := m.state[i-1]
		m.state[i] = 1812433253*(prev^(prev>>30)) + uint32(i)
	}
	m.index = mtN
}

// initByArray seeds from a key of 32-bit words, as CPython does for every
// int seed (the key is the absolute value's words, least significant
// first, at least one word).
func (m *mt) initByArray(key []uint32) {
	m.initGenrand(seedInitial)
	i, j := 1, 0
	k := mtN
	if len(key) > k {
		k = len(key)
	}
	for ; k > 0; k-- {
		prev := m.state[i-1]
		m.state[i] = (m.state[i] ^ ((prev ^ (prev >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= mtN {
			m.state[0] = m.state[mtN-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = mtN - 1; k > 0; k-- {
		prev := m.state[i-1]
		m.state[i] = (m.state[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= mtN {
			m.state[0] = m.state[mtN-1]
			i = 1
		}
	}
	m.state[0] = 0x80000000
	m.index = mtN
}

// regenerate computes the next block of mtN words in place.
func (m *mt) regenerate() {
	s := &m.state
	mag := func(y uint32) uint32 { return (y & 1) * matrixA }
	kk := 0
	for ; kk < mtN-mtM; kk++ {
		y := (s[kk] & upperMask) | (s[kk+1] & lowerMask)
		s[kk] = s[kk+mtM] ^ (y >> 1) ^ mag(y)
	}
	for ; kk < mtN-1; kk++ {
		y := (s[kk] & upperMask) | (s[kk+1] & lowerMask)
		s[kk] = s[kk+(mtM-mtN)] ^ (y >> 1) ^ mag(y)
	}
	y := (s[mtN-1] & upperMask) | (s[0] & lowerMask)
	s[mtN-1] = s[mtM-1] ^ (y >> 1) ^ mag(y)
	m.index = 0
}

// uint32 returns the next tempered 32-bit output.
func (m *mt) uint32() uint32 {
	if m.index >= mtN {
		m.regenerate()
	}
	y := m.state[m.index]
	m.index++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

// float53 returns a float in [0, 1) built from 53 random bits (27 from
// one word, 26 from the next), CPython's random().
func (m *mt) float53() float64 {
	a := m.uint32() >> 5
	b := m.uint32() >> 6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

// bits returns k random bits (k > 0) as little-endian 32-bit words, the
// last word holding the top k%32 bits of its draw, as CPython's
// getrandbits builds its result.
func (m *mt) bits(k int) []uint32 {
	words := make([]uint32, (k-1)/32+1)
	for i := range words {
		r := m.uint32()
		if k < 32 {
			r >>= uint(32 - k)
		}
		words[i] = r
		k -= 32
	}
	return words
}
