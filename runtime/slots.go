package runtime

import "unsafe"

// This file ties slots to dunder names. A builtin type fills its slots
// with Go functions; readyBuiltin exposes each as a slot wrapper method
// (int.__add__ calls int's Num[OpAdd]). A heap type starts from its
// bases' slots and then, slot by slot, looks up the dunders that drive
// the slot in its MRO (updateSlot):
//
//   - none found: the slot is empty;
//   - only slot wrappers of one builtin type for this very slot: the
//     builtin's Go function is copied (a list subclass that does not
//     override __getitem__ indexes at list's speed);
//   - None (as in __hash__ = None): the slot refuses the operation;
//   - anything else (a Python function, a descriptor): the slot becomes
//     the generic wrapper that looks the dunder up and calls it
//     (slotwrap.go), and the type's wrapped bit for the slot is set.
//
// Assigning or deleting a dunder on a class reruns updateSlot for that
// class and every class derived from it.

// slotID numbers the slots that dunders drive.
type slotID uint8

const (
	slotRepr slotID = iota
	slotStr
	slotHash
	slotRichCmp
	slotGetAttr
	slotSetAttr
	slotDescrGet
	slotDescrSet
	slotCall
	slotInit
	slotIter
	slotNext
	slotLen
	slotGetItem
	slotSetItem
	slotContains
	slotBool
	slotNeg
	slotPos
	slotAbs
	slotInvert
	slotIndex
	slotInt
	slotFloat
	slotDivMod
	slotNum                                // + a BinaryOp
	slotINum = slotNum + slotID(numBinary) // + a BinaryOp
	numSlots = slotINum + slotID(numBinary)
)

// slotDunders lists, for every slot, the dunder names that drive it.
var slotDunders [numSlots][]string

// dunderSlots maps a dunder name to its slots.
var dunderSlots = map[string][]slotID{}

func initSlotTables() {
	set := func(id slotID, names ...string) {
		slotDunders[id] = names
		for _, n := range names {
			dunderSlots[n] = append(dunderSlots[n], id)
		}
	}
	set(slotRepr, "__repr__")
	set(slotStr, "__str__")
	set(slotHash, "__hash__")
	set(slotRichCmp, cmpDunders[:]...)
	set(slotGetAttr, "__getattribute__", "__getattr__")
	set(slotSetAttr, "__setattr__", "__delattr__")
	set(slotDescrGet, "__get__")
	set(slotDescrSet, "__set__", "__delete__")
	set(slotCall, "__call__")
	set(slotInit, "__init__")
	set(slotIter, "__iter__")
	set(slotNext, "__next__")
	set(slotLen, "__len__")
	set(slotGetItem, "__getitem__")
	set(slotSetItem, "__setitem__", "__delitem__")
	set(slotContains, "__contains__")
	set(slotBool, "__bool__")
	set(slotNeg, "__neg__")
	set(slotPos, "__pos__")
	set(slotAbs, "__abs__")
	set(slotInvert, "__invert__")
	set(slotIndex, "__index__")
	set(slotInt, "__int__")
	set(slotFloat, "__float__")
	set(slotDivMod, "__divmod__", "__rdivmod__")
	for op := BinaryOp(0); op < numBinary; op++ {
		set(slotNum+slotID(op), "__"+binaryNames[op]+"__", "__r"+binaryNames[op]+"__")
		set(slotINum+slotID(op), "__i"+binaryNames[op]+"__")
	}
}

