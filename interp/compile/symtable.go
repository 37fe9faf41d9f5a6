package compile

import (
	"sort"
	"strings"

	"gilfree/interp/syntax"
)

// This file builds the symbol table: one scope per module, class,
// function, lambda and comprehension, and in each scope every name with
// the ways it is used (flags). It runs in two passes, as CPython's does:
// visit (symtable.go) walks the tree, records the flags and reports the
// errors that the walk can see; analyze (resolve.go) then decides every
// name's scope (local, global, free, cell) and reports the errors that
// need the whole tree (a nonlocal without a binding).

type scopeKind uint8

const (
	moduleScope scopeKind = iota
	classScope
	functionScope
	// annotationScope holds the annotations of a definition under
	// `from __future__ import annotations`: they become strings, so their
	// names must not count as uses in the enclosing scope. It is never
	// compiled.
	annotationScope
)

// Symbol flags: how a name is used in one scope.
const (
	defGlobal    uint16 = 1 << iota // global statement
	defLocal                        // assigned, deleted or bound by for, with, except, def, class
	defParam                        // a parameter
	defNonlocal                     // nonlocal statement
	defUse                          // read
	defFreeClass                    // free in a method, and bound in this class
	defImport                       // bound by import
	defAnnot                        // annotated
	defCompIter                     // a comprehension's iteration variable

	defBound = defLocal | defParam | defImport
)

// Resolved scopes of a name.
const (
	scopeUnknown uint8 = iota
	scopeLocal
	scopeGlobalExplicit
	scopeGlobalImplicit
	scopeFree
	scopeCell
)

// compKind tells the kind of a comprehension scope (for error messages).
type compKind uint8

const (
	notComp compKind = iota
	listComp
	setComp
	dictComp
	genExp
)

type symbol struct {
	name  string
	flags uint16
	scope uint8
}

// scope is one block of the symbol table.
type scope struct {
	kind     scopeKind
	name     string // the code object's name: "f", "C", "<lambda>", "<listcomp>", "<module>"
	node     syntax.Node
	parent   *scope
	children []*scope

	syms []symbol
	tab  nameTable // numbers the names of syms

	params []string // parameter names in slot order (mangled)

	comp              compKind
	nested            bool // inside a function
	generator         bool
	varArgs, varKw    bool
	needsClassClosure bool // a class whose methods use __class__ or super
	lambda            bool

	compIterTarget bool // visiting the target of a comprehension's for
	compIterExpr   int  // visiting the iterable of a comprehension's for

	directives []directiveRec // global and nonlocal declarations, for errors

	// Filled by analyze.
	cellVars []string // sorted; cells that are not parameters
	freeVars []string // sorted
}

// lookup returns the flags of name in s (0 if absent).
func (s *scope) lookup(name string) uint16 {
	if i, ok := s.tab.find(name); ok {
		return s.syms[i].flags
	}
	return 0
}

// sym returns the symbol of name, or nil.
func (s *scope) sym(name string) *symbol {
	if i, ok := s.tab.find(name); ok {
		return &s.syms[i]
	}
	return nil
}

// scopeOf returns the resolved scope of name in s.
func (s *scope) scopeOf(name string) uint8 {
	if i, ok := s.tab.find(name); ok {
		return s.syms[i].scope
	}
	return scopeUnknown
}

func (s *scope) addFlags(name string, flags uint16) *symbol {
	if i, ok := s.tab.find(name); ok {
		s.syms[i].flags |= flags
		return &s.syms[i]
	}
	s.tab.add(name)
	if s.syms == nil {
		s.syms = make([]symbol, 0, 8)
	}
	s.syms = append(s.syms, symbol{name: name, flags: flags})
	return &s.syms[len(s.syms)-1]
}

// symtable is the result of the symbol table passes.
type symtable struct {
	top    *scope
	scopes map[syntax.Node]*scope
}

// stBuilder walks the tree to build the symbol table.
type stBuilder struct {
	filename string
	st       symtable
	cur      *scope
	private  string // the class name for name mangling, "" outside classes
	future   futureFlags
}

