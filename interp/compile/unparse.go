package compile

import (
	"math/big"
	"strings"

	"gilfree/interp/syntax"
	"gilfree/runtime/pyfmt"
)

// This file turns an annotation back into source text, for
// `from __future__ import annotations`. The text is what CPython 3.11's
// compiler produces (Python/ast_unparse.c), which is not always what
// ast.unparse gives: spacing and parentheses follow its precedence
// table, constants use repr (with infinities written 1e309), and the
// tree is the constant-folded one.

// Precedence levels, loosest first.
const (
	prTuple = iota
	prTest  // if-else, lambda
	prOr
	prAnd
	prNot
	prCmp
	prExpr // |
	prBxor
	prBand
	prShift
	prArith
	prTerm
	prFactor
	prPower
	prAwait
	prAtom
)

const prBor = prExpr

// unparse returns the source text of an annotation.
func unparse(e syntax.Expr) string {
	var b strings.Builder
	appendExpr(&b, e, prTest)
	return b.String()
}

func openParen(b *strings.Builder, cond bool) {
	if cond {
		b.WriteByte('(')
	}
}

func closeParen(b *strings.Builder, cond bool) {
	if cond {
		b.WriteByte(')')
	}
}

var binOpText = [...]string{" + ", " - ", " * ", " @ ", " / ", " % ", " ** ", " << ", " >> ", " | ", " ^ ", " & ", " // "}
var binOpLevel = [...]int{prArith, prArith, prTerm, prTerm, prTerm, prTerm, prPower, prShift, prShift, prBor, prBxor, prBand, prTerm}
var cmpOpText = [...]string{" == ", " != ", " < ", " <= ", " > ", " >= ", " is ", " is not ", " in ", " not in "}

func appendExprs(b *strings.Builder, list []syntax.Expr, level int) {
	for i, x := range list {
		if i > 0 {
			b.WriteString(", ")
		}
		appendExpr(b, x, level)
	}
}

