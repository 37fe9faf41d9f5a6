package runtime

import "sync"

// A builtin type's dict is built on first use, not during package
// initialization. Most programs look at the dicts of a few dozen of the
// two hundred or so builtin types, and building them all (a method
// descriptor, an interned name and a dict insertion for each of several
// thousand entries) was most of the start-up time of the runtime package.
//
// Readying a type (readyBuiltin) still does everything its slots and
// instances need: MRO, inherited slots, layout, flags. What goes into its
// dict is recorded instead, in order, as dictOps: the method tables given
// before readying, the dunders that expose the type's own slots, __new__
// and __doc__, and the constants set after readying. The first reader of
// the dict (Type.Dict) replays them under typeFillMu and then publishes
// the dict by clearing Type.lazy; the atomic store and load order the
// dict's contents before every later reader's use. The result is the
// same dict, in the same insertion order, that eager readying built.

// typeFillMu serializes the building of builtin types' dicts, and with it
// every use of bootThread after package initialization: the dicts are
// built with bootThread's count operations, which are not safe from two
// goroutines at once.
var typeFillMu sync.Mutex

// lazyDict is what remains to be put into a builtin type's dict.
type lazyDict struct {
	ops []dictOp
	// first holds the usual few steps (a method table, a getset table,
	// the readying), so that recording them allocates once.
	first [3]dictOp
}

// dictOpKind says what a dictOp adds.
type dictOpKind uint8

const (
	opMethods       dictOpKind = iota // method descriptors from methods
	opClassMethods                    // class method descriptors from methods
	opStaticMethods                   // builtin functions from methods
	opGetSets                         // getset descriptors from getsets
	opValue                           // name bound to value (an immortal object)
	opReady                           // own's slot dunders, __new__ and __doc__
)

// dictOp is one recorded step of building a builtin type's dict.
type dictOp struct {
	kind    dictOpKind
	methods []MethodDef
	getsets []GetSetDef
	name    string
	value   *Object
	own     uint64 // opReady: the slots the type defines itself
	ownNew  bool   // opReady: the type has a __new__ of its own
}

// Dict returns the type's namespace, building it first if it is a
// builtin type's dict that nobody has read yet.
func (typ *Type) Dict() *Dict {
	if typ.lazy.Load() != nil {
		typ.fillDict()
	}
	return typ.dict
}

// record adds op to the steps that will build the type's dict, or, if
// the dict is already built (a constant set after first use), carries it
// out at once.
func (typ *Type) record(op dictOp) {
	typeFillMu.Lock()
	defer typeFillMu.Unlock()
	if l := typ.lazy.Load(); l != nil {
		l.ops = append(l.ops, op)
		return
	}
	if typ.dict == nil {
		// A type being prepared for readyBuiltin: start its record.
		l := new(lazyDict)
		l.first[0] = op
		l.ops = l.first[:1]
		typ.lazy.Store(l)
		return
	}
	typ.apply(op)
}

// fillDict replays the recorded steps into a new dict and publishes it.
func (typ *Type) fillDict() {
	typeFillMu.Lock()
	defer typeFillMu.Unlock()
	l := typ.lazy.Load()
	if l == nil {
		return // another goroutine built it meanwhile
	}
	if typ.dict == nil {
		typ.dict = newStaticDict()
	}
	for _, op := range l.ops {
		typ.apply(op)
	}
	typ.lazy.Store(nil)
}