// stError is the panic value that carries a SyntaxError out of the
// recursive passes to Compile.
type stError struct{ err *syntax.SyntaxError }

func newError(filename, msg string, p *syntax.Pos) *syntax.SyntaxError {
	e := &syntax.SyntaxError{Kind: syntax.KindSyntaxError, Msg: msg, Filename: filename}
	if p != nil {
		e.Lineno = p.Lineno
		e.Offset = p.ColOffset + 1
		e.EndLineno = p.EndLineno
		e.EndOffset = p.EndColOffset + 1
	}
	return e
}

func (b *stBuilder) fail(msg string, p *syntax.Pos) {
	panic(stError{newError(b.filename, msg, p)})
}

// buildSymtable runs both passes over root.
func buildSymtable(filename string, root syntax.Root, future futureFlags) *symtable {
	b := &stBuilder{filename: filename, future: future}
	b.st.scopes = make(map[syntax.Node]*scope)
	top := &scope{kind: moduleScope, name: "<module>", node: root}
	b.st.top = top
	b.st.scopes[root] = top
	b.cur = top
	switch r := root.(type) {
	case *syntax.Module:
		b.stmts(r.Body)
	case *syntax.Interactive:
		b.stmts(r.Body)
	case *syntax.Expression:
		b.expr(r.Body)
	case *syntax.FunctionType:
		b.exprs(r.Argtypes)
		b.expr(r.Returns)
	}
	analyze(&b.st, filename)
	return &b.st
}

func (b *stBuilder) enter(kind scopeKind, name string, node syntax.Node) *scope {
	s := &scope{kind: kind, name: name, node: node, parent: b.cur}
	s.nested = b.cur.nested || b.cur.kind == functionScope
	b.cur.children = append(b.cur.children, s)
	b.st.scopes[node] = s
	b.cur = s
	return s
}

func (b *stBuilder) exit() { b.cur = b.cur.parent }

// addDef records a use of name in the current scope.
func (b *stBuilder) addDef(name string, flag uint16, p *syntax.Pos) {
	b.addDefIn(b.cur, name, flag, p)
}

func (b *stBuilder) addDefIn(s *scope, name string, flag uint16, p *syntax.Pos) {
	mangled := mangle(b.private, name)
	old := s.lookup(mangled)
	if flag&defParam != 0 && old&defParam != 0 {
		b.fail("duplicate argument '"+name+"' in function definition", p)
	}
	val := old | flag
	if s.compIterTarget {
		if val&(defGlobal|defNonlocal) != 0 {
			b.fail("comprehension inner loop cannot rebind assignment expression target '"+name+"'", p)
		}
		val |= defCompIter
	}
	s.addFlags(mangled, val)
	if flag&defParam != 0 {
		s.params = append(s.params, mangled)
	} else if flag&defGlobal != 0 {
		// A global declaration anywhere makes the name explicitly
		// global in the module too, as in CPython.
		b.st.top.addFlags(mangled, defGlobal)
	}
}

// mangle applies private name mangling: inside class C, __x becomes
// _C__x (not __x__, nor dotted names, nor when C is all underscores).
func mangle(private, name string) string {
	if private == "" || len(name) < 3 || name[0] != '_' || name[1] != '_' {
		return name
	}
	if strings.HasSuffix(name, "__") || strings.IndexByte(name, '.') >= 0 {
		return name
	}
	p := strings.TrimLeft(private, "_")
	if p == "" {
		return name
	}
	return "_" + p + name
}

func (b *stBuilder) stmts(list []syntax.Stmt) {
	for _, s := range list {
		b.stmt(s)
	}
}

func (b *stBuilder) exprs(list []syntax.Expr) {
	for _, e := range list {
		if e != nil {
			b.expr(e)
		}
	}
}

