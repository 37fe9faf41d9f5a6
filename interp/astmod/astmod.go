// Package astmod is the Go half of Python's ast module: the `_ast` module,
// which describes the node classes (ast.py makes the classes from its
// table), and ToPython, which turns a tree of interp/syntax into instances
// of those classes for compile(..., PyCF_ONLY_AST) and so ast.parse.
//
// The package sits under interp because it needs the parser's tree, which
// runtime/lib may not import; interp/eval imports it, as it imports the
// library's Go modules through runtime/lib/all.
package astmod

import (
	"math/big"
	"reflect"

	"gilfree/interp/syntax"
	rt "gilfree/runtime"
)

// Flags of compile() that concern the ast module, as CPython numbers them.
const (
	PyCFOnlyAST            = 0x400
	PyCFTypeComments       = 0x1000
	PyCFAllowTopLevelAwait = 0x2000
	// AllowedCompileFlags are the bits compile() accepts (python3 3.11
	// refuses any other with "unrecognised flags"): the __future__
	// features' flags 0x10 and 0x20000-0x1000000, PyCF_DONT_IMPLY_DEDENT,
	// PyCF_ONLY_AST, PyCF_TYPE_COMMENTS, PyCF_ALLOW_TOP_LEVEL_AWAIT and
	// PyCF_ALLOW_INCOMPLETE_INPUT.
	AllowedCompileFlags = 0x1fe0000 | 0x10 | 0x200 | PyCFOnlyAST | PyCFTypeComments | PyCFAllowTopLevelAwait | 0x4000
)

// class is one node class of Python's ast: its name, its base, and for a
// concrete class the Go type it stands for.
type class struct {
	name, base string
	goType     reflect.Type // nil for the abstract bases and enums
}

var positionNames = []string{"lineno", "col_offset", "end_lineno", "end_col_offset"}

// abstract lists the abstract base classes and whether their subclasses
// carry positions (CPython's _attributes).
var abstract = []struct {
	name    string
	located bool
}{
	{"mod", false}, {"stmt", true}, {"expr", true}, {"expr_context", false},
	{"boolop", false}, {"operator", false}, {"unaryop", false}, {"cmpop", false},
	{"excepthandler", true}, {"pattern", true}, {"type_ignore", false},
}

func typeOf[T any]() reflect.Type { return reflect.TypeFor[T]() }

