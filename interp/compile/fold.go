package compile

import "gilfree/interp/syntax"

// This file folds constant expressions in the tree before the symbol
// table is built, as CPython's AST optimizer does: operators on literal
// operands, tuples of constants, constant subscripts, `__debug__`, `not`
// over a single is/in comparison, and lists or sets that are only
// iterated or tested for membership (`x in [1, 2]`, `for x in [1, 2]`)
// into constant tuples and frozensets.
//
// Folding never changes what a program does: an operation that would
// raise (1/0, 1 << -1) or build a large value (2**1000, 'a' * 10**6) is
// left for run time, and a float or complex result is folded only when
// it is bit-identical to what CPython computes (see foldnum.go).
//
// The tree is rewritten in place: a folded node's slot in its parent
// gets a new Constant with the folded node's position.

// Under `from __future__ import annotations`, annotations are left as
// written: they become their source text, which must not show folding.
type folder struct {
	keepAnnotations bool
}

func foldRoot(root syntax.Root, future futureFlags) {
	f := folder{keepAnnotations: future&futureAnnotations != 0}
	switch r := root.(type) {
	case *syntax.Module:
		f.stmts(r.Body)
	case *syntax.Interactive:
		f.stmts(r.Body)
	case *syntax.Expression:
		r.Body = f.expr(r.Body)
	case *syntax.FunctionType:
		f.exprs(r.Argtypes)
		r.Returns = f.expr(r.Returns)
	}
}

func (f *folder) stmts(list []syntax.Stmt) {
	for _, s := range list {
		f.stmt(s)
	}
}

func (f *folder) exprs(list []syntax.Expr) {
	for i, e := range list {
		if e != nil {
			list[i] = f.expr(e)
		}
	}
}

func (f *folder) opt(e syntax.Expr) syntax.Expr {
	if e == nil {
		return nil
	}
	return f.expr(e)
}

// annotation folds an annotation, unless annotations are kept as written.
func (f *folder) annotation(e syntax.Expr) syntax.Expr {
	if f.keepAnnotations {
		return e
	}
	return f.opt(e)
}

func (f *folder) args(a *syntax.Arguments) {
	for _, list := range [][]*syntax.Arg{a.Posonlyargs, a.Args, a.Kwonlyargs} {
		for _, p := range list {
			p.Annotation = f.annotation(p.Annotation)
		}
	}
	if a.Vararg != nil {
		a.Vararg.Annotation = f.annotation(a.Vararg.Annotation)
	}
	if a.Kwarg != nil {
		a.Kwarg.Annotation = f.annotation(a.Kwarg.Annotation)
	}
	f.exprs(a.KwDefaults)
	f.exprs(a.Defaults)
}

