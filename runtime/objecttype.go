package runtime

import (
	"fmt"
	"sort"
)

// object, the root of every class.

// ObjectType is object.
var ObjectType = builtinType(&Type{Name: "object", Doc: "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n"})

// objectGetAttribute and objectSetAttr are object's __getattribute__ and
// __setattr__ descriptors: slot wrappers compare against them to take the
// generic path directly.
var objectGetAttribute, objectSetAttr *Object

func objectRepr(t *Thread, o *Object) (*Object, error) {
	return t.NewStr(fmt.Sprintf("<%s object at %#x>", TypeOf(o).FullName(), Addr(o))), nil
}

func objectStr(t *Thread, o *Object) (*Object, error) {
	return TypeOf(o).Repr(t, o)
}

// objectHashOf is the identity hash: the address, rotated so that the
// alignment's zero bits do not all land in the low bits.
func objectHashOf(o *Object) int64 {
	a := uint64(Addr(o))
	h := int64(a>>4 | a<<60)
	if h == -1 {
		h = -2
	}
	return h
}

func objectHash(t *Thread, o *Object) (int64, error) { return objectHashOf(o), nil }

func objectRichCmp(t *Thread, a, b *Object, op CompareOp) (*Object, error) {
	switch op {
	case CmpEq:
		if a == b {
			return True, nil
		}
		return NotImplemented, nil
	case CmpNe:
		cmp := TypeOf(a).RichCmp
		if cmp == nil {
			return NotImplemented, nil
		}
		r, err := cmp(t, a, b, CmpEq)
		if err != nil || r == NotImplemented {
			return r, err
		}
		v, err := t.Truth(r)
		t.Decref(r)
		if err != nil {
			return nil, err
		}
		return NewBool(!v), nil
	}
	return NotImplemented, nil
}

func excessArgs(args []*Object, kwnames *Tuple) bool { return len(args) > 0 }

func objectInit(t *Thread, self *Object, args []*Object, kwnames *Tuple) error {
	if excessArgs(args, kwnames) {
		typ := TypeOf(self)
		if !typ.initIsObject {
			return t.TypeError("object.__init__() takes exactly one argument (the instance to initialize)")
		}
		if typ.newIsObject {
			return t.TypeError("%s() takes no arguments", typ.Name)
		}
	}
	return nil
}

func objectNew(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
	if excessArgs(args, kwnames) {
		if !typ.newIsObject {
			return nil, t.TypeError("object.__new__() takes exactly one argument (the type to instantiate)")
		}
		if typ.initIsObject {
			return nil, t.TypeError("%s() takes no arguments", typ.Name)
		}
	}
	if typ.Flags&FlagAbstract != 0 {
		return nil, t.abstractError(typ)
	}
	if typ == ObjectType {
		o := new(Object)
		t.initObject(o, ObjectType)
		return o, nil
	}
	return t.allocInstance(typ), nil
}

// abstractError is the TypeError of instantiating an abstract class.
func (t *Thread) abstractError(typ *Type) error {
	names := []string{}
	if am := typ.Lookup(Intern("__abstractmethods__")); am != nil {
		if it, err := t.Iter(am); err == nil {
			for {
				x, err := t.Next(it)
				if err != nil || x == nil {
					break
				}
				if s, ok := AsStr(x); ok {
					names = append(names, s)
				}
				t.Decref(x)
			}
			t.Decref(it)
		}
	}
	sort.Strings(names)
	list := ""
	for i, n := range names {
		if i > 0 {
			list += ", "
		}
		list += n
	}
	// CPython 3.11's wording (3.12 quotes the names and says "without an
	// implementation for"); the tests compare with 3.11.
	return t.TypeError("Can't instantiate abstract class %s with abstract method%s %s", typ.Name, plural(len(names)), list)
}