func (b *stBuilder) stmt(s syntax.Stmt) {
	switch s := s.(type) {
	case *syntax.FunctionDef:
		if len(s.TypeParams) > 0 {
			b.fail(unsupportedTypeParams, s.TypeParams[0].Position())
		}
		b.addDef(s.Name, defLocal, &s.Pos)
		b.argDefaults(s.Args)
		b.annotations(s, s.Args, s.Returns)
		b.exprs(s.DecoratorList)
		fs := b.enter(functionScope, s.Name, s)
		b.params(fs, s.Args)
		b.stmts(s.Body)
		b.exit()
	case *syntax.ClassDef:
		if len(s.TypeParams) > 0 {
			b.fail(unsupportedTypeParams, s.TypeParams[0].Position())
		}
		b.addDef(s.Name, defLocal, &s.Pos)
		b.exprs(s.Bases)
		for _, k := range s.Keywords {
			b.expr(k.Value)
		}
		b.exprs(s.DecoratorList)
		b.enter(classScope, s.Name, s)
		saved := b.private
		b.private = s.Name
		b.stmts(s.Body)
		b.private = saved
		b.exit()
	case *syntax.Return:
		if s.Value != nil {
			b.expr(s.Value)
		}
	case *syntax.Delete:
		b.exprs(s.Targets)
	case *syntax.Assign:
		b.exprs(s.Targets)
		b.expr(s.Value)
	case *syntax.AnnAssign:
		b.annAssign(s)
	case *syntax.AugAssign:
		b.expr(s.Target)
		b.expr(s.Value)
	case *syntax.For:
		b.expr(s.Target)
		b.expr(s.Iter)
		b.stmts(s.Body)
		b.stmts(s.Orelse)
	case *syntax.While:
		b.expr(s.Test)
		b.stmts(s.Body)
		b.stmts(s.Orelse)
	case *syntax.If:
		b.expr(s.Test)
		b.stmts(s.Body)
		b.stmts(s.Orelse)
	case *syntax.Raise:
		if s.Exc != nil {
			b.expr(s.Exc)
		}
		if s.Cause != nil {
			b.expr(s.Cause)
		}
	case *syntax.Try:
		b.try(s.Body, s.Handlers, s.Orelse, s.Finalbody)
	case *syntax.TryStar:
		b.try(s.Body, s.Handlers, s.Orelse, s.Finalbody)
	case *syntax.Assert:
		b.expr(s.Test)
		if s.Msg != nil {
			b.expr(s.Msg)
		}
	case *syntax.Import:
		b.aliases(s.Names)
	case *syntax.ImportFrom:
		b.aliases(s.Names)
	case *syntax.Global:
		b.declare(s.Names, defGlobal, &s.Pos)
	case *syntax.Nonlocal:
		b.declare(s.Names, defNonlocal, &s.Pos)
	case *syntax.ExprStmt:
		b.expr(s.Value)
	case *syntax.With:
		for _, it := range s.Items {
			b.expr(it.ContextExpr)
			if it.OptionalVars != nil {
				b.expr(it.OptionalVars)
			}
		}
		b.stmts(s.Body)
	case *syntax.Pass, *syntax.Break, *syntax.Continue:
	case *syntax.AsyncFunctionDef:
		b.fail("'async def' functions are not supported yet", &s.Pos)
	case *syntax.AsyncFor:
		b.fail("'async for' loops are not supported yet", &s.Pos)
	case *syntax.AsyncWith:
		b.fail("'async with' statements are not supported yet", &s.Pos)
	case *syntax.Match:
		b.fail("'match' statements are not supported yet", &s.Pos)
	case *syntax.TypeAlias:
		b.fail("'type' statements are not supported yet", &s.Pos)
	}
}

const unsupportedTypeParams = "type parameters are not supported yet"

func (b *stBuilder) try(body []syntax.Stmt, handlers []*syntax.ExceptHandler, orelse, final []syntax.Stmt) {
	b.stmts(body)
	b.stmts(orelse)
	for _, h := range handlers {
		if h.Type != nil {
			b.expr(h.Type)
		}
		if h.Name != "" {
			b.addDef(h.Name, defLocal, &h.Pos)
		}
		b.stmts(h.Body)
	}
	b.stmts(final)
}

