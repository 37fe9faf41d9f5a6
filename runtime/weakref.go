package runtime

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// Weak references (the _weakref module; weakref.py builds the rest on it).
//
// A weak reference points at its referent without a count. Every weak
// reference is registered, under weakRegistry.mu, in the list of its referent,
// and both carry refcount.WeakBit, which their Dealloc checks: a referent
// that dies clears the references to it (their referent becomes nil), and
// a reference that dies leaves its referent's list. Reading a reference
// (calling it) takes weakRegistry.mu, loads the referent and takes a count with a
// try-increment, which fails on an object whose death compare-and-swap
// has happened.
//
// The runtime frees an object its owner holds the only reference to
// without that compare-and-swap (Decref's fast path), so a weak read can
// take a count on an object whose owner has already decided to free it.
// Dealloc therefore settles the death under weakRegistry.mu (weakDeath): if a
// read has taken a count meanwhile, the object is alive after all, and
// the owner drops its own reference the slow way (giving up ownership)
// instead of freeing. Since reads take the same lock, and the referent is
// cleared under it, no read can reach the object once Dealloc goes on.
//
// The callbacks of the cleared references run as __del__ does: at once on
// the thread that dropped an object it owned, or on the finalizer thread
// when a merge or another thread's release made the object die. A
// reference that dies before its referent does never has its callback
// called, as in CPython.
//
// Objects that may be weakly referenced, as in CPython: instances of
// Python classes (unless __slots__ leaves out __weakref__ throughout the
// MRO), functions, classes, sets and frozensets, generators, bound
// methods, builtin functions and modules. Each of their Dealloc functions
// starts with the weakDeath check. Classes and module-level functions are
// deferred and never die.

// Weakref is a weak reference (weakref.ref), or the builtin part of an
// instance of a Python subclass of it.
type Weakref struct {
	Object
	// referent is the object referred to, nil once it died. Guarded by
	// weakRegistry.mu once the reference is published.
	referent *Object
	// callback is called with the reference when the referent dies; nil
	// if none. Counted; guarded by weakRegistry.mu once published.
	callback *Object
	// hash is the referent's hash, cached by the first hash(); hashUnset
	// until then.
	hash atomic.Int64
	// callbackDue marks a reference queued for the finalizer thread to
	// call its callback.
	callbackDue bool
}

// WeakrefType is weakref.ref (weakref.ReferenceType).
var WeakrefType = &Type{Name: "ReferenceType", Module: "weakref", Doc: "Create a weak reference to an object."}

// weakRegistry is the registry: each referent's weak references, oldest first.
var weakRegistry struct {
	mu    sync.Mutex
	lists map[*Object][]*Weakref
}

func init() {
	weakRegistry.lists = map[*Object][]*Weakref{}
	wt := WeakrefType
	wt.New = weakrefNew
	wt.Init = weakrefInit
	wt.Call = weakrefCall
	wt.Hash = weakrefHash
	wt.RichCmp = weakrefRichCmp
	wt.Repr = weakrefRepr
	wt.AddGetSets(GetSetDef{Name: "__callback__", Get: weakrefCallback, Doc: "The callback of the weak reference, or None."})
	wt.AddClassMethods(MethodDef{"__class_getitem__", classGetItemAlias, "See PEP 585"})
	wt.SetClear(weakrefClear)
	ReadyType[Weakref](wt, ObjectType, FlagBaseType)
	wt.Dealloc = weakrefDealloc
	BuiltinModules["_weakref"] = newWeakrefModule
}

func newWeakrefModule(t *Thread) *Module {
	m := t.NewModule("_weakref")
	t.ModuleSet(m, "ref", WeakrefType.Obj())
	t.ModuleSet(m, "ReferenceType", WeakrefType.Obj())
	t.AddFunctions(m,
		MethodDef{"getweakrefcount", weakrefGetCount, "Return the number of weak references to 'object'."},
		MethodDef{"getweakrefs", weakrefGetRefs, "Return a list of all weak reference objects pointing to 'object'."},
		MethodDef{"_remove_dead_weakref", weakrefRemoveDead, "Atomically remove key from dict if it points to a dead weakref."},
	)
	return m
}

