package compile

import (
	"encoding/binary"
	"math"
	"math/big"
	"sort"

	"gilfree/interp/syntax"
)

// Code is a compiled code object: the body of a module, class, function,
// lambda or comprehension. It is immutable once Compile returns it, so
// threads share it freely.
type Code struct {
	Name     string // co_name: "f", "<module>", "<lambda>", "<listcomp>", ...
	QualName string // co_qualname: "C.m", "f.<locals>.g", ...
	Filename string

	FirstLine int // line of the def, class or first statement

	// Parameters: ArgCount positional ones (PosOnlyArgCount of them
	// positional-only), then KwOnlyArgCount keyword-only ones, then *args
	// if Flags has FlagVarArgs, then **kwargs if FlagVarKeywords. They are
	// the first slots of VarNames, in that order.
	ArgCount        int
	PosOnlyArgCount int
	KwOnlyArgCount  int
	Flags           CodeFlags

	// Instrs holds one instruction per word (see doc.go).
	Instrs []uint32

	// Warnings are the SyntaxWarnings of the whole compilation (warn.go),
	// on the code Compile returns; nil on the code objects inside it.
	Warnings []Warning

	// Consts are compile-time values: syntax.None, syntax.Ellipsis, bool,
	// *big.Int, float64, complex128, string, syntax.Bytes, Tuple,
	// FrozenSet and *Code. For a function, Consts[0] is its docstring, or
	// None when it has none.
	Consts []syntax.Value
	// Names are the names of globals, attributes, imports and of the
	// variables of module and class bodies.
	Names []string

	// The frame slots are VarNames, then CellVars, then FreeVars, then the
	// evaluation stack (StackSize values). A parameter that is also a cell
	// keeps its VarNames slot: MAKE_CELL at entry moves its value into a
	// new cell in the same slot. Kinds describes every slot.
	VarNames []string
	CellVars []string // cells that are not parameters
	FreeVars []string // filled from the function's closure by COPY_FREE_VARS
	Kinds    []SlotKind

	StackSize int

	// ExcTable is sorted by Start; entries do not overlap.
	ExcTable []ExcEntry
	// LineTable maps instructions to source positions; see Position.
	LineTable []byte
}

// CodeFlags are the co_flags bits, with CPython's values.
type CodeFlags uint32

const (
	FlagOptimized   CodeFlags = 0x1  // locals are frame slots (functions)
	FlagNewLocals   CodeFlags = 0x2  // a new locals namespace per call (functions)
	FlagVarArgs     CodeFlags = 0x4  // has *args
	FlagVarKeywords CodeFlags = 0x8  // has **kwargs
	FlagNested      CodeFlags = 0x10 // defined inside a function
	FlagGenerator   CodeFlags = 0x20 // calling it creates a generator

	// FlagFutureAnnotations is set by `from __future__ import annotations`.
	FlagFutureAnnotations CodeFlags = 0x1000000
)

// SlotKind describes a frame slot.
type SlotKind uint8

const (
	SlotLocal SlotKind = 1 << iota // a local variable (VarNames)
	SlotParam                      // a parameter
	SlotCell                       // holds a cell (after MAKE_CELL)
	SlotFree                       // holds a cell from the closure
)

// NSlots returns the number of slots for variables, before the stack.
func (c *Code) NSlots() int { return len(c.VarNames) + len(c.CellVars) + len(c.FreeVars) }

// HasFree reports whether the code needs a closure.
func (c *Code) HasFree() bool { return len(c.FreeVars) > 0 }

// CellNames returns the names of all cell slots in slot order (parameter
// cells first), which is what Python shows as co_cellvars.
func (c *Code) CellNames() []string {
	var names []string
	for i, k := range c.Kinds {
		if k&SlotCell != 0 {
			names = append(names, c.SlotName(i))
		}
	}
	return names
}

// SlotName returns the variable name of frame slot i.
func (c *Code) SlotName(i int) string {
	if i < len(c.VarNames) {
		return c.VarNames[i]
	}
	i -= len(c.VarNames)
	if i < len(c.CellVars) {
		return c.CellVars[i]
	}
	i -= len(c.CellVars)
	if i < len(c.FreeVars) {
		return c.FreeVars[i]
	}
	return "?"
}

// Tuple is a constant tuple; its items are constants.
type Tuple []syntax.Value

// FrozenSet is a constant frozenset (from `x in {1, 2}`); its items are
// distinct constants.
type FrozenSet []syntax.Value

// ExcEntry is one entry of the exception table: an exception raised by
// an instruction in [Start, End) transfers control to Target, after the
// evaluation stack is cut to Depth values, lasti (the index of the
// raising instruction, as an int) pushed when Lasti is set, and then the
// exception pushed.
type ExcEntry struct {
	Start, End, Target, Depth int32
	Lasti                     bool
}

// Handler returns the exception table entry that covers instruction pc.
func (c *Code) Handler(pc int) (ExcEntry, bool) {
	t := c.ExcTable
	i := sort.Search(len(t), func(i int) bool { return int(t[i].End) > pc })
	if i < len(t) && int(t[i].Start) <= pc {
		return t[i], true
	}
	return ExcEntry{}, false
}

