package runtime

// Taking a counted reference to a value found in a type's dict while other
// threads may rebind the name. Type.Lookup returns the value borrowed from
// the dict; a caller that then counts it (NewRef) races a writer that
// replaces the entry and drops the old value's last reference in between:
// the count would land on a freed object. LookupRef counts the value as
// DictGetStrShared does, with a try-increment and a re-check of the
// entry, so the reference it returns is to a value that really was the
// attribute's at one moment.

// LookupRef is Lookup returning a new reference (nil when missing).
func (t *Thread) LookupRef(typ *Type, name *Str) *Object {
	for _, m := range typ.MRO {
		if v := t.DictGetStrShared(m.Dict(), name); v != nil {
			return v
		}
	}
	return nil
}
