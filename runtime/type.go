package runtime

import (
	"sync"
	"sync/atomic"
)

// Type is a Python type object: a class. Builtin types are package
// variables, allocated during package initialization (builtinType says
// why not statically), immortal, complete before main runs and never
// changed afterwards. Classes made by class statements and by
// type(name, bases, ns) are heap types: deferred objects whose dict and
// slots change when a program assigns to their attributes.
//
// The slots are Go functions that implement the type's behaviour for the
// generic operations (Repr, Hash, BinaryOp, ...). A builtin type fills them
// with its own functions and exposes each one as a dunder method in its
// dict (int.__add__). A heap type inherits its base's slots and replaces
// each one whose dunder it defines with a slot wrapper that calls the
// dunder (slots.go), recomputed whenever a dunder is assigned.
type Type struct {
	Object

	Name     string // __name__
	QualName string // __qualname__
	Module   string // __module__ of builtin types; heap types keep it in Dict
	Doc      string

	Base  *Type   // __base__, nil only for object
	Bases []*Type // __bases__
	MRO   []*Type // __mro__, C3 linearization, starting with the type itself
	Flags TypeFlags

	// dict is the class namespace: read it through Dict, which fills a
	// builtin type's dict on first use (lazydict.go).
	dict *Dict
	// lazy holds the entries of a builtin type's dict not yet built: nil
	// once the dict is complete, and always for heap types.
	lazy atomic.Pointer[lazyDict]

	// version is the type version tag: 0 while unassigned or after a
	// change to the type or one of its bases; caches that read the type's
	// dict keep the tag they saw and compare it (typeVersion).
	version atomic.Uint32

	// solid is the builtin type whose Go struct instances of this type
	// use (a heap type's nearest builtin base), layout how to allocate
	// them, and extraOff where their InstExtra lies (0: none).
	solid    *Type
	layout   Layout
	extraOff uintptr
	// nslots counts the __slots__ storage of an instance: the slots of
	// this type and of its bases.
	nslots int
	// dictOff is where the instance __dict__ pointer lies in an instance
	// (0: instances have no __dict__).
	dictOff uintptr

	// initIsObject and newIsObject are set when Init and New are
	// object's, for object's checks of excess arguments.
	initIsObject, newIsObject bool

	// plainGetAttr and plainSetAttr are set when GetAttr and SetAttr are
	// object's generic ones (the eval loop's attribute caches rely on
	// them).
	plainGetAttr, plainSetAttr bool

	// wrapped marks the slots that are slot wrappers calling dunders
	// (slots.go), by slotID bit.
	wrapped uint64

	mu         sync.Mutex // guards subclasses
	subclasses []*Type

	// The slots.
	Repr     UnaryFunc
	Str      UnaryFunc
	Hash     HashFunc
	RichCmp  RichCmpFunc
	GetAttr  GetAttrFunc
	SetAttr  SetAttrFunc // value nil: delete
	DescrGet DescrGetFunc
	DescrSet DescrSetFunc // value nil: delete
	Call     CallFunc
	New      NewFunc
	Init     InitFunc
	Iter     UnaryFunc
	Next     NextFunc
	Len      LenFunc
	GetItem  BinaryFunc
	SetItem  SetItemFunc // value nil: delete
	Contains ContainsFunc
	Bool     BoolFunc
	Num      [numBinary]BinaryFunc // the binary operators, by BinaryOp
	INum     [numBinary]BinaryFunc // the in-place forms
	DivMod   BinaryFunc
	Pow3     TernaryFunc // three-argument pow
	Neg      UnaryFunc
	Pos      UnaryFunc
	Abs      UnaryFunc
	Invert   UnaryFunc
	Index    UnaryFunc
	Int      UnaryFunc
	Float    UnaryFunc

	// Dealloc frees an object whose count reached zero: it releases the
	// object's references and recycles or poisons its memory.
	Dealloc func(t *Thread, o *Object)
	// clear releases the references an instance of this layout holds,
	// leaving it empty; Dealloc of a derived class calls its base's.
	clear func(t *Thread, o *Object)
}

// TypeFlags are properties of a type.
type TypeFlags uint64