// concrete lists the node classes of CPython 3.11 in its order, with the
// Go struct of each. The 3.12 TypeAlias and TypeParam have no class: 3.11
// cannot parse them.
var concrete = []class{
	{"Module", "mod", typeOf[syntax.Module]()},
	{"Interactive", "mod", typeOf[syntax.Interactive]()},
	{"Expression", "mod", typeOf[syntax.Expression]()},
	{"FunctionType", "mod", typeOf[syntax.FunctionType]()},
	{"FunctionDef", "stmt", typeOf[syntax.FunctionDef]()},
	{"AsyncFunctionDef", "stmt", typeOf[syntax.AsyncFunctionDef]()},
	{"ClassDef", "stmt", typeOf[syntax.ClassDef]()},
	{"Return", "stmt", typeOf[syntax.Return]()},
	{"Delete", "stmt", typeOf[syntax.Delete]()},
	{"Assign", "stmt", typeOf[syntax.Assign]()},
	{"AugAssign", "stmt", typeOf[syntax.AugAssign]()},
	{"AnnAssign", "stmt", typeOf[syntax.AnnAssign]()},
	{"For", "stmt", typeOf[syntax.For]()},
	{"AsyncFor", "stmt", typeOf[syntax.AsyncFor]()},
	{"While", "stmt", typeOf[syntax.While]()},
	{"If", "stmt", typeOf[syntax.If]()},
	{"With", "stmt", typeOf[syntax.With]()},
	{"AsyncWith", "stmt", typeOf[syntax.AsyncWith]()},
	{"Match", "stmt", typeOf[syntax.Match]()},
	{"Raise", "stmt", typeOf[syntax.Raise]()},
	{"Try", "stmt", typeOf[syntax.Try]()},
	{"TryStar", "stmt", typeOf[syntax.TryStar]()},
	{"Assert", "stmt", typeOf[syntax.Assert]()},
	{"Import", "stmt", typeOf[syntax.Import]()},
	{"ImportFrom", "stmt", typeOf[syntax.ImportFrom]()},
	{"Global", "stmt", typeOf[syntax.Global]()},
	{"Nonlocal", "stmt", typeOf[syntax.Nonlocal]()},
	{"Expr", "stmt", typeOf[syntax.ExprStmt]()},
	{"Pass", "stmt", typeOf[syntax.Pass]()},
	{"Break", "stmt", typeOf[syntax.Break]()},
	{"Continue", "stmt", typeOf[syntax.Continue]()},
	{"BoolOp", "expr", typeOf[syntax.BoolOpExpr]()},
	{"NamedExpr", "expr", typeOf[syntax.NamedExpr]()},
	{"BinOp", "expr", typeOf[syntax.BinOp]()},
	{"UnaryOp", "expr", typeOf[syntax.UnaryOpExpr]()},
	{"Lambda", "expr", typeOf[syntax.Lambda]()},
	{"IfExp", "expr", typeOf[syntax.IfExp]()},
	{"Dict", "expr", typeOf[syntax.Dict]()},
	{"Set", "expr", typeOf[syntax.Set]()},
	{"ListComp", "expr", typeOf[syntax.ListComp]()},
	{"SetComp", "expr", typeOf[syntax.SetComp]()},
	{"DictComp", "expr", typeOf[syntax.DictComp]()},
	{"GeneratorExp", "expr", typeOf[syntax.GeneratorExp]()},
	{"Await", "expr", typeOf[syntax.Await]()},
	{"Yield", "expr", typeOf[syntax.Yield]()},
	{"YieldFrom", "expr", typeOf[syntax.YieldFrom]()},
	{"Compare", "expr", typeOf[syntax.Compare]()},
	{"Call", "expr", typeOf[syntax.Call]()},
	{"FormattedValue", "expr", typeOf[syntax.FormattedValue]()},
	{"JoinedStr", "expr", typeOf[syntax.JoinedStr]()},
	{"Constant", "expr", typeOf[syntax.Constant]()},
	{"Attribute", "expr", typeOf[syntax.Attribute]()},
	{"Subscript", "expr", typeOf[syntax.Subscript]()},
	{"Starred", "expr", typeOf[syntax.Starred]()},
	{"Name", "expr", typeOf[syntax.Name]()},
	{"List", "expr", typeOf[syntax.List]()},
	{"Tuple", "expr", typeOf[syntax.Tuple]()},
	{"Slice", "expr", typeOf[syntax.Slice]()},
	{"comprehension", "AST", typeOf[syntax.Comprehension]()},
	{"ExceptHandler", "excepthandler", typeOf[syntax.ExceptHandler]()},
	{"arguments", "AST", typeOf[syntax.Arguments]()},
	{"arg", "AST", typeOf[syntax.Arg]()},
	{"keyword", "AST", typeOf[syntax.Keyword]()},
	{"alias", "AST", typeOf[syntax.Alias]()},
	{"withitem", "AST", typeOf[syntax.WithItem]()},
	{"match_case", "AST", typeOf[syntax.MatchCase]()},
	{"MatchValue", "pattern", typeOf[syntax.MatchValue]()},
	{"MatchSingleton", "pattern", typeOf[syntax.MatchSingleton]()},
	{"MatchSequence", "pattern", typeOf[syntax.MatchSequence]()},
	{"MatchMapping", "pattern", typeOf[syntax.MatchMapping]()},
	{"MatchClass", "pattern", typeOf[syntax.MatchClass]()},
	{"MatchStar", "pattern", typeOf[syntax.MatchStar]()},
	{"MatchAs", "pattern", typeOf[syntax.MatchAs]()},
	{"MatchOr", "pattern", typeOf[syntax.MatchOr]()},
	{"TypeIgnore", "type_ignore", typeOf[syntax.TypeIgnore]()},
}

