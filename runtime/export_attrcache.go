package runtime

// StoreInstanceAttr is o.name = v (v borrowed) for an instance whose
// class, as the caller has checked by its version tag, uses the generic
// setattr and has no data descriptor for name: the value goes straight
// into the instance dict, made on first use, as genericSetAttr would put
// it, without looking name up on the class again. It reports false, doing
// nothing, when instances of o's class have no dict.
func (t *Thread) StoreInstanceAttr(o *Object, name *Str, v *Object) bool {
	typ := TypeOf(o)
	if typ.dictOff == 0 {
		return false
	}
	t.DictSetStr(t.instanceDictMake(o, dictPtrAt(o, typ.dictOff)), InternObj(&name.Object), v)
	return true
}