// asWeakref returns o's weak reference part if o is a weak reference.
func asWeakref(o *Object) *Weakref {
	if TypeOf(o).IsSubtype(WeakrefType) {
		return As[Weakref](o)
	}
	return nil
}

// weaklyReferenceable reports whether weak references to o may be made.
func weaklyReferenceable(o *Object) bool {
	typ := TypeOf(o)
	switch {
	case typ == FunctionType || typ.IsSubtype(TypeType) || typ == SetType || typ == FrozenSetType ||
		typ == GeneratorType || typ == MethodType || typ == BuiltinFunctionType || typ == ModuleType:
		return true
	case !typ.IsHeap():
		return false
	}
	// A Python class gives its instances a __weakref__ slot unless it
	// and every Python class above it name __slots__ without it.
	for _, c := range typ.MRO {
		if !c.IsHeap() {
			continue
		}
		slots := c.Dict().GetStr(Intern("__slots__"))
		if slots == nil {
			return true
		}
		if s, ok := AsStr(slots); ok {
			if s == "__weakref__" {
				return true
			}
			continue
		}
		if TypeOf(slots) == TupleType || TypeOf(slots) == ListType {
			for _, n := range seqItems(slots) {
				if s, ok := AsStr(n); ok && s == "__weakref__" {
					return true
				}
			}
		}
	}
	return false
}

// seqItems returns a list's or tuple's items, borrowed.
func seqItems(o *Object) []*Object {
	if TypeOf(o) == TupleType {
		return As[Tuple](o).items
	}
	return As[List](o).items
}

// weakrefNew is ref(object[, callback]), and the __new__ of subclasses.
func weakrefNew(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
	if kwnames.Len() > 0 && typ == WeakrefType {
		return nil, t.TypeError("ref() takes no keyword arguments")
	}
	n := len(args) - kwnames.Len()
	if n < 1 {
		return nil, t.TypeError("__new__ expected at least 1 argument, got %d", n)
	}
	if n > 2 {
		return nil, t.TypeError("__new__ expected at most 2 arguments, got %d", n)
	}
	obj := args[0]
	var callback *Object
	if n == 2 && args[1] != None {
		callback = args[1]
	}
	if !weaklyReferenceable(obj) {
		return nil, t.TypeError("cannot create weak reference to '%s' object", TypeOf(obj).Name)
	}
	weakRegistry.mu.Lock()
	if callback == nil && typ == WeakrefType {
		// Like CPython, share the one plain reference to an object.
		for _, wr := range weakRegistry.lists[obj] {
			if wr.callback == nil && TypeOf(&wr.Object) == WeakrefType && t.TryIncref(&wr.Object) {
				weakRegistry.mu.Unlock()
				return &wr.Object, nil
			}
		}
	}
	weakRegistry.mu.Unlock()
	var o *Object
	if typ == WeakrefType {
		wr := new(Weakref)
		t.initObject(&wr.Object, typ)
		o = &wr.Object
	} else {
		o = t.NewInstance(typ)
	}
	wr := As[Weakref](o)
	wr.hash.Store(hashUnset)
	if callback != nil {
		wr.callback = t.NewRef(callback)
	}
	weakRegistry.mu.Lock()
	wr.referent = obj
	weakRegistry.lists[obj] = append(weakRegistry.lists[obj], wr)
	obj.MarkWeak()
	o.MarkWeak()
	weakRegistry.mu.Unlock()
	return o, nil
}

// weakrefInit accepts ref's arguments again, for subclasses whose
// __init__ calls ref.__init__(self, ob, callback).
func weakrefInit(t *Thread, self *Object, args []*Object, kwnames *Tuple) error {
	if n := len(args) - kwnames.Len(); n < 1 || n > 2 {
		return t.TypeError("__init__ expected 1 or 2 arguments, got %d", n)
	}
	return nil
}

// deref returns a new reference to wr's referent, or nil if it died.
func (t *Thread) deref(wr *Weakref) *Object {
	weakRegistry.mu.Lock()
	defer weakRegistry.mu.Unlock()
	if p := wr.referent; p != nil && t.TryIncref(p) {
		return p
	}
	return nil
}

// weakrefCall is ref(): the referent, or None once it died.
func weakrefCall(t *Thread, callable *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if len(args) > 0 {
		return nil, t.TypeError("%s() takes no arguments", TypeOf(callable).Name)
	}
	if p := t.deref(As[Weakref](callable)); p != nil {
		return p, nil
	}
	return None, nil
}

