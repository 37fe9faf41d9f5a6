package runtime

// None, NotImplemented, Ellipsis, True and False: statically allocated,
// immortal singletons.

var (
	NoneType           = builtinType(&Type{Name: "NoneType"})
	NotImplementedType = builtinType(&Type{Name: "NotImplementedType"})
	EllipsisType       = builtinType(&Type{Name: "ellipsis"})
	BoolType           = builtinType(&Type{Name: "bool", Doc: "bool(x) -> bool"})
)

var (
	noneObj, notImplementedObj, ellipsisObj Object
	trueObj, falseObj                       Int
)

// The singletons as references.
var (
	None           = &noneObj
	NotImplemented = &notImplementedObj
	Ellipsis       = &ellipsisObj
	True           = &trueObj.Object
	False          = &falseObj.Object
)

func noneRepr(t *Thread, o *Object) (*Object, error) { return t.NewStr("None"), nil }
func notImplementedRepr(t *Thread, o *Object) (*Object, error) {
	return t.NewStr("NotImplemented"), nil
}
func ellipsisRepr(t *Thread, o *Object) (*Object, error) { return t.NewStr("Ellipsis"), nil }
func noneBool(t *Thread, o *Object) (bool, error)        { return false, nil }

func boolRepr(t *Thread, o *Object) (*Object, error) {
	if o == True {
		return t.NewStr("True"), nil
	}
	return t.NewStr("False"), nil
}

// boolBitOp makes &, | and ^ of two bools a bool, and defers to int
// otherwise.
func boolBitOp(op BinaryOp) BinaryFunc {
	intOp := intBitOp(op)
	return func(t *Thread, a, b *Object) (*Object, error) {
		if TypeOf(a) == BoolType && TypeOf(b) == BoolType {
			x, y := a == True, b == True
			switch op {
			case OpAnd:
				return NewBool(x && y), nil
			case OpOr:
				return NewBool(x || y), nil
			}
			return NewBool(x != y), nil
		}
		return intOp(t, a, b)
	}
}

func boolNew(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
	if kwnames.Len() > 0 {
		return nil, t.TypeError("bool() takes no keyword arguments")
	}
	switch len(args) {
	case 0:
		return False, nil
	case 1:
		b, err := t.Truth(args[0])
		if err != nil {
			return nil, err
		}
		return NewBool(b), nil
	}
	return nil, t.TypeError("bool expected at most 1 argument, got %d", len(args))
}

func noneNew(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
	if len(args) > 0 || kwnames.Len() > 0 {
		return nil, t.TypeError("NoneType takes no arguments")
	}
	return None, nil
}

func notImplementedNew(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
	if len(args) > 0 || kwnames.Len() > 0 {
		return nil, t.TypeError("NotImplementedType takes no arguments")
	}
	return NotImplemented, nil
}

func ellipsisNew(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
	if len(args) > 0 || kwnames.Len() > 0 {
		return nil, t.TypeError("ellipsis takes no arguments")
	}
	return Ellipsis, nil
}
