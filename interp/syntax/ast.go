package syntax

import "math/big"

// This file declares the abstract syntax tree. Node types and their fields
// follow CPython's ast module one for one, in the same order, so that Dump
// can print a tree exactly as Python's ast.dump does.
//
// The struct tag `py:"name"` gives a field's Python name; `py:"name,opt"`
// marks a field that is optional in CPython's grammar description, which
// ast.dump leaves out when it is absent (nil or ""). Fields without a tag
// (positions, and the 3.12 type parameters that CPython 3.11 does not know)
// are not dumped.

// Pos is a node's source range. Lines count from 1; columns are byte
// offsets into the UTF-8 text of the line, counted from 0, as in CPython.
type Pos struct {
	Lineno, ColOffset, EndLineno, EndColOffset int
}

// Position returns the node's source range.
func (p *Pos) Position() *Pos { return p }

// Node is any node of the tree.
type Node interface {
	node()
}

// Located is a node that carries a source range.
type Located interface {
	Node
	Position() *Pos
}

// Root is the root of a tree: Module, Interactive, Expression or
// FunctionType (CPython's "mod").
type Root interface {
	Node
	root()
}

// Stmt is a statement node.
type Stmt interface {
	Located
	stmt()
}

// Expr is an expression node.
type Expr interface {
	Located
	expr()
}

// Pattern is a pattern of a match statement's case.
type Pattern interface {
	Located
	pattern()
}

// stmtNode, exprNode and patternNode give each node kind its marker methods
// and its position.
type stmtNode struct{ Pos }
type exprNode struct{ Pos }
type patternNode struct{ Pos }

func (*stmtNode) node()       {}
func (*stmtNode) stmt()       {}
func (*exprNode) node()       {}
func (*exprNode) expr()       {}
func (*patternNode) node()    {}
func (*patternNode) pattern() {}

// ---- Roots ----

type Module struct {
	Body        []Stmt        `py:"body"`
	TypeIgnores []*TypeIgnore `py:"type_ignores"`
}

type Interactive struct {
	Body []Stmt `py:"body"`
}

type Expression struct {
	Body Expr `py:"body"`
}

type FunctionType struct {
	Argtypes []Expr `py:"argtypes"`
	Returns  Expr   `py:"returns"`
}

func (*Module) node()       {}
func (*Module) root()       {}
func (*Interactive) node()  {}
func (*Interactive) root()  {}
func (*Expression) node()   {}
func (*Expression) root()   {}
func (*FunctionType) node() {}
func (*FunctionType) root() {}

// TypeIgnore records a `# type: ignore` comment; Tag is the text after it.
type TypeIgnore struct {
	Lineno int    `py:"lineno"`
	Tag    string `py:"tag"`
}

func (*TypeIgnore) node() {}

// ---- Statements ----

type FunctionDef struct {
	stmtNode
	Name          string       `py:"name"`
	Args          *Arguments   `py:"args"`
	Body          []Stmt       `py:"body"`
	DecoratorList []Expr       `py:"decorator_list"`
	Returns       Expr         `py:"returns,opt"`
	TypeComment   string       `py:"type_comment,opt"`
	TypeParams    []*TypeParam // 3.12; refused by the compiler
}

type AsyncFunctionDef struct {
	stmtNode
	Name          string     `py:"name"`
	Args          *Arguments `py:"args"`
	Body          []Stmt     `py:"body"`
	DecoratorList []Expr     `py:"decorator_list"`
	Returns       Expr       `py:"returns,opt"`
	TypeComment   string     `py:"type_comment,opt"`
	TypeParams    []*TypeParam
}

type ClassDef struct {
	stmtNode
	Name          string     `py:"name"`
	Bases         []Expr     `py:"bases"`
	Keywords      []*Keyword `py:"keywords"`
	Body          []Stmt     `py:"body"`
	DecoratorList []Expr     `py:"decorator_list"`
	TypeParams    []*TypeParam
}

type Return struct {
	stmtNode
	Value Expr `py:"value,opt"`
}

type Delete struct {
	stmtNode
	Targets []Expr `py:"targets"`
}

type Assign struct {
	stmtNode
	Targets     []Expr `py:"targets"`
	Value       Expr   `py:"value"`
	TypeComment string `py:"type_comment,opt"`
}

// TypeAlias is the 3.12 `type X = ...` statement; the compiler refuses it.
type TypeAlias struct {
	stmtNode
	Name       Expr
	TypeParams []*TypeParam
	Value      Expr
}

