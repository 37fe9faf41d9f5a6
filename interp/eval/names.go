package eval

import (
	"sync/atomic"

	"gilfree/refcount"
	rt "gilfree/runtime"
)

// Names, globals, cells and attributes, with the eval loop's inline
// caches.

// closeTop closes the top n stack slots and returns the new stack
// pointer.
func closeTop(t *rt.Thread, slots []refcount.StackRef, sp, n int) int {
	for i := 0; i < n; i++ {
		sp--
		r := slots[sp]
		slots[sp] = refcount.StackRef{}
		t.Close(r)
	}
	return sp
}

func cellOf(r refcount.StackRef) *rt.Cell { return rt.As[rt.Cell](r.Header()) }

func unboundLocal(t *rt.Thread, code *rt.Code, slot int) error {
	return t.UnboundLocalError("cannot access local variable '%s' where it is not associated with a value", code.SlotName(slot).String())
}

func unboundDeref(t *rt.Thread, code *rt.Code, slot int) error {
	name := code.SlotName(slot).String()
	if code.Kinds[slot]&rt.SlotFree != 0 {
		return t.NameError("cannot access free variable '%s' where it is not associated with a value in enclosing scope", name)
	}
	return t.UnboundLocalError("cannot access local variable '%s' where it is not associated with a value", name)
}

// mappingGet looks a str key up in a locals mapping: a dict directly,
// anything else through __getitem__ with KeyError meaning absent.
func mappingGet(t *rt.Thread, m *rt.Object, name *rt.Str) (*rt.Object, error) {
	if rt.TypeOf(m) == rt.DictType {
		return t.DictGetStrShared(rt.As[rt.Dict](m), name), nil
	}
	v, err := t.GetItem(m, name.Obj())
	if err != nil && rt.Matches(err, rt.KeyErrorType) {
		t.DropError(err)
		return nil, nil
	}
	return v, err
}

func loadClassDeref(t *rt.Thread, f *rt.Frame, slot int) (*rt.Object, error) {
	name := f.Code.SlotName(slot)
	if f.Locals != nil {
		v, err := mappingGet(t, f.Locals, name)
		if err != nil || v != nil {
			return v, err
		}
	}
	v := t.CellRef(cellOf(f.Slots[slot]))
	if v == nil {
		return nil, unboundDeref(t, f.Code, slot)
	}
	return v, nil
}

func loadName(t *rt.Thread, f *rt.Frame, name *rt.Str) (*rt.Object, error) {
	if f.Locals != nil {
		v, err := mappingGet(t, f.Locals, name)
		if err != nil || v != nil {
			return v, err
		}
	}
	if v := t.DictGetStrShared(f.Globals, name); v != nil {
		return v, nil
	}
	if v := t.DictGetStrShared(f.Builtins, name); v != nil {
		return v, nil
	}
	return nil, t.NameError("name '%s' is not defined", name.String())
}

func storeName(t *rt.Thread, f *rt.Frame, name *rt.Str, v *rt.Object) error {
	if f.Locals == nil {
		return t.SystemError("no locals found when storing '%s'", name.String())
	}
	if rt.TypeOf(f.Locals) == rt.DictType {
		t.DictSetStr(rt.As[rt.Dict](f.Locals), name, v)
		return nil
	}
	return t.SetItem(f.Locals, name.Obj(), v)
}

func deleteName(t *rt.Thread, f *rt.Frame, name *rt.Str) error {
	if f.Locals == nil {
		return t.SystemError("no locals when deleting '%s'", name.String())
	}
	if rt.TypeOf(f.Locals) == rt.DictType {
		if !t.DictDelStr(rt.As[rt.Dict](f.Locals), name) {
			return t.NameError("name '%s' is not defined", name.String())
		}
		return nil
	}
	err := t.DelItem(f.Locals, name.Obj())
	if err != nil && rt.Matches(err, rt.KeyErrorType) {
		t.DropError(err)
		return t.NameError("name '%s' is not defined", name.String())
	}
	return err
}