// InitFunction returns the __init__ of a class whose call the eval loop
// may run inline: a heap type with object's __new__, a Python function as
// __init__, and nothing else that changes what calling the class does (no
// metaclass __call__, not abstract). Otherwise nil.
func (t *Thread) InitFunction(typ *Type) *Function {
	if !typ.IsHeap() || !typ.newIsObject || typ.Flags&FlagAbstract != 0 || TypeOf(&typ.Object) != TypeType {
		return nil
	}
	f := typ.Lookup(dnInit)
	if f == nil || TypeOf(f) != FunctionType || As[Function](f).Code.Flags&CoGenerator != 0 {
		return nil
	}
	return As[Function](f)
}

// NewInstance allocates an instance of a class for which InitFunction
// returned a function: what object.__new__ does for it.
func (t *Thread) NewInstance(typ *Type) *Object { return t.allocInstance(typ) }

// allocInstance allocates an instance of heap type typ in its base's
// layout, with its extras.
func (t *Thread) allocInstance(typ *Type) *Object {
	var o *Object
	if typ.solid == ObjectType {
		o = t.free.instances.pop(t.State)
	}
	if o == nil {
		if n := typ.nslots; n > 0 && n <= maxInlineSlots && typ.solid == ObjectType {
			// The __slots__ storage in the instance's own block, as a
			// small tuple's items: one allocation, and slot reads
			// that land next to the header.
			o, items := instanceAllocs[n](n)
			t.initObject(o, typ)
			extraOf(o, typ.extraOff).slots = items
			return o
		}
		o = typ.layout.alloc()
	}
	t.initObject(o, typ)
	if ex := extraOf(o, typ.extraOff); len(ex.slots) != typ.nslots {
		// A recycled instance of another class: its slot array (all
		// nil, heapDealloc cleared it, and past its length it was nil
		// when it shrank) serves when it is big enough, so that a
		// program mixing classes of two and three slots (raytrace's
		// rays and vectors) does not allocate a new array per instance.
		switch n := typ.nslots; {
		case n == 0:
			ex.slots = ex.slots[:0]
		case n <= cap(ex.slots):
			ex.slots = ex.slots[:n]
		default:
			ex.slots = make([]*Object, n)
		}
	}
	return o
}

// maxInlineSlots is the most __slots__ an instance of a class based on
// object holds in its own block; instanceAllocs[n] allocates such an
// instance (an Instance followed by n slots, cast.go's withItems).
const maxInlineSlots = 8

var instanceAllocs = [maxInlineSlots + 1]func(int) (*Object, []*Object){nil,
	allocWithItems[Instance, [1]*Object],
	allocWithItems[Instance, [2]*Object],
	allocWithItems[Instance, [3]*Object],
	allocWithItems[Instance, [4]*Object],
	allocWithItems[Instance, [5]*Object],
	allocWithItems[Instance, [6]*Object],
	allocWithItems[Instance, [7]*Object],
	allocWithItems[Instance, [8]*Object],
}

// recycleInstance keeps the memory of a dead instance of a class based on
// object alone, whose dict and slots heapDealloc has emptied, for the next
// such instance, with its slot array: every class of that kind has the
// same Go layout, and building and dropping small objects in a loop (a
// vector class's operators) otherwise costs Go's allocator one or two
// blocks each. Instances of classes with __del__ are not kept. It reports
// whether it disposed of o (kept it, or poisoned it in debug mode); if
// not, the caller releases it.
func (t *Thread) recycleInstance(typ *Type, o *Object, ex *InstExtra) bool {
	if typ.solid != ObjectType || typ.Flags&FlagHasDel != 0 {
		return false
	}
	if recycle(o) {
		ex.finalized = false
		t.free.instances.push(o)
	}
	return true
}