type AugAssign struct {
	stmtNode
	Target Expr     `py:"target"`
	Op     Operator `py:"op"`
	Value  Expr     `py:"value"`
}

type AnnAssign struct {
	stmtNode
	Target     Expr `py:"target"`
	Annotation Expr `py:"annotation"`
	Value      Expr `py:"value,opt"`
	Simple     int  `py:"simple"`
}

type For struct {
	stmtNode
	Target      Expr   `py:"target"`
	Iter        Expr   `py:"iter"`
	Body        []Stmt `py:"body"`
	Orelse      []Stmt `py:"orelse"`
	TypeComment string `py:"type_comment,opt"`
}

type AsyncFor struct {
	stmtNode
	Target      Expr   `py:"target"`
	Iter        Expr   `py:"iter"`
	Body        []Stmt `py:"body"`
	Orelse      []Stmt `py:"orelse"`
	TypeComment string `py:"type_comment,opt"`
}

type While struct {
	stmtNode
	Test   Expr   `py:"test"`
	Body   []Stmt `py:"body"`
	Orelse []Stmt `py:"orelse"`
}

type If struct {
	stmtNode
	Test   Expr   `py:"test"`
	Body   []Stmt `py:"body"`
	Orelse []Stmt `py:"orelse"`
}

type With struct {
	stmtNode
	Items       []*WithItem `py:"items"`
	Body        []Stmt      `py:"body"`
	TypeComment string      `py:"type_comment,opt"`
}

type AsyncWith struct {
	stmtNode
	Items       []*WithItem `py:"items"`
	Body        []Stmt      `py:"body"`
	TypeComment string      `py:"type_comment,opt"`
}

type Match struct {
	stmtNode
	Subject Expr         `py:"subject"`
	Cases   []*MatchCase `py:"cases"`
}

type Raise struct {
	stmtNode
	Exc   Expr `py:"exc,opt"`
	Cause Expr `py:"cause,opt"`
}

type Try struct {
	stmtNode
	Body      []Stmt           `py:"body"`
	Handlers  []*ExceptHandler `py:"handlers"`
	Orelse    []Stmt           `py:"orelse"`
	Finalbody []Stmt           `py:"finalbody"`
}

type TryStar struct {
	stmtNode
	Body      []Stmt           `py:"body"`
	Handlers  []*ExceptHandler `py:"handlers"`
	Orelse    []Stmt           `py:"orelse"`
	Finalbody []Stmt           `py:"finalbody"`
}

type Assert struct {
	stmtNode
	Test Expr `py:"test"`
	Msg  Expr `py:"msg,opt"`
}

type Import struct {
	stmtNode
	Names []*Alias `py:"names"`
}

// ImportFrom.Module is "" for `from . import x`; Level counts the dots.
type ImportFrom struct {
	stmtNode
	Module string   `py:"module,opt"`
	Names  []*Alias `py:"names"`
	Level  int      `py:"level"`
}

type Global struct {
	stmtNode
	Names []string `py:"names"`
}

type Nonlocal struct {
	stmtNode
	Names []string `py:"names"`
}

type ExprStmt struct {
	stmtNode
	Value Expr `py:"value"`
}

type Pass struct{ stmtNode }
type Break struct{ stmtNode }
type Continue struct{ stmtNode }

// ---- Expressions ----

type BoolOpExpr struct {
	exprNode
	Op     BoolOp `py:"op"`
	Values []Expr `py:"values"`
}

type NamedExpr struct {
	exprNode
	Target Expr `py:"target"`
	Value  Expr `py:"value"`
}

type BinOp struct {
	exprNode
	Left  Expr     `py:"left"`
	Op    Operator `py:"op"`
	Right Expr     `py:"right"`
}

type UnaryOpExpr struct {
	exprNode
	Op      UnaryOp `py:"op"`
	Operand Expr    `py:"operand"`
}

type Lambda struct {
	exprNode
	Args *Arguments `py:"args"`
	Body Expr       `py:"body"`
}

type IfExp struct {
	exprNode
	Test   Expr `py:"test"`
	Body   Expr `py:"body"`
	Orelse Expr `py:"orelse"`
}

// Dict.Keys holds nil where the entry is a `**mapping` unpacking.
type Dict struct {
	exprNode
	Keys   []Expr `py:"keys"`
	Values []Expr `py:"values"`
}

type Set struct {
	exprNode
	Elts []Expr `py:"elts"`
}