// enumBases gives the abstract base of each operator and context type.
var enumBases = []struct {
	base   string
	goType reflect.Type
}{
	{"expr_context", typeOf[syntax.ExprContext]()},
	{"boolop", typeOf[syntax.BoolOp]()},
	{"operator", typeOf[syntax.Operator]()},
	{"unaryop", typeOf[syntax.UnaryOp]()},
	{"cmpop", typeOf[syntax.CmpOp]()},
}

func init() {
	rt.RegisterModule(func() {}, newModule, "_ast")
}

func newModule(t *rt.Thread) *rt.Module {
	m := t.NewModule("_ast")
	t.AddFunctions(m, rt.MethodDef{Name: "_node_table", Fn: nodeTable,
		Doc: "_node_table(): (name, base, _fields, _attributes, optional fields) of every node class, bases first."})
	for name, v := range map[string]int64{"PyCF_ONLY_AST": PyCFOnlyAST, "PyCF_TYPE_COMMENTS": PyCFTypeComments, "PyCF_ALLOW_TOP_LEVEL_AWAIT": PyCFAllowTopLevelAwait} {
		o := t.NewInt(v)
		t.ModuleSet(m, name, o)
		t.Decref(o)
	}
	return m
}

// strTuple returns a tuple of str.
func strTuple(t *rt.Thread, names []string) *rt.Object {
	items := make([]*rt.Object, len(names))
	for i, n := range names {
		items[i] = t.NewStr(n)
	}
	return t.NewTupleSteal(items).Obj()
}

// tableRow is one entry of _node_table.
func tableRow(t *rt.Thread, name, base string, fields, attrs, optional []string) *rt.Object {
	return t.NewTupleSteal([]*rt.Object{t.NewStr(name), t.NewStr(base), strTuple(t, fields), strTuple(t, attrs), strTuple(t, optional)}).Obj()
}

func nodeTable(t *rt.Thread, args []*rt.Object, kw *rt.Tuple) (*rt.Object, error) {
	if err := t.CheckArgs("_node_table", args, kw, 0, 0); err != nil {
		return nil, err
	}
	var rows []*rt.Object
	for _, a := range abstract {
		var attrs []string
		if a.located {
			attrs = positionNames
		}
		rows = append(rows, tableRow(t, a.name, "AST", nil, attrs, nil))
	}
	for _, c := range concrete {
		_, fields, located := syntax.NodeLayout(c.goType)
		var names, optional, attrs []string
		for _, f := range fields {
			names = append(names, f.Name)
			if f.Optional {
				optional = append(optional, f.Name)
			}
		}
		if located {
			attrs = positionNames
		}
		rows = append(rows, tableRow(t, c.name, c.base, names, attrs, optional))
	}
	for _, e := range enumBases {
		for _, name := range syntax.EnumNames[e.goType] {
			rows = append(rows, tableRow(t, name, e.base, nil, nil, nil))
		}
	}
	return t.NewListSteal(rows).Obj(), nil
}

// converter turns one tree into Python objects. The operator and context
// nodes are made once per class and shared, as CPython shares them.
type converter struct {
	t          *rt.Thread
	ns         *rt.Object // the ast module, where the classes are
	classes    map[string]*rt.Type
	singletons map[string]*rt.Object
	layouts    map[reflect.Type]*goLayout
}

// goLayout is what converting one Go node type needs, worked out once per
// tree: its class, its fields with their interned names, and whether it
// has positions.
type goLayout struct {
	class   *rt.Type
	fields  []syntax.NodeField
	names   []*rt.Str
	located bool
}