// heapDealloc frees an instance of a heap type: __del__ first (once),
// then its extras, then what its builtin base holds.
func heapDealloc(t *Thread, o *Object) {
	typ := TypeOf(o)
	ex := extraOf(o, typ.extraOff)
	if typ.Flags&FlagHasDel != 0 && !ex.finalized {
		ex.finalized = true
		weakMarked := o.IsWeakMarked()
		if !t.finalizeNow(o) {
			t.finalizeLater(o)
			return
		}
		t.InitHeader(o, typePtr(typ))
		if weakMarked {
			o.MarkWeak() // InitHeader cleared it; weak references see __del__ run
		}
		clean := t.uncleanCall()
		t.callFinalizer(o)
		t.EndCleanCall(clean)
		if !t.State.Decref(o) {
			return // resurrected
		}
	}
	// After __del__, as in CPython: clear the weak references to o, or
	// find that a weak read revived it (weakref.go).
	if o.IsWeakMarked() && t.weakDeath(o) {
		return
	}
	if d := ex.dict; d != nil {
		ex.dict = nil
		t.Decref(&d.Object)
	}
	t.releaseItems(ex.slots)
	if c := typ.solid.clear; c != nil {
		c(t, o)
	}
	if !t.recycleInstance(typ, o, ex) {
		release(o)
	}
}

// callFinalizer runs __del__, reporting an exception it raises as CPython
// does ("Exception ignored in: ...") instead of propagating it.
func (t *Thread) callFinalizer(o *Object) {
	saved := t.ExcInfo
	r, err := t.callDunder0(o, dnDel)
	t.ExcInfo = saved
	if err != nil {
		if f := TypeOf(o).Lookup(dnDel); f != nil {
			t.WriteUnraisable(err, f)
		}
		return
	}
	t.Decref(r)
}