type ListComp struct {
	exprNode
	Elt        Expr             `py:"elt"`
	Generators []*Comprehension `py:"generators"`
}

type SetComp struct {
	exprNode
	Elt        Expr             `py:"elt"`
	Generators []*Comprehension `py:"generators"`
}

type DictComp struct {
	exprNode
	Key        Expr             `py:"key"`
	Value      Expr             `py:"value"`
	Generators []*Comprehension `py:"generators"`
}

type GeneratorExp struct {
	exprNode
	Elt        Expr             `py:"elt"`
	Generators []*Comprehension `py:"generators"`
}

type Await struct {
	exprNode
	Value Expr `py:"value"`
}

type Yield struct {
	exprNode
	Value Expr `py:"value,opt"`
}

type YieldFrom struct {
	exprNode
	Value Expr `py:"value"`
}

type Compare struct {
	exprNode
	Left        Expr    `py:"left"`
	Ops         []CmpOp `py:"ops"`
	Comparators []Expr  `py:"comparators"`
}

type Call struct {
	exprNode
	Func     Expr       `py:"func"`
	Args     []Expr     `py:"args"`
	Keywords []*Keyword `py:"keywords"`
}

// FormattedValue.Conversion is -1 for none, or 's', 'r' or 'a'.
type FormattedValue struct {
	exprNode
	Value      Expr `py:"value"`
	Conversion int  `py:"conversion"`
	FormatSpec Expr `py:"format_spec,opt"`
}

type JoinedStr struct {
	exprNode
	Values []Expr `py:"values"`
}

// Constant.Value is one of the constant value types declared below;
// Kind is "u" for a string written with the u prefix, otherwise "".
type Constant struct {
	exprNode
	Value Value  `py:"value"`
	Kind  string `py:"kind,opt"`
}

type Attribute struct {
	exprNode
	Value Expr        `py:"value"`
	Attr  string      `py:"attr"`
	Ctx   ExprContext `py:"ctx"`
}

type Subscript struct {
	exprNode
	Value Expr        `py:"value"`
	Slice Expr        `py:"slice"`
	Ctx   ExprContext `py:"ctx"`
}

type Starred struct {
	exprNode
	Value Expr        `py:"value"`
	Ctx   ExprContext `py:"ctx"`
}

type Name struct {
	exprNode
	Id  string      `py:"id"`
	Ctx ExprContext `py:"ctx"`
}

type List struct {
	exprNode
	Elts []Expr      `py:"elts"`
	Ctx  ExprContext `py:"ctx"`
}

type Tuple struct {
	exprNode
	Elts []Expr      `py:"elts"`
	Ctx  ExprContext `py:"ctx"`
}

type Slice struct {
	exprNode
	Lower Expr `py:"lower,opt"`
	Upper Expr `py:"upper,opt"`
	Step  Expr `py:"step,opt"`
}

// ---- Other nodes ----

type Comprehension struct {
	Target  Expr   `py:"target"`
	Iter    Expr   `py:"iter"`
	Ifs     []Expr `py:"ifs"`
	IsAsync int    `py:"is_async"`
}

type ExceptHandler struct {
	Pos
	Type Expr   `py:"type,opt"`
	Name string `py:"name,opt"`
	Body []Stmt `py:"body"`
}

// Arguments.KwDefaults holds nil for a keyword-only parameter without a
// default; Defaults belong to the last positional parameters.
type Arguments struct {
	Posonlyargs []*Arg `py:"posonlyargs"`
	Args        []*Arg `py:"args"`
	Vararg      *Arg   `py:"vararg,opt"`
	Kwonlyargs  []*Arg `py:"kwonlyargs"`
	KwDefaults  []Expr `py:"kw_defaults"`
	Kwarg       *Arg   `py:"kwarg,opt"`
	Defaults    []Expr `py:"defaults"`
}

type Arg struct {
	Pos
	Arg         string `py:"arg"`
	Annotation  Expr   `py:"annotation,opt"`
	TypeComment string `py:"type_comment,opt"`
}

// Keyword.Arg is "" for a `**mapping` argument.
type Keyword struct {
	Pos
	Arg   string `py:"arg,opt"`
	Value Expr   `py:"value"`
}

type Alias struct {
	Pos
	Name   string `py:"name"`
	Asname string `py:"asname,opt"`
}

type WithItem struct {
	ContextExpr  Expr `py:"context_expr"`
	OptionalVars Expr `py:"optional_vars,opt"`
}

