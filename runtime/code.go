package runtime

import (
	"encoding/binary"
	"fmt"
	"sort"
	"sync/atomic"
)

// Code is the runtime's code object: what the compiler produced for one
// module, class, function or comprehension body, converted once when it
// is loaded (interp's loader): constants made into immortal objects (and
// code objects), names interned. It is immutable and shared by every
// thread, except for the eval loop's inline caches, which are published
// atomically.
type Code struct {
	Object
	Name, QualName, Filename string
	NameObj, QualNameObj     *Object // interned strs of Name and QualName
	FilenameObj              *Object

	FirstLine       int
	ArgCount        int
	PosOnlyArgCount int
	KwOnlyArgCount  int
	Flags           CodeFlags
	HasDoc          bool // Consts[0] is the docstring

	Instrs    []uint32
	Consts    []*Object
	Names     []*Str
	VarNames  []*Str
	CellVars  []*Str
	FreeVars  []*Str
	Kinds     []SlotKind
	NSlots    int // variable slots before the evaluation stack
	StackSize int
	// PlainArgs is ArgCount+1 when a call with exactly ArgCount
	// positional arguments and no keywords binds them in place (no
	// keyword-only parameters, no *args or **kwargs, not a generator),
	// else 0: the eval loop's fast call path tests it alone, where it
	// tested four fields per call. SetPlainArgs computes it.
	PlainArgs int
	ExcTable  []ExcEntry
	LineTable []byte

	// Caches holds one inline cache per instruction, for the eval loop.
	Caches []atomic.Pointer[Cache]

	// lines is the line of every instruction, decoded from LineTable on
	// first use (tracebacks, f_lineno).
	lines atomic.Pointer[[]int32]

	// fastHash is set when the library marked the code as a __hash__
	// body the hash slot may compute in Go (fasthash.go).
	fastHash atomic.Pointer[fastHashSpec]
}

// Cache is an inline cache entry of the eval loop: immutable once
// published, replaced as a whole.
type Cache struct {
	Kind     uint8
	Version  uint32 // a type or dict version tag
	Version2 uint32
	Index    int32
	Type     *Type
	Value    *Object
	// Next chains the entries of other types at a polymorphic site
	// (obj.m() on instances of two classes): a few entries, newest first.
	Next *Cache
	// Shadow, for a builtin name's entry, is a globals keys version at
	// which the name was seen absent from the globals. It alone changes
	// in place (atomically: sync/atomic's functions), when a lookup finds
	// the name still absent after the globals gained another key, so that
	// a module that keeps adding and deleting a global does not make
	// every builtin's cache allocate anew.
	Shadow uint32
	// pad makes an entry 64 bytes, a size class whose objects Go aligns
	// to 64, so that an entry has a cache line to itself. Entries are
	// read by every thread that runs the code; at 48 bytes they shared
	// their span, and lines, with the ints (also 48 bytes) the first
	// thread to run the code allocated next, and a thread writing those
	// ints took the line from the others at each write: loadAttr's walk
	// of the entries (findTyped) grew from 3% to 13% of a two-thread
	// profile of stress/scale/shared_reads.py in one run of four.
	_ [16]byte
}

// CodeFlags are co_flags, with CPython's values.
type CodeFlags uint32

const (
	CoOptimized   CodeFlags = 0x1
	CoNewLocals   CodeFlags = 0x2
	CoVarArgs     CodeFlags = 0x4
	CoVarKeywords CodeFlags = 0x8
	CoNested      CodeFlags = 0x10
	CoGenerator   CodeFlags = 0x20
)

// SlotKind describes a frame slot, as compile.SlotKind.
type SlotKind uint8

const (
	SlotLocal SlotKind = 1 << iota
	SlotParam
	SlotCell
	SlotFree
)

// ExcEntry is an exception table entry, as compile.ExcEntry.
type ExcEntry struct {
	Start, End, Target, Depth int32
	Lasti                     bool
}

// CodeType is the type of code objects.
var CodeType = builtinType(&Type{Name: "code"})

// NewCode returns an empty code object for the loader to fill; it is
// deferred like functions.
func NewCode() *Code {
	c := &Code{}
	initStatic(&c.Object, CodeType)
	return c
}