const (
	FlagHeapType   TypeFlags = 1 << iota // made at run time by a class statement or type()
	FlagBaseType                         // may be subclassed
	FlagImmutable                        // attributes cannot be set (builtin types)
	FlagMethodLike                       // its instances bind like functions: LOAD_METHOD need not bind
	FlagHasDel                           // the class defines __del__
	FlagAbstract                         // __abstractmethods__ is non-empty
	FlagClassAttr                        // a class of the MRO but object defines __class__ (isinstance asks it)

	// Subclass flags make "is an int, or an instance of a subclass of
	// int" one test, as CPython's Py_TPFLAGS_*_SUBCLASS do.
	FlagIntSubclass
	FlagFloatSubclass
	FlagStrSubclass
	FlagBytesSubclass
	FlagTupleSubclass
	FlagListSubclass
	FlagDictSubclass
	FlagSetSubclass
	FlagExcSubclass
	FlagTypeSubclass
)

const inheritedFlags = FlagIntSubclass | FlagFloatSubclass | FlagStrSubclass | FlagBytesSubclass |
	FlagTupleSubclass | FlagListSubclass | FlagDictSubclass | FlagSetSubclass | FlagExcSubclass |
	FlagTypeSubclass | FlagHasDel

// Slot function types. Every function that returns an *Object returns a
// new reference; arguments are borrowed.
type (
	UnaryFunc    func(t *Thread, o *Object) (*Object, error)
	BinaryFunc   func(t *Thread, a, b *Object) (*Object, error)
	TernaryFunc  func(t *Thread, a, b, c *Object) (*Object, error)
	HashFunc     func(t *Thread, o *Object) (int64, error)
	RichCmpFunc  func(t *Thread, a, b *Object, op CompareOp) (*Object, error)
	GetAttrFunc  func(t *Thread, o *Object, name *Str) (*Object, error)
	SetAttrFunc  func(t *Thread, o *Object, name *Str, v *Object) error
	DescrGetFunc func(t *Thread, descr, obj *Object, typ *Type) (*Object, error)
	DescrSetFunc func(t *Thread, descr, obj, v *Object) error
	CallFunc     func(t *Thread, callable *Object, args []*Object, kwnames *Tuple) (*Object, error)
	NewFunc      func(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error)
	InitFunc     func(t *Thread, self *Object, args []*Object, kwnames *Tuple) error
	LenFunc      func(t *Thread, o *Object) (int, error)
	SetItemFunc  func(t *Thread, o, key, v *Object) error
	ContainsFunc func(t *Thread, o, v *Object) (bool, error)
	BoolFunc     func(t *Thread, o *Object) (bool, error)
	// NextFunc returns the next item, or (nil, nil) when the iterator is
	// exhausted: a for loop never builds a StopIteration.
	NextFunc func(t *Thread, o *Object) (*Object, error)
)

// Layout tells how to allocate an instance of a class derived from a
// builtin type: a sub[T] of the builtin's struct T (cast.go).
type Layout struct {
	alloc       func() *Object
	extraOffset uintptr
	size        uintptr // bytes of a derived instance
	baseSize    uintptr // bytes of the builtin's own struct
}

// InstExtra is what a class adds to the instances of its builtin base:
// the instance __dict__ (nil until the first attribute is set, or always
// nil with __slots__) and the __slots__ storage.
type InstExtra struct {
	dict      *Dict
	slots     []*Object
	finalized bool // __del__ has run
}

// Instance is an instance of a class whose builtin base is object.
type Instance = sub[Object]

// CompareOp is a rich comparison, in CPython's order (Py_LT ... Py_GE)
// and with the values of compile.CompareOp.
type CompareOp uint8

const (
	CmpLt CompareOp = iota
	CmpLe
	CmpEq
	CmpNe
	CmpGt
	CmpGe
)

var cmpSymbols = [...]string{"<", "<=", "==", "!=", ">", ">="}
var cmpDunders = [...]string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"}

// swapped is the reflected comparison: a < b is b > a.
var swappedCmp = [...]CompareOp{CmpGt, CmpGe, CmpEq, CmpNe, CmpLt, CmpLe}

// BinaryOp numbers the binary operators as compile.BinaryOp does, so that
// the eval loop passes BINARY_OP's argument through unchanged.
type BinaryOp uint8

const (
	OpAdd BinaryOp = iota
	OpSub
	OpMul
	OpMatMul
	OpTrueDiv
	OpMod
	OpPow
	OpLShift
	OpRShift
	OpOr
	OpXor
	OpAnd
	OpFloorDiv
	numBinary

	// InPlace marks augmented assignment, as in compile.InPlace.
	InPlace BinaryOp = 16
)

var binarySymbols = [...]string{"+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"}
var binaryNames = [...]string{"add", "sub", "mul", "matmul", "truediv", "mod", "pow", "lshift", "rshift", "or", "xor", "and", "floordiv"}

