package cmath

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFormulas checks values that the careful formulas give exactly (or
// to the last bit) where the naive ones lose precision or overflow.
func TestFormulas(t *testing.T) {
	tests := []struct {
		name string
		f    func(complex128) complex128
		in   complex128
		want complex128
	}{
		{"sqrt i", sqrt, 1i, complex(0.7071067811865476, 0.7071067811865475)},
		{"sqrt -4", sqrt, -4, 2i},
		{"asin tiny", asin, complex(1e-10, 1e-10), complex(1e-10, 1e-10)},
		{"atanh tiny", atanh, complex(1e-10, 1e-10), complex(1e-10, 1e-10)},
		{"tan large imag", tan, complex(0, 1e308), 1i},
		{"tanh large", tanh, 1000, 1},
		{"acosh 0", acosh, 0, complex(0, math.Pi/2)},
		{"atanh 1 pole", atanh, 1, complex(math.Inf(1), 0)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.f(tt.in)
			assert.InDelta(t, real(tt.want), real(got), 1e-25, "real part of %v", got)
			assert.InDelta(t, imag(tt.want), imag(got), 1e-25, "imaginary part of %v", got)
		})
	}
}