// storeCache publishes a cache entry unless an equal one is there: an
// entry that keeps being rebuilt the same way (an attribute set in
// __init__ on fresh instances) must not cost an allocation each time.
func storeCache(cache *atomic.Pointer[rt.Cache], c rt.Cache) {
	// Field by field: Shadow may change under concurrent readers.
	if old := cache.Load(); old != nil && old.Kind == c.Kind && old.Version == c.Version && old.Version2 == c.Version2 &&
		old.Index == c.Index && old.Type == c.Type && old.Value == c.Value && old.Next == c.Next {
		return
	}
	// A copy made here, not &c: taking the parameter's address would move
	// it to the heap at entry, an allocation on the early return too.
	entry := c
	cache.Store(&entry)
}

// maxPolymorphic bounds the chain of type-keyed entries at one site.
const maxPolymorphic = 4

// findTyped returns the entry for typ at its current version in a chain.
func findTyped(c *rt.Cache, typ *rt.Type) *rt.Cache {
	ver := typ.VersionNow()
	if ver == 0 {
		return nil
	}
	for ; c != nil; c = c.Next {
		if c.Type == typ && c.Version == ver {
			return c
		}
	}
	return nil
}

// storeTyped publishes a type-keyed entry in front of the chain, dropping
// the chain's older entries for the same type and its oldest entries past
// maxPolymorphic.
func storeTyped(cache *atomic.Pointer[rt.Cache], e rt.Cache) {
	old := cache.Load()
	if f := findTyped(old, e.Type); f != nil && f.Kind == e.Kind && f.Index == e.Index && f.Value == e.Value && f.Version2 == e.Version2 {
		return
	}
	// A copy made here, not &e, for the reason given in storeCache.
	entry := e
	head := &entry
	tail := head
	n := 1
	for c := old; c != nil && n < maxPolymorphic; c = c.Next {
		if c.Type == e.Type {
			continue
		}
		cp := *c
		cp.Next = nil
		tail.Next = &cp
		tail = &cp
		n++
	}
	cache.Store(head)
}

// Cache kinds.
const (
	cacheGlobal    uint8 = iota + 1 // Index is an entry of the globals dict
	cacheBuiltin                    // Index is an entry of the builtins dict
	cacheInstance                   // an instance dict attribute at Index (a hint)
	cacheMethod                     // Value is a method-like class attribute
	cacheClassAttr                  // Value is a plain class attribute or non-data descriptor
	cacheInit                       // Value is the class's Python __init__
	cacheSlot                       // Index is a __slots__ member's slot on instances
	cacheDataDescr                  // Value is a builtin data descriptor on the class (a property)
	cacheCall                       // Value is the Python __call__ of the instances' class
	cacheBinary                     // Value is the class's Python binary dunder, or nil for none to run in the loop
	cacheTypeAttr                   // Value is an attribute of the class Type (the object itself), Version2 its metaclass's version
)

// initFunction returns the Python __init__ a call of class typ can run as
// a frame of the eval loop, or nil (see runtime.Thread.InitFunction).
func initFunction(t *rt.Thread, code *rt.Code, pc int, typ *rt.Type) *rt.Function {
	cache := &code.Caches[pc]
	if c := cache.Load(); c != nil && c.Kind == cacheInit && c.Type == typ && c.Version == typ.VersionNow() && c.Version != 0 {
		return rt.As[rt.Function](c.Value)
	}
	fn := t.InitFunction(typ)
	if fn != nil {
		if ver := typ.Version(); ver != 0 {
			storeCache(cache, rt.Cache{Kind: cacheInit, Type: typ, Version: ver, Value: fn.Obj()})
		}
	}
	return fn
}

