package runtime

// The slot wrappers of heap types: each looks up the dunder that drives
// its slot on the object's type and calls it (CPython's slot_tp_* and
// SLOT1BINFULL functions).

// Interned dunder names.
var (
	dnRepr         = Intern("__repr__")
	dnStrDunder    = Intern("__str__")
	dnHash         = Intern("__hash__")
	dnGetAttribute = Intern("__getattribute__")
	dnGetAttrHook  = Intern("__getattr__")
	dnSetAttr      = Intern("__setattr__")
	dnDelAttr      = Intern("__delattr__")
	dnGet          = Intern("__get__")
	dnSet          = Intern("__set__")
	dnDelete       = Intern("__delete__")
	dnCall         = Intern("__call__")
	dnInit         = Intern("__init__")
	dnNew          = Intern("__new__")
	dnDel          = Intern("__del__")
	dnIter         = Intern("__iter__")
	dnNext         = Intern("__next__")
	dnLen          = Intern("__len__")
	dnGetItem      = Intern("__getitem__")
	dnSetItem      = Intern("__setitem__")
	dnDelItem      = Intern("__delitem__")
	dnContains     = Intern("__contains__")
	dnBool         = Intern("__bool__")
	dnIndex        = Intern("__index__")
	dnInt          = Intern("__int__")
	dnFloat        = Intern("__float__")
	dnDivMod       = Intern("__divmod__")
	dnRDivMod      = Intern("__rdivmod__")
	dnModuleAttr   = Intern("__module__")
	dnDict         = Intern("__dict__")
	dnName         = Intern("__name__")
	dnQualName     = Intern("__qualname__")
	dnDoc          = Intern("__doc__")
	dnFormat       = Intern("__format__")
	dnMissing      = Intern("__missing__")
	dnReversed     = Intern("__reversed__")
	dnRound        = Intern("__round__")
	dnTrunc        = Intern("__trunc__")
	dnSetName      = Intern("__set_name__")
	dnInitSubclass = Intern("__init_subclass__")
	dnClassCell    = Intern("__classcell__")
	dnSlots        = Intern("__slots__")
	dnMroEntries   = Intern("__mro_entries__")
	dnPrepare      = Intern("__prepare__")
	dnInstCheck    = Intern("__instancecheck__")
	dnSubCheck     = Intern("__subclasscheck__")
	dnClassGetItem = Intern("__class_getitem__")
	dnAnnotations  = Intern("__annotations__")
	dnBuiltins     = Intern("__builtins__")
	dnDir          = Intern("__dir__")
	dnKeys         = Intern("keys")

	unaryNames = [...]*Str{slotNeg: Intern("__neg__"), slotPos: Intern("__pos__"), slotAbs: Intern("__abs__"), slotInvert: Intern("__invert__")}
	binNames   [numBinary]*Str
	rbinNames  [numBinary]*Str
	ibinNames  [numBinary]*Str
	cmpNames   [6]*Str
)

func initDunderNames() {
	for op := BinaryOp(0); op < numBinary; op++ {
		binNames[op] = Intern("__" + binaryNames[op] + "__")
		rbinNames[op] = Intern("__r" + binaryNames[op] + "__")
		ibinNames[op] = Intern("__i" + binaryNames[op] + "__")
	}
	for i, n := range cmpDunders {
		cmpNames[i] = Intern(n)
	}
}

// CallBound is callBound for the eval loop: it calls f, which the caller
// found on o's class with Lookup, as a method of o, sparing the second
// lookup CallDunder would make.
func (t *Thread) CallBound(f, o *Object, args []*Object) (*Object, error) {
	return t.callBound(f, o, args, nil)
}

// callBound calls f, an attribute found on o's class, as a method of o:
// f(o, args...) for functions and method descriptors, through binding for
// other descriptors, and as is for plain callables.
func (t *Thread) callBound(f, o *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	ft := TypeOf(f)
	t.Incref(f)
	defer t.Decref(f)
	if ft.Flags&FlagMethodLike != 0 {
		buf := t.args.push(len(args) + 1)
		buf[0] = o
		copy(buf[1:], args)
		r, err := t.Call(f, buf, kwnames)
		t.args.pop(buf)
		return r, err
	}
	if ft.DescrGet != nil {
		bound, err := ft.DescrGet(t, f, o, TypeOf(o))
		if err != nil {
			return nil, err
		}
		r, err := t.Call(bound, args, kwnames)
		t.Decref(bound)
		return r, err
	}
	return t.Call(f, args, kwnames)
}

