package compile

import (
	"gilfree/interp/syntax"
)

// This file compiles expressions: operators, displays, calls, f-strings,
// subscripts and attributes, assignment targets, and the conditional
// jumps of if, while and boolean operators.

func (c *compiler) expr(e syntax.Expr) {
	old := c.setLoc(e.Position())
	c.expr1(e)
	c.u.loc = old
}

func (c *compiler) expr1(e syntax.Expr) {
	switch e := e.(type) {
	case *syntax.Name:
		c.nameOp(e.Id, e.Ctx)
	case *syntax.Constant:
		c.loadConst(e.Value)
	case *syntax.BoolOpExpr:
		end := c.newLabel()
		op := JUMP_IF_FALSE_OR_POP
		if e.Op == syntax.Or {
			op = JUMP_IF_TRUE_OR_POP
		}
		last := len(e.Values) - 1
		for _, v := range e.Values[:last] {
			c.expr(v)
			c.emitJump(op, end)
		}
		c.expr(e.Values[last])
		c.useLabel(end)
	case *syntax.NamedExpr:
		c.expr(e.Value)
		c.emitArg(COPY, 1)
		c.expr(e.Target)
	case *syntax.BinOp:
		c.expr(e.Left)
		c.expr(e.Right)
		c.emitArg(BINARY_OP, int32(e.Op))
	case *syntax.UnaryOpExpr:
		c.expr(e.Operand)
		switch e.Op {
		case syntax.Invert:
			c.emit(UNARY_INVERT)
		case syntax.Not:
			c.emit(UNARY_NOT)
		case syntax.UAdd:
			c.emit(UNARY_POSITIVE)
		default:
			c.emit(UNARY_NEGATIVE)
		}
	case *syntax.Lambda:
		c.lambda(e)
	case *syntax.IfExp:
		orelse, end := c.newLabel(), c.newLabel()
		c.jumpIf(e.Test, orelse, false)
		c.expr(e.Body)
		c.emitJump(JUMP, end)
		c.useLabel(orelse)
		c.expr(e.Orelse)
		c.useLabel(end)
	case *syntax.Dict:
		c.dict(e)
	case *syntax.Set:
		c.starUnpack(e.Elts, 0, BUILD_SET, SET_ADD, SET_UPDATE, false)
	case *syntax.ListComp:
		c.comprehension(e, e.Generators, e.Elt, nil)
	case *syntax.SetComp:
		c.comprehension(e, e.Generators, e.Elt, nil)
	case *syntax.DictComp:
		c.comprehension(e, e.Generators, e.Key, e.Value)
	case *syntax.GeneratorExp:
		c.comprehension(e, e.Generators, e.Elt, nil)
	case *syntax.Yield:
		if c.u.s.kind != functionScope {
			c.fail("'yield' outside function")
		}
		if e.Value != nil {
			c.expr(e.Value)
		} else {
			c.loadConst(syntax.None)
		}
		c.emitArg(YIELD_VALUE, 0)
	case *syntax.YieldFrom:
		if c.u.s.kind != functionScope {
			c.fail("'yield' outside function")
		}
		c.expr(e.Value)
		c.emit(GET_YIELD_FROM_ITER)
		c.yieldFrom()
	case *syntax.Await:
		c.fail("'await' expressions are not supported yet")
	case *syntax.Compare:
		c.compare(e)
	case *syntax.Call:
		c.call(e)
	case *syntax.FormattedValue:
		c.expr(e.Value)
		var flags int32
		switch e.Conversion {
		case 's':
			flags = FormatStr
		case 'r':
			flags = FormatRepr
		case 'a':
			flags = FormatASCII
		}
		if e.FormatSpec != nil {
			c.expr(e.FormatSpec)
			flags |= FormatWithSpec
		}
		c.emitArg(FORMAT_VALUE, flags)
	case *syntax.JoinedStr:
		c.joinedStr(e)
	case *syntax.Attribute:
		c.expr(e.Value)
		c.setLoc(&e.Pos)
		switch e.Ctx {
		case syntax.Load:
			c.emitName(LOAD_ATTR, e.Attr)
		case syntax.Store:
			if e.Attr == "__debug__" {
				c.fail("cannot assign to __debug__")
			}
			c.emitName(STORE_ATTR, e.Attr)
		default:
			c.emitName(DELETE_ATTR, e.Attr)
		}
	case *syntax.Subscript:
		c.subscript(e)
	case *syntax.Starred:
		if e.Ctx == syntax.Store {
			c.fail("starred assignment target must be in a list or tuple")
		}
		c.fail("can't use starred expression here")
	case *syntax.List:
		c.sequence(e.Elts, e.Ctx, false)
	case *syntax.Tuple:
		c.sequence(e.Elts, e.Ctx, true)
	case *syntax.Slice:
		c.slice(e)
	}
}