func (b *stBuilder) annAssign(s *syntax.AnnAssign) {
	if name, ok := s.Target.(*syntax.Name); ok {
		cur := b.cur.lookup(mangle(b.private, name.Id))
		if cur&(defGlobal|defNonlocal) != 0 && b.cur != b.st.top && s.Simple != 0 {
			msg := "annotated name '" + name.Id + "' can't be nonlocal"
			if cur&defGlobal != 0 {
				msg = "annotated name '" + name.Id + "' can't be global"
			}
			b.fail(msg, &s.Pos)
		}
		if s.Simple != 0 {
			b.addDef(name.Id, defAnnot|defLocal, &name.Pos)
		} else if s.Value != nil {
			b.addDef(name.Id, defLocal, &name.Pos)
		}
	} else {
		b.expr(s.Target)
	}
	b.annotation(s.Annotation, s.Annotation)
	if s.Value != nil {
		b.expr(s.Value)
	}
}

// annotation visits one annotation: in the current scope, or in a scope
// of its own under `from __future__ import annotations`.
func (b *stBuilder) annotation(key syntax.Node, e syntax.Expr) {
	if b.future&futureAnnotations != 0 {
		b.enter(annotationScope, "_annotation", key)
		b.expr(e)
		b.exit()
		return
	}
	b.expr(e)
}

// annotations visits the parameter and return annotations of a def.
func (b *stBuilder) annotations(key syntax.Node, a *syntax.Arguments, returns syntax.Expr) {
	future := b.future&futureAnnotations != 0
	if future {
		b.enter(annotationScope, "_annotation", a)
	}
	visit := func(list []*syntax.Arg) {
		for _, p := range list {
			if p.Annotation != nil {
				b.expr(p.Annotation)
			}
		}
	}
	visit(a.Posonlyargs)
	visit(a.Args)
	if a.Vararg != nil && a.Vararg.Annotation != nil {
		b.expr(a.Vararg.Annotation)
	}
	if a.Kwarg != nil && a.Kwarg.Annotation != nil {
		b.expr(a.Kwarg.Annotation)
	}
	visit(a.Kwonlyargs)
	if returns != nil {
		b.expr(returns)
	}
	if future {
		b.exit()
	}
}

func (b *stBuilder) argDefaults(a *syntax.Arguments) {
	b.exprs(a.Defaults)
	b.exprs(a.KwDefaults)
}

func (b *stBuilder) params(s *scope, a *syntax.Arguments) {
	for _, p := range a.Posonlyargs {
		b.addDef(p.Arg, defParam, &p.Pos)
	}
	for _, p := range a.Args {
		b.addDef(p.Arg, defParam, &p.Pos)
	}
	for _, p := range a.Kwonlyargs {
		b.addDef(p.Arg, defParam, &p.Pos)
	}
	if a.Vararg != nil {
		b.addDef(a.Vararg.Arg, defParam, &a.Vararg.Pos)
		s.varArgs = true
	}
	if a.Kwarg != nil {
		b.addDef(a.Kwarg.Arg, defParam, &a.Kwarg.Pos)
		s.varKw = true
	}
}

func (b *stBuilder) aliases(list []*syntax.Alias) {
	for _, a := range list {
		name := a.Asname
		if name == "" {
			name = a.Name
			if i := strings.IndexByte(name, '.'); i >= 0 {
				name = name[:i]
			}
		}
		if name == "*" {
			if b.cur.kind != moduleScope {
				b.fail("import * only allowed at module level", &a.Pos)
			}
			continue
		}
		b.addDef(name, defImport, &a.Pos)
	}
}