// callDunder0, 1 and 2 call type(o).name(o, ...); a missing dunder is an
// AttributeError.
func (t *Thread) callDunder0(o *Object, name *Str) (*Object, error) {
	f := TypeOf(o).Lookup(name)
	if f == nil {
		return nil, t.AttributeError("%s", name.s)
	}
	return t.callBound(f, o, nil, nil)
}

func (t *Thread) callDunder1(o *Object, name *Str, a *Object) (*Object, error) {
	f := TypeOf(o).Lookup(name)
	if f == nil {
		return nil, t.AttributeError("%s", name.s)
	}
	buf := t.args.push(1)
	buf[0] = a
	r, err := t.callBound(f, o, buf, nil)
	t.args.pop(buf)
	return r, err
}

func (t *Thread) callDunder2(o *Object, name *Str, a, b *Object) (*Object, error) {
	f := TypeOf(o).Lookup(name)
	if f == nil {
		return nil, t.AttributeError("%s", name.s)
	}
	buf := t.args.push(2)
	buf[0], buf[1] = a, b
	r, err := t.callBound(f, o, buf, nil)
	t.args.pop(buf)
	return r, err
}

// callDunderMaybe1 is callDunder1 that returns NotImplemented when the
// dunder is missing.
func (t *Thread) callDunderMaybe1(o *Object, name *Str, a *Object) (*Object, error) {
	f := TypeOf(o).Lookup(name)
	if f == nil {
		return NotImplemented, nil
	}
	buf := t.args.push(1)
	buf[0] = a
	r, err := t.callBound(f, o, buf, nil)
	t.args.pop(buf)
	return r, err
}

// CallDunder calls o's class attribute name as a method of o; found is
// false when the class has no such attribute.
func (t *Thread) CallDunder(o *Object, name *Str, args []*Object) (r *Object, found bool, err error) {
	f := TypeOf(o).Lookup(name)
	if f == nil {
		return nil, false, nil
	}
	r, err = t.callBound(f, o, args, nil)
	return r, true, err
}

