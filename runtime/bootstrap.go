package runtime

import (
	"unicode/utf8"
	"unsafe"
)

// latin1Text holds the code points 0 to 255, UTF-8 encoded one after the
// other (128 of one byte, 128 of two), written once during package
// initialization: the text of the one-character strs.
var latin1Text [128 + 2*128]byte

// Package initialization readies every builtin type, in dependency order:
// the tables of slots and dunder names, then object and type (every
// type's type is type, and readying a type fills its dict with method
// descriptors whose types must exist), then the rest. Except for the
// registry of builtin modules, it is the package's only init function, so
// that the order is explicit.
func init() {
	initSlotTables()
	initDunderNames()
	initStatics()
	initObjectType()
	initTypeType()
	// The descriptor types that readyBuiltin put into object's and type's
	// dicts are readied now; their static instances only needed the type
	// pointer, which existed.
	// A builtin function is no descriptor, so not method-like: stored on a
	// class, it is called without the instance (C.f = len; C().f() is
	// len(), and a special method set to abs gets no self), as in CPython.
	BuiltinFunctionType.addGetSets(builtinFunctionGetSets...)
	BuiltinFunctionType.addGetSets(docGetSets(func(o *Object) (string, string) {
		f := As[BuiltinFunction](o)
		return f.Name, f.Doc
	})...)
	readyBuiltin(BuiltinFunctionType, ObjectType, 0, Layout{}, 0)
	BuiltinFunctionType.Call = builtinFunctionCall
	BuiltinFunctionType.Dealloc = builtinFunctionDealloc
	BuiltinFunctionType.Repr = builtinFunctionRepr
	BuiltinFunctionType.clear = builtinFunctionClear
	BuiltinFunctionType.Hash = builtinFunctionHash
	BuiltinFunctionType.RichCmp = builtinFunctionRichCmp
	for _, typ := range []*Type{MethodDescrType, ClassMethodDescrType, WrapperDescrType} {
		typ.DescrGet = methodDescrGet
		typ.Call = methodDescrCall
		typ.Repr = methodDescrRepr
		typ.addGetSets(methodDescrGetSets...)
		flags := FlagMethodLike
		if typ == ClassMethodDescrType {
			flags = 0
		}
		readyBuiltin(typ, ObjectType, flags, Layout{}, 0)
	}
	GetSetDescrType.DescrGet = getSetDescrGet
	GetSetDescrType.DescrSet = getSetDescrSet
	GetSetDescrType.Repr = getSetDescrRepr
	readyBuiltin(GetSetDescrType, ObjectType, 0, Layout{}, 0)
	MemberDescrType.DescrGet = memberDescrGet
	MemberDescrType.DescrSet = memberDescrSet
	MemberDescrType.Repr = memberDescrRepr
	MemberDescrType.addGetSets(memberDescrGetSets...)
	readyBuiltin(MemberDescrType, ObjectType, 0, Layout{}, 0)

	initIntTypes()
	initFloatType()
	initComplexType()
	initStrType()
	initBytesType()
	initByteArrayType()
	initMemoryViewType()
	initTupleType()
	initListType()
	initDictType()
	initSetTypes()
	initRangeTypes()
	initBigRangeIterType()
	initSliceType()
	initIterTypes()
	initFunctionTypes()
	initCodeType()
	initFrameTypes()
	initModuleType()
	initGeneratorType()
	initDescrObjTypes()
	initSuperType()
	initExceptionTypes()
	initFileTypes()
	initGenericAliasType()
	initIterObjTypes()
	initStructSeqTypes()
}

// initStatics sets up the statically allocated objects: strs, small ints,
// the singletons, the empty tuple.
func initStatics() {
	initStatic(&emptyStr.Object, StrType)
	emptyStr.hash.Store(hashUnset)
	// The one-character strs' text is sliced from latin1Text rather than
	// allocated one by one.
	off := 0
	for i := range charStrs {
		off += utf8.EncodeRune(latin1Text[off:], rune(i))
	}
	text := unsafe.String(&latin1Text[0], len(latin1Text))
	off = 0
	for i := range charStrs {
		c := &charStrs[i]
		initStatic(&c.Object, StrType)
		w := utf8.RuneLen(rune(i))
		c.s = text[off : off+w]
		off += w
		c.n = 1
		c.hash.Store(hashUnset)
	}
	for i := range smallInts {
		initStatic(&smallInts[i].Object, IntType)
		smallInts[i].v = int64(i + smallMin)
	}
	initStatic(None, NoneType)
	initStatic(NotImplemented, NotImplementedType)
	initStatic(Ellipsis, EllipsisType)
	initStatic(True, BoolType)
	trueObj.v = 1
	initStatic(False, BoolType)
	initStatic(&emptyTuple.Object, TupleType)
}