func (c *compiler) sequence(elts []syntax.Expr, ctx syntax.ExprContext, tuple bool) {
	switch ctx {
	case syntax.Store:
		c.unpack(elts)
		for _, x := range elts {
			if s, ok := x.(*syntax.Starred); ok {
				c.expr(s.Value)
			} else {
				c.expr(x)
			}
		}
	case syntax.Del:
		for _, x := range elts {
			c.expr(x)
		}
	default:
		c.starUnpack(elts, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, tuple)
	}
}

// unpack emits the UNPACK_SEQUENCE or UNPACK_EX of an assignment to a
// tuple or list of targets.
func (c *compiler) unpack(elts []syntax.Expr) {
	n := len(elts)
	star := -1
	for i, x := range elts {
		if _, ok := x.(*syntax.Starred); ok {
			if star >= 0 {
				c.fail("multiple starred expressions in assignment")
			}
			star = i
		}
	}
	if star < 0 {
		c.emitArg(UNPACK_SEQUENCE, int32(n))
		return
	}
	after := n - star - 1
	if star >= 1<<8 || after >= 1<<16 {
		c.fail("too many expressions in star-unpacking assignment")
	}
	c.emitArg(UNPACK_EX, int32(star|after<<8))
}

// starUnpack builds a list, set or tuple display, with pushed values
// already on the stack to go first. Displays of constants load a
// constant; displays with starred items or more items than the stack
// guideline are built incrementally.
func (c *compiler) starUnpack(elts []syntax.Expr, pushed int, build, add, extend Opcode, tuple bool) {
	n := len(elts)
	if n > 2 && allConstant(elts) {
		t, _ := constTuple(elts)
		if tuple && pushed == 0 {
			c.loadConst(t)
			return
		}
		c.emitArg(build, int32(pushed))
		if add == SET_ADD {
			c.loadConst(FrozenSet(t))
		} else {
			c.loadConst(t)
		}
		c.emitArg(extend, 1)
		if tuple {
			c.emit(LIST_TO_TUPLE)
		}
		return
	}
	big := n+pushed > stackUseGuideline
	star := false
	for _, x := range elts {
		if _, ok := x.(*syntax.Starred); ok {
			star = true
			break
		}
	}
	if !star && !big {
		if tuple && n+pushed == 0 {
			c.loadConst(Tuple{})
			return
		}
		for _, x := range elts {
			c.expr(x)
		}
		if tuple {
			c.emitArg(BUILD_TUPLE, int32(n+pushed))
		} else {
			c.emitArg(build, int32(n+pushed))
		}
		return
	}
	built := false
	if big {
		c.emitArg(build, int32(pushed))
		built = true
	}
	for i, x := range elts {
		if s, ok := x.(*syntax.Starred); ok {
			if !built {
				c.emitArg(build, int32(i+pushed))
				built = true
			}
			c.expr(s.Value)
			c.emitArg(extend, 1)
		} else {
			c.expr(x)
			if built {
				c.emitArg(add, 1)
			}
		}
	}
	if tuple {
		c.emit(LIST_TO_TUPLE)
	}
}

func allConstant(elts []syntax.Expr) bool {
	for _, x := range elts {
		if _, ok := x.(*syntax.Constant); !ok {
			return false
		}
	}
	return true
}

func (c *compiler) dict(e *syntax.Dict) {
	n := len(e.Values)
	elements := 0
	haveDict := false
	flush := func(begin, end int) {
		c.subdict(e, begin, end)
		if haveDict {
			c.emitArg(DICT_UPDATE, 1)
		}
		haveDict = true
		elements = 0
	}
	for i := 0; i < n; i++ {
		if e.Keys[i] == nil {
			if elements > 0 {
				flush(i-elements, i)
			}
			if !haveDict {
				c.emitArg(BUILD_MAP, 0)
				haveDict = true
			}
			c.expr(e.Values[i])
			c.emitArg(DICT_UPDATE, 1)
		} else if elements*2 > stackUseGuideline {
			flush(i-elements, i+1)
		} else {
			elements++
		}
	}
	if elements > 0 {
		flush(n-elements, n)
	}
	if !haveDict {
		c.emitArg(BUILD_MAP, 0)
	}
}