// weakrefHash is the referent's hash, kept once taken: a dead
// reference that was never hashed cannot be.
func weakrefHash(t *Thread, o *Object) (int64, error) {
	wr := As[Weakref](o)
	if h := wr.hash.Load(); h != hashUnset {
		return h, nil
	}
	p := t.deref(wr)
	if p == nil {
		return 0, t.TypeError("weak object has gone away")
	}
	h, err := t.Hash(p)
	t.Decref(p)
	if err != nil {
		return 0, err
	}
	wr.hash.Store(h)
	return h, nil
}

// weakrefRichCmp compares the referents of two live references, and
// references by identity once either referent died.
func weakrefRichCmp(t *Thread, a, b *Object, op CompareOp) (*Object, error) {
	if (op != CmpEq && op != CmpNe) || !TypeOf(b).IsSubtype(WeakrefType) {
		return NotImplemented, nil
	}
	pa := t.deref(As[Weakref](a))
	pb := t.deref(As[Weakref](b))
	defer t.XDecref(pa)
	defer t.XDecref(pb)
	if pa == nil || pb == nil {
		return NewBool((a == b) == (op == CmpEq)), nil
	}
	eq, err := t.CompareBool(pa, pb, CmpEq)
	if err != nil {
		return nil, err
	}
	return NewBool(eq == (op == CmpEq)), nil
}

func weakrefRepr(t *Thread, o *Object) (*Object, error) {
	p := t.deref(As[Weakref](o))
	if p == nil {
		return t.NewStr(fmt.Sprintf("<weakref at %#x; dead>", Addr(o))), nil
	}
	defer t.Decref(p)
	s := fmt.Sprintf("<weakref at %#x; to '%s' at %#x", Addr(o), TypeOf(p).Name, Addr(p))
	name, err := t.LookupAttr(p, dnName)
	if err != nil {
		t.DropError(err)
	} else if name != nil {
		if n, ok := AsStr(name); ok {
			s += " (" + n + ")"
		}
		t.Decref(name)
	}
	return t.NewStr(s + ">"), nil
}

func weakrefCallback(t *Thread, o *Object) (*Object, error) {
	weakRegistry.mu.Lock()
	cb := As[Weakref](o).callback
	if cb != nil {
		t.Incref(cb)
	}
	weakRegistry.mu.Unlock()
	if cb == nil {
		return None, nil
	}
	return cb, nil
}

// weakrefClear drops the callback; weakDeath has unregistered the
// reference.
func weakrefClear(t *Thread, o *Object) {
	wr := As[Weakref](o)
	weakRegistry.mu.Lock()
	cb := wr.callback
	wr.callback = nil
	weakRegistry.mu.Unlock()
	t.XDecref(cb)
}

func weakrefDealloc(t *Thread, o *Object) {
	if o.IsWeakMarked() && t.weakDeath(o) {
		return
	}
	weakrefClear(t, o)
	release(o)
}

// deallocWeakable is deallocPlain for the builtin types whose objects
// may be weakly referenced and need nothing else at death.
func deallocWeakable(t *Thread, o *Object) {
	if o.IsWeakMarked() && t.weakDeath(o) {
		return
	}
	deallocPlain(t, o)
}

