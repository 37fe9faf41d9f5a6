package astmod

import (
	"math/big"
	"reflect"
	"sync"

	"gilfree/interp/syntax"
	rt "gilfree/runtime"
)

// This file turns a tree of Python node objects back into the parser's
// Go tree, for compile() of an AST object. It follows CPython's checks:
// a required field that is missing or None is a TypeError naming the
// field and the node, a field of the wrong kind is "expected some sort of
// <kind>", a list field must be a list.

// nameTables are the maps between the parser's Go types and CPython's
// class and kind names. They are made at the first conversion rather
// than at the package's init, so that a program that never imports ast
// does not build them at every start.
type nameTables struct {
	// classNames maps each Go node type to its Python class name.
	classNames map[reflect.Type]string
	// goTypes maps each concrete Python class name to its Go struct type.
	goTypes map[string]reflect.Type
	// enumValues maps each operator and context class name to its Go
	// value.
	enumValues map[string]reflect.Value
	// kindNames gives the ASDL kind CPython names in "expected some sort
	// of <kind>" for each Go interface or enum type.
	kindNames map[reflect.Type]string
	// baseNames gives the class name CPython's "required field ...
	// missing from <name>" uses for the positions of each kind of
	// located node.
	baseNames map[string]string
}

var tables = sync.OnceValue(func() *nameTables {
	n := &nameTables{
		classNames: make(map[reflect.Type]string, len(concrete)),
		goTypes:    make(map[string]reflect.Type, len(concrete)),
		enumValues: map[string]reflect.Value{},
		kindNames: map[reflect.Type]string{
			reflect.TypeFor[syntax.Expr]():        "expr",
			reflect.TypeFor[syntax.Stmt]():        "stmt",
			reflect.TypeFor[syntax.Pattern]():     "pattern",
			reflect.TypeFor[syntax.ExprContext](): "expr_context",
			reflect.TypeFor[syntax.BoolOp]():      "boolop",
			reflect.TypeFor[syntax.Operator]():    "operator",
			reflect.TypeFor[syntax.UnaryOp]():     "unaryop",
			reflect.TypeFor[syntax.CmpOp]():       "cmpop",
		},
		baseNames: map[string]string{"stmt": "stmt", "expr": "expr", "pattern": "pattern", "excepthandler": "excepthandler"},
	}
	for _, c := range concrete {
		n.classNames[c.goType] = c.name
		n.goTypes[c.name] = c.goType
	}
	for typ, names := range syntax.EnumNames {
		for i, name := range names {
			n.enumValues[name] = reflect.ValueOf(i).Convert(typ)
		}
	}
	return n
})

type backConverter struct {
	t *rt.Thread
}

// FromPython converts a tree of node objects to the parser's tree. mode
// is compile()'s mode, which decides the root class expected.
func FromPython(t *rt.Thread, o *rt.Object, mode syntax.Mode) (syntax.Root, error) {
	want := [...]string{syntax.ModeExec: "Module", syntax.ModeEval: "Expression", syntax.ModeSingle: "Interactive", syntax.ModeFuncType: "FunctionType"}[mode]
	name, _ := nodeClass(o)
	if name != want {
		return nil, t.TypeError("expected %s node, got %s", want, rt.TypeOf(o).Name)
	}
	c := backConverter{t: t}
	v, err := c.node(o, tables().goTypes[name])
	if err != nil {
		return nil, err
	}
	return v.Interface().(syntax.Root), nil
}

// nodeClass returns the name of the ast class o is an instance of (the
// first of its type's MRO that the module defines) and its Go type.
func nodeClass(o *rt.Object) (string, reflect.Type) {
	for _, typ := range rt.TypeOf(o).MRO {
		if gt, ok := tables().goTypes[typ.Name]; ok && isASTClass(typ) {
			return typ.Name, gt
		}
		if _, ok := tables().enumValues[typ.Name]; ok && isASTClass(typ) {
			return typ.Name, nil
		}
	}
	return "", nil
}

// isASTClass reports whether typ is one of the ast module's classes
// rather than a user's class of the same name.
func isASTClass(typ *rt.Type) bool {
	m := typ.Dict().GetStr(rt.Intern("__module__"))
	if m == nil {
		return false
	}
	s, _ := rt.AsStr(m)
	return s == "ast"
}

func (c *backConverter) repr(o *rt.Object) string {
	s, err := c.t.ReprString(o)
	if err != nil {
		c.t.DropError(err)
		return "<" + rt.TypeOf(o).Name + ">"
	}
	return s
}

