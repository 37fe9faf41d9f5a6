package eval

import (
	"math/big"
	"strings"
	"sync/atomic"

	"gilfree/interp/compile"
	"gilfree/interp/syntax"
	rt "gilfree/runtime"
)

// Load converts a compiled code object, and the code objects among its
// constants, into the runtime's: constants become immortal objects (or
// code objects), names are interned. The instruction words are shared as
// they are.
func Load(t *rt.Thread, c *compile.Code) *rt.Code {
	r := rt.NewCode()
	r.Name, r.QualName, r.Filename = c.Name, c.QualName, c.Filename
	r.NameObj = rt.Intern(c.Name).Obj()
	r.QualNameObj = rt.Intern(c.QualName).Obj()
	r.FilenameObj = rt.Intern(c.Filename).Obj()
	r.FirstLine = c.FirstLine
	r.ArgCount, r.PosOnlyArgCount, r.KwOnlyArgCount = c.ArgCount, c.PosOnlyArgCount, c.KwOnlyArgCount
	r.Flags = rt.CodeFlags(c.Flags)
	r.SetPlainArgs()
	handlers := make([]uint32, len(c.ExcTable))
	for i, e := range c.ExcTable {
		handlers[i] = uint32(e.Target)
	}
	r.Instrs = fuse(c.Instrs, handlers)
	r.Consts = make([]*rt.Object, len(c.Consts))
	for i, k := range c.Consts {
		r.Consts[i] = loadConst(t, k)
	}
	r.HasDoc = c.Flags&compile.FlagOptimized != 0 && len(r.Consts) > 0 && rt.IsStr(r.Consts[0]) && !strings.HasPrefix(c.Name, "<")
	r.Names = internAll(c.Names)
	r.VarNames = internAll(c.VarNames)
	r.CellVars = internAll(c.CellVars)
	r.FreeVars = internAll(c.FreeVars)
	r.Kinds = make([]rt.SlotKind, len(c.Kinds))
	for i, k := range c.Kinds {
		r.Kinds[i] = rt.SlotKind(k)
	}
	r.NSlots = c.NSlots()
	r.StackSize = c.StackSize
	r.ExcTable = make([]rt.ExcEntry, len(c.ExcTable))
	for i, e := range c.ExcTable {
		r.ExcTable[i] = rt.ExcEntry{Start: e.Start, End: e.End, Target: e.Target, Depth: e.Depth, Lasti: e.Lasti}
	}
	r.LineTable = c.LineTable
	r.Caches = make([]atomic.Pointer[rt.Cache], len(c.Instrs))
	return r
}

func internAll(names []string) []*rt.Str {
	out := make([]*rt.Str, len(names))
	for i, n := range names {
		out[i] = rt.Intern(n)
	}
	return out
}

// loadConst makes the immortal object for a compile-time constant.
func loadConst(t *rt.Thread, k syntax.Value) *rt.Object {
	switch v := k.(type) {
	case syntax.NoneType:
		return rt.None
	case syntax.EllipsisType:
		return rt.Ellipsis
	case bool:
		return rt.NewBool(v)
	case *big.Int:
		return rt.NewStaticInt(new(big.Int).Set(v))
	case float64:
		return rt.NewStaticFloat(v)
	case complex128:
		return rt.NewStaticComplex(v)
	case string:
		if len(v) <= 40 && isIdentifierLike(v) {
			return rt.Intern(v).Obj()
		}
		return rt.Immortalize(t.NewStr(v))
	case syntax.Bytes:
		return rt.NewStaticBytes(string(v))
	case compile.Tuple:
		items := make([]*rt.Object, len(v))
		for i, x := range v {
			items[i] = loadConst(t, x)
		}
		return rt.NewStaticTuple(items...).Obj()
	case compile.FrozenSet:
		items := make([]*rt.Object, len(v))
		for i, x := range v {
			items[i] = loadConst(t, x)
		}
		tu := t.NewTuple(items...)
		fs, err := t.NewFrozenSetFrom(tu.Obj())
		t.Decref(tu.Obj())
		if err != nil {
			t.DropError(err)
			return rt.None
		}
		return rt.Immortalize(fs)
	case *compile.Code:
		return Load(t, v).Obj()
	}
	return rt.None
}

// isIdentifierLike reports whether a string constant looks like a name,
// which is worth interning (attribute names in getattr, dict keys).
func isIdentifierLike(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '_' && (c < 'a' || c > 'z') && (c < 'A' || c > 'Z') && (i == 0 || c < '0' || c > '9') {
			return false
		}
	}
	return true
}