// weakDeath settles the death of o, which carries WeakBit (a referent, a
// registered weak reference, or both), under weakRegistry.mu: it reports true if
// o turned out to be alive, a weak read having taken a count after its
// owner decided to free it; the owner's reference is then dropped the
// slow way. Otherwise the references to o are cleared, o leaves its
// referent's list, and the callbacks of the cleared references run (or
// are queued for the finalizer thread).
func (t *Thread) weakDeath(o *Object) bool {
	for {
		weakRegistry.mu.Lock()
		if o.Owner() == t.ID() && o.SharedCount() > 0 {
			// Decref's fast path decided, and a weak read has since
			// taken a count: drop the owner's reference as Decref's
			// slow path would have. If the reader has let go again in
			// between, that is the death (by compare-and-swap, which
			// no further read can undo).
			weakRegistry.mu.Unlock()
			if !t.State.Decref(o) {
				return true
			}
			continue
		}
		break
	}
	var due []*Weakref
	if refs, ok := weakRegistry.lists[o]; ok {
		delete(weakRegistry.lists, o)
		// Callbacks run newest first, as CPython's do.
		for i := len(refs) - 1; i >= 0; i-- {
			wr := refs[i]
			wr.referent = nil
			if wr.callback != nil && t.TryIncref(&wr.Object) {
				due = append(due, wr)
			}
		}
	}
	if wr := asWeakref(o); wr != nil && wr.referent != nil {
		p := wr.referent
		wr.referent = nil
		refs := weakRegistry.lists[p]
		for i, r := range refs {
			if r == wr {
				refs = append(refs[:i:i], refs[i+1:]...)
				break
			}
		}
		if len(refs) == 0 {
			delete(weakRegistry.lists, p)
			p.ClearWeakMark()
		} else {
			weakRegistry.lists[p] = refs
		}
	}
	o.ClearWeakMark()
	weakRegistry.mu.Unlock()
	if len(due) == 0 {
		return false
	}
	if !t.finalizeNow(o) {
		for _, wr := range due {
			wr.callbackDue = true
			t.finalizeQueue(&wr.Object)
		}
		return false
	}
	clean := t.uncleanCall()
	for _, wr := range due {
		t.callWeakCallback(wr)
		t.Decref(&wr.Object)
	}
	t.EndCleanCall(clean)
	return false
}

// callWeakCallback calls wr's callback with wr, once, reporting an
// exception as unraisable.
func (t *Thread) callWeakCallback(wr *Weakref) {
	weakRegistry.mu.Lock()
	cb := wr.callback
	wr.callback = nil
	weakRegistry.mu.Unlock()
	if cb == nil {
		return
	}
	saved := t.ExcInfo
	r, err := t.Call1(cb, &wr.Object)
	t.ExcInfo = saved
	if err != nil {
		t.WriteUnraisable(err, cb)
	} else {
		t.Decref(r)
	}
	t.Decref(cb)
}

// weakrefGetCount is getweakrefcount(object).
func weakrefGetCount(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("getweakrefcount", args, kw, 1, 1); err != nil {
		return nil, err
	}
	weakRegistry.mu.Lock()
	n := len(weakRegistry.lists[args[0]])
	weakRegistry.mu.Unlock()
	return t.NewInt(int64(n)), nil
}

// weakrefGetRefs is getweakrefs(object): its live weak references.
func weakrefGetRefs(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("getweakrefs", args, kw, 1, 1); err != nil {
		return nil, err
	}
	l := t.NewList(0)
	weakRegistry.mu.Lock()
	var refs []*Object
	for _, wr := range weakRegistry.lists[args[0]] {
		if t.TryIncref(&wr.Object) {
			refs = append(refs, &wr.Object)
		}
	}
	weakRegistry.mu.Unlock()
	for _, r := range refs {
		l.appendSteal(r)
	}
	return l.Obj(), nil
}

// weakrefRemoveDead is _remove_dead_weakref(dict, key): delete dict[key]
// if it is a weak reference whose referent died, under the dict's lock.
func weakrefRemoveDead(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("_remove_dead_weakref", args, kw, 2, 2); err != nil {
		return nil, err
	}
	if !TypeOf(args[0]).IsSubtype(DictType) {
		return nil, t.TypeError("_remove_dead_weakref() argument 1 must be dict, not %s", TypeOf(args[0]).Name)
	}
	d := As[Dict](args[0])
	h, err := t.Hash(args[1])
	if err != nil {
		return nil, err
	}
	t.Lock(&d.Object)
	ix, err := t.dictLookup(d, args[1], h)
	var k, v *Object
	if err == nil && ix >= 0 && deadWeakref(d.ents()[ix].value) {
		k, v = d.deleteEntry(ix, h)
	}
	t.Unlock(&d.Object)
	if err != nil {
		return nil, err
	}
	t.XDecref(k)
	t.XDecref(v)
	return None, nil
}

// deadWeakref reports whether v is a weak reference whose referent died.
func deadWeakref(v *Object) bool {
	wr := asWeakref(v)
	if wr == nil {
		return false
	}
	weakRegistry.mu.Lock()
	defer weakRegistry.mu.Unlock()
	return wr.referent == nil
}
