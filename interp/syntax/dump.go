package syntax

import (
	"fmt"
	"math/big"
	"reflect"
	"strconv"
	"strings"
	"sync"

	"gilfree/runtime/pyfmt"
)

// This file prints a tree exactly as CPython 3.11's ast.dump does, which
// is what `python3 -m ast` shows. ast.dump's rules:
//
//   - A node prints as its class name and its fields, in _fields order,
//     each as name=value; an optional field (tagged ",opt") whose value is
//     absent (None in Python: nil, or "" for a string) is left out.
//   - With attributes asked for, the located nodes add lineno, col_offset,
//     end_lineno and end_col_offset after their fields.
//   - Values print as their repr: strings quoted, constants as Python
//     writes them, None for a missing node inside a list, operators and
//     contexts as nodes without fields (Load(), Add()).
//   - A value is "simple" when it is a repr, an empty list or a node
//     without fields. A node whose values are all simple and number at most
//     three prints on one line, joined by ", ". Otherwise, when an indent
//     is given, each value goes on its own line, indented one level deeper
//     than the node, and the items of a list one level deeper again; with
//     no indent, everything is joined by ", " on one line.
//
// Fields are found by reflection on the `py` struct tags of ast.go; the
// layout of each node type is worked out once and cached.

// Dump returns the text of Python's ast.dump(node,
// include_attributes=includeAttributes, indent=indent). A negative indent
// stands for indent=None: the whole tree on one line.
func Dump(n Node, includeAttributes bool, indent int) string {
	var b strings.Builder
	writeDump(&b, n, includeAttributes, indent)
	return b.String()
}

// textWriter is where a dump goes: a strings.Builder, or a bufio.Writer
// when the text is only streamed (the conformance test hashes it).
type textWriter interface {
	WriteString(string) (int, error)
	WriteByte(byte) error
}

// writeDump writes Dump's text to w.
func writeDump(w textWriter, n Node, includeAttributes bool, indent int) {
	d := dumper{b: w, attrs: includeAttributes, indent: indent}
	if indent >= 0 {
		d.unit = strings.Repeat(" ", indent)
	}
	d.value(reflect.ValueOf(n), kindNode, 0)
}

type dumper struct {
	b      textWriter
	attrs  bool
	indent int
	unit   string // one level of indentation
}

// valueKind says how a field's value prints.
type valueKind uint8

const (
	kindNode   valueKind = iota // a node (interface or pointer), nil prints None
	kindList                    // a slice of some other kind
	kindString                  // an identifier or other str
	kindInt                     // an int
	kindEnum                    // an operator or context: Name()
	kindConst                   // a Constant's Value
)

// nodeField is one dumped field of a node type.
type nodeField struct {
	name  string
	index []int
	kind  valueKind
	opt   bool
}

// nodeType is the cached layout of a node type.
type nodeType struct {
	name    string
	fields  []nodeField
	located bool
}

var (
	nodeTypes sync.Map // reflect.Type (the struct) -> *nodeType

	valueType   = reflect.TypeFor[Value]()
	stringerTyp = reflect.TypeFor[fmt.Stringer]()
	posType     = reflect.TypeFor[Pos]()
)

// pythonNames gives the Python class names that differ from the Go type
// names.
var pythonNames = map[string]string{
	"ExprStmt":      "Expr",
	"BoolOpExpr":    "BoolOp",
	"UnaryOpExpr":   "UnaryOp",
	"Arguments":     "arguments",
	"Arg":           "arg",
	"Keyword":       "keyword",
	"Alias":         "alias",
	"WithItem":      "withitem",
	"MatchCase":     "match_case",
	"Comprehension": "comprehension",
}

// layout returns the cached layout of the struct type t.
func layout(t reflect.Type) *nodeType {
	if nt, ok := nodeTypes.Load(t); ok {
		return nt.(*nodeType)
	}
	nt := &nodeType{name: t.Name()}
	if py, ok := pythonNames[nt.name]; ok {
		nt.name = py
	}
	for _, f := range reflect.VisibleFields(t) {
		if f.Type == posType {
			nt.located = true
		}
		tag, ok := f.Tag.Lookup("py")
		if !ok {
			continue
		}
		name, opt, _ := strings.Cut(tag, ",")
		nt.fields = append(nt.fields, nodeField{name: name, index: f.Index, opt: opt == "opt", kind: kindOf(f.Type)})
	}
	actual, _ := nodeTypes.LoadOrStore(t, nt)
	return actual.(*nodeType)
}

func kindOf(t reflect.Type) valueKind {
	switch {
	case t == valueType:
		return kindConst
	case t.Kind() == reflect.Slice:
		return kindList
	case t.Kind() == reflect.String:
		return kindString
	case t.Kind() == reflect.Int:
		return kindInt
	case t.Kind() == reflect.Uint8 && t.Implements(stringerTyp):
		return kindEnum
	}
	return kindNode
}