// subdict builds a dict from the entries [begin, end) of a display.
func (c *compiler) subdict(e *syntax.Dict, begin, end int) {
	n := end - begin
	if n > 1 && allConstant(e.Keys[begin:end]) {
		for _, v := range e.Values[begin:end] {
			c.expr(v)
		}
		keys, _ := constTuple(e.Keys[begin:end])
		c.loadConst(keys)
		c.emitArg(BUILD_CONST_KEY_MAP, int32(n))
		return
	}
	big := n*2 > stackUseGuideline
	if big {
		c.emitArg(BUILD_MAP, 0)
	}
	for i := begin; i < end; i++ {
		c.expr(e.Keys[i])
		c.expr(e.Values[i])
		if big {
			c.emitArg(MAP_ADD, 1)
		}
	}
	if !big {
		c.emitArg(BUILD_MAP, int32(n))
	}
}

func (c *compiler) joinedStr(e *syntax.JoinedStr) {
	if len(e.Values) > stackUseGuideline {
		c.loadConst("")
		c.emitName(LOAD_METHOD, "join")
		c.emitArg(BUILD_LIST, 0)
		for _, v := range e.Values {
			c.expr(v)
			c.emitArg(LIST_APPEND, 1)
		}
		c.emitArg(CALL, 1)
		return
	}
	for _, v := range e.Values {
		c.expr(v)
	}
	if len(e.Values) != 1 {
		c.emitArg(BUILD_STRING, int32(len(e.Values)))
	}
}

func (c *compiler) subscript(e *syntax.Subscript) {
	if e.Ctx == syntax.Load {
		c.checkSubscript(e)
	}
	if s, ok := e.Slice.(*syntax.Slice); ok && s.Step == nil && e.Ctx != syntax.Del {
		c.expr(e.Value)
		c.sliceBound(s.Lower)
		c.sliceBound(s.Upper)
		c.setLoc(&e.Pos)
		if e.Ctx == syntax.Load {
			c.emit(BINARY_SLICE)
		} else {
			c.emit(STORE_SLICE)
		}
		return
	}
	c.expr(e.Value)
	c.expr(e.Slice)
	c.setLoc(&e.Pos)
	switch e.Ctx {
	case syntax.Load:
		c.emit(BINARY_SUBSCR)
	case syntax.Store:
		c.emit(STORE_SUBSCR)
	default:
		c.emit(DELETE_SUBSCR)
	}
}

func (c *compiler) sliceBound(e syntax.Expr) {
	if e == nil {
		c.loadConst(syntax.None)
	} else {
		c.expr(e)
	}
}

func (c *compiler) slice(s *syntax.Slice) {
	c.sliceBound(s.Lower)
	c.sliceBound(s.Upper)
	if s.Step != nil {
		c.expr(s.Step)
		c.emitArg(BUILD_SLICE, 3)
		return
	}
	c.emitArg(BUILD_SLICE, 2)
}

func (c *compiler) cmpOp(op syntax.CmpOp) {
	switch op {
	case syntax.Eq:
		c.emitArg(COMPARE_OP, int32(CmpEq))
	case syntax.NotEq:
		c.emitArg(COMPARE_OP, int32(CmpNe))
	case syntax.Lt:
		c.emitArg(COMPARE_OP, int32(CmpLt))
	case syntax.LtE:
		c.emitArg(COMPARE_OP, int32(CmpLe))
	case syntax.Gt:
		c.emitArg(COMPARE_OP, int32(CmpGt))
	case syntax.GtE:
		c.emitArg(COMPARE_OP, int32(CmpGe))
	case syntax.Is:
		c.emitArg(IS_OP, 0)
	case syntax.IsNot:
		c.emitArg(IS_OP, 1)
	case syntax.In:
		c.emitArg(CONTAINS_OP, 0)
	case syntax.NotIn:
		c.emitArg(CONTAINS_OP, 1)
	}
}

// compare compiles a comparison; a chain a < b < c evaluates b once and
// stops at the first false result.
func (c *compiler) compare(e *syntax.Compare) {
	c.checkCompare(e)
	c.expr(e.Left)
	n := len(e.Ops)
	if n == 1 {
		c.expr(e.Comparators[0])
		c.cmpOp(e.Ops[0])
		return
	}
	cleanup, end := c.newLabel(), c.newLabel()
	for i := 0; i < n-1; i++ {
		c.expr(e.Comparators[i])
		c.emitArg(SWAP, 2)
		c.emitArg(COPY, 2)
		c.cmpOp(e.Ops[i])
		c.emitJump(JUMP_IF_FALSE_OR_POP, cleanup)
	}
	c.expr(e.Comparators[n-1])
	c.cmpOp(e.Ops[n-1])
	c.emitJump(JUMP, end)
	c.useLabel(cleanup)
	c.emitArg(SWAP, 2)
	c.emit(POP_TOP)
	c.useLabel(end)
}