// ToPython returns the tree rooted at root as instances of the node
// classes found in ns (the ast module). A tree with 3.12 syntax that
// CPython 3.11 cannot parse (a type statement, type parameters) gives a
// *syntax.SyntaxError, returned as the second result for the caller to
// raise as compile() would.
func ToPython(t *rt.Thread, root syntax.Root, ns *rt.Object, filename string) (*rt.Object, *syntax.SyntaxError, error) {
	if se := check312(root, filename); se != nil {
		return nil, se, nil
	}
	c := &converter{t: t, ns: ns, classes: map[string]*rt.Type{}, singletons: map[string]*rt.Object{}, layouts: map[reflect.Type]*goLayout{}}
	defer func() {
		for _, o := range c.singletons {
			t.Decref(o)
		}
	}()
	o, err := c.node(reflect.ValueOf(root))
	return o, nil, err
}

// class returns the node class called name.
func (c *converter) class(name string) (*rt.Type, error) {
	if typ, ok := c.classes[name]; ok {
		return typ, nil
	}
	o, err := c.t.GetAttrString(c.ns, name)
	if err != nil {
		return nil, err
	}
	if rt.TypeOf(o).Flags&rt.FlagTypeSubclass == 0 {
		c.t.Decref(o)
		return nil, c.t.TypeError("ast.%s is not a class", name)
	}
	typ := rt.AsType(o)
	c.classes[name] = typ
	c.t.Decref(o)
	return typ, nil
}

// layout returns the cached goLayout of the Go node type gt.
func (c *converter) layout(gt reflect.Type) (*goLayout, error) {
	if l, ok := c.layouts[gt]; ok {
		return l, nil
	}
	name, ok := tables().classNames[gt]
	if !ok {
		return nil, c.t.SystemError("ast: no class for %s", gt)
	}
	cls, err := c.class(name)
	if err != nil {
		return nil, err
	}
	_, fields, located := syntax.NodeLayout(gt)
	l := &goLayout{class: cls, fields: fields, located: located}
	for _, f := range fields {
		l.names = append(l.names, rt.Intern(f.Name))
	}
	c.layouts[gt] = l
	return l, nil
}

var (
	dunderDict    = rt.Intern("__dict__")
	positionStrs  = [4]*rt.Str{rt.Intern("lineno"), rt.Intern("col_offset"), rt.Intern("end_lineno"), rt.Intern("end_col_offset")}
	dunderNewName = rt.Intern("__new__")
)

// node converts a node held in an interface or pointer; nil is None. The
// instance gets its __dict__ whole, made at its final size: setting the
// attributes one by one grew each dict two or three times.
func (c *converter) node(v reflect.Value) (*rt.Object, error) {
	t := c.t
	for v.Kind() == reflect.Interface || v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return rt.None, nil
		}
		v = v.Elem()
	}
	l, err := c.layout(v.Type())
	if err != nil {
		return nil, err
	}
	d := t.NewDictSize(len(l.fields) + 4)
	defer t.Decref(d.Obj())
	for i, f := range l.fields {
		fv, err := c.value(v.FieldByIndex(f.Index), f.Optional)
		if err != nil {
			return nil, err
		}
		t.DictSetStr(d, l.names[i], fv)
		t.Decref(fv)
	}
	if l.located {
		p := v.Addr().Interface().(interface{ Position() *syntax.Pos }).Position()
		for i, n := range [4]int{p.Lineno, p.ColOffset, p.EndLineno, p.EndColOffset} {
			o := t.NewInt(int64(n))
			t.DictSetStr(d, positionStrs[i], o)
			t.Decref(o)
		}
	}
	o, err := c.newInstance(l.class)
	if err != nil {
		return nil, err
	}
	if err := t.SetAttr(o, dunderDict, d.Obj()); err != nil {
		t.Decref(o)
		return nil, err
	}
	return o, nil
}

// newInstance makes an empty instance of a node class, as object.__new__
// does.
func (c *converter) newInstance(typ *rt.Type) (*rt.Object, error) {
	if c.t.InitFunction(typ) != nil {
		return c.t.NewInstance(typ), nil
	}
	return c.t.Call(rt.ObjectType.Lookup(dunderNewName), []*rt.Object{typ.Obj()}, nil)
}

