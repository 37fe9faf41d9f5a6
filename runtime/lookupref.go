package runtime

// Taking a counted reference to a value found in a type's dict while other
// threads may rebind the name. Type.Lookup returns the value borrowed from
// the dict; a caller that then counts it (NewRef) races a writer that
// replaces the entry and drops the old value's last reference in between:
// the count would land on a freed object. LookupRef instead counts the
// value with a try-increment and then checks that the entry still holds
// it, retrying when either fails, so the reference it returns is to a
// value that really was the attribute's at one moment.

// LookupRef is Lookup returning a new reference (nil when missing).
func (t *Thread) LookupRef(typ *Type, name *Str) *Object {
	for _, m := range typ.MRO {
		if v := t.dictGetStrTryRef(m.Dict, name); v != nil {
			return v
		}
	}
	return nil
}

// dictGetStrTryRef returns a new reference to d[key] read without the
// dict's lock, or nil when missing.
func (t *Thread) dictGetStrTryRef(d *Dict, key *Str) *Object {
	for {
		v := d.GetStr(key)
		if v == nil {
			return nil
		}
		if !t.TryIncref(v) {
			continue // the value died under us: the entry has changed
		}
		if d.GetStr(key) == v {
			return v
		}
		t.Decref(v)
	}
}
