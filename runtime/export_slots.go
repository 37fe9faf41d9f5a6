package runtime

// MemberSlot returns the slot index that descr, found on typ's MRO, reads
// and writes on typ's instances: descr must be a __slots__ member
// descriptor of typ or one of its bases. Otherwise it returns -1. The eval
// loop caches the index per attribute site, so that obj.x on an instance
// of a class with __slots__ skips the MRO walk and the descriptor call.
func MemberSlot(descr *Object, typ *Type) int {
	if TypeOf(descr) != MemberDescrType {
		return -1
	}
	m := As[MemberDescr](descr)
	if !typ.IsSubtype(m.Owner) {
		return -1
	}
	return m.index
}

// SlotValue returns slot i of o, an instance of a class with __slots__
// whose index MemberSlot gave for o's exact type, borrowed; nil when the
// slot is unset.
func SlotValue(o *Object, i int) *Object {
	return instExtra(o).slots[i]
}

// SetSlot stores v (borrowed; the slot takes its own count) in slot i of
// o, as memberDescrSet does, for an index MemberSlot gave for o's type.
func (t *Thread) SetSlot(o *Object, i int, v *Object) {
	t.Incref(v)
	t.Setref(&instExtra(o).slots[i], v)
}