func objectFormat(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("__format__", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	spec, ok := AsStr(args[1])
	if !ok {
		return nil, t.TypeError("__format__() argument must be str, not %s", TypeOf(args[1]).Name)
	}
	if spec != "" {
		return nil, t.TypeError("unsupported format string passed to %s.__format__", TypeOf(args[0]).Name)
	}
	return t.StrOf(args[0])
}

func objectInitSubclass(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if len(args) > 1 || kw.Len() > 0 {
		return nil, t.TypeError("%s.__init_subclass__() takes no keyword arguments", As[Type](args[0]).Name)
	}
	return None, nil
}

func objectSubclassHook(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	return NotImplemented, nil
}

func objectSizeof(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	typ := TypeOf(args[0])
	size := 16
	if typ.layout.baseSize != 0 {
		size = int(typ.layout.baseSize)
	}
	return t.NewInt(int64(size)), nil
}

// objectDir is object.__dir__: the instance dict's keys and the names of
// the class and its bases.
func objectDir(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	o := args[0]
	names := t.NewDict()
	defer t.Decref(names.Obj())
	if d := InstanceDict(o); d != nil {
		if err := t.DictMerge(names, d, true); err != nil {
			return nil, err
		}
	}
	for _, m := range TypeOf(o).MRO {
		if err := t.DictMerge(names, m.Dict(), true); err != nil {
			return nil, err
		}
	}
	keys, _ := names.Items()
	return t.NewListOf(keys...).Obj(), nil
}

func objectGetClass(t *Thread, o *Object) (*Object, error) {
	return t.NewRef(&TypeOf(o).Object), nil
}

func objectSetClass(t *Thread, o, v *Object) error {
	if v == nil {
		return t.TypeError("can't delete __class__ attribute")
	}
	if !IsType(v) {
		return t.TypeError("__class__ must be set to a class, not '%s' object", TypeOf(v).Name)
	}
	nt, ot := As[Type](v), TypeOf(o)
	if !nt.IsHeap() || !ot.IsHeap() {
		return t.TypeError("__class__ assignment only supported for mutable types or ModuleType subclasses")
	}
	if nt.solid != ot.solid || nt.extraOff != ot.extraOff || nt.nslots != ot.nslots || nt.dictOff != ot.dictOff {
		return t.TypeError("__class__ assignment: '%s' object layout differs from '%s'", nt.Name, ot.Name)
	}
	// The type pointer is plain memory that every thread reads without
	// synchronizing: change it with the world stopped.
	t.StopTheWorld(func() { o.SetType(typePtr(nt)) })
	return nil
}

// instanceGetDict and instanceSetDict are the __dict__ of heap-type
// instances.
func instanceGetDict(t *Thread, o *Object) (*Object, error) {
	p := instanceDictPtr(o)
	if p == nil {
		return nil, t.noAttribute(o, dnDict)
	}
	return t.NewRef(&t.instanceDictMake(o, p).Object), nil
}

func instanceSetDict(t *Thread, o, v *Object) error {
	p := instanceDictPtr(o)
	if p == nil {
		return t.noAttribute(o, dnDict)
	}
	if v == nil {
		return t.TypeError("cannot delete __dict__")
	}
	if TypeOf(v).Flags&FlagDictSubclass == 0 {
		return t.TypeError("__dict__ must be set to a dictionary, not a '%s'", TypeOf(v).Name)
	}
	t.Incref(v)
	old := *p
	*p = As[Dict](v)
	if old != nil {
		t.Decref(&old.Object)
	}
	return nil
}

func initObjectType() {
	o := ObjectType
	o.Repr = objectRepr
	o.Str = objectStr
	o.Hash = objectHash
	o.RichCmp = objectRichCmp
	o.GetAttr = genericGetAttr
	o.SetAttr = genericSetAttr
	o.Init = objectInit
	o.New = objectNew
	o.plainGetAttr = true
	o.plainSetAttr = true
	o.initIsObject = true
	o.newIsObject = true
	o.addMethods(
		MethodDef{"__format__", objectFormat, "Default object formatter."},
		MethodDef{"__sizeof__", objectSizeof, "Size of object in memory, in bytes."},
		MethodDef{"__dir__", objectDir, "Default dir() implementation."},
		MethodDef{"__reduce_ex__", objectReduceEx, "Helper for pickle."},
		MethodDef{"__reduce__", objectReduce, "Helper for pickle."},
		MethodDef{"__getstate__", objectGetState, "Helper for pickle."},
	)
	o.addClassMethods(
		MethodDef{"__init_subclass__", objectInitSubclass, "This method is called when a class is subclassed."},
		MethodDef{"__subclasshook__", objectSubclassHook, "Abstract classes can override this to customize issubclass()."},
	)
	o.addGetSets(GetSetDef{Name: "__class__", Get: objectGetClass, Set: objectSetClass})
	readyBuiltin(o, nil, FlagBaseType, layoutOf[Object](), 0)
	objectGetAttribute = o.earlyMethod("__getattribute__")
	objectSetAttr = o.earlyMethod("__setattr__")
}

// objectReduceEx is object.__reduce_ex__(protocol): the class's own
// __reduce__ when it has one, else the default reduction, which
// copyreg._default_reduce_ex makes (in Python, as CPython's copyreg
// helps its C one): copyreg.__newobj__ with __getnewargs__ and the state
// for protocol 2 and up, copyreg._reconstructor below.
func objectReduceEx(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	var a [1]*Object
	if err := t.ParseArgs("__reduce_ex__", args[1:], kw, []string{"protocol"}, 1, a[:]); err != nil {
		return nil, err
	}
	if _, err := t.IndexInt(a[0]); err != nil {
		return nil, err
	}
	self := args[0]
	if red := TypeOf(self).Lookup(Intern("__reduce__")); red != nil && red != objectReduceDescr() {
		return t.CallMethod(self, "__reduce__")
	}
	return t.libraryCall("copyreg", "_default_reduce_ex", self, a[0])
}

// objectReduce is object.__reduce__(): the protocol 0 reduction.
func objectReduce(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("__reduce__", args[1:], kw, 0, 0); err != nil {
		return nil, err
	}
	return t.libraryCall("copyreg", "_reduce_ex", args[0], SmallInt(0))
}

// objectGetState is object.__getstate__(): the instance dict (None when
// empty), paired with the filled slots when the class has any.
func objectGetState(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("__getstate__", args[1:], kw, 0, 0); err != nil {
		return nil, err
	}
	return t.libraryCall("copyreg", "_object_getstate", args[0])
}

// objectReduceDescr is object's own __reduce__, to tell a class that
// overrides it.
func objectReduceDescr() *Object { return ObjectType.Dict().GetStr(Intern("__reduce__")) }
