package structmod

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCompile checks sizes, offsets and argument counts of formats in
// each mode, and the messages of bad formats.
func TestCompile(t *testing.T) {
	tests := []struct {
		format  string
		size    int
		nargs   int
		offsets []int
		err     string
	}{
		{"@bhiq", 16, 4, []int{0, 2, 4, 8}, ""},
		{"=bhiq", 15, 4, []int{0, 1, 3, 7}, ""},
		{"@qb", 9, 2, []int{0, 8}, ""},
		{"@bq0q", 16, 2, []int{0, 8, 16}, ""},
		{"3s2p5x", 10, 2, []int{0, 3, 5}, ""},
		{"<2h x ?", 6, 3, []int{0, 4, 5}, ""},
		{">lLqQ", 24, 4, []int{0, 4, 8, 16}, ""},
		{"@lP", 16, 2, []int{0, 8}, ""},
		{"", 0, 0, nil, ""},
		{"z", 0, 0, nil, errBadChar},
		{"<P", 0, 0, nil, errBadChar},
		{"3", 0, 0, nil, errRepeatCount},
		{"2 i", 0, 0, nil, errBadChar},
		{"99999999999999999999q", 0, 0, nil, errTooLong},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			l, msg := compile(tt.format)
			if tt.err != "" {
				assert.Equal(t, tt.err, msg)
				return
			}
			require.Empty(t, msg)
			assert.Equal(t, tt.size, l.size)
			assert.Equal(t, tt.nargs, l.nargs)
			var offsets []int
			for _, it := range l.items {
				offsets = append(offsets, it.offset)
			}
			assert.Equal(t, tt.offsets, offsets)
		})
	}
}

// TestHalf checks half-precision packing against known encodings, with
// rounding to even and overflow.
func TestHalf(t *testing.T) {
	tests := []struct {
		in   float64
		bits uint16
		ok   bool
	}{
		{1.0, 0x3C00, true},
		{1.5, 0x3E00, true},
		{-2.0, 0xC000, true},
		{65504, 0x7BFF, true},
		{65520, 0, false},
		{5.96e-8, 0x0001, true},
		{1e-50, 0x0000, true},
		{math.Copysign(0, -1), 0x8000, true},
		{math.Inf(1), 0x7C00, true},
		{1 + 1.0/2048, 0x3C00, true}, // halfway: rounds to even
		{1 + 3.0/2048, 0x3C02, true},
	}
	for _, tt := range tests {
		bits, ok := halfBits(tt.in)
		assert.Equal(t, tt.ok, ok, "%v", tt.in)
		if ok {
			assert.Equal(t, tt.bits, bits, "%v", tt.in)
			if !math.IsInf(tt.in, 0) && tt.in != 0 && tt.in > 1e-10 {
				assert.InDelta(t, tt.in, halfValue(bits), tt.in/1000, "%v", tt.in)
			}
		}
	}
	assert.True(t, math.IsNaN(halfValue(0x7E00)))
}