// jumpIf compiles a test that jumps to target when the value's truth is
// cond and falls through otherwise. Boolean operators, `not`, conditional
// expressions and chained comparisons become jumps without building
// intermediate values; constant tests become an unconditional jump or
// nothing.
func (c *compiler) jumpIf(e syntax.Expr, target label, cond bool) {
	switch e := e.(type) {
	case *syntax.Constant:
		if truth(e.Value) == cond {
			old := c.setLoc(&e.Pos)
			c.emitJump(JUMP, target)
			c.u.loc = old
		}
		return
	case *syntax.UnaryOpExpr:
		if e.Op == syntax.Not {
			c.jumpIf(e.Operand, target, !cond)
			return
		}
	case *syntax.BoolOpExpr:
		cond2 := e.Op == syntax.Or
		next := target
		if cond2 != cond {
			next = c.newLabel()
		}
		last := len(e.Values) - 1
		for _, v := range e.Values[:last] {
			c.jumpIf(v, next, cond2)
		}
		c.jumpIf(e.Values[last], target, cond)
		if next != target {
			c.useLabel(next)
		}
		return
	case *syntax.IfExp:
		orelse, end := c.newLabel(), c.newLabel()
		c.jumpIf(e.Test, orelse, false)
		c.jumpIf(e.Body, target, cond)
		c.emitJump(JUMP, end)
		c.useLabel(orelse)
		c.jumpIf(e.Orelse, target, cond)
		c.useLabel(end)
		return
	case *syntax.Compare:
		if len(e.Ops) > 1 {
			c.checkCompare(e)
			c.jumpIfChain(e, target, cond)
			return
		}
		if k, ok := e.Comparators[0].(*syntax.Constant); ok && k.Value == syntax.None && (e.Ops[0] == syntax.Is || e.Ops[0] == syntax.IsNot) {
			c.checkCompare(e)
			old := c.setLoc(&e.Pos)
			c.expr(e.Left)
			if (e.Ops[0] == syntax.Is) == cond {
				c.emitJump(POP_JUMP_IF_NONE, target)
			} else {
				c.emitJump(POP_JUMP_IF_NOT_NONE, target)
			}
			c.u.loc = old
			return
		}
	}
	c.expr(e)
	if cond {
		c.emitJump(POP_JUMP_IF_TRUE, target)
	} else {
		c.emitJump(POP_JUMP_IF_FALSE, target)
	}
}

func (c *compiler) jumpIfChain(e *syntax.Compare, target label, cond bool) {
	old := c.setLoc(&e.Pos)
	defer func() { c.u.loc = old }()
	cleanup, end := c.newLabel(), c.newLabel()
	c.expr(e.Left)
	n := len(e.Ops)
	for i := 0; i < n-1; i++ {
		c.expr(e.Comparators[i])
		c.emitArg(SWAP, 2)
		c.emitArg(COPY, 2)
		c.cmpOp(e.Ops[i])
		c.emitJump(POP_JUMP_IF_FALSE, cleanup)
	}
	c.expr(e.Comparators[n-1])
	c.cmpOp(e.Ops[n-1])
	if cond {
		c.emitJump(POP_JUMP_IF_TRUE, target)
	} else {
		c.emitJump(POP_JUMP_IF_FALSE, target)
	}
	c.emitJump(JUMP, end)
	c.useLabel(cleanup)
	c.emit(POP_TOP)
	if !cond {
		c.emitJump(JUMP, target)
	}
	c.useLabel(end)
}

// ---- Calls ----

func (c *compiler) call(e *syntax.Call) {
	c.checkCaller(e)
	if c.methodCall(e) {
		return
	}
	if n, ok := e.Func.(*syntax.Name); ok {
		old := c.setLoc(&n.Pos)
		c.nameOpNull(n.Id, syntax.Load, true)
		c.u.loc = old
	} else {
		c.expr(e.Func)
		c.emit(PUSH_NULL)
	}
	c.callHelper(0, e.Args, e.Keywords)
}