// loadGlobal is LOAD_GLOBAL: globals, then builtins, through the
// instruction's cache (valid while both dicts keep their sets of keys).
func loadGlobal(t *rt.Thread, f *rt.Frame, pc int, name *rt.Str) (*rt.Object, error) {
	cache := &f.Code.Caches[pc]
	g, b := f.Globals, f.Builtins
	if c := cache.Load(); c != nil {
		if c.Kind == cacheGlobal {
			// The entry found last time, if it still holds the name.
			if v := g.EntryIfKey(int(c.Index), name); v != nil {
				return v, nil
			}
		} else if c.Version2 == b.KeysVersionNow() && c.Version2 != 0 {
			if gv := g.KeysVersionNow(); gv != 0 && atomic.LoadUint32(&c.Shadow) == gv {
				if v := b.EntryValue(int(c.Index)); v != nil {
					return v, nil
				}
			} else if g.LookupStr(name) < 0 {
				if v := b.EntryValue(int(c.Index)); v != nil {
					atomic.StoreUint32(&c.Shadow, g.KeysVersion())
					return v, nil
				}
			}
		}
	}
	if ix := g.LookupStr(name); ix >= 0 {
		storeCache(cache, rt.Cache{Kind: cacheGlobal, Index: int32(ix)})
		return g.EntryValue(ix), nil
	}
	if ix := b.LookupStr(name); ix >= 0 {
		storeCache(cache, rt.Cache{Kind: cacheBuiltin, Shadow: g.KeysVersion(), Version2: b.KeysVersion(), Index: int32(ix)})
		return b.EntryValue(ix), nil
	}
	return nil, t.NameError("name '%s' is not defined", name.String())
}

// Values loaded without a lock from a structure other threads change (a
// module global, a cell, an instance dict entry through a cache, a class
// attribute through a cache) get their count in one of two ways. When no
// atomic operation is needed, at once: an immortal or deferred value (no
// count, or one that can never reach zero) or one the thread owns (no
// other thread can drop its local count). Otherwise with a try-increment,
// after which the structure must be checked to still hold the value: an
// owner may free an object whose last reference its own stack held with
// no compare-and-swap (the runtime's fast path), and a try-increment that
// lands just after succeeds on freed memory. If the structure moved on,
// the count is dropped again (harmless either way) and the load retried.

// globalRef is LOAD_GLOBAL's value for the superinstructions that start
// with one (pc is past its word, arg its argument): the eval loop's
// LOAD_GLOBAL case in a function, as those run it less often.
func globalRef(t *rt.Thread, f *rt.Frame, pc int, arg uint32) (refcount.StackRef, error) {
	code := f.Code
	var v *rt.Object
	if c := code.Caches[pc-1].Load(); c != nil && c.Kind == cacheGlobal {
		v = f.Globals.EntryIfKey(int(c.Index), code.Names[arg>>1])
	}
	if v == nil {
		var e error
		if v, e = loadGlobal(t, f, pc-1, code.Names[arg>>1]); e != nil {
			return refcount.StackRef{}, e
		}
	}
	if r, ok := t.TryIncrefStackRef(v); ok {
		return r, nil
	}
	return reloadGlobal(t, f, pc-1, code.Names[arg>>1], v)
}

// reloadGlobal is LOAD_GLOBAL when the value v just loaded needs a
// try-increment (a value another thread owns or no thread does), or died
// before its count could be taken. A worker thread reading a module's
// shared data takes the shared-deferred branch at every load, so v is
// passed in rather than loaded a second time.
func reloadGlobal(t *rt.Thread, f *rt.Frame, pc int, name *rt.Str, v *rt.Object) (refcount.StackRef, error) {
	for ; ; v = nil {
		if v == nil {
			var err error
			if v, err = loadGlobal(t, f, pc, name); err != nil {
				return refcount.StackRef{}, err
			}
			if r, ok := t.TryIncrefStackRef(v); ok {
				return r, nil
			}
		}
		if v.IsSharedDeferred() {
			// Tagged without a count, once the globals are seen to still
			// hold v (its memory may have been reused meanwhile): a
			// shared-deferred object dies only in a sweep, which waits
			// for this thread's next safepoint and then finds the tag in
			// its slot (runtime/shared_deferred.go).
			w, err := loadGlobal(t, f, pc, name)
			if err == nil && w == v {
				return refcount.BorrowStackRef(v), nil
			}
			if err != nil {
				t.DropError(err)
			}
			continue
		}
		if !t.TryIncref(v) {
			continue
		}
		w, err := loadGlobal(t, f, pc, name)
		if err == nil && w == v {
			t.ShareGlobal(v)
			return refcount.NewStackRef(v), nil
		}
		if err != nil {
			t.DropError(err)
		}
		t.Decref(v)
	}
}