// declare handles global and nonlocal statements.
func (b *stBuilder) declare(names []string, flag uint16, p *syntax.Pos) {
	kind := "global"
	if flag == defNonlocal {
		kind = "nonlocal"
	}
	for _, name := range names {
		cur := b.cur.lookup(mangle(b.private, name))
		if cur&(defParam|defLocal|defUse|defAnnot) != 0 {
			var msg string
			switch {
			case cur&defParam != 0:
				msg = "name '" + name + "' is parameter and " + kind
			case cur&defUse != 0:
				msg = "name '" + name + "' is used prior to " + kind + " declaration"
			case cur&defAnnot != 0:
				msg = "annotated name '" + name + "' can't be " + kind
			default:
				msg = "name '" + name + "' is assigned to before " + kind + " declaration"
			}
			b.fail(msg, p)
		}
		b.addDef(name, flag, p)
		b.cur.directives = append(b.cur.directives, directiveRec{mangle(b.private, name), *p})
	}
}

func (b *stBuilder) expr(e syntax.Expr) {
	switch e := e.(type) {
	case *syntax.Name:
		flag := defUse
		if e.Ctx != syntax.Load {
			flag = defLocal
		}
		b.addDef(e.Id, flag, &e.Pos)
		if e.Ctx == syntax.Load && b.cur.kind == functionScope && e.Id == "super" {
			b.addDef("__class__", defUse, &e.Pos)
		}
	case *syntax.Constant:
	case *syntax.BoolOpExpr:
		b.exprs(e.Values)
	case *syntax.NamedExpr:
		b.namedExpr(e)
	case *syntax.BinOp:
		b.expr(e.Left)
		b.expr(e.Right)
	case *syntax.UnaryOpExpr:
		b.expr(e.Operand)
	case *syntax.Lambda:
		b.argDefaults(e.Args)
		ls := b.enter(functionScope, "<lambda>", e)
		ls.lambda = true
		b.params(ls, e.Args)
		b.expr(e.Body)
		b.exit()
	case *syntax.IfExp:
		b.expr(e.Test)
		b.expr(e.Body)
		b.expr(e.Orelse)
	case *syntax.Dict:
		b.exprs(e.Keys)
		b.exprs(e.Values)
	case *syntax.Set:
		b.exprs(e.Elts)
	case *syntax.ListComp:
		b.comprehension(e, "<listcomp>", listComp, e.Generators, e.Elt, nil)
	case *syntax.SetComp:
		b.comprehension(e, "<setcomp>", setComp, e.Generators, e.Elt, nil)
	case *syntax.DictComp:
		b.comprehension(e, "<dictcomp>", dictComp, e.Generators, e.Key, e.Value)
	case *syntax.GeneratorExp:
		b.comprehension(e, "<genexpr>", genExp, e.Generators, e.Elt, nil)
	case *syntax.Yield:
		b.checkAnnotation("yield expression", &e.Pos)
		if e.Value != nil {
			b.expr(e.Value)
		}
		b.yield(&e.Pos)
	case *syntax.YieldFrom:
		b.checkAnnotation("yield expression", &e.Pos)
		b.expr(e.Value)
		b.yield(&e.Pos)
	case *syntax.Await:
		b.fail("'await' expressions are not supported yet", &e.Pos)
	case *syntax.Compare:
		b.expr(e.Left)
		b.exprs(e.Comparators)
	case *syntax.Call:
		b.expr(e.Func)
		b.exprs(e.Args)
		for _, k := range e.Keywords {
			b.expr(k.Value)
		}
	case *syntax.FormattedValue:
		b.expr(e.Value)
		if e.FormatSpec != nil {
			b.expr(e.FormatSpec)
		}
	case *syntax.JoinedStr:
		b.exprs(e.Values)
	case *syntax.Attribute:
		b.expr(e.Value)
	case *syntax.Subscript:
		b.expr(e.Value)
		b.expr(e.Slice)
	case *syntax.Starred:
		b.expr(e.Value)
	case *syntax.List:
		b.exprs(e.Elts)
	case *syntax.Tuple:
		b.exprs(e.Elts)
	case *syntax.Slice:
		if e.Lower != nil {
			b.expr(e.Lower)
		}
		if e.Upper != nil {
			b.expr(e.Upper)
		}
		if e.Step != nil {
			b.expr(e.Step)
		}
	}
}

