package compile

import (
	"fmt"
	"math/big"

	"gilfree/interp/syntax"
)

// Warning is a SyntaxWarning: code that compiles but is almost certainly
// a mistake (CPython 3.11's compile-time checks): `x is 1`, a call of a
// literal (`[(1, 2) (3, 4)]`, a missing comma), a subscript of a literal
// that cannot have items or with an index of the wrong type, and an
// assert of a parenthesized pair. The compiler collects them; whoever
// compiled the code reports them through the warnings module before the
// code runs, so filters apply (and "error" turns one into a SyntaxError).
type Warning struct {
	Lineno, ColOffset int
	Msg               string
}

func (c *compiler) warn(p *syntax.Pos, format string, a ...any) {
	c.warnings = append(c.warnings, Warning{Lineno: p.Lineno, ColOffset: p.ColOffset, Msg: fmt.Sprintf(format, a...)})
}

// literalType returns the name of the type of the value e computes when
// the syntax alone decides it (CPython's infer_type), or "".
func literalType(e syntax.Expr) string {
	switch e := e.(type) {
	case *syntax.Constant:
		return constTypeName(e.Value)
	case *syntax.Tuple:
		return "tuple"
	case *syntax.List, *syntax.ListComp:
		return "list"
	case *syntax.Dict, *syntax.DictComp:
		return "dict"
	case *syntax.Set, *syntax.SetComp:
		return "set"
	case *syntax.GeneratorExp:
		return "generator"
	case *syntax.Lambda:
		return "function"
	case *syntax.JoinedStr, *syntax.FormattedValue:
		return "str"
	}
	return ""
}

func constTypeName(v syntax.Value) string {
	switch v.(type) {
	case syntax.NoneType:
		return "NoneType"
	case syntax.EllipsisType:
		return "ellipsis"
	case bool:
		return "bool"
	case *big.Int:
		return "int"
	case float64:
		return "float"
	case complex128:
		return "complex"
	case string:
		return "str"
	case syntax.Bytes:
		return "bytes"
	case Tuple:
		return "tuple"
	case FrozenSet:
		return "frozenset"
	}
	return ""
}

// checkCompare warns of `is` and `is not` with a literal operand other
// than None, True, False and Ellipsis: identity of such values is an
// accident of the implementation.
func (c *compiler) checkCompare(e *syntax.Compare) {
	left := e.Left
	for i, op := range e.Ops {
		right := e.Comparators[i]
		if (op == syntax.Is || op == syntax.IsNot) && (isLiteral(left) || isLiteral(right)) {
			if op == syntax.Is {
				c.warn(&e.Pos, "\"is\" with a literal. Did you mean \"==\"?")
			} else {
				c.warn(&e.Pos, "\"is not\" with a literal. Did you mean \"!=\"?")
			}
			return
		}
		left = right
	}
}

// isLiteral reports whether e is a constant whose identity is not
// guaranteed (CPython's check_is_arg, negated).
func isLiteral(e syntax.Expr) bool {
	k, ok := e.(*syntax.Constant)
	if !ok {
		return false
	}
	switch k.Value.(type) {
	case syntax.NoneType, syntax.EllipsisType, bool:
		return false
	}
	return true
}

// checkCaller warns of a call of a literal or display.
func (c *compiler) checkCaller(e *syntax.Call) {
	switch e.Func.(type) {
	case *syntax.Constant, *syntax.Tuple, *syntax.List, *syntax.ListComp, *syntax.Dict, *syntax.DictComp,
		*syntax.Set, *syntax.SetComp, *syntax.GeneratorExp, *syntax.JoinedStr, *syntax.FormattedValue:
		c.warn(&e.Pos, "'%s' object is not callable; perhaps you missed a comma?", literalType(e.Func))
	}
}

// checkSubscript warns of a load from a literal that has no items, or
// from a sequence literal with an index of the wrong type.
func (c *compiler) checkSubscript(e *syntax.Subscript) {
	switch v := e.Value.(type) {
	case *syntax.Constant:
		switch v.Value.(type) {
		case syntax.NoneType, syntax.EllipsisType, bool, *big.Int, float64, complex128, FrozenSet:
			c.warn(&e.Pos, "'%s' object is not subscriptable; perhaps you missed a comma?", literalType(v))
			return
		}
	case *syntax.Set, *syntax.SetComp, *syntax.GeneratorExp, *syntax.Lambda:
		c.warn(&e.Pos, "'%s' object is not subscriptable; perhaps you missed a comma?", literalType(v))
		return
	}
	index := literalType(e.Slice)
	if index == "" || index == "int" || index == "bool" {
		return
	}
	switch v := e.Value.(type) {
	case *syntax.Constant:
		switch v.Value.(type) {
		case string, syntax.Bytes, Tuple:
		default:
			return
		}
	case *syntax.Tuple, *syntax.List, *syntax.ListComp, *syntax.JoinedStr, *syntax.FormattedValue:
	default:
		return
	}
	c.warn(&e.Pos, "%s indices must be integers or slices, not %s; perhaps you missed a comma?", literalType(e.Value), index)
}

// checkAssert warns of `assert (test, message)`, which is always true.
func (c *compiler) checkAssert(s *syntax.Assert) {
	switch t := s.Test.(type) {
	case *syntax.Tuple:
		if len(t.Elts) > 0 {
			c.warn(&s.Pos, "assertion is always true, perhaps remove parentheses?")
		}
	case *syntax.Constant:
		// A tuple of constants, folded (CPython warns of it too).
		if v, ok := t.Value.(Tuple); ok && len(v) > 0 {
			c.warn(&s.Pos, "assertion is always true, perhaps remove parentheses?")
		}
	}
}