// reloadCell is LOAD_DEREF when the cell's content needs a try-increment
// or died before its count could be taken; a null result means the cell
// is now empty.
func reloadCell(t *rt.Thread, c *rt.Cell) refcount.StackRef {
	for {
		v := c.Get()
		if v == nil {
			return refcount.StackRef{}
		}
		if r, ok := t.TryIncrefStackRef(v); ok {
			return r
		}
		if t.TryIncref(v) {
			if c.Get() == v {
				return refcount.NewStackRef(v)
			}
			t.Decref(v)
		}
	}
}

// takeRef takes a count on v, loaded from a shared structure, and reports
// whether it did (ok) and whether the caller must then check that the
// structure still holds v (check), Decref it and give up the fast path if
// not.
func takeRef(t *rt.Thread, v *rt.Object) (ok, check bool) {
	if v.Owner() == t.ID() || v.IsImmortal() {
		t.Incref(v)
		return true, false
	}
	return t.TryIncref(v), true
}

// entryRef returns a new reference to the value of entry ix of d if its
// key is name, or nil (also when the entry changed under the count).
func entryRef(t *rt.Thread, d *rt.Dict, ix int, name *rt.Str) *rt.Object {
	v := d.EntryIfKey(ix, name)
	if v == nil {
		return nil
	}
	// takeRef written out, as in loadAttr's slot case: a call per
	// instance attribute read showed in the profiles.
	if v.IsImmortal() {
		return v
	}
	if v.Owner() == t.ID() {
		t.Incref(v)
		return v
	}
	if !t.TryIncref(v) {
		return nil
	}
	if d.EntryIfKey(ix, name) != v {
		t.Decref(v)
		return nil
	}
	return v
}

// loadAttr is obj.name, with a cache for instance attributes and class
// attributes of classes using the generic getattr.
func loadAttr(t *rt.Thread, code *rt.Code, pc int, obj *rt.Object, name *rt.Str) (*rt.Object, error) {
	typ := rt.TypeOf(obj)
	cache := &code.Caches[pc]
	if rt.IsType(obj) {
		return loadTypeAttr(t, cache, obj, name)
	}
	if c := findTyped(cache.Load(), typ); c != nil {
		switch c.Kind {
		case cacheInstance:
			if d := rt.InstanceDict(obj); d != nil {
				if v := entryRef(t, d, int(c.Index), name); v != nil {
					return v, nil
				}
				if ix := d.LookupStr(name); ix >= 0 {
					storeTyped(cache, rt.Cache{Kind: cacheInstance, Type: typ, Version: c.Version, Index: int32(ix)})
					if v := entryRef(t, d, ix, name); v != nil {
						return v, nil
					}
				}
			}
		case cacheClassAttr:
			if d := rt.InstanceDict(obj); d == nil || !d.MayHaveStr(name) || d.GetStr(name) == nil {
				if ok, check := takeRef(t, c.Value); ok {
					// The class still holds the value while its version
					// is the one the entry was made under.
					if !check || typ.VersionNow() == c.Version {
						return c.Value, nil
					}
					t.Decref(c.Value)
				}
			}
		case cacheSlot:
			if v := rt.SlotValue(obj, int(c.Index)); v != nil {
				// takeRef written out: the attribute read of a slotted
				// class (a vector's x) is the commonest here, and the
				// call cost a fifth of its time.
				if v.IsImmortal() {
					return v, nil
				}
				if v.Owner() == t.ID() {
					t.Incref(v)
					return v, nil
				}
				if t.TryIncref(v) {
					if rt.SlotValue(obj, int(c.Index)) == v {
						return v, nil
					}
					t.Decref(v)
				}
			}
		case cacheMethod:
			// A function or method descriptor of the class that the
			// instance does not shadow: bound to obj, without the
			// generic lookup's walk of the MRO.
			if d := rt.InstanceDict(obj); d == nil || !d.MayHaveStr(name) || d.GetStr(name) == nil {
				if ok, check := takeRef(t, c.Value); ok {
					if !check || typ.VersionNow() == c.Version {
						v, err := rt.TypeOf(c.Value).DescrGet(t, c.Value, obj, typ)
						t.Decref(c.Value)
						return v, err
					}
					t.Decref(c.Value)
				}
			}
		case cacheDataDescr:
			// A data descriptor (a property, a namedtuple field) wins
			// over the instance dict: call its getter, with a count on
			// it while the class may drop it.
			if ok, check := takeRef(t, c.Value); ok {
				if !check || typ.VersionNow() == c.Version {
					v, err := rt.TypeOf(c.Value).DescrGet(t, c.Value, obj, typ)
					t.Decref(c.Value)
					return v, err
				}
				t.Decref(c.Value)
			}
		}
	}
	if typ.PlainGetAttr() {
		ver := typ.Version()
		descr := typ.Lookup(name)
		if descr != nil && ver != 0 {
			if ix := rt.MemberSlot(descr, typ); ix >= 0 {
				storeTyped(cache, rt.Cache{Kind: cacheSlot, Type: typ, Version: ver, Index: int32(ix)})
			} else if dt := rt.TypeOf(descr); !dt.IsHeap() && dt.DescrGet != nil && dt.DescrSet != nil {
				// A builtin descriptor type's methods never change (a
				// class's could lose __set__ without typ's version
				// changing), so only those are cached.
				storeTyped(cache, rt.Cache{Kind: cacheDataDescr, Type: typ, Version: ver, Value: descr})
			} else if dt.Flags&rt.FlagMethodLike != 0 && dt.DescrGet != nil && dt.DescrSet == nil {
				// A function or method descriptor (builtin types, whose
				// binding never changes), for obj.method as a value.
				storeTyped(cache, rt.Cache{Kind: cacheMethod, Type: typ, Version: ver, Value: descr})
			}
		}
		if descr == nil || !rt.IsDataDescr(descr) {
			if d := rt.InstanceDict(obj); d != nil {
				if ix := d.LookupStr(name); ix >= 0 {
					if ver != 0 {
						storeTyped(cache, rt.Cache{Kind: cacheInstance, Type: typ, Version: ver, Index: int32(ix)})
					}
					if v := entryRef(t, d, ix, name); v != nil {
						return v, nil
					}
					return t.GetAttr(obj, name)
				}
			}
			if descr != nil && rt.TypeOf(descr).DescrGet == nil && ver != 0 {
				storeTyped(cache, rt.Cache{Kind: cacheClassAttr, Type: typ, Version: ver, Value: descr})
			}
		}
	}
	return t.GetAttr(obj, name)
}

