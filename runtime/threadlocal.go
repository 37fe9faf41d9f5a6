package runtime

import "sync"

// _thread._local (threading.local): an object whose attributes are
// per thread. Each thread that touches it gets its own dict, made on
// first use; in a thread other than the creator, a subclass's __init__
// runs again on the new dict with the arguments the object was made
// with, as in CPython. Attribute access is the generic protocol with the
// calling thread's dict in place of an instance dict.
//
// The dicts live in a map keyed by thread, guarded by the object's mutex
// (held briefly, never while Python code runs). Each thread remembers
// the locals it has a dict in, and Exit releases its dicts, so that what
// a thread stored is freed when the thread ends; clearing the local
// releases every thread's dict.

type localObj struct {
	Object
	mu    sync.Mutex
	dicts map[*Thread]*Dict
	dead  bool   // cleared: the map is gone
	args  *Tuple // the constructor's positional arguments
	kw    *Dict  // and keyword arguments, nil when none
}

// LocalType is _thread._local.
var LocalType = builtinType(&Type{Name: "_local", Module: "_thread", Doc: "Thread-local data"})

func localNew(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
	if len(args) > 0 && typ.Lookup(dnInit) == ObjectType.Dict().GetStr(dnInit) {
		return nil, t.TypeError("Initialization arguments are not supported")
	}
	var o *Object
	if typ == LocalType {
		l := new(localObj)
		t.initObject(&l.Object, typ)
		o = &l.Object
	} else {
		o = t.NewInstance(typ)
	}
	l := As[localObj](o)
	npos := len(args) - kwnames.Len()
	l.args = t.NewTuple(args[:npos]...)
	if kwnames.Len() > 0 {
		l.kw = t.NewDict()
		for i, k := range kwnames.items {
			t.DictSetStr(l.kw, InternObj(k), args[npos+i])
		}
	}
	l.dicts = map[*Thread]*Dict{}
	d := t.NewDict()
	l.dicts[t] = d
	t.rememberLocal(l)
	return o, nil
}

// rememberLocal records that t has a dict in l, dropping entries for
// locals that were cleared once the list has grown.
func (t *Thread) rememberLocal(l *localObj) {
	if n := len(t.locals); n >= 16 && n&(n-1) == 0 {
		kept := t.locals[:0]
		for _, o := range t.locals {
			o.mu.Lock()
			if !o.dead {
				kept = append(kept, o)
			}
			o.mu.Unlock()
		}
		clear(t.locals[len(kept):])
		t.locals = kept
	}
	t.locals = append(t.locals, l)
}

// localDict returns t's dict in l (borrowed), making it, and running a
// subclass's __init__ on it, on the thread's first use.
func (t *Thread) localDict(o *Object) (*Dict, error) {
	l := As[localObj](o)
	l.mu.Lock()
	d := l.dicts[t]
	l.mu.Unlock()
	if d != nil {
		return d, nil
	}
	d = t.NewDict()
	l.mu.Lock()
	if l.dead {
		l.mu.Unlock()
		t.Decref(d.Obj())
		return nil, t.RuntimeError("thread-local object was cleared")
	}
	l.dicts[t] = d
	l.mu.Unlock()
	t.rememberLocal(l)
	typ := TypeOf(o)
	if init := typ.Lookup(dnInit); init != nil && init != ObjectType.Dict().GetStr(dnInit) {
		bound, err := t.GetAttr(o, dnInit)
		if err != nil {
			return nil, err
		}
		r, err := t.CallArgs(bound, l.args.Obj(), dictObj(l.kw))
		t.Decref(bound)
		if err != nil {
			return nil, err
		}
		t.Decref(r)
	}
	return d, nil
}

func dictObj(d *Dict) *Object {
	if d == nil {
		return nil
	}
	return d.Obj()
}

func localGetAttr(t *Thread, o *Object, name *Str) (*Object, error) {
	d, err := t.localDict(o)
	if err != nil {
		return nil, err
	}
	if name.s == "__dict__" {
		return t.NewRef(d.Obj()), nil
	}
	typ := TypeOf(o)
	descr := typ.Lookup(name)
	var get DescrGetFunc
	if descr != nil {
		dt := TypeOf(descr)
		get = dt.DescrGet
		if get != nil && dt.DescrSet != nil {
			t.Incref(descr)
			r, err := get(t, descr, o, typ)
			t.Decref(descr)
			return r, err
		}
	}
	if v := d.GetStr(name); v != nil {
		return t.NewRef(v), nil
	}
	if get != nil {
		t.Incref(descr)
		r, err := get(t, descr, o, typ)
		t.Decref(descr)
		return r, err
	}
	if descr != nil {
		return t.NewRef(descr), nil
	}
	return nil, t.noAttribute(o, name)
}

func localSetAttr(t *Thread, o *Object, name *Str, v *Object) error {
	if name.s == "__dict__" {
		return t.AttributeError("'%s' object attribute '__dict__' is read-only", TypeOf(o).Name)
	}
	d, err := t.localDict(o)
	if err != nil {
		return err
	}
	if descr := TypeOf(o).Lookup(name); descr != nil {
		if set := TypeOf(descr).DescrSet; set != nil {
			t.Incref(descr)
			err := set(t, descr, o, v)
			t.Decref(descr)
			return err
		}
	}
	if v == nil {
		if !t.DictDelStr(d, name) {
			return t.noAttribute(o, name)
		}
		return nil
	}
	t.DictSetStr(d, InternObj(&name.Object), v)
	return nil
}

// localClear releases every thread's dict and the saved arguments.
func localClear(t *Thread, o *Object) {
	l := As[localObj](o)
	l.mu.Lock()
	dicts := l.dicts
	l.dicts = nil
	l.dead = true
	l.mu.Unlock()
	for _, d := range dicts {
		t.Decref(d.Obj())
	}
	if l.args != nil {
		a := l.args
		l.args = nil
		t.Decref(a.Obj())
	}
	if l.kw != nil {
		k := l.kw
		l.kw = nil
		t.Decref(k.Obj())
	}
}

// releaseLocals drops the thread's dicts in every local it used (Exit).
func (t *Thread) releaseLocals() {
	for _, l := range t.locals {
		l.mu.Lock()
		d := l.dicts[t]
		delete(l.dicts, t)
		l.mu.Unlock()
		if d != nil {
			t.Decref(d.Obj())
		}
	}
	t.locals = nil
}

func initLocalType() {
	LocalType.New = localNew
	LocalType.GetAttr = localGetAttr
	LocalType.SetAttr = localSetAttr
	LocalType.SetClear(localClear)
	ReadyType[localObj](LocalType, ObjectType, FlagBaseType)
}
