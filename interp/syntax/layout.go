package syntax

import "reflect"

// NodeField is one field of a node type as Python's ast module sees it:
// its name in _fields, the reflect index of the Go field, and whether the
// grammar marks it optional (None when absent).
type NodeField struct {
	Name     string
	Index    []int
	Optional bool
}

// NodeLayout returns the Python class name of the node struct type t, its
// fields in _fields order, and whether it carries a source range. It is
// the layout Dump prints by, exported so that the ast module converts
// trees to Python objects by the same rules rather than a second table.
func NodeLayout(t reflect.Type) (name string, fields []NodeField, located bool) {
	nt := layout(t)
	fields = make([]NodeField, len(nt.fields))
	for i, f := range nt.fields {
		fields[i] = NodeField{Name: f.name, Index: f.index, Optional: f.opt}
	}
	return nt.name, fields, nt.located
}

// EnumNames lists the Python class names of the operator and context
// nodes, by Go type: the values of each enum type in order.
var EnumNames = map[reflect.Type][]string{
	reflect.TypeFor[ExprContext](): exprContextNames[:],
	reflect.TypeFor[BoolOp]():      boolOpNames[:],
	reflect.TypeFor[Operator]():    operatorNames[:],
	reflect.TypeFor[UnaryOp]():     unaryOpNames[:],
	reflect.TypeFor[CmpOp]():       cmpOpNames[:],
}