func appendExpr(b *strings.Builder, e syntax.Expr, level int) {
	switch e := e.(type) {
	case *syntax.BoolOpExpr:
		op, pr := " and ", prAnd
		if e.Op == syntax.Or {
			op, pr = " or ", prOr
		}
		openParen(b, level > pr)
		for i, v := range e.Values {
			if i > 0 {
				b.WriteString(op)
			}
			appendExpr(b, v, pr+1)
		}
		closeParen(b, level > pr)
	case *syntax.BinOp:
		pr := binOpLevel[e.Op]
		right := 0
		if e.Op == syntax.Pow {
			right = 1
		}
		openParen(b, level > pr)
		appendExpr(b, e.Left, pr+right)
		b.WriteString(binOpText[e.Op])
		appendExpr(b, e.Right, pr+1-right)
		closeParen(b, level > pr)
	case *syntax.UnaryOpExpr:
		op, pr := "-", prFactor
		switch e.Op {
		case syntax.Invert:
			op = "~"
		case syntax.Not:
			op, pr = "not ", prNot
		case syntax.UAdd:
			op = "+"
		}
		openParen(b, level > pr)
		b.WriteString(op)
		appendExpr(b, e.Operand, pr)
		closeParen(b, level > pr)
	case *syntax.Lambda:
		openParen(b, level > prTest)
		if len(e.Args.Args)+len(e.Args.Posonlyargs) > 0 {
			b.WriteString("lambda ")
		} else {
			b.WriteString("lambda")
		}
		appendArgs(b, e.Args)
		b.WriteString(": ")
		appendExpr(b, e.Body, prTest)
		closeParen(b, level > prTest)
	case *syntax.IfExp:
		openParen(b, level > prTest)
		appendExpr(b, e.Body, prTest+1)
		b.WriteString(" if ")
		appendExpr(b, e.Test, prTest+1)
		b.WriteString(" else ")
		appendExpr(b, e.Orelse, prTest)
		closeParen(b, level > prTest)
	case *syntax.Dict:
		b.WriteByte('{')
		for i, v := range e.Values {
			if i > 0 {
				b.WriteString(", ")
			}
			if e.Keys[i] != nil {
				appendExpr(b, e.Keys[i], prTest)
				b.WriteString(": ")
				appendExpr(b, v, prTest)
			} else {
				b.WriteString("**")
				appendExpr(b, v, prExpr)
			}
		}
		b.WriteByte('}')
	case *syntax.Set:
		if len(e.Elts) == 0 {
			b.WriteString("{*()}")
			return
		}
		b.WriteByte('{')
		appendExprs(b, e.Elts, prTest)
		b.WriteByte('}')
	case *syntax.ListComp:
		b.WriteByte('[')
		appendExpr(b, e.Elt, prTest)
		appendComprehensions(b, e.Generators)
		b.WriteByte(']')
	case *syntax.SetComp:
		b.WriteByte('{')
		appendExpr(b, e.Elt, prTest)
		appendComprehensions(b, e.Generators)
		b.WriteByte('}')
	case *syntax.DictComp:
		b.WriteByte('{')
		appendExpr(b, e.Key, prTest)
		b.WriteString(": ")
		appendExpr(b, e.Value, prTest)
		appendComprehensions(b, e.Generators)
		b.WriteByte('}')
	case *syntax.GeneratorExp:
		b.WriteByte('(')
		appendExpr(b, e.Elt, prTest)
		appendComprehensions(b, e.Generators)
		b.WriteByte(')')
	case *syntax.Await:
		openParen(b, level > prAwait)
		b.WriteString("await ")
		appendExpr(b, e.Value, prAtom)
		closeParen(b, level > prAwait)
	case *syntax.Yield:
		if e.Value == nil {
			b.WriteString("(yield)")
			return
		}
		b.WriteString("(yield ")
		appendExpr(b, e.Value, prTest)
		b.WriteByte(')')
	case *syntax.YieldFrom:
		b.WriteString("(yield from ")
		appendExpr(b, e.Value, prTest)
		b.WriteByte(')')
	case *syntax.Compare:
		openParen(b, level > prCmp)
		appendExpr(b, e.Left, prCmp+1)
		for i, op := range e.Ops {
			b.WriteString(cmpOpText[op])
			appendExpr(b, e.Comparators[i], prCmp+1)
		}
		closeParen(b, level > prCmp)
	case *syntax.Call:
		appendExpr(b, e.Func, prAtom)
		if len(e.Args) == 1 && len(e.Keywords) == 0 {
			if g, ok := e.Args[0].(*syntax.GeneratorExp); ok {
				appendExpr(b, g, prTest)
				return
			}
		}
		b.WriteByte('(')
		appendExprs(b, e.Args, prTest)
		for i, k := range e.Keywords {
			if i > 0 || len(e.Args) > 0 {
				b.WriteString(", ")
			}
			if k.Arg == "" {
				b.WriteString("**")
			} else {
				b.WriteString(k.Arg)
				b.WriteByte('=')
			}
			appendExpr(b, k.Value, prTest)
		}
		b.WriteByte(')')
	case *syntax.Constant:
		if e.Value == syntax.Ellipsis {
			b.WriteString("...")
			return
		}
		b.WriteString(e.Kind)
		appendConstant(b, e.Value)
	case *syntax.JoinedStr:
		b.WriteByte('f')
		b.WriteString(pyfmt.StrRepr(fstringBody(e.Values)))
	case *syntax.FormattedValue:
		b.WriteByte('f')
		b.WriteString(pyfmt.StrRepr(fstringBody([]syntax.Expr{e})))
	case *syntax.Attribute:
		appendExpr(b, e.Value, prAtom)
		if k, ok := e.Value.(*syntax.Constant); ok {
			if _, isInt := k.Value.(*big.Int); isInt {
				b.WriteByte(' ')
			}
		}
		b.WriteByte('.')
		b.WriteString(e.Attr)
	case *syntax.Subscript:
		appendExpr(b, e.Value, prAtom)
		b.WriteByte('[')
		appendExpr(b, e.Slice, prTuple)
		b.WriteByte(']')
	case *syntax.Starred:
		b.WriteByte('*')
		appendExpr(b, e.Value, prExpr)
	case *syntax.Name:
		b.WriteString(e.Id)
	case *syntax.List:
		b.WriteByte('[')
		appendExprs(b, e.Elts, prTest)
		b.WriteByte(']')
	case *syntax.Tuple:
		if len(e.Elts) == 0 {
			b.WriteString("()")
			return
		}
		openParen(b, level > prTuple)
		appendExprs(b, e.Elts, prTest)
		if len(e.Elts) == 1 {
			b.WriteByte(',')
		}
		closeParen(b, level > prTuple)
	case *syntax.Slice:
		if e.Lower != nil {
			appendExpr(b, e.Lower, prTest)
		}
		b.WriteByte(':')
		if e.Upper != nil {
			appendExpr(b, e.Upper, prTest)
		}
		if e.Step != nil {
			b.WriteByte(':')
			appendExpr(b, e.Step, prTest)
		}
	case *syntax.NamedExpr:
		openParen(b, level > prTuple)
		appendExpr(b, e.Target, prAtom)
		b.WriteString(" := ")
		appendExpr(b, e.Value, prAtom)
		closeParen(b, level > prTuple)
	}
}