type MatchCase struct {
	Pattern Pattern `py:"pattern"`
	Guard   Expr    `py:"guard,opt"`
	Body    []Stmt  `py:"body"`
}

// TypeParam is a 3.12 type parameter (`T`, `*Ts`, `**P`), parsed so that
// the compiler can refuse it by name.
type TypeParam struct {
	Pos
	Kind  TypeParamKind
	Name  string
	Bound Expr
}

// TypeParamKind tells a TypeVar from a TypeVarTuple or ParamSpec.
type TypeParamKind int

const (
	TypeVar TypeParamKind = iota
	TypeVarTuple
	ParamSpec
)

func (*Comprehension) node() {}
func (*ExceptHandler) node() {}
func (*Arguments) node()     {}
func (*Arg) node()           {}
func (*Keyword) node()       {}
func (*Alias) node()         {}
func (*WithItem) node()      {}
func (*MatchCase) node()     {}
func (*TypeParam) node()     {}

// ---- Patterns ----

type MatchValue struct {
	patternNode
	Value Expr `py:"value"`
}

// MatchSingleton.Value is None, true or false.
type MatchSingleton struct {
	patternNode
	Value Value `py:"value"`
}

type MatchSequence struct {
	patternNode
	Patterns []Pattern `py:"patterns"`
}

type MatchMapping struct {
	patternNode
	Keys     []Expr    `py:"keys"`
	Patterns []Pattern `py:"patterns"`
	Rest     string    `py:"rest,opt"`
}

type MatchClass struct {
	patternNode
	Cls         Expr      `py:"cls"`
	Patterns    []Pattern `py:"patterns"`
	KwdAttrs    []string  `py:"kwd_attrs"`
	KwdPatterns []Pattern `py:"kwd_patterns"`
}

type MatchStar struct {
	patternNode
	Name string `py:"name,opt"`
}

type MatchAs struct {
	patternNode
	Pattern Pattern `py:"pattern,opt"`
	Name    string  `py:"name,opt"`
}

type MatchOr struct {
	patternNode
	Patterns []Pattern `py:"patterns"`
}

// ---- Operators and contexts ----

// ExprContext tells whether a Name, Attribute, Subscript, Starred, List or
// Tuple is read, assigned or deleted.
type ExprContext uint8

const (
	Load ExprContext = iota
	Store
	Del
)

type BoolOp uint8

const (
	And BoolOp = iota
	Or
)

type Operator uint8

const (
	Add Operator = iota
	Sub
	Mult
	MatMult
	Div
	Mod
	Pow
	LShift
	RShift
	BitOr
	BitXor
	BitAnd
	FloorDiv
)

type UnaryOp uint8

const (
	Invert UnaryOp = iota
	Not
	UAdd
	USub
)

type CmpOp uint8

const (
	Eq CmpOp = iota
	NotEq
	Lt
	LtE
	Gt
	GtE
	Is
	IsNot
	In
	NotIn
)

var exprContextNames = [...]string{"Load", "Store", "Del"}
var boolOpNames = [...]string{"And", "Or"}
var operatorNames = [...]string{"Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"}
var unaryOpNames = [...]string{"Invert", "Not", "UAdd", "USub"}
var cmpOpNames = [...]string{"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"}

// String returns the name of the operator's node class in Python's ast.
func (c ExprContext) String() string { return exprContextNames[c] }
func (o BoolOp) String() string      { return boolOpNames[o] }
func (o Operator) String() string    { return operatorNames[o] }
func (o UnaryOp) String() string     { return unaryOpNames[o] }
func (o CmpOp) String() string       { return cmpOpNames[o] }

// ---- Constant values ----

// Value is the value of a Constant: None, Ellipsis, bool, *big.Int,
// float64, complex128, string (a Python str) or Bytes.
//
// A Python str is held as a Go string of UTF-8, except that a lone
// surrogate (U+D800..U+DFFF, which string literals can write with \ud800)
// is encoded as its three-byte generalized UTF-8 sequence ("WTF-8").
// The runtime's str type uses the same encoding.
type Value any

// NoneType is the type of None.
type NoneType struct{}

// EllipsisType is the type of Ellipsis (`...`).
type EllipsisType struct{}

// Bytes is the value of a bytes literal.
type Bytes string

// None and Ellipsis are the values of the two singleton constants.
var (
	None     Value = NoneType{}
	Ellipsis Value = EllipsisType{}
)

// NewInt returns an int constant value.
func NewInt(v int64) *big.Int { return big.NewInt(v) }