// String returns the type's name, for error messages.
func (typ *Type) String() string { return typ.Name }

// Obj returns the type as an object reference.
func (typ *Type) Obj() *Object { return &typ.Object }

// IsSubtype reports whether typ is base or derives from it.
func (typ *Type) IsSubtype(base *Type) bool {
	if typ == base {
		return true
	}
	for _, m := range typ.MRO {
		if m == base {
			return true
		}
	}
	return false
}

// IsHeap reports whether the type was made at run time.
func (typ *Type) IsHeap() bool { return typ.Flags&FlagHeapType != 0 }

// FullName returns the name as repr and error messages show it: the bare
// name for builtins, module.qualname for others.
func (typ *Type) FullName() string {
	m := typ.moduleName()
	if m == "" || m == "builtins" {
		return typ.QualName
	}
	return m + "." + typ.QualName
}

// moduleName returns __module__ as a Go string.
func (typ *Type) moduleName() string {
	if !typ.IsHeap() {
		return typ.Module
	}
	if v := typ.Dict().GetStr(dnModuleAttr); v != nil && TypeOf(v) == StrType {
		return As[Str](v).s
	}
	return "builtins"
}

// PlainGetAttr reports whether the type uses the generic getattr.
func (typ *Type) PlainGetAttr() bool { return typ.plainGetAttr }

// PlainSetAttr reports whether the type uses the generic setattr.
func (typ *Type) PlainSetAttr() bool { return typ.plainSetAttr }

// VersionNow returns the version tag without assigning one (0: none).
func (typ *Type) VersionNow() uint32 { return typ.version.Load() }

// IsDataDescr reports whether o is a data descriptor (its type defines
// __set__ or __delete__).
func IsDataDescr(o *Object) bool {
	t := TypeOf(o)
	return t.DescrGet != nil && t.DescrSet != nil
}

// lastTypeVersion hands out type version tags. Tags are assigned lazily,
// only when a cache asks for one, so classes that keep changing do not
// use them up.
var lastTypeVersion atomic.Uint32

// Version returns the type's version tag, assigning one if it has none.
// A cache entry made from the type's dict (and its bases') is valid while
// Version returns the same tag.
func (typ *Type) Version() uint32 {
	if v := typ.version.Load(); v != 0 {
		return v
	}
	v := lastTypeVersion.Add(1)
	if v == 0 {
		// Wrapped around after 4 billion class changes: give up caching
		// for this type rather than reuse a tag.
		return 0
	}
	if typ.version.CompareAndSwap(0, v) {
		return v
	}
	return typ.version.Load()
}

// modified invalidates the version tags of typ and every class derived
// from it, after a change to typ's dict or bases.
func (typ *Type) modified() {
	if typ.version.Swap(0) == 0 && !typ.IsHeap() {
		return
	}
	typ.mu.Lock()
	subs := append([]*Type(nil), typ.subclasses...)
	typ.mu.Unlock()
	for _, s := range subs {
		s.modified()
	}
}

// classChanged finishes an assignment to (or deletion of) attribute name
// of heap type typ, after its dict changed: the version tags of typ and
// its subclasses are invalidated after the change, never before, so that
// a cache filled between the two cannot keep a tag that outlives the old
// value. A dunder also drives slots and flags, plain fields that every
// thread reads without synchronizing: those are recomputed with the world
// stopped, and the tags are invalidated again inside the stop, because a
// cache may have been filled after the first invalidation on the strength
// of the old slots (plainGetAttr, say).
func (t *Thread) classChanged(typ *Type, name string) {
	typ.modified()
	if isDunder(name) {
		t.StopTheWorld(func() {
			t.updateSlots(typ, name)
			typ.modified()
		})
	}
}

// addSubclass records sub as derived from typ, for modified.
func (typ *Type) addSubclass(sub *Type) {
	typ.mu.Lock()
	typ.subclasses = append(typ.subclasses, sub)
	typ.mu.Unlock()
}

// Lookup finds name in the dicts of typ's MRO, without descriptors'
// binding: _PyType_Lookup. The result is borrowed: the type keeps it.
func (typ *Type) Lookup(name *Str) *Object {
	for _, m := range typ.MRO {
		if v := m.Dict().GetStr(name); v != nil {
			return v
		}
	}
	return nil
}

// LookupString is Lookup by a Go string.
func (typ *Type) LookupString(name string) *Object { return typ.Lookup(Intern(name)) }
