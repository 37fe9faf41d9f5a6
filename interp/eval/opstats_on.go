//go:build gilfree_opstats

package eval

import (
	"fmt"
	"io"
	"sort"

	"gilfree/interp/compile"
)

// Built with -tags gilfree_opstats, the eval loop counts every dispatch
// and every pair of consecutive dispatches, to find the pairs worth a
// superinstruction:
//
//	GILFREE_RUN=bench/nbody.py go test -tags gilfree_opstats ./interp/eval -run TestRunFile -v
//
// The counters are plain package variables: the tool is for one thread.
const opStats = true

var (
	opCounts [256]uint64
	opPairs  [256][256]uint64
	opPrev   compile.Opcode
)

// recordOp counts one dispatch of op.
func recordOp(op compile.Opcode) {
	opCounts[op]++
	opPairs[opPrev][op]++
	opPrev = op
}

// opName names real opcodes and superinstructions.
func opName(op compile.Opcode) string {
	if op < compile.NumOpcodes {
		return op.String()
	}
	return fmt.Sprintf("super%d", int(op-compile.NumOpcodes))
}

// dumpOpStats writes the n most frequent opcodes and pairs.
func dumpOpStats(w io.Writer, n int) {
	type entry struct {
		name  string
		count uint64
	}
	var ops, pairs []entry
	var total uint64
	for a := range opCounts {
		total += opCounts[a]
		if opCounts[a] > 0 {
			ops = append(ops, entry{opName(compile.Opcode(a)), opCounts[a]})
		}
		for b, c := range opPairs[a] {
			if c > 0 {
				pairs = append(pairs, entry{opName(compile.Opcode(a)) + " " + opName(compile.Opcode(b)), c})
			}
		}
	}
	for _, list := range [][]entry{ops, pairs} {
		sort.Slice(list, func(i, j int) bool { return list[i].count > list[j].count })
		for i, e := range list[:min(n, len(list))] {
			fmt.Fprintf(w, "%3d %6.2f%% %s\n", i, 100*float64(e.count)/float64(total), e.name)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "dispatches: %d\n", total)
}