// SetPlainArgs computes PlainArgs from the code's parameters and flags,
// once the loader has set them.
func (c *Code) SetPlainArgs() {
	c.PlainArgs = 0
	if c.KwOnlyArgCount == 0 && c.Flags&(CoGenerator|CoVarArgs|CoVarKeywords) == 0 {
		c.PlainArgs = c.ArgCount + 1
	}
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

// Position returns the source range of instruction pc, decoding the line
// table in the format package compile defines (runs of five varints):
// lines from 1 (0 unknown) and byte columns from 0 (-1 unknown).
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

// Line returns the line of instruction pc, 0 when unknown.
func (c *Code) Line(pc int) int {
	lp := c.lines.Load()
	if lp == nil {
		lines := make([]int32, 0, len(c.Instrs))
		t := c.LineTable
		line := c.FirstLine
		for len(t) > 0 {
			n, k := binary.Uvarint(t)
			t = t[k:]
			d, k := binary.Varint(t)
			t = t[k:]
			for j := 0; j < 3; j++ {
				_, k = binary.Uvarint(t)
				t = t[k:]
			}
			line += int(d)
			for ; n > 0; n-- {
				lines = append(lines, int32(line))
			}
		}
		lp = &lines
		c.lines.Store(lp)
	}
	if pc < 0 || pc >= len(*lp) {
		return 0
	}
	return int((*lp)[pc])
}

// SlotName returns the name of frame slot i.
func (c *Code) SlotName(i int) *Str {
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
	return Intern("?")
}

// TotalArgs counts the parameter slots, *args and **kwargs included.
func (c *Code) TotalArgs() int {
	n := c.ArgCount + c.KwOnlyArgCount
	if c.Flags&CoVarArgs != 0 {
		n++
	}
	if c.Flags&CoVarKeywords != 0 {
		n++
	}
	return n
}

func codeRepr(t *Thread, o *Object) (*Object, error) {
	c := As[Code](o)
	return t.NewStr(fmt.Sprintf("<code object %s at %#x, file \"%s\", line %d>", c.Name, Addr(o), c.Filename, c.FirstLine)), nil
}

func strTuple(t *Thread, names []*Str) *Object {
	items := make([]*Object, len(names))
	for i, n := range names {
		items[i] = &n.Object
	}
	return t.NewTuple(items...).Obj()
}

func initCodeType() {
	ct := CodeType
	ct.Repr = codeRepr
	get := func(f func(t *Thread, c *Code) *Object) func(t *Thread, o *Object) (*Object, error) {
		return func(t *Thread, o *Object) (*Object, error) { return f(t, As[Code](o)), nil }
	}
	ct.addGetSets(
		GetSetDef{Name: "co_name", Get: get(func(t *Thread, c *Code) *Object { return t.NewRef(c.NameObj) })},
		GetSetDef{Name: "co_qualname", Get: get(func(t *Thread, c *Code) *Object { return t.NewRef(c.QualNameObj) })},
		GetSetDef{Name: "co_filename", Get: get(func(t *Thread, c *Code) *Object { return t.NewRef(c.FilenameObj) })},
		GetSetDef{Name: "co_firstlineno", Get: get(func(t *Thread, c *Code) *Object { return t.NewInt(int64(c.FirstLine)) })},
		GetSetDef{Name: "co_argcount", Get: get(func(t *Thread, c *Code) *Object { return t.NewInt(int64(c.ArgCount)) })},
		GetSetDef{Name: "co_posonlyargcount", Get: get(func(t *Thread, c *Code) *Object { return t.NewInt(int64(c.PosOnlyArgCount)) })},
		GetSetDef{Name: "co_kwonlyargcount", Get: get(func(t *Thread, c *Code) *Object { return t.NewInt(int64(c.KwOnlyArgCount)) })},
		GetSetDef{Name: "co_flags", Get: get(func(t *Thread, c *Code) *Object { return t.NewInt(int64(c.Flags)) })},
		GetSetDef{Name: "co_nlocals", Get: get(func(t *Thread, c *Code) *Object { return t.NewInt(int64(len(c.VarNames))) })},
		GetSetDef{Name: "co_stacksize", Get: get(func(t *Thread, c *Code) *Object { return t.NewInt(int64(c.StackSize)) })},
		GetSetDef{Name: "co_varnames", Get: get(func(t *Thread, c *Code) *Object { return strTuple(t, c.VarNames) })},
		GetSetDef{Name: "co_cellvars", Get: get(func(t *Thread, c *Code) *Object {
			var names []*Str
			for i, k := range c.Kinds {
				if k&SlotCell != 0 {
					names = append(names, c.SlotName(i))
				}
			}
			return strTuple(t, names)
		})},
		GetSetDef{Name: "co_freevars", Get: get(func(t *Thread, c *Code) *Object { return strTuple(t, c.FreeVars) })},
		GetSetDef{Name: "co_names", Get: get(func(t *Thread, c *Code) *Object { return strTuple(t, c.Names) })},
		GetSetDef{Name: "co_consts", Get: get(func(t *Thread, c *Code) *Object { return t.NewTuple(c.Consts...).Obj() })},
	)
	readyBuiltin(ct, ObjectType, 0, Layout{}, 0)
}

// Obj returns the code object as an object reference.
func (c *Code) Obj() *Object { return &c.Object }