// setWrapperSlot installs the generic wrapper of slot id.
func (typ *Type) setWrapperSlot(id slotID) {
	switch {
	case id >= slotINum:
		op := BinaryOp(id - slotINum)
		typ.INum[op] = func(t *Thread, a, b *Object) (*Object, error) {
			return t.callDunderMaybe1(a, ibinNames[op], b)
		}
		return
	case id >= slotNum:
		op := BinaryOp(id - slotNum)
		typ.Num[op] = heapBinary(id, binNames[op], rbinNames[op])
		return
	}
	switch id {
	case slotRepr:
		typ.Repr = func(t *Thread, o *Object) (*Object, error) {
			r, err := t.callDunder0(o, dnRepr)
			return t.checkStrResult(r, err, "__repr__")
		}
	case slotStr:
		typ.Str = func(t *Thread, o *Object) (*Object, error) {
			r, err := t.callDunder0(o, dnStrDunder)
			return t.checkStrResult(r, err, "__str__")
		}
	case slotHash:
		typ.Hash = slotHashWrapper
	case slotRichCmp:
		typ.RichCmp = func(t *Thread, a, b *Object, op CompareOp) (*Object, error) {
			return t.callDunderMaybe1(a, cmpNames[op], b)
		}
	case slotGetAttr:
		typ.GetAttr = slotGetAttrWrapper
	case slotSetAttr:
		typ.SetAttr = slotSetAttrWrapper
	case slotDescrGet:
		typ.DescrGet = func(t *Thread, descr, obj *Object, cls *Type) (*Object, error) {
			if obj == nil {
				obj = None
			}
			c := None
			if cls != nil {
				c = &cls.Object
			}
			return t.callDunder2(descr, dnGet, obj, c)
		}
	case slotDescrSet:
		typ.DescrSet = func(t *Thread, descr, obj, v *Object) error {
			var r *Object
			var err error
			if v == nil {
				r, err = t.callDunder1(descr, dnDelete, obj)
			} else {
				r, err = t.callDunder2(descr, dnSet, obj, v)
			}
			if err == nil {
				t.Decref(r)
			}
			return err
		}
	case slotCall:
		typ.Call = func(t *Thread, o *Object, args []*Object, kwnames *Tuple) (*Object, error) {
			f := TypeOf(o).Lookup(dnCall)
			if f == nil {
				return nil, t.TypeError("'%s' object is not callable", TypeOf(o).Name)
			}
			return t.callBound(f, o, args, kwnames)
		}
	case slotInit:
		typ.Init = slotInitWrapper
	case slotIter:
		typ.Iter = func(t *Thread, o *Object) (*Object, error) { return t.callDunder0(o, dnIter) }
	case slotNext:
		typ.Next = func(t *Thread, o *Object) (*Object, error) {
			r, err := t.callDunder0(o, dnNext)
			if err != nil && Matches(err, StopIterationType) {
				t.DropError(err)
				return nil, nil
			}
			return r, err
		}
	case slotLen:
		typ.Len = slotLenWrapper
	case slotGetItem:
		typ.GetItem = func(t *Thread, o, k *Object) (*Object, error) { return t.callDunder1(o, dnGetItem, k) }
	case slotSetItem:
		typ.SetItem = func(t *Thread, o, k, v *Object) error {
			if set := builtinSetItem(o, v == nil); set != nil {
				return set(t, o, k, v)
			}
			var r *Object
			var err error
			if v == nil {
				r, err = t.callDunder1(o, dnDelItem, k)
			} else {
				r, err = t.callDunder2(o, dnSetItem, k, v)
			}
			if err == nil {
				t.Decref(r)
			}
			return err
		}
	case slotContains:
		typ.Contains = func(t *Thread, o, v *Object) (bool, error) {
			r, err := t.callDunder1(o, dnContains, v)
			if err != nil {
				return false, err
			}
			b, err := t.Truth(r)
			t.Decref(r)
			return b, err
		}
	case slotBool:
		typ.Bool = func(t *Thread, o *Object) (bool, error) {
			r, err := t.callDunder0(o, dnBool)
			if err != nil {
				return false, err
			}
			if TypeOf(r) != BoolType {
				t.Decref(r)
				return false, t.TypeError("__bool__ should return bool, returned %s", TypeOf(r).Name)
			}
			return r == True, nil
		}
	case slotNeg, slotPos, slotAbs, slotInvert:
		name := unaryNames[id]
		f := func(t *Thread, o *Object) (*Object, error) { return t.callDunder0(o, name) }
		switch id {
		case slotNeg:
			typ.Neg = f
		case slotPos:
			typ.Pos = f
		case slotAbs:
			typ.Abs = f
		default:
			typ.Invert = f
		}
	case slotIndex:
		typ.Index = func(t *Thread, o *Object) (*Object, error) {
			r, err := t.callDunder0(o, dnIndex)
			return t.checkIntResult(r, err, "__index__")
		}
	case slotInt:
		typ.Int = func(t *Thread, o *Object) (*Object, error) {
			r, err := t.callDunder0(o, dnInt)
			return t.checkIntResult(r, err, "__int__")
		}
	case slotFloat:
		typ.Float = func(t *Thread, o *Object) (*Object, error) {
			r, err := t.callDunder0(o, dnFloat)
			if err == nil && !IsFloat(r) {
				name := TypeOf(r).Name
				t.Decref(r)
				return nil, t.TypeError("%s.__float__ returned non-float (type %s)", TypeOf(o).Name, name)
			}
			return r, err
		}
	case slotDivMod:
		typ.DivMod = heapBinary(slotDivMod, dnDivMod, dnRDivMod)
	}
}

// checkStrResult checks that a __repr__ or __str__ returned a str.
func (t *Thread) checkStrResult(r *Object, err error, what string) (*Object, error) {
	if err != nil {
		return nil, err
	}
	if !IsStr(r) {
		name := TypeOf(r).Name
		t.Decref(r)
		return nil, t.TypeError("%s returned non-string (type %s)", what, name)
	}
	return r, nil
}

// checkIntResult checks that __index__ or __int__ returned an int.
func (t *Thread) checkIntResult(r *Object, err error, what string) (*Object, error) {
	if err != nil {
		return nil, err
	}
	if !IsInt(r) {
		name := TypeOf(r).Name
		t.Decref(r)
		return nil, t.TypeError("%s returned non-int (type %s)", what, name)
	}
	return r, nil
}