// loadTypeAttr is cls.name for a class: an attribute that is not a
// descriptor (an Enum member, a class constant) is cached per instruction
// by the class and its version and the metaclass's version (see
// runtime.TypeAttrCacheable); the rest takes the generic path, which the
// cache remembers too (Value nil).
func loadTypeAttr(t *rt.Thread, cache *atomic.Pointer[rt.Cache], obj *rt.Object, name *rt.Str) (*rt.Object, error) {
	cls, meta := rt.AsType(obj), rt.TypeOf(obj)
	if c := findTyped(cache.Load(), cls); c != nil && c.Kind == cacheTypeAttr && c.Version2 == meta.VersionNow() {
		if c.Value == nil {
			// Known to need the generic path.
			return t.GetAttr(obj, name)
		}
		if ok, check := takeRef(t, c.Value); ok {
			// The count is good if the class's dict still holds the value
			// (its version changes only after the dict does: see
			// runtime.TypeAttrCacheable) and the versions still hold.
			if !check || cls.Dict().EntryIfKey(int(c.Index), name) == c.Value &&
				cls.VersionNow() == c.Version && meta.VersionNow() == c.Version2 {
				return c.Value, nil
			}
			t.Decref(c.Value)
		}
	}
	if v, ix, ver, metaVer := rt.TypeAttrCacheable(cls, name); ver != 0 {
		storeTyped(cache, rt.Cache{Kind: cacheTypeAttr, Type: cls, Version: ver, Version2: metaVer, Index: int32(ix), Value: v})
	}
	return t.GetAttr(obj, name)
}