// slotOffsets holds, for every slot, the offset in Type of its field.
// Every slot is a func value, which is one pointer, so hasSlot and
// copySlot test and copy a slot through its address rather than through
// a switch over the fields: readyBuiltin does both for each of the 51
// slots of each of the ~150 builtin types at every start, and the two
// switches made that a sixth of the start-up's instructions.
var slotOffsets = func() (off [numSlots]uintptr) {
	var t Type
	off[slotRepr] = unsafe.Offsetof(t.Repr)
	off[slotStr] = unsafe.Offsetof(t.Str)
	off[slotHash] = unsafe.Offsetof(t.Hash)
	off[slotRichCmp] = unsafe.Offsetof(t.RichCmp)
	off[slotGetAttr] = unsafe.Offsetof(t.GetAttr)
	off[slotSetAttr] = unsafe.Offsetof(t.SetAttr)
	off[slotDescrGet] = unsafe.Offsetof(t.DescrGet)
	off[slotDescrSet] = unsafe.Offsetof(t.DescrSet)
	off[slotCall] = unsafe.Offsetof(t.Call)
	off[slotInit] = unsafe.Offsetof(t.Init)
	off[slotIter] = unsafe.Offsetof(t.Iter)
	off[slotNext] = unsafe.Offsetof(t.Next)
	off[slotLen] = unsafe.Offsetof(t.Len)
	off[slotGetItem] = unsafe.Offsetof(t.GetItem)
	off[slotSetItem] = unsafe.Offsetof(t.SetItem)
	off[slotContains] = unsafe.Offsetof(t.Contains)
	off[slotBool] = unsafe.Offsetof(t.Bool)
	off[slotNeg] = unsafe.Offsetof(t.Neg)
	off[slotPos] = unsafe.Offsetof(t.Pos)
	off[slotAbs] = unsafe.Offsetof(t.Abs)
	off[slotInvert] = unsafe.Offsetof(t.Invert)
	off[slotIndex] = unsafe.Offsetof(t.Index)
	off[slotInt] = unsafe.Offsetof(t.Int)
	off[slotFloat] = unsafe.Offsetof(t.Float)
	off[slotDivMod] = unsafe.Offsetof(t.DivMod)
	for op := range uintptr(numBinary) {
		off[slotNum+slotID(op)] = unsafe.Offsetof(t.Num) + op*unsafe.Sizeof(t.Num[0])
		off[slotINum+slotID(op)] = unsafe.Offsetof(t.INum) + op*unsafe.Sizeof(t.INum[0])
	}
	return off
}()

// slot returns the address of typ's slot id, seen as the pointer that
// the func value is.
func (typ *Type) slot(id slotID) *unsafe.Pointer {
	return (*unsafe.Pointer)(unsafe.Add(unsafe.Pointer(typ), slotOffsets[id]))
}

// hasSlot reports whether typ's slot id is set.
func (typ *Type) hasSlot(id slotID) bool {
	return *typ.slot(id) != nil
}

// copySlot sets dst's slot id to src's (nil src clears it).
func (dst *Type) copySlot(src *Type, id slotID) {
	var f unsafe.Pointer
	if src != nil {
		f = *src.slot(id)
	}
	*dst.slot(id) = f
}

// updateSlots recomputes the slots a dunder drives, after it was set or
// deleted on typ, for typ and every class derived from it.
func (t *Thread) updateSlots(typ *Type, name string) {
	ids, ok := dunderSlots[name]
	if !ok && name != "__new__" && name != "__del__" && name != "__class__" {
		return
	}
	t.updateSlotsRec(typ, ids, name)
}

func (t *Thread) updateSlotsRec(typ *Type, ids []slotID, name string) {
	for _, id := range ids {
		t.updateSlot(typ, id)
	}
	switch name {
	case "__new__":
		updateNew(typ)
	case "__del__":
		if typ.Lookup(dnDel) != nil {
			typ.Flags |= FlagHasDel
		} else {
			typ.Flags &^= FlagHasDel
		}
	case "__getattr__", "__getattribute__", "__setattr__", "__delattr__":
		updatePlainGetAttr(typ)
	case "__class__":
		updateClassAttr(typ)
	}
	typ.mu.Lock()
	subs := append([]*Type(nil), typ.subclasses...)
	typ.mu.Unlock()
	for _, s := range subs {
		t.updateSlotsRec(s, ids, name)
	}
}

// fixupSlots sets every slot of a new heap type from its MRO's dunders.
func (t *Thread) fixupSlots(typ *Type) {
	for id := slotID(0); id < numSlots; id++ {
		t.updateSlot(typ, id)
	}
	updateNew(typ)
	updatePlainGetAttr(typ)
	updateClassAttr(typ)
	if typ.Lookup(dnDel) != nil {
		typ.Flags |= FlagHasDel
	}
}