// methodCall compiles obj.m(args) with LOAD_METHOD, so that no bound
// method is built; calls with * or ** arguments or too many arguments
// take the general path.
func (c *compiler) methodCall(e *syntax.Call) bool {
	attr, ok := e.Func.(*syntax.Attribute)
	if !ok || attr.Ctx != syntax.Load {
		return false
	}
	nkw := len(e.Keywords)
	extra := 0
	if nkw > 0 {
		extra = 1
	}
	if len(e.Args)+nkw+extra >= stackUseGuideline {
		return false
	}
	for _, a := range e.Args {
		if _, ok := a.(*syntax.Starred); ok {
			return false
		}
	}
	for _, k := range e.Keywords {
		if k.Arg == "" {
			return false
		}
	}
	c.validateKeywords(e.Keywords)
	c.expr(attr.Value)
	old := c.setLoc(&attr.Pos)
	c.emitName(LOAD_METHOD, attr.Attr)
	c.u.loc = old
	for _, a := range e.Args {
		c.expr(a)
	}
	c.callArgsDone(len(e.Args), e.Keywords)
	return true
}

// callArgsDone pushes the keyword argument values and emits the call,
// for n positional arguments already pushed.
func (c *compiler) callArgsDone(n int, keywords []*syntax.Keyword) {
	if len(keywords) == 0 {
		c.emitArg(CALL, int32(n))
		return
	}
	names := make(Tuple, len(keywords))
	for i, k := range keywords {
		c.expr(k.Value)
		names[i] = k.Arg
	}
	c.loadConst(names)
	c.emitArg(CALL_KW, int32(n+len(keywords)))
}

func (c *compiler) validateKeywords(keywords []*syntax.Keyword) {
	for i, k := range keywords {
		if k.Arg == "" {
			continue
		}
		if k.Arg == "__debug__" {
			c.fail("cannot assign to __debug__")
		}
		for _, o := range keywords[i+1:] {
			if o.Arg == k.Arg {
				c.failAt("keyword argument repeated: "+k.Arg, &o.Pos)
			}
		}
	}
}

// callHelper compiles the arguments of a call and the call itself, with
// pushed arguments already on the stack after the callable and self
// slot (the class body function and name for __build_class__).
func (c *compiler) callHelper(pushed int, args []syntax.Expr, keywords []*syntax.Keyword) {
	c.validateKeywords(keywords)
	simple := len(args)+2*len(keywords) <= stackUseGuideline
	for _, a := range args {
		if _, ok := a.(*syntax.Starred); ok {
			simple = false
		}
	}
	for _, k := range keywords {
		if k.Arg == "" {
			simple = false
		}
	}
	if simple {
		for _, a := range args {
			c.expr(a)
		}
		c.callArgsDone(pushed+len(args), keywords)
		return
	}
	if s, ok := singleStar(args); ok && pushed == 0 {
		c.expr(s.Value)
	} else {
		c.starUnpack(args, pushed, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true)
	}
	if len(keywords) > 0 {
		haveDict := false
		seen := 0
		for i, k := range keywords {
			if k.Arg != "" {
				seen++
				continue
			}
			if seen > 0 {
				c.subkwargs(keywords[i-seen : i])
				if haveDict {
					c.emitArg(DICT_MERGE, 1)
				}
				haveDict = true
				seen = 0
			}
			if !haveDict {
				c.emitArg(BUILD_MAP, 0)
				haveDict = true
			}
			c.expr(k.Value)
			c.emitArg(DICT_MERGE, 1)
		}
		if seen > 0 {
			c.subkwargs(keywords[len(keywords)-seen:])
			if haveDict {
				c.emitArg(DICT_MERGE, 1)
			}
		}
		c.emitArg(CALL_FUNCTION_EX, 1)
		return
	}
	c.emitArg(CALL_FUNCTION_EX, 0)
}

func singleStar(args []syntax.Expr) (*syntax.Starred, bool) {
	if len(args) != 1 {
		return nil, false
	}
	s, ok := args[0].(*syntax.Starred)
	return s, ok
}

// subkwargs builds a dict of named keyword arguments.
func (c *compiler) subkwargs(keywords []*syntax.Keyword) {
	n := len(keywords)
	big := n*2 > stackUseGuideline
	if n > 1 && !big {
		keys := make(Tuple, n)
		for i, k := range keywords {
			c.expr(k.Value)
			keys[i] = k.Arg
		}
		c.loadConst(keys)
		c.emitArg(BUILD_CONST_KEY_MAP, int32(n))
		return
	}
	if big {
		c.emitArg(BUILD_MAP, 0)
	}
	for _, k := range keywords {
		c.loadConst(k.Arg)
		c.expr(k.Value)
		if big {
			c.emitArg(MAP_ADD, 1)
		}
	}
	if !big {
		c.emitArg(BUILD_MAP, int32(n))
	}
}