func appendComprehensions(b *strings.Builder, gens []*syntax.Comprehension) {
	for _, g := range gens {
		if g.IsAsync != 0 {
			b.WriteString(" async for ")
		} else {
			b.WriteString(" for ")
		}
		appendExpr(b, g.Target, prTuple)
		b.WriteString(" in ")
		appendExpr(b, g.Iter, prTest+1)
		for _, cond := range g.Ifs {
			b.WriteString(" if ")
			appendExpr(b, cond, prTest+1)
		}
	}
}

func appendArgs(b *strings.Builder, a *syntax.Arguments) {
	first := true
	sep := func() {
		if !first {
			b.WriteString(", ")
		}
		first = false
	}
	positional := append(append([]*syntax.Arg{}, a.Posonlyargs...), a.Args...)
	for i, p := range positional {
		sep()
		appendArg(b, p)
		if di := i - len(positional) + len(a.Defaults); di >= 0 {
			b.WriteByte('=')
			appendExpr(b, a.Defaults[di], prTest)
		}
		if len(a.Posonlyargs) > 0 && i+1 == len(a.Posonlyargs) {
			b.WriteString(", /")
		}
	}
	if a.Vararg != nil || len(a.Kwonlyargs) > 0 {
		sep()
		b.WriteByte('*')
		if a.Vararg != nil {
			appendArg(b, a.Vararg)
		}
	}
	for i, p := range a.Kwonlyargs {
		sep()
		appendArg(b, p)
		if di := i - len(a.Kwonlyargs) + len(a.KwDefaults); di >= 0 && a.KwDefaults[di] != nil {
			b.WriteByte('=')
			appendExpr(b, a.KwDefaults[di], prTest)
		}
	}
	if a.Kwarg != nil {
		sep()
		b.WriteString("**")
		appendArg(b, a.Kwarg)
	}
}

func appendArg(b *strings.Builder, a *syntax.Arg) {
	b.WriteString(a.Arg)
	if a.Annotation != nil {
		b.WriteString(": ")
		appendExpr(b, a.Annotation, prTest)
	}
}

// appendConstant writes repr(v), with infinities as 1e309 so that the
// text evaluates back to them.
func appendConstant(b *strings.Builder, v syntax.Value) {
	switch v := v.(type) {
	case Tuple:
		b.WriteByte('(')
		for i, x := range v {
			if i > 0 {
				b.WriteString(", ")
			}
			appendConstant(b, x)
		}
		if len(v) == 1 {
			b.WriteByte(',')
		}
		b.WriteByte(')')
	case float64, complex128:
		b.WriteString(strings.ReplaceAll(constRepr(v), "inf", "1e309"))
	default:
		b.WriteString(constRepr(v))
	}
}

// fstringBody rebuilds the text between the quotes of an f-string.
func fstringBody(values []syntax.Expr) string {
	var b strings.Builder
	for _, v := range values {
		appendFstringElement(&b, v)
	}
	return b.String()
}

func appendFstringElement(b *strings.Builder, e syntax.Expr) {
	switch e := e.(type) {
	case *syntax.Constant:
		if s, ok := e.Value.(string); ok {
			s = strings.ReplaceAll(s, "{", "{{")
			b.WriteString(strings.ReplaceAll(s, "}", "}}"))
		}
	case *syntax.JoinedStr:
		for _, v := range e.Values {
			appendFstringElement(b, v)
		}
	case *syntax.FormattedValue:
		var inner strings.Builder
		appendExpr(&inner, e.Value, prTest+1)
		text := inner.String()
		if strings.HasPrefix(text, "{") {
			b.WriteString("{ ")
		} else {
			b.WriteByte('{')
		}
		b.WriteString(text)
		switch e.Conversion {
		case 'a':
			b.WriteString("!a")
		case 'r':
			b.WriteString("!r")
		case 's':
			b.WriteString("!s")
		}
		if e.FormatSpec != nil {
			b.WriteByte(':')
			appendFstringElement(b, e.FormatSpec)
		}
		b.WriteByte('}')
	}
}