// updateClassAttr sets FlagClassAttr when a class of typ's MRO other than
// object defines __class__ (a mock with a spec, a proxy), for isinstance's
// second chance (instanceByClass), which every other class skips.
func updateClassAttr(typ *Type) {
	typ.Flags &^= FlagClassAttr
	name := Intern("__class__")
	for _, m := range typ.MRO {
		if m != ObjectType && m.Dict().GetStr(name) != nil {
			typ.Flags |= FlagClassAttr
			return
		}
	}
}

func updatePlainGetAttr(typ *Type) {
	typ.plainGetAttr = typ.wrapped&(1<<slotGetAttr) == 0 && typ.Lookup(dnGetAttribute) == objectGetAttribute
	typ.plainSetAttr = typ.wrapped&(1<<slotSetAttr) == 0 && typ.Lookup(dnSetAttr) == objectSetAttr
}

// updateSlot recomputes one slot of heap type typ.
func (t *Thread) updateSlot(typ *Type, id slotID) {
	var src *Type
	found, generic, none := false, false, false
	for _, n := range slotDunders[id] {
		f := typ.Lookup(Intern(n))
		if f == nil {
			continue
		}
		found = true
		switch {
		case f == None:
			none = true
		case isSlotMethod(f) && As[MethodDescr](f).slot == id && typ.IsSubtype(As[MethodDescr](f).Owner):
			// The builtin slot itself, for a class that inherits it (or
			// copies it from a base). A class that borrows another type's
			// wrapper (__setitem__ = dict.__setitem__ on a class that is
			// no dict) gets the generic slot, whose call of the wrapper
			// checks the instance's type, as CPython's update_one_slot
			// does: the builtin slot would take the instance for a dict.
			owner := As[MethodDescr](f).Owner
			if src != nil && src != owner {
				generic = true
			}
			src = owner
		default:
			generic = true
		}
	}
	bit := uint64(1) << id
	typ.wrapped &^= bit
	switch {
	case !found:
		typ.copySlot(nil, id)
	case generic || (none && src != nil):
		typ.setWrapperSlot(id)
		typ.wrapped |= bit
	case none:
		typ.setRefusingSlot(id)
	default:
		typ.copySlot(src, id)
	}
	if id == slotInit {
		typ.initIsObject = !generic && src == ObjectType
	}
	if id == slotNum+slotID(OpPow) {
		switch {
		case !found:
			typ.Pow3 = nil
		case generic || none:
			typ.Pow3 = heapPow3
		default:
			typ.Pow3 = src.Pow3
		}
	}
}

// heapPow3 is three-argument pow for classes: a.__pow__(b, c).
func heapPow3(t *Thread, a, b, c *Object) (*Object, error) {
	f := TypeOf(a).Lookup(binNames[OpPow])
	if f == nil {
		return NotImplemented, nil
	}
	return t.callBound(f, a, []*Object{b, c}, nil)
}

// updateNew sets a heap type's New from the __new__ its MRO defines.
func updateNew(typ *Type) {
	f := typ.Lookup(dnNew)
	if f != nil && TypeOf(f) == BuiltinFunctionType {
		if b := As[BuiltinFunction](f); b.Name == "__new__" && b.Self != nil && TypeOf(b.Self).IsSubtype(TypeType) {
			src := As[Type](b.Self)
			typ.New = src.New
			typ.newIsObject = src == ObjectType
			return
		}
	}
	typ.New = slotNewWrapper
	typ.newIsObject = false
}

// setRefusingSlot makes a slot whose dunder is None refuse the operation.
func (typ *Type) setRefusingSlot(id slotID) {
	switch id {
	case slotHash:
		typ.Hash = hashNotImplemented
	case slotIter:
		typ.Iter = func(t *Thread, o *Object) (*Object, error) {
			return nil, t.TypeError("'%s' object is not iterable", TypeOf(o).Name)
		}
	case slotCall:
		typ.Call = nil
	default:
		typ.setWrapperSlot(id)
		typ.wrapped |= 1 << id
	}
}

// hashNotImplemented is the hash of unhashable types.
func hashNotImplemented(t *Thread, o *Object) (int64, error) {
	return 0, t.TypeError("unhashable type: '%s'", TypeOf(o).Name)
}