// apply carries out one step on typ.dict; typeFillMu is held.
func (typ *Type) apply(op dictOp) {
	if typ.dict == nil {
		typ.dict = newStaticDict()
	}
	switch op.kind {
	case opMethods:
		for _, d := range op.methods {
			v := typ.earlyObj(d.Name)
			if v == nil {
				v = &newMethod(typ, d.Name, d.Fn, methodInstance, d.Doc).Object
			}
			typ.put(d.Name, v)
		}
	case opClassMethods:
		for _, d := range op.methods {
			typ.put(d.Name, &newMethod(typ, d.Name, d.Fn, methodClass, d.Doc).Object)
		}
	case opStaticMethods:
		for _, d := range op.methods {
			typ.put(d.Name, NewBuiltin(d.Name, d.Fn, d.Doc))
		}
	case opGetSets:
		for _, d := range op.getsets {
			g := &GetSetDescr{Name: d.Name, Get: d.Get, Set: d.Set, Owner: typ, Doc: d.Doc}
			initStatic(&g.Object, GetSetDescrType)
			typ.put(d.Name, &g.Object)
		}
	case opValue:
		typ.put(op.name, op.value)
	case opReady:
		typ.exposeSlots(op.own)
		if op.ownNew && typ.dict.GetStr(dnNew) == nil {
			nw := &BuiltinFunction{Name: "__new__", Fn: tpNewWrapper, Self: &typ.Object, Module: "builtins"}
			initStatic(&nw.Object, BuiltinFunctionType)
			typ.put("__new__", &nw.Object)
		}
		if typ.dict.GetStr(dnDoc) == nil {
			if typ.Doc != "" {
				typ.put("__doc__", &Intern(typ.Doc).Object)
			} else {
				typ.put("__doc__", None)
			}
		}
	}
}

// put binds name in typ.dict; typeFillMu is held.
func (typ *Type) put(name string, v *Object) {
	bootThread.DictSetStr(typ.dict, Intern(name), v)
}

// early holds the method descriptors made before their type's dict was
// built (earlyMethod), which building the dict puts in rather than new
// ones. Package initialization appends to it; dict building, later and
// under typeFillMu, reads it.
var early []earlyDescr

// earlyDescr is a descriptor of typ's dict made early.
type earlyDescr struct {
	typ  *Type
	name string
	obj  *Object
}

// earlyMethod returns the descriptor that typ's dict will bind to name,
// made now without building the dict: for the fast paths that recognize
// a builtin's own method by pointer (list.append, object.__getattribute__
// and __setattr__), which would otherwise build the dict of the type
// during package initialization for the one entry. name must be a method
// of typ's method tables or the wrapper of a slot typ defines, and no
// other kind of entry; typ is readied and its dict not built.
func (typ *Type) earlyMethod(name string) *Object {
	typeFillMu.Lock()
	defer typeFillMu.Unlock()
	l := typ.lazy.Load()
	if l == nil {
		panic("earlyMethod: the dict of " + typ.Name + " is built")
	}
	var obj *Object
	for _, op := range l.ops {
		switch op.kind {
		case opMethods:
			for _, d := range op.methods {
				if d.Name == name {
					obj = &newMethod(typ, d.Name, d.Fn, methodInstance, d.Doc).Object
				}
			}
		case opReady:
			// exposeSlots adds a slot's dunder only where the tables did
			// not name it.
			for id := slotID(0); id < numSlots && obj == nil; id++ {
				if op.own&(1<<id) == 0 {
					continue
				}
				for _, n := range slotDunders[id] {
					if n == name {
						if fn := slotMethod(typ, id, name); fn != nil {
							obj = &newSlotMethod(typ, name, fn, id).Object
						}
					}
				}
			}
		case opClassMethods, opStaticMethods:
			for _, d := range op.methods {
				if d.Name == name {
					panic("earlyMethod: " + typ.Name + "." + name + " is a class or static method")
				}
			}
		case opGetSets:
			for _, d := range op.getsets {
				if d.Name == name {
					panic("earlyMethod: " + typ.Name + "." + name + " is a getset")
				}
			}
		case opValue:
			if op.name == name {
				panic("earlyMethod: " + typ.Name + "." + name + " is a constant")
			}
		}
	}
	if obj == nil {
		panic("earlyMethod: " + typ.Name + " has no method " + name)
	}
	early = append(early, earlyDescr{typ, name, obj})
	return obj
}

// earlyObj returns the descriptor made early for typ's name, or nil;
// typeFillMu is held.
func (typ *Type) earlyObj(name string) *Object {
	for _, e := range early {
		if e.typ == typ && e.name == name {
			return e.obj
		}
	}
	return nil
}