// heapBinary is the wrapper of a binary operator slot: self's __op__,
// other's __rop__, with the right operand first when its class derives
// from the left one's and overrides __rop__.
func heapBinary(id slotID, name, rname *Str) BinaryFunc {
	bit := uint64(1) << id
	return func(t *Thread, self, other *Object) (*Object, error) {
		ts, to := TypeOf(self), TypeOf(other)
		doOther := ts != to && to.wrapped&bit != 0
		if ts.wrapped&bit != 0 {
			if doOther && to.IsSubtype(ts) && to.Lookup(rname) != ts.Lookup(rname) {
				r, err := t.callDunderMaybe1(other, rname, self)
				if err != nil || r != NotImplemented {
					return r, err
				}
				doOther = false
			}
			r, err := t.callDunderMaybe1(self, name, other)
			if err != nil || r != NotImplemented || to == ts {
				return r, err
			}
		}
		if doOther {
			return t.callDunderMaybe1(other, rname, self)
		}
		return NotImplemented, nil
	}
}

func slotHashWrapper(t *Thread, o *Object) (int64, error) {
	f := TypeOf(o).Lookup(dnHash)
	if f == nil || f == None {
		return hashNotImplemented(t, o)
	}
	if spec := fastHashOf(f); spec != nil {
		return spec.hash(t, o)
	}
	r, err := t.callBound(f, o, nil, nil)
	if err != nil {
		return 0, err
	}
	defer t.Decref(r)
	if !IsInt(r) {
		return 0, t.TypeError("__hash__ method should return an integer")
	}
	// A result that fits a machine word is the hash as it is (CPython's
	// slot_tp_hash), so hash(obj) == hash(obj.key) when __hash__ returns
	// hash(key); only larger ints are reduced as int's hash reduces them.
	if i := As[Int](r); i.b == nil {
		if i.v == -1 {
			return -2, nil
		}
		return i.v, nil
	}
	return intHash(r), nil
}

func slotGetAttrWrapper(t *Thread, o *Object, name *Str) (*Object, error) {
	typ := TypeOf(o)
	getattribute := typ.Lookup(dnGetAttribute)
	var r *Object
	var err error
	if getattribute == nil || getattribute == objectGetAttribute {
		r, err = t.genericGetAttr(o, name, false)
	} else {
		buf := t.args.push(1)
		buf[0] = &name.Object
		r, err = t.callBound(getattribute, o, buf, nil)
		t.args.pop(buf)
	}
	if err != nil && Matches(err, AttributeErrorType) {
		if getattr := typ.Lookup(dnGetAttrHook); getattr != nil {
			t.DropError(err)
			buf := t.args.push(1)
			buf[0] = &name.Object
			r, err = t.callBound(getattr, o, buf, nil)
			t.args.pop(buf)
		}
	}
	return r, err
}

func slotSetAttrWrapper(t *Thread, o *Object, name *Str, v *Object) error {
	var r *Object
	var err error
	if v == nil {
		r, err = t.callDunder1(o, dnDelAttr, &name.Object)
	} else {
		f := TypeOf(o).Lookup(dnSetAttr)
		if f == objectSetAttr {
			return genericSetAttr(t, o, name, v)
		}
		r, err = t.callDunder2(o, dnSetAttr, &name.Object, v)
	}
	if err == nil {
		t.Decref(r)
	}
	return err
}

func slotInitWrapper(t *Thread, self *Object, args []*Object, kwnames *Tuple) error {
	f := TypeOf(self).Lookup(dnInit)
	if f == nil {
		return nil
	}
	r, err := t.callBound(f, self, args, kwnames)
	if err != nil {
		return err
	}
	if r != None {
		name := TypeOf(r).Name
		t.Decref(r)
		return t.TypeError("__init__() should return None, not '%s'", name)
	}
	return nil
}

func slotLenWrapper(t *Thread, o *Object) (int, error) {
	r, err := t.callDunder0(o, dnLen)
	if err != nil {
		return 0, err
	}
	defer t.Decref(r)
	if !IsInt(r) {
		if TypeOf(r).Index == nil {
			return 0, t.TypeError("'%s' object cannot be interpreted as an integer", TypeOf(r).Name)
		}
	}
	n, err := t.IndexInt(r)
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, t.ValueError("__len__() should return >= 0")
	}
	return n, nil
}