// arg is one name=value pair of a node about to be printed.
type arg struct {
	name string
	v    reflect.Value
	kind valueKind
}

var attributeNames = [4]string{"lineno", "col_offset", "end_lineno", "end_col_offset"}

// args lists the pairs a node prints, leaving out absent optional fields.
func (d *dumper) args(v reflect.Value, nt *nodeType) []arg {
	out := make([]arg, 0, len(nt.fields)+4)
	for _, f := range nt.fields {
		fv := v.FieldByIndex(f.index)
		if f.opt && isAbsent(fv, f.kind) {
			continue
		}
		out = append(out, arg{f.name, fv, f.kind})
	}
	if d.attrs && nt.located {
		p := v.Addr().Interface().(interface{ Position() *Pos }).Position()
		for i, n := range [4]int{p.Lineno, p.ColOffset, p.EndLineno, p.EndColOffset} {
			out = append(out, arg{attributeNames[i], reflect.ValueOf(n), kindInt})
		}
	}
	return out
}

// isAbsent reports whether an optional field holds Python's None.
func isAbsent(v reflect.Value, kind valueKind) bool {
	switch kind {
	case kindString:
		return v.String() == ""
	case kindNode, kindConst:
		return v.IsNil()
	}
	return false
}

// simple reports whether a value is simple in ast.dump's sense.
func (d *dumper) simple(v reflect.Value, kind valueKind) bool {
	switch kind {
	case kindList:
		return v.Len() == 0
	case kindNode:
		if v.IsNil() {
			return true
		}
		s := nodeStruct(v)
		return len(d.args(s, layout(s.Type()))) == 0
	}
	return true
}

// nodeStruct returns the struct a node value (interface or pointer)
// refers to.
func nodeStruct(v reflect.Value) reflect.Value {
	for v.Kind() == reflect.Interface || v.Kind() == reflect.Pointer {
		v = v.Elem()
	}
	return v
}

// value writes one value, at the given nesting level (as ast.dump's
// _format(value, level)).
func (d *dumper) value(v reflect.Value, kind valueKind, level int) {
	switch kind {
	case kindNode:
		if v.IsNil() {
			d.b.WriteString("None")
			return
		}
		d.node(nodeStruct(v), level)
	case kindList:
		d.list(v, kindOf(v.Type().Elem()), level)
	case kindString:
		d.b.WriteString(pyfmt.StrRepr(v.String()))
	case kindInt:
		d.b.WriteString(strconv.FormatInt(v.Int(), 10))
	case kindEnum:
		d.b.WriteString(v.Interface().(fmt.Stringer).String())
		d.b.WriteString("()")
	case kindConst:
		d.b.WriteString(ConstantRepr(v.Interface()))
	}
}

// separators returns the text before the first item and between items at
// a level.
func (d *dumper) separators(level int) (prefix, sep string) {
	if d.indent < 0 {
		return "", ", "
	}
	ind := strings.Repeat(d.unit, level)
	return "\n" + ind, ",\n" + ind
}

func (d *dumper) node(v reflect.Value, level int) {
	if d.indent >= 0 {
		level++
	}
	nt := layout(v.Type())
	args := d.args(v, nt)
	d.b.WriteString(nt.name)
	d.b.WriteByte('(')
	allSimple := true
	for _, a := range args {
		if !d.simple(a.v, a.kind) {
			allSimple = false
			break
		}
	}
	prefix, sep := ", ", ", "
	if allSimple && len(args) <= 3 {
		prefix = ""
	} else {
		prefix, sep = d.separators(level)
	}
	for i, a := range args {
		if i == 0 {
			d.b.WriteString(prefix)
		} else {
			d.b.WriteString(sep)
		}
		d.b.WriteString(a.name)
		d.b.WriteByte('=')
		d.value(a.v, a.kind, level)
	}
	d.b.WriteByte(')')
}

func (d *dumper) list(v reflect.Value, elem valueKind, level int) {
	if v.Len() == 0 {
		d.b.WriteString("[]")
		return
	}
	if d.indent >= 0 {
		level++
	}
	prefix, sep := d.separators(level)
	d.b.WriteByte('[')
	for i := 0; i < v.Len(); i++ {
		if i == 0 {
			d.b.WriteString(prefix)
		} else {
			d.b.WriteString(sep)
		}
		d.value(v.Index(i), elem, level)
	}
	d.b.WriteByte(']')
}

// ConstantRepr returns Python's repr of a constant value.
func ConstantRepr(v Value) string {
	switch v := v.(type) {
	case NoneType:
		return "None"
	case EllipsisType:
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
	case Bytes:
		return pyfmt.BytesRepr(v)
	case nil:
		return "None"
	}
	return fmt.Sprintf("<unknown constant %T>", v)
}
