package compile

import (
	"bytes"
	"math"
	"math/big"
	"slices"

	"gilfree/interp/syntax"
)

// nameTable numbers distinct strings in order of first use. Most code
// objects have a handful of names, so it searches a slice until it holds
// more than smallTable entries, and only then builds a map: compiling
// the standard library makes tens of thousands of these tables.
type nameTable struct {
	names []string
	m     map[string]int32
}

const smallTable = 12

func (t *nameTable) find(s string) (int32, bool) {
	if t.m != nil {
		i, ok := t.m[s]
		return i, ok
	}
	for i, n := range t.names {
		if n == s {
			return int32(i), true
		}
	}
	return -1, false
}

func (t *nameTable) add(s string) int32 {
	i := int32(len(t.names))
	if t.names == nil {
		t.names = make([]string, 0, 8)
	}
	t.names = append(t.names, s)
	if t.m != nil {
		t.m[s] = i
	} else if len(t.names) > smallTable {
		t.m = make(map[string]int32, 64)
		for k, n := range t.names {
			t.m[n] = int32(k)
		}
	}
	return i
}

// index returns the number of s, adding it if new.
func (t *nameTable) index(s string) int32 {
	if i, ok := t.find(s); ok {
		return i
	}
	return t.add(s)
}

// constTable indexes the constants of a unit by key once there are
// more than smallTable of them; below that, addConst compares values.
type constTable struct {
	m map[constKey]int32
}

// build indexes the constants so far.
func (t *constTable) build(consts []syntax.Value) {
	t.m = make(map[constKey]int32, 4*len(consts))
	for i, k := range consts {
		if key, ok := keyOf(k); ok {
			if _, dup := t.m[key]; !dup {
				t.m[key] = int32(i)
			}
		}
	}
}

// sameConst reports whether two constants are the same constant: same
// type and same value, floats by their bits, code objects never.
func sameConst(a, b syntax.Value) bool {
	switch a := a.(type) {
	case syntax.NoneType:
		_, ok := b.(syntax.NoneType)
		return ok
	case syntax.EllipsisType:
		_, ok := b.(syntax.EllipsisType)
		return ok
	case bool:
		bb, ok := b.(bool)
		return ok && a == bb
	case *big.Int:
		bb, ok := b.(*big.Int)
		return ok && a.Cmp(bb) == 0
	case float64:
		bb, ok := b.(float64)
		return ok && math.Float64bits(a) == math.Float64bits(bb)
	case complex128:
		bb, ok := b.(complex128)
		return ok && math.Float64bits(real(a)) == math.Float64bits(real(bb)) && math.Float64bits(imag(a)) == math.Float64bits(imag(bb))
	case string:
		bb, ok := b.(string)
		return ok && a == bb
	case syntax.Bytes:
		bb, ok := b.(syntax.Bytes)
		return ok && a == bb
	case Tuple:
		bb, ok := b.(Tuple)
		return ok && sameItems(a, bb)
	case FrozenSet:
		bb, ok := b.(FrozenSet)
		return ok && sameItems(a, bb)
	case *Code:
		bb, ok := b.(*Code)
		return ok && sameCode(a, bb)
	}
	return false
}

// sameCode reports whether two code objects are equal in every field.
func sameCode(a, b *Code) bool {
	if a == b {
		return true
	}
	return a.Name == b.Name && a.QualName == b.QualName && a.Filename == b.Filename &&
		a.FirstLine == b.FirstLine && a.ArgCount == b.ArgCount && a.PosOnlyArgCount == b.PosOnlyArgCount &&
		a.KwOnlyArgCount == b.KwOnlyArgCount && a.Flags == b.Flags && a.StackSize == b.StackSize &&
		slices.Equal(a.Instrs, b.Instrs) && slices.Equal(a.Names, b.Names) &&
		slices.Equal(a.VarNames, b.VarNames) && slices.Equal(a.CellVars, b.CellVars) &&
		slices.Equal(a.FreeVars, b.FreeVars) && slices.Equal(a.Kinds, b.Kinds) &&
		slices.Equal(a.ExcTable, b.ExcTable) && bytes.Equal(a.LineTable, b.LineTable) &&
		sameItems(a.Consts, b.Consts)
}

func sameItems(a, b []syntax.Value) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !sameConst(a[i], b[i]) {
			return false
		}
	}
	return true
}
