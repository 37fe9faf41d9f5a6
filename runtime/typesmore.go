package runtime

import "unsafe"

// Small members of the builtin types that CPython has and programs read:
// bytearray.fromhex, bytes.__bytes__, complex.__complex__,
// float.__getformat__, and type's layout numbers (__basicsize__,
// __itemsize__, __flags__, __dictoffset__, __weakrefoffset__).

func addBytesMore(bt *Type) {
	bt.addMethods(MethodDef{"__bytes__", func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
		if err := t.CheckArgs("__bytes__", args[1:], kw, 0, 0); err != nil {
			return nil, err
		}
		if TypeOf(args[0]) == BytesType {
			return t.NewRef(args[0]), nil
		}
		return t.NewBytesString(byteStr(args[0])), nil
	}, "Convert this value to exact type bytes."})
}

func addByteArrayMore(bt *Type) {
	bt.addClassMethods(MethodDef{"fromhex", byteArrayFromHex, "Create a bytearray object from a string of hexadecimal numbers."})
}

// byteArrayFromHex is bytearray.fromhex: bytes.fromhex's parse, then the
// class called on the result when it is a subclass, as CPython does.
func byteArrayFromHex(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
	if err := t.CheckArgs("fromhex", args[1:], kw, 1, 1); err != nil {
		return nil, err
	}
	b, err := bytesFromHex(t, args, kw)
	if err != nil {
		return nil, err
	}
	defer t.Decref(b)
	if args[0] == ByteArrayType.Obj() {
		return t.NewByteArray([]byte(byteStr(b))), nil
	}
	return t.Call1(args[0], b)
}

func addComplexMore(ct *Type) {
	ct.addMethods(MethodDef{"__complex__", func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
		if err := t.CheckArgs("__complex__", args[1:], kw, 0, 0); err != nil {
			return nil, err
		}
		if TypeOf(args[0]) == ComplexType {
			return t.NewRef(args[0]), nil
		}
		return t.NewComplex(As[Complex](args[0]).v), nil
	}, "Convert this value to exact type complex."})
}

func addFloatMore(ft *Type) {
	ft.addClassMethods(MethodDef{"__getformat__", func(t *Thread, args []*Object, kw *Tuple) (*Object, error) {
		if err := t.CheckArgs("__getformat__", args[1:], kw, 1, 1); err != nil {
			return nil, err
		}
		s, ok := AsStr(args[1])
		if !ok {
			return nil, t.TypeError("__getformat__() argument must be str, not %s", TypeOf(args[1]).Name)
		}
		if s != "double" && s != "float" {
			return nil, t.ValueError("__getformat__() argument 1 must be 'double' or 'float'")
		}
		return t.NewStr("IEEE, little-endian"), nil
	}, "You probably don't want to use this function."})
}

// CPython's type flag bits that programs test (copyreg tests
// Py_TPFLAGS_HEAPTYPE, inspect and typing test others).
const (
	pyTPFlagsImmutable     = 1 << 8
	pyTPFlagsHeapType      = 1 << 9
	pyTPFlagsBaseType      = 1 << 10
	pyTPFlagsReady         = 1 << 12
	pyTPFlagsHaveGC        = 1 << 14
	pyTPFlagsIsAbstract    = 1 << 20
	pyTPFlagsLongSubclass  = 1 << 24
	pyTPFlagsListSubclass  = 1 << 25
	pyTPFlagsTupleSubclass = 1 << 26
	pyTPFlagsBytesSubclass = 1 << 27
	pyTPFlagsUnicodeSubcls = 1 << 28
	pyTPFlagsDictSubclass  = 1 << 29
	pyTPFlagsBaseExcSubcls = 1 << 30
	pyTPFlagsTypeSubclass  = 1 << 31
)

// pyTypeFlags translates a type's flags into CPython's bits.
func pyTypeFlags(typ *Type) int64 {
	f := int64(pyTPFlagsReady)
	bits := []struct {
		ours TypeFlags
		py   int64
	}{
		{FlagHeapType, pyTPFlagsHeapType | pyTPFlagsHaveGC}, {FlagBaseType, pyTPFlagsBaseType},
		{FlagImmutable, pyTPFlagsImmutable}, {FlagAbstract, pyTPFlagsIsAbstract},
		{FlagIntSubclass, pyTPFlagsLongSubclass}, {FlagListSubclass, pyTPFlagsListSubclass | pyTPFlagsHaveGC},
		{FlagTupleSubclass, pyTPFlagsTupleSubclass | pyTPFlagsHaveGC}, {FlagBytesSubclass, pyTPFlagsBytesSubclass},
		{FlagStrSubclass, pyTPFlagsUnicodeSubcls}, {FlagDictSubclass, pyTPFlagsDictSubclass | pyTPFlagsHaveGC},
		{FlagExcSubclass, pyTPFlagsBaseExcSubcls | pyTPFlagsHaveGC}, {FlagTypeSubclass, pyTPFlagsTypeSubclass | pyTPFlagsHaveGC},
		{FlagSetSubclass, pyTPFlagsHaveGC},
	}
	for _, b := range bits {
		if typ.Flags&b.ours != 0 {
			f |= b.py
		}
	}
	// A builtin type cannot be changed: immutable in CPython's sense.
	if typ.Flags&FlagHeapType == 0 {
		f |= pyTPFlagsImmutable
	}
	return f
}

// typeBasicSize is the size of an instance of the type without its
// items: the Go struct of its builtin base, and what a class adds.
func typeBasicSize(typ *Type) int64 {
	if typ.layout.size != 0 {
		return int64(typ.layout.size)
	}
	if typ.layout.baseSize != 0 {
		return int64(typ.layout.baseSize)
	}
	return int64(unsafe.Sizeof(Object{}))
}

// typeItemSize is the size of one item of a variable-size instance, as
// CPython reports it for its own variable-size types.
func typeItemSize(typ *Type) int64 {
	switch {
	case typ.Flags&FlagIntSubclass != 0:
		return 4
	case typ.Flags&FlagTupleSubclass != 0:
		return 8
	case typ.Flags&FlagBytesSubclass != 0:
		return 1
	case typ.Flags&FlagTypeSubclass != 0:
		return 40
	}
	return 0
}

// typeWeakrefOffset is non-zero when instances can be weakly referenced:
// gilfree keeps weak references outside the object, so any non-zero
// value only answers "yes", and a class's instances always can be.
func typeWeakrefOffset(typ *Type) int64 {
	if typ.Flags&FlagHeapType != 0 && typ.dictOff != 0 {
		return int64(typ.dictOff) + 8
	}
	return 0
}

func typeLayoutGetSets() []GetSetDef {
	return []GetSetDef{
		{Name: "__basicsize__", Get: func(t *Thread, o *Object) (*Object, error) {
			return t.NewInt(typeBasicSize(As[Type](o))), nil
		}},
		{Name: "__itemsize__", Get: func(t *Thread, o *Object) (*Object, error) {
			return t.NewInt(typeItemSize(As[Type](o))), nil
		}},
		{Name: "__flags__", Get: func(t *Thread, o *Object) (*Object, error) {
			return t.NewInt(pyTypeFlags(As[Type](o))), nil
		}},
		{Name: "__dictoffset__", Get: func(t *Thread, o *Object) (*Object, error) {
			return t.NewInt(int64(As[Type](o).dictOff)), nil
		}},
		{Name: "__weakrefoffset__", Get: func(t *Thread, o *Object) (*Object, error) {
			return t.NewInt(typeWeakrefOffset(As[Type](o))), nil
		}},
	}
}
