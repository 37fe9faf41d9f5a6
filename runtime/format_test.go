package runtime

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestGroupDigits checks grouping with and without zero padding to a
// minimum width, where CPython may end with a lone zero after a
// separator.
func TestGroupDigits(t *testing.T) {
	tests := []struct {
		digits   string
		sep      byte
		every    int
		minWidth int
		want     string
	}{
		{"1234", ',', 3, 0, "1,234"},
		{"1234567", '_', 3, 0, "1_234_567"},
		{"1234", ',', 3, 10, "00,001,234"},
		{"1234", ',', 3, 9, "0,001,234"},
		{"1234", ',', 3, 8, "0,001,234"},
		{"4d2", '_', 4, 10, "0_0000_04d2"},
		{"42", 0, 3, 6, "000042"},
		{"42", 0, 3, 0, "42"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, groupDigits(tt.digits, tt.sep, tt.every, tt.minWidth), "%+v", tt)
	}
}

// TestFloatText checks the float renderings of each mode.
func TestFloatText(t *testing.T) {
	tests := []struct {
		f    float64
		m    floatMode
		want string
	}{
		{1234.5, floatMode{typ: 'e', prec: 2}, "1.23e+03"},
		{1234.5, floatMode{typ: 'E', prec: 0, alt: true}, "1.E+03"},
		{2.5, floatMode{typ: 'f', prec: 0}, "2"},
		{0.0001, floatMode{typ: 'g', prec: 6}, "0.0001"},
		{0.00001, floatMode{typ: 'g', prec: 6}, "1e-05"},
		{100, floatMode{typ: 'g', prec: 3, alt: true}, "100."},
		{100, floatMode{typ: 'g', prec: 3, addDot0: true}, "1e+02"},
		{12, floatMode{typ: 'g', prec: 3, addDot0: true}, "12.0"},
		{1e16, floatMode{typ: 'r', addDot0: true}, "1e+16"},
		{1, floatMode{typ: 'r'}, "1"},
		{1, floatMode{typ: 'r', alt: true}, "1."},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, floatText(tt.f, tt.m), "%+v", tt)
	}
}
