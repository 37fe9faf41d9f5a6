package compile

import (
	"bufio"
	"io"
	"math/big"
	"strings"

	"gilfree/interp/syntax"
	"gilfree/runtime/pyfmt"
)

// Disassemble writes the bytecode of c and of every code object nested in
// it, the way `python3 -m dis` does: each code object after its parent,
// one instruction per line with the source line where it changes, the
// instruction index, a >> mark on jump targets, the name, the argument
// and what it means; then the exception table. A line under each header
// gives the counts the runtime sizes frames with. The output has no
// addresses, so it is stable for golden files.
func Disassemble(w io.Writer, c *Code) error {
	bw := bufio.NewWriter(w)
	disassemble(bw, c, true)
	return bw.Flush()
}

func disassemble(w *bufio.Writer, c *Code, top bool) {
	if !top {
		w.WriteString("\nDisassembly of ")
		w.WriteString(codeRepr(c))
		w.WriteString(":\n")
	}
	writeInfo(w, c)
	targets := make([]bool, len(c.Instrs)+1)
	for pc := 0; pc < len(c.Instrs); pc++ {
		op, arg := decode(c.Instrs, pc)
		if op.HasJump() && int(arg) < len(targets) {
			targets[arg] = true
		}
	}
	for _, e := range c.ExcTable {
		if int(e.Target) < len(targets) {
			targets[e.Target] = true
		}
	}
	lastLine := -1
	for pc := 0; pc < len(c.Instrs); pc++ {
		line := c.Line(pc)
		op, arg := decode(c.Instrs, pc)
		var b strings.Builder
		if line != lastLine && line > 0 {
			if lastLine != -1 {
				w.WriteByte('\n')
			}
			b.WriteString(padLeft(itoa(line), 3))
			lastLine = line
		} else {
			b.WriteString("   ")
		}
		b.WriteString("    ")
		if targets[pc] {
			b.WriteString(" >> ")
		} else {
			b.WriteString("    ")
		}
		b.WriteString(padLeft(itoa(pc), 4))
		b.WriteByte(' ')
		b.WriteString(padRight(op.String(), 20))
		if op != EXTENDED_ARG && opHasArg(op) {
			b.WriteByte(' ')
			b.WriteString(padLeft(itoa(int(arg)), 5))
			if r := argRepr(c, op, arg); r != "" {
				b.WriteString(" (")
				b.WriteString(r)
				b.WriteByte(')')
			}
		} else if op == EXTENDED_ARG {
			b.WriteByte(' ')
			b.WriteString(padLeft(itoa(int(Arg(c.Instrs[pc]))), 5))
		}
		w.WriteString(strings.TrimRight(b.String(), " "))
		w.WriteByte('\n')
	}
	if len(c.ExcTable) > 0 {
		w.WriteString("ExceptionTable:\n")
		for _, e := range c.ExcTable {
			w.WriteString("  " + itoa(int(e.Start)) + " to " + itoa(int(e.End)-1) + " -> " + itoa(int(e.Target)) + " [" + itoa(int(e.Depth)) + "]")
			if e.Lasti {
				w.WriteString(" lasti")
			}
			w.WriteByte('\n')
		}
	}
	for _, k := range c.Consts {
		if sub, ok := k.(*Code); ok {
			disassemble(w, sub, false)
		}
	}
}

// decode returns the opcode at pc and its full argument, including any
// EXTENDED_ARG prefixes before it.
func decode(instrs []uint32, pc int) (Opcode, uint32) {
	op, arg := Op(instrs[pc]), Arg(instrs[pc])
	shift := uint(24)
	for i := pc - 1; i >= 0 && Op(instrs[i]) == EXTENDED_ARG; i-- {
		arg |= Arg(instrs[i]) << shift
		shift += 24
	}
	return op, arg
}

// opHasArg reports whether the disassembly shows an argument.
func opHasArg(op Opcode) bool {
	switch op {
	case NOP, POP_TOP, PUSH_NULL, BINARY_SUBSCR, STORE_SUBSCR, DELETE_SUBSCR, BINARY_SLICE, STORE_SLICE,
		LIST_TO_TUPLE, UNARY_NEGATIVE, UNARY_POSITIVE, UNARY_INVERT, UNARY_NOT, GET_ITER,
		RETURN_VALUE, LOAD_BUILD_CLASS, GET_YIELD_FROM_ITER, CLEANUP_THROW, IMPORT_STAR,
		SETUP_ANNOTATIONS, PRINT_EXPR, LOAD_ASSERTION_ERROR, PUSH_EXC_INFO, POP_EXCEPT,
		CHECK_EXC_MATCH, CHECK_EG_MATCH, PREP_RERAISE_STAR, BEFORE_WITH, WITH_EXCEPT_START:
		return false
	}
	return true
}

