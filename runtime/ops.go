package runtime

// Operator dispatch: rich comparisons and the binary, in-place and unary
// operators, with reflected operands and NotImplemented as CPython's
// do_richcompare and binary_op1 do them.

// RichCompare is a <op> b, any object as result.
func (t *Thread) RichCompare(a, b *Object, op CompareOp) (*Object, error) {
	if err := t.EnterWhile("in comparison"); err != nil {
		return nil, err
	}
	r, err := t.richCompare(a, b, op)
	t.Leave()
	return r, err
}

func (t *Thread) richCompare(a, b *Object, op CompareOp) (*Object, error) {
	ta, tb := TypeOf(a), TypeOf(b)
	reflected := false
	if ta != tb && tb.RichCmp != nil && tb.IsSubtype(ta) {
		reflected = true
		r, err := tb.RichCmp(t, b, a, swappedCmp[op])
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if ta.RichCmp != nil {
		r, err := ta.RichCmp(t, a, b, op)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if !reflected && tb.RichCmp != nil {
		r, err := tb.RichCmp(t, b, a, swappedCmp[op])
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	switch op {
	case CmpEq:
		return NewBool(a == b), nil
	case CmpNe:
		return NewBool(a != b), nil
	}
	return nil, t.TypeError("'%s' not supported between instances of '%s' and '%s'", cmpSymbols[op], ta.Name, tb.Name)
}

// CompareBool is RichCompare reduced to a truth value, with identity
// implying == (as PyObject_RichCompareBool: containers rely on it).
func (t *Thread) CompareBool(a, b *Object, op CompareOp) (bool, error) {
	if a == b {
		switch op {
		case CmpEq:
			return true, nil
		case CmpNe:
			return false, nil
		}
	}
	ta := TypeOf(a)
	if ta == TypeOf(b) {
		switch ta {
		case IntType:
			return cmpResult(intCompare(a, b), op), nil
		case StrType:
			return cmpResult(strCompare(As[Str](a).s, As[Str](b).s), op), nil
		}
	}
	r, err := t.RichCompare(a, b, op)
	if err != nil {
		return false, err
	}
	if r == True {
		return true, nil
	}
	if r == False {
		return false, nil
	}
	v, err := t.Truth(r)
	t.Decref(r)
	return v, err
}

// EqualFast is a == b for containers: identity first.
func (t *Thread) EqualFast(a, b *Object) (bool, error) { return t.CompareBool(a, b, CmpEq) }

func strCompare(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// bothWrapped reports whether the slot of both types is the one slot
// wrapper that calls dunders: calling it once covers both operands.
func bothWrapped(ta, tb *Type, id slotID) bool {
	bit := uint64(1) << id
	return ta.wrapped&bit != 0 && tb.wrapped&bit != 0
}

// binaryOp1 tries the operator's slots of both operands: the right one
// first when its type derives from the left one's.
func (t *Thread) binaryOp1(a, b *Object, op BinaryOp) (*Object, error) {
	ta, tb := TypeOf(a), TypeOf(b)
	slota := ta.Num[op]
	var slotb BinaryFunc
	if tb != ta {
		slotb = tb.Num[op]
		if slotb != nil && bothWrapped(ta, tb, slotNum+slotID(op)) {
			slotb = nil
		}
	}
	if slota != nil {
		if slotb != nil && tb.IsSubtype(ta) {
			r, err := slotb(t, a, b)
			if err != nil || r != NotImplemented {
				return r, err
			}
			slotb = nil
		}
		r, err := slota(t, a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if slotb != nil {
		return slotb(t, a, b)
	}
	return NotImplemented, nil
}

// BinaryOp is a <op> b; op may carry InPlace for augmented assignment.
func (t *Thread) BinaryOp(a, b *Object, op BinaryOp) (*Object, error) {
	if op&InPlace != 0 {
		return t.InPlaceOp(a, b, op&^InPlace)
	}
	r, err := t.binaryOp1(a, b, op)
	if err != nil {
		return nil, err
	}
	if r == NotImplemented {
		return nil, t.binaryTypeError(a, b, op, "")
	}
	return r, nil
}

// InPlaceOp is a <op>= b: __iop__ first, then the binary operator.
func (t *Thread) InPlaceOp(a, b *Object, op BinaryOp) (*Object, error) {
	if slot := TypeOf(a).INum[op]; slot != nil {
		r, err := slot(t, a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	r, err := t.binaryOp1(a, b, op)
	if err != nil {
		return nil, err
	}
	if r == NotImplemented {
		return nil, t.binaryTypeError(a, b, op, "=")
	}
	return r, nil
}

const seqFlags = FlagStrSubclass | FlagBytesSubclass | FlagListSubclass | FlagTupleSubclass

// binaryTypeError is the TypeError of an operator no operand supports.
func (t *Thread) binaryTypeError(a, b *Object, op BinaryOp, suffix string) error {
	ta, tb := TypeOf(a), TypeOf(b)
	switch {
	case op == OpAdd && ta.Flags&seqFlags != 0:
		return t.TypeError("can only concatenate %s (not \"%s\") to %s", seqName(ta), tb.Name, seqName(ta))
	case op == OpMul && (ta.Flags&seqFlags != 0 || ta.IsSubtype(ByteArrayType)):
		return t.TypeError("can't multiply sequence by non-int of type '%s'", tb.Name)
	case op == OpMul && (tb.Flags&seqFlags != 0 || tb.IsSubtype(ByteArrayType)):
		return t.TypeError("can't multiply sequence by non-int of type '%s'", ta.Name)
	}
	sym := binarySymbols[op] + suffix
	if op == OpPow && suffix == "" {
		sym = "** or pow()"
	}
	return t.TypeError("unsupported operand type(s) for %s: '%s' and '%s'", sym, ta.Name, tb.Name)
}

// seqName is the name used by concatenation errors: the builtin base.
func seqName(typ *Type) string {
	switch {
	case typ.Flags&FlagStrSubclass != 0:
		return "str"
	case typ.Flags&FlagBytesSubclass != 0:
		return "bytes"
	case typ.Flags&FlagListSubclass != 0:
		return "list"
	}
	return "tuple"
}

// Pow3 is pow(a, b, m) with a modulus.
func (t *Thread) Pow3(a, b, m *Object) (*Object, error) {
	if m == None {
		return t.BinaryOp(a, b, OpPow)
	}
	for _, typ := range []*Type{TypeOf(a), TypeOf(b), TypeOf(m)} {
		if typ.Pow3 != nil {
			r, err := typ.Pow3(t, a, b, m)
			if err != nil || r != NotImplemented {
				return r, err
			}
		}
	}
	return nil, t.TypeError("unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", TypeOf(a).Name, TypeOf(b).Name, TypeOf(m).Name)
}

// Neg is -o.
func (t *Thread) Neg(o *Object) (*Object, error) {
	if f := TypeOf(o).Neg; f != nil {
		return f(t, o)
	}
	return nil, t.TypeError("bad operand type for unary -: '%s'", TypeOf(o).Name)
}

// Pos is +o.
func (t *Thread) Pos(o *Object) (*Object, error) {
	if f := TypeOf(o).Pos; f != nil {
		return f(t, o)
	}
	return nil, t.TypeError("bad operand type for unary +: '%s'", TypeOf(o).Name)
}

// Invert is ~o.
func (t *Thread) Invert(o *Object) (*Object, error) {
	if f := TypeOf(o).Invert; f != nil {
		return f(t, o)
	}
	return nil, t.TypeError("bad operand type for unary ~: '%s'", TypeOf(o).Name)
}

// Abs is abs(o).
func (t *Thread) Abs(o *Object) (*Object, error) {
	if f := TypeOf(o).Abs; f != nil {
		return f(t, o)
	}
	return nil, t.TypeError("bad operand type for abs(): '%s'", TypeOf(o).Name)
}

// DivMod is divmod(a, b).
func (t *Thread) DivMod(a, b *Object) (*Object, error) {
	ta, tb := TypeOf(a), TypeOf(b)
	if ta.DivMod != nil {
		if tb != ta && tb.DivMod != nil && tb.IsSubtype(ta) {
			r, err := tb.DivMod(t, a, b)
			if err != nil || r != NotImplemented {
				return r, err
			}
		}
		r, err := ta.DivMod(t, a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if tb != ta && tb.DivMod != nil && !bothWrapped(ta, tb, slotDivMod) {
		r, err := tb.DivMod(t, a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	return nil, t.TypeError("unsupported operand type(s) for divmod(): '%s' and '%s'", ta.Name, tb.Name)
}
