package runtime

// The attribute protocol, as CPython's PyObject_GenericGetAttr and
// PyObject_GenericSetAttr: data descriptors on the type first, then the
// instance __dict__, then non-data descriptors and plain class
// attributes. Types and modules refine it (type_getattro, module_getattro).

// flagsGenericGetAttr reports whether the type's getattr is the generic
// one, so that callers that want no AttributeError can skip building it.
func (typ *Type) flagsGenericGetAttr() bool { return typ.plainGetAttr }

// instanceDictPtr returns where o's __dict__ pointer lives, or nil when o
// has none.
func instanceDictPtr(o *Object) **Dict {
	typ := TypeOf(o)
	if typ.dictOff == 0 {
		return nil
	}
	return dictPtrAt(o, typ.dictOff)
}

// InstanceDict returns o's __dict__ (borrowed), nil when o has none or
// it was never created.
func InstanceDict(o *Object) *Dict {
	if p := instanceDictPtr(o); p != nil {
		return *p
	}
	return nil
}

func genericGetAttr(t *Thread, o *Object, name *Str) (*Object, error) {
	return t.genericGetAttr(o, name, false)
}

// genericGetAttr looks name up on o; with suppress, a missing attribute
// gives (nil, nil) instead of AttributeError.
func (t *Thread) genericGetAttr(o *Object, name *Str, suppress bool) (*Object, error) {
	typ := TypeOf(o)
	// descr is counted (LookupRef): another thread may rebind the class
	// attribute and drop the old value while this lookup uses it.
	descr := t.LookupRef(typ, name)
	var get DescrGetFunc
	if descr != nil {
		dt := TypeOf(descr)
		get = dt.DescrGet
		if get != nil && dt.DescrSet != nil {
			r, err := get(t, descr, o, typ)
			t.Decref(descr)
			return t.suppressAttrError(r, err, suppress)
		}
	}
	if typ.dictOff != 0 {
		if d := *dictPtrAt(o, typ.dictOff); d != nil {
			if v := t.DictGetStrRef(d, name); v != nil {
				if descr != nil {
					t.Decref(descr)
				}
				return v, nil
			}
		}
	}
	if get != nil {
		r, err := get(t, descr, o, typ)
		t.Decref(descr)
		return t.suppressAttrError(r, err, suppress)
	}
	if descr != nil {
		return descr, nil
	}
	if suppress {
		return nil, nil
	}
	return nil, t.noAttribute(o, name)
}

// suppressAttrError turns a descriptor's AttributeError into "no such
// attribute" (nil, nil) for a lookup with suppress, as CPython's does: an
// unset __slots__ member or a property raising AttributeError makes
// hasattr false and getattr's default apply.
func (t *Thread) suppressAttrError(r *Object, err error, suppress bool) (*Object, error) {
	if err != nil && suppress && Matches(err, AttributeErrorType) {
		t.DropError(err)
		return nil, nil
	}
	return r, err
}

// noAttribute is the AttributeError of a missing attribute.
func (t *Thread) noAttribute(o *Object, name *Str) error {
	return t.AttributeError("'%s' object has no attribute '%s'", TypeOf(o).Name, name.s)
}

func genericSetAttr(t *Thread, o *Object, name *Str, v *Object) error {
	typ := TypeOf(o)
	descr := typ.Lookup(name)
	if descr != nil {
		if set := TypeOf(descr).DescrSet; set != nil {
			t.Incref(descr)
			err := set(t, descr, o, v)
			t.Decref(descr)
			return err
		}
	}
	if typ.dictOff == 0 {
		if descr == nil {
			return t.noAttribute(o, name)
		}
		return t.AttributeError("'%s' object attribute '%s' is read-only", typ.Name, name.s)
	}
	dp := dictPtrAt(o, typ.dictOff)
	if v == nil {
		if *dp == nil || !t.DictDelStr(*dp, name) {
			return t.noAttribute(o, name)
		}
		return nil
	}
	t.DictSetStr(t.instanceDictMake(o, dp), InternObj(&name.Object), v)
	return nil
}

// instanceDictMake returns the instance dict of o that dp points to,
// making it on first use. With threads, two threads' first attribute
// stores must not each make one (one store would be lost), so the dict is
// made in a critical section on the instance.
func (t *Thread) instanceDictMake(o *Object, dp **Dict) *Dict {
	if d := *dp; d != nil {
		return d
	}
	locked := t.lockRead(o)
	d := *dp
	if d == nil {
		d = t.NewDict()
		*dp = d
	}
	if locked {
		t.Unlock(o)
	}
	return d
}

// typeGetAttr is the getattr of type objects: the metatype's data
// descriptors, then the class's MRO (binding descriptors to no instance),
// then the metatype's other attributes.
func typeGetAttr(t *Thread, o *Object, name *Str) (*Object, error) {
	typ := As[Type](o)
	meta := TypeOf(o)
	metaAttr := meta.Lookup(name)
	var metaGet DescrGetFunc
	if metaAttr != nil {
		mt := TypeOf(metaAttr)
		metaGet = mt.DescrGet
		if metaGet != nil && mt.DescrSet != nil {
			return metaGet(t, metaAttr, o, meta)
		}
	}
	// Counted, as in genericGetAttr: a class attribute may be rebound by
	// another thread while it is used.
	if attr := t.LookupRef(typ, name); attr != nil {
		if get := TypeOf(attr).DescrGet; get != nil {
			r, err := get(t, attr, nil, typ)
			t.Decref(attr)
			return r, err
		}
		return attr, nil
	}
	if metaGet != nil {
		return metaGet(t, metaAttr, o, meta)
	}
	if metaAttr != nil {
		return t.NewRef(metaAttr), nil
	}
	return nil, t.AttributeError("type object '%s' has no attribute '%s'", typ.Name, name.s)
}

// typeSetAttr sets a class attribute: refused on builtin types, and on
// heap types followed by the update of the version tag and of the slot a
// dunder drives.
func typeSetAttr(t *Thread, o *Object, name *Str, v *Object) error {
	typ := As[Type](o)
	if typ.Flags&FlagImmutable != 0 {
		if v == nil {
			return t.TypeError("cannot delete '%s' attribute of immutable type '%s'", name.s, typ.Name)
		}
		return t.TypeError("cannot set '%s' attribute of immutable type '%s'", name.s, typ.Name)
	}
	meta := TypeOf(o)
	if descr := meta.Lookup(name); descr != nil {
		if set := TypeOf(descr).DescrSet; set != nil {
			return set(t, descr, o, v)
		}
	}
	name = InternObj(&name.Object)
	if v == nil {
		if !t.DictDelStr(typ.Dict(), name) {
			return t.AttributeError("type object '%s' has no attribute '%s'", typ.Name, name.s)
		}
	} else {
		t.DictSetStr(typ.Dict(), name, v)
	}
	t.classChanged(typ, name.s)
	return nil
}

func isDunder(s string) bool {
	return len(s) > 4 && s[0] == '_' && s[1] == '_' && s[len(s)-1] == '_' && s[len(s)-2] == '_'
}