func argRepr(c *Code, op Opcode, arg uint32) string {
	switch {
	case op.HasConst():
		if int(arg) < len(c.Consts) {
			return constRepr(c.Consts[arg])
		}
	case op == LOAD_GLOBAL:
		if i := int(arg >> 1); i < len(c.Names) {
			if arg&1 != 0 {
				return "NULL + " + c.Names[i]
			}
			return c.Names[i]
		}
	case op.HasName():
		if int(arg) < len(c.Names) {
			return c.Names[arg]
		}
	case op.HasSlot():
		return c.SlotName(int(arg))
	case op.HasJump():
		return "to " + itoa(int(arg))
	}
	switch op {
	case BINARY_OP:
		return BinaryOp(arg).String()
	case COMPARE_OP:
		return CompareOp(arg).String()
	case IS_OP:
		if arg != 0 {
			return "is not"
		}
		return "is"
	case CONTAINS_OP:
		if arg != 0 {
			return "not in"
		}
		return "in"
	case FORMAT_VALUE:
		var parts []string
		switch arg & FormatMask {
		case FormatStr:
			parts = append(parts, "str")
		case FormatRepr:
			parts = append(parts, "repr")
		case FormatASCII:
			parts = append(parts, "ascii")
		}
		if arg&FormatWithSpec != 0 {
			parts = append(parts, "with format")
		}
		return strings.Join(parts, ", ")
	case MAKE_FUNCTION:
		var parts []string
		for i, n := range []string{"defaults", "kwdefaults", "annotations", "closure"} {
			if arg&(1<<i) != 0 {
				parts = append(parts, n)
			}
		}
		return strings.Join(parts, ", ")
	case UNPACK_EX:
		return itoa(int(arg&0xFF)) + ", *, " + itoa(int(arg>>8))
	case YIELD_VALUE:
		if arg != 0 {
			return "yield from"
		}
	case CALL_FUNCTION_EX:
		if arg != 0 {
			return "kwargs"
		}
	}
	return ""
}

func writeInfo(w *bufio.Writer, c *Code) {
	w.WriteString("  # args=" + itoa(c.ArgCount))
	if c.PosOnlyArgCount > 0 {
		w.WriteString(" posonly=" + itoa(c.PosOnlyArgCount))
	}
	if c.KwOnlyArgCount > 0 {
		w.WriteString(" kwonly=" + itoa(c.KwOnlyArgCount))
	}
	w.WriteString(" stack=" + itoa(c.StackSize) + " flags=" + flagsString(c.Flags))
	list := func(label string, names []string) {
		if len(names) > 0 {
			w.WriteString(" " + label + "=(" + strings.Join(names, ", ") + ")")
		}
	}
	list("locals", c.VarNames)
	list("cells", c.CellNames())
	list("frees", c.FreeVars)
	w.WriteByte('\n')
}

func flagsString(f CodeFlags) string {
	names := []struct {
		f CodeFlags
		n string
	}{
		{FlagOptimized, "OPTIMIZED"}, {FlagNewLocals, "NEWLOCALS"}, {FlagVarArgs, "VARARGS"},
		{FlagVarKeywords, "VARKEYWORDS"}, {FlagNested, "NESTED"}, {FlagGenerator, "GENERATOR"},
		{FlagFutureAnnotations, "FUTURE_ANNOTATIONS"},
	}
	var parts []string
	for _, n := range names {
		if f&n.f != 0 {
			parts = append(parts, n.n)
		}
	}
	if len(parts) == 0 {
		return "0"
	}
	return strings.Join(parts, "|")
}

func codeRepr(c *Code) string {
	return "<code object " + c.QualName + ", file \"" + c.Filename + "\", line " + itoa(c.FirstLine) + ">"
}

// constRepr returns Python's repr of a constant.
func constRepr(v syntax.Value) string {
	switch v := v.(type) {
	case syntax.NoneType:
		return "None"
	case syntax.EllipsisType:
		return "Ellipsis"
	case bool:
		if v {
			return "True"
		}
		return "False"
	case *big.Int:
		return v.String()
	case float64:
		return pyfmt.FloatRepr(v)
	case complex128:
		return pyfmt.ComplexRepr(v)
	case string:
		return pyfmt.StrRepr(v)
	case syntax.Bytes:
		return pyfmt.BytesRepr(v)
	case Tuple:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = constRepr(x)
		}
		if len(v) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	case FrozenSet:
		if len(v) == 0 {
			return "frozenset()"
		}
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = constRepr(x)
		}
		return "frozenset({" + strings.Join(parts, ", ") + "})"
	case *Code:
		return codeRepr(v)
	}
	return "?"
}

func padLeft(s string, n int) string {
	if len(s) >= n {
		return s
	}
	return strings.Repeat(" ", n-len(s)) + s
}

func padRight(s string, n int) string {
	if len(s) >= n {
		return s
	}
	return s + strings.Repeat(" ", n-len(s))
}