func (b *stBuilder) checkAnnotation(what string, p *syntax.Pos) {
	if b.cur.kind == annotationScope {
		b.fail("'"+what+"' can not be used within an annotation", p)
	}
}

func (b *stBuilder) yield(p *syntax.Pos) {
	b.cur.generator = true
	switch b.cur.comp {
	case listComp:
		b.fail("'yield' inside list comprehension", p)
	case setComp:
		b.fail("'yield' inside set comprehension", p)
	case dictComp:
		b.fail("'yield' inside dict comprehension", p)
	case genExp:
		b.fail("'yield' inside generator expression", p)
	}
}

func (b *stBuilder) namedExpr(e *syntax.NamedExpr) {
	b.checkAnnotation("named expression", &e.Pos)
	if b.cur.compIterExpr > 0 {
		b.fail("assignment expression cannot be used in a comprehension iterable expression", &e.Pos)
	}
	if b.cur.comp != notComp {
		b.extendNamedExprScope(e)
	}
	b.expr(e.Value)
	b.expr(e.Target)
}

// extendNamedExprScope binds the target of a walrus inside a
// comprehension in the nearest enclosing function or module scope.
func (b *stBuilder) extendNamedExprScope(e *syntax.NamedExpr) {
	target, ok := e.Target.(*syntax.Name)
	if !ok {
		return
	}
	name := target.Id
	for s := b.cur; s != nil; s = s.parent {
		if s.comp != notComp {
			if s.lookup(mangle(b.private, name))&defCompIter != 0 {
				b.fail("assignment expression cannot rebind comprehension iteration variable '"+name+"'", &target.Pos)
			}
			continue
		}
		switch s.kind {
		case functionScope:
			if s.lookup(mangle(b.private, name))&defGlobal != 0 {
				b.addDef(name, defGlobal, &e.Pos)
			} else {
				b.addDef(name, defNonlocal, &e.Pos)
			}
			b.cur.directives = append(b.cur.directives, directiveRec{mangle(b.private, name), e.Pos})
			b.addDefIn(s, name, defLocal, &e.Pos)
			return
		case moduleScope:
			b.addDef(name, defGlobal, &e.Pos)
			b.cur.directives = append(b.cur.directives, directiveRec{mangle(b.private, name), e.Pos})
			b.addDefIn(s, name, defGlobal, &e.Pos)
			return
		case classScope:
			b.fail("assignment expression within a comprehension cannot be used in a class body", &target.Pos)
		}
	}
}

func (b *stBuilder) comprehension(e syntax.Expr, name string, kind compKind, gens []*syntax.Comprehension, elt, value syntax.Expr) {
	outer := gens[0]
	b.cur.compIterExpr++
	b.expr(outer.Iter)
	b.cur.compIterExpr--
	s := b.enter(functionScope, name, e)
	s.comp = kind
	if outer.IsAsync != 0 {
		b.fail("asynchronous comprehensions are not supported yet", e.Position())
	}
	b.addDef(".0", defParam, e.Position())
	s.compIterTarget = true
	b.expr(outer.Target)
	s.compIterTarget = false
	b.exprs(outer.Ifs)
	for _, g := range gens[1:] {
		if g.IsAsync != 0 {
			b.fail("asynchronous comprehensions are not supported yet", e.Position())
		}
		s.compIterTarget = true
		b.expr(g.Target)
		s.compIterTarget = false
		s.compIterExpr++
		b.expr(g.Iter)
		s.compIterExpr--
		b.exprs(g.Ifs)
	}
	if value != nil {
		b.expr(value)
	}
	b.expr(elt)
	s.generator = kind == genExp
	b.exit()
}

// sortedNames returns the names of the symbols of s whose resolved scope
// is sc (and, for cells, that are not parameters), sorted.
func sortedNames(s *scope, pick func(*symbol) bool) []string {
	var names []string
	for i := range s.syms {
		if pick(&s.syms[i]) {
			names = append(names, s.syms[i].name)
		}
	}
	sort.Strings(names)
	return names
}