func (f *folder) stmt(s syntax.Stmt) {
	switch s := s.(type) {
	case *syntax.FunctionDef:
		f.args(s.Args)
		f.stmts(s.Body)
		f.exprs(s.DecoratorList)
		s.Returns = f.annotation(s.Returns)
	case *syntax.AsyncFunctionDef:
		f.args(s.Args)
		f.stmts(s.Body)
		f.exprs(s.DecoratorList)
		s.Returns = f.annotation(s.Returns)
	case *syntax.ClassDef:
		f.exprs(s.Bases)
		for _, k := range s.Keywords {
			k.Value = f.expr(k.Value)
		}
		f.stmts(s.Body)
		f.exprs(s.DecoratorList)
	case *syntax.Return:
		s.Value = f.opt(s.Value)
	case *syntax.Delete:
		f.exprs(s.Targets)
	case *syntax.Assign:
		f.exprs(s.Targets)
		s.Value = f.expr(s.Value)
	case *syntax.AugAssign:
		s.Target = f.expr(s.Target)
		s.Value = f.expr(s.Value)
	case *syntax.AnnAssign:
		s.Target = f.expr(s.Target)
		s.Annotation = f.annotation(s.Annotation)
		s.Value = f.opt(s.Value)
	case *syntax.For:
		s.Target = f.expr(s.Target)
		s.Iter = f.iter(f.expr(s.Iter))
		f.stmts(s.Body)
		f.stmts(s.Orelse)
	case *syntax.AsyncFor:
		s.Target = f.expr(s.Target)
		s.Iter = f.expr(s.Iter)
		f.stmts(s.Body)
		f.stmts(s.Orelse)
	case *syntax.While:
		s.Test = f.expr(s.Test)
		f.stmts(s.Body)
		f.stmts(s.Orelse)
	case *syntax.If:
		s.Test = f.expr(s.Test)
		f.stmts(s.Body)
		f.stmts(s.Orelse)
	case *syntax.With:
		for _, it := range s.Items {
			it.ContextExpr = f.expr(it.ContextExpr)
			it.OptionalVars = f.opt(it.OptionalVars)
		}
		f.stmts(s.Body)
	case *syntax.AsyncWith:
		for _, it := range s.Items {
			it.ContextExpr = f.expr(it.ContextExpr)
			it.OptionalVars = f.opt(it.OptionalVars)
		}
		f.stmts(s.Body)
	case *syntax.Raise:
		s.Exc = f.opt(s.Exc)
		s.Cause = f.opt(s.Cause)
	case *syntax.Try:
		f.try(s.Body, s.Handlers, s.Orelse, s.Finalbody)
	case *syntax.TryStar:
		f.try(s.Body, s.Handlers, s.Orelse, s.Finalbody)
	case *syntax.Assert:
		s.Test = f.expr(s.Test)
		s.Msg = f.opt(s.Msg)
	case *syntax.ExprStmt:
		s.Value = f.expr(s.Value)
	case *syntax.Match:
		s.Subject = f.expr(s.Subject)
		for _, c := range s.Cases {
			c.Guard = f.opt(c.Guard)
			f.stmts(c.Body)
		}
	}
}

func (f *folder) try(body []syntax.Stmt, handlers []*syntax.ExceptHandler, orelse, final []syntax.Stmt) {
	f.stmts(body)
	for _, h := range handlers {
		h.Type = f.opt(h.Type)
		f.stmts(h.Body)
	}
	f.stmts(orelse)
	f.stmts(final)
}

func (f *folder) generators(gens []*syntax.Comprehension) {
	for _, g := range gens {
		g.Target = f.expr(g.Target)
		g.Iter = f.iter(f.expr(g.Iter))
		f.exprs(g.Ifs)
	}
}

// constant returns a new Constant at e's position.
func constant(e syntax.Expr, v syntax.Value) *syntax.Constant {
	c := &syntax.Constant{Value: v}
	c.Pos = *e.Position()
	return c
}

func constValue(e syntax.Expr) (syntax.Value, bool) {
	if c, ok := e.(*syntax.Constant); ok {
		return c.Value, true
	}
	return nil, false
}

