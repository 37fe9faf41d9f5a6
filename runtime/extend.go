package runtime

// The API for defining builtin types and modules outside this package:
// the standard-library modules written in Go (runtime/lib/...) declare
// their types as package variables, the way this package declares list
// and dict, and ready them in an init function:
//
//	var DequeType = &runtime.Type{Name: "deque", Module: "collections",
//		Iter: dequeIter, Len: dequeLen, Repr: dequeRepr}
//
//	func init() {
//		DequeType.AddMethods(runtime.MethodDef{"append", dequeAppend, "..."})
//		DequeType.SetClear(dequeClear)
//		runtime.ReadyType[Deque](DequeType, runtime.ObjectType, runtime.FlagBaseType)
//		runtime.BuiltinModules["_collections"] = newModule
//	}
//
// T is the instances' Go struct, whose first field is the embedded
// runtime.Object; instances are allocated with new(T) (or taken from a
// free list of the module's own) and initialized with InitObject before
// anything else sees them. A New slot allocates its own type with new(T)
// and a Python subclass of it with NewInstance, which lays out T followed
// by the subclass's __dict__ and __slots__.

// ReadyType completes a builtin type whose instances are Go structs of type
// T, derived from base: its MRO, inherited slots, the dunder methods that
// expose its slots, and how to allocate instances of Python classes derived
// from it (when flags allow subclassing with FlagBaseType). Methods and
// get-set descriptors are added before it, plain attributes after it.
func ReadyType[T any](typ, base *Type, flags TypeFlags) {
	readyBuiltin(typ, base, flags, layoutOf[T](), 0)
}

// AddMethods adds methods (self is args[0]) to a builtin type before
// ReadyType.
func (typ *Type) AddMethods(defs ...MethodDef) { typ.addMethods(defs...) }

// AddClassMethods adds class methods (the class is args[0]) to a builtin
// type before ReadyType.
func (typ *Type) AddClassMethods(defs ...MethodDef) { typ.addClassMethods(defs...) }

// AddStaticMethods adds static methods to a builtin type before
// ReadyType.
func (typ *Type) AddStaticMethods(defs ...MethodDef) { typ.addStaticMethods(defs...) }

// AddGetSets adds computed attributes to a builtin type before ReadyType.
func (typ *Type) AddGetSets(defs ...GetSetDef) { typ.addGetSets(defs...) }

// SetStatic binds name to an immortal value in a builtin type's dict,
// after ReadyType: a class constant.
func (typ *Type) SetStatic(name string, v *Object) { typ.setStatic(name, v) }

// SetClear sets the function that releases the references an instance
// holds (each child Decref'd, the fields cleared). The default Dealloc
// calls it when the instance's count reaches zero, before the memory is
// given back; subclass instances' extras are released after it.
func (typ *Type) SetClear(clear func(t *Thread, o *Object)) { typ.clear = clear }

// InitObject prepares the header of a freshly allocated instance of typ,
// owned by t with one reference, before it is published.
func (t *Thread) InitObject(o *Object, typ *Type) { t.initObject(o, typ) }