// node converts an instance of the class whose Go type is gt into a
// pointer to a new gt.
func (c *backConverter) node(o *rt.Object, gt reflect.Type) (reflect.Value, error) {
	t := c.t
	ptr := reflect.New(gt)
	v := ptr.Elem()
	name, fields, located := syntax.NodeLayout(gt)
	// The positions come first, as CPython reads them before the fields.
	if located {
		p := ptr.Interface().(interface{ Position() *syntax.Pos }).Position()
		owner := name
		if b, ok := tables().baseNames[baseOf(name)]; ok {
			owner = b
		}
		var got [4]int
		for i, pn := range positionNames {
			attr, err := t.LookupAttr(o, rt.Intern(pn))
			if err != nil {
				return reflect.Value{}, err
			}
			if attr == nil || attr == rt.None {
				if i < 2 {
					return reflect.Value{}, t.TypeError("required field \"%s\" missing from %s", pn, owner)
				}
				got[i] = got[i-2]
				continue
			}
			n, err := t.IndexInt(attr)
			t.Decref(attr)
			if err != nil {
				return reflect.Value{}, err
			}
			got[i] = n
		}
		*p = syntax.Pos{Lineno: got[0], ColOffset: got[1], EndLineno: got[2], EndColOffset: got[3]}
	}
	for _, f := range fields {
		attr, err := t.LookupAttr(o, rt.Intern(f.Name))
		if err != nil {
			return reflect.Value{}, err
		}
		fv := v.FieldByIndex(f.Index)
		if attr == nil || (attr == rt.None && fv.Type() != valueType) {
			if f.Optional {
				continue
			}
			if attr == nil {
				return reflect.Value{}, t.TypeError("required field \"%s\" missing from %s", f.Name, name)
			}
			if k := fv.Kind(); k == reflect.String || k == reflect.Interface || k == reflect.Pointer {
				// CPython reads None as an absent node and its
				// validator refuses it.
				return reflect.Value{}, t.ValueError("field '%s' is required for %s", f.Name, name)
			}
		}
		err = c.field(attr, fv, f.Name, name)
		t.Decref(attr)
		if err != nil {
			return reflect.Value{}, err
		}
	}
	return ptr, nil
}

// baseOf returns the base class name of a concrete class.
func baseOf(name string) string {
	for _, c := range concrete {
		if c.name == name {
			return c.base
		}
	}
	return ""
}

// field converts the value of one field into fv.
func (c *backConverter) field(o *rt.Object, fv reflect.Value, field, owner string) error {
	t := c.t
	ft := fv.Type()
	switch {
	case ft == valueType:
		v, err := c.constant(o)
		if err != nil {
			return err
		}
		fv.Set(reflect.ValueOf(&v).Elem())
		return nil
	case ft.Kind() == reflect.Slice:
		if rt.TypeOf(o) != rt.ListType && !rt.TypeOf(o).IsSubtype(rt.ListType) {
			return t.TypeError("%s field \"%s\" must be a list, not a %s", owner, field, rt.TypeOf(o).Name)
		}
		items := append([]*rt.Object(nil), rt.ListItems(o)...)
		s := reflect.MakeSlice(ft, len(items), len(items))
		for i, it := range items {
			if it == rt.None && ft.Elem().Kind() == reflect.Interface {
				continue // Dict keys and kw_defaults hold None
			}
			if err := c.field(it, s.Index(i), field, owner); err != nil {
				return err
			}
		}
		fv.Set(s)
		return nil
	case ft.Kind() == reflect.String:
		s, ok := rt.AsStr(o)
		if !ok {
			return t.TypeError("AST %s must be of type str", fieldKind(field))
		}
		fv.SetString(s)
		return nil
	case ft.Kind() == reflect.Int:
		if !rt.IsInt(o) {
			return t.TypeError("invalid integer value: %s", c.repr(o))
		}
		n, err := t.IndexInt(o)
		if err != nil {
			return err
		}
		fv.SetInt(int64(n))
		return nil
	case ft.Kind() == reflect.Uint8:
		name, _ := nodeClass(o)
		ev, ok := tables().enumValues[name]
		if !ok || ev.Type() != ft {
			return t.TypeError("expected some sort of %s, but got %s", tables().kindNames[ft], c.repr(o))
		}
		fv.Set(ev)
		return nil
	}
	// A node: an interface (expr, stmt, pattern) or a pointer to one
	// struct type.
	_, gt := nodeClass(o)
	want := ft
	if ft.Kind() == reflect.Pointer {
		want = ft.Elem()
	}
	if gt == nil || (ft.Kind() == reflect.Interface && !reflect.PointerTo(gt).Implements(ft)) || (ft.Kind() == reflect.Pointer && gt != want) {
		kind := tables().kindNames[ft]
		if kind == "" {
			kind = tables().classNames[want]
		}
		return t.TypeError("expected some sort of %s, but got %s", kind, c.repr(o))
	}
	v, err := c.node(o, gt)
	if err != nil {
		return err
	}
	fv.Set(v)
	return nil
}

// fieldKind names the ASDL type of a str field, for CPython's message.
func fieldKind(field string) string {
	switch field {
	case "kind", "type_comment", "tag":
		return "string"
	}
	return "identifier"
}

// constant converts the value of a Constant.
func (c *backConverter) constant(o *rt.Object) (syntax.Value, error) {
	t := c.t
	typ := rt.TypeOf(o)
	switch {
	case o == rt.None:
		return syntax.None, nil
	case o == rt.Ellipsis:
		return syntax.Ellipsis, nil
	case o == rt.True:
		return true, nil
	case o == rt.False:
		return false, nil
	case typ == rt.FloatType:
		return rt.FloatValue(o), nil
	case rt.IsInt(o) && typ != rt.BoolType:
		return new(big.Int).Set(rt.BigOf(o)), nil
	case typ == rt.ComplexType:
		re, err := t.GetAttrString(o, "real")
		if err != nil {
			return nil, err
		}
		im, err := t.GetAttrString(o, "imag")
		if err != nil {
			t.Decref(re)
			return nil, err
		}
		v := complex(rt.FloatValue(re), rt.FloatValue(im))
		t.Decref(re)
		t.Decref(im)
		return v, nil
	case rt.IsStr(o):
		s, _ := rt.AsStr(o)
		return s, nil
	case rt.IsBytes(o):
		return syntax.Bytes(rt.BytesValue(o)), nil
	}
	return nil, t.TypeError("got an invalid type in Constant: %s", typ.Name)
}
