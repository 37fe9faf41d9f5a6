package compile

import (
	"bufio"
	"bytes"
	"math/rand"
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestFoldMatchesPython folds random operator expressions over edge-case
// operands and checks every folded value against python3's own result:
// the same repr (which pins a float's bits), and no folding at all where
// Python raises.
func TestFoldMatchesPython(t *testing.T) {
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 is not available")
	}
	operands := []string{
		"0", "1", "-1", "2", "3", "-7", "10", "255", "2**62", "-(2**63)", "12345678901234567890",
		"True", "False", "0.0", "-0.0", "0.5", "-2.5", "1.1", "3.0", "1e308", "-1e-308", "5e-324", "1e16",
		"1j", "-2j", "(1+2j)", "(-0.0-0j)", "(3.5-1e300j)", "'ab'", "b'x'", "(1, 2)", "()",
	}
	ops := []string{"+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"}
	rng := rand.New(rand.NewSource(1))
	var exprs []string
	huge := map[string]bool{"2**62": true, "-(2**63)": true, "12345678901234567890": true, "1e308": true, "1e16": true}
	for len(exprs) < 3000 {
		a := operands[rng.Intn(len(operands))]
		b := operands[rng.Intn(len(operands))]
		op := ops[rng.Intn(len(ops))]
		if (op == "**" || op == "<<") && huge[b] {
			continue // Python itself would take too long
		}
		exprs = append(exprs, "("+a+") "+op+" ("+b+")")
	}
	for _, a := range operands {
		for _, u := range []string{"-", "+", "~", "not "} {
			exprs = append(exprs, u+"("+a+")")
		}
	}
	const script = `
import sys, warnings
warnings.simplefilter("ignore")
for line in sys.stdin:
    try:
        print(repr(eval(line)))
    except Exception as e:
        print("raises " + type(e).__name__)
`
	cmd := exec.Command("python3", "-c", script)
	cmd.Stdin = strings.NewReader(strings.Join(exprs, "\n") + "\n")
	out, err := cmd.Output()
	require.NoError(t, err)
	var results []string
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		results = append(results, sc.Text())
	}
	require.Len(t, results, len(exprs))
	folded := 0
	for i, src := range exprs {
		v, ok := foldedValue(t, src)
		if !ok {
			continue
		}
		folded++
		require.Equal(t, results[i], constRepr(v), src)
	}
	t.Logf("%d of %d expressions folded, all equal to python3's values", folded, len(exprs))
}