// expr folds e's children, then e itself, and returns what replaces e.
func (f *folder) expr(e syntax.Expr) syntax.Expr {
	switch e := e.(type) {
	case *syntax.Name:
		if e.Ctx == syntax.Load && e.Id == "__debug__" {
			return constant(e, true)
		}
	case *syntax.BoolOpExpr:
		f.exprs(e.Values)
	case *syntax.NamedExpr:
		e.Value = f.expr(e.Value)
	case *syntax.BinOp:
		e.Left = f.expr(e.Left)
		e.Right = f.expr(e.Right)
		if l, ok := constValue(e.Left); ok {
			if r, ok := constValue(e.Right); ok {
				if v, ok := foldBinary(e.Op, l, r); ok {
					return constant(e, v)
				}
			}
		}
	case *syntax.UnaryOpExpr:
		e.Operand = f.expr(e.Operand)
		if v, ok := constValue(e.Operand); ok {
			if r, ok := foldUnary(e.Op, v); ok {
				return constant(e, r)
			}
		} else if e.Op == syntax.Not {
			if c, ok := e.Operand.(*syntax.Compare); ok && len(c.Ops) == 1 {
				if op, ok := invertCmp(c.Ops[0]); ok {
					c.Ops[0] = op
					c.Pos = e.Pos
					return c
				}
			}
		}
	case *syntax.Lambda:
		f.args(e.Args)
		e.Body = f.expr(e.Body)
	case *syntax.IfExp:
		e.Test = f.expr(e.Test)
		e.Body = f.expr(e.Body)
		e.Orelse = f.expr(e.Orelse)
	case *syntax.Dict:
		f.exprs(e.Keys)
		f.exprs(e.Values)
	case *syntax.Set:
		f.exprs(e.Elts)
	case *syntax.ListComp:
		e.Elt = f.expr(e.Elt)
		f.generators(e.Generators)
	case *syntax.SetComp:
		e.Elt = f.expr(e.Elt)
		f.generators(e.Generators)
	case *syntax.DictComp:
		e.Key = f.expr(e.Key)
		e.Value = f.expr(e.Value)
		f.generators(e.Generators)
	case *syntax.GeneratorExp:
		e.Elt = f.expr(e.Elt)
		f.generators(e.Generators)
	case *syntax.Await:
		e.Value = f.expr(e.Value)
	case *syntax.Yield:
		e.Value = f.opt(e.Value)
	case *syntax.YieldFrom:
		e.Value = f.expr(e.Value)
	case *syntax.Compare:
		e.Left = f.expr(e.Left)
		f.exprs(e.Comparators)
		last := len(e.Ops) - 1
		if last >= 0 && (e.Ops[last] == syntax.In || e.Ops[last] == syntax.NotIn) {
			e.Comparators[last] = f.iter(e.Comparators[last])
		}
	case *syntax.Call:
		e.Func = f.expr(e.Func)
		f.exprs(e.Args)
		for _, k := range e.Keywords {
			k.Value = f.expr(k.Value)
		}
	case *syntax.FormattedValue:
		e.Value = f.expr(e.Value)
		e.FormatSpec = f.opt(e.FormatSpec)
	case *syntax.JoinedStr:
		f.exprs(e.Values)
	case *syntax.Attribute:
		e.Value = f.expr(e.Value)
	case *syntax.Subscript:
		e.Value = f.expr(e.Value)
		e.Slice = f.expr(e.Slice)
		if e.Ctx == syntax.Load {
			if c, ok := constValue(e.Value); ok {
				if i, ok := constValue(e.Slice); ok {
					if v, ok := foldSubscript(c, i); ok {
						return constant(e, v)
					}
				}
			}
		}
	case *syntax.Starred:
		e.Value = f.expr(e.Value)
	case *syntax.List:
		f.exprs(e.Elts)
	case *syntax.Tuple:
		f.exprs(e.Elts)
		if e.Ctx == syntax.Load {
			if t, ok := constTuple(e.Elts); ok {
				return constant(e, t)
			}
		}
	case *syntax.Slice:
		e.Lower = f.opt(e.Lower)
		e.Upper = f.opt(e.Upper)
		e.Step = f.opt(e.Step)
	}
	return e
}

// constTuple returns the tuple of the values of elts if all are constants.
func constTuple(elts []syntax.Expr) (Tuple, bool) {
	t := make(Tuple, len(elts))
	for i, e := range elts {
		v, ok := constValue(e)
		if !ok {
			return nil, false
		}
		t[i] = v
	}
	return t, true
}

// iter rewrites an expression that is only iterated or searched: a list
// display becomes a tuple (constant if it can), a set display of
// constants a constant frozenset.
func (f *folder) iter(e syntax.Expr) syntax.Expr {
	switch e := e.(type) {
	case *syntax.List:
		for _, x := range e.Elts {
			if _, ok := x.(*syntax.Starred); ok {
				return e
			}
		}
		if t, ok := constTuple(e.Elts); ok {
			return constant(e, t)
		}
		tu := &syntax.Tuple{Elts: e.Elts, Ctx: e.Ctx}
		tu.Pos = e.Pos
		return tu
	case *syntax.Set:
		if t, ok := constTuple(e.Elts); ok {
			return constant(e, FrozenSet(t))
		}
	}
	return e
}

// invertCmp returns the comparison that `not` turns op into, for the
// operators where that is always right (identity and membership).
func invertCmp(op syntax.CmpOp) (syntax.CmpOp, bool) {
	switch op {
	case syntax.Is:
		return syntax.IsNot, true
	case syntax.IsNot:
		return syntax.Is, true
	case syntax.In:
		return syntax.NotIn, true
	case syntax.NotIn:
		return syntax.In, true
	}
	return op, false
}