// What loadMethod returns: a method to call with the object as its first
// argument, a callable that needs no object (a new reference), or a
// module's deferred or immortal attribute, borrowed.
const (
	methodUnbound  uint8 = iota // the function and the object, unbound
	methodBound                 // obj.name, a new reference
	methodBorrowed              // obj.name, borrowed: deferred or immortal, kept by the module
)

// loadMethod is LOAD_METHOD: for a method-like class attribute that the
// instance does not shadow, the function and the object, unbound;
// otherwise obj.name. A module's function (mod.f(...)) is deferred, and
// is returned borrowed: the stack slot holds it without a count, so that
// threads calling the same module's functions never write to the
// function's header.
func loadMethod(t *rt.Thread, code *rt.Code, pc int, obj *rt.Object, name *rt.Str) (*rt.Object, uint8, error) {
	typ := rt.TypeOf(obj)
	cache := &code.Caches[pc]
	if c := findTyped(cache.Load(), typ); c != nil && c.Kind == cacheMethod {
		if d := rt.InstanceDict(obj); d == nil || !d.MayHaveStr(name) || d.GetStr(name) == nil {
			return c.Value, methodUnbound, nil
		}
	}
	if typ == rt.ModuleType {
		if v := moduleAttrBorrowed(obj, name); v != nil {
			return v, methodBorrowed, nil
		}
	} else if typ.PlainGetAttr() {
		ver := typ.Version()
		descr := typ.Lookup(name)
		if descr != nil && rt.TypeOf(descr).Flags&rt.FlagMethodLike != 0 {
			if d := rt.InstanceDict(obj); d == nil || d.GetStr(name) == nil {
				if ver != 0 {
					storeTyped(cache, rt.Cache{Kind: cacheMethod, Type: typ, Version: ver, Value: descr})
				}
				return descr, methodUnbound, nil
			}
		}
	}
	v, err := t.GetAttr(obj, name)
	return v, methodBound, err
}

// moduleAttrBorrowed returns a module's attribute from its dict when the
// generic lookup would find it there and it needs no count (deferred or
// immortal), else nil. Names that module's type defines (dunders such as
// __dict__ and __class__) take the generic path.
func moduleAttrBorrowed(mod *rt.Object, name *rt.Str) *rt.Object {
	s := name.String()
	if len(s) > 1 && s[0] == '_' && s[1] == '_' {
		return nil
	}
	v := rt.As[rt.Module](mod).Dict.GetStr(name)
	if v == nil || !(v.IsDeferred() || v.IsImmortal()) {
		return nil
	}
	return v
}

// storeAttr is obj.name = v.
func storeAttr(t *rt.Thread, code *rt.Code, pc int, obj *rt.Object, name *rt.Str, v *rt.Object) error {
	typ := rt.TypeOf(obj)
	cache := &code.Caches[pc]
	if c := findTyped(cache.Load(), typ); c != nil {
		switch c.Kind {
		case cacheInstance:
			if d := rt.InstanceDict(obj); d != nil && d.SetEntryIfKey(t, int(c.Index), name, v) {
				return nil
			}
			// Not at the hinted entry (a fresh instance, another
			// order of assignments): the entry's version still says
			// the class has no data descriptor for name.
			if typ.PlainSetAttr() && t.StoreInstanceAttr(obj, name, v) {
				return nil
			}
		case cacheSlot:
			t.SetSlot(obj, int(c.Index), v)
			return nil
		}
	}
	if typ.PlainSetAttr() {
		ver := typ.Version()
		descr := typ.Lookup(name)
		if descr != nil && ver != 0 {
			if ix := rt.MemberSlot(descr, typ); ix >= 0 {
				storeTyped(cache, rt.Cache{Kind: cacheSlot, Type: typ, Version: ver, Index: int32(ix)})
			}
		}
		if (descr == nil || rt.TypeOf(descr).DescrSet == nil) && ver != 0 {
			if err := t.SetAttr(obj, name, v); err != nil {
				return err
			}
			if d := rt.InstanceDict(obj); d != nil {
				if ix := d.LookupStr(name); ix >= 0 {
					storeTyped(cache, rt.Cache{Kind: cacheInstance, Type: typ, Version: ver, Index: int32(ix)})
				}
			}
			return nil
		}
	}
	return t.SetAttr(obj, name, v)
}