// slotNewWrapper calls a class's own __new__ (a staticmethod in its dict).
func slotNewWrapper(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
	f := typ.Lookup(dnNew)
	if f == nil {
		return nil, t.TypeError("cannot create '%s' instances", typ.Name)
	}
	var fn *Object
	if get := TypeOf(f).DescrGet; get != nil {
		var err error
		if fn, err = get(t, f, nil, typ); err != nil {
			return nil, err
		}
	} else {
		fn = t.NewRef(f)
	}
	defer t.Decref(fn)
	buf := t.args.push(len(args) + 1)
	buf[0] = &typ.Object
	copy(buf[1:], args)
	r, err := t.Call(fn, buf, kwnames)
	t.args.pop(buf)
	return r, err
}

// BinaryDunder returns the Python function a <op> b calls first when a's
// class typ drives the operator's slot with a plain function taking
// exactly (self, other), or nil, and the class's version the answer holds
// for (0: not to be cached). The eval loop then runs that function as a
// frame of its own, instead of through the slot wrapper and a nested run
// of the loop, and finishes with BinaryAfterNotImplemented if it returns
// NotImplemented. For an in-place op the class must have no in-place slot
// (a <op>= b is then a <op> b). The caller checks the other operand: when
// its class derives from typ, its reflected method may come first.
func BinaryDunder(typ *Type, op BinaryOp) (*Function, uint32) {
	if !typ.IsHeap() {
		return nil, 0
	}
	ver := typ.Version()
	base := op &^ InPlace
	if ver == 0 || base >= numBinary || typ.wrapped&(uint64(1)<<(slotNum+slotID(base))) == 0 {
		return nil, ver
	}
	if op&InPlace != 0 && typ.INum[base] != nil {
		return nil, ver
	}
	f := typ.Lookup(binNames[base])
	if f == nil || TypeOf(f) != FunctionType {
		return nil, ver
	}
	fn := As[Function](f)
	if c := fn.Code; c.ArgCount != 2 || c.KwOnlyArgCount != 0 || c.Flags&(CoGenerator|CoVarArgs|CoVarKeywords) != 0 {
		return nil, ver
	}
	return fn, ver
}

// BinaryAfterNotImplemented finishes a <op> b after the function
// BinaryDunder gave for a's class returned NotImplemented (b's class
// being a's or not derived from it): b's reflected method when its class
// has the dunder wrapper, else b's own slot, and the TypeError when that
// too declines. It is what BinaryOp does after that call.
func (t *Thread) BinaryAfterNotImplemented(a, b *Object, op BinaryOp) (*Object, error) {
	suffix := ""
	if op&InPlace != 0 {
		op &^= InPlace
		suffix = "="
	}
	ta, tb := TypeOf(a), TypeOf(b)
	r := NotImplemented
	if ta != tb {
		var err error
		if tb.wrapped&(uint64(1)<<(slotNum+slotID(op))) != 0 {
			r, err = t.callDunderMaybe1(b, rbinNames[op], a)
		} else if slotb := tb.Num[op]; slotb != nil {
			r, err = slotb(t, a, b)
		}
		if err != nil {
			return nil, err
		}
	}
	if r == NotImplemented {
		return nil, t.binaryTypeError(a, b, op, suffix)
	}
	return r, nil
}

// builtinSetItem returns the SetItem slot of the builtin type whose own
// __setitem__ (or, to delete, __delitem__) o's class inherits, when that
// is what the class's dunder lookup finds: a dict subclass that defines
// only __delitem__ (collections.Counter) has the generic slot wrapper,
// and each c[k] = v would otherwise go through the slot wrapper
// descriptor's call. Calling the slot is what the descriptor does once it
// has checked that o is an instance of its type. Otherwise nil.
func builtinSetItem(o *Object, del bool) func(t *Thread, o, k, v *Object) error {
	name := dnSetItem
	if del {
		name = dnDelItem
	}
	typ := TypeOf(o)
	f := typ.Lookup(name)
	if f == nil || !isSlotMethod(f) {
		return nil
	}
	md := As[MethodDescr](f)
	if owner := md.Owner; md.slot == slotSetItem && owner != nil && !owner.IsHeap() && owner.SetItem != nil && typ.IsSubtype(owner) {
		return owner.SetItem
	}
	return nil
}