// The line table is a sequence of runs, each covering consecutive
// instructions with the same position. A run is five varints: its length
// in instructions, the change of its start line from the previous run's
// (signed; the first run counts from FirstLine), its end line minus its
// start line, and its start and end columns plus one (0 when unknown).
// Positions are those of the AST: lines from 1, columns in UTF-8 bytes
// from 0.

// Position returns the source range of instruction pc: lines from 1 (0
// when unknown) and byte columns from 0 (-1 when unknown).
func (c *Code) Position(pc int) (line, endLine, col, endCol int) {
	t := c.LineTable
	line = c.FirstLine
	for len(t) > 0 {
		n, k := binary.Uvarint(t)
		t = t[k:]
		d, k := binary.Varint(t)
		t = t[k:]
		dl, k := binary.Uvarint(t)
		t = t[k:]
		c1, k := binary.Uvarint(t)
		t = t[k:]
		c2, k := binary.Uvarint(t)
		t = t[k:]
		line += int(d)
		if pc < int(n) {
			if line == 0 {
				return 0, 0, -1, -1
			}
			return line, line + int(dl), int(c1) - 1, int(c2) - 1
		}
		pc -= int(n)
	}
	return 0, 0, -1, -1
}

// Line returns the line of instruction pc, or 0 when unknown.
func (c *Code) Line(pc int) int {
	l, _, _, _ := c.Position(pc)
	return l
}

// loc is a source range as stored on instructions during compilation.
type loc struct {
	line, endLine, col, endCol int32
}

func locOf(p *syntax.Pos) loc {
	return loc{int32(p.Lineno), int32(p.EndLineno), int32(p.ColOffset), int32(p.EndColOffset)}
}

// encodeLineTable builds the line table of a code object from the
// positions of its instructions.
func encodeLineTable(buf []byte, locs []loc, firstLine int) []byte {
	prevLine := int64(firstLine)
	for i := 0; i < len(locs); {
		j := i + 1
		for j < len(locs) && locs[j] == locs[i] {
			j++
		}
		l := locs[i]
		buf = binary.AppendUvarint(buf, uint64(j-i))
		buf = binary.AppendVarint(buf, int64(l.line)-prevLine)
		prevLine = int64(l.line)
		span := l.endLine - l.line
		if span < 0 {
			span = 0
		}
		buf = binary.AppendUvarint(buf, uint64(span))
		buf = binary.AppendUvarint(buf, uint64(l.col+1))
		buf = binary.AppendUvarint(buf, uint64(l.endCol+1))
		i = j
	}
	return buf
}

// constKey identifies a constant for deduplication within one code
// object. Values of different types never share a key (1, 1.0 and True
// are three constants), and floats compare by their bits (0.0 and -0.0
// are two constants; a NaN equals itself).
type constKey struct {
	kind uint8
	a, b uint64
	s    string
}

const (
	kNone uint8 = iota
	kEllipsis
	kBool
	kInt
	kBigInt
	kFloat
	kComplex
	kStr
	kBytes
	kTuple
	kFrozenSet
	kCode
)

// keyOf returns the deduplication key of a constant; ok is false for
// values that are never shared (code objects).
func keyOf(v syntax.Value) (constKey, bool) {
	switch v := v.(type) {
	case syntax.NoneType:
		return constKey{kind: kNone}, true
	case syntax.EllipsisType:
		return constKey{kind: kEllipsis}, true
	case bool:
		if v {
			return constKey{kind: kBool, a: 1}, true
		}
		return constKey{kind: kBool}, true
	case *big.Int:
		if v.IsInt64() {
			return constKey{kind: kInt, a: uint64(v.Int64())}, true
		}
		return constKey{kind: kBigInt, s: v.Text(62)}, true
	case float64:
		return constKey{kind: kFloat, a: math.Float64bits(v)}, true
	case complex128:
		return constKey{kind: kComplex, a: math.Float64bits(real(v)), b: math.Float64bits(imag(v))}, true
	case string:
		return constKey{kind: kStr, s: v}, true
	case syntax.Bytes:
		return constKey{kind: kBytes, s: string(v)}, true
	case Tuple:
		s, ok := appendKeys(nil, v)
		return constKey{kind: kTuple, a: uint64(len(v)), s: string(s)}, ok
	case FrozenSet:
		s, ok := appendKeys(nil, v)
		return constKey{kind: kFrozenSet, a: uint64(len(v)), s: string(s)}, ok
	}
	return constKey{}, false
}

// appendKeys serializes the keys of items, each as kind, a, b and a
// length-prefixed s, so that distinct item lists give distinct bytes.
func appendKeys(buf []byte, items []syntax.Value) ([]byte, bool) {
	for _, it := range items {
		k, ok := keyOf(it)
		if !ok {
			return nil, false
		}
		buf = append(buf, k.kind)
		buf = binary.LittleEndian.AppendUint64(buf, k.a)
		buf = binary.LittleEndian.AppendUint64(buf, k.b)
		buf = binary.AppendUvarint(buf, uint64(len(k.s)))
		buf = append(buf, k.s...)
	}
	return buf, true
}