var (
	valueType   = reflect.TypeFor[syntax.Value]()
	stringerTyp = reflect.TypeFor[interface{ String() string }]()
)

// value converts one field's value.
func (c *converter) value(v reflect.Value, optional bool) (*rt.Object, error) {
	t := c.t
	switch {
	case v.Type() == valueType:
		return c.constant(v.Interface())
	case v.Kind() == reflect.Slice:
		items := make([]*rt.Object, 0, v.Len())
		for i := 0; i < v.Len(); i++ {
			o, err := c.value(v.Index(i), false)
			if err != nil {
				for _, o := range items {
					t.Decref(o)
				}
				return nil, err
			}
			items = append(items, o)
		}
		return t.NewListSteal(items).Obj(), nil
	case v.Kind() == reflect.String:
		if optional && v.String() == "" {
			return rt.None, nil
		}
		return t.NewStr(v.String()), nil
	case v.Kind() == reflect.Int:
		return t.NewInt(v.Int()), nil
	case v.Kind() == reflect.Uint8 && v.Type().Implements(stringerTyp):
		return c.singleton(v.Interface().(interface{ String() string }).String())
	}
	return c.node(v)
}

// singleton returns the shared instance of an operator or context class,
// from the ast module's _SINGLETONS: CPython shares one Load() among all
// trees, and so does every tree here.
func (c *converter) singleton(name string) (*rt.Object, error) {
	if o, ok := c.singletons[name]; ok {
		c.t.Incref(o)
		return o, nil
	}
	table, err := c.t.GetAttrString(c.ns, "_SINGLETONS")
	if err != nil {
		return nil, err
	}
	defer c.t.Decref(table)
	key := c.t.NewStr(name)
	o, err := c.t.GetItem(table, key)
	c.t.Decref(key)
	if err != nil {
		return nil, err
	}
	c.singletons[name] = o
	c.t.Incref(o)
	return o, nil
}

// constant converts a Constant's value.
func (c *converter) constant(v syntax.Value) (*rt.Object, error) {
	t := c.t
	switch v := v.(type) {
	case nil, syntax.NoneType:
		return rt.None, nil
	case syntax.EllipsisType:
		return rt.Ellipsis, nil
	case bool:
		if v {
			return rt.True, nil
		}
		return rt.False, nil
	case *big.Int:
		return t.NewBigInt(v), nil
	case float64:
		return t.NewFloat(v), nil
	case complex128:
		return t.NewComplex(v), nil
	case string:
		return t.NewStr(v), nil
	case syntax.Bytes:
		return t.NewBytesString(string(v)), nil
	}
	return nil, t.SystemError("ast: unknown constant %T", v)
}

// check312 finds the first piece of 3.12 syntax in the tree, which
// CPython 3.11's parser rejects as invalid syntax.
func check312(root syntax.Root, filename string) *syntax.SyntaxError {
	var found *syntax.Pos
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		if found != nil {
			return
		}
		switch v.Kind() {
		case reflect.Interface, reflect.Pointer:
			if v.IsNil() {
				return
			}
			switch n := v.Interface().(type) {
			case *syntax.TypeAlias:
				found = n.Position()
				return
			case *syntax.TypeParam:
				found = n.Position()
				return
			}
			walk(v.Elem())
		case reflect.Slice:
			for i := 0; i < v.Len() && found == nil; i++ {
				walk(v.Index(i))
			}
		case reflect.Struct:
			for i := 0; i < v.NumField(); i++ {
				if f := v.Type().Field(i); f.IsExported() {
					walk(v.Field(i))
				}
			}
		}
	}
	walk(reflect.ValueOf(root))
	if found == nil {
		return nil
	}
	return &syntax.SyntaxError{Kind: syntax.KindSyntaxError, Msg: "invalid syntax", Filename: filename,
		Lineno: found.Lineno, Offset: found.ColOffset + 1, EndLineno: found.EndLineno, EndOffset: found.EndColOffset + 1}
}
