package syntax

import (
	"math/big"
	"strconv"
	"strings"
)

// numberValue returns the value of a NUMBER token, which the scanner has
// already checked: an int (*big.Int) in any base, a float64, or an
// imaginary complex128.
func (p *parser) numberValue(t *Token) Value {
	text := p.text(t)
	if strings.IndexByte(text, '_') >= 0 {
		text = strings.ReplaceAll(text, "_", "")
	}
	last := text[len(text)-1]
	if last == 'j' || last == 'J' {
		return complex(0, parseFloat(text[:len(text)-1]))
	}
	if len(text) > 1 && text[0] == '0' {
		base := 0
		switch text[1] {
		case 'x', 'X':
			base = 16
		case 'o', 'O':
			base = 8
		case 'b', 'B':
			base = 2
		}
		if base != 0 {
			n, _ := new(big.Int).SetString(text[2:], base)
			return n
		}
	}
	if strings.ContainsAny(text, ".eE") {
		return parseFloat(text)
	}
	if len(text) <= 18 {
		n, _ := strconv.ParseInt(text, 10, 64)
		return big.NewInt(n)
	}
	n, _ := new(big.Int).SetString(text, 10)
	return n
}

// parseFloat converts a decimal float literal, correctly rounded as
// Python does; out-of-range values become infinities or zero.
func parseFloat(text string) float64 {
	f, _ := strconv.ParseFloat(text, 64)
	return f
}
